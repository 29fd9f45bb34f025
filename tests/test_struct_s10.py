"""Structural relations of session 10 (helper struct): general constructions, own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# "le départ de son entraîneur X et son remplacement par Y": the possessive of "remplacement" is X
def test_departure_and_replacement_by_successor(nlp):
    found = triples(nlp, "Le FC Nantes a annoncé jeudi le départ de son entraîneur Paul Morvan et son remplacement "
                         "par le Danois Erik Holm, jusqu'ici adjoint.")
    assert ("Erik Holm", "REPLACES", "Paul Morvan") in found, found
    found = triples(nlp, "Le club a présenté Erik Holm, qui attend son remplacement par un autre joueur.")
    assert not any(p == "REPLACES" for _, p, _ in found), found  # no departure before: no predecessor


# a state office with no country in a story about a province with a government of its own
def test_minister_of_a_province_named_by_the_story(nlp):
    text = ("Les infirmières du Manitoba ont voté une grève de deux jours. Le Manitoba refuse toute hausse "
            "des salaires. La ministre de la Santé, Claire Dubois, a appelé au calme.")
    found = triples(nlp, text)
    assert ("Claire Dubois", "HOLDS_ROLE", "Manitoba") in found, found
    text = ("Les infirmières du Manitoba ont voté une grève. Le Manitoba refuse toute hausse. "
            "Le ministre fédéral de la Santé, Marc Leroy, a appelé au calme.")
    found = triples(nlp, text)
    assert ("Marc Leroy", "HOLDS_ROLE", "Manitoba") not in found, found


# "X dirige / présidait Y": the body in the "de" complements of what is led
def test_presided_committee_of_a_body(nlp):
    found = triples(nlp, "Ancienne préfète de la Vienne, Mme Lucie Garnier présidait depuis 2021 la commission des "
                         "finances du Sénat.")
    assert ("Lucie Garnier", "HOLDS_ROLE", "Sénat") in found, found


def test_led_government_of_a_country(nlp):
    found = triples(nlp, "Le sommet s'est ouvert mardi.\n\nJan Vermeer, 61 ans, a dirigé le gouvernement de la "
                         "Belgique pendant six ans.")
    assert ("Jan Vermeer", "HOLDS_ROLE", "Belgique") in found, found



# a name followed by its own acronym is no person in an organisation, whatever the NER said
def test_own_acronym_gives_no_membership(nlp):
    found = triples(nlp, "La Nigerian Ports Authority (NPA) a suspendu les opérations.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# ", aux <plural country>" places like ", au <country>"
def test_town_in_a_plural_country(nlp):
    found = triples(nlp, "Les ministres se sont réunis jeudi à Manille, aux Philippines, pour préparer le sommet.")
    assert ("Manille", "LOCATED_IN", "Philippines") in found, found


# "son secrétaire général, le Dr X": the rank abbreviation is part of the name's mention
def test_doctor_abbreviation_after_possessive_title(nlp):
    text = ("Le Syndicat national des pharmaciens du Bénin a lancé une grève lundi. La grève est suivie à 80 %, "
            "a précisé son secrétaire général, le Dr Bernard Agbodjan.")
    found = triples(nlp, text)
    assert ("Bernard Agbodjan", "HOLDS_ROLE", "Syndicat national des pharmaciens du Bénin") in found, found


# countries that form or found an organisation together are its members
def test_countries_forming_an_alliance_are_members(nlp):
    found = triples(nlp, "Le Tchad et le Soudan, qui forment avec la Libye l'Union du Sahara oriental (USO), "
                         "ont fermé leurs frontières.")
    assert ("Tchad", "MEMBER_OF", "Union du Sahara oriental") in found, found
    assert ("Libye", "MEMBER_OF", "Union du Sahara oriental") in found, found
    found = triples(nlp, "Le Sénégal a créé en 2019 l'Agence sénégalaise des mines.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found  # one country founds a body of its own



# a country named once, as a place, is the story's when its capital is named too: its offices are that country's
def test_country_and_its_capital_named_as_places(nlp):
    text = ("Un ancien maire a été condamné mercredi à Lomé, au Togo, pour détournement de fonds. "
            "Le ministre de la Justice, Paul Agbeko, a salué « un signal fort ».")
    found = triples(nlp, text)
    assert ("Paul Agbeko", "HOLDS_ROLE", "Togo") in found, found


# an office after a case word is no office taken ("face à l'ancien ministre kényan Y" is the rival's)
def test_rivals_title_is_not_the_office_won(nlp):
    text = ("La ministre des Affaires étrangères de la Namibie, Anna Shikongo, a été élue samedi présidente de la "
            "Banque africaine de développement, au terme d'un scrutin serré face à l'ancien Premier ministre "
            "kényan Peter Kamau, lors du sommet annuel à Abidjan.")
    found = triples(nlp, text)
    assert ("Anna Shikongo", "HOLDS_ROLE", "Kenya") not in found, found
