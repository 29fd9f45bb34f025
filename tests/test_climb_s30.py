"""Session 30: a subjectless main verb the sentence splitter cut from its subject (no end mark between) takes the
previous piece's root name (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_subject_before_a_relative_aside_cut_off(nlp):
    found = triples(nlp, "Oslo et Helsinki, qui réclamaient depuis des mois un durcissement des mesures européennes, "
                         "ont salué la décision de l'Union européenne.")
    assert ("Norvège", "SUPPORT", "Union européenne") in found
    assert ("Finlande", "SUPPORT", "Union européenne") in found


def test_coordinated_verb_shares_the_cut_off_subject(nlp):
    found = triples(nlp, "Oslo et Helsinki, qui réclamaient depuis des mois un durcissement des mesures européennes, "
                         "ont salué la décision de l'Union européenne et appelé la Russie à libérer les détenus.")
    assert ("Norvège", "REQUEST", "Russie") in found


def test_names_cut_off_before_the_verb_group(nlp):
    found = triples(nlp, "Berne et Vienne se sont entendues lundi sur un mécanisme commun de contrôle des frontières.")
    assert has(found, "Autriche", "AGREE", "Suisse")


def test_no_subject_across_an_end_mark(nlp):
    found = triples(nlp, "Les délégations ont siégé à Berne et Vienne.\nSe sont entendues lundi sur un mécanisme "
                         "commun de contrôle des frontières les deux délégations.")
    assert not has(found, "Autriche", "AGREE", "Suisse")
