"""Session 17b, event arguments: reciprocal acts of three or more coordinated parties, a plural noun with a
list of "de" complements, a grouping participle that is no meeting."""
from extraction_helpers import has, triples


def test_three_coordinated_signatories_bind_each_pair(nlp):
    found = triples(nlp, "Le Brésil, l'Argentine et l'Uruguay ont signé un accord commercial.")
    assert has(found, "Argentine", "AGREE", "Uruguay")
    assert has(found, "Brésil", "AGREE", "Argentine")
    assert has(found, "Brésil", "AGREE", "Uruguay")


def test_talks_between_three_parties_bind_each_pair(nlp):
    found = triples(nlp, "Les discussions entre le Brésil, l'Argentine et l'Uruguay ont repris.")
    assert has(found, "Argentine", "CONSULT", "Uruguay")


def test_plural_noun_stands_for_each_listed_de_complement(nlp):
    found = triples(nlp, "Les chefs des gouvernements du Paraguay, de la Bolivie et de l'Equateur ont signé hier un traité.")
    assert has(found, "Paraguay", "AGREE", "Bolivie")
    assert has(found, "Paraguay", "AGREE", "Équateur")
    assert has(found, "Bolivie", "AGREE", "Équateur")



def test_apposed_grouping_participle_is_no_meeting(nlp):
    found = triples(nlp, "La Suède, la Norvège et le Danemark, réunis au sein du groupe dit Nordique, ont publié un texte.")
    assert not any(p == "CONSULT" for _, p, _ in found)



def test_participle_after_et_shares_the_first_verbs_subject_past_an_infinitive(nlp):
    # the parser coordinates "exhorté" with the infinitive "trahir": its subject is the one of "a accusé"
    found = triples(nlp, "La présidente du Parti vert, Anna Lindqvist, a accusé la Norvège de « trahir » ses "
                         "engagements et exhorté le gouvernement danois à revoir sa position.")
    assert has(found, "Anna Lindqvist", "REQUEST", "Danemark")


def test_participle_after_et_takes_the_name_after_it_as_object(nlp):
    # the parser coordinates "pressé" with the noun "progrès" and makes the name after it its subject
    found = triples(nlp, "À Oslo, la Fédération des industries norvégiennes (NHO) a salué des « progrès réels » et "
                         "pressé le gouvernement suédois de conclure rapidement afin de rassurer les investisseurs.")
    assert has(found, "Fédération des industries norvégiennes", "REQUEST", "Suède")
