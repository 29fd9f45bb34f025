"""Session 27, ACCUSE / REQUEST / REJECT recall: a denier of "ces accusations" the entity stage leaves unnamed (a
description such as "les producteurs", "l'instance") is the one the last accusation accused."""
from extraction_helpers import has, triples

ACCUSATION = "Le Parti vert a accusé l'Union des producteurs de cacao de fermer les yeux sur le travail des enfants. "


def test_described_denier_of_these_accusations(nlp):
    found = triples(nlp, ACCUSATION + "Les producteurs ont rejeté ces accusations.")
    assert has(found, "Union des producteurs de cacao", "REJECT", "Parti vert")


def test_no_denier_read_for_a_negated_denial(nlp):
    found = triples(nlp, ACCUSATION + "Les producteurs n'ont pas rejeté ces accusations.")
    assert not has(found, "Union des producteurs de cacao", "REJECT", "Parti vert")
