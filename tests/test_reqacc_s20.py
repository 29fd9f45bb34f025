"""Session 20, requests and accusations: a participle the parser hung on the aside "de son côté" / "pour sa part"
takes the clause's subject; "la direction" alone is the management of the one company the story introduced as
such; a Red Crescent society keeps its nationality after "arabe"; the names a ", dont" lists after a noun the
parser made an adverbial of the verb ("Plusieurs pays, dont A et B, ont exigé") are its subjects."""
from extraction_helpers import has, triples


def test_aside_noun_made_root_keeps_the_subject(nlp):
    found = triples(nlp, "Amnesty International a, de son côté, condamné la Hongrie pour sa loi sur les ONG.")
    assert has(found, "Amnesty International", "ACCUSE", "Hongrie")


def test_aside_after_a_relative_keeps_the_subject(nlp):
    found = triples(nlp, "Le Secours islamique a de son côté accusé la Turquie et la Grèce de refouler les migrants.")
    assert has(found, "Secours islamique", "ACCUSE", "Turquie")


def test_bare_management_is_the_introduced_company(nlp):
    found = triples(nlp, "Les conducteurs de l'exploitant, la société Transalpes, ont cessé le travail lundi. "
                         "La CGT a accusé la direction de mépriser les salariés.")
    assert has(found, "CGT", "ACCUSE", "Transalpes")


def test_bare_management_with_two_companies_is_none(nlp):
    found = triples(nlp, "La société Transalpes et le groupe Vialis ont signé un accord lundi. "
                         "La CGT a accusé la direction de mépriser les salariés.")
    assert not any(s == "CGT" and p == "ACCUSE" for s, p, _ in found)


def test_red_crescent_society_keeps_its_nationality(nlp):
    found = triples(nlp, "Le Croissant-Rouge arabe libyen a de son côté accusé la Tunisie d'abandonner les migrants.")
    assert has(found, "Croissant-Rouge arabe libyen", "ACCUSE", "Tunisie")


def test_listed_countries_parsed_as_an_adverbial_are_the_askers(nlp):
    found = triples(nlp, "Six pays européens, dont la Suède, la Finlande et l'Estonie, ont exigé de la Russie la "
                         "libération des marins.")
    for country in ("Suède", "Finlande", "Estonie"):
        assert has(found, country, "REQUEST", "Russie")


def test_listed_countries_parsed_as_an_adverbial_are_the_accusers(nlp):
    found = triples(nlp, "Plusieurs pays, dont le Ghana et le Sénégal, ont accusé le Mali de fermer ses frontières.")
    assert has(found, "Ghana", "ACCUSE", "Mali") and has(found, "Sénégal", "ACCUSE", "Mali")
