"""Session 17b, event arguments: reciprocal acts of three or more coordinated parties, a plural noun with a
list of "de" complements, a grouping participle that is no meeting."""
from extraction_helpers import has, triples


def test_three_coordinated_signatories_bind_each_pair(nlp):
    found = triples(nlp, "Le Brésil, l'Argentine et l'Uruguay ont signé un accord commercial.")
    assert has(found, "Argentine", "AGREE", "Uruguay")
    assert has(found, "Brésil", "AGREE", "Argentine")
    assert has(found, "Brésil", "AGREE", "Uruguay")


def test_talks_between_three_parties_bind_each_pair(nlp):
    found = triples(nlp, "Les discussions entre le Brésil, l'Argentine et l'Uruguay ont repris.")
    assert has(found, "Argentine", "CONSULT", "Uruguay")


def test_plural_noun_stands_for_each_listed_de_complement(nlp):
    found = triples(nlp, "Les chefs des gouvernements du Paraguay, de la Bolivie et de l'Equateur ont signé hier un traité.")
    assert has(found, "Paraguay", "AGREE", "Bolivie")
    assert has(found, "Paraguay", "AGREE", "Équateur")
    assert has(found, "Bolivie", "AGREE", "Équateur")



def test_apposed_grouping_participle_is_no_meeting(nlp):
    found = triples(nlp, "La Suède, la Norvège et le Danemark, réunis au sein du groupe dit Nordique, ont publié un texte.")
    assert not any(p == "CONSULT" for _, p, _ in found)

