"""Session 32: the owner of a possessive before a role noun (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_union_delegate_holds_role_in_the_union_named_before(nlp):
    found = triples(nlp, "La CGT a dénoncé mardi la fermeture de l'usine de Montbard. « Nous ne laisserons pas "
                         "partir ces machines », a prévenu son délégué central, Marc Dubreuil.", with_quotes=True)
    assert has(found, "Marc Dubreuil", "HOLDS_ROLE", "CGT")


def test_party_mp_is_member_of_the_party_named_before(nlp):
    found = triples(nlp, "Le Parti socialiste a refusé de voter le budget de la région. « Ce texte oublie les "
                         "communes rurales », a regretté sa députée Claire Fontanel.", with_quotes=True)
    assert has(found, "Claire Fontanel", "MEMBER_OF", "Parti socialiste")


def test_unnamed_owner_of_the_same_clause_gives_nothing(nlp):
    # the possessive's owner is the clause's subject ("les habitants"), not the company named last
    found = triples(nlp, "Enedis a coupé l'électricité de trois quartiers de Privas lundi. Les habitants, qui "
                         "soutiennent leur élu Marc Vidal, ont manifesté devant la mairie.")
    assert not [t for t in found if t[0] == "Marc Vidal" and t[2] == "Enedis"]


def test_tried_defendant_is_no_court_officer(nlp):
    # "jugé pour ..." folds to the title "juge": the defendant must stay a client, not a judge
    found = triples(nlp, "Paul Girardin, 47 ans, jugé pour abus de biens sociaux, a nié les faits devant le "
                         "tribunal correctionnel de Lyon. Son avocat, Me Louis Brunet, a plaidé la relaxe.",
                    with_quotes=True)
    assert has(found, "Louis Brunet", "REPRESENTS", "Paul Girardin")
