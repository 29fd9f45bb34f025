"""Session 32: a passive participle's "par" phrase the parser did not label obl:agent is its agent (sentences
written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_par_phrase_labelled_obl_mod_on_a_qualifying_participle(nlp):
    found = triples(nlp, "Les Forces démocratiques syriennes (FDS) soutenues par Washington contrôlent la région.")
    assert has(found, "États-Unis", "SUPPORT", "Forces démocratiques syriennes")


def test_par_phrase_hung_on_the_place_before_it(nlp):
    found = triples(nlp, "M. Pierre Durand a été arrêté lundi à Nice par la police française.")
    assert ("police française", "COERCE", "Pierre Durand") in found


def test_par_phrase_that_names_no_one_is_no_agent(nlp):
    found = triples(nlp, "Le Hamas a été contacté par téléphone à Doha.")
    assert not any(p == "CONSULT" for _, p, _ in found)


def test_active_verb_keeps_its_subject(nlp):
    found = triples(nlp, "La Russie soutient par tous les moyens le régime syrien à Damas.")
    assert not any(s == "Damas" for s, _, _ in found)
