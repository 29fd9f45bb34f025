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
