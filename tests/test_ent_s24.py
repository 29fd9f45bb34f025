"""Session 24 entities: companies the NER takes for people, bodies named by a word and a country (sentences
written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def test_company_whose_chief_executive_is_named_is_a_body(nlp):
    es = ents(nlp, "Le directeur général de Cinova, Juha Mäkinen, a annoncé une panne.")
    assert es["Cinova"].label == "ORG"
    assert es["Juha Mäkinen"].label == "PER"


def test_company_whose_board_is_named_stays_a_body(nlp):
    es = ents(nlp, "Le conseil d'administration de Korvanta Energie a approuvé lundi l'offre de rachat.")
    assert es["Korvanta Energie"].label == "ORG"


def test_person_after_an_office_stays_a_person(nlp):
    es = ents(nlp, "La fondatrice de l'association, Claire Vernet, a salué la décision du tribunal.")
    assert es["Claire Vernet"].label == "PER"


def test_sport_and_country_name_a_federation(nlp):
    es = ents(nlp, "L'entraîneur a été suspendu par Hockey Australia pour six mois.")
    assert es["Hockey Australia"].label == "ORG"


def test_federation_with_its_president_named(nlp):
    es = ents(nlp, "La présidente de Netball Australia, Sarah Cole, a salué la décision.")
    assert es["Netball Australia"].label == "ORG"
    assert es["Sarah Cole"].label == "PER"


def test_country_alone_stays_a_place(nlp):
    es = ents(nlp, "Le Canada a envoyé deux frégates dans la région lundi.")
    assert es["Canada"].label == "LOC"
