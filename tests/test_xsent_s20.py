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
