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


def test_known_leader_holds_office_of_own_country_not_story_country(nlp):
    # a story set in Italy: the chancellor is Germany's (lexicon leaders.tsv), not the story's country's
    found = triples(nlp, "L'Italie a accueilli mardi un sommet sur la défense à Rome. L'Italie veut une armée "
                         "européenne. Le chancelier Friedrich Merz a plaidé pour un fonds commun, soutenu par "
                         "l'Allemagne.")
    assert has(found, "Friedrich Merz", "HOLDS_ROLE", "Allemagne"), found
    assert not has(found, "Friedrich Merz", "HOLDS_ROLE", "Italie"), found


def test_known_leader_of_unnamed_country_gets_no_guess(nlp):
    # the leader's country is not named: no office of the story's country either
    found = triples(nlp, "La Tunisie a signé lundi un accord migratoire avec Bruxelles. La Tunisie recevra des "
                         "fonds. Le président Joe Biden a salué un accord « utile ».")
    assert not has(found, "Joe Biden", "HOLDS_ROLE", "Tunisie"), found
