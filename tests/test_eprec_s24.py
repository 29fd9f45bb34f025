"""Session 24: event precision (sentences of our own writing). A meeting only offered is no meeting: a CONSULT
verb in the infinitive under 'prêt à' or 'promettre de' was wrong in all 4 of its facts over the read corpus
(lexicon `offering`); a meeting held, or one refused, reads as before."""
from extraction_helpers import has, triples


def test_ready_to_meet_is_no_consult(nlp):
    found = triples(nlp, "Le ministre Paul Verdier s'est dit prêt à rencontrer le syndicaliste Marc Olivan dès lundi.")
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_promise_to_meet_is_no_consult(nlp):
    found = triples(nlp, "La présidente Anna Kessler a promis de recevoir le maire Jonas Berg avant la fin du mois.")
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_meeting_held_still_gives_consult(nlp):
    found = triples(nlp, "Le ministre Paul Verdier a rencontré lundi le syndicaliste Marc Olivan.")
    assert has(found, "Paul Verdier", "CONSULT", "Marc Olivan"), found
