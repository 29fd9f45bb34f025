"""Session 25: a sentence-opening prepositional phrase ("Aux Pays-Bas, ...", "Dans un message lu par X, ...") is no
part of the speaker."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.speakers import resolver_of


def _speaker_of(nlp, text, words):
    doc = nlp(text)
    quote = [q for q in extract_quotes(doc, extract_entities(doc)) if words in q.text][0]
    return quote.speaker.name if quote.speaker else None


def test_opening_phrase_names_no_speaker(nlp):
    text = ("Dans un message lu par le cardinal Paul Verlinden, le pape François a fait savoir qu'il soutenait "
            "« pleinement » la démarche.")
    doc = nlp(text)
    resolver = resolver_of(doc, extract_entities(doc), [])
    end = next(t.i for t in doc if t.text == "a")
    speaker = resolver.resolve((0, end), 0)
    assert speaker is not None and "Verlinden" not in speaker.name


def test_opening_place_left_as_subject(nlp):
    text = ("Les pilotes d'Air Lumière sont en grève depuis lundi. En Belgique, Sabena Nova, épargnée par le "
            "mouvement, a fait savoir qu'elle ajouterait des vols vers Paris.")
    assert _speaker_of(nlp, text, "ajouterait") != "En Belgique"
