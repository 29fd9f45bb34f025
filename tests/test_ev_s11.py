"""Session 11: event relations by construction (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_participle_after_an_aside_takes_the_subject_before_its_auxiliary(nlp):
    # "X a de son côté accusé Y": the parser makes "a" the main verb and hangs the participle on the aside
    found = triples(nlp, "La Bolivie a de son côté accusé le Paraguay de provocation.")
    assert ("Bolivie", "ACCUSE", "Paraguay") in found, found
    found = triples(nlp, "La Confédération paysanne a de son côté accusé Lactalis de mépriser les éleveurs.")
    assert ("Confédération paysanne", "ACCUSE", "Lactalis") in found, found
    found = triples(nlp, "Le Parti vert a pour sa part accusé le Portugal de laxisme.")
    assert ("Parti vert", "ACCUSE", "Portugal") in found, found
    found = triples(nlp, "La Bolivie a de son côté menacé le Paraguay de représailles.")
    assert ("Bolivie", "THREATEN", "Paraguay") in found, found


def test_name_apposed_last_to_the_subject_noun(nlp):
    # "Le chargé de ..., NAME, a accusé": the subject noun names no one; the name apposed before the auxiliary does
    found = triples(nlp, "Le chargé des questions agricoles au sein du Parti conservateur, Henri Maubert, a accusé "
                         "M. Dalmas de mentir.")
    assert ("Henri Maubert", "ACCUSE", "Dalmas") in found, found
    # with the clause parsed, a place ending the subject phrase is not its head
    found = triples(nlp, "La procureure de la République de Rennes a requis lundi deux ans de prison contre Paul Vidal.")
    assert not any(s == "Rennes" for s, _, _ in found), found


def test_demand_to_lift_a_measure_is_asked_of_its_author(nlp):
    # the nationality adjective of the sanctions names who is asked
    found = triples(nlp, "Caracas réclame la levée des sanctions américaines avant toute discussion.")
    assert ("Venezuela", "REQUEST", "États-Unis") in found, found
    # an organisation adjective, plural ("européens")
    found = triples(nlp, "L'Union européenne a gelé l'an dernier une partie de ses crédits. Le Premier ministre "
                         "slovaque Marek Hudec réclame le déblocage des fonds européens gelés.")
    assert ("Marek Hudec", "REQUEST", "Union européenne") in found, found
    # the agent of a participle on the measure
    found = triples(nlp, "Les dirigeants de l'Union européenne ont suspendu leurs versements. Bratislava exige la "
                         "levée du gel décidé par l'Union européenne.")
    assert ("Slovaquie", "REQUEST", "Union européenne") in found, found


def test_agreement_hung_on_the_place_of_signature(nlp):
    # "ont signé jeudi au Havre (Seine-Maritime) un accord": the parser makes the accord an apposition of the place
    found = triples(nlp, "La Belgique et les Pays-Bas ont signé jeudi au Havre (Seine-Maritime) un nouvel accord "
                         "portuaire.")
    assert has(found, "Belgique", "AGREE", "Pays-Bas"), found
