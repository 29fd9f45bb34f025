"""Session 20, arguments not named in their sentence: "les trois pays" stands for the last list of three
country names (not the last three countries named)."""
from extraction_helpers import has, triples


def test_three_countries_are_the_last_list_of_three(nlp):
    found = triples(nlp, "L'Estonie, la Lettonie et la Lituanie ont signé lundi un accord énergétique à Vilnius, en "
                         "présence de la Pologne. L'Union européenne a appelé les trois pays à accélérer leurs travaux.")
    for country in ("Estonie", "Lettonie", "Lituanie"):
        assert has(found, "Union européenne", "REQUEST", country)
    assert not has(found, "Union européenne", "REQUEST", "Pologne")


def test_list_of_another_count_stands_for_nothing(nlp):
    found = triples(nlp, "La Bolivie et le Pérou ont signé un accord. L'Organisation des Etats américains a appelé "
                         "les trois pays à la retenue.")
    assert not any(p == "REQUEST" and s == "Organisation des Etats américains" for s, p, o in found)


def test_bare_count_is_no_reference_back(nlp):
    found = triples(nlp, "Le Kenya, l'Ouganda et la Tanzanie ont signé un accord commercial. L'Union européenne a "
                         "appelé trois pays à ratifier le traité.")
    assert not any(p == "REQUEST" and s == "Union européenne" for s, p, o in found)


def test_counted_states_joining_a_bloc_stay_with_the_bloc_check(nlp):
    found = triples(nlp, "Le Danemark, la Norvège et la Russie ont signé un accord. Les trois pays ont rejoint "
                         "l'Otan en 1949.")
    assert not has(found, "Russie", "MEMBER_OF", "Otan")


def test_ally_is_the_story_country(nlp):
    found = triples(nlp, "La Chine a accusé les Philippines d'avoir violé ses eaux. Les Philippines ont protesté. "
                         "Washington a aussitôt apporté son soutien à son allié.")
    assert has(found, "États-Unis", "SUPPORT", "Philippines")


def test_ally_with_its_adjective(nlp):
    found = triples(nlp, "Le Japon a dénoncé un tir de missiles de la Corée du Nord. Les Etats-Unis se tiennent aux "
                         "côtés de leur allié japonais, a déclaré Washington.")
    assert has(found, "États-Unis", "SUPPORT", "Japon")
    assert not has(found, "États-Unis", "SUPPORT", "Corée du Nord")


def test_ally_that_is_the_subject_is_no_one(nlp):
    found = triples(nlp, "Les Philippines ont protesté contre la Chine. Les Philippines ont reçu le soutien de "
                         "leur allié.")
    assert not any(o == "Philippines" and s == "Philippines" for s, p, o in found)
