"""Session 24, HOLDS_ROLE: the executive of a territory or region with a government of its own named by its
adjective ("le Premier ministre groenlandais", "le chef de l'exécutif hongkongais") holds the office of that
territory when the article names it (lexicon regions.tsv; hyphenated adjectives looked up whole)."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_territory_premier_by_adjective(nlp):
    story = ("Le Groenland a rejeté jeudi un projet de mine d'uranium près de Qaqortoq. La Première ministre "
             "groenlandaise, Aviaja Lund, a défendu une décision « prise pour nos enfants ». Le Groenland compte "
             "moins de 60.000 habitants.")
    assert "Groenland" in _roles(nlp, story, "Aviaja Lund")


def test_territory_chief_executive_by_adjective(nlp):
    story = ("Hong Kong a annoncé lundi une baisse de ses taxes portuaires. Le chef de l'exécutif hongkongais, "
             "Martin Cheung, a expliqué que Hong Kong devait rester compétitif face à Singapour.")
    assert "Hong Kong" in _roles(nlp, story, "Martin Cheung")


def test_hyphenated_regional_adjective(nlp):
    story = ("L'Irlande du Nord attend son budget. Le Premier ministre nord-irlandais, Declan Keane, a réclamé "
             "mardi davantage de fonds pour les hôpitaux de l'Irlande du Nord.")
    assert "Irlande du Nord" in _roles(nlp, story, "Declan Keane")


def test_regional_adjective_needs_the_region_named(nlp):
    story = ("Le Premier ministre groenlandais, Aviaja Lund, a reçu mardi une délégation islandaise à Nuuk pour "
             "parler de pêche.")
    assert "Groenland" not in _roles(nlp, story, "Aviaja Lund")
