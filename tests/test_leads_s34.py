"""Session 34 (helper s34-leads): a force named right before "du <rank> X" is the one X commands (sentences of the
read corpus)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_force_with_short_form_du_marechal(nlp):
    found = triples(nlp, "A Benghazi, l'Armée nationale libyenne (ANL) du maréchal Saddam Haftar, qui a succédé à son "
                         "père Khalifa Haftar en 2037, a dénoncé une « occupation déguisée ».")
    assert has(found, "Saddam Haftar", "HOLDS_ROLE", "Armée nationale libyenne")


def test_lower_case_force_du_general(nlp):
    found = triples(nlp, "Les FSR, commandées par le général Mohamed Hamdane Daglo, dit \"Hemedti\", affrontent depuis "
                         "dix-sept mois l'armée soudanaise du général Abdel Fattah al-Burhane.")
    assert has(found, "Abdel Fattah al-Burhane", "HOLDS_ROLE", "armée soudanaise")


def test_no_force_before_the_rank(nlp):
    found = triples(nlp, "L'Union européenne a annoncé vendredi des sanctions contre trois commandants des FSR, dont le "
                         "frère du général Daglo, Abdelrahim Hamdan Daglo, soupçonné d'avoir supervisé le siège "
                         "d'El-Fasher.")
    assert not any(t[1] == "HOLDS_ROLE" and "Daglo" in t[0] for t in found)  # "frère" is no force
