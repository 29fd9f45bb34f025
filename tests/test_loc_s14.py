"""Towns placed in a country by a phrase the world gazetteer confirms (session 14, own sentences)."""
from extraction.countries import countries_of_town
from extraction_helpers import has, triples


def test_gazetteer_knows_french_forms_and_shared_names():
    assert countries_of_town("Varsovie") == ("Pologne",)
    assert countries_of_town("SFAX") == ("Tunisie",)
    assert set(countries_of_town("Valence")) == {"Espagne", "France"}
    assert countries_of_town("Tours") == ()  # a common French word: left out
    assert countries_of_town("Pologne") == ()  # a country is no town


def test_town_then_direction_of_country(nlp):
    # "X, dans le centre-ouest de Y": the gazetteer puts X in Y, whatever words of place stand between
    found = triples(nlp, "Les pêcheurs ont quitté jeudi les côtes de la région de Mahdia, dans le centre-ouest "
                         "de la Tunisie, selon la garde nationale.")
    assert has(found, "Mahdia", "LOCATED_IN", "Tunisie"), found


def test_town_with_place_noun_and_adjective(nlp):
    # "X, ville portuaire polonaise proche de ...": a nationality adjective of the apposition, the country named;
    # the adjective of a province that a name follows is the province's, not the town's
    found = triples(nlp, "La Pologne et le Maroc ont signé un accord. À Gdansk, ville portuaire polonaise proche "
                         "de la frontière, les douaniers ont saisi des cigarettes. Des renforts sont arrivés à "
                         "Agadir, dans la province marocaine du Souss.")
    assert has(found, "Gdansk", "LOCATED_IN", "Pologne"), found
    assert not has(found, "Agadir", "LOCATED_IN", "Maroc"), found
