"""Session 33: a possessive office apposed to a rank with a nationality ("Son commandant, le général belge X") is
the office of the force, mission or operation named just before (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_commander_of_the_force_named_before(nlp):
    found = triples(nlp, "Les renforts rejoindront la Force des Nations unies au Liban (FINUL), présente dans le sud "
                         "du pays sous l'égide de l'Organisation des Nations unies. Son commandant, le général "
                         "espagnol Aroldo Lázaro, a appelé les habitants au calme.")
    assert has(found, "Aroldo Lázaro", "HOLDS_ROLE", "FINUL") or has(
        found, "Aroldo Lázaro", "HOLDS_ROLE", "Force des Nations unies au Liban")


def test_commander_of_an_operation_introduced_by_its_noun(nlp):
    found = triples(nlp, "L'opération européenne de surveillance maritime Irini a intercepté un cargo au large de "
                         "la Libye. Son commandant, le contre-amiral italien Marco Casapieri, a salué l'action des "
                         "équipages.")
    assert has(found, "Marco Casapieri", "HOLDS_ROLE", "Irini")


def test_rank_alone_holds_no_office(nlp):
    found = triples(nlp, "La Force des Nations unies au Liban (FINUL) a renforcé ses patrouilles. Le général "
                         "espagnol Aroldo Lázaro a appelé les habitants au calme.")
    assert not any(s == "Aroldo Lázaro" and p == "HOLDS_ROLE" for s, p, o in found)


def test_force_as_complement_is_not_the_owner(nlp):
    found = triples(nlp, "La force de l'Union européenne a déployé 300 soldats en Bosnie. Son commandant, le "
                         "général autrichien Helmut Habermayer, a évoqué des incidents.")
    assert not has(found, "Helmut Habermayer", "HOLDS_ROLE", "Union européenne")
