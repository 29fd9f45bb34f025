"""Session 34 (helper cond2): a mission or delegation sent is no AID (lexicon sent_missions); the golds of the read
corpus never count one (0 right / 3 wrong in 2 stories, with the announced conditional). Goods, rescuers and experts
sent stay AID."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_mission_sent_is_no_aid(nlp):
    found = triples(nlp, "L'ICC reste disposée à envoyer une mission à Colombo pour faciliter l'organisation de "
                         "nouvelles élections au sein de la fédération, a encore dit M. Keane.")
    assert not any(p == "AID" for _, p, _ in found)


def test_technical_mission_sent_is_no_aid(nlp):
    found = triples(nlp, "La France a envoyé en avril une mission technique au Brésil et en Argentine.")
    assert not has(found, "France", "AID", "Brésil") and not has(found, "France", "AID", "Argentine")


def test_goods_sent_stay_aid(nlp):
    found = triples(nlp, "La Bulgarie a envoyé à la Grèce des véhicules tout-terrain et des caméras thermiques.")
    assert has(found, "Bulgarie", "AID", "Grèce")
