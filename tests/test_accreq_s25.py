"""Session 25, ACCUSE and REQUEST recall: in "X a sanctionné Y, qu'il accuse de ...", the pronoun subject of the
relative stands for the main clause's subject (an organisation or a country as often as a person), and the one
accused is the name before the comma, past a participle or apposition that ends on a town."""
from extraction_helpers import has, triples


def test_fined_company_the_regulator_accuses(nlp):
    found = triples(nlp, "La Commission nationale des jeux (CNJ) a infligé jeudi une amende à la société Orvalis, "
                         "un opérateur installé à Lyon, qu'elle accuse d'avoir trompé ses clients.")
    assert has(found, "Commission nationale des jeux", "ACCUSE", "Orvalis")
    assert not has(found, "Commission nationale des jeux", "ACCUSE", "Lyon")


def test_sanctioned_shipowner_past_its_town(nlp):
    found = triples(nlp, "Le département du Commerce américain a annoncé mardi des sanctions contre l'armateur "
                         "Polaris Maritime, basé à Gênes, qu'il accuse d'avoir transporté du pétrole.")
    assert has(found, "département du Commerce", "ACCUSE", "Polaris Maritime")
    assert not any(p == "ACCUSE" and o == "Gênes" for _, p, o in found)


def test_pronoun_of_another_number_is_not_the_subject(nlp):
    found = triples(nlp, "La Norvège a expulsé deux diplomates de Moldavie, qu'ils accusent d'espionnage.")
    assert not has(found, "Norvège", "ACCUSE", "Moldavie")
