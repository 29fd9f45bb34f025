"""Descriptions that refer back to an entity named before (session 13, own sentences)."""
from extraction_helpers import has, triples


def test_army_alone_is_the_armed_forces_named_before(nlp):
    # "l'armée" alone after an organisation named "armée ..." / "Forces armées ...": that body (kind_nouns "armée")
    found = triples(nlp, "Au Tchad, l'armée tchadienne affronte depuis deux ans le Front populaire de libération. "
                         "Le Front populaire de libération a accusé l'armée d'avoir visé un marché.")
    assert has(found, "Front populaire de libération", "ACCUSE", "armée tchadienne"), found

