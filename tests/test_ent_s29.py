"""Session 29 entities: a bracketed short form that spells the body named after a name's "de", not the whole
name, is that body's ("le Conseil de l'Organisation mondiale des douanes (OMD)"): the body is an entity of
its own with the short form's mentions, the whole keeps its own (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def mentions(nlp, text):
    return {e.name: sorted(m.text for m in e.mentions) for e in extract_entities(nlp(text))}


def test_short_form_of_the_complement(nlp):
    found = mentions(nlp, "Le Conseil d'administration de l'Organisation mondiale des douanes (OMD) s'est réuni lundi. "
                          "L'OMD a publié un communiqué.")
    assert found.get("Organisation mondiale des douanes") == ["OMD", "OMD", "Organisation mondiale des douanes"], found
    assert "Conseil d'administration de l'Organisation mondiale des douanes" in found, found


def test_short_form_of_the_whole_stays_whole(nlp):
    found = mentions(nlp, "La Banque centrale des États d'Afrique de l'Ouest (BCEAO) a relevé ses taux. La BCEAO s'inquiète.")
    assert any(name.startswith("Banque centrale") and "BCEAO" in ms for name, ms in found.items()), found
    assert not any(name.startswith("États") or name.startswith("Afrique") and "BCEAO" in ms for name, ms in found.items()), found

