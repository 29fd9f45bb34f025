"""Speakers, session 32: "le gouvernement <nationalité>" stands for the country the article names, as
"les autorités <nationalité>" already did (sentences written for these tests, names invented)."""
from __future__ import annotations

from extraction_helpers import speaker_of


def test_government_with_nationality_is_the_named_country(nlp):
    text = ("Le Pérou a suspendu mardi trois concessions minières dans la région d'Arequipa. "
            "Le gouvernement péruvien a expliqué que les exploitants « n'avaient pas respecté leurs engagements ».")
    assert speaker_of(nlp, text, "respecté leurs engagements") == "Pérou"


def test_government_of_a_country_not_named_stays_a_phrase(nlp):
    text = ("La Banque mondiale a gelé un prêt destiné au secteur de l'eau. "
            "Le gouvernement péruvien a estimé que cette décision « pénalise d'abord les familles ».")
    assert speaker_of(nlp, text, "pénalise d'abord") == "Le gouvernement péruvien"
