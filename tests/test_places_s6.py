"""LOCATED_IN constructions of session 6 (own sentences, not the articles')."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def located(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == "LOCATED_IN"}


@pytest.mark.parametrize("text, a, b", [
    ("Des renforts ont été envoyés dans le Gard, l'Hérault et en Italie, où la crue a fait trois morts.",
     "Gard", "Hérault"),
    ("La tempête a privé d'électricité des milliers de foyers en Bretagne, la Normandie et les Pays de la Loire.",
     "Bretagne", "Normandie"),
    ("Les gendarmes ont mené des perquisitions dans le Doubs, le Jura et en Suisse.", "Doubs", "Jura"),
])
def test_a_list_of_places_is_no_containment(nlp, text, a, b):
    assert (a, b) not in located(nlp, text)


@pytest.mark.parametrize("text, town", [
    ("Le groupe de pirates a revendiqué des attaques contre plusieurs villes, dont la ville belge de Namur.",
     "Namur"),
    ("Les chercheurs ont étudié des colonies de manchots sur l'île argentine de Viedma.", "Viedma"),
    ("Des orages ont touché la ville italienne de Vérone mardi soir.", "Vérone"),
])
def test_a_nationality_adjective_alone_names_no_country(nlp, text, town):
    assert not {b for a, b in located(nlp, text) if a == town}


@pytest.mark.parametrize("text, org, town", [
    ("Le tableau a été prêté par le musée Van Gogh d'Amsterdam pour trois mois.", "musée Van Gogh", "Amsterdam"),
    ("Le dossier a été confié à la juridiction interrégionale spécialisée (JIRS) de Lyon.", "JIRS", "Lyon"),
    ("Le concert aura lieu au stade Vélodrome (Marseille) le 12 juin.", "stade Vélodrome", "Marseille"),
])
def test_an_institution_followed_by_its_town(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text", [
    "Les salariés de l'usine Stellantis de Sochaux ont débrayé mardi.",
    "Le PS de Marseille a désigné son candidat pour les municipales.",
    "Le tribunal correctionnel de Nantes a condamné l'homme à deux ans de prison.",
])
def test_a_company_party_or_court_named_by_its_town_is_not_placed(nlp, text):
    assert not {(a, b) for a, b in located(nlp, text) if a not in ("Sochaux", "Nantes", "Marseille")}


@pytest.mark.parametrize("text, org, town", [
    ("L'Organisation mondiale de la santé, qui siège à Genève, a lancé une alerte.",
     "Organisation mondiale de la santé", "Genève"),
    ("Le Parlement européen siège à Strasbourg quatre jours par mois.", "Parlement européen", "Strasbourg"),
    ("La Cour d'appel de la propriété intellectuelle (CAPI) a tranché mardi. La juridiction, qui siège à Rennes, "
     "examinait un recours.", "Cour d'appel de la propriété intellectuelle", "Rennes"),
])
def test_an_organisation_sitting_in_a_town(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


def test_a_country_sitting_in_a_council_is_not_placed(nlp):
    assert not located(nlp, "La Russie, qui siège au Conseil de sécurité, a opposé son veto.")


@pytest.mark.parametrize("text, org, town", [
    ("Fondée en 2015 à Nantes par trois ingénieurs, la société Vertigo emploie 80 personnes.", "Vertigo", "Nantes"),
    ("Le rachat de Vertigo, start-up fondée à Nantes en 2015, a été finalisé.", "Vertigo", "Nantes"),
    ("L'association Les Amis du Rail, créée à Dijon en 1990, conteste le projet.", "Amis du Rail", "Dijon"),
])
def test_an_organisation_founded_in_a_town(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


@pytest.mark.parametrize("text, town, region", [
    ("Le ministre s'est rendu en Italie, où il a rencontré son homologue à Rome.", "Rome", "Italie"),
    ("Les combats se concentrent dans la région de Kherson, où l'armée a repris le village de Pravdyne.",
     "Pravdyne", "Kherson"),
    ("Trois hommes ont été arrêtés au Portugal, où la police les a interpellés à Faro.", "Faro", "Portugal"),
])
def test_a_town_in_the_where_clause_of_a_country_or_region(nlp, text, town, region):
    assert (town, region) in located(nlp, text)


def test_the_where_clause_of_a_town_places_nothing(nlp):
    assert not located(nlp, "Il est rentré à Paris, où il a retrouvé des amis venus de Lyon.")


@pytest.mark.parametrize("text, town, region", [
    ("Les rebelles ont attaqué des positions autour de Bambari, dans la préfecture de la Ouaka, mardi.",
     "Bambari", "Ouaka"),
    ("Les combats ont repris près de Bria, dans la préfecture de la Haute-Kotto, selon l'ONU.", "Bria", "Haute-Kotto"),
    ("Port-au-Prince a demandé de l'aide. L'homme avait fui le quartier de Solino, dans le centre de "
     "Port-au-Prince, après l'incendie.", "Solino", "Port-au-Prince"),
])
def test_a_place_in_a_prefecture_or_a_capital(nlp, text, town, region):
    assert (town, region) in located(nlp, text)


@pytest.mark.parametrize("text, org, town", [
    ("Siemens a annoncé 3.000 suppressions de postes. Le directeur financier du groupe de Munich, Paul Weber, "
     "a précisé le calendrier.", "Siemens", "Munich"),
    ("Michelin a présenté ses résultats mardi. Selon le patron du fabricant de Clermont-Ferrand, la demande "
     "reste faible.", "Michelin", "Clermont-Ferrand"),
    ("Renault a signé un accord avec la ville. Le maire de Douai a salué la décision du groupe de Boulogne.",
     "Renault", "Boulogne"),
])
def test_a_company_noun_with_a_town_refers_to_the_last_company(nlp, text, org, town):
    assert (org, town) in located(nlp, text)


def test_a_capital_standing_for_its_country_still_locates_an_institution(nlp):
    text = ("Le musée Munch a prêté des toiles. Oslo a salué l'accord avec Paris. "
            "Le tableau vient du musée Munch d'Oslo.")
    assert ("musée Munch", "Oslo") in located(nlp, text)


@pytest.mark.parametrize("text, town, region", [
    ("Le village de Talloires, au bord du lac d'Annecy, accueille le festival.", "Talloires", "lac d'Annecy"),
    ("Les pêcheurs ont accosté à Kuta, au cœur de Bali, mardi.", "Kuta", "Bali"),
    ("Le ferry a accosté à Naxos, dans l'archipel des Cyclades, vendredi.", "Naxos", "Cyclades"),
])
def test_a_place_on_the_shore_or_in_the_heart_of_another(nlp, text, town, region):
    assert (town, region) in located(nlp, text)


def test_offshore_is_not_inside(nlp):
    assert not located(nlp, "Une tempête a frappé Lampedusa, au large de la Sicile.")


@pytest.mark.parametrize("text, org, place", [
    ("Allianz, premier assureur d'Allemagne, a publié ses comptes.", "Allianz", "Allemagne"),
    ("Le rachat de Carrefour, premier employeur privé de France, inquiète les syndicats.", "Carrefour", "France"),
    ("Allianz, qui emploie 150.000 personnes, est le premier assureur d'Allemagne.", "Allianz", "Allemagne"),
])
def test_a_company_ranked_among_a_places(nlp, text, org, place):
    assert (org, place) in located(nlp, text)


def test_a_client_of_a_country_is_not_in_it(nlp):
    assert not located(nlp, "Renault, deuxième client de la Chine, a réduit ses achats.")


@pytest.mark.parametrize("text, site, town", [
    ("L'air était chargé de fumée dans le centre de Rome, où le Colisée a été fermé aux visiteurs jeudi.",
     "Colisée", "Rome"),
    ("Les touristes affluent à Paris, où la tour Eiffel a rouvert ses portes mardi.", "tour Eiffel", "Paris"),
    ("Les pompiers sont intervenus à Agra, où le Taj Mahal a été évacué.", "Taj Mahal", "Agra"),
])
def test_the_place_a_where_clause_after_a_town_is_about(nlp, text, site, town):
    assert (site, town) in located(nlp, text)


@pytest.mark.parametrize("text, town, place", [
    ("Les autorités ont assigné au navire le port de Ravenne, sur l'Adriatique, à 1.600 kilomètres.",
     "Ravenne", "Adriatique"),
    ("Les combats se concentrent autour de Kherson, sur le Dniepr, depuis mardi.", "Kherson", "Dniepr"),
    ("Le ferry a accosté à Sète, sur la côte de l'Hérault, vendredi.", "Sète", "Hérault"),
])
def test_a_town_on_a_sea_river_or_coast(nlp, text, town, place):
    assert (town, place) in located(nlp, text)


def test_a_town_on_the_road_to_another_is_not_in_it(nlp):
    assert not located(nlp, "Les blindés avancent vers Pokrovsk, sur la route de Kramatorsk, selon l'armée.")


def test_a_group_named_by_a_town_is_no_company_noun(nlp):
    assert not located(nlp, "L'UE a salué l'accord. Le groupe de Visegrad s'est réuni mardi.")
