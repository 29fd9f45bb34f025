"""Argument linking of event relations, session 12 (helper link): own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# ", dont A et B" after a common noun lists the named ones among its referents
def test_named_among_a_generic_object(nlp):
    found = triples(nlp, "Le Canada a annoncé des sanctions contre une quinzaine de dirigeants birmans, "
                         "dont le chef de la police, le général Tun Myat Aung.")
    assert ("Canada", "SANCTION", "Tun Myat Aung") in found, found


def test_named_among_the_callers(nlp):
    found = triples(nlp, "Des milliers d'infirmiers ont défilé à l'appel de plusieurs syndicats, dont la CFTC "
                         "et Solidaires, contre le plan d'économies présenté par le ministre Paul Renard.")
    assert ("CFTC", "PROTEST", "Paul Renard") in found, found
    assert ("Solidaires", "PROTEST", "Paul Renard") in found, found


# "à l'appel de A et de B": both called the protest
def test_coordinated_callers(nlp):
    found = triples(nlp, "À l'appel de la CFTC et de l'Unsa, des centaines d'agents ont manifesté mardi "
                         "contre la réforme du gouvernement de Paul Renard.")
    assert ("CFTC", "PROTEST", "Paul Renard") in found, found
    assert ("Unsa", "PROTEST", "Paul Renard") in found, found


# ", une démarche dénoncée par Y": an indefinite noun apposed at a clause's end names its act; the participle's
# agents judge the clause's subject
def test_apposed_act_judged_by_agents(nlp):
    found = triples(nlp, "La Bolivie a annoncé mardi son intention de fermer sa frontière, une mesure aussitôt "
                         "dénoncée par le Pérou et par le Chili comme une provocation.")
    assert ("Pérou", "ACCUSE", "Bolivie") in found, found
    assert ("Chili", "ACCUSE", "Bolivie") in found, found


def test_apposed_claim_denied_by_a_government(nlp):
    found = triples(nlp, "Le Chili a accusé jeudi la Bolivie de détourner une rivière frontalière, une accusation "
                         "vivement rejetée par les autorités boliviennes.")
    assert ("Bolivie", "REJECT", "Chili") in found, found


# the ", dont" list read on the surface where the parser hung it on the verb
def test_named_callers_with_their_short_forms(nlp):
    found = triples(nlp, "Des dizaines de milliers de personnes ont défilé samedi dans tout le pays à l'appel de "
                         "l'ensemble des syndicats, dont la Confédération nationale des travailleurs (CNT) et "
                         "l'Union syndicale des cheminots (USC), contre le projet de loi présenté par le ministre "
                         "Paul Renard.")
    assert ("Confédération nationale des travailleurs", "PROTEST", "Paul Renard") in found, found
    assert ("Union syndicale des cheminots", "PROTEST", "Paul Renard") in found, found
