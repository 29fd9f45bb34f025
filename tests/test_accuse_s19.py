"""Session 19, accusations: who accuses whom when the accuser is a list of authors before a relative clause,
an object description hung with its infinitive, or a clause after a denial."""
from extraction_helpers import has, triples


def test_relative_after_listed_agents_stands_for_all_of_them(nlp):
    found = triples(nlp, "Le conseil de l'Organisation maritime internationale a voté lundi un texte déposé par "
                         "la Norvège, le Danemark et l'Islande, qui accuse la Russie de pêche illégale.")
    for country in ("Norvège", "Danemark", "Islande"):
        assert has(found, country, "ACCUSE", "Russie")


def test_relative_after_one_name_is_that_name_only(nlp):
    found = triples(nlp, "Le conseil a voté lundi un texte déposé par la Norvège, qui accuse la Russie de pêche illégale "
                         ", avec le soutien du Danemark.")
    assert has(found, "Norvège", "ACCUSE", "Russie")
    assert not has(found, "Danemark", "ACCUSE", "Russie")


def test_bare_state_is_the_story_country(nlp):
    found = triples(nlp, "Le gouvernement français a prolongé l'état d'urgence en Guyane. Le collectif Trop c'est trop, "
                         "qui réunit des élus guyanais, a accusé l'Etat d'abandonner la région, a rapporté la France.")
    assert has(found, "Trop c'est trop", "ACCUSE", "France")


def test_state_with_its_own_adjective_is_not_the_story_country(nlp):
    found = triples(nlp, "Le gouvernement français a renforcé ses troupes au Sahel. Le président malien a accusé l'Etat "
                         "islamique d'avoir attaqué Ménaka, a rapporté la France.")
    assert not any(o == "France" and p == "ACCUSE" for _, p, o in found)
