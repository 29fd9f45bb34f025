"""Session 34: an act in the conditional in the `que` clause of an announcing verb (`a fait savoir qu'il
recevrait X`, `a assuré que X continuerait de soutenir Y`) is the future of the past, an act announced, which
the golds count (decision 49). Sentences from the read corpus's stories (names as there). The past conditional,
a `si` condition, a negated announcement and a modal stay unrealised."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_announced_continued_support(nlp):
    found = triples(nlp, "M. Morel a assuré que Paris continuerait de soutenir « la souveraineté et l'intégrité "
                         "territoriale » de l'Arménie.")
    assert has(found, "Paris", "SUPPORT", "Arménie") or has(found, "France", "SUPPORT", "Arménie")


def test_announced_continued_aid(nlp):
    found = triples(nlp, "Il a assuré que la Suisse continuerait de financer les programmes éducatifs de "
                         "l'Organisation internationale de la Francophonie.")
    assert has(found, "Suisse", "AID", "Organisation internationale de la Francophonie")


def test_past_conditional_stays_reported(nlp):
    found = triples(nlp, "Le ministre a affirmé que la Russie aurait financé les rebelles du M23.")
    assert not has(found, "Russie", "AID", "M23")


def test_si_condition_stays_unrealised(nlp):
    found = triples(nlp, "Le ministre a assuré que l'Allemagne continuerait d'aider l'Ukraine si le Bundestag le "
                         "voulait.")
    assert not has(found, "Allemagne", "AID", "Ukraine")


def test_negated_announcement_stays_unrealised(nlp):
    found = triples(nlp, "Le ministre n'a pas assuré que l'Allemagne continuerait d'aider l'Ukraine.")
    assert not has(found, "Allemagne", "AID", "Ukraine")


def test_announced_without_condition(nlp):
    found = triples(nlp, "Le ministre a assuré que l'Allemagne continuerait d'aider l'Ukraine.")
    assert has(found, "Allemagne", "AID", "Ukraine")
