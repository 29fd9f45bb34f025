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

