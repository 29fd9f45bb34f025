"""Session 25 entity labels: a country, a capital's spelling and bodies the lexicons lacked (sentences written
for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_mauritius_is_a_country_not_a_first_name(nlp):
    es = ents(nlp, "Le ministre mauricien des Finances a reçu lundi à Port-Louis son homologue. Maurice a signé l'accord.")
    assert es["Maurice"] == "LOC"
    assert ents(nlp, "Maurice Dupont, maire de la ville, a salué la décision.")["Maurice Dupont"] == "PER"


def test_bodies_of_the_lexicons(nlp):
    es = ents(nlp, "Le président de la Generalitat a salué l'Aussom, et Solidaires a appelé à la grève.")
    assert es["Generalitat"] == "ORG"
    assert es["Aussom"] == "ORG"
    assert es["Solidaires"] == "ORG"
