"""Entity labels of bodies named with a lower-case head and their town, and of places given a name
by a naming verb or a gloss (session 11)."""
from extraction.entities import extract_entities
from extraction_helpers import entity_labels


def _mentions(nlp, text):
    return {e.name: (e.label, sorted(m.text for m in e.mentions)) for e in extract_entities(nlp(text))}


def test_police_of_a_town_is_a_body(nlp):
    found = entity_labels(nlp, "La police de Namur a interpellé quatre manifestants près de la gare.")
    assert found.get("police de Namur") == "ORG"


def test_capitalised_theatre_is_a_body(nlp):
    found = entity_labels(nlp, "Elle dirige le Théâtre national de la Butte, à Lille, depuis trois ans.")
    assert found.get("Théâtre national de la Butte") == "ORG"


def test_name_given_to_a_reef_is_another_name_of_it(nlp):
    found = _mentions(nlp, "Le banc Malvoisie, appelé Tarvonga par les pêcheurs, se trouve au large de Brest.")
    assert found["banc Malvoisie"] == ("LOC", ["Tarvonga", "banc Malvoisie"])


def test_name_glossed_as_the_local_name_of_a_reef(nlp):
    found = _mentions(nlp, "Le récif Malvoisie est disputé. Des garde-côtes sont entrés dans les eaux proches de "
                           "Kerlan Jiao, le nom local du récif.")
    assert found["récif Malvoisie"] == ("LOC", ["Kerlan Jiao", "récif Malvoisie"])


def test_state_given_a_name_is_a_place(nlp):
    found = entity_labels(nlp, "Ils ont voté la création d'un Etat fédéral baptisé Nueva Cartera, avant de nommer un gouverneur.")
    assert found.get("Nueva Cartera") == "LOC"


def test_tournament_edition_named_by_its_year_is_an_event(nlp):
    found = entity_labels(nlp, "La fédération craint de ne pas se qualifier pour le Mondial 2034, a dit un dirigeant.")
    assert found.get("Mondial") != "ORG"
    found = entity_labels(nlp, "Après leur défaite en demi-finale de la Coupe du monde 2027, les joueurs sont rentrés.")
    assert found.get("Coupe du monde 2027") != "ORG"


def test_palace_and_corridor_keep_their_noun(nlp):
    found = entity_labels(nlp, "Le chef du gouvernement a été reçu au palais de la Valdemora mardi.")
    assert found.get("palais de la Valdemora") == "LOC"
    found = entity_labels(nlp, "Les troupes contrôlent le corridor de Netzarim depuis janvier.")
    assert found.get("corridor de Netzarim") == "LOC"


def test_countries_of_the_south_are_no_place(nlp):
    found = entity_labels(nlp, "Les pays du Sud réclament davantage de financements aux pays du Nord.")
    assert not {"Sud", "pays du Sud", "Nord", "pays du Nord"} & set(found)
