"""Session 31: rule branches that read around parse faults `repaired_heads` now mends were dropped or narrowed
(the "-t" subject of `_Context.resolve`, the weekday part of the date hops); sentences of our own writing."""
from __future__ import annotations

import pytest

from extraction.relations import _governing_verb


@pytest.mark.parametrize("text", ["« Nous restons vigilants », a-t-il ajouté.",
                                  "La commission a-t-elle vraiment rejeté le projet de loi sur l'énergie ?"])
def test_the_cut_t_is_never_the_verbs_subject(nlp, text):
    # (why `_Context.resolve` no longer reads "-t" as the inverted pronoun)
    doc = nlp(text)
    t = next(x for x in doc if x.lower_ == "-t")
    assert t.head.lower_ in ("-il", "-elle")
    assert doc[t.i + 1].dep_.startswith("nsubj") and doc[t.i + 1].head.pos_ == "VERB"


def test_an_object_after_a_weekday_reaches_its_verb_without_the_date_hop(nlp):
    doc = nlp("La banque centrale a relevé jeudi son taux directeur.")
    verb, hops = _governing_verb(next(x for x in doc if x.text == "taux"))
    assert verb is not None and verb.text == "relevé" and hops == 1


def test_a_month_phrase_is_still_no_hop(nlp):
    # must not: the narrowed hop still climbs over "ces derniers mois", which the repair leaves
    doc = nlp("L'armée a intensifié ces derniers mois son offensive contre les rebelles.")
    verb, _ = _governing_verb(next(x for x in doc if x.text == "offensive"))
    assert verb is not None and verb.text == "intensifié"
