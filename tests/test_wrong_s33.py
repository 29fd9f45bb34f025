"""Session 33: wrong relation facts removed (sentences written for these tests).

`dialogue` names a process or a stance ("a plaidé pour un dialogue", "ouverte au dialogue"), no meeting held: it is
no CONSULT noun. Meetings and talks keep their nouns."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_dialogue_pleaded_for_is_no_meeting(nlp):
    found = triples(nlp, "Le ministre norvégien a plaidé pour un dialogue direct entre la Serbie et le Kosovo.")
    assert not has(found, "Serbie", "CONSULT", "Kosovo")


def test_open_to_dialogue_is_no_meeting(nlp):
    found = triples(nlp, "La Finlande reste ouverte au dialogue avec la Russie, a déclaré son Premier ministre.")
    assert not has(found, "Finlande", "CONSULT", "Russie")


def test_talks_are_still_a_meeting(nlp):
    found = triples(nlp, "La Serbie et le Kosovo ont repris lundi leurs discussions à Bruxelles.")
    assert has(found, "Serbie", "CONSULT", "Kosovo")
