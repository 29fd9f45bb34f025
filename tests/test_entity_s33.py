"""Session 33 entities (sentences written for these tests): an English trade word ends a firm's or a think
tank's name ("Nomura Securities", "Severn Water", "Hudson Center") whatever label the NER gave it, but not a
place that ends with it after a hyphen ("Seine-Maritime")."""
from __future__ import annotations

from extraction.entities import extract_entities


def labels(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_trade_word_ends_a_firm(nlp):
    found = labels(nlp, "Selon Haruki Tanabe, analyste chez Nomura Securities, la hausse devrait durer.")
    assert found.get("Nomura Securities") == "ORG", found
    assert found.get("Haruki Tanabe") == "PER", found


def test_water_company_and_think_tank(nlp):
    assert labels(nlp, "Le régulateur a infligé une amende à Severn Water pour des rejets d'eaux usées.").get("Severn Water") == "ORG"
    assert labels(nlp, "Le chercheur Paul Dunne, du Hudson Center, estime que la trêve est fragile.").get("Hudson Center") == "ORG"


def test_hyphenated_place_stays_a_place(nlp):
    found = labels(nlp, "Le préfet de Seine-Maritime a réquisitionné les salariés de la raffinerie.")
    assert found.get("Seine-Maritime") == "LOC", found


def test_untranslated_republic_is_a_place_not_a_titled_person(nlp):
    found = labels(nlp, "Les dirigeants de la Republika Srpska ont rejeté la loi. Le président de la Republika Srpska "
                        "a dénoncé une ingérence.")
    assert found.get("Republika Srpska") == "LOC", found
