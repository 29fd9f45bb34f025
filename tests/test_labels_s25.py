"""Session 25 entity labels: a body's seat wording (", basé à", ", dont le siège"), places and bodies the
lexicons lacked (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_name_with_its_seat_is_a_body(nlp):
    es = ents(nlp, "Washington vise Karlo Nevsky, dont le siège est à Limassol, pour fraude.")
    assert es["Karlo Nevsky"] == "ORG"
    assert es["Limassol"] == "LOC"


def test_person_based_somewhere_stays_a_person(nlp):
    es = ents(nlp, "Le journaliste Paul Martin, basé à Londres, a commenté le vote.")
    assert es["Paul Martin"] == "PER"


def test_complement_of_a_body_keeps_its_place(nlp):
    es = ents(nlp, "L'administration du Darfour, basée à Nyala, a protesté.")
    assert es.get("Darfour") == "LOC"


def test_mauritius_is_a_country_not_a_first_name(nlp):
    es = ents(nlp, "Le ministre mauricien des Finances a reçu lundi à Port-Louis son homologue. Maurice a signé l'accord.")
    assert es["Maurice"] == "LOC"
    assert ents(nlp, "Maurice Dupont, maire de la ville, a salué la décision.")["Maurice Dupont"] == "PER"


def test_bodies_of_the_lexicons(nlp):
    es = ents(nlp, "Le président de la Generalitat a salué l'Aussom, et Solidaires a appelé à la grève.")
    assert es["Generalitat"] == "ORG"
    assert es["Aussom"] == "ORG"
    assert es["Solidaires"] == "ORG"
