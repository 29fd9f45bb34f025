"""Session 19: a trigger noun counted by a counting noun ('un nouveau train de sanctions contre X') keeps the
verb's subject as its agent and the counting noun's 'contre' complement as its target (lexicon counting_nouns;
sentences of our own writing)."""
from extraction_helpers import triples


def test_ministers_adopting_a_train_of_sanctions(nlp):
    found = triples(nlp, "Les ministres des Finances de l'Union européenne ont adopté mardi un nouveau train de "
                         "sanctions contre le Nicaragua.")
    assert ("Union européenne", "SANCTION", "Nicaragua") in found, found


def test_target_hung_on_the_counting_noun(nlp):
    found = triples(nlp, "Le Conseil a adopté un ensemble de mesures restrictives contre la Biélorussie.")
    assert ("Conseil", "SANCTION", "Biélorussie") in found, found


def test_counting_noun_with_no_trigger_is_no_event(nlp):
    found = triples(nlp, "Le Japon a adopté une série de mesures pour soutenir les agriculteurs du Chili.")
    assert not any(p == "SANCTION" for _, p, _ in found), found


def test_voting_against_a_package_is_no_sanction(nlp):
    found = triples(nlp, "La Hongrie a voté contre le paquet de sanctions visant la Russie.")
    assert ("Hongrie", "SANCTION", "Russie") not in found, found
