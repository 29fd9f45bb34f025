"""Session 26, appointments whose parse misplaces a piece: the appointer a subject-less verb's sentence opens on,
"au poste de" hung on the appointee, a nationality noun split from the appointee's name, and "à la présidence /
direction de Y" after a name the parser cut the sentence at."""
from extraction_helpers import has, triples


def test_bare_post_of_a_board_whose_subject_the_parser_lost(nlp):
    found = triples(nlp, "Le conseil de surveillance de Norvenor Group, l'exploitant du port de Brest-Kerhuon, a nommé "
                         "mardi Julie Marchand au poste de directrice générale, en remplacement de Paul Leroux.")
    assert has(found, "Julie Marchand", "HOLDS_ROLE", "Norvenor Group")


def test_post_hung_on_an_appointee_with_a_nationality_noun(nlp):
    found = triples(nlp, "Les chefs d'État de l'Organisation des pays riverains du Niger (OPRN) ont désigné samedi à "
                         "Niamey l'Ivoirienne Awa Traoré au poste de secrétaire générale, à l'issue d'un sommet.")
    assert has(found, "Awa Traoré", "HOLDS_ROLE", "Organisation des pays riverains du Niger")


def test_presidency_after_an_appointee_and_a_date(nlp):
    found = triples(nlp, "Le gouvernement a nommé mardi l'économiste Marc Dubreuil à la présidence de la Banque "
                         "nationale de Kervalie, en remplacement d'Anne Morel.")
    assert has(found, "Marc Dubreuil", "HOLDS_ROLE", "Banque nationale de Kervalie")


def test_no_office_read_after_an_appointee_without_an_office_noun(nlp):
    found = triples(nlp, "Le gouvernement a nommé mardi Marc Dubreuil à la surprise de la Banque nationale de Kervalie.")
    assert not has(found, "Marc Dubreuil", "HOLDS_ROLE", "Banque nationale de Kervalie")
