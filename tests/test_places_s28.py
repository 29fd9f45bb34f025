"""Session 28 (places): a place written as a modifier of a named thing. A site named in its own language and
its town when the tagger merged them or left the town untagged ("le Halvorsen Museum de Stockholm");
sentences of our own writing."""
from extraction_helpers import triples


def test_site_and_town_in_one_name(nlp):
    found = triples(nlp, "L'exposition a été prêtée par le Halvorsen Museum de Stockholm pour trois mois.")
    assert [t for t in found if t[1] == "LOCATED_IN" and t[2] == "Stockholm" and "Museum" in t[0]], found


def test_french_name_with_its_town_stays_whole(nlp):
    found = triples(nlp, "Le directeur de l'Opéra national de Paris a présenté lundi la saison prochaine.")
    assert not [t for t in found if t[1] == "LOCATED_IN" and t[0] == "Opéra national"], found

