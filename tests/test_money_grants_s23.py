"""Session 23: a sum of money given or pledged to someone named after 'à' (or 'en faveur de') is AID, though the
verb ('promettre', 'accorder', 'proposer') is no AID trigger alone. Sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, obj", [
    ("Le Japon a accordé mardi 30 millions de dollars au Kenya.", "Japon", "Kenya"),
    ("La Suède a promis 12 millions d'euros à la Moldavie.", "Suède", "Moldavie"),
    ("Le Canada a proposé au Pérou 8 millions de dollars pour reconstruire ses routes.", "Canada", "Pérou"),
])
def test_sum_given_to_someone_is_aid(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert has(found, subject, "AID", obj), found


@pytest.mark.parametrize("text, subject, obj", [
    ("Le Japon a accordé un entretien au Kenya.", "Japon", "Kenya"),
    ("La Suède n'a pas promis 12 millions d'euros à la Moldavie.", "Suède", "Moldavie"),
])
def test_no_sum_or_no_gift_is_no_aid(nlp, text, subject, obj):
    found = triples(nlp, text)
    assert not has(found, subject, "AID", obj), found
