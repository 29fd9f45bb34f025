"""Session 12: event facts carried by words and constructions the trigger lexicon lacked (trade measures on a
country's goods, nominal and support-verb forms), with sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # a trade measure "sur" goods of a country: its "par" agent, else the imposing verb's subject, sanctions it
    ("Le Canada a répliqué aux surtaxes de 30 % imposées par les États-Unis sur le bois et le papier canadiens.",
     "États-Unis", "SANCTION", "Canada"),
    ("La Turquie a imposé des droits compensateurs sur les tubes d'acier en provenance du Vietnam et de la Thaïlande.",
     "Turquie", "SANCTION", "Thaïlande"),
    ("Le Brésil a imposé des droits de douane sur les pneus fabriqués en Corée du Sud.",
     "Brésil", "SANCTION", "Corée du Sud"),
    ("Les exportateurs veulent échapper aux taxes décidées par l'Union européenne sur les panneaux importés "
     "d'Indonésie.", "Union européenne", "SANCTION", "Indonésie"),
])
def test_new_triggers(nlp, text, subject, predicate, obj):
    assert has(triples(nlp, text), subject, predicate, obj), triples(nlp, text)


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # only threatened or planned: no sanction yet
    ("Le Brésil envisage d'imposer des droits de douane sur les pneus fabriqués en Corée du Sud.",
     "Brésil", "SANCTION", "Corée du Sud"),
    # a tax on goods with no origin named
    ("Le Chili a relevé les taxes sur les vins importés.", "Chili", "SANCTION", "Chili"),
])
def test_no_new_trigger(nlp, text, subject, predicate, obj):
    assert not has(triples(nlp, text), subject, predicate, obj), triples(nlp, text)
