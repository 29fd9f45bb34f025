"""HOLDS_ROLE object of session 22 (helper roleobj): a capitalised portfolio word after a minister's title
("le ministre de la Défense") is no reference back to an organisation whose name or introducing noun holds that
word ("le pacte de défense Aukus", "Santé publique France"). Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _roles(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "HOLDS_ROLE"}


def test_defence_portfolio_is_no_alliance(nlp):
    found = _roles(nlp, "Le Canada envisage de rejoindre le pacte de défense Aukus. La ministre canadienne de la "
                        "Défense, Anita Brandt, a confirmé des discussions.")
    assert ("Anita Brandt", "Aukus") not in found, found
    assert ("Anita Brandt", "Canada") in found, found


def test_health_portfolio_is_no_agency(nlp):
    found = _roles(nlp, "Santé publique France a publié jeudi son bilan. La ministre du Travail et de la Santé, "
                        "Claire Dumont, a annoncé un plan.")
    assert ("Claire Dumont", "Santé publique France") not in found, found


def test_remit_adjective_names_no_organisation(nlp):
    found = _roles(nlp, "L'Union européenne a versé une aide à la Géorgie. Le commissaire européen a rencontré à "
                        "Tbilissi le vice-Premier ministre chargé de l'intégration européenne, Levan Abashidze.")
    assert ("Levan Abashidze", "Union européenne") not in found, found
