"""Session 10: event relations by construction (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_meeting_on_the_agenda_with_devoir(nlp):
    # "doit recevoir", "doit s'entretenir avec": a scheduled meeting is reported as one
    found = triples(nlp, "La ministre de la Santé, Hélène Varnier, doit recevoir mardi le président de "
                         "la Croix-Rouge, Marc Delorme.")
    assert has(found, "Hélène Varnier", "CONSULT", "Marc Delorme"), found
    found = triples(nlp, "Le maire de Lyon, Paul Renaudin, doit s'entretenir avec Claire Fabre et Louis Mercier.")
    assert has(found, "Paul Renaudin", "CONSULT", "Claire Fabre"), found


def test_planned_trip_and_future_meeting_stay_unrealised(nlp):
    found = triples(nlp, "Le ministre autrichien des Affaires étrangères, Karl Weber, doit se rendre en Pologne.")
    assert not any(p == "CONSULT" for _, p, _ in found), found
    found = triples(nlp, "Le Chili et le Pérou se réuniront chaque trimestre.")
    assert not any(p == "CONSULT" for _, p, _ in found), found
