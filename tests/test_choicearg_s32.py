"""Session 32: the right predicate with a wrong argument (sentences written for these tests): the one who makes a
replacement is not the one replaced, and a member's partners named beside it are members too."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_clitic_replacement_replaces_the_dismissed(nlp):
    found = triples(nlp, "Le président gabonais Paul Mba a limogé lundi son ministre de l'Intérieur, Jean Okou, et l'a "
                         "remplacé par la préfète de Libreville, Claire Ndong.")
    assert has(found, "Claire Ndong", "REPLACES", "Jean Okou")
    assert not has(found, "Claire Ndong", "REPLACES", "Paul Mba")


def test_gerund_replacement_names_the_newcomer(nlp):
    found = triples(nlp, "Le Premier ministre, Marc Durand, a remanié son équipe mardi en remplaçant la ministre de la "
                         "Santé, Anne Leroy, par le député Paul Martin.")
    assert has(found, "Paul Martin", "REPLACES", "Anne Leroy")
    assert not has(found, "Marc Durand", "REPLACES", "Anne Leroy")


def test_plain_replacement_stays(nlp):
    found = triples(nlp, "Paul Girard a remplacé Marie Dubois à la tête de la région, selon un décret signé par le "
                         "président Henri Blanc.")
    assert has(found, "Paul Girard", "REPLACES", "Marie Dubois")
    assert not has(found, "Henri Blanc", "REPLACES", "Marie Dubois")


def test_partners_beside_a_member_are_members(nlp):
    found = triples(nlp, "Le Qatar est membre du Conseil de coopération du Golfe aux côtés de l'Arabie saoudite, du "
                         "Koweït et d'Oman.")
    for name in ("Qatar", "Arabie saoudite", "Koweït", "Oman"):
        assert has(found, name, "MEMBER_OF", "Conseil de coopération du Golfe")


def test_partners_before_the_body_are_members(nlp):
    found = triples(nlp, "Le Niger est membre avec le Mali et le Burkina Faso de l'Alliance des États du Sahel.")
    for name in ("Niger", "Mali", "Burkina Faso"):
        assert has(found, name, "MEMBER_OF", "Alliance des États du Sahel")


def test_a_later_clause_with_avec_adds_no_member(nlp):
    found = triples(nlp, "La Norvège, membre de l'Otan, a signé mardi avec la Suède un accord de défense.")
    assert not has(found, "Suède", "MEMBER_OF", "Otan")
