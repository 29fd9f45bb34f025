"""Session 33: wrong relation facts removed (sentences written for these tests).

A verb in the conditional the tagger reads as an imperfect or a present is read as a conditional at the parse, so
the rules leave it unrealised; `dialogue` names a process or a stance, no meeting (CONSULT)."""
from __future__ import annotations

from extraction.nlp import conditional_forms
from extraction_helpers import has, triples


def _mood(doc, word):
    return next(t for t in doc if t.text == word).morph.get("Mood")


def test_conditional_forms_are_read_as_conditionals(nlp):
    doc = nlp("Le ministre a indiqué qu'il se rendrait en Finlande et que Paris soutiendrait le projet.")
    assert _mood(doc, "rendrait") == ["Cnd"]
    assert _mood(doc, "soutiendrait") == ["Cnd"]


def test_imperfects_stay_imperfects(nlp):
    doc = nlp("Le ministre déclarait que Lisbonne courait un risque et que les deux pays entraient en récession.")
    assert not conditional_forms(doc)
    assert "Cnd" not in _mood(doc, "déclarait")
    assert "Cnd" not in _mood(doc, "courait")


def test_irregular_future_stems(nlp):
    doc = nlp("Selon lui, la Norvège aurait livré des armes et Oslo pourrait recevoir la délégation.")
    assert _mood(doc, "aurait") == ["Cnd"]
    assert _mood(doc, "pourrait") == ["Cnd"]


def test_trip_in_the_conditional_is_no_meeting(nlp):
    found = triples(nlp, "Le médiateur de l'Union africaine, Joseph Otieno, a fait savoir qu'il se rendrait en "
                         "Tanzanie dans les prochains jours.")
    assert not has(found, "Joseph Otieno", "CONSULT", "Tanzanie")


def test_trip_in_the_past_is_still_a_meeting(nlp):
    found = triples(nlp, "Le médiateur de l'Union africaine, Joseph Otieno, s'est rendu mardi en Tanzanie.")
    assert has(found, "Joseph Otieno", "CONSULT", "Tanzanie")


def test_support_in_the_conditional_is_none(nlp):
    found = triples(nlp, "Le président Arturo Peña a assuré que l'Équateur soutiendrait la Fédération équatorienne "
                         "de football.")
    assert not has(found, "Équateur", "SUPPORT", "Fédération équatorienne de football")


def test_dialogue_is_no_meeting(nlp):
    found = triples(nlp, "Le ministre norvégien a plaidé pour un dialogue direct entre la Serbie et le Kosovo.")
    assert not has(found, "Serbie", "CONSULT", "Kosovo")
    found = triples(nlp, "La Finlande reste ouverte au dialogue avec la Russie, a déclaré son Premier ministre.")
    assert not has(found, "Finlande", "CONSULT", "Russie")


def test_talks_are_still_a_meeting(nlp):
    found = triples(nlp, "La Serbie et le Kosovo ont repris lundi leurs discussions à Bruxelles.")
    assert has(found, "Serbie", "CONSULT", "Kosovo")
