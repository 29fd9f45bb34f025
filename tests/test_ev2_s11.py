"""Session 11 (ev2): an apposed act noun judged in its relative clause or participle judges the doer of the
clause before it (`_judged_summaries`). Sentences written for these tests."""
from extraction_helpers import has, triples


def test_position_rejected_in_relative(nlp):
    found = triples(nlp, "Le ministre a plaidé pour une baisse des taxes, estimant que le Pérou devait "
                         "commercer librement avec ses voisins, une position que rejette Santiago.")
    assert has(found, "Chili", "REJECT", "Pérou"), found


def test_launch_denounced_by_participle(nlp):
    found = triples(nlp, "Ce vote fait suite au tir la semaine dernière par l'Iran d'un missile balistique, "
                         "un essai dénoncé par Israël comme une provocation.")
    assert has(found, "Israël", "ACCUSE", "Iran"), found



def test_signers_named_after_titles_passive(nlp):
    found = triples(nlp, "Le mémorandum a été signé à Oslo par le ministre norvégien du Commerce, Lars Hovden, "
                         "et par la ministre islandaise de l'Economie, Sigrun Ragnarsdottir, en présence du "
                         "directeur du port, Erik Sand.")
    assert has(found, "Lars Hovden", "AGREE", "Sigrun Ragnarsdottir"), found
    assert not has(found, "Lars Hovden", "AGREE", "Erik Sand"), found

