"""Session 25: help offered is an AID (sentences of our own writing). The golds give AID for an offer of help
('a proposé son aide à X', 'ont proposé d'envoyer à X des pompiers'); 'proposer' still blocks every other class
(lexicon `offered_aid`)."""
from extraction_helpers import has, triples


def test_offered_help_noun_is_aid(nlp):
    found = triples(nlp, "La Finlande a proposé son assistance technique au Portugal après les incendies.")
    assert has(found, "Finlande", "AID", "Portugal"), found


def test_offer_to_send_is_aid(nlp):
    found = triples(nlp, "La Belgique et les Pays-Bas ont proposé d'envoyer au Portugal des avions bombardiers d'eau.")
    assert has(found, "Belgique", "AID", "Portugal"), found


def test_offered_meeting_still_blocked(nlp):
    found = triples(nlp, "La Finlande a proposé de rencontrer le Portugal la semaine prochaine.")
    assert not any(p == "CONSULT" for _, p, _ in found), found


def test_offered_sanction_still_blocked(nlp):
    found = triples(nlp, "La Finlande a proposé de sanctionner le Portugal pour ses retards.")
    assert not any(p == "SANCTION" for _, p, _ in found), found
