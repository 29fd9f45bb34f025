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


def names(nlp, text):
    return {e.name: e.label for e in extract_entities(nlp(text))}


def test_first_word_tagged_apart_opens_the_person(nlp):
    found = names(nlp, "« Nous ne céderons pas », a affirmé le porte-parole du GRK, Aras Mahmoud Sindi, mardi soir.")
    assert found.get("Aras Mahmoud Sindi") == "PER", found


def test_place_or_party_before_a_person_stays_apart(nlp):
    found = names(nlp, "L'ancien président du Malawi Peter Chimwala a été nommé. La députée Renaissance Sandrine Lemaire a voté contre.")
    assert found.get("Peter Chimwala") == "PER" and found.get("Malawi") == "LOC", found
    assert found.get("Sandrine Lemaire") == "PER", found
