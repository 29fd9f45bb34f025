"""Session 11: quotes and their spans, on sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes


def test_accusation_whose_accused_has_an_apposition(nlp):
    # the accused set off by commas pushes "de" + infinitive far from the verb
    text = ("La maire de Valbourg, Hélène Ferrat, a accusé son ancien directeur de cabinet, Marc Tissier, "
            "passé depuis chez ses adversaires, d'avoir falsifié les comptes de la régie des eaux.")
    found = quotes(nlp, text)
    assert any(t.startswith("son ancien directeur de cabinet") and t.endswith("régie des eaux")
               and sp == "Hélène Ferrat" for t, sp in found), found


def test_quoted_accusation_whose_accused_has_a_relative_clause(nlp):
    text = ("Le député Paul Renaudin a accusé le groupe minier Ardex, qui exploite trois carrières dans la vallée, "
            "de « polluer les rivières » depuis des années.")
    found = quotes(nlp, text)
    assert any(t.startswith("le groupe minier Ardex") and "polluer les rivières" in t
               and sp == "Paul Renaudin" for t, sp in found), found
