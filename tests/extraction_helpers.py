"""Small readers of the extraction core shared by the unit-test files (imported by name: pytest puts
`tests/` on the path for its conftest)."""
from __future__ import annotations

from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations

SYMMETRIC = ("CONSULT", "COOPERATE", "AGREE")


def entity_labels(nlp, text):
    """{canonical name: label} of the entities of one sentence."""
    return {e.name: e.label for e in extract_entities(nlp(text))}


def triples(nlp, text, with_quotes=False):
    """(subject, predicate, object) names of the relations of one sentence; with_quotes passes the quote events
    too, for the rules that read them."""
    doc = nlp(text)
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities) if with_quotes else []
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, entities, quotes)}


def has(found, subject, predicate, obj):
    """A symmetric predicate may come in either order."""
    return (subject, predicate, obj) in found or (predicate in SYMMETRIC and (obj, predicate, subject) in found)


def quotes(nlp, text):
    """(quoted text, speaker name or None) of each quote of one text."""
    doc = nlp(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(doc, extract_entities(doc))]


def speaker_of(nlp, text, words):
    """The speaker of the quote whose text holds `words`."""
    found = [sp for t, sp in quotes(nlp, text) if words in t]
    assert found, quotes(nlp, text)
    return found[0]
