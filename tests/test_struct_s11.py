"""Structural relations of session 11 (helper struct): general constructions, own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# ", dans la province congolaise du Sud-Kivu": a nationality adjective between the place noun and its name
def test_place_in_a_province_with_its_nationality(nlp):
    found = triples(nlp, "Les combats ont repris autour de Walikale, dans la province congolaise du Sud-Kivu, "
                         "selon l'armée.")
    assert ("Walikale", "LOCATED_IN", "Sud-Kivu") in found, found
    found = triples(nlp, "Le convoi a quitté le camp de Farchana, dans la région tchadienne du Ouaddaï, mardi.")
    assert ("Farchana", "LOCATED_IN", "Ouaddaï") in found, found


# "M. X, 58 ans, membre de Y", "M. X, 52 ans, ancien commandant de Y": the age aside before the apposition
def test_age_aside_before_apposed_title_or_membership(nlp):
    found = triples(nlp, "Le juge a entendu Jean-Marc Dossou. M. Dossou, 52 ans, ancien commandant des milices "
                         "anti-balaka dans le nord du pays, a été transféré.")
    assert ("Jean-Marc Dossou", "HOLDS_ROLE", "anti-balaka") in found, found
    found = triples(nlp, "M. Abdou Ndiaye, 58 ans, membre de l'Union pour le progrès (UPP) de l'ancien président "
                         "Moussa Diallo, est poursuivi.")
    assert ("Abdou Ndiaye", "MEMBER_OF", "Union pour le progrès") in found, found
    assert ("Abdou Ndiaye", "MEMBER_OF", "Moussa Diallo") not in found, found  # no membership of a person
