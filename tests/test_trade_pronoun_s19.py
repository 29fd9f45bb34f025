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


def test_a_lone_man_is_no_antecedent_of_elle(nlp):
    # the one person named before is a man: "Elle" is not him
    text = ("La Fédération nationale des pêcheurs (FNP), principal syndicat du secteur et soutien de l'ancien "
            "ministre Paul Garnier, a critiqué le décret. Elle a accusé le préfet Marc Duval de mépris.")
    assert ("Paul Garnier", "ACCUSE", "Marc Duval") not in triples(nlp, text)


def test_she_still_the_woman_named_before(nlp):
    text = "La ministre Anne Leclerc a présenté le budget. Elle a accusé le sénateur Paul Garnier de mentir."
    assert ("Anne Leclerc", "ACCUSE", "Paul Garnier") in triples(nlp, text)


def test_she_after_an_organisation_apposed_to_a_man(nlp):
    # "Elle" is the federation, not the man named in its apposition
    text = ("La Fédération nationale des pêcheurs (FNP), principal syndicat du secteur et soutien de l'ancien "
            "ministre Paul Garnier, a critiqué le décret. Elle a accusé le préfet Marc Duval de mépris.")
    found = triples(nlp, text)
    assert ("Fédération nationale des pêcheurs", "ACCUSE", "Marc Duval") in found
    assert ("Paul Garnier", "ACCUSE", "Marc Duval") not in found


def test_numbered_district_names_its_town(nlp):
    labels = entity_labels(nlp, "Les pompiers sont intervenus dans un immeuble du 15e arrondissement de Lyon.")
    assert labels.get("Lyon") == "LOC"
    assert not any("arrondissement" in name for name in labels)
