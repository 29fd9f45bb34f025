"""Entity rules of session 7: general constructions of French wire copy (own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents

from extraction.entities import extract_entities


def mentions(nlp, text):
    return {e.name: sorted(m.text for m in e.mentions) for e in extract_entities(nlp(text))}


# a capital's name after an article is a department or a river, not the capital
@pytest.mark.parametrize("text, place, country", [
    ("Le préfet de la Vienne, Paul Fradin, a dénoncé des violences près de Civray.", "Vienne", "Autriche"),
    ("Des heurts ont éclaté dimanche dans la Vienne entre opposants et gendarmes.", "Vienne", "Autriche"),
    ("Les élus de la Vienne réclament des renforts, selon le maire de Lusignan.", "Vienne", "Autriche"),
])
def test_a_capital_name_after_an_article_is_no_capital(nlp, text, place, country):
    found = ents(nlp, text)
    assert found.get(place) == "LOC" and country not in found


def test_a_capital_without_article_still_stands_for_its_government(nlp):
    found = ents(nlp, "Vienne a convoqué l'ambassadeur, a indiqué le ministère autrichien.")
    assert "Autriche" in found and "Vienne" not in found


@pytest.mark.parametrize("text, party, person", [
    ("La députée Renaissance Sophie Verdier a réclamé un plan national.", "Renaissance", "Sophie Verdier"),
    ("Le sénateur Horizons Thomas Gaillac a voté contre le budget.", "Horizons", "Thomas Gaillac"),
    ("La militante Ensemble Claire Bodin dénonce une réforme injuste.", "Ensemble", "Claire Bodin"),
])
def test_a_party_glued_to_a_members_name(nlp, text, party, person):
    found = ents(nlp, text)
    assert found.get(party) == "ORG" and found.get(person) == "PER"


def test_a_member_with_a_first_name_first_keeps_his_name(nlp):
    assert ents(nlp, "Le député Jean Paul Marsac a voté contre.").get("Jean Paul Marsac") == "PER"


@pytest.mark.parametrize("text, party, place", [
    ("Pour l'élu Les Républicains de la Manche Hervé Tissot, le nucléaire est une chance.", "Les Républicains", "Manche"),
    ("Selon la députée Les Républicains de la Sarthe Anne Loriot, le texte est mal écrit.", "Les Républicains", "Sarthe"),
])
def test_a_members_party_and_constituency_before_the_name(nlp, text, party, place):
    found = ents(nlp, text)
    assert found.get(party) == "ORG" and found.get(place) == "LOC"


def test_a_party_named_with_a_place_word_stays_whole(nlp):
    found = ents(nlp, "Le candidat Parti de la Liberté Paul Morand a voté.")
    assert "Liberté" not in found


@pytest.mark.parametrize("text, body, other", [
    ("Selon la police du Kosovo, un agent a été blessé. Belgrade dénonce les opérations de la police kosovare.",
     "police du Kosovo", "police kosovare"),
    ("Selon l'armée du Soudan, les combats continuent. L'armée soudanaise a repris la ville.",
     "armée du Soudan", "armée soudanaise"),
    ("La marine du Ghana a intercepté un navire. La marine ghanéenne a arrêté six pirates.",
     "marine du Ghana", "marine ghanéenne"),
])
def test_a_body_named_by_its_country_and_by_its_adjective_is_one(nlp, text, body, other):
    found = mentions(nlp, text)
    assert body in found and other in found[body] and other not in found


def test_bodies_of_two_countries_stay_apart(nlp):
    found = ents(nlp, "Selon la police du Kosovo, un agent a été blessé. La police serbe dément.")
    assert "police serbe" in found


@pytest.mark.parametrize("text, name", [
    ("Les organisateurs, le collectif Bassins non merci et deux syndicats, évoquent vingt blessés. "
     "Selon Luc Varin, porte-parole de Bassins non merci, la préfecture ment.", "Bassins non merci"),
    ("Le collectif Forêts debout a manifesté samedi. Selon Forêts debout, la coupe est illégale.", "Forêts debout"),
])
def test_a_collectives_phrase_name_and_its_later_mentions(nlp, text, name):
    found = mentions(nlp, text)
    assert len(found.get(name, [])) == 2


@pytest.mark.parametrize("text, street", [
    ("Le drame a ravivé le souvenir de la rue d'Aubagne à Marseille.", "rue d'Aubagne"),
    ("Un immeuble s'est effondré rue de Lodève, à Montpellier, samedi soir.", "rue de Lodève"),
    ("Le cortège est parti de l'avenue de Gravelotte en direction de la préfecture.", "avenue de Gravelotte"),
])
def test_a_streets_name_holds_its_noun(nlp, text, street):
    assert ents(nlp, text).get(street) == "LOC"


@pytest.mark.parametrize("text, publisher", [
    ("Le recueil paraît aux éditions du Levant, petite maison installée à Dole.", "éditions du Levant"),
    ("Le fondateur des éditions de la Bruyère, Marc Duprat, a confié sa joie.", "éditions de la Bruyère"),
    ("Selon elle, les éditions du Ponant ont refusé une offre de rachat.", "éditions du Ponant"),
])
def test_a_publisher_is_named_with_its_noun(nlp, text, publisher):
    assert ents(nlp, text).get(publisher) == "ORG"


@pytest.mark.parametrize("text, region", [
    ("Le navire erre en Méditerranée centrale avec 212 migrants à bord.", "Méditerranée centrale"),
    ("Les groupes armés progressent dans le Sahel central depuis deux ans.", "Sahel central"),
    ("Des exercices navals ont eu lieu dans le Pacifique occidental.", "Pacifique occidental"),
])
def test_a_sea_or_region_with_its_part(nlp, text, region):
    assert ents(nlp, text).get(region) == "LOC"


@pytest.mark.parametrize("text, name", [
    ("La 83e Mostra de Venise s'est ouverte mercredi.", "Mostra de Venise"),
    ("La 12e Biennale de Lyon ouvre ses portes samedi.", "Biennale de Lyon"),
    ("Le 45e Festival de Lorient a battu son record.", "Festival de Lorient"),
])
def test_an_editions_rank_is_no_part_of_the_name(nlp, text, name):
    assert ents(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize("text, site", [
    ("EDF construit la centrale d'Hinkley Point C au Royaume-Uni.", "Hinkley Point C"),
    ("Les mineurs de la mine de Cerro Blanco sont en grève depuis lundi.", "Cerro Blanco"),
    ("La raffinerie de Port Gentil Sud a été arrêtée.", "Port Gentil Sud"),
])
def test_an_industrial_site_is_a_place(nlp, text, site):
    found = ents(nlp, text)
    assert found.get(site, "LOC") == "LOC"


def test_a_company_after_a_site_noun_stays_an_organisation(nlp):
    assert ents(nlp, "La mine de Rio Tinto Group est fermée.").get("Rio Tinto Group") == "ORG"


@pytest.mark.parametrize("text, group", [
    ("Les groupes liés à Al-Qaïda étendent leur emprise vers le golfe de Guinée.", "Al-Qaïda"),
    ("Une milice affiliée à Al-Chabab a revendiqué l'attaque.", "Al-Chabab"),
    ("Des combattants fidèles à Al-Nosra ont été arrêtés.", "Al-Nosra"),
])
def test_what_armed_groups_are_tied_to_is_a_movement(nlp, text, group):
    assert ents(nlp, text).get(group, "ORG") == "ORG"


@pytest.mark.parametrize("text, place", [
    ("Les ministres ont rappelé le consensus de Kampala, qui prévoit une force commune.", "Kampala"),
    ("Les signataires du pacte de Tirana se sont retrouvés lundi.", "Tirana"),
])
def test_a_document_named_after_a_town_names_a_place(nlp, text, place):
    assert ents(nlp, text).get(place, "LOC") == "LOC"


@pytest.mark.parametrize("text, body, short", [
    ("La Force de l'Otan au Kosovo (Kfor) a renforcé ses patrouilles.", "Force de l'Otan au Kosovo", "Kfor"),
    ("La Force intérimaire des Nations unies au Liban (Finul) a été visée.",
     "Force intérimaire des Nations unies au Liban", "Finul"),
    ("La Mission des Nations unies en Ouzbanie (Minuso), forte de 9.000 Casques bleus, a démenti.",
     "Mission des Nations unies en Ouzbanie", "Minuso"),
    ("La Plateforme d'intervention régionale de l'océan Indien (Piroi) a envoyé des vivres.",
     "Plateforme d'intervention régionale de l'océan Indien", "Piroi"),
])
def test_a_body_with_its_short_form_in_brackets(nlp, text, body, short):
    found = {e.name: (e.label, [m.text for m in e.mentions]) for e in extract_entities(nlp(text))}
    assert found[body][0] == "ORG" and short in found[body][1]


@pytest.mark.parametrize("text, town", [
    ("L'agent a été transporté à l'hôpital de Mitrovica, où ses jours ne sont pas en danger.", "Mitrovica"),
    # (a qualified hospital, "l'hôpital universitaire de X", is a body since session 27: tests/test_ent_s27.py)
    ("Le détenu a été transféré à la prison de Rebibbia.", "Rebibbia"),
])
def test_a_towns_hospital_names_the_town(nlp, text, town):
    found = ents(nlp, text)
    assert found.get(town) == "LOC" and not any(n.startswith(("hôpital", "prison")) for n in found)


@pytest.mark.parametrize("text, body", [
    ("Côté parents, le coprésident de la FCPE, Damien Orsoni, a apporté son soutien.", "FCPE"),
    ("La secrétaire générale du SNPDEN, Anne Ruel, a dénoncé la réforme.", "SNPDEN"),
    ("Le porte-parole de la FNSEA a annoncé de nouvelles actions.", "FNSEA"),
])
def test_a_short_form_completing_an_office_is_a_body(nlp, text, body):
    assert ents(nlp, text).get(body) == "ORG"


@pytest.mark.parametrize("text, fund", [
    ("Le club a été cédé au fonds d'investissement canadien Granite Falls Capital.", "Granite Falls Capital"),
    ("Basé à Boston, Blue Summit Partners est dirigé par un ancien banquier.", "Blue Summit Partners"),
    ("Le fonds Oakvale a racheté la marque en 2019.", "Oakvale"),
])
def test_investment_funds_are_organisations(nlp, text, fund):
    assert ents(nlp, text).get(fund) == "ORG"


@pytest.mark.parametrize("text, body", [
    ("Un responsable du département d'Etat a indiqué que Washington était prêt.", "département d'Etat"),
    ("La porte-parole du département d'Etat, Jane Doerr, a jugé la situation grave.", "département d'Etat"),
])
def test_the_us_departments_are_bodies(nlp, text, body):
    assert ents(nlp, text).get(body) == "ORG"


def test_a_french_department_is_no_ministry(nlp):
    assert "département de la Gironde" not in {n for n, label in ents(nlp, "Les élus du département de la Gironde ont voté.").items()
                                                if label == "ORG" and "Etat" in n}


SPORT = ("Le HBC Lorient a battu le FC Valence 31-30 en finale, à Cologne. Lorient devient le deuxième club "
         "français sacré après Chambéry, vainqueur en 2003. Le Paris Saint-Germain, éliminé samedi, a pris la "
         "troisième place en dominant le SC Magdebourg (35-32).")


@pytest.mark.parametrize("club", ["Chambéry", "Paris Saint-Germain"])
def test_sport_stories_name_clubs_by_their_town(nlp, club):
    assert ents(nlp, SPORT).get(club) == "ORG"


def test_a_town_where_a_match_is_played_stays_a_place(nlp):
    assert ents(nlp, SPORT).get("Cologne") == "LOC"


def test_towns_outside_sport_stories_stay_places(nlp):
    found = ents(nlp, "Le Paris Saint-Germain des années 1950 attirait les artistes, selon le musée de Chambéry.")
    assert found.get("Chambéry", "LOC") == "LOC"


@pytest.mark.parametrize("text, qualified, bare", [
    ("Les pirates ont infiltré les réseaux du ministère des Affaires étrangères. Manille a protesté, a indiqué "
     "le ministère philippin des Affaires étrangères.", "ministère philippin des Affaires étrangères",
     "ministère des Affaires étrangères"),
    ("Le ministère ghanéen de la Santé a confirmé trois cas. Le ministère de la Santé appelle au calme.",
     "ministère ghanéen de la Santé", "ministère de la Santé"),
    ("Selon le ministère de l'Intérieur, le bilan s'alourdit, a précisé le ministère péruvien de l'Intérieur.",
     "ministère péruvien de l'Intérieur", "ministère de l'Intérieur"),
])
def test_a_bare_ministry_joins_the_one_qualified_ministry_of_its_portfolio(nlp, text, qualified, bare):
    found = mentions(nlp, text)
    assert bare in found.get(qualified, []) and bare not in found


def test_a_bare_ministry_stays_apart_when_two_countries_have_one(nlp):
    found = ents(nlp, "Le ministère de la Défense a démenti, selon le ministère russe de la Défense et "
                      "le ministère ukrainien de la Défense.")
    assert "ministère de la Défense" in found


@pytest.mark.parametrize("text, name", [
    ("Il a été condamné dans l'affaire dite « Tramonto », du nom d'un réseau de commissions.", "Tramonto"),
    ("L'opération baptisée Aigle bleu a débuté lundi dans le nord.", "Aigle"),
    ("Le dossier dit « Belvédère » a été transmis au parquet.", "Belvédère"),
])
def test_a_case_named_by_the_writer_is_no_entity(nlp, text, name):
    assert not any(name in n for n in ents(nlp, text))


def test_a_nickname_after_dit_stays_the_persons(nlp):
    found = mentions(nlp, "Ronald Exantil, dit « Ti Roro », a été condamné.")
    assert "Ti Roro" in found.get("Ronald Exantil", [])


@pytest.mark.parametrize("text, airport", [
    ("Les pilotes de Loire Hélico, basée à l'aéroport de Brest-Guipavas, ont cessé le travail.",
     "aéroport de Brest-Guipavas"),
    ("Le vol venait de l'aéroport de Nantes-Atlantique lundi soir.", "aéroport de Nantes-Atlantique"),
    ("Les passagers ont été évacués de l'aéroport de Lyon-Saint-Exupéry.", "aéroport de Lyon-Saint-Exupéry"),
])
def test_an_airport_named_by_its_town_and_a_second_name(nlp, text, airport):
    assert ents(nlp, text).get(airport) == "LOC"


@pytest.mark.parametrize("town", ["Châlons-en-Champagne", "Saint-Brieuc", "Rennes"])
def test_an_airport_of_a_town_is_not_named_by_the_rule(nlp, town):
    from extraction.entities import _street_before
    doc = nlp(f"Il a atterri à l'aéroport de {town} lundi.")
    start = next(t.i for t in doc if t.text.startswith(town.split("-")[0]))
    assert _street_before(doc, start, town) is None


@pytest.mark.parametrize("text, place", [
    ("Les toiles montrent le fjord d'Oslo au crépuscule.", "fjord d'Oslo"),
    ("Le corps a été retrouvé dans la cité de la Bricarde, dans le nord de Marseille.", "cité de la Bricarde"),
    ("Les bateaux de pêche sont rentrés dans la baie de Quiberon samedi.", "baie de Quiberon"),
])
def test_a_natural_feature_or_estate_keeps_its_noun(nlp, text, place):
    assert ents(nlp, text).get(place) == "LOC"


def test_a_noun_with_an_adjective_before_the_place_names_the_place(nlp):
    assert "cité minière du Nord" not in ents(nlp, "Un roman sur trois générations d'une cité minière du Nord.")
