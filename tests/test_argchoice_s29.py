"""Session 29 argument choice: a plural "qui" clause hung on one conjunct of a coordination of names is the
whole list's; a possessive title after an organisation that opens its sentence before a gloss is that
organisation's (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_plural_relative_on_last_conjunct_is_each_name(nlp):
    found = triples(nlp, "Les Etats-Unis et la Chine, qui avaient soutenu la médiation de la Malaisie, ont salué l'accord.")
    assert has(found, "États-Unis", "SUPPORT", "Malaisie") and has(found, "Chine", "SUPPORT", "Malaisie")


def test_plural_relative_on_first_conjunct_is_each_name(nlp):
    found = triples(nlp, "La Russie et la Chine, qui soutiennent le Venezuela depuis des années, ont dénoncé la décision.")
    assert has(found, "Russie", "SUPPORT", "Venezuela") and has(found, "Chine", "SUPPORT", "Venezuela")


def test_singular_relative_stays_on_its_noun(nlp):
    found = triples(nlp, "Le Japon a reçu la délégation du Canada et l'Inde, qui soutient le Bhoutan, a protesté.")
    assert not has(found, "Japon", "SUPPORT", "Bhoutan") and not has(found, "Canada", "SUPPORT", "Bhoutan")



def test_possessive_title_is_the_glossed_opening_organisation(nlp):
    found = triples(nlp, "Plus virulent, Greenpeace, qui a quitté le Réseau Action Climat fin 2020, a accusé M. Ortega "
                         "de « céder aux pétroliers ». Sa directrice générale, Lucía Ferrer, a réclamé un moratoire.")
    assert has(found, "Lucía Ferrer", "HOLDS_ROLE", "Greenpeace")
    assert not has(found, "Lucía Ferrer", "HOLDS_ROLE", "Réseau Action Climat")
