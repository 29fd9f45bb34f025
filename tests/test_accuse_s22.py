"""Session 22, denounced measures: a measure noun with no author, denounced, accuses the one who took it (the
last SANCTION against the accuser, else the subject of the story's first sentence), never the accuser."""
from extraction_helpers import has, triples


def test_lead_decision_denounced_later(nlp):
    found = triples(nlp, "Le Danemark a fermé jeudi son ambassade à Caracas.\n\n"
                         "Le Venezuela a dénoncé une décision « hostile » et convoqué un diplomate.")
    assert has(found, "Venezuela", "ACCUSE", "Danemark")


def test_sanction_against_the_accuser_comes_first(nlp):
    found = triples(nlp, "Le Canada a organisé mardi un sommet sur le commerce.\n\n"
                         "Le Japon a imposé des sanctions à la Corée du Nord. La Corée du Nord a dénoncé une décision "
                         "« illégale ».")
    assert has(found, "Corée du Nord", "ACCUSE", "Japon")
    assert not has(found, "Corée du Nord", "ACCUSE", "Canada")


def test_measure_with_its_author_is_not_looked_back_for(nlp):
    found = triples(nlp, "Le Danemark a fermé jeudi son ambassade à Caracas.\n\n"
                         "Le Venezuela a dénoncé une décision du Brésil.")
    assert not has(found, "Venezuela", "ACCUSE", "Danemark")


def test_the_lead_itself_accuses_no_one_by_this_rule(nlp):
    found = triples(nlp, "Le Venezuela a dénoncé jeudi une décision injuste.\n\nLe Venezuela a dénoncé une décision « hostile ».")
    assert not any(p == "ACCUSE" for _, p, _ in found)


def test_measure_described_with_a_name_in_place_is_not_the_leads(nlp):
    found = triples(nlp, "Le Danemark a fermé jeudi son ambassade à Caracas.\n\n"
                         "Le Venezuela a dénoncé une décision qui ignore les menaces de la Colombie.")
    assert not has(found, "Venezuela", "ACCUSE", "Danemark")
