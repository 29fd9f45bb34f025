"""MEMBER_OF of session 28 (helper members): the states listed as an organisation's founders are its members,
every one; a player's name the NER ran into the team's after a post is cut so the title reads. Own sentences."""
from __future__ import annotations

from extraction_helpers import entity_labels, triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


def test_founders_apposed_to_the_body(nlp):
    found = _members(nlp, "La Ligue des lacs, fondée en 2004 par le Kenya, l'Ouganda et la Tanzanie, siège à "
                          "Kampala.")
    assert {("Kenya", "Ligue des lacs"), ("Ouganda", "Ligue des lacs"), ("Tanzanie", "Ligue des lacs")} <= found, found


def test_founders_fronted_before_the_body(nlp):
    found = _members(nlp, "Créé en 2011 par le Chili, le Pérou et la Colombie, le Forum andin du Pacifique "
                          "compte désormais dix observateurs.")
    assert {("Chili", "Forum andin du Pacifique"), ("Pérou", "Forum andin du Pacifique"),
            ("Colombie", "Forum andin du Pacifique")} <= found, found


def test_founders_of_a_passive(nlp):
    found = _members(nlp, "L'Alliance du Nord a été créée en 2019 par le Ghana et le Togo.")
    assert {("Ghana", "Alliance du Nord"), ("Togo", "Alliance du Nord")} <= found, found


def test_no_membership_when_a_founder_is_no_state(nlp):
    found = _members(nlp, "L'Observatoire des forêts, créé par la France et des associations, publie un rapport.")
    assert not found, found


def test_player_cut_from_the_team(nlp):
    text = "La ligue a suspendu mardi l'ailier des Denver Comets Thomas Whitby pour six matches."
    labels = entity_labels(nlp, text)
    assert labels.get("Denver Comets") == "ORG" and labels.get("Thomas Whitby") == "PER", labels
    assert ("Thomas Whitby", "Denver Comets") in _members(nlp, text)


def test_defender_is_a_member_title(nlp):
    found = _members(nlp, "Le défenseur du Sporting Lisbonne, Bruno Tavares, a été suspendu deux matches.")
    assert ("Bruno Tavares", "Sporting Lisbonne") in found, found


def test_no_cut_without_a_post(nlp):
    labels = entity_labels(nlp, "Le directeur des Editions Gallimard Antoine Lefort a parlé.")
    assert "Gallimard" not in labels, labels
