"""Event arguments the sentence does not name (session 12): "les deux agences", "les deux clubs" stand for
the last two organisations named, as "les deux pays" does for countries. Sentences of our own writing."""
from extraction_helpers import has, triples


def test_the_two_bodies_are_the_last_two_named(nlp):
    # "les deux agences", "les deux clubs": the last two organisations named before
    text = ("Le Programme alimentaire mondial et l'Unicef ont lancé mardi un appel conjoint. "
            "Les deux agences ont accusé la milice Wagner de piller les entrepôts.")
    found = triples(nlp, text)
    assert has(found, "Programme alimentaire mondial", "ACCUSE", "Wagner")
    assert has(found, "Unicef", "ACCUSE", "Wagner")
    text = ("Le Stade rennais a longtemps discuté avec le FC Nantes. "
            "Les deux clubs se sont finalement entendus lundi sur le transfert du défenseur.")
    assert has(triples(nlp, text), "Stade rennais", "AGREE", "FC Nantes")
