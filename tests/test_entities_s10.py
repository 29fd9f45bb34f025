"""Entity rules of session 10: general constructions of French wire copy (own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents

from extraction.entities import extract_entities


def mentions(nlp, text):
    return {e.name: sorted(m.text for m in e.mentions) for e in extract_entities(nlp(text))}


# well-known media and platforms are organisations, also in lower case or taken for works
@pytest.mark.parametrize("text, name", [
    ("« Nous ne céderons rien », a répété la ministre Claire Vasseur mardi sur franceinfo.", "franceinfo"),
    ("Le maire a réagi dans un message publié sur Telegram dimanche soir.", "Telegram"),
    ("Selon les informations de Mediapart, l'enquête vise trois élus de Lille.", "Mediapart"),
    ("Le ministre a annoncé sa démission sur Instagram vendredi.", "Instagram"),
])
def test_a_known_medium_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# armed movements written in lower case or as plural people are organisations
@pytest.mark.parametrize("text, name", [
    ("Des miliciens wazalendo ont attaqué un convoi près de la ville de Walikale.", "wazalendo"),
    ("Deux chefs de milices anti-balaka ont été arrêtés à Bangui la semaine dernière.", "anti-balaka"),
])
def test_a_known_armed_movement_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# a shoal or an atoll named by its noun and the name side by side is a place
@pytest.mark.parametrize("text", [
    "Un navire a été bloqué près du banc Harlow, dans l'archipel, a indiqué la marine.",
    "Les deux bateaux se sont heurtés au large du banc Garnet Reef jeudi matin.",
])
def test_a_shoal_is_a_place(nlp, text):
    found = ents(nlp, text)
    assert any(name.startswith("banc ") and label == "LOC" for name, label in found.items()), found


# a mission's name the NER stops on its preposition keeps its short form after the place
def test_a_missions_short_form_after_its_place_joins_it(nlp):
    found = mentions(nlp, "La Mission des Nations unies en RCA (Mafusca) a renforcé ses patrouilles autour de la capitale.")
    assert any("Mafusca" in ms and name.startswith("Mission") for name, ms in found.items()), found


# a short form made of syllables of the organisation's words joins the name before the bracket
@pytest.mark.parametrize("text, short", [
    ("Le Syndicat national des éleveurs bovins (Synelbo) a dénoncé la hausse des prix.", "Synelbo"),
    ("L'Union française des artisans du bois (UfAB) a salué la décision du gouvernement.", "UfAB"),
])
def test_a_contracted_short_form_joins_its_name(nlp, text, short):
    found = mentions(nlp, text)
    assert any(short in ms and len(name.split()) > 2 for name, ms in found.items()), found


# the capital letters after "franc(s)" are the currency's, no body
def test_a_currency_qualifier_is_no_organisation(nlp):
    found = ents(nlp, "Le kilo de cacao sera payé 900 francs CFA aux planteurs de Daloa.")
    assert "CFA" not in found, found


# a compound place name closing a lower-case public body's name keeps its own mention
@pytest.mark.parametrize("text, place", [
    ("Selon la préfecture de Meurthe-et-Moselle, la route restera fermée jusqu'à lundi.", "Meurthe-et-Moselle"),
    ("Le conseil régional des Hauts-de-France a débloqué deux millions d'euros pour le port.", "Hauts-de-France"),
])
def test_a_compound_place_inside_a_body_keeps_its_mention(nlp, text, place):
    found = ents(nlp, text)
    assert found.get(place) == "LOC", found


# a short form with "+" names an enlarged alliance, an organisation the NER often misses
@pytest.mark.parametrize("text, name", [
    ("Les ministres de l'Opaep+ se réuniront lundi à Alger pour fixer les quotas.", "Opaep+"),
    ("Le sommet des Brics+ s'ouvre jeudi à Kazan.", "Brics+"),
])
def test_a_short_form_with_plus_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# a named ship is no person, place or body: a navy's prefix and its name are one name
@pytest.mark.parametrize("text, ship", [
    ("Les marins stationnés à bord du BRP Juan Luna ont reçu des vivres mardi.", "BRP Juan Luna"),
    ("Elle avait travaillé à bord de l'Esperanza pendant trois ans.", "Esperanza"),
])
def test_a_ship_is_no_scored_entity(nlp, text, ship):
    found = ents(nlp, text)
    assert found.get(ship) == "MISC" and not any(label in ("PER", "LOC", "ORG") for label in found.values()), found


# a well-known party the NER takes for a place is an organisation
@pytest.mark.parametrize("text, name", [
    ("Les députés du Fidesz ont voté le texte mardi.", "Fidesz"),
    ("Une élue de Québec solidaire a dénoncé la réforme.", "Québec solidaire"),
])
def test_a_known_party_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# a club's prefix before its town makes an organisation of what the NER took for a place
@pytest.mark.parametrize("text, club", [
    ("Les supporters de l'US Boulogne ont envahi la pelouse.", "US Boulogne"),
    ("Il entraînait le Racing Genk depuis deux ans.", "Racing Genk"),
])
def test_a_club_prefix_makes_an_organisation(nlp, text, club):
    found = ents(nlp, text)
    assert found.get(club) == "ORG", found


# the coast guard of a country, written in lower case, is a public body like its army
def test_a_national_coast_guard_is_an_organisation(nlp):
    found = ents(nlp, "Un porte-parole des garde-côtes japonais a confirmé l'incident près d'Okinawa.")
    assert found.get("garde-côtes japonais") == "ORG", found


# a building named after someone is a place, the noun in its name, not a person
@pytest.mark.parametrize("text, place", [
    ("Le match se jouera sur le court Suzanne-Lenglen mardi soir.", "court Suzanne-Lenglen"),
    ("Les avocats se sont réunis devant le palais de justice Amadou Ndiaye à Thiès.", "palais de justice Amadou Ndiaye"),
])
def test_a_building_named_after_someone_is_a_place(nlp, text, place):
    found = ents(nlp, text)
    assert found.get(place) == "LOC" and "PER" not in found.values(), found


# a name the NER cut before its enumeration runs on to the short form its words make, which joins it
@pytest.mark.parametrize("text, name, short", [
    ("Le Forum des pays exportateurs de gaz et de leurs partenaires (Fopeg+) a décidé lundi de réduire sa production.",
     "Forum des pays exportateurs de gaz et de leurs partenaires", "Fopeg+"),
    ("L'Autorité de régulation des transports, des ports et de la navigation fluviale (Artran) a infligé une amende.",
     "Autorité de régulation des transports, des ports et de la navigation fluviale", "Artran"),
])
def test_a_cut_name_runs_on_to_its_short_form(nlp, text, name, short):
    found = mentions(nlp, text)
    assert short in found.get(name, []), found


# a body and its allies is another body than the first: the first keeps its own entity
def test_a_body_and_its_allies_is_another_body(nlp):
    found = mentions(nlp, "Le Forum des pays exportateurs de gaz et de leurs partenaires (Fopeg+) a suivi l'avis du "
                          "Forum des pays exportateurs de gaz, qui siège à Doha.")
    assert "Forum des pays exportateurs de gaz" in found and len(found) >= 3, found


# a sports competition is named for the body that runs it: an organisation, not a work
@pytest.mark.parametrize("text, name", [
    ("Le club a fini troisième de Pro D2 avant de monter en Top 14.", "Pro D2"),
    ("Le coureur a abandonné le Tour d'Espagne après une chute.", "Tour d'Espagne"),
])
def test_a_competition_is_an_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# a nationality noun before a name with a particle leaves the person; a company word makes no person
def test_a_name_with_a_particle_after_a_nationality_is_a_person(nlp):
    found = ents(nlp, "Une étude que conteste l'Opaep, dont le président, le Koweïtien Bader al-Enezi, a accusé "
                      "l'institut de semer le doute.")
    assert found.get("Bader al-Enezi") == "PER", found


def test_a_company_after_a_title_is_no_person(nlp):
    found = ents(nlp, "L'accord a été signé par des représentants de la Kenya National Power Company.")
    assert found.get("Kenya National Power Company") == "ORG", found


# "Etat" with a lower-case qualifier is a kind of state, no place's name
def test_a_kind_of_state_is_no_place(nlp):
    found = ents(nlp, "Le budget de l'Etat central sera voté en décembre à Vienne.")
    assert not any(name.startswith("Etat") for name in found), found


# a team or a process named by the place it is of: the place is the name, the noun no part of it
def test_a_club_of_a_place_names_the_place(nlp):
    found = ents(nlp, "Le club du Finistère a terminé deuxième du championnat.")
    assert found.get("Finistère") == "LOC" and "club du Finistère" not in found, found
