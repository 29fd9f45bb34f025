"""Session 29 entity labels: a one-word "person" with no first name, honorific, age or name run beside it is a
body, or a place when most of its mentions are place uses (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import entity_labels as labels


def test_bare_word_sued_is_a_company(nlp):
    found = labels(nlp, "La plainte vise Kestravo, accusé d'avoir trompé ses clients. Kestravo dément.")
    assert found.get("Kestravo") == "ORG"


def test_bare_word_fined_is_a_company(nlp):
    found = labels(nlp, "Les autorités ont infligé une amende à Zentrika. Le régulateur reproche à Zentrika d'avoir "
                        "caché des données, et Zentrika conteste.")
    assert found.get("Zentrika") == "ORG"


def test_bare_word_used_as_a_place_is_a_place(nlp):
    found = labels(nlp, "Des inondations ont frappé Quintanilha lundi. Les secours sont arrivés à Quintanilha dans la nuit.")
    assert found.get("Quintanilha") == "LOC"


def test_person_with_an_age_stays_a_person(nlp):
    found = labels(nlp, "Le ministre a reçu Kerwandi, 34 ans, qui a fui la guerre. Kerwandi vit désormais à Lyon.")
    assert found.get("Kerwandi") == "PER"


def test_leader_named_by_surname_stays_a_person(nlp):
    found = labels(nlp, "Le président Poutine a reçu mardi son homologue. Poutine a salué un accord historique.")
    assert found.get("Poutine") == "PER"


def test_demonym_after_an_article_stays_a_person(nlp):
    found = labels(nlp, "Le Transalpin a remporté le tournoi.")
    assert found.get("Transalpin") in (None, "PER")
