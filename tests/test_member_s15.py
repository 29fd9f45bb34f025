"""MEMBER_OF of session 15 (helper member): broad families of membership constructions. Own sentences."""
from __future__ import annotations

from extraction_helpers import triples


def _members(nlp, text):
    return {(s, o) for s, p, o in triples(nlp, text) if p == "MEMBER_OF"}


# "X (SIGLE), branche militaire de Y", "X, principale composante de Y": an organisation apposed to a unit noun
# of another is a body of it, whatever word heads its own name
def test_apposed_unit_of_another_body(nlp):
    found = _members(nlp, "Des combattants du Front armé du Nord (FAN), branche militaire du Parti de la renaissance, "
                          "ont attaqué un poste.")
    assert ("Front armé du Nord", "Parti de la renaissance") in found, found
    found = _members(nlp, "Le Mouvement paysan, principale composante de la Coalition du renouveau, a quitté le "
                          "gouvernement.")
    assert ("Mouvement paysan", "Coalition du renouveau") in found, found
