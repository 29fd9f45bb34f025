"""Session 23: the unrealised block (relations._unrealised), counted by (class, cue) over the read corpus, holds for
every pair with enough reach; these pin the pairs whose released facts the golds leave out most often."""
from extraction_helpers import has, triples


def test_accused_supply_is_no_aid(nlp):
    found = triples(nlp, "Le Portugal accuse la Norvège de fournir des armes au Danemark.")
    assert not any(p == "AID" for _, p, _ in found), found


def test_planned_meeting_is_no_consult(nlp):
    found = triples(nlp, "Le président portugais Rui Matos doit rencontrer jeudi son homologue norvégien Odd Berge.")
    assert not has(found, "Rui Matos", "CONSULT", "Odd Berge"), found


def test_threatened_sanctions_are_no_sanction(nlp):
    found = triples(nlp, "La Norvège a menacé de sanctionner le Portugal.")
    assert not any(p == "SANCTION" for _, p, _ in found), found


def test_negated_support_is_no_support(nlp):
    found = triples(nlp, "Le Portugal ne soutient pas la Norvège dans ce différend.")
    assert not any(p == "SUPPORT" for _, p, _ in found), found
