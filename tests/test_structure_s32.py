"""Session 32: the antecedent of "dont ... est membre" when a lower-case description is apposed to the
organisation's name (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_bare_description_before_dont(nlp):
    found = triples(nlp, "La Finlande a été accueillie en grande pompe par l'Otan, alliance dont la Norvège est membre "
                         "depuis 1949.")
    assert has(found, "Norvège", "MEMBER_OF", "Otan")


def test_description_after_short_form_before_dont(nlp):
    found = triples(nlp, "Le sommet a été convoqué par la Communauté économique des États de l'Afrique centrale "
                         "(CEEAC), bloc régional dont le Gabon et le Cameroun sont membres.")
    assert has(found, "Gabon", "MEMBER_OF", "Communauté économique des États de l'Afrique centrale")
    assert has(found, "Cameroun", "MEMBER_OF", "Communauté économique des États de l'Afrique centrale")


def test_person_before_the_description_is_no_organisation(nlp):
    found = triples(nlp, "Le projet a été défendu par Marc Dupuis, ancien député dont la Belgique est membre d'honneur.")
    assert not [t for t in found if t[1] == "MEMBER_OF" and t[2] == "Marc Dupuis"]
