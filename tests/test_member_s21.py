"""MEMBER_OF of session 21 (helper member): a verb of composition read on the surface when the parser took it
for a noun or hung the listed members elsewhere ("Y compte A, B et C", "Y, la confédération formée par A et B",
"Y, que A forme avec B", "A forme depuis 2019 avec B l'alliance Y"). Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


def test_bloc_counts_its_members(nlp):
    found = _members(nlp, "Fondée en 1997, la SADC compte aussi le Malawi, la Zambie et le Mozambique.")
    assert {("Malawi", "SADC"), ("Zambie", "SADC"), ("Mozambique", "SADC")} <= found, found


def test_bloc_formed_by(nlp):
    found = _members(nlp, "Le ministre a évoqué l'Union du fleuve Mano, l'organisation formée par la Guinée, "
                          "la Sierra Leone et la Côte d'Ivoire, lors de sa visite.")
    assert {("Guinée", "Union du fleuve Mano"), ("Sierra Leone", "Union du fleuve Mano")} <= found, found


def test_relative_que_forms(nlp):
    found = _members(nlp, "Il a présidé le sommet du Benelux, que la Belgique forme avec les Pays-Bas et le Luxembourg.")
    assert {("Belgique", "Benelux"), ("Pays-Bas", "Benelux"), ("Luxembourg", "Benelux")} <= found, found


def test_relying_on_is_no_membership(nlp):
    found = _members(nlp, "L'Union africaine compte sur le Nigeria pour financer sa mission.")
    assert ("Nigeria", "Union africaine") not in found, found
