"""Structural relations (session 8): state portfolios missing from the lexicon, members gathered "au sein de"
an organisation, an organisation's seat given after a noun that names its kind, the subject of the clause
before "Son président, X" when it is "le groupe X"."""
from __future__ import annotations

import pytest

from extraction_helpers import triples


def structural(nlp, text):
    return {t for t in triples(nlp, text) if t[1] in ("HOLDS_ROLE", "MEMBER_OF", "REPRESENTS", "LOCATED_IN",
                                                       "REPLACES")}


# --- state portfolios: the capitalised portfolio stays in the title --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le négociateur a rencontré le secrétaire d'Etat britannique à la Pêche, Oliver Penhale.",
     ("Oliver Penhale", "HOLDS_ROLE", "Royaume-Uni")),
    ("Le ministre grec de la Protection civile, Stavros Kontos, a visité la zone sinistrée.",
     ("Stavros Kontos", "HOLDS_ROLE", "Grèce")),
    ("La ministre italienne des Entreprises, Giulia Ferrante, a reçu les syndicats.",
     ("Giulia Ferrante", "HOLDS_ROLE", "Italie")),
])
def test_portfolio_in_title(nlp, text, expected):
    assert expected in structural(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Le ministre des Relations extérieures, Karl Dunmore, a rejeté la demande.", "Relations"),
    ("Le ministre de la Réconciliation nationale, Paul Ngaba, a ouvert le forum.", "Réconciliation"),
])
def test_portfolio_is_no_organisation(nlp, text, name):
    assert not any(o.startswith(name) for _, _, o in structural(nlp, text))


def test_sea_names_keep_their_noun(nlp):
    from extraction.entities import extract_entities
    names = {e.name for e in extract_entities(nlp("Des navires russes croisent en mer Baltique depuis lundi."))}
    assert "mer Baltique" in names


# --- "Le groupe X, ..., a ... Son président, Y": the subject named after its noun ------------------------

def test_possessive_officer_of_the_named_subject(nlp):
    text = ("Le projet de loi a été adopté mardi par le Sénat. Le groupe Les Centristes (LC), majoritaire à la Haute "
            "Assemblée, a apporté son soutien au gouvernement. Son président, Hervé Lantier, a salué le texte.")
    found = structural(nlp, text)
    assert ("Hervé Lantier", "HOLDS_ROLE", "Les Centristes") in found or \
        ("Hervé Lantier", "HOLDS_ROLE", "Centristes") in found
    assert not any(s == "Hervé Lantier" and o in ("Haute Assemblée", "Sénat") for s, _, o in found)


def test_possessive_officer_only_of_the_sentence_before(nlp):
    # the group named as a subject two sentences back owns no office named after another organisation's sentence
    text = ("Le groupe Les Centristes (LC), majoritaire à la Haute Assemblée, a apporté son soutien au gouvernement. "
            "Son président, Hervé Lantier, a salué le texte. Le président de la Fédération des artisans, Marc Olivier, "
            "a critiqué la réforme. Son porte-parole, Anne Lestrade, a précisé la position.")
    found = structural(nlp, text)
    assert ("Marc Olivier", "HOLDS_ROLE", "Fédération des artisans") in found
    assert not any(s == "Anne Lestrade" and "Centristes" in o for s, _, o in found)


# --- "A, B et C, réunis au sein de X" / "Regroupés au sein de X, les trois pays ...": MEMBER_OF X --------

def test_listed_names_gathered_in_an_organisation(nlp):
    found = structural(nlp, "Les trois pays nordiques, la Suède, la Norvège et le Danemark, réunis au sein du "
                            "groupe dit N3, ont obtenu un accord.")
    assert {("Suède", "MEMBER_OF", "N3"), ("Norvège", "MEMBER_OF", "N3"), ("Danemark", "MEMBER_OF", "N3")} <= found


def test_fronted_gathering_takes_the_counted_countries(nlp):
    found = structural(nlp, "Le Tchad, le Soudan et la Libye n'étaient pas représentés. Regroupés au sein de "
                            "l'Alliance du désert (ADD), les trois pays ont quitté l'Union africaine.")
    assert {("Tchad", "MEMBER_OF", "Alliance du désert"), ("Soudan", "MEMBER_OF", "Alliance du désert"),
            ("Libye", "MEMBER_OF", "Alliance du désert")} <= found
    assert not any(o == "Union africaine" for _, p, o in found if p == "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "Le Chili, réuni au sein de la commission avec des experts, a voté.",  # no named organisation
    "Des militants, réunis au sein de Greenpeace Norvège, ont manifesté.",  # no listed names
])
def test_no_gathering_without_a_list_and_a_named_body(nlp, text):
    assert not any(p == "MEMBER_OF" for _, p, _ in structural(nlp, text))


# --- "... par l'organisation basée à Genève": the organisation named before whose name the noun heads -----

def test_based_noun_heading_a_name(nlp):
    found = structural(nlp, "L'Organisation mondiale des douanes (OMD) a autorisé lundi l'Union européenne (UE) à "
                            "taxer des produits aidés par Boeing, jugés illégaux par l'organisation basée à Bruxelles.")
    assert ("Organisation mondiale des douanes", "LOCATED_IN", "Bruxelles") in found
    assert not any(s in ("Union européenne", "Boeing") for s, p, _ in found if p == "LOCATED_IN")


def test_based_noun_heading_two_names_is_unsure(nlp):
    found = structural(nlp, "L'Organisation mondiale des douanes (OMD) et l'Organisation internationale du travail "
                            "(OIT) ont salué la décision de Boeing, a précisé l'organisation basée à Genève.")
    assert not any(p == "LOCATED_IN" and o == "Genève" for _, p, o in found)


# --- "Membre de X, <organisation> ...": a fronted membership of an organisation ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La banque a publié ses comptes.\n\nMembre de la Fédération bancaire française (FBF), Crédit Rivelle n'est pas "
     "le premier établissement à réduire ses effectifs.", ("Crédit Rivelle", "MEMBER_OF", "Fédération bancaire française")),
    ("La banque a publié ses comptes.\n\nMembre du Medef depuis 2010, la société Fontenoy a quitté le syndicat.",
     ("Fontenoy", "MEMBER_OF", "Medef")),
])
def test_fronted_membership_of_an_organisation(nlp, text, expected):
    assert expected in structural(nlp, text)


def test_membership_not_fronted(nlp):
    # "membre" inside the sentence, after a verb: no fronted apposition
    found = structural(nlp, "Le ministre a rencontré un membre du Medef, puis la société Fontenoy a publié ses comptes.")
    assert ("Fontenoy", "MEMBER_OF", "Medef") not in found
