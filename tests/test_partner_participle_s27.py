"""Session 27: a partner participle in apposition ("X, associé à Y") is a COOPERATE (sentences of our own writing;
lexicon joint_acts partner_participles)."""
from extraction_helpers import has, triples


def test_associated_in_apposition(nlp):
    found = triples(nlp, "Le groupe norvégien Equinor, associé à Petrobras, a lancé un nouveau forage au large du Brésil.")
    assert has(found, "Equinor", "COOPERATE", "Petrobras"), found


def test_risks_associated_are_no_partner(nlp):
    found = triples(nlp, "Le ministère a détaillé les risques associés à la centrale de Flamanville.")
    assert not any(p == "COOPERATE" for _, p, _ in found), found
