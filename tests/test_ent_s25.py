"""Session 25 entities: sports competitions are events with their host place apart; a body's purpose after "pour"
with its complements (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def labels(nlp, text):
    return {name: e.label for name, e in ents(nlp, text).items()}


def test_olympic_games_are_no_body_and_their_city_is_a_place(nlp):
    found = labels(nlp, "Les Jeux olympiques de Brisbane accueilleront une nouvelle discipline, a indiqué le comité.")
    assert all(label not in ("ORG", "LOC") for name, label in found.items() if name.startswith("Jeux"))
    assert found.get("Brisbane") == "LOC"


def test_grand_prix_names_its_country(nlp):
    found = labels(nlp, "Le Grand Prix de Thaïlande a été reporté en raison des inondations.")
    assert found.get("Thaïlande") == "LOC"
    assert all(label not in ("ORG", "LOC") for name, label in found.items() if name.startswith("Grand Prix"))


def test_world_cup_in_a_country(nlp):
    found = labels(nlp, "La sélection prépare la Coupe du monde en Inde depuis deux ans.")
    assert found.get("Inde") == "LOC"
    assert all(label not in ("ORG", "LOC") for name, label in found.items() if name.startswith("Coupe"))


def test_bare_games_are_no_body(nlp):
    found = labels(nlp, "La sécurité des Jeux d'hiver inquiète les autorités de la région.")
    assert all(label not in ("ORG", "LOC") for name, label in found.items() if name.startswith("Jeux"))


def test_tour_de_france_is_left_alone(nlp):
    found = labels(nlp, "Le coureur a abandonné le Tour de France après une chute mardi.")
    assert found.get("Tour de France") == "ORG"


def test_purpose_with_complements_joins_the_body(nlp):
    es = ents(nlp, "Selon un communiqué, le Programme norvégien pour le soutien et la reconstruction du Soudan (PNSRS) a "
                    "annoncé lundi un don.")
    assert "Programme norvégien pour le soutien et la reconstruction du Soudan" in es


def test_purpose_after_a_head_and_its_adjective(nlp):
    es = ents(nlp, "Le Conseil danois pour les migrants, une ONG basée à Copenhague, a dénoncé ces renvois.")
    assert "Conseil danois pour les migrants" in es


def test_reason_is_no_purpose(nlp):
    es = ents(nlp, "Le ministre a remercié la Banque mondiale pour la rapidité de sa réponse.")
    assert "Banque mondiale" in es


def test_purpose_stops_before_another_body(nlp):
    es = ents(nlp, "La Banque Meridia pour le commerce et la Banque Tessaro ont été sanctionnées jeudi.")
    assert "Banque Meridia pour le commerce" in es
