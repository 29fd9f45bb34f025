"""Entity rules of session 6: general constructions of French wire copy (own sentences)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents

from extraction.entities import extract_entities


@pytest.mark.parametrize("text, place", [
    ("Un violent incendie progressait jeudi au nord-est d'Athènes, selon les pompiers.", "Athènes"),
    ("Les secours sont intervenus au sud-ouest de Madrid après les orages.", "Madrid"),
    ("Des renforts ont été envoyés au nord-ouest de Lisbonne pour contenir le feu.", "Lisbonne"),
])
def test_capital_after_a_compass_point_is_the_city(nlp, text, place):
    assert ents(nlp, text).get(place) == "LOC"


@pytest.mark.parametrize("text, word", [
    ("Battus par ces mêmes Lyonnais l'an dernier, les joueurs ont pris leur revanche.", "Lyonnais"),
    ("Le réseau était dirigé depuis l'étranger par un Niçois de 41 ans, selon le parquet.", "Niçois"),
    ("Les enquêteurs ont interpellé une Bordelaise de 29 ans à son domicile.", "Bordelaise"),
])
def test_demonyms_are_people_not_places(nlp, text, word):
    assert word not in ents(nlp, text)


@pytest.mark.parametrize("text, party", [
    ("Le député Horizons du Finistère Marc Le Gall a voté contre le texte.", "Horizons"),
    ("Le député Horizons de la Sarthe Julien Moreau a voté pour.", "Horizons"),
    ("Le député Renaissance du Loiret Thomas Girard a déposé un amendement.", "Renaissance"),
])
def test_party_after_a_member_noun_and_before_a_constituency(nlp, text, party):
    assert ents(nlp, text).get(party) == "ORG"


@pytest.mark.parametrize("text, union", [
    ("« Nous sommes épuisés », confie Julie Caradec, infirmière et déléguée Sud Santé.", "Sud Santé"),
    ("Paul Lemoine, conducteur et délégué Sud Rail, dénonce la fermeture de la ligne.", "Sud Rail"),
    ("Selon Anne Morvan, enseignante et déléguée Force Ouvrière, la grève sera suivie.", "Force Ouvrière"),
])
def test_a_delegates_organisation_is_no_person(nlp, text, union):
    assert ents(nlp, text).get(union) == "ORG"


@pytest.mark.parametrize("text, company", [
    ("L'usine, qui emploie 300 personnes, compte parmi ses clients Airbus, Stellantis et Schneider Electric.", "Stellantis"),
    ("Le sous-traitant livre Renault, Stellantis et Valeo depuis vingt ans.", "Stellantis"),
    ("Parmi les actionnaires figurent Danone, Essilor et Kering.", "Essilor"),
])
def test_a_name_listed_with_companies_is_a_company(nlp, text, company):
    assert ents(nlp, text).get(company) == "ORG"


@pytest.mark.parametrize("text, body", [
    ("Les toiles ont été prêtées par la Galerie nationale de Hongrie et un collectionneur privé.", "Galerie nationale de Hongrie"),
    ("La Galerie Tretiakov a refusé de prêter ses œuvres.", "Galerie Tretiakov"),
    ("Les agents de la Guardia Civil ont saisi deux tonnes de résine à Cadix.", "Guardia Civil"),
])
def test_institution_heads_of_galleries_and_foreign_bodies(nlp, text, body):
    assert ents(nlp, text).get(body) == "ORG"


@pytest.mark.parametrize("text, body, town", [
    ("Le tableau a été prêté par la Fondation Gianadda de Martigny pour trois mois.", "Fondation Gianadda", "Martigny"),
    ("Les dessins viennent de la Fondation Gianadda de Martigny et de collections privées.", "Fondation Gianadda", "Martigny"),
    ("La Fondation Maeght de Saint-Paul-de-Vence fête ses soixante ans.", "Fondation Maeght", "Saint-Paul-de-Vence"),
])
def test_a_named_foundation_keeps_its_town_apart(nlp, text, body, town):
    found = ents(nlp, text)
    assert found.get(body) == "ORG" and found.get(town) == "LOC"


@pytest.mark.parametrize("text, trophy", [
    ("Le bouclier de Brennus a été soulevé par le capitaine devant les supporters.", "Brennus"),
    ("Les joueurs ont présenté le bouclier de Brennus à la foule réunie au Capitole.", "Brennus"),
    ("La coupe Davis revient en France après dix ans d'attente.", "Davis"),
])
def test_a_trophy_is_no_entity(nlp, text, trophy):
    assert trophy not in ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Les observateurs de l'Organisation pour la sécurité et la coopération en Europe (OSCE) ont salué le scrutin.",
     "Organisation pour la sécurité et la coopération en Europe"),
    ("L'Agence régionale de santé des Hauts-de-France (ARS) a confirmé deux cas de rougeole.",
     "Agence régionale de santé des Hauts-de-France"),
    ("L'Agence régionale de santé des Pays de la Loire (ARS) a débloqué une enveloppe.",
     "Agence régionale de santé des Pays de la Loire"),
])
def test_a_name_cut_short_runs_to_its_bracketed_short_form(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG"
    assert "Europe" not in found


@pytest.mark.parametrize("text, absent, kept", [
    ("Le ministère a confirmé l'achat de deux sous-marins Scorpène de Naval Group.", "Scorpène", "Naval Group"),
    ("L'armée a commandé huit hélicoptères de manœuvre Caracal, livrables en 2028.", "Caracal", None),
    ("L'Espagne a dépêché quatre Canadair pour lutter contre les flammes.", "Canadair", "Espagne"),
])
def test_a_counted_model_is_no_entity(nlp, text, absent, kept):
    found = ents(nlp, text)
    assert not any(absent in name for name in found)
    if kept:
        assert kept in found


@pytest.mark.parametrize("text, short", [
    ("Les deux pays ont signé un accord sur le statut des forces en visite (SOVFA) mardi.", "SOVFA"),
    ("Moscou s'est retiré du traité sur les forces nucléaires à portée intermédiaire (INF) en 2019.", "INF"),
    ("Les députés ont adopté la loi sur les services numériques (DSA) à une large majorité.", "DSA"),
])
def test_the_short_form_of_an_agreement_is_no_organisation(nlp, text, short):
    assert short not in ents(nlp, text)


@pytest.mark.parametrize("text", [
    "Mais l'indiscipline des Rouge et Noir en seconde période a coûté cher.",
    "Les Jaune et Noir restent invaincus à domicile cette saison.",
    "Les Sang et Or ont dominé la rencontre de bout en bout.",
])
def test_a_team_nicknamed_by_its_colours_is_no_entity(nlp, text):
    assert not ents(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("En 2007, le feu de Pikermi, à l'est de la capitale, avait ravagé la côte.", "Pikermi"),
    ("Le peintre passait ses étés à Drøbak, au bord du fjord.", "Drøbak"),
    ("Les pompiers ont évacué Kifissia, au nord de la ville, dans la nuit.", "Kifissia"),
])
def test_a_name_placed_by_its_apposition_is_a_place(nlp, text, place):
    assert ents(nlp, text).get(place) == "LOC"


@pytest.mark.parametrize("text, party", [
    ("Le parti au pouvoir devance la formation anticorruption Nouvelle Voie, créée l'an dernier.", "Nouvelle Voie"),
    ("Le scrutin a été remporté par la formation centriste Avenir Commun, selon les résultats.", "Avenir Commun"),
    ("Les électeurs ont placé en tête la formation écologiste Terre Vivante, devant les libéraux.", "Terre Vivante"),
])
def test_a_party_after_la_formation_and_its_modifier(nlp, text, party):
    assert ents(nlp, text).get(party) == "ORG"


@pytest.mark.parametrize("text, body", [
    ("En Allemagne, les prix ont progressé de 2,1 %, selon l'office fédéral de la statistique Destatis.", "Destatis"),
    ("Le chômage a reculé en Autriche, selon l'office national de la statistique Statistik Austria.", "Statistik Austria"),
    ("L'inflation a ralenti aux Pays-Bas, selon l'office central de la statistique CBS.", "CBS"),
])
def test_a_statistics_office_named_after_its_remit(nlp, text, body):
    assert ents(nlp, text).get(body) == "ORG"


@pytest.mark.parametrize("text, town", [
    ("Des bouchons se sont formés sur la rocade de Bordeaux dès l'aube.", "Bordeaux"),
    ("Les tracteurs ont bloqué la rocade de Rennes pendant trois heures.", "Rennes"),
    ("Un camion s'est renversé mardi sur la rocade de Nantes, provoquant des bouchons.", "Nantes"),
])
def test_a_ring_road_names_its_town(nlp, text, town):
    found = ents(nlp, text)
    assert found.get(town) == "LOC" and not any(n.startswith(("rocade", "périphérique")) for n in found)


@pytest.mark.parametrize("text, person", [
    ("Le pilier tongien de l'ASM Sione Tupou a marqué l'essai de la victoire.", "Sione Tupou"),
    ("Le pilier géorgien du RCT Beka Gigashvili a été suspendu trois semaines.", "Beka Gigashvili"),
    ("Le talonneur tongien de l'ASM Sione Fifita a prolongé son contrat.", "Sione Fifita"),
])
def test_a_person_after_a_role_closed_by_an_acronym(nlp, text, person):
    assert ents(nlp, text).get(person) == "PER"


@pytest.mark.parametrize("text", [
    "Les Etats-Unis ont haussé le ton. « L'Amérique ne paiera plus pour les autres », a lancé le ministre.",
    "« Nous défendrons l'Amérique », a déclaré le président des Etats-Unis devant le Congrès.",
    "Le vice-président des Etats-Unis a estimé que l'Amérique devait se retirer de l'accord.",
])
def test_l_amerique_beside_the_united_states_is_the_country(nlp, text):
    es = extract_entities(nlp(text))
    usa = [e for e in es if e.name == "États-Unis"]
    assert len(usa) == 1 and any(m.text == "Amérique" for m in usa[0].mentions)
    assert not any(e.name == "Amérique" for e in es)


@pytest.mark.parametrize("text, venue", [
    ("La finale se jouera au Stade de France le 28 juin devant 80.000 spectateurs.", "Stade de France"),
    ("Les supporters se sont rassemblés devant le Stade de la Beaujoire avant le coup d'envoi.", "Stade de la Beaujoire"),
    ("Le concert aura lieu au Stade de France samedi soir.", "Stade de France"),
])
def test_a_ground_named_stade_de_is_a_place(nlp, text, venue):
    assert ents(nlp, text).get(venue) == "LOC"


@pytest.mark.parametrize("text, court", [
    ("Pékin rejette la décision de la Cour permanente d'arbitrage de La Haye rendue en 2016.", "Cour permanente d'arbitrage"),
    ("La Cour internationale de justice de La Haye a ordonné des mesures conservatoires.", "Cour internationale de justice"),
    ("Le dossier a été transmis à la Cour pénale internationale de La Haye la semaine dernière.", "Cour pénale internationale"),
])
def test_an_international_court_and_the_city_where_it_sits(nlp, text, court):
    found = ents(nlp, text)
    assert found.get(court) == "ORG" and found.get("La Haye") == "LOC"


@pytest.mark.parametrize("text, city, country", [
    ("Le président doit s'envoler mercredi pour Tokyo. Le Japon a salué la visite.", "Tokyo", "Japon"),
    ("Le ministre partira lundi pour Madrid. L'Espagne a confirmé la rencontre.", "Madrid", "Espagne"),
    ("Tout civil présent sur le territoire de Port-au-Prince court un risque. Haïti est en crise.", "Port-au-Prince", "Haïti"),
])
def test_a_capital_as_a_destination_or_a_territory_is_the_city(nlp, text, city, country):
    found = ents(nlp, text)
    assert found.get(city) == "LOC" and found.get(country) == "LOC"


@pytest.mark.parametrize("text, town", [
    ("Le coureur éthiopien, vainqueur du marathon de Berlin l'an dernier, a été suspendu.", "Berlin"),
    ("La pièce a été créée au festival d'Avignon l'été dernier.", "Avignon"),
    ("La joueuse a été éliminée dès le premier tour du tournoi de Wimbledon.", "Wimbledon"),
])
def test_an_event_named_after_its_town_names_the_town(nlp, text, town):
    assert ents(nlp, text).get(town) == "LOC"


@pytest.mark.parametrize("text, town", [
    ("Le chantier du réacteur sur le site de Gravelines (Nord) a pris deux ans de retard.", "Gravelines"),
    ("EDF construira deux réacteurs sur le site de Penly (Seine-Maritime), puis à Bugey.", "Penly"),
    ("L'usine de Blanquefort (Gironde) a fermé ses portes en 2019.", "Blanquefort"),
])
def test_a_name_with_its_region_in_brackets_is_a_place(nlp, text, town):
    assert ents(nlp, text).get(town) == "LOC"


@pytest.mark.parametrize("text, place", [
    ("Une frappe a tué sept personnes à Khan Younès, dans le sud de la bande de Gaza.", "Khan Younès"),
    ("Des combats ont éclaté à Deir Hafer, dans l'est de la province d'Alep.", "Deir Hafer"),
    ("Les secours ont évacué Nea Makri, dans la banlieue de la capitale, dans la nuit.", "Nea Makri"),
])
def test_a_name_placed_by_dans_le_sud_de_is_a_place(nlp, text, place):
    assert ents(nlp, text).get(place) == "LOC"


@pytest.mark.parametrize("text, body", [
    ("L'Ocha, le bureau humanitaire de l'ONU, a indiqué jeudi que l'aide avait baissé.", "Ocha"),
    ("L'Unrwa, l'office de l'ONU pour les réfugiés palestiniens, a suspendu ses distributions.", "Unrwa"),
    ("Frontex, l'agence européenne de garde-frontières, a renforcé ses patrouilles.", "Frontex"),
])
def test_a_body_glossed_by_its_apposition_is_an_organisation(nlp, text, body):
    assert ents(nlp, text).get(body) == "ORG"
