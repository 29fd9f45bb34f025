"""Session 31: unquoted calls and pledges that report an act, not words (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import quotes


def test_call_to_march_is_no_quote(nlp):
    found = quotes(nlp, "Le syndicat Force ouvrière a appelé à manifester jeudi devant la préfecture de Rouen.")
    assert not [t for t, _ in found if "manifester" in t]


def test_call_to_act_otherwise_stays(nlp):
    found = quotes(nlp, "Le ministre Paul Garnier a appelé les banques à revoir leurs taux avant l'été.")
    assert any("revoir leurs taux" in t for t, _ in found)


def test_state_pledge_of_means_is_no_quote(nlp):
    found = quotes(nlp, "Lors de la conférence de Lomé, la Norvège a promis de verser 40 millions d'euros au fonds.")
    assert not [t for t, _ in found if "verser" in t]


def test_person_promise_stays(nlp):
    found = quotes(nlp, "Le maire, Hervé Lambert, a promis de rouvrir la piscine municipale dès le mois de mai.")
    assert any("rouvrir la piscine" in t for t, _ in found)


def test_state_promise_with_its_own_verb_stays(nlp):
    found = quotes(nlp, "La Norvège a promis que les fonds seraient versés avant la fin de l'année.")
    assert any("les fonds seraient versés" in t for t, _ in found)


def test_accusation_without_the_accused_is_no_quote(nlp):
    found = quotes(nlp, "Le gouverneur Paul Ngata a menacé de fermer l'association Terre Vive, qu'il accuse d'avoir "
                        "organisé les blocages du port.")
    assert not [t for t, _ in found if "blocages" in t]


def test_accusation_naming_the_accused_stays(nlp):
    found = quotes(nlp, "La députée Anne Rivière a accusé le préfet d'avoir caché les chiffres de l'épidémie.")
    assert any("caché les chiffres" in t for t, _ in found)
