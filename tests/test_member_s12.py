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


# players' posts are member titles of the club or team named; "l'eurodéputé X" of the Parliament named in the story
def test_player_posts_and_member_nouns(nlp):
    found = triples(nlp, "Le milieu de terrain de l'OM Paulo Serra a marqué.")
    assert ("Paulo Serra", "MEMBER_OF", "OM") in found, found
    found = triples(nlp, "Le buteur du Real Madrid Carlos Benito a marqué.")
    assert ("Carlos Benito", "MEMBER_OF", "Real Madrid") in found, found
    found = triples(nlp, "Le Parlement européen a voté. L'eurodéputé Pascal Varin a salué le texte.")
    assert ("Pascal Varin", "MEMBER_OF", "Parlement européen") in found, found


# an agency's representative posted in a country holds its office; a representative with no posting speaks for it
def test_agency_representative_posted_in_a_country(nlp):
    found = triples(nlp, "La représentante du HCR au Niger, Julie Marcot, a alerté sur la situation.")
    assert ("Julie Marcot", "HOLDS_ROLE", "HCR") in found, found
    assert ("Julie Marcot", "REPRESENTS", "HCR") not in found, found
    found = triples(nlp, "Le représentant de l'UE, Paul Lemaire, a alerté sur la situation.")
    assert ("Paul Lemaire", "REPRESENTS", "UE") in found, found


# "Son avocate, Me Y" after the judge or prosecutor spoke: the client is the trial's defendant, not the magistrate
def test_possessive_lawyer_after_the_prosecutor(nlp):
    text = ("Le tribunal de Caen juge depuis lundi Paul Marceau, ancien maire de Lisieux. M. Marceau conteste les "
            "faits. Le procureur Jean Durand a requis trois ans de prison. « Il a trahi la confiance des habitants », "
            "a-t-il lancé. Son avocate, Me Claire Besson, a plaidé la relaxe.")
    found = triples(nlp, text)
    assert ("Claire Besson", "REPRESENTS", "Paul Marceau") in found, found
    assert ("Claire Besson", "REPRESENTS", "Jean Durand") not in found, found
