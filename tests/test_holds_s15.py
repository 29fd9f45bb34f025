"""HOLDS_ROLE of offices whose owner the sentence does not name (session 15, own sentences)."""
from extraction_helpers import has, triples


def test_possessive_state_office_is_the_story_country_not_the_last_body(nlp):
    # "son ministre des Finances" after a body: a state office is a government's, not the Commission's
    found = triples(nlp, "La Commission européenne a gelé mardi des fonds destinés à la Slovénie, accusée de ne "
                         "pas respecter l'Etat de droit. La Slovénie dénonce un chantage. Bruxelles a confirmé sa "
                         "décision à la Commission européenne. Son ministre des Finances, Marko Zupan, a dénoncé "
                         "une sanction politique.")
    assert has(found, "Marko Zupan", "HOLDS_ROLE", "Slovénie"), found
    assert not has(found, "Marko Zupan", "HOLDS_ROLE", "Commission européenne"), found


def test_possessive_state_office_with_no_body_before(nlp):
    # "son ministre de l'Agriculture" after the head of state: the story's country
    found = triples(nlp, "Le président kirghiz Adylbek Toktorov a limogé vendredi son ministre de l'Agriculture, "
                         "Nurlan Sadykov, après une sécheresse record au Kirghizistan. Le Kirghizistan importe "
                         "désormais du blé.")
    assert has(found, "Nurlan Sadykov", "HOLDS_ROLE", "Kirghizistan"), found
