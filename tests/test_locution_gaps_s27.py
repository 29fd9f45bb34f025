"""Session 27: an event locution read through its modifiers ("en étroite coordination avec X"), a joint act's
own doers in its "de" complement (sentences of our own writing)."""
from extraction_helpers import has, triples


def test_adjective_inside_locution(nlp):
    found = triples(nlp, "La Norvège surveille la zone en étroite coordination avec le Danemark.")
    assert has(found, "Norvège", "COOPERATE", "Danemark"), found


def test_quoted_locution(nlp):
    found = triples(nlp, "Le Portugal a agi « en coordination » avec l'Espagne.")
    assert has(found, "Portugal", "COOPERATE", "Espagne"), found



def test_joint_bid_of_two_countries(nlp):
    found = triples(nlp, "Le jury a retenu la candidature conjointe de la Suède et de la Finlande pour les Jeux.")
    assert has(found, "Suède", "COOPERATE", "Finlande"), found
