"""Session 25: event precision (sentences of our own writing). An unnamed singular office or person noun with a
nationality adjective as a clause's agent ('Le diplomate djiboutien a demandé', 'La responsable norvégienne a
accusé') is a person of that country: the one the article describes so, else the one it gives an office of that
country, else no one; its reading as the country was wrong in all 6 of its facts over the read corpus. An object
('a convoqué l'ambassadeur vénézuélien') and a group noun ('le gouvernement chypriote') still stand for the
country."""
from extraction_helpers import has, triples


def test_national_agent_is_the_person_named_before(nlp):
    found = triples(nlp, "Le ministre moldave de la Justice, Ion Rusnac, est arrivé lundi à Rome. Le négociateur "
                         "moldave a ensuite accusé la Russie de retenir des civils.")
    assert has(found, "Ion Rusnac", "ACCUSE", "Russie"), found


def test_national_agent_without_a_holder_gives_no_country(nlp):
    found = triples(nlp, "La directrice du PAM pour le Soudan, Karin Holm, a dénoncé l'attaque. La responsable "
                         "danoise a accusé les Forces du Nord d'avoir ouvert le feu sur les véhicules.")
    assert not any(p == "ACCUSE" and s == "Danemark" for s, p, _ in found), found


def test_unnamed_diplomate_gives_no_country(nlp):
    found = triples(nlp, "Le diplomate djiboutien a demandé au Conseil de sécurité de l'ONU d'activer la résolution.")
    assert not any(s == "Djibouti" for s, _, _ in found), found


def test_former_prime_minister_gives_no_country(nlp):
    found = triples(nlp, "L'ancien Premier ministre danois, qui a succédé à Paul Berg, a salué le « leadership » de "
                         "M. Trump.")
    assert not any(s == "Danemark" for s, _, _ in found), found


def test_group_noun_with_adjective_still_gives_the_country(nlp):
    found = triples(nlp, "Le gouvernement chypriote a accusé mardi la Turquie d'avoir envoyé deux frégates.")
    assert has(found, "Chypre", "ACCUSE", "Turquie"), found


def test_summoned_ambassador_still_gives_the_country(nlp):
    found = triples(nlp, "La ministre colombienne des Affaires étrangères, Laura Ortiz, a convoqué l'ambassadeur "
                         "vénézuélien pour lui demander des explications.")
    assert any(s == "Laura Ortiz" and o == "Venezuela" for s, _, o in found), found


def test_unnamed_head_of_state_still_gives_the_country(nlp):
    found = triples(nlp, "Le président slovaque a mis la Hongrie en garde contre toute ingérence.")
    assert has(found, "Slovaquie", "THREATEN", "Hongrie"), found
