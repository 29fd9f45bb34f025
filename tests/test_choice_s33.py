"""Session 33: the right predicate with a wrong argument (sentences written for these tests): a town placed in a
federal state named after "l'Etat <nationalité> de" is in that state, not in the country of the adjective (the
entity stage takes "l'Etat indien" for India's mention)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_town_in_a_federal_state_after_dans(nlp):
    found = triples(nlp, "Des centaines de familles ont été évacuées à Ranchi, dans l'État indien du Jharkhand, "
                         "après des pluies torrentielles.")
    assert has(found, "Ranchi", "LOCATED_IN", "Jharkhand")
    assert not has(found, "Ranchi", "LOCATED_IN", "Inde")


def test_state_capital_apposition(nlp):
    found = triples(nlp, "Les deux ministres se sont retrouvés jeudi à Cuiabá, capitale de l'Etat brésilien du Mato "
                         "Grosso, pour une réunion sur la forêt.")
    assert has(found, "Cuiabá", "LOCATED_IN", "Mato Grosso")
    assert has(found, "Mato Grosso", "LOCATED_IN", "Brésil")
    assert not has(found, "Cuiabá", "LOCATED_IN", "Brésil")


def test_province_with_nationality_still_reads(nlp):
    found = triples(nlp, "Des combats ont éclaté près de Goma, dans la province congolaise du Nord-Kivu, selon des "
                         "sources locales.")
    assert has(found, "Goma", "LOCATED_IN", "Nord-Kivu")


def test_pronoun_under_fait_savoir_is_the_speaking_body(nlp):
    found = triples(nlp, "Le ministre de l'Intérieur, Karl Weber, a critiqué la grève. L'Union des cheminots allemands a "
                         "fait savoir qu'elle accusait la Deutsche Bahn de mentir aux usagers.")
    assert has(found, "Union des cheminots allemands", "ACCUSE", "Deutsche Bahn")
    assert not has(found, "Karl Weber", "ACCUSE", "Deutsche Bahn")


def test_pronoun_under_tenu_a_preciser(nlp):
    found = triples(nlp, "Karl Weber, le ministre de l'Intérieur, s'est exprimé lundi. Le syndicat IG Metall a tenu à "
                         "préciser qu'il soutenait la demande du Land de Bavière.")
    assert has(found, "IG Metall", "SUPPORT", "Land de Bavière")
    assert not has(found, "Karl Weber", "SUPPORT", "Land de Bavière")
