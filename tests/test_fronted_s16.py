"""A fronted name whose apposition the parser opened as a sentence of its own."""
from extraction.relations import extract_relations
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes

TEXT = "Les combats ont repris dimanche.\n\nPékin, proche allié de Pyongyang, a appelé Séoul à la retenue."


def test_parser_splits_at_the_comma_after_the_fronted_name(nlp):
    with nlp.select_pipes(disable=["marked_breaks"]):
        doc = nlp(TEXT)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "," in starts  # the parse this test is about: a sentence opened at the comma
    # since session 30 no sentence starts where no end mark stands (marked_breaks)
    assert "," not in [t.text for t in nlp(TEXT) if t.is_sent_start]


def test_fronted_name_before_a_split_sentence_does_not_crash_and_stays_the_subject(nlp):
    doc = nlp(TEXT)
    entities = extract_entities(doc)
    relations = extract_relations(doc, entities, extract_quotes(doc, entities))
    triples = {(r.subject.name, r.predicate, r.object.name) for r in relations}
    assert ("Chine", "REQUEST", "Corée du Sud") in triples
