"""Session 22: CONSULT and SUPPORT. An audience set with "devoir" or in the future ("X doit recevoir Y", "X recevra
Y") is counted (planned_verbs); other planned meetings stay unrealised."""
from extraction_helpers import triples


def _has(found, s, p, o):
    return (s, p, o) in found or p == "CONSULT" and (o, p, s) in found


def test_audience_set_with_devoir(nlp):
    found = triples(nlp, "Le ministre portugais de l'Intérieur, Rui Matos, doit recevoir mardi Helga Nilsen à Lisbonne.")
    assert _has(found, "Rui Matos", "CONSULT", "Helga Nilsen"), found


def test_audience_in_the_future(nlp):
    found = triples(nlp, "La ministre suédoise du Travail, Anna Lindqvist, recevra vendredi le dirigeant syndical Erik Berg.")
    assert _has(found, "Anna Lindqvist", "CONSULT", "Erik Berg"), found


def test_planned_visit_stays_unrealised(nlp):
    found = triples(nlp, "La présidente lettone, Ilze Ozola, doit se rendre à Oslo pour rencontrer Magnus Dahl.")
    assert not _has(found, "Ilze Ozola", "CONSULT", "Magnus Dahl"), found
