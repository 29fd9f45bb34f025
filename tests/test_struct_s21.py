"""Session 21 (struct): seats, state offices, heads named after "par"; sentences of our own writing."""
from extraction_helpers import triples


def test_seat_followed_by_a_district_of_the_town(nlp):
    found = triples(nlp, "Les grévistes se sont réunis jeudi devant le siège de la Compagnie des eaux du Rhône, "
                         "dans le 7e arrondissement de Lyon.")
    assert ("Compagnie des eaux du Rhône", "LOCATED_IN", "Lyon") in found, found


def test_seat_glossing_the_town_before(nlp):
    found = triples(nlp, "Le sommet se tiendra à Clermont-Ferrand, au siège de Michelin, au printemps prochain.")
    assert ("Michelin", "LOCATED_IN", "Clermont-Ferrand") in found, found


def test_siege_of_a_town_is_no_seat(nlp):
    found = triples(nlp, "Les rebelles poursuivent le siège de Kadougou, dans le nord du pays.")
    assert not any(p == "LOCATED_IN" and o == "Kadougou" for s, p, o in found), found
    assert not any(p == "LOCATED_IN" and s.startswith("siège") for s, p, o in found), found


def test_relative_seat_after_an_apposed_description(nlp):
    found = triples(nlp, "Les enquêteurs ont travaillé avec Eurojust, l'agence européenne de coopération "
                         "judiciaire, dont le siège est à La Haye.")
    assert ("Eurojust", "LOCATED_IN", "La Haye") in found, found


def test_relative_seat_after_an_acronym_and_description(nlp):
    found = triples(nlp, "Les travaux sont menés par la société Alpes Tunnels (SAT), le promoteur public "
                         "dont le siège est à Chambéry.")
    assert ("Alpes Tunnels", "LOCATED_IN", "Chambéry") in found, found


def test_capitalised_portfolio_is_a_state_office(nlp):
    found = triples(nlp, "La Norvège a relevé l'âge de la retraite. Le ministre des Pensions, Lars Holberg, "
                         "a défendu la réforme devant le Parlement norvégien. La Norvège compte cinq millions d'habitants.")
    assert ("Lars Holberg", "HOLDS_ROLE", "Norvège") in found, found


def test_deputy_prime_minister_is_a_state_office(nlp):
    found = triples(nlp, "Le Portugal a signé l'accord. Le vice-Premier ministre, Rui Tavares Costa, a salué un texte "
                         "équilibré. Le Portugal espère d'autres accords.")
    assert ("Rui Tavares Costa", "HOLDS_ROLE", "Portugal") in found, found


def test_interim_president_is_the_head_of_state(nlp):
    found = triples(nlp, "Le Pérou traverse une crise. Le président par intérim, Julio Mendoza, a reçu les partis. "
                         "Le Pérou votera en avril.")
    assert ("Julio Mendoza", "HOLDS_ROLE", "Pérou") in found, found


def test_led_by_after_a_date_and_a_nationality(nlp):
    found = triples(nlp, "Le groupe Nordbank est dirigé depuis mars par le Suédois Erik Lindqvist, qui a remplacé son fondateur.")
    assert ("Erik Lindqvist", "HOLDS_ROLE", "Nordbank") in found, found


def test_led_by_a_described_person(nlp):
    found = triples(nlp, "Le marché a été attribué à la société Transports Vallet, dirigée par un cousin du maire, "
                         "Paul Vallet.")
    assert ("Paul Vallet", "HOLDS_ROLE", "Transports Vallet") in found, found


def test_led_by_no_person_gives_nothing(nlp):
    found = triples(nlp, "Le comité, présidé par la Banque centrale, a rendu son avis.")
    assert not any(p == "HOLDS_ROLE" for s, p, o in found), found
