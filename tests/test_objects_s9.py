"""Relation objects of session 9 (helper obj): an agreement's other party named through a takeover
(own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, buyer, target", [
    ("Le groupe norvégien Fjordel Industri a annoncé mardi avoir signé un accord pour la reprise de la société "
     "Brelac Composites, en redressement judiciaire depuis le printemps.", "Fjordel Industri", "Brelac Composites"),
    ("Le groupe industriel Valmorent a annoncé vendredi avoir conclu un accord pour racheter le fabricant belge de "
     "pompes Hydranor, pour un montant de 90 millions d'euros.", "Valmorent", "Hydranor"),
])
def test_a_takeover_agreement_is_with_the_company_taken_over(nlp, text, buyer, target):
    found = triples(nlp, text)
    assert has(found, buyer, "AGREE", target), found

