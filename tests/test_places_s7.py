"""LOCATED_IN constructions of session 7 (own sentences with invented names, not the articles')."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def located(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == "LOCATED_IN"}


@pytest.mark.parametrize("text, org, town", [
    ("L'Agence européenne des matériaux avancés (AEMA), basée à Lisbonne, a publié un rapport.",
     "Agence européenne des matériaux avancés", "Lisbonne"),
    ("L'Observatoire international des forêts boréales (OIFB), dont le siège est à Helsinki, a donné l'alerte.",
     "Observatoire international des forêts boréales", "Helsinki"),
    ("Le rachat de la Fédération européenne des minoteries (FEM), fondée à Gand en 1961, a été annoncé.",
     "Fédération européenne des minoteries", "Gand"),
])
def test_a_short_form_in_brackets_does_not_break_the_apposition(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text, org, town", [
    ("Le livre est publié par les éditions Corbelle, petite maison indépendante installée à Vannes.",
     "Corbelle", "Vannes"),
    ("Le contrat a été remporté par la société Altiveo, une jeune entreprise basée à Grenoble.", "Altiveo", "Grenoble"),
    ("Les salariés du groupe Norvane, un sous-traitant aéronautique implanté à Figeac, sont en grève.", "Norvane", "Figeac"),
])
def test_a_participle_after_a_descriptive_apposition(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Le coureur Tom Vallier (Astana), basé à Monaco, a remporté l'étape.",
    "La décision du conseil de Lorvane (2019), installé à Rennes, a été contestée.",
])
def test_brackets_of_another_entity_give_no_seat(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if b in ("Monaco", "Rennes")}


@pytest.mark.parametrize("text, org, town", [
    ("Valtorra Motori, le constructeur de Turin, a présenté mardi sa nouvelle berline.", "Valtorra Motori", "Turin"),
    ("Les dirigeants de Brenco Industries, l'armateur de Hambourg, ont confirmé la commande.",
     "Brenco Industries", "Hambourg"),
    ("L'offre vise Kessler Bank, la banque de Francfort, qui a refusé de commenter.", "Kessler Bank", "Francfort"),
])
def test_a_company_noun_and_its_town_in_apposition(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Valtorra Motori, le constructeur de Turin Automobili, a présenté sa berline.",
    "Paul Ferrand, le patron du groupe de Lyon, a démissionné.",
    "La Pologne, le groupe de Visegrad et la Hongrie ont signé la déclaration.",
])
def test_an_apposed_company_noun_without_a_company_before_it(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if a in ("Valtorra Motori", "Paul Ferrand", "Pologne")}


@pytest.mark.parametrize("text, place", [
    ("Selon Marta Ivanova, experte au bureau régional de l'OMS pour l'Europe, basé à Copenhague, le risque augmente.",
     "Europe"),
    ("Le centre de coordination des secours pour l'Afrique de l'Ouest, basé à Dakar, a été alerté.", "Afrique"),
])
def test_a_place_completing_a_phrase_is_not_based(nlp, text, place):
    assert not {(a, b) for a, b in located(nlp, text) if a.startswith(place)}


@pytest.mark.parametrize("text, first, last, where", [
    ("La compagnie desservait Rennes, Nantes, Bordeaux et Glasgow, en Ecosse.", "Bordeaux", "Glasgow", "Ecosse"),
    ("Le festival a fait étape à Lille, Amiens, Rouen et Tournai, en Belgique.", "Amiens", "Tournai", "Belgique"),
])
def test_a_place_after_a_long_list_glosses_its_last_item(nlp, text, first, last, where):
    found = located(nlp, text)
    assert (first, where) not in found and (last, where) in found


@pytest.mark.parametrize("text, a, b, where", [
    ("Les pluies ont touché les villes de Kintampo et de Wenchi, au Ghana.", "Kintampo", "Wenchi", "Ghana"),
    ("Des frappes ont touché les villes de Soumy, Poltava et Izioum, dans l'est de l'Ukraine.",
     "Soumy", "Izioum", "Ukraine"),
    ("Des frappes ont touché Soumy et Poltava, dans l'est de l'Ukraine.", "Soumy", "Poltava", "Ukraine"),
])
def test_a_place_after_a_list_under_a_plural_place_noun_holds_them_all(nlp, text, a, b, where):
    found = located(nlp, text)
    assert (a, where) in found and (b, where) in found


@pytest.mark.parametrize("text, place, where", [
    ("Les mineurs de Las Brisas, l'une des principales mines d'or du nord du Chili, ont cessé le travail.",
     "Las Brisas", "Chili"),
    ("Les habitants de San Telmo, un des plus grands quartiers de Buenos Aires, protestent.", "San Telmo",
     "Buenos Aires"),
    ("Le Kivu, l'une des régions les plus riches du Congo, est en guerre.", "Kivu", "Congo"),
])
def test_one_of_the_sites_of_a_place(nlp, text, place, where):
    assert (place, where) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Marc Durand, l'un des plus grands joueurs de France, a pris sa retraite.",
    "Rennes, l'une des villes de la tournée de Zazie Morel, accueille le concert samedi.",
])
def test_one_of_the_people_of_a_place_is_not_located(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if a in ("Marc Durand", "Rennes")}


@pytest.mark.parametrize("text, org, where", [
    ("Le Conseil de sécurité a renouvelé le mandat de la mission de stabilisation au Tchad (Minustad) pour un an.",
     "Minustad", "Tchad"),
    ("Les effectifs de la force de l'ONU au Sahara occidental (Fonusao) seront réduits.", "Fonusao", "Sahara occidental"),
])
def test_a_mission_is_where_it_is_sent(nlp, text, org, where):
    assert (org, where) in located(nlp, text)


def test_a_mission_whose_name_holds_the_place_is_not_placed_again(nlp):
    assert not located(nlp, "La Mission des Nations unies pour la stabilisation en Haïti (Minustah) a quitté le pays.")


@pytest.mark.parametrize("text", [
    "Le chômage a reculé en France (Insee) au troisième trimestre.",
    "Les frappes de l'opération militaire en Ukraine (Kremlin) continuent.",
    "Le porte-parole de l'ambassade de France au Mali (AFP) a démenti.",
])
def test_a_source_in_brackets_is_no_mission(nlp, text):
    assert not located(nlp, text)


@pytest.mark.parametrize("text, site, town", [
    ("L'effondrement de la rue Lanterne à Lyon a fait deux morts.", "rue Lanterne", "Lyon"),
    ("Les manifestants se sont rassemblés place Bellecour à Lyon samedi.", "place Bellecour", "Lyon"),
    ("Le drame a ravivé le souvenir de la rue des Tanneurs à Marseille, où deux immeubles s'étaient effondrés.",
     "rue des Tanneurs", "Marseille"),
    ("Le concert aura lieu au stade Bollaert à Lens.", "stade Bollaert", "Lens"),
])
def test_a_street_or_site_followed_by_its_town(nlp, text, site, town):
    assert (site, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Les supporters ont marché du stade Bollaert à Arras.",
    "Le cortège est allé de la rue Lanterne à la place Bellecour.",
    "Le Stade Rennais à Lyon : les Bretons ont perdu dimanche.",
])
def test_a_route_or_a_club_is_no_site_in_a_town(nlp, text):
    assert not located(nlp, text)


@pytest.mark.parametrize("text, org, town", [
    ("Basé à Denver, Silverline Partners est dirigé par Tom Hale.", "Silverline Partners", "Denver"),
    ("Basée à Lausanne, Alpenrose Holding a racheté trois hôtels en 2024.", "Alpenrose Holding", "Lausanne"),
])
def test_a_fronted_based_participle_places_the_name_after_it(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Installée à Lyon depuis 2010, Clara Vidal enseigne le piano à Villeurbanne.",
    "Basée à Lyon, la compétition s'achèvera à Marseille dimanche.",
])
def test_a_fronted_participle_places_no_person_or_town(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if b == "Lyon"}


@pytest.mark.parametrize("text, org, town", [
    ("La Communauté des Etats sahéliens (CES) a ouvert lundi à Niamey son sommet annuel.\n\nRéunis au siège de "
     "l'organisation régionale, dans la capitale nigérienne, les dirigeants ont adopté un texte.",
     "Communauté des Etats sahéliens", "Niamey"),
    ("L'Alliance nordique des ports (ANP) a tenu mardi à Oslo son assemblée générale.\n\nAu siège de l'organisation, "
     "à Oslo, les délégués ont élu un nouveau bureau.", "Alliance nordique des ports", "Oslo"),
])
def test_the_seat_of_the_story_organisation(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    # the capital is never named: no town to give
    "La Communauté des Etats sahéliens (CES) a ouvert lundi son sommet annuel.\n\nRéunis au siège de "
    "l'organisation régionale, dans la capitale nigérienne, les dirigeants ont adopté un texte.",
    # no organisation leads the story
    "Les ministres se sont retrouvés lundi à Niamey.\n\nRéunis au siège de l'organisation régionale, dans la "
    "capitale nigérienne, ils ont adopté un texte.",
])
def test_no_seat_without_the_story_organisation_or_the_named_capital(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if b == "Niamey" or a.startswith("Communauté")}


@pytest.mark.parametrize("text, site, where", [
    ("Le groupe envisage de céder ses actifs au Brésil, où il exploite la mine de Serra Azul.", "Serra Azul", "Brésil"),
    ("Le chantier a pris du retard en Espagne, où Iberdrola construit la centrale d'Almaraz Norte.",
     "Almaraz Norte", "Espagne"),
])
def test_a_site_in_a_where_clause_after_a_country(nlp, text, site, where):
    assert (site, where) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Renault a annoncé des suppressions d'emplois en France, où il dirige l'usine de Renault.",
    "Il a quitté Lyon, où il dirigeait l'usine de Renault.",
])
def test_the_owner_after_a_site_noun_is_not_placed(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if a == "Renault"}


@pytest.mark.parametrize("text, building, street", [
    ("Des enseignants se sont rassemblés devant le ministère de l'Education nationale, rue de Grenelle, mardi.",
     "ministère de l'Education nationale", "rue de Grenelle"),
    ("Les visiteurs font la queue devant le musée Marmottan, rue Louis-Boilly, depuis l'aube.", "musée Marmottan",
     "rue Louis-Boilly"),
    ("Des élus ont manifesté devant la préfecture du Rhône, rue Servient, jeudi.", "préfecture du Rhône",
     "rue Servient"),
])
def test_a_building_and_its_street_after_a_comma(nlp, text, building, street):
    assert (building, street) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Selon la CGT, place de la République, les manifestants étaient nombreux.",
    "Une manifestation a eu lieu à Paris, rue de Rivoli, samedi.",
])
def test_a_town_or_a_body_with_no_building_is_not_on_the_street(nlp, text):
    assert not located(nlp, text)


@pytest.mark.parametrize("text, org, town", [
    ("Le cargo Atlas, affrété par l'ONG Mare Nostra, a secouru 80 personnes au large de la Libye, a annoncé "
     "l'organisation basée à Gênes.", "Mare Nostra", "Gênes"),
    ("L'ONG Vita Mare a secouru 40 personnes au large de Malte, a annoncé l'organisation basée à Marseille.",
     "Vita Mare", "Marseille"),
])
def test_a_body_noun_before_based_refers_to_the_one_organisation_of_the_sentence(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


def test_a_body_noun_before_based_with_two_organisations_before_it(nlp):
    text = ("Le navire Atlas, affrété par l'ONG Mare Nostra et la fondation Helios, a secouru 80 personnes, a annoncé "
            "l'organisation basée à Gênes.")
    assert not {(a, b) for a, b in located(nlp, text) if b == "Gênes"}
