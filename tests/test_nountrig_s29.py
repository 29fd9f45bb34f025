"""Session 29: a trigger noun's place complement after "à" / "au" ("le déploiement de gendarmes au Tessin", "à
Lyon") is the object of a predicate whose object is where (place_objects), as after "dans" / "en"; sentences of
our own writing."""
from extraction_helpers import has, triples


def test_deployment_to_a_region_after_au(nlp):
    found = triples(nlp, "Le Portugal a annoncé jeudi le déploiement de 800 gendarmes au Tessin.")
    assert has(found, "Portugal", "MOBILIZE", "Tessin"), found


def test_deployment_to_a_city_after_a(nlp):
    found = triples(nlp, "La Belgique a annoncé le déploiement de 300 policiers à Lyon.")
    assert has(found, "Belgique", "MOBILIZE", "Lyon"), found


def test_force_sent_to_a_town_after_au(nlp):
    found = triples(nlp, "Le Danemark a annoncé l'envoi de 200 gendarmes supplémentaires au Touquet.")
    assert has(found, "Danemark", "MOBILIZE", "Touquet"), found


def test_money_paid_in_a_city_is_no_aid_to_it(nlp):
    found = triples(nlp, "La Suède a annoncé une aide de 40 millions d'euros à Lyon.")
    assert not any(p == "AID" and o == "Lyon" for _, p, o in found), found
