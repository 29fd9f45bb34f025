"""Entity rules of session 9: general constructions of French wire copy (own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents

from extraction.entities import extract_entities


def mentions(nlp, text):
    return {e.name: sorted(m.text for m in e.mentions) for e in extract_entities(nlp(text))}


# small states and their capitals are in the lexicons: a capital used for its government joins the country
def test_a_small_states_capital_joins_the_country(nlp):
    found = mentions(nlp, "Le Suriname a déposé une plainte. Paramaribo accuse son voisin de violer la frontière.")
    assert "Paramaribo" in found.get("Suriname", []), found


def test_the_grand_duchy_is_luxembourg(nlp):
    found = mentions(nlp, "Le Luxembourg a voté contre. Le Grand-Duché ne veut pas payer seul, a dit Paul Weber.")
    assert "Grand-Duché" in found.get("Luxembourg", []), found


# a demonym names people, also after a contracted article or a count of people
@pytest.mark.parametrize("text, demonym", [
    ("Le roman du Bordelais Paul Roux, publié à Bordeaux, a été primé.", "Bordelais"),
    ("Des centaines de milliers de Rennais prennent le bus à Rennes chaque jour.", "Rennais"),
])
def test_a_demonym_is_no_place(nlp, text, demonym):
    assert demonym not in ents(nlp, text)


# what a minister's title names after "de" is a portfolio, known to the lexicon or not
@pytest.mark.parametrize("text, portfolio", [
    ("La Norvège, représentée à Oslo par son ministre du Changement climatique, Lars Berg, doublera son aide.",
     "Changement climatique"),
    ("Le ministre de l'Agriculture, de l'Élevage et de la Pêche, Jean Dupont, a critiqué la mesure.", "Élevage"),
    ("Le ministre de l'Éducation nationale, du Préscolaire et des Sports, Ali Bennani, a répondu.", "Préscolaire"),
    ("Les ministres de l'Environnement des pays membres du Forum des États du Sahel (FES) se sont réunis à Dakar.",
     "Environnement des pays membres"),
])
def test_a_ministers_portfolio_is_no_entity(nlp, text, portfolio):
    found = ents(nlp, text)
    assert portfolio not in found, found
    assert ents(nlp, "Le Premier ministre de Belgique a parlé lundi.").get("Belgique") == "LOC"  # a country stays


def test_the_town_of_a_court_house(nlp):
    found = ents(nlp, "Devant le palais de justice de Metz, des salariés attendaient le jugement.")
    assert found.get("Metz") == "LOC", found


def test_a_bare_court_joins_the_court_most_named(nlp):
    found = mentions(nlp, "Le Mali a remis à la Cour pénale internationale (CPI) un ancien chef rebelle. Il a été "
                          "transféré au centre de détention de la Cour, à Scheveningen. La Cour constitutionnelle "
                          "du Mali avait validé l'accord. Il sera jugé par la Cour pénale internationale.")
    assert "Cour" in found.get("Cour pénale internationale", []), found
    assert "Cour" not in found, found


def test_state_television_names_a_body(nlp):
    found = ents(nlp, "La décision a été lue à la télévision d'État ORTB par le porte-parole. "
                      "La radio d'Etat RTNC l'a reprise.")
    assert found.get("ORTB") == "ORG" and found.get("RTNC") == "ORG", found


def test_a_capitalised_title_in_a_person_span(nlp):
    found = mentions(nlp, "Des militants scandaient des slogans hostiles au Premier ministre Moussa Diouf. "
                          "Selon des témoins, la police a tiré. M. Diouf a parlé.")
    assert sorted(found.get("Moussa Diouf", [])) == ["M. Diouf", "Moussa Diouf"], found


def test_a_force_with_its_adjective_is_an_organisation(nlp):
    found = ents(nlp, "Des navires de la Garde côtière chinoise ont suivi le convoi jusqu'au port.")
    assert found.get("Garde côtière chinoise") == "ORG", found
