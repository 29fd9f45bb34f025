"""Lexicon breadth, session 12: well-known companies, parties and armed movements the NER takes for a
person, a place or a work; short forms and full names of institutions joined into one organisation;
first names of many languages giving a speaker's gender; common nouns written as initials (own sentences,
invented people)."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction_helpers import entity_labels as ents
from extraction_helpers import quotes


# a company, a party or an armed movement of the lexicons is an organisation wherever it is named bare
@pytest.mark.parametrize("text, name", [
    ("Les députés de Sumar ont menacé de quitter la coalition.", "Sumar"),
    ("L'usine appartient désormais à Odebrecht, qui conteste la décision.", "Odebrecht"),
    ("Les pilotes de Transavia ont entamé une grève vendredi.", "Transavia"),
    ("Stellantis a annoncé jeudi la suppression de 500 postes.", "Stellantis"),
    ("La ministre a reçu les dirigeants de Nvidia et d'OpenAI.", "OpenAI"),
    ("Le Rêve géorgien a remporté les élections législatives.", "Rêve géorgien"),
    ("Les combattants du Jnim ont attaqué un poste militaire.", "Jnim"),
])
def test_a_known_body_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# an institution named by its full name and by its initials, not side by side, is one organisation
@pytest.mark.parametrize("text, name", [
    ("L'Agence internationale de l'énergie a relevé ses prévisions. Pour l'AIE, la demande de pétrole progresse.",
     "Agence internationale de l'énergie"),
    ("La Commission nationale de l'informatique et des libertés a sanctionné l'entreprise. La Cnil lui reproche "
     "un manque de transparence.", "Commission nationale de l'informatique et des libertés"),
])
def test_initials_and_full_name_are_one_organisation(nlp, text, name):
    found = [(e.name, e.label, len(e.mentions)) for e in extract_entities(nlp(text))]
    assert found == [(name, "ORG", 2)], found


# "il"/"elle" after two people goes to the one whose first name has that gender
@pytest.mark.parametrize("text, speaker", [
    ("L'avocat Tomasz Nowak a rencontré mardi la juge Zeynep Arslan. « Le dossier est complet », a-t-elle assuré.",
     "Zeynep Arslan"),
    ("Priya Menon s'est entretenue avec Jürgen Albers. « Nous restons prudents », a-t-il dit.", "Jürgen Albers"),
    ("Jürgen Albers s'est entretenu avec Priya Menon. « Nous restons prudents », a-t-elle dit.", "Priya Menon"),
])
def test_first_names_give_the_speaker_gender(nlp, text, speaker):
    found = quotes(nlp, text)
    assert [sp for _, sp in found] == [speaker], found


# a common noun written as initials names no body ("des SUV", "le PIB")
def test_initials_of_a_common_noun_are_no_entity(nlp):
    found = ents(nlp, "Le groupe veut fabriquer des SUV électriques à bas coût.")
    assert "SUV" not in found, found


# a world region the NER takes for a work is a place; a climate conference by its number is an organisation
@pytest.mark.parametrize("text, name, label", [
    ("Le Moyen-Orient reste la première région exportatrice de pétrole.", "Moyen-Orient", "LOC"),
    ("Les négociateurs se retrouveront à la COP29 en novembre.", "COP29", "ORG"),
])
def test_regions_and_numbered_conferences(nlp, text, name, label):
    found = ents(nlp, text)
    assert found.get(name) == label, found
