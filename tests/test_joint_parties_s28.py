"""Session 28: a past joint act described by its participle happened, whatever verb governs the phrase ("devra
renouveler l'accord conclu entre A et B"); sentences of our own writing."""
from extraction_helpers import has, triples


def test_past_accord_under_a_planned_renewal(nlp):
    found = triples(nlp, "Le nouveau président devra renouveler l'accord conclu en 2007 entre la France et le Maroc.")
    assert has(found, "France", "AGREE", "Maroc"), found


def test_planned_accord_is_no_fact(nlp):
    found = triples(nlp, "La France devra signer un accord avec le Maroc.")
    assert not any(p == "AGREE" for _, p, _ in found), found
