"""MEMBER_OF of session 26 (helper member): a name apposed to "le parti de" / "la formation de" a person is
that person's party, whatever the name (no party word in it, no party lexicon entry). Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


def test_party_apposed_to_its_leader(nlp):
    found = _members(nlp, "Le projet de loi a été adopté grâce aux élus de Avenir commun, le parti du Premier "
                          "ministre Tigran Sarkissian.")
    assert ("Tigran Sarkissian", "Avenir commun") in found, found


def test_formation_apposed_to_its_leader(nlp):
    found = _members(nlp, "Les élections opposeront Union des patriotes, la formation du Premier ministre Levon "
                          "Aslanian, à plusieurs listes indépendantes.")
    assert ("Levon Aslanian", "Union des patriotes") in found, found


def test_no_party_without_the_apposition(nlp):
    found = _members(nlp, "Avenir commun a reçu le soutien du Premier ministre Tigran Sarkissian mardi.")
    assert ("Tigran Sarkissian", "Avenir commun") not in found, found


def test_party_of_a_title_naming_a_body(nlp):
    found = _members(nlp, "Le sénateur a rejoint Avenir commun (AC), le parti de la présidente du Conseil "
                          "Marta Ferrone, mercredi.")
    assert ("Marta Ferrone", "Avenir commun") in found, found


def test_no_party_for_a_country_apposed(nlp):
    found = _members(nlp, "Il a voyagé en Hongrie, le pays de M. Viktor Orban, la semaine dernière.")
    assert not any(s == "Viktor Orban" for s, _ in found), found


def test_country_leading_a_glossed_alliance(nlp):
    found = _members(nlp, "L'Alliance du Nord (ADN), l'alliance militaire dirigée par la Norvège, a lancé des "
                          "manoeuvres mardi.")
    assert ("Norvège", "Alliance du Nord") in found, found


def test_no_leader_without_an_organisation_named(nlp):
    found = _members(nlp, "Une coalition dirigée par le Danemark a frappé des positions rebelles.")
    assert not found, found
