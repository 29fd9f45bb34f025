"""LOCATED_IN constructions of session 12, second pass (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_headquarters_in_a_dont_clause(nlp):
    text = "L'Organisation des pays exportateurs de pétrole, dont le quartier général se trouve à Vienne, a tranché."
    found = triples(nlp, text)
    assert has(found, "Organisation des pays exportateurs de pétrole", "LOCATED_IN", "Vienne"), found
