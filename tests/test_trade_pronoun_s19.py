"""Session 19 (study69): organisations named by their trade, sentence-opening pronouns standing for an
organisation, a numbered district. Sentences of our own writing."""
from extraction_helpers import entity_labels, triples


def test_platform_noun_makes_an_organisation(nlp):
    labels = entity_labels(nlp, "Le régulateur a ouvert une enquête visant la plateforme Vendora, accusée de fraude.")
    assert labels.get("Vendora") == "ORG"


def test_social_network_noun_makes_an_organisation(nlp):
    labels = entity_labels(nlp, "Le juge a ordonné la fermeture du réseau social Plumo dans tout le pays.")
    assert labels.get("Plumo") == "ORG"


def test_publisher_plural_noun_makes_an_organisation(nlp):
    labels = entity_labels(nlp, "Trois romanciers ont quitté mardi les éditions Baudrier, dénonçant une censure.")
    assert labels.get("Baudrier") == "ORG"
