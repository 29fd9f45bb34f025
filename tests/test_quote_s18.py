"""Session 18: a reported clause found past the adjuncts between the verb and its "que", and an aim's
infinitive that attributes nothing; on sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes


def test_que_after_a_repetition_adjunct(nlp):
    # "à plusieurs reprises" says how often, not to whom: the "que" after it opens the reported clause
    text = "La Chine a averti à plusieurs reprises qu'elle prendrait des « contre-mesures » en cas de vente d'armes à Taïwan."
    found = quotes(nlp, text)
    assert any(t.startswith("elle prendrait des « contre-mesures »") and sp == "Chine" for t, sp in found), found


def test_que_after_a_day_and_a_place(nlp):
    text = ("Un cadre d'une autre équipe, qui a requis l'anonymat, estimait samedi à Saint-Etienne que la pénalité "
            "restait « légère » au regard des faits.")
    found = quotes(nlp, text)
    assert any(t.startswith("la pénalité restait « légère »") for t, sp in found), found


def test_que_after_an_adjunct_before_ne_que(nlp):
    # the "qu'" of "ne ... qu'une" inside the clause is no second complement of the verb
    text = "La coopérative a indiqué dans un communiqué qu'elle ne perdrait qu'une « part minime » de ses ventes."
    found = quotes(nlp, text)
    assert any(t.startswith("elle ne perdrait qu'une « part minime »") for t, sp in found), found


def test_relative_que_after_an_adjunct_still_refused(nlp):
    # a second "que" (no negation before it) still makes the first one a relative pronoun
    text = "Le ministre a insisté dans le discours qu'il a prononcé que les usines resteraient ouvertes."
    found = quotes(nlp, text)
    assert not any(t.startswith("il a prononcé") for t, sp in found), found


def test_aim_infinitive_is_no_attribution(nlp):
    # "pour y répondre" is an aim inside the reported clause; the incise after it attributes the clause
    text = ("La porte-parole, Anna Berg, a jugé le vote regrettable. Stockholm utilisera « tous les moyens "
            "légaux » pour y répondre, a-t-elle prévenu.")
    found = quotes(nlp, text)
    assert ("Stockholm utilisera « tous les moyens légaux » pour y répondre", "Anna Berg") in found, found
