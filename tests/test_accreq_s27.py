"""Session 27, ACCUSE / REQUEST / REJECT recall: the denier of "ces accusations" where the parse loses it (a subject cut
by a relative clause) or the entity stage leaves it unnamed (a
description such as "les producteurs", "l'instance") is the one the last accusation accused."""
from extraction_helpers import has, triples

ACCUSATION = "Le Parti vert a accusé l'Union des producteurs de cacao de fermer les yeux sur le travail des enfants. "


def test_described_denier_of_these_accusations(nlp):
    found = triples(nlp, ACCUSATION + "Les producteurs ont rejeté ces accusations.")
    assert has(found, "Union des producteurs de cacao", "REJECT", "Parti vert")


def test_no_denier_read_for_a_negated_denial(nlp):
    found = triples(nlp, ACCUSATION + "Les producteurs n'ont pas rejeté ces accusations.")
    assert not has(found, "Union des producteurs de cacao", "REJECT", "Parti vert")


def test_denier_cut_from_its_verb_by_a_relative_clause(nlp):
    found = triples(nlp, "Le syndicat Force ouvrière a accusé la société Norvalis d'avoir licencié des grévistes. "
                         "Norvalis, dont le siège est à Lyon, a contesté ces accusations.")
    assert has(found, "Norvalis", "REJECT", "Force ouvrière")


def test_no_denier_read_for_an_indefinite_source(nlp):
    found = triples(nlp, "L'ONG Greenwatch a accusé mardi l'Union des producteurs de cacao de fermer les yeux. "
                         "Une source gouvernementale a balayé ces critiques.")
    assert not any(p == "REJECT" for _, p, _ in found)
