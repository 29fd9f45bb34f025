"""Session 28 entities: a river named with its noun, "Burkina" for Burkina Faso, a town's first word for the town
named with a particle (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def labels(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_river_is_named_without_its_noun(nlp):
    found = labels(nlp, "Des orpailleurs clandestins ont été interpellés mardi sur les rives du fleuve Oyapock.")
    assert found.get("Oyapock") == "LOC"
    assert not any(name.startswith("fleuve") for name in found)


def test_river_named_twice_is_one_place(nlp):
    found = extract_entities(nlp("Le fleuve Tocantins est en crue. Les riverains du Tocantins ont été évacués."))
    assert [e.name for e in found if "Tocantins" in e.name] == ["Tocantins"]


def test_lake_keeps_its_noun(nlp):
    found = labels(nlp, "Les pêcheurs du lac Kivu ont repris leurs sorties jeudi.")
    assert "Kivu" not in found or found.get("lac Kivu") == "LOC"


def test_burkina_is_burkina_faso(nlp):
    found = extract_entities(nlp("Le Burkina Faso a fermé sa frontière. Le Burkina accuse ses voisins d'inaction."))
    burkina = [e for e in found if e.name.startswith("Burkina")]
    assert len(burkina) == 1 and burkina[0].name == "Burkina Faso"


def test_town_first_word_joins_the_town(nlp):
    found = extract_entities(nlp("Le carnaval de Rio de Janeiro s'est ouvert vendredi. À Rio, les hôtels affichent complet."))
    rio = [e for e in found if e.name.startswith("Rio")]
    assert len(rio) == 1 and rio[0].name == "Rio de Janeiro"


def test_country_with_a_particle_stays_apart(nlp):
    found = labels(nlp, "L'Irlande du Nord et l'Irlande ont signé un accord sur l'énergie mardi.")
    assert found.get("Irlande du Nord") == "LOC" and found.get("Irlande") == "LOC"


def test_states_plural_name_the_state(nlp):
    found = labels(nlp, "Des pluies diluviennes ont frappé les Etats de Paraíba et de Pernambouc, selon la Défense civile.")
    assert found.get("Paraíba") == "LOC"
    assert not any(name.startswith(("Etats", "États")) for name in found)
