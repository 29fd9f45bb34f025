"""Session 21: argument paths counted over the read corpus. A support verb's common-noun object stands for the
one its "de" complement names ("a salué l'engagement du Portugal"), also when the parser hangs that complement on
the verb; a town after "de" is where the thing is, no one supported; other predicates keep their objects."""
from extraction_helpers import triples


def test_praised_thing_of_a_country(nlp):
    found = triples(nlp, "Le gouvernement islandais a salué mardi l'engagement constant du Portugal.")
    assert ("Islande", "SUPPORT", "Portugal") in found or any(
        p == "SUPPORT" and o == "Portugal" for _, p, o in found), found


def test_supported_group_of_a_body(nlp):
    found = triples(nlp, "La Suède soutient fermement les combattants des Forces démocratiques kurdes.")
    assert ("Suède", "SUPPORT", "Forces démocratiques kurdes") in found, found


def test_town_after_de_is_no_one_supported(nlp):
    found = triples(nlp, "La Norvège a salué l'accord de Bergame entre les deux parties.")
    assert not any(p == "SUPPORT" and o == "Bergame" for _, p, o in found), found


def test_other_predicates_do_not_read_the_owner(nlp):
    found = triples(nlp, "La Suède a dénoncé la militarisation de l'Arctique par plusieurs puissances.")
    assert not any(p == "ACCUSE" and o == "Arctique" for _, p, o in found), found
