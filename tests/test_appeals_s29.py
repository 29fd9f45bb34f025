"""Session 29: announcing an appeal rejects the one who imposed the sanction appealed (sentences written for
these tests)."""
from __future__ import annotations

from extraction_helpers import triples


def test_appeal_announced_rejects_the_sanctioner(nlp):
    found = triples(nlp, "La Fédération internationale de volley a infligé mardi une lourde amende à Galvex. "
                         "Galvex a annoncé qu'il ferait appel devant le Tribunal arbitral du sport.")
    assert ("Galvex", "REJECT", "Fédération internationale de volley") in found


def test_appeal_intention_rejects_the_sanctioner(nlp):
    found = triples(nlp, "La Commission européenne a infligé jeudi une amende de 90 millions d'euros à Norvalia Systems. "
                         "Norvalia Systems a aussitôt annoncé son intention de faire appel de cette décision.")
    assert ("Norvalia Systems", "REJECT", "Commission européenne") in found


def test_appeal_given_up_is_none(nlp):
    found = triples(nlp, "La Commission européenne a infligé jeudi une amende de 90 millions d'euros à Norvalia Systems. "
                         "Norvalia Systems a renoncé à faire appel.")
    assert ("Norvalia Systems", "REJECT", "Commission européenne") not in found


def test_calling_on_someone_is_no_appeal(nlp):
    found = triples(nlp, "La Commission européenne a infligé jeudi une amende de 90 millions d'euros à Norvalia Systems. "
                         "Norvalia Systems a fait appel à un cabinet d'avocats.")
    assert ("Norvalia Systems", "REJECT", "Commission européenne") not in found
