"""Entity names the NER cut short or split, session 11: hyphen joins, split person names, short forms
run over an adjective, names closed on an article (own sentences, invented names)."""
from __future__ import annotations

import pytest

from extraction_helpers import entity_labels as ents


# a hyphen-glued name runs on past a capitalised grammatical word, and after a context rule's name
@pytest.mark.parametrize("text, name", [
    ("L'association de consommateurs Logis-Que Faire a jugé mardi la hausse des loyers « injustifiée ».",
     "Logis-Que Faire"),
    ("L'association de parents Eveil-Et Partage a déposé plainte mardi.", "Eveil-Et Partage"),
    ("Le syndicat de locataires Toit-Pour Tous a appelé à manifester.", "Toit-Pour Tous"),
    ("L'opérateur norvégien Gassco-Net a fait savoir qu'une chute brutale de pression avait été détectée.",
     "Gassco-Net"),
])
def test_a_hyphen_glued_name_runs_on(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# after a title, a foreign person's name the NER split keeps both words
@pytest.mark.parametrize("text, name", [
    ("La Première ministre danoise Bente Holmgaard a estimé qu'il était « trop tôt pour tirer des conclusions ».",
     "Bente Holmgaard"),
    ("La ministre norvégienne Mette Holstad a jugé la décision « regrettable ».", "Mette Holstad"),
    ("Le Premier ministre géorgien Irakli Tchanturidze, issu du parti au pouvoir, a accusé Bruxelles de « chantage ».",
     "Irakli Tchanturidze"),
])
def test_a_split_person_name_is_joined(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "PER", found
    assert not any(n != name and n in name for n in found), found


def test_a_short_form_is_not_run_over_its_adjective(nlp):
    found = ents(nlp, "La grève générale a été lancée par la FNV socialiste et la CNV chrétienne contre la réforme des retraites.")
    assert found.get("FNV") == "ORG" and "FNV socialiste" not in found, found


# a name the NER closed on an article or a preposition runs on over what follows
@pytest.mark.parametrize("text, name", [
    ("Le ministère de la Santé et de la Prévention sanitaire, qui coordonne la campagne, a confirmé les chiffres.",
     "ministère de la Santé et de la Prévention sanitaire"),
    ("Le ministère de l'Économie et de la Relance industrielle, qui suit le dossier, a convoqué les dirigeants.",
     "ministère de l'Économie et de la Relance industrielle"),
    ("Selon l'Institut pour la recherche agronomique en Afrique, les récoltes ont reculé.",
     "Institut pour la recherche agronomique en Afrique"),
])
def test_a_name_closed_on_an_article_runs_on(nlp, text, name):
    found = ents(nlp, text)
    assert found.get(name) == "ORG", found


# a capitalised word the NER left out right before a name opens it
@pytest.mark.parametrize("text, name", [
    ("La société de transports en commun De Tram a supprimé la moitié de ses lignes mardi.", "De Tram"),
    ("L'opérateur de transports en commun De Waterbus a tout de même assuré un service minimum.", "De Waterbus"),
])
def test_a_glued_first_word_opens_the_name(nlp, text, name):
    found = ents(nlp, text)
    assert name in found, found


