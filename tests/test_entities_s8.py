"""Entity rules of session 8: general constructions of French wire copy (own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents

from extraction.entities import extract_entities


def mentions(nlp, text):
    return {e.name: sorted(m.text for m in e.mentions) for e in extract_entities(nlp(text))}


# a capitalised institution head alone names nothing: the adjective after it is part of the name
@pytest.mark.parametrize("text, name", [
    ("Le syndicat a annoncé qu'il saisirait le Conseil constitutionnel dès le vote du texte.", "Conseil constitutionnel"),
    ("Dans la foulée, le Parlement iranien avait voté une loi suspendant la coopération.", "Parlement iranien"),
    ("Le Parlement moldave a adopté mardi la réforme électorale voulue par Ana Covrig.", "Parlement moldave"),
])
def test_an_institution_head_keeps_its_adjective(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found
    assert name.split()[0] not in found


def test_a_head_before_a_participle_is_not_extended(nlp):
    found = ents(nlp, "Le Conseil réuni lundi à Brenzac a rejeté la demande de Paul Vernet.")
    assert not any(n.startswith("Conseil réuni") for n in found), found


# "la Constitution" is a text, not an organisation
@pytest.mark.parametrize("text", [
    "Les sénateurs jugent ces dispositions contraires à la Constitution, selon Marc Delorme.",
    "Le projet prévoit un statut inscrit dans la Constitution, a expliqué Anne Ravel.",
])
def test_the_constitution_is_no_entity(nlp, text):
    found = ents(nlp, text)
    assert "Constitution" not in found, found


# a foreign short form whose letters are the initials of the whole name, not in their order
def test_a_foreign_short_form_extends_the_name_over_its_places(nlp):
    text = ("Les agents de l'Office de soutien des Nations unies en Guinée et au Liberia "
            "(UNOSGL) ont été placés en alerte. L'UNOSGL compte quarante membres.")
    found = mentions(nlp, text)
    name = "Office de soutien des Nations unies en Guinée et au Liberia"
    assert name in found and "UNOSGL" in found[name], found
    assert ents(nlp, text)[name] == "ORG"


def test_a_bracket_whose_letters_are_not_the_names_stays_apart(nlp):
    text = ("Le Groupe d'observateurs militaires des Nations unies dans l'Inde et le Pakistan (KFTR) a démenti, "
            "selon Paul Vernet.")
    found = mentions(nlp, text)
    assert not any("KFTR" in ms and "Groupe" in n for n, ms in found.items()), found


# a body's purpose after "pour", closed by punctuation, is part of its name
@pytest.mark.parametrize("text, name", [
    ("Elle a pris la tête de la Fondation Marelle pour l'art contemporain, créée en 1990.",
     "Fondation Marelle pour l'art contemporain"),
    ("Elle a rejoint l'Institut Marlin pour la recherche médicale, à Brenzac.", "Institut Marlin pour la recherche médicale"),
])
def test_a_bodys_purpose_is_part_of_its_name(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize("text", [
    "Il a remercié la Fondation Orvane pour le don.",
    "Il a remercié la Fondation Orvane pour la rapidité de sa réponse.",
])
def test_a_reason_after_pour_is_no_part_of_the_name(nlp, text):
    found = ents(nlp, text)
    assert "Fondation Orvane" in found, found
