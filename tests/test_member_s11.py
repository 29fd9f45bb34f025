"""MEMBER_OF constructions of session 11 (helper mem): own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# a lower-case movement after a person noun (or "milice(s)") in the apposition of the people before it
def test_militia_named_like_an_adjective(nlp):
    found = triples(nlp, "Le tribunal juge Paul Dimbi et Marc Toko, deux anciens responsables anti-balaka dont le "
                         "procès commence.")
    assert ("Paul Dimbi", "MEMBER_OF", "anti-balaka") in found, found
    assert ("Marc Toko", "MEMBER_OF", "anti-balaka") in found, found
    found = triples(nlp, "M. Kpando, 47 ans, ancien commandant des milices anti-balaka dans le Nord, a été arrêté.")
    assert ("Kpando", "MEMBER_OF", "anti-balaka") in found, found
    found = triples(nlp, "La cour a condamné Jean Zoulou, ancien commandant d'une milice anti-balaka active à Bouar.")
    assert ("Jean Zoulou", "MEMBER_OF", "anti-balaka") in found, found


# "X, qui réunit A, B et C": the parties or countries a named grouping (or "le bloc" of the headline) unites
def test_grouping_that_unites_its_members(nlp):
    found = triples(nlp, "La réforme est la mesure phare de la coalition dite Tamaris, qui réunit le Parti vert, "
                         "le Parti libéral et le Parti chrétien-social.")
    assert ("Parti vert", "MEMBER_OF", "Tamaris") in found, found
    assert ("Parti chrétien-social", "MEMBER_OF", "Tamaris") in found, found
    found = triples(nlp, "L'Alliance andine ajourne son sommet\n\nLes dirigeants de l'Alliance andine ont ajourné "
                         "leur sommet jeudi. Le bloc régional, qui regroupe la Bolivie, la Colombie et le Pérou, "
                         "espérait conclure un accord.")
    assert ("Bolivie", "MEMBER_OF", "Alliance andine") in found, found
    assert ("Pérou", "MEMBER_OF", "Alliance andine") in found, found
    found = triples(nlp, "Le Forum de Davos, qui réunit la France, l'Inde et le Brésil, s'ouvre lundi.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found  # a meeting has guests, no members
    found = triples(nlp, "Le collectif, qui réunit usagers et élus de la Drôme et de l'Ardèche, a manifesté.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# one is a member of a body, never of a place ("rejoindre le projet de gazoduc A-B")
def test_no_membership_of_a_place(nlp):
    found = triples(nlp, "La Gambie et le Liberia ont signé un accord avec le Ghana pour rejoindre le projet "
                         "d'oléoduc Ghana-Togo.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# "X, affilié à Y" (over a bracketed short form and a short apposition): X is MEMBER_OF Y
def test_affiliated_to_an_organisation(nlp):
    found = triples(nlp, "Une embuscade revendiquée par le Front de libération du Macina (FLM), groupe jihadiste "
                         "affilié à Al-Qaïda, a fait dix morts.")
    assert ("Front de libération du Macina", "MEMBER_OF", "Al-Qaïda") in found, found
    found = triples(nlp, "Marc Gagnon, président du Syndicat des cols bleus de Laval, affilié à la Confédération des "
                         "syndicats nationaux (CSN), a dénoncé la décision.")
    assert ("Syndicat des cols bleus de Laval", "MEMBER_OF", "Confédération des syndicats nationaux") in found, found
    found = triples(nlp, "L'enquête est menée par l'Office anticorruption (OAC), un service rattaché au ministère "
                         "fédéral de la Justice, depuis mars.")
    assert ("Office anticorruption", "MEMBER_OF", "ministère fédéral de la Justice") in found, found
    found = triples(nlp, "Le Mali fait face aux violences de groupes jihadistes affiliés à Al-Qaïda.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found
