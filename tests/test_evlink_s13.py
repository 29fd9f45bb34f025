"""Argument linking of event relations, session 13 (helper evlink): own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# "en faveur de Y" names who benefits from an aid noun, wherever the parser hangs it in the amount's chain;
# a granting or approving verb is light for the aid noun it takes as object
def test_aid_in_favour_of_approved(nlp):
    found = triples(nlp, "La Banque mondiale a approuvé mardi un prêt de 450 millions de dollars en faveur du Malawi.")
    assert ("Banque mondiale", "AID", "Malawi") in found, found


def test_aid_in_favour_of_released(nlp):
    found = triples(nlp, "Le Danemark a débloqué une aide d'urgence en faveur du Népal.")
    assert ("Danemark", "AID", "Népal") in found, found


def test_names_after_an_indefinite_description(nlp):
    found = triples(nlp, "Le Canada a imposé des sanctions contre deux chefs d'une milice, "
                         "le commandant Jean Ruzinda et le colonel Marc Habiyakare.")
    assert ("Canada", "SANCTION", "Jean Ruzinda") in found, found
    assert ("Canada", "SANCTION", "Marc Habiyakare") in found, found
    # a place after the comma is no name of the description
    found = triples(nlp, "Le Maroc a signé un accord avec une entreprise publique, au Sénégal, pour dessaler l'eau.")
    assert not any(p == "AGREE" and "Sénégal" in (s, o) for s, p, o in found), found


def test_talks_with_a_described_fund(nlp):
    found = triples(nlp, "Le FC Nantes a engagé des discussions avec un fonds d'investissement suisse, "
                         "Alpenrose Capital, en vue d'une reprise du club.")
    assert any(p == "CONSULT" and "Alpenrose Capital" in (s, o) for s, p, o in found), found


# the giver of an aid named after its amount, wherever the parser hangs it in the amount's chain
def test_giver_after_the_amount(nlp):
    found = triples(nlp, "La commissaire Anna Lindqvist a annoncé une aide de 12 millions d'euros "
                         "de la Banque mondiale au Burundi.")
    assert ("Banque mondiale", "AID", "Burundi") in found, found
    assert not any(p == "AID" and s == "Anna Lindqvist" for s, p, o in found), found


# a month between the light verb and its event noun is a date the parser made the noun's head
def test_event_noun_after_a_month(nlp):
    found = triples(nlp, "Le Stade Brestois a engagé depuis février des discussions avec un fonds américain, "
                         "Copperline Partners, en vue d'un rachat.")
    assert any(p == "CONSULT" and "Copperline Partners" in (s, o) for s, p, o in found), found


# where forces are sent, after a locution of nearness or a direction
def test_deployed_around_a_place(nlp):
    found = triples(nlp, "La Chine a déployé une dizaine de navires autour de l'archipel des Spratleys.")
    assert ("Chine", "MOBILIZE", "Spratleys") in found, found


def test_deployment_south_of_a_river(nlp):
    found = triples(nlp, "L'armée nigérienne a annoncé le déploiement de 600 soldats au sud de la rivière Komadougou.")
    assert any(p == "MOBILIZE" and o == "Komadougou" for _, p, o in found), found
