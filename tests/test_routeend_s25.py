"""Session 25 (session 22's rule, re-measured) entities: a capital named as a route's end or the place
"autour de" which something happens is the city, not its government (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import entity_labels


def test_capital_at_the_end_of_a_route_is_the_city(nlp):
    es = entity_labels(nlp, "Le Kenya a ouvert un nouveau marché. Les vols directs entre Mombasa et Nairobi "
                            "seront doublés, a indiqué le Kenya.")
    assert es.get("Nairobi") == "LOC", es


def test_capital_linked_by_a_route_verb_is_the_city(nlp):
    es = entity_labels(nlp, "Le Pérou a signé l'accord. Le nouveau train reliant Lima à Cuzco sera prêt en 2031.")
    assert es.get("Lima") == "LOC", es


def test_capital_around_which_fighting_happens_is_the_city(nlp):
    es = entity_labels(nlp, "Le Yémen reste divisé. Des combats ont repris autour de Sanaa et du port voisin.")
    assert es.get("Sanaa") == "LOC", es


def test_capital_as_government_stays_the_country(nlp):
    es = entity_labels(nlp, "Le Pérou a signé l'accord. Lima a salué un pas important vers la paix.")
    assert "Lima" not in es and es.get("Pérou") == "LOC", es
