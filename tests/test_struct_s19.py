"""Session 19 (struct): seats and members; sentences of our own writing."""
from extraction_helpers import triples


def test_seat_of_the_body_meeting_in_the_town(nlp):
    # two banks named as often: "l'institution" is the body whose meeting is held in the town before "où"
    text = ("Le gouverneur de la Banque de Thaïlande (BOT) et le gouverneur de la Banque d'Indonésie (BI) se sont vus en marge "
            "d'une réunion de la Banque islamique de développement (BID) à Djeddah, où l'institution a son siège.")
    found = triples(nlp, text)
    assert ("Banque islamique de développement", "LOCATED_IN", "Djeddah") in found, found
    assert not any(p == "LOCATED_IN" and s.startswith("Banque de") for s, p, o in found), found


def test_secretariat_of_the_body_meeting_in_the_town(nlp):
    text = ("Le Cambodge et le Laos ont signé l'accord lors d'une réunion de l'Autorité du bassin du Niger à Niamey, "
            "où l'organisation a son secrétariat.")
    found = triples(nlp, text)
    assert ("Autorité du bassin du Niger", "LOCATED_IN", "Niamey") in found, found



def test_fronted_participle_then_a_descriptor(nlp):
    # the noun after the fronted clause stands for the company the article named
    text = ("La société Veloria a levé 40 millions d'euros auprès de ses investisseurs. Basée à Grenoble, la société "
            "emploie 120 personnes dans la région.")
    found = triples(nlp, text)
    assert ("Veloria", "LOCATED_IN", "Grenoble") in found, found


def test_seat_of_a_descriptor_with_its_complement(nlp):
    text = ("Le groupe Valorel a conclu un accord avec ses syndicats, a annoncé le fabricant de peintures, "
            "dont le siège est à Roubaix.")
    found = triples(nlp, text)
    assert ("Valorel", "LOCATED_IN", "Roubaix") in found, found
