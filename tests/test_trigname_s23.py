"""Session 23: a trigger noun inside an organisation's name ('la Mission d'appui ...', 'le Front de soutien ...')
is part of the name, no act of anyone in the sentence. Sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Le Tchad reste confronté aux raids du Groupe de soutien aux combattants du Sahel, basé au Darfour.",
     "Tchad", "SUPPORT", "Groupe de soutien aux combattants"),
    ("La Guinée fait face depuis deux ans aux attaques du Groupe de soutien à la révolution islamique (GSRI).",
     "Guinée", "SUPPORT", "Groupe de soutien à la révolution islamique"),
    ("Le Conseil de sécurité a prolongé d'un an le mandat de la Force de répression des milices au Congo.",
     "Conseil de sécurité", "COERCE", "Force de répression des milices"),
    ("Le Conseil de sécurité de l'ONU a renouvelé le mandat de la Mission multinationale d'appui à la sécurité au Soudan.",
     "Conseil de sécurité de l'ONU", "SUPPORT", "Soudan"),
])
def test_noun_inside_a_name_is_no_trigger(nlp, text, subject, predicate, obj):
    found = triples(nlp, text)
    assert not has(found, subject, predicate, obj), found


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Le Japon a annoncé son soutien à la Moldavie face aux pressions de Moscou.", "Japon", "SUPPORT", "Moldavie"),
    ("L'alliance militaire entre l'Égypte et le Soudan inquiète l'Éthiopie.", "Égypte", "COOPERATE", "Soudan"),
])
def test_same_nouns_outside_names_still_trigger(nlp, text, subject, predicate, obj):
    found = triples(nlp, text)
    assert has(found, subject, predicate, obj), found
