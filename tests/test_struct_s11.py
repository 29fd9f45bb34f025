"""Structural relations of session 11 (helper struct): general constructions, own sentences, invented names."""
from __future__ import annotations

from extraction_helpers import triples


# ", dans la province congolaise du Sud-Kivu": a nationality adjective between the place noun and its name
def test_place_in_a_province_with_its_nationality(nlp):
    found = triples(nlp, "Les combats ont repris autour de Walikale, dans la province congolaise du Sud-Kivu, "
                         "selon l'armée.")
    assert ("Walikale", "LOCATED_IN", "Sud-Kivu") in found, found
    found = triples(nlp, "Le convoi a quitté le camp de Farchana, dans la région tchadienne du Ouaddaï, mardi.")
    assert ("Farchana", "LOCATED_IN", "Ouaddaï") in found, found
