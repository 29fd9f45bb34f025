"""Session 21: 'détenir' is a COERCE only on a person (lexicon person_objects): a company held by a state is
owned. Sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, obj", [
    ("Le groupe minier Valmora, détenu à 60 % par l'État chilien, a son siège à Santiago.", "Chili", "Valmora"),
    ("La société Brentix, détenue majoritairement par l'État belge, exploite trois ports.", "Belgique", "Brentix"),
    ("La Russie détient la société Brentix depuis 2022.", "Russie", "Brentix"),
])
def test_company_held_is_owned(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert not has(found, subject, "COERCE", obj), found


@pytest.mark.parametrize("text, subject, obj", [
    ("Le Kenya détient toujours le militant Tomas Varga.", "Kenya", "Tomas Varga"),
    ("Le journaliste Tomas Varga est détenu par l'Iran depuis mars.", "Iran", "Tomas Varga"),
])
def test_person_held_is_detained(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert has(found, subject, "COERCE", obj), found
