"""Session 23 entities: counted causes of fresh-story errors (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def test_capital_after_a_building_noun_is_the_city(nlp):
    es = ents(nlp, "La Finlande a protesté. Des supporters ont envahi le gymnase de Helsinki samedi soir.")
    assert "Helsinki" in es and es["Helsinki"].label == "LOC"


def test_capital_after_an_event_noun_is_the_city(nlp):
    es = ents(nlp, "Le Kenya accueille les délégués. Les discussions de Nairobi reprendront lundi, selon les organisateurs.")
    assert "Nairobi" in es and es["Nairobi"].label == "LOC"


def test_capital_for_its_government_still_joins_the_country(nlp):
    es = ents(nlp, "La Turquie a signé l'accord. Ankara a dénoncé jeudi les sanctions européennes.")
    assert "Ankara" not in es and "Turquie" in es


def test_us_department_with_its_nationality_is_a_body(nlp):
    es = ents(nlp, "Le département américain de l'Énergie a annoncé mardi de nouvelles restrictions.")
    assert es["département américain de l'Énergie"].label == "ORG"


def test_embassy_with_its_country_and_town_is_a_body(nlp):
    es = ents(nlp, "L'ambassade d'Italie à Nairobi a fermé ses portes vendredi après les manifestations.")
    assert es["ambassade d'Italie à Nairobi"].label == "ORG"
    assert es["Italie"].label == "LOC" and es["Nairobi"].label == "LOC"


def test_embassy_without_its_town_is_left_to_the_country(nlp):
    es = ents(nlp, "Des manifestants se sont rassemblés devant l'ambassade d'Italie samedi.")
    assert not any(name.startswith("ambassade") for name in es)
