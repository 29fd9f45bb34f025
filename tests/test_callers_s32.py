"""Session 32: the organiser of a protest protests against the owner of what it is against (sentences written for
these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_organiser_protests_against_the_owner_of_a_policy(nlp):
    found = triples(nlp, "Plusieurs milliers de pêcheurs ont manifesté mardi à Brest, à l'appel du Comité national des "
                         "pêches, contre la politique de quotas de la Commission européenne.")
    assert has(found, "Comité national des pêches", "PROTEST", "Commission européenne")


def test_organiser_protests_against_a_government_head(nlp):
    found = triples(nlp, "Des centaines de personnes ont défilé samedi à Lomé contre le gouvernement de M. Kodjo "
                         "Amegan, à l'appel de l'Alliance nationale pour le changement.")
    assert has(found, "Alliance nationale pour le changement", "PROTEST", "Kodjo Amegan")


def test_organiser_protests_in_a_purpose_clause(nlp):
    found = triples(nlp, "Des centaines d'infirmiers ont défilé jeudi à Lyon à l'appel de la CFDT pour protester "
                         "contre la décision de l'Agence régionale de santé.")
    assert has(found, "CFDT", "PROTEST", "Agence régionale de santé")


def test_the_marchers_are_not_made_protesters_of_the_owner(nlp):
    found = triples(nlp, "Des agriculteurs venus d'Espagne ont manifesté à Bruxelles à l'appel de la Coordination "
                         "rurale contre la politique agricole de l'Union européenne.")
    assert not has(found, "Espagne", "PROTEST", "Union européenne")


def test_protest_heads_leave_the_government_owner_heads_alone(nlp):
    # the called-protest rule's own list of government heads once rebound the name the possessive-title rules
    # read ("l'exécutif", "les autorités" as the owner of "son porte-parole"), so the spokesman went to the group
    for subject in ("L'exécutif malien", "Les autorités maliennes"):
        found = triples(nlp, subject + " a imputé l'attaque au JNIM. Son porte-parole, Abdoulaye Maïga, a promis "
                                       "une riposte.", with_quotes=True)
        assert has(found, "Abdoulaye Maïga", "HOLDS_ROLE", "Mali")
        assert not has(found, "Abdoulaye Maïga", "HOLDS_ROLE", "JNIM")
