"""Session 32: the predicate given to a pair named by its trigger (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_expelled_diplomats_are_a_coercion_of_their_state(nlp):
    found = triples(nlp, "La Russie a démenti. La Pologne a ordonné lundi l'expulsion de trois diplomates russes en "
                         "poste à Varsovie.")
    assert has(found, "Pologne", "COERCE", "Russie")
    assert not [t for t in found if t[1] == "SANCTION"]


def test_expelled_person_is_a_coercion(nlp):
    found = triples(nlp, "Le gouvernement du Nicaragua a expulsé dimanche le journaliste Pedro Salazar vers le Honduras.")
    assert has(found, "Nicaragua", "COERCE", "Pedro Salazar")
    assert not has(found, "Nicaragua", "SANCTION", "Pedro Salazar")


def test_suspended_member_of_a_body_stays_a_sanction(nlp):
    found = triples(nlp, "Le Mali a été suspendu de l'Union africaine après le coup d'Etat.")
    assert has(found, "Union africaine", "SANCTION", "Mali")


def test_apposed_ally_cooperates(nlp):
    found = triples(nlp, "Le Laos, proche allié du Vietnam, a voté contre la résolution.")
    assert has(found, "Laos", "COOPERATE", "Vietnam")
    assert not has(found, "Laos", "SUPPORT", "Vietnam")


def test_apposed_backer_stays_support(nlp):
    found = triples(nlp, "La Serbie, principal soutien de la Republika Srpska, a dénoncé le verdict.")
    assert has(found, "Serbie", "SUPPORT", "Republika Srpska")


def test_call_to_march_is_the_callers_protest(nlp):
    found = triples(nlp, "Plusieurs centaines d'agriculteurs ont manifesté samedi à Lille, à l'appel de la Coordination "
                         "rurale, contre la Commission européenne.")
    assert has(found, "Coordination rurale", "PROTEST", "Commission européenne")
    assert not has(found, "Coordination rurale", "REQUEST", "Commission européenne")


def test_call_by_a_person_to_another_stays_a_request(nlp):
    found = triples(nlp, "Le président Paul Kagame a lancé un appel au Burundi pour la réouverture de la frontière.")
    assert not [t for t in found if t[1] == "PROTEST"]


def test_expelled_from_a_body_stays_a_sanction(nlp):
    found = triples(nlp, "La Russie a été expulsée du Conseil de l'Europe en mars 2022.")
    assert not has(found, "Conseil de l'Europe", "COERCE", "Russie")
