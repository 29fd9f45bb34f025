"""Session 32: the predicate given to a pair named by its trigger (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


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
