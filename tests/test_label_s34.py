"""Session 34 entity labels (sentences of the read corpus): a capitalised name holding an English sport's name is
a sports body or league ("Rugby Europe" tagged LOC, "World Boxing" and "Canada Soccer" tagged MISC), whatever
label the NER gave it."""
from __future__ import annotations

from extraction.entities import extract_entities


def labels(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_sport_body_named_after_a_continent(nlp):
    found = labels(nlp, "La Fédération géorgienne de rugby a annoncé samedi son retrait de Rugby Europe, l'instance "
                        "qui régit le rugby sur le continent, au lendemain du rejet par Six Nations Rugby de sa "
                        "candidature à une intégration dans le Tournoi à partir de 2060.")
    assert found.get("Rugby Europe") == "ORG", found


def test_sport_body_tagged_misc(nlp):
    found = labels(nlp, "Le Comité international olympique (CIO) a confirmé mercredi que World Boxing organiserait le "
                        "tournoi de boxe des Jeux olympiques de Brisbane en 2032, scellant la mise à l'écart de "
                        "l'Association internationale de boxe (IBA).")
    assert found.get("World Boxing") == "ORG", found
    found = labels(nlp, "Canada Soccer a fait savoir qu'elle étudiait la possibilité de faire appel devant le "
                        "Tribunal arbitral du sport (TAS).")
    assert found.get("Canada Soccer") == "ORG", found


def test_country_suffixed_sport_body(nlp):
    found = labels(nlp, "Le président de la fédération d'athlétisme du pays, Athletics Kenya, le général à la retraite "
                        "Daniel Kiprono, a jugé \"disproportionnée\" une sanction.")
    assert found.get("Athletics Kenya") == "ORG", found
    found = labels(nlp, "Athletics Kenya l'a retiré de la sélection dès l'annonce de sa suspension et l'a remplacé par "
                        "Gideon Cheruiyot Langat, quatrième du semi-marathon de Berlin l'an dernier.")
    assert found.get("Athletics Kenya") == "ORG", found
