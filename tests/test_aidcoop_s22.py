"""Session 22: a supply noun under a contract is a sale, not an AID; subjects that join a thing ('se sont joints à
cette protestation') do not cooperate with each other. Sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, obj", [
    ("Le groupe Petronor a signé mardi à Oslo un contrat de dix ans pour la fourniture de gaz naturel à la Pologne.",
     "Petronor", "Pologne"),
    ("Le constructeur Velmont a remporté un contrat de 800 millions d'euros pour la livraison de 30 trains à l'Égypte.",
     "Velmont", "Égypte"),
])
def test_contracted_supply_is_no_aid(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert not has(found, subject, "AID", obj), found


@pytest.mark.parametrize("text, subject, obj", [
    ("L'Union européenne a annoncé la livraison de vaccins au Tchad.", "Union européenne", "Tchad"),
    ("La Norvège a financé la fourniture de tentes au Soudan.", "Norvège", "Soudan"),
])
def test_supply_without_contract_stays_aid(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert has(found, subject, "AID", obj), found


@pytest.mark.parametrize("text, a, b", [
    ("Le Ghana et le Togo se sont joints à cette manifestation.", "Ghana", "Togo"),
    ("Le Pérou et le Chili se sont joints à cet appel, a précisé le ministère.", "Pérou", "Chili"),
])
def test_joiners_of_a_thing_do_not_cooperate(nlp, text, a, b):
    found = triples(nlp, text)
    assert not has(found, a, "COOPERATE", b) and not has(found, b, "COOPERATE", a), found


@pytest.mark.parametrize("text, a, b", [
    ("L'Espagne et le Portugal se sont rapprochés lundi lors d'un sommet à Madrid.", "Espagne", "Portugal"),
    ("Le Nigeria s'est joint au Ghana pour bâtir un gazoduc.", "Nigeria", "Ghana"),
])
def test_reciprocal_and_joined_partner_stay(nlp, text, a, b):
    found = triples(nlp, text)
    assert has(found, a, "COOPERATE", b) or has(found, b, "COOPERATE", a), found
