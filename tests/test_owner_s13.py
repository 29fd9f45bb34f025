"""Owners of offices written without one, session 13: a judicial office belongs to the story's one court or
parquet; a club's officer or a player's post followed by its town's adjective (or after "Côté <adjective>,")
to that town's club; an office of "la région" to the one region the story names."""
from __future__ import annotations

import pytest

from extraction.entities import extract_entities
from extraction.relations import extract_relations


def found(nlp, text, predicate="HOLDS_ROLE"):
    doc = nlp(text)
    return {(r.subject.name, r.object.name) for r in extract_relations(doc, extract_entities(doc), [])
            if r.predicate == predicate}


# --- judicial offices -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    # a judge sits on the one court named before
    ("La Cour d'appel de Rennes a confirmé jeudi la peine d'un ancien notaire accusé d'escroquerie.\n"
     "« Les faits sont d'une gravité exceptionnelle », a souligné la juge Hélène Kervarec en lisant l'arrêt.",
     "Hélène Kervarec", "Cour d'appel de Rennes"),
    # a bench's president, named by the bench noun alone
    ("Le procès de trois anciens dirigeants d'une mutuelle s'est ouvert lundi devant le Tribunal supremo de "
     "Quito.\nLe président de la cour, Ernesto Valdivieso, a rappelé les accusés à l'ordre à deux reprises.",
     "Ernesto Valdivieso", "Tribunal supremo de Quito"),
    # a prosecutor belongs to the parquet, not to the court he pleads before
    ("Les enquêteurs du parquet de Grenoble ont saisi une dizaine d'ordinateurs.\n"
     "Devant le tribunal correctionnel de Grenoble, le procureur Damien Castagnet a requis deux ans de prison.",
     "Damien Castagnet", "parquet de Grenoble"),
])
def test_judicial_office_of_the_story_court(nlp, text, person, body):
    assert (person, body) in found(nlp, text)


def test_prosecutor_of_the_parquet_not_of_the_court(nlp):
    text = ("Les enquêteurs du parquet de Valence ont perquisitionné la mairie en mars.\n"
            "Un ancien élu a comparu mardi devant le tribunal correctionnel de Valence pour favoritisme.\n"
            "La procureure Sandrine Ollivier a requis dix-huit mois de prison avec sursis.")
    assert {o for p, o in found(nlp, text) if p == "Sandrine Ollivier"} == {"parquet de Valence"}


# --- a town's club ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, club, predicate", [
    ("Le FC Nantes a arraché le match nul samedi face à Brest en championnat.\n"
     "Le gardien nantais Mathéo Guillou a sauvé deux penalties en fin de match.",
     "Mathéo Guillou", "FC Nantes", "MEMBER_OF"),
    ("Le Stade rochelais a battu le Racing 92 dimanche en championnat après un match tendu.\n"
     "Le capitaine rochelais Killian Marzac a salué la solidarité de son équipe.",
     "Killian Marzac", "Stade rochelais", "MEMBER_OF"),
    ("Le Montpellier Hérault Rugby s'est incliné à domicile face au Castres Olympique dans un match sans essai.\n"
     "Côté montpelliérain, l'entraîneur Bastien Fourcade a regretté le manque de réalisme de ses joueurs.",
     "Bastien Fourcade", "Montpellier Hérault Rugby", "HOLDS_ROLE"),
])
def test_post_with_its_town_adjective_is_the_club(nlp, text, person, club, predicate):
    assert (person, club) in found(nlp, text, predicate)


def test_town_with_two_clubs_names_neither(nlp):
    # two clubs of the town: the adjective does not tell which; the other club of the story is never taken
    text = ("Le FC Nantes a arraché le match nul samedi face au Stade brestois en championnat.\n"
            "Le gardien nantais Mathéo Guillou a sauvé deux penalties en fin de match.")
    assert found(nlp, text, "MEMBER_OF") & {("Mathéo Guillou", "FC Nantes")} \
        and ("Mathéo Guillou", "Stade brestois") not in found(nlp, text, "MEMBER_OF")


# --- the region's office ----------------------------------------------------------------------------------------

def test_office_of_the_region_named_by_the_noun(nlp):
    text = ("Les producteurs de lait ont bloqué plusieurs routes de Nouvelle-Aquitaine mardi.\n"
            "La présidente de la région, Martine Lesparre, a promis une aide d'urgence aux éleveurs.")
    assert ("Martine Lesparre", "Nouvelle-Aquitaine") in found(nlp, text)
    # two regions named: neither
    two = text.replace("de Nouvelle-Aquitaine", "de Nouvelle-Aquitaine et d'Occitanie")
    assert not {o for p, o in found(nlp, two) if p == "Martine Lesparre"}


# --- "Y, commandé/présidé par X" --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Les Forces armées rwandaises, commandées par le général Jean Kabera, ont repris la colline lundi.",
     "Jean Kabera", "Forces armées rwandaises"),
    ("La Région Bretagne, présidée par Loïg Chesnais-Girard, a voté mardi une aide de deux millions d'euros.",
     "Loïg Chesnais-Girard", "Région Bretagne"),
])
def test_body_led_by_a_person_in_a_participle_aside(nlp, text, person, body):
    assert (person, body) in found(nlp, text)


# --- "sous la présidence de X" ----------------------------------------------------------------------------------

def test_presidency_dates_an_act_of_the_sentence_country(nlp):
    text = ("Le Chili a quitté le pacte régional en 2019, sous la présidence de Sebastián Piñera, "
            "avant de le réintégrer quatre ans plus tard.")
    assert ("Sebastián Piñera", "Chili") in found(nlp, text)


# --- the town of a municipal council ----------------------------------------------------------------------------

def test_mayor_of_the_council_named_before(nlp):
    text = ("Le conseil municipal de Quimper a approuvé jeudi la rénovation des halles, par 30 voix contre 9.\n"
            "« Le marché doit rester au cœur de la ville », a souligné la maire, Isabelle Le Goff, devant les élus. "
            "Son adjoint aux finances, Yann Queré, a chiffré les travaux à 8 millions d'euros.")
    got = found(nlp, text)
    assert ("Isabelle Le Goff", "Quimper") in got and ("Yann Queré", "Quimper") in got
