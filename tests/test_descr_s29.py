"""Session 29, descriptions as arguments: a clause set off by a comma or a seat participle on a description does not
say which one: the description still refers back; a clause with no comma still says which one."""
from extraction_helpers import has, triples


def test_comma_aside_keeps_the_reference(nlp):
    found = triples(nlp, "La Cédéao a tenu un sommet samedi à Abuja. L'organisation, qui compte quinze membres, a "
                         "accusé le Togo de fraude.")
    assert has(found, "Cédéao", "ACCUSE", "Togo")


def test_restrictive_clause_still_says_which_one(nlp):
    found = triples(nlp, "La Cédéao a tenu un sommet samedi à Abuja. L'organisation qui surveille le scrutin a "
                         "accusé le Togo de fraude.")
    assert not has(found, "Cédéao", "ACCUSE", "Togo")

