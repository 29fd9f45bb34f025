"""Owners of offices that name none, session 12: a state office in a story whose country is not settled by
counts (a tie, or no country named but by an adjective) belongs to the country the lead sentence sets the
story in; an office titled by a definite kind noun ("la présidente du syndicat") belongs to the organisation
of that kind the story named before."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def holds(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == "HOLDS_ROLE"}


# --- the lead sentence's country -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, country", [
    # no country named, only its adjective in the lead
    ("Des milliers d'infirmières tanzaniennes ont cessé le travail mardi pour réclamer une hausse des salaires.\n"
     "Le ministre de la Santé, Joseph Mrema, a promis de recevoir leurs représentants vendredi.",
     "Joseph Mrema", "Tanzanie"),
    # a capital in the lead; another country named as often further down
    ("Des centaines d'étudiants ont défilé lundi à Lomé contre la hausse des frais d'inscription.\n"
     "Le ministre de l'Enseignement supérieur, Kodjo Agbéyomé, a appelé au calme.\n"
     "Le Ghana et le Togo avaient connu un mouvement semblable l'an dernier.",
     "Kodjo Agbéyomé", "Togo"),
])
def test_state_office_takes_the_lead_country(nlp, text, person, country):
    assert (person, country) in holds(nlp, text)


def test_country_named_as_a_place_in_the_lead_is_passed_over(nlp):
    # "arrêté en Espagne" only places the arrest; the lead's government is the one its adjective names
    text = ("Un trafiquant présumé a été arrêté samedi en Espagne à la demande des autorités marocaines.\n"
            "Le ministre de la Justice, Karim Bennani, a salué une coopération exemplaire.")
    found = holds(nlp, text)
    assert ("Karim Bennani", "Maroc") in found
    assert ("Karim Bennani", "Espagne") not in found


def test_adjective_before_a_name_is_no_lead_country(nlp):
    # "le constructeur japonais Hokuto": the company's nationality, not where the story is set
    text = ("Le constructeur japonais Hokuto a annoncé jeudi la fermeture de son usine de Curitiba, une décision "
            "dénoncée par les syndicats brésiliens.\n"
            "Le ministre de l'Industrie, Paulo Menezes, a promis de chercher un repreneur.")
    found = holds(nlp, text)
    assert ("Paulo Menezes", "Brésil") in found
    assert ("Paulo Menezes", "Japon") not in found


# --- the organisation of a kind noun --------------------------------------------------------------------------

def test_office_of_the_club_named_first(nlp):
    text = ("La commission de discipline a retiré samedi deux points au FC Vallonord après les incidents du match "
            "contre l'AS Montclair.\n"
            "« Nous ferons appel », a déclaré le président du club, Henri Castagnet.")
    found = holds(nlp, text)
    assert ("Henri Castagnet", "FC Vallonord") in found
    assert ("Henri Castagnet", "AS Montclair") not in found


def test_office_of_the_union_named_before(nlp):
    # the union's name opens on another kind word ("Fédération"): only the kind noun's reference finds it
    text = ("Les adhérents de la Fédération des agents hospitaliers de Bretagne ont voté la grève lundi, a annoncé "
            "la présidente du syndicat, Odile Marchal.")
    assert ("Odile Marchal", "Fédération des agents hospitaliers de Bretagne") in holds(nlp, text)


# --- "son directeur", after a clause whose subject is a description of the organisation ----------------------

@pytest.mark.parametrize("text, person, org", [
    ("La ligue a infligé jeudi une amende au FC Riverbourg après des jets de projectiles.\n\n"
     "Le club ardennais a aussitôt annoncé son intention de faire appel. « Cette sanction est injuste », a réagi "
     "son directeur général, Paul Hennequin, dans un communiqué.",
     "Paul Hennequin", "FC Riverbourg"),
    # a paragraph opening on a curly quote: the description closes the paragraph before
    ("Le Programme alimentaire mondial a lancé mardi un appel aux donateurs pour le Sahel.\n\n"
     "Depuis Rome, l'agence onusienne a estimé que deux millions de personnes manquaient de nourriture.\n\n"
     "“Nous devons agir maintenant”, a déclaré son directeur exécutif, Anders Lindqvist.",
     "Anders Lindqvist", "Programme alimentaire mondial"),
])
def test_possessive_office_of_the_described_organisation(nlp, text, person, org):
    assert (person, org) in holds(nlp, text)
