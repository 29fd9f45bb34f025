"""Session 27 entities: universities and qualified hospitals in lower case are bodies, other names of Iran, the
Emirates and Israel, bare compass points (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def labels(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_university_of_a_region_is_a_body(nlp):
    found = labels(nlp, "Une équipe de l'université de Saskatchewan a publié mardi une étude sur les glaciers.")
    assert found.get("université de Saskatchewan") == "ORG"
    assert "Saskatchewan" not in found  # named only inside the body's name


def test_university_keeps_a_place_named_elsewhere(nlp):
    found = labels(nlp, "Les étudiants de l'université de Tartu ont défilé. Tartu accueille aussi un festival en mai.")
    assert found.get("université de Tartu") == "ORG"
    assert found.get("Tartu") == "LOC"


def test_qualified_hospital_is_a_body(nlp):
    found = labels(nlp, "Trois blessés ont été transférés vers l'hôpital universitaire de Kassala dans la nuit.")
    assert found.get("hôpital universitaire de Kassala") == "ORG" and found.get("Kassala") == "LOC"


def test_hospital_centre_is_a_body(nlp):
    found = labels(nlp, "Les urgences du centre hospitalier de Guéret seront fermées la nuit dès lundi.")
    assert found.get("centre hospitalier de Guéret") == "ORG"


def test_bare_hospital_stays_the_town(nlp):
    found = labels(nlp, "Le blessé a été conduit à l'hôpital de Guéret, selon les pompiers.")
    assert not any(name.startswith("hôpital") for name in found)


def test_departement_in_brackets_is_no_short_form(nlp):
    found = extract_entities(nlp("Les urgences du centre hospitalier de Guéret (Creuse) fermeront la nuit."))
    assert any(e.name == "Creuse" and e.label == "LOC" for e in found)


def test_islamic_republic_is_iran(nlp):
    found = extract_entities(nlp("L'Iran a rejeté l'offre jeudi. La République islamique exige la levée des sanctions."))
    assert [e.name for e in found if e.label == "LOC"] == ["Iran"]


def test_bare_south_is_no_place(nlp):
    found = labels(nlp, "Les frappes ont visé le Sud mardi, selon l'armée libanaise.")
    assert "Sud" not in found
