"""Session 18, event arguments the parse loses: the owner of a judged act after a closing quotation mark, an
object hung on a frame adverbial's noun, a fronted adverbial the parser made the subject."""
from extraction_helpers import has, triples


def test_owner_after_closing_quote_of_judged_act(nlp):
    found = triples(nlp, "Le ministre tchèque des Affaires étrangères, Jan Lipavsky, a dénoncé une décision "
                         "« arbitraire et dangereuse » de la Hongrie.")
    assert has(found, "Jan Lipavsky", "ACCUSE", "Hongrie")


def test_owner_after_quoted_act_noun(nlp):
    found = triples(nlp, "La cheffe de l'opposition, Marta Nowicka, a critiqué “l'improvisation” du gouvernement "
                         "de la Slovaquie dans ce dossier.")
    assert has(found, "Marta Nowicka", "ACCUSE", "Slovaquie")


def test_quoted_act_with_no_actor_after_it_gives_no_object(nlp):
    found = triples(nlp, "Le ministre tchèque des Affaires étrangères, Jan Lipavsky, a dénoncé une « violation "
                         "flagrante » du cessez-le-feu.")
    assert not any(p == "ACCUSE" for _, p, _ in found)


def test_object_hung_on_frame_noun(nlp):
    found = triples(nlp, "Le secrétaire général de l'ONU, António Guterres, a salué dans un communiqué l'« engagement "
                         "exemplaire » de la Norvège en faveur de la paix.")
    assert has(found, "António Guterres", "SUPPORT", "Norvège")


def test_nationality_adjective_after_quoted_act(nlp):
    found = triples(nlp, "L'ambassadeur du Japon aux Philippines, Kazuya Endo, a dénoncé sur X « le harcèlement » russe.")
    assert has(found, "Kazuya Endo", "ACCUSE", "Russie")


def test_fronted_place_the_parser_made_the_subject_gives_way_to_the_name_before_the_verb(nlp):
    # the parser makes "Corse" (after "En") the subject of "a dénoncé"
    found = triples(nlp, "En Corse, où la question de l'autonomie reste explosive depuis l'accord de Matignon de 2000, "
                         "le Parti de la nation corse (PNC) a dénoncé une décision « irresponsable » de Paris.")
    assert not any(s == "Corse" for s, _, _ in found)
    assert has(found, "Parti de la nation corse", "ACCUSE", "France")
