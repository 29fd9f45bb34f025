"""Session 26 entities: a site named after the place it stands at is that place (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def labels(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_naval_base_is_its_town(nlp):
    found = labels(nlp, "Deux frégates ont quitté mardi la base navale de Vardøhavn pour un exercice de dix jours.")
    assert found.get("Vardøhavn") == "LOC"
    assert not any(name.startswith("base") for name in found)


def test_launch_site_is_its_place(nlp):
    found = labels(nlp, "La fusée a décollé du cosmodrome de Kourovka avec trois satellites à son bord.")
    assert found.get("Kourovka") == "LOC"
    assert not any(name.startswith("cosmodrome") for name in found)


def test_site_place_tagged_as_person_is_a_place(nlp):
    found = labels(nlp, "Les soldats sont arrivés à la base militaire de Tenkara, selon l'armée.")
    assert found.get("Tenkara") == "LOC"


def test_shipyard_with_adjective_is_its_town(nlp):
    found = labels(nlp, "Les ouvriers du chantier naval de Bralnik ont cessé le travail lundi matin.")
    assert found.get("Bralnik") == "LOC"
    assert not any(name.startswith("chantier") for name in found)



def test_bloc_named_both_ways_is_one_body(nlp):
    found = extract_entities(nlp("Les ministres du Marché commun du Sud se réunissent jeudi. Le Mercosur veut conclure "
                                 "l'accord avant la fin de l'année."))
    bloc = [e for e in found if e.name == "Marché commun du Sud"]
    assert len(bloc) == 1 and not any(e.name == "Mercosur" for e in found)


def test_army_by_nationality_and_formal_name_is_one_body(nlp):
    found = extract_entities(nlp("Les Forces armées maliennes ont repris la localité mardi. Selon un responsable local, "
                                 "l'armée malienne a perdu trois soldats."))
    assert [e.name for e in found if "arm" in e.name.lower()] == ["Forces armées maliennes"]


def test_farmers_lobby_is_a_body(nlp):
    found = labels(nlp, "Le Copa-Cogeca a appelé les agriculteurs à manifester devant le Parlement européen.")
    assert found.get("Copa-Cogeca") == "ORG"
