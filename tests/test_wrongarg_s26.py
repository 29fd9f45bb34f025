"""Session 26, the right predicate with the wrong argument: the people a "dont" lists under a counted group that
is an act's object share the act ("des sanctions contre trois responsables maliens, dont X"); the group named by
its country's adjective alone gives the country no fact."""
from extraction_helpers import triples


def _acts(nlp, text, predicate):
    return {(s, o) for s, p, o in triples(nlp, text) if p == predicate}


def test_listed_person_under_an_adjective_group_is_sanctioned(nlp):
    story = ("L'Union européenne a imposé lundi des sanctions à quatre responsables biélorusses, dont le ministre de "
             "l'Intérieur, Ivan Kouzmine, accusés d'avoir dirigé la répression des manifestations.")
    found = _acts(nlp, story, "SANCTION")
    assert ("Union européenne", "Ivan Kouzmine") in found
    assert ("Union européenne", "Biélorussie") not in found


def test_listed_person_under_a_body_keeps_the_body(nlp):
    story = ("Le Royaume-Uni a imposé lundi des sanctions à trois dirigeants de la Banque centrale de Syldavie, "
             "dont son gouverneur, Otto Kessler, en représailles à la saisie d'un navire.")
    found = _acts(nlp, story, "SANCTION")
    assert ("Royaume-Uni", "Otto Kessler") in found
    assert ("Royaume-Uni", "Banque centrale de Syldavie") in found


def test_dont_without_a_count_is_no_list(nlp):
    story = ("Les États-Unis ont imposé des sanctions à l'Agence internationale de l'énergie atomique, dont le "
             "directeur général, Pierre Lambin, a été critiqué.")
    found = _acts(nlp, story, "SANCTION")
    assert ("États-Unis", "Agence internationale de l'énergie atomique") in found
    assert ("États-Unis", "Pierre Lambin") not in found


def test_person_named_for_a_relative_is_not_listed(nlp):
    story = ("L'Union européenne a imposé lundi des sanctions à trois commandants des Forces du Nord, dont le cousin "
             "du général Omar Saleh, accusés d'avoir attaqué un convoi.")
    assert ("Union européenne", "Omar Saleh") not in _acts(nlp, story, "SANCTION")
