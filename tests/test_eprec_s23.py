"""Session 23: event precision (sentences of our own writing). Hosting someone is no talk with them: CONSULT
from 'accueillir' was wrong in all 8 of its facts over the read corpus (a host, a country hosting institutions,
an airport hosting flights); a meeting or talk verb still gives CONSULT."""
from extraction_helpers import has, triples


def test_hosting_a_visitor_is_no_consult(nlp):
    found = triples(nlp, "Le Chili a accueilli le président péruvien Tomás Ferrer en mars.")
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_hosting_institutions_is_no_consult(nlp):
    found = triples(nlp, "L'Autriche accueille sur son sol l'Agence internationale de l'énergie atomique.")
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_meeting_still_gives_consult(nlp):
    found = triples(nlp, "Le président chilien Mateo Herrera a rencontré mardi son homologue péruvien Tomás Ferrer.")
    assert has(found, "Mateo Herrera", "CONSULT", "Tomás Ferrer"), found
