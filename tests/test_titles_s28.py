"""Session 28, title grammar: an article after a content word opens the title's noun phrase (an inverted subject
after a complement, "a déclaré devant les élus le président de X, Y"); a capitalised hyphenated portfolio word
("Outre-mer") is part of the title; "ministre des Outre-mer" is France's office."""
from extraction_helpers import triples


def _roles(nlp, text, person):
    return {o for s, p, o in triples(nlp, text) if s == person and p == "HOLDS_ROLE"}


def test_inverted_subject_after_a_complement(nlp):
    story = ("« Nous voulons être entendus », a affirmé devant les députés le président de la Nouvelle-Calédonie, "
             "Paul Wamytan, au terme d'une longue séance.")
    assert "Nouvelle-Calédonie" in _roles(nlp, story, "Paul Wamytan")


def test_inverted_subject_with_a_nationality_adjective(nlp):
    story = ("« La frontière restera ouverte », a assuré devant la presse la ministre chilienne de l'Intérieur, "
             "Carmen Rojas, lors d'une visite à Arica.")
    assert "Chili" in _roles(nlp, story, "Carmen Rojas")


def test_title_after_a_preposition_keeps_its_words(nlp):
    story = "Le porte-parole de la mission des Nations unies, Omar Diallo, a démenti ces informations."
    roles = _roles(nlp, story, "Omar Diallo")
    assert roles  # the title is read whole: "de la mission ..." does not open a new phrase


def test_hyphenated_portfolio_is_france_office(nlp):
    story = ("Le cyclone a frappé La Réunion dans la nuit de lundi. La ministre des Outre-mer, Claire Joubert, "
             "doit se rendre sur l'île dès jeudi, a annoncé le Japon, qui a proposé son aide.")
    roles = _roles(nlp, story, "Claire Joubert")
    assert "France" in roles and "Japon" not in roles
