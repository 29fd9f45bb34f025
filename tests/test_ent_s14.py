"""Session 14 entities: gazetteer breadth from general knowledge and the rank before an institution noun
(sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def test_rank_before_a_court_keeps_the_body(nlp):
    es = ents(nlp, "Le journaliste a été acquitté mardi par la Haute Cour du Malawi, qui a jugé la procédure irrégulière.")
    assert es["Haute Cour du Malawi"].label == "ORG"


def test_independent_authority_of_the_gazetteer(nlp):
    es = ents(nlp, "La Défenseure des droits a saisi le gouvernement sur les conditions de détention.")
    assert es["Défenseure des droits"].label == "ORG"


def test_gazetteer_name_runs_over_its_complement(nlp):
    es = ents(nlp, "Le Haut Conseil pour le climat a publié jeudi son rapport annuel.")
    assert "Haut Conseil pour le climat" in es and es["Haut Conseil pour le climat"].label == "ORG"


def test_known_short_form_is_a_body(nlp):
    es = ents(nlp, "Les soldats de l'Amisom ont quitté la base de Baidoa.")
    assert es["Amisom"].label == "ORG"


def test_known_alliance_tagged_as_a_person(nlp):
    es = ents(nlp, "Gavi financera la campagne de vaccination, a indiqué Onusida.")
    assert es["Gavi"].label == "ORG"


def test_initials_of_a_common_noun_are_no_entity(nlp):
    assert "GNL" not in ents(nlp, "Le terminal de GNL sera livré en 2027, selon la direction.")


def test_capitalised_number_word_opens_a_place_in_a_body_name(nlp):
    es = ents(nlp, "La Mutuelle agricole des Deux-Sèvres a contesté l'arrêté préfectoral.")
    assert "Mutuelle agricole des Deux-Sèvres" in es


def test_club_of_the_gazetteer_tagged_as_a_place(nlp):
    es = ents(nlp, "Le milieu de terrain a signé mardi au Paris Saint-Germain pour quatre saisons.")
    assert es["Paris Saint-Germain"].label == "ORG"


def test_body_word_of_another_language_left_out_of_a_person(nlp):
    es = ents(nlp, "Un porte-parole de la Kivu Liberation Army a démenti toute implication.")
    assert any(e.label == "ORG" and e.name.endswith("Army") for e in es.values())


def test_bare_institution_noun_names_no_body(nlp):
    es = ents(nlp, "Les douaniers ont saisi trois tonnes de cacao. La Commission a promis une réponse rapide.")
    assert "Commission" not in es
