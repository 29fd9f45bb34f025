"""Relations (session 9): a state office written without its country belongs to the country the
article is about (decision 21)."""
from __future__ import annotations

from extraction_helpers import triples

STORY = ("Le Portugal va relever son salaire minimum de 5 % l'an prochain, a annoncé mardi le "
         "gouvernement portugais. Le ministre des Finances, Rui Couto, a assuré à Lisbonne que la mesure "
         "serait financée sans hausse d'impôts. L'Espagne voisine avait pris une décision comparable.")


def test_a_minister_without_country_holds_office_in_the_story_country(nlp):
    assert ("Rui Couto", "HOLDS_ROLE", "Portugal") in triples(nlp, STORY)


def test_no_story_country_when_two_countries_are_named_as_often(nlp):
    text = ("Le Portugal et l'Espagne ont signé un accord sur l'eau. Le ministre des Finances, Rui Couto, "
            "a salué un texte équilibré.")
    found = triples(nlp, text)
    assert not any(s == "Rui Couto" and p == "HOLDS_ROLE" for s, p, o in found), found
