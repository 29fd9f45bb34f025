"""Session 32: a definite document speaking stands for the body that spoke last (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import quotes, speaker_of

STORY = ("Au moins douze pêcheurs ont disparu mardi au large de Dakhla, a annoncé mercredi la Marine royale marocaine. "
         "Selon le communiqué, les recherches se poursuivent avec deux hélicoptères.")


def test_document_stands_for_its_issuer(nlp):
    assert speaker_of(nlp, STORY, "recherches se poursuivent") == "Marine royale marocaine"


def test_report_speaks_for_the_ngo(nlp):
    text = ("Les prisons du pays sont surpeuplées à 180 %, a dénoncé jeudi l'Observatoire international des prisons. "
            "Le rapport affirme que « plusieurs détenus dorment à même le sol ».")
    assert speaker_of(nlp, text, "dorment à même le sol") == "Observatoire international des prisons"


def test_indefinite_document_keeps_its_phrase(nlp):
    text = ("Au moins douze pêcheurs ont disparu mardi au large de Dakhla, a annoncé mercredi la Marine royale marocaine. "
            "Selon une lettre, les familles demandent une enquête.")
    found = [sp for t, sp in quotes(nlp, text) if "familles demandent" in t]
    assert found and found[0] != "Marine royale marocaine"


def test_document_of_another_body_keeps_its_phrase(nlp):
    text = ("Au moins douze pêcheurs ont disparu mardi au large de Dakhla, a annoncé mercredi la Marine royale marocaine. "
            "Selon le communiqué de la préfecture, les recherches se poursuivent avec deux hélicoptères.")
    found = [sp for t, sp in quotes(nlp, text) if "recherches se poursuivent" in t]
    assert found and found[0] != "Marine royale marocaine"
