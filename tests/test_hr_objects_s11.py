"""The object of a title's HOLDS_ROLE (session 11): a government body named by a nationality adjective is the
country's office; a state office right after "dont" or "X et son" is the office of that country."""
from __future__ import annotations

import pytest

from extraction_helpers import triples


def roles_of(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, person, country", [
    ("Le président du Conseil portugais, Tomas Varela, a reçu jeudi les syndicats à Lisbonne.",
     "Tomas Varela", "Portugal"),
    ("L'ancien président du Conseil des ministres bolivien Ramon Ortega a été inculpé mardi à La Paz.",
     "Ramon Ortega", "Bolivie"),
])
def test_government_body_with_nationality_is_the_country(nlp, text, person, country):
    assert country in roles_of(nlp, text, person)


@pytest.mark.parametrize("text, person, country, other", [
    ("Le Danemark, dont la Première ministre Karen Holm soutient Kiev, a critiqué la Pologne mardi.",
     "Karen Holm", "Danemark", "Pologne"),
    ("L'accord a été conclu à Athènes grâce à la Grèce et à son président Nikos Stavrou, "
     "selon un diplomate.", "Nikos Stavrou", "Grèce", None),
])
def test_state_office_of_the_antecedent_country(nlp, text, person, country, other):
    found = roles_of(nlp, text, person)
    assert country in found and other not in found
