"""Where places and organisations are (LOCATED_IN), session 15, own sentences."""
from extraction_helpers import has, triples


def test_venue_with_own_name_and_town_is_two_names(nlp):
    # "le stade X de Town": the stadium X, in Town
    found = triples(nlp, "Les supporters ont envahi la pelouse du stade Jean-Bouin de Montpellier dimanche.")
    assert has(found, "stade Jean-Bouin", "LOCATED_IN", "Montpellier"), found


def test_foreign_venue_with_own_name_and_town(nlp):
    found = triples(nlp, "La troupe a joué trois soirs au Teatro Nacional Dona Amelia de Lisbonne.")
    assert has(found, "Teatro Nacional Dona Amelia", "LOCATED_IN", "Lisbonne"), found

