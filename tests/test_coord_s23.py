"""Session 23, joint acts of coordinated doers: "commun"/"conjoint" on any act noun, or "conjointement" on the verb,
makes two or more coordinated subjects or agents cooperate with each other (never a third party)."""
from extraction_helpers import has, triples


def test_shared_order_pairs_each_buyer(nlp):
    found = triples(nlp, "Le Danemark, l'Estonie et la Lettonie ont passé lundi une commande commune de 40 radars.")
    assert has(found, "Danemark", "COOPERATE", "Estonie")
    assert has(found, "Estonie", "COOPERATE", "Lettonie")


def test_shared_appeal_of_two_unions(nlp):
    found = triples(nlp, "La CGT et FO ont déposé vendredi un recours commun devant le tribunal administratif.")
    assert has(found, "CGT", "COOPERATE", "FO")


def test_jointly_pairs_the_subjects(nlp):
    found = triples(nlp, "Le Portugal et l'Irlande financeront conjointement la construction d'un câble sous-marin.")
    assert has(found, "Portugal", "COOPERATE", "Irlande")


def test_jointly_pairs_the_agents(nlp):
    found = triples(nlp, "Le projet de résolution, présenté conjointement par le Chili et le Mexique, a été adopté mardi.")
    assert has(found, "Chili", "COOPERATE", "Mexique")


def test_one_subject_has_no_partner_from_the_adjective(nlp):
    found = triples(nlp, "Le Portugal a déposé un recours commun avec l'Irlande devant la Cour.")
    assert not any(p == "COOPERATE" and "Cour" in (s + o) for s, p, o in found)


def test_joint_statement_stays_an_agreement(nlp):
    found = triples(nlp, "Le Chili et le Pérou ont signé mardi une déclaration commune.")
    assert not has(found, "Chili", "COOPERATE", "Pérou")


def test_shared_thing_in_a_purpose_clause_is_only_planned(nlp):
    found = triples(nlp, "La CGT, FO et la CFDT ont signé lundi un accord pour présenter une plateforme commune.")
    assert not any(p == "COOPERATE" for _, p, _ in found)
