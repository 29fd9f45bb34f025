"""MEMBER_OF constructions of session 12 (helper member): own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# the name before a verbless aside opened by the member noun, past an age aside or "l'un des (N)"
def test_member_after_an_age_aside(nlp):
    found = triples(nlp, "M. Darnel, 61 ans, membre du Parti radical de gauche (PRG), a été nommé ministre.")
    assert ("Darnel", "MEMBER_OF", "Parti radical de gauche") in found, found
    found = triples(nlp, "Mme Lebrun, 47 ans, membre du Parti socialiste, a démissionné.")
    assert ("Lebrun", "MEMBER_OF", "Parti socialiste") in found, found


def test_one_of_the_members(nlp):
    found = triples(nlp, "La Norvège, l'un des 32 membres de l'Otan, a salué l'accord.")
    assert ("Norvège", "MEMBER_OF", "Otan") in found, found
    found = triples(nlp, "Le Chili, l'un des membres fondateurs de l'Alliance du Pacifique, a voté contre.")
    assert ("Chili", "MEMBER_OF", "Alliance du Pacifique") in found, found


# "pays/Etats membres de Y, dont A et B": the countries listed
def test_member_states_listed_after_dont(nlp):
    found = triples(nlp, "Plusieurs pays membres de l'Otan, dont la Norvège et le Danemark, ont salué l'accord.")
    assert ("Norvège", "MEMBER_OF", "Otan") in found, found
    assert ("Danemark", "MEMBER_OF", "Otan") in found, found
    found = triples(nlp, "Les Etats membres de l'UE, dont l'Italie, ont approuvé le texte.")
    assert ("Italie", "MEMBER_OF", "UE") in found, found
    found = triples(nlp, "Les pays membres de l'Otan ont salué l'accord de la Norvège.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# "X, du cabinet Y": the affiliation apposition with a kind noun (and an adjective) before the organisation's name
def test_affiliation_through_a_kind_noun(nlp):
    found = triples(nlp, "Pour l'économiste Paul Grivel, du cabinet Orlande, la crise va durer.")
    assert ("Paul Grivel", "MEMBER_OF", "Orlande") in found, found
    found = triples(nlp, "Pour Marc Pineau, du syndicat Force ouvrière, la crise va durer.")
    assert ("Marc Pineau", "MEMBER_OF", "Force ouvrière") in found, found
    found = triples(nlp, "Selon Jeanne Roux, de la région Bretagne, la crise va durer.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# a membership under a copula other than "être" (rester, devenir, demeurer), not under an infinitive (a wish)
def test_membership_under_rester_devenir(nlp):
    found = triples(nlp, "Le Chili et le Pérou sont restés membres de l'Alliance du Pacifique.")
    assert ("Chili", "MEMBER_OF", "Alliance du Pacifique") in found, found
    assert ("Pérou", "MEMBER_OF", "Alliance du Pacifique") in found, found
    found = triples(nlp, "La Bolivie, devenue membre du Mercosur en 2024, a voté contre.")
    assert ("Bolivie", "MEMBER_OF", "Mercosur") in found, found
    found = triples(nlp, "L'Ukraine souhaite devenir membre de l'Union européenne.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found


# "faire partie de" in the present (a negation breaks the phrase)
def test_fait_partie_de(nlp):
    found = triples(nlp, "Le Brésil fait partie des Brics depuis leur création.")
    assert ("Brésil", "MEMBER_OF", "Brics") in found, found
    found = triples(nlp, "Le Brésil ne fait pas partie de l'Otan.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found
