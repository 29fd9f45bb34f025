"""Session 19 entities: short forms of other languages, préfectures, embassies, cut body names (sentences
written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def mentions(entity):
    return [m.text for m in entity.mentions]


def test_short_form_of_another_language_joins_its_body(nlp):
    es = ents(nlp, "Les élus du Parti de la paix (PdP) ont voté le texte. Le PdP réclame un débat.")
    assert "PdP" in mentions(es["Parti de la paix"]) and "PdP" not in es


def test_mixed_case_short_form_with_a_gloss_joins_its_body(nlp):
    es = ents(nlp, "Elle siège pour le Mouvement de la gauche (MdG, opposition) depuis mai. Le MdG a protesté.")
    body = next(e for name, e in es.items() if name.startswith("Mouvement de la gauche"))
    assert "MdG" in mentions(body) and "MdG" not in es



def test_foreign_prefecture_is_its_place(nlp):
    es = ents(nlp, "Dans la préfecture de Miyagi, les pêcheurs ont manifesté lundi.")
    assert es["Miyagi"].label == "LOC" and not any(name.startswith("préfecture") for name in es)


def test_french_prefecture_named_by_plural_departement_is_a_body(nlp):
    es = ents(nlp, "Selon la préfecture des Landes, trois personnes ont été évacuées.")
    assert es["préfecture des Landes"].label == "ORG"


def test_body_name_runs_over_its_lower_case_complement(nlp):
    es = ents(nlp, "Selon le Haut-Commissariat de l'ONU aux réfugiés palestiniens, mille familles ont fui.")
    assert "Haut-Commissariat de l'ONU aux réfugiés palestiniens" in es


def test_complement_of_time_or_title_closes_no_name(nlp):
    es = ents(nlp, "Les délégués de l'Assemblée mondiale de la santé de mai ont adopté le texte.")
    assert "Assemblée mondiale de la santé" in es
    es = ents(nlp, "Des combats opposent l'armée soudanaise du général Abdel Fattah al-Burhane aux paramilitaires.")
    assert not any("général" in name for name in es)


def test_action_complement_after_par_is_no_name(nlp):
    es = ents(nlp, "L'adoption par le Parlement européen du projet de loi est attendue.")
    assert "Parlement européen" in es


def test_country_closing_a_body_keeps_its_mention(nlp):
    es = ents(nlp, "La Banque centrale du Ghana a relevé son taux directeur mardi.")
    assert es["Ghana"].label == "LOC"
    es = ents(nlp, "La Banque de France a revu sa prévision de croissance.")
    assert "France" not in es



def test_complement_coordinated_after_a_proper_name_is_another_body(nlp):
    es = ents(nlp, "Le préfet a reçu mardi le Syndicat des maraîchers du Gard et de la chambre des métiers.")
    assert not any(name.startswith("Syndicat des maraîchers du Gard et") for name in es)
