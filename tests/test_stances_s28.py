"""Session 28, ACCUSE and THREATEN said in a quote: the quote stage's speaker of a reported opinion that lays an act
at the name opening its clause accuses that name; the speaker of a warning that hangs on someone's act ("si X",
"tant que X") threatens that someone."""
from functools import partial

from extraction_helpers import has, triples

triples = partial(triples, with_quotes=True)  # these rules read the quote events


def test_opinion_laying_an_act_at_a_named_subject(nlp):
    found = triples(nlp, "Le ministre letton des Affaires étrangères, Karlis Ozols, a estimé que Moscou cherchait "
                         "à « déstabiliser » la région.")
    assert any(s == "Karlis Ozols" and p == "ACCUSE" for s, p, _ in found)


def test_opinion_after_selon(nlp):
    found = triples(nlp, "Selon Marc Petit, Norvalis « ferme les yeux » sur la pollution du fleuve.")
    assert has(found, "Marc Petit", "ACCUSE", "Norvalis")


def test_no_accusation_of_a_neutral_opinion(nlp):
    found = triples(nlp, "Le ministre letton des Affaires étrangères, Karlis Ozols, a estimé que Moscou restait "
                         "« un voisin important » pour la région.")
    assert not any(p == "ACCUSE" for _, p, _ in found)


def test_no_accusation_of_the_speakers_own_country(nlp):
    found = triples(nlp, "Le porte-parole du gouvernement russe, Ivan Sokolov, a affirmé que la Russie cherchait "
                         "à « apaiser » la situation.")
    assert not any(p == "ACCUSE" for _, p, _ in found)


def test_warning_quote_hanging_on_a_named_act(nlp):
    found = triples(nlp, "« Si Norvalis ne rouvre pas l'usine, nous bloquerons tous ses dépôts », a prévenu "
                         "le délégué syndical Paul Garnier.")
    assert has(found, "Paul Garnier", "THREATEN", "Norvalis")


def test_warning_until_a_named_act(nlp):
    found = triples(nlp, "La commissaire européenne Anna Lindqvist a averti que les négociations resteraient bloquées "
                         "tant que Belgrade refuserait d'appliquer les sanctions.")
    assert any(s == "Anna Lindqvist" and p == "THREATEN" for s, p, _ in found)


def test_no_threat_without_a_warning_cue(nlp):
    found = triples(nlp, "« Si Norvalis rouvre l'usine, nous serons satisfaits », a déclaré le délégué "
                         "syndical Paul Garnier.")
    assert not any(p == "THREATEN" for _, p, _ in found)
