"""Session 19, study set 68 (diplomacy and security): leaving a body or a meeting is no withdrawal of forces
(sentences of our own writing)."""
from extraction_helpers import triples


def test_leaving_a_body_is_no_retreat(nlp):
    found = triples(nlp, "Le Venezuela a quitté l'Organisation des États américains (OEA) en 2019.")
    assert not any(p == "RETREAT" for _, p, _ in found), found


def test_leaving_talks_led_by_a_person_is_no_retreat(nlp):
    found = triples(nlp, "Le syndicat a quitté la réunion organisée par la ministre Hélène Varin.")
    assert not any(p == "RETREAT" for _, p, _ in found), found


def test_leaving_a_country_is_still_a_retreat(nlp):
    found = triples(nlp, "Les soldats britanniques ont quitté l'Irak en 2009.")
    assert any(p == "RETREAT" and o == "Irak" for _, p, o in found), found
