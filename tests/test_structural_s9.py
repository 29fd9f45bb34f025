"""Structural relations (session 9): a title of a title ("le conseiller du président X"), a minister's
portfolio the lexicon lacks taken for an organisation, offices of the state itself ("porte-parole du
gouvernement", "président de la transition"), past heads of state, the country of a participle clause,
a militia's officer, a former office holder's own country as an event party, and seats and sites."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def relations(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])}


def roles_of(nlp, text, person):
    return {o for s, p, o in relations(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_inner_title_names_its_holder(nlp):
    text = ("L'envoyée spéciale pour le Sahel du président sénégalais Amadou Ndiaye, Fatou Sarr, "
            "est arrivée mercredi à Niamey.")
    assert "Sénégal" in roles_of(nlp, text, "Amadou Ndiaye")
    assert "Sahel" not in roles_of(nlp, text, "Amadou Ndiaye")


@pytest.mark.parametrize("text, person, country, wrong", [
    ("La Norvège, représentée à Bonn par sa ministre de la Transformation numérique, Ingrid Dahl, "
     "a promis 30 millions.", "Ingrid Dahl", "Norvège", "Transformation numérique"),
    ("Le Sénégal a présenté son plan lundi. La Norvège, représentée à Bonn par sa ministre de la Mer, Ingrid Dahl, "
     "a promis 30 millions.", "Ingrid Dahl", "Norvège", "Sénégal"),
])
def test_participle_clause_owns_the_possessive_office(nlp, text, person, country, wrong):
    found = roles_of(nlp, text, person)
    assert country in found and wrong not in found


@pytest.mark.parametrize("text, person, country", [
    ("Le Niger a annoncé mardi un nouveau calendrier électoral. Le porte-parole du gouvernement, Ali Harouna, "
     "l'a lu à la télévision.", "Ali Harouna", "Niger"),
    ("Le Burkina Faso a fermé sa frontière mardi. Le Burkina Faso a aussi rappelé son ambassadeur. "
     "Le président de la transition, Karim Sawadogo, a justifié la décision.", "Karim Sawadogo", "Burkina Faso"),
])
def test_office_of_the_state_itself(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


def test_past_head_of_state_and_his_own_country(nlp):
    text = ("Le Gabon a adopté une nouvelle Constitution. Le gouvernement gabonais accuse l'ancien président "
            "Paul Mba de corruption.")
    found = relations(nlp, text)
    assert ("Paul Mba", "HOLDS_ROLE", "Gabon") in found


def test_president_of_the_clause_country(nlp):
    text = ("Le Tchad a accueilli la conférence. Le Tchad a salué l'accord. La Centrafrique a sombré dans la crise "
            "en 2013, lorsque des rebelles ont chassé le président Michel Ndoumbé.")
    found = roles_of(nlp, text, "Michel Ndoumbé")
    assert "Centrafrique" in found and "Tchad" not in found


def test_militia_officer_holds_no_state_office(nlp):
    text = "Le Cameroun a livré lundi un ancien chef de milice centrafricain, Joseph Wanzé, à la justice."
    assert "Centrafrique" not in roles_of(nlp, text, "Joseph Wanzé")
