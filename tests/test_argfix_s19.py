"""Session 19, arguments named the way the article names them: a country written in another official spelling
("le Bélarus") is one entity with its capital and adjectives, named as the article writes it; on sentences written
for these tests."""
from extraction_helpers import has, triples

from extraction.entities import extract_entities


def _names(nlp, text):
    return {e.name: [m.text for m in e.mentions] for e in extract_entities(nlp(text))}


def test_other_spelling_names_the_country_and_joins_its_capital(nlp):
    names = _names(nlp, "La Pologne a fermé sa frontière avec le Bélarus. Varsovie accuse Minsk d'orchestrer "
                        "l'arrivée de migrants.")
    assert "Bélarus" in names and "Minsk" in names["Bélarus"], names
    assert "Biélorussie" not in names, names


def test_usual_spelling_keeps_the_lexicon_name(nlp):
    names = _names(nlp, "La Pologne a fermé sa frontière avec la Biélorussie. Varsovie accuse Minsk d'orchestrer "
                        "l'arrivée de migrants.")
    assert "Biélorussie" in names and "Minsk" in names["Biélorussie"], names


def test_adjective_finds_the_country_named_in_the_other_spelling(nlp):
    found = triples(nlp, "Le Bélarus a démenti. Le président bélarusse, Viktor Lobanov, a rejeté les accusations "
                         "de la Lituanie.")
    assert has(found, "Viktor Lobanov", "HOLDS_ROLE", "Bélarus"), found


def test_counsel_of_the_civil_party_named_before(nlp):
    # the possessive of "Son avocat" is the civil party the sentence before opens with, not the trial's defendant
    found = triples(nlp, "Le tribunal de Nantes a condamné jeudi Marc Delorme à un an de prison avec sursis. "
                         "L'association Transparence Ouest, qui s'était constituée partie civile, a salué le jugement. "
                         "Son avocat, Me Paul Girard, a évoqué « un signal fort ».")
    assert has(found, "Paul Girard", "REPRESENTS", "Transparence Ouest"), found
    assert not has(found, "Paul Girard", "REPRESENTS", "Marc Delorme"), found


def test_counsel_of_the_defendant_without_civil_party(nlp):
    found = triples(nlp, "Le tribunal de Nantes a condamné jeudi Marc Delorme à un an de prison avec sursis. "
                         "Marc Delorme a toujours nié les faits. Son avocat, Me Paul Girard, a annoncé un appel.")
    assert has(found, "Paul Girard", "REPRESENTS", "Marc Delorme"), found
