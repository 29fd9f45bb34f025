"""Roles, session 12: breadth of office nouns (state, local, business, sport, church, academia), a plural
title whose two coordinated nationality adjectives are shared out over two coordinated names, and a
"secrétaire" with a state portfolio (a minister in the American or British usage)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def structural(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate in ("HOLDS_ROLE", "MEMBER_OF", "REPRESENTS")}


# --- plural title, two coordinated nationalities, two coordinated names ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Les ministres de l'Intérieur français et belge, Marc Dubreuil et Sofie Peeters, ont signé jeudi un accord "
     "sur les patrouilles frontalières.",
     {("Marc Dubreuil", "HOLDS_ROLE", "France"), ("Sofie Peeters", "HOLDS_ROLE", "Belgique")}),
    ("Les présidents kényan et tanzanien, Daniel Mwangi et Joseph Mrema, se sont retrouvés mardi à Arusha.",
     {("Daniel Mwangi", "HOLDS_ROLE", "Kenya"), ("Joseph Mrema", "HOLDS_ROLE", "Tanzanie")}),
])
def test_coordinated_nationalities_shared_out(nlp, text, expected):
    found = structural(nlp, text)
    assert expected <= found
    # each name takes its own adjective's country, never the other's
    assert len({(s, o) for s, p, o in found if p == "HOLDS_ROLE"}) == len(expected)


# --- "secrétaire" with a state portfolio -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le secrétaire américain au Trésor, John Whitaker, a promis une réponse rapide aux marchés.",
     ("John Whitaker", "HOLDS_ROLE", "États-Unis")),
    ("La secrétaire britannique à la Défense, Helen Marsh, a annoncé l'envoi de deux frégates.",
     ("Helen Marsh", "HOLDS_ROLE", "Royaume-Uni")),
])
def test_secretary_with_state_portfolio(nlp, text, expected):
    assert expected in structural(nlp, text)
    # without a portfolio the secretary of a body holds no office of a country
    other = structural(nlp, text.replace("au Trésor", "de l'association").replace("à la Défense", "du club"))
    assert expected not in other


# --- office nouns --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La numéro deux de la Confédération paysanne, Odile Ferrand, a dénoncé un accord « déséquilibré ».",
     ("Odile Ferrand", "HOLDS_ROLE", "Confédération paysanne")),
    ("L'édile de Perpignan, Louis Castanier, a réclamé des renforts de police.",
     ("Louis Castanier", "HOLDS_ROLE", "Perpignan")),
    ("L'évêque de Quimper, Mgr Hervé Le Goff, a célébré la messe.",
     ("Hervé Le Goff", "HOLDS_ROLE", "Quimper")),
])
def test_office_nouns_s12(nlp, text, expected):
    assert expected in structural(nlp, text)
