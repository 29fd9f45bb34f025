"""Session 20 entity spans: a département, a portfolio or an acronym the NER glues to the person's name after
it (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_departement_glued_to_a_deputy_stays_a_place(nlp):
    es = ents(nlp, "Le député des Alpes-Maritimes Julien Morvan a déposé un amendement.")
    assert es.get("Julien Morvan") == "PER" and es.get("Alpes-Maritimes") == "LOC"


def test_departement_after_de_la_glued_to_a_deputy(nlp):
    es = ents(nlp, "La députée de la Marne Sandrine Vallet a voté contre le texte.")
    assert es.get("Sandrine Vallet") == "PER" and "Marne Sandrine Vallet" not in es


def test_acronym_keeps_no_given_name(nlp):
    es = ents(nlp, "« Le vote a été volé », a déclaré à l'AFP Tanvir Hossain Mirza, cadre du parti d'opposition.")
    assert es.get("Tanvir Hossain Mirza") == "PER" and es.get("AFP") == "ORG"


def test_department_then_unknown_words_is_left_alone(nlp):
    es = ents(nlp, "Le conseil départemental de la Marne a voté le budget.")
    assert not any(name.startswith("Marne ") for name in es)
