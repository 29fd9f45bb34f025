"""Relation precision (session 26): thanks given for something are no SUPPORT (sentences written for these tests)."""
from extraction_helpers import has, triples


def test_thanks_with_a_reason_give_no_support(nlp):
    for text, thanker, thanked in [
            ("Le Premier ministre Marc Dorval a remercié l'Allemagne pour son aide.", "Marc Dorval", "Allemagne"),
            ("Le sélectionneur Jean Varel a remercié la Fédération française de football pour son engagement.",
             "Jean Varel", "Fédération française de football"),
            ("La présidente Lucie Marnier a remercié la Norvège pour avoir accueilli les pourparlers.",
             "Lucie Marnier", "Norvège")]:
        found = triples(nlp, text)
        assert not has(found, thanker, "SUPPORT", thanked), found
        assert not has(found, thanked, "SUPPORT", thanker), found


def test_bare_thanks_and_praise_stay_support(nlp):
    found = triples(nlp, "Le ministre Paul Vasseur a remercié la Suède et a appelé la Finlande à la prudence.")
    assert has(found, "Paul Vasseur", "SUPPORT", "Suède"), found
    assert has(found, "Paul Vasseur", "REQUEST", "Finlande"), found
    found = triples(nlp, "Le ministre Paul Vasseur a pour sa part remercié la Suède.")
    assert has(found, "Paul Vasseur", "SUPPORT", "Suède"), found
    found = triples(nlp, "Le ministre Paul Vasseur a salué la Suède pour son soutien.")
    assert has(found, "Paul Vasseur", "SUPPORT", "Suède"), found
