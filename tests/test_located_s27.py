"""Session 27 (located): a diplomatic post named with its town ("l'ambassade de X à Y"), and a seat after a
name the tagger did not label as an organisation; sentences of our own writing."""
from extraction_helpers import triples


def test_embassy_in_the_town_of_its_name(nlp):
    found = triples(nlp, "Des manifestants se sont rassemblés samedi devant l'ambassade de Norvège à Lisbonne.")
    assert ("ambassade de Norvège à Lisbonne", "LOCATED_IN", "Lisbonne") in found, found


def test_embassy_in_a_country_is_left_alone(nlp):
    found = triples(nlp, "Un diplomate de l'ambassade de Norvège au Portugal a été convoqué lundi.")
    assert not [t for t in found if t[1] == "LOCATED_IN" and t[0].startswith("ambassade")], found


def test_seat_after_a_name_not_labelled_organisation(nlp):
    found = triples(nlp, "Washington a sanctionné mardi l'affréteur Kormaran Shipping, basé à Rotterdam, pour ses "
                         "livraisons de brut.")
    assert ("Kormaran Shipping", "LOCATED_IN", "Rotterdam") in found, found


def test_a_person_based_in_a_town_is_no_seat(nlp):
    found = triples(nlp, "Le photographe Julien Marchetti, basé à Nairobi, a remporté le prix lundi.")
    assert ("Julien Marchetti", "LOCATED_IN", "Nairobi") not in found, found
