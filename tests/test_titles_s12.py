"""Titles, session 12: a title before the name that the phrase walk lost (a bracketed gloss with a comma, a long
body name, an office adjective the tagger takes for a verb, a rank ordinal, an honorific with no article), an
apposed title opened by a time adverb or by "l'un des", and two coordinated national offices sharing the
country named after the second."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def titles_of(nlp, text, name):
    return next(e.titles for e in extract_entities(nlp(text)) if e.name == name)


def holds(nlp, text):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, name, role", [
    # a bracketed short form with a label, commas inside
    ("La présidente du Mouvement républicain (MR, centre), Claire Vasseur, a réclamé un vote.",
     "Claire Vasseur", "présidente"),
    # a body name of many words before the comma
    ("Le secrétaire général de la Conférence permanente des chambres consulaires de la région des Grands Lacs "
     "africains (CPCC), Martin Okonkwo, a présenté le rapport.", "Martin Okonkwo", "secrétaire général"),
    # an office adjective tagged a verb
    ("Selon la vice-présidente exécutive de la banque, Laura Mendes, les taux vont baisser.",
     "Laura Mendes", "vice-présidente exécutive"),
    # a rank ordinal before the head
    ("Le texte a été défendu par la troisième vice-présidente du gouvernement, Carmen Ortega, devant les députés.",
     "Carmen Ortega", "vice-présidente du gouvernement"),
    # an honorific with no article between the comma and the name
    ("Le ministre des Finances du Koweït, cheikh Ahmed Al-Sabah, a salué l'accord.",
     "Ahmed Al-Sabah", "ministre des Finances"),
])
def test_title_before_the_name(nlp, text, name, role):
    assert any(t.startswith(role) for t in titles_of(nlp, text, name))


@pytest.mark.parametrize("text, name, role", [
    ("Marc Tellier, jusqu'ici directeur général de la société Enerpol, a été nommé ministre.",
     "Marc Tellier", "directeur général"),
    ("Paul Girard, désormais président de la fédération, a répondu aux critiques.", "Paul Girard", "président"),
    ("Julie Baron, l'une des secrétaires générales du syndicat, a dénoncé la réforme.",
     "Julie Baron", "secrétaires générales"),
])
def test_apposed_title_after_a_lead(nlp, text, name, role):
    assert any(t.startswith(role) for t in titles_of(nlp, text, name))


def test_coordinated_offices_share_the_country(nlp):
    found = holds(nlp, "« Le temps presse », a estimé le Premier ministre et ministre de la Défense du Koweït, "
                       "cheikh Ahmed Al-Sabah, devant la presse, après sa rencontre avec l'émissaire de la France.")
    assert ("Ahmed Al-Sabah", "Koweït") in found
    assert ("Ahmed Al-Sabah", "France") not in found


def test_spaced_dash_ends_the_title(nlp):
    # the dash opens a list of the members: the leaders are their countries', not the alliance's own heads
    found = holds(nlp, "Les quatre chefs de gouvernement de l'Union andine - le Péruvien Luis Paredes et "
                       "le Bolivien Mario Quispe - se sont réunis lundi.")
    assert not any(o == "Union andine" for _, o in found)


@pytest.mark.parametrize("text, name, obj", [
    # a name the NER labels a place, apposed after an office with a nationality adjective
    ("Le ministre koweïtien du Pétrole, Salem al-Mutairi, a annoncé une hausse de la production.",
     "Salem al-Mutairi", "Koweït"),
    ("Le ministre saoudien de l'Industrie, Fahd al-Rashidi, a annoncé une hausse de la production.",
     "Fahd al-Rashidi", "Arabie saoudite"),
    # the holder, then the clause's subject: no body apposed to the name
    ("Selon le président du CNT, Rodrigo Almeida, la coalition présidentielle a remporté la majorité des sièges.",
     "Rodrigo Almeida", "CNT"),
])
def test_holder_apposed_after_an_office_is_a_person(nlp, text, name, obj):
    labels = {e.name: e.label for e in extract_entities(nlp(text))}
    assert labels[name] == "PER"
    assert (name, obj) in holds(nlp, text)
