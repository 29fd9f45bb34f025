"""Entity boundaries and labels, session 12 (second round): a name that runs on into the clause (a day, a
participle of place), a nationality between an office and its portfolio, an Arabic name on its particle
tagged as a place, a ministry handed out as a portfolio, a lone institution noun standing for its body
(own sentences, invented people)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction_helpers import entity_labels as ents


def _names(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


# a name ends before a lower-case day or month, and before a participle that places the body
@pytest.mark.parametrize("text, name, label", [
    ("L'Union africaine basée à Addis-Abeba a condamné le coup de force.", "Union africaine", "ORG"),
    ("Le Fonds africain de garantie situé à Nairobi a été créé en 2010.", "Fonds africain de garantie", "ORG"),
])
def test_a_name_stops_before_the_clause(nlp, text, name, label):
    found = _names(nlp, text)
    assert found.get(name) == label, found
    assert not any(n.endswith(("basée", "situé")) for n in found), found


def test_a_name_stops_before_a_day(nlp):
    found = _names(nlp, "Le dirigeant Luan Berisha samedi a appelé au calme.")
    assert found.get("Luan Berisha") == "PER", found


# "Prénom al-Nom" tagged as a place is a person; places so built open on a place word
@pytest.mark.parametrize("text, name", [
    ("Pour Ghassan al-Aziz, la production doit baisser.", "Ghassan al-Aziz"),
    ("Le ministre a rencontré Haitham al-Rawi à Genève.", "Haitham al-Rawi"),
])
def test_an_arabic_name_on_its_particle_is_a_person(nlp, text, name):
    assert _names(nlp, text).get(name) == "PER"
    # places so built open on a place word and stay places
    found = _names(nlp, "Des frappes ont visé Deir ez-Zor et Charm el-Cheikh.")
    assert found.get("Deir ez-Zor") != "PER" and found.get("Charm el-Cheikh") != "PER", found


# "le ministre qatari de l'Energie": the nationality opens no organisation's name
def test_a_nationality_between_office_and_portfolio_names_no_body(nlp):
    found = _names(nlp, "Le ministre qatari de l'Energie, Khalid Nasser, a averti les Européens.")
    assert not any(label == "ORG" for label in found.values()), found
    assert found.get("Khalid Nasser") == "PER", found


# a ministry handed out, taken or left is a portfolio, not a body acting in the story
@pytest.mark.parametrize("text", [
    "Dans le nouveau cabinet, Sophie Marnet hérite du ministère de la Culture et des Sports.",
    "Paul Rinaldi, qui a succédé en mars à Anne Morel au ministère de l'Agriculture, a défendu sa réforme.",
])
def test_a_ministry_handed_out_is_no_body(nlp, text):
    found = _names(nlp, text)
    assert not any(n.startswith("ministère") for n in found), found
    # a ministry that acts stays a body
    assert _names(nlp, "Le ministère de la Culture a publié un rapport sévère.").get("ministère de la Culture") == "ORG"


# a capitalised institution noun alone after its article is the body
def test_a_lone_congress_is_a_body(nlp):
    found = ents(nlp, "Le président a demandé au Congrès d'examiner le texte avant l'été.")
    assert found.get("Congrès") == "ORG", found


def test_the_alliance_joins_the_otan_of_its_story(nlp):
    doc = nlp("L'Otan a renforcé sa présence en Estonie. La Finlande est devenue membre de l'Alliance en 2023.")
    found = [(e.name, e.label, len(e.mentions)) for e in extract_entities(doc) if e.label == "ORG"]
    assert len(found) == 1 and found[0][2] == 2, found


# "la région Normandie": an apposed region keeps its noun in its name
def test_an_apposed_region_keeps_its_noun(nlp):
    found = _names(nlp, "Les aides de la région Normandie aux petits ports ont été gelées.")
    assert found.get("région Normandie") == "LOC", found


# a country's own court keeps its branch and its seat in its name; an international court's city stays apart
@pytest.mark.parametrize("text, name", [
    ("L'Audience provinciale de Séville a jugé l'affaire mardi.", "Audience provinciale de Séville"),
    ("La Cour supérieure de justice de Asunción a tranché en appel.", "Cour supérieure de justice de Asunción"),
])
def test_a_national_court_keeps_its_seat(nlp, text, name):
    assert _names(nlp, text).get(name) == "ORG"
    found = _names(nlp, "La Cour permanente d'arbitrage de La Haye a rendu sa sentence.")
    assert "Cour permanente d'arbitrage" in found, found


# a firm named by its trade noun (plural) or a port authority is an organisation, not a place
@pytest.mark.parametrize("text, name", [
    ("Les Forges de Montbrison ont été placées en liquidation judiciaire.", "Forges de Montbrison"),
    ("Le Port autonome de Pointe-Noire a signé un contrat de concession.", "Port autonome de Pointe-Noire"),
])
def test_a_firm_named_by_its_trade_is_an_organisation(nlp, text, name):
    assert _names(nlp, text).get(name) == "ORG"


# "le président du Conseil italien": the title of a head of government, no council named
def test_a_head_of_government_title_names_no_council(nlp):
    found = _names(nlp, "Le président du Conseil italien, Marco Bellini, a répondu aux critiques.")
    assert found == {"Marco Bellini": "PER"}, found
