"""Session 33, the demonstrative event noun: "ces accusations", "la sanction" rejected by one who answers for the
party accused or sanctioned paragraphs before (a body of its country, one holding a post in it), not only by
that party itself."""
from extraction_helpers import has, triples

_FILLER = ("Le câble relie les deux rives depuis 2019. Les réparations devraient durer plusieurs semaines. "
           "Plusieurs navires de pêche croisaient dans la zone.\n\n")


def test_ministry_of_the_accused_country_rejects_the_accuser(nlp):
    found = triples(nlp, "La Norvège a accusé mardi la Russie d'avoir endommagé un câble sous-marin.\n\n" + _FILLER
                         + "Le ministère russe de la Défense a rejeté ces accusations.")
    assert has(found, "ministère russe de la Défense", "REJECT", "Norvège")


def test_capital_of_the_accused_body_rejects_the_accuser(nlp):
    found = triples(nlp, "Le Vietnam a accusé lundi les garde-côtes chinois d'avoir éperonné un chalutier.\n\n"
                         + _FILLER + "Pékin a aussitôt rejeté ces accusations.")
    assert has(found, "Chine", "REJECT", "Vietnam")


def test_minister_of_the_accused_country_rejects_the_accuser(nlp):
    found = triples(nlp, "L'ONG Greenpeace a accusé la Norvège de violer ses engagements climatiques.\n\n" + _FILLER
                         + "Le ministre norvégien de l'Énergie, Lars Haugen, a rejeté ces accusations.")
    assert has(found, "Lars Haugen", "REJECT", "Greenpeace")


def test_denier_with_no_tie_to_the_accused_rejects_no_one(nlp):
    found = triples(nlp, "La Norvège a accusé mardi la Russie d'avoir endommagé un câble sous-marin.\n\n" + _FILLER
                         + "Le ministère suédois de la Défense a rejeté ces accusations.")
    assert not any(p == "REJECT" for _, p, _ in found)


def test_team_manager_contests_the_sanction_of_his_team(nlp):
    found = triples(nlp, "L'Union cycliste internationale (UCI) a suspendu mardi l'équipe Vento Rosso pour trente "
                         "jours.\n\n" + _FILLER
                         + "Le manager de Vento Rosso, Marco Bellini, a contesté la sanction.")
    assert has(found, "Marco Bellini", "REJECT", "Union cycliste internationale")
