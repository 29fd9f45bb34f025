"""Session 26 (located): an organisation's own site before its name and a town ("les usines de X à Y");
sentences of our own writing."""
from extraction_helpers import triples


def test_plants_of_a_company_in_a_town(nlp):
    found = triples(nlp, "Les syndicats ont appelé à la grève dans les usines de Stellantis à Mulhouse dès lundi.")
    assert ("Stellantis", "LOCATED_IN", "Mulhouse") in found, found


def test_coordinated_sites_each_in_its_town(nlp):
    found = triples(nlp, "Les débrayages ont touché les sites de Renault à Flins et de Michelin à Cholet mardi.")
    assert ("Renault", "LOCATED_IN", "Flins") in found, found
    assert ("Michelin", "LOCATED_IN", "Cholet") in found, found


def test_offices_in_a_country_are_no_seat(nlp):
    found = triples(nlp, "La police a perquisitionné les bureaux de Netflix au Brésil jeudi.")
    assert ("Netflix", "LOCATED_IN", "Brésil") not in found, found
