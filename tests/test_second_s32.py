"""Session 32: the second argument (sentences written for these tests): a plural common noun that resolves to the
first name of a list after it stands for every name of the list."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_plural_noun_names_each_listed_company(nlp):
    found = triples(nlp, "Berlin a annoncé lundi l'exclusion des équipementiers chinois Huawei et ZTE de son réseau, "
                         "a indiqué le ministère allemand de l'Intérieur.")
    assert has(found, "Allemagne", "SANCTION", "Huawei")
    assert has(found, "Allemagne", "SANCTION", "ZTE")


def test_singular_noun_keeps_its_one_name(nlp):
    found = triples(nlp, "Berlin a annoncé lundi l'exclusion de l'équipementier chinois Huawei, et Paris étudie le "
                         "cas de ZTE, a indiqué le ministère allemand de l'Intérieur.")
    assert has(found, "Allemagne", "SANCTION", "Huawei")
    assert not has(found, "Allemagne", "SANCTION", "ZTE")


def test_plural_place_noun_locates_each_listed_town(nlp):
    found = triples(nlp, "L'Espagne accueillera le tournoi en mai dans les villes espagnoles de Valence, Séville et "
                         "Bilbao, dans des salles neuves.")
    assert has(found, "Valence", "LOCATED_IN", "Espagne")
    assert has(found, "Bilbao", "LOCATED_IN", "Espagne")


def test_singular_place_noun_does_not_take_the_next_town(nlp):
    found = triples(nlp, "L'Espagne accueillera le tournoi dans la ville espagnole de Valence et à Lisbonne, selon "
                         "les organisateurs.")
    assert has(found, "Valence", "LOCATED_IN", "Espagne")
    assert not has(found, "Lisbonne", "LOCATED_IN", "Espagne")
