"""Session 34: a pair extracted with the wrong predicate (sentences written for these tests).

`délégué syndical` is the union's mandate, an office: HOLDS_ROLE only, as `délégué général`; a plain `délégué CGT`
stays a membership and `délégué central` keeps both (the golds split there)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_union_delegate_holds_an_office_not_a_membership(nlp):
    found = triples(nlp, "« Nous ne lâcherons rien », a prévenu le délégué syndical CGT du site, Fabien Morel.")
    assert has(found, "Fabien Morel", "HOLDS_ROLE", "CGT")
    assert not has(found, "Fabien Morel", "MEMBER_OF", "CGT")


def test_union_delegate_with_de_complement(nlp):
    found = triples(nlp, "« C'est un accord responsable », a estimé Nathalie Brunet, déléguée syndicale centrale "
                         "de la CFDT chez Michelin.")
    assert has(found, "Nathalie Brunet", "HOLDS_ROLE", "CFDT")
    assert not has(found, "Nathalie Brunet", "MEMBER_OF", "CFDT")


def test_plain_delegate_stays_a_member(nlp):
    found = triples(nlp, "« Nous ne signerons pas », a lancé Karim Belhadj, délégué CGT du site, devant les salariés.")
    assert has(found, "Karim Belhadj", "MEMBER_OF", "CGT")


def test_agreement_providing_aid_is_the_givers_aid(nlp):
    found = triples(nlp, "La Tunisie et l'Union européenne ont signé jeudi à Tunis un nouvel accord migratoire "
                         "prévoyant une aide de 420 millions d'euros.")
    assert has(found, "Tunisie", "AGREE", "Union européenne")
    assert has(found, "Union européenne", "AID", "Tunisie")
    assert not has(found, "Tunisie", "AID", "Union européenne")


def test_aid_adjective_names_the_giver(nlp):
    found = triples(nlp, "Le Mexique et les Etats-Unis ont conclu jeudi à Washington un accord migratoire, en échange "
                         "d'une aide américaine de 1,2 milliard de dollars.")
    assert has(found, "États-Unis", "AID", "Mexique")
    assert not has(found, "Mexique", "AID", "États-Unis")


def test_agreement_without_money_is_no_aid(nlp):
    found = triples(nlp, "La France et le Maroc ont signé lundi un accord de coopération policière.")
    assert not has(found, "France", "AID", "Maroc") and not has(found, "Maroc", "AID", "France")
