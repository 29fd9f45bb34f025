"""A speech-act trigger whose subject only the quote stage resolves takes the quote's speaker."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations


def triples(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))}


def test_description_with_another_noun_than_the_title(nlp):
    text = ("Le président de la FNSEA, Arnaud Rousseau, a conduit la manifestation. Le responsable syndical a "
            "accusé la Commission européenne de \"sacrifier l'agriculture\".")
    assert ("Arnaud Rousseau", "ACCUSE", "Commission européenne") in triples(nlp, text)


def test_unnamed_speaker_gives_no_subject(nlp):
    text = "Un responsable syndical a accusé la Commission européenne de \"sacrifier l'agriculture\"."
    assert not any(p == "ACCUSE" for _, p, _ in triples(nlp, text))
