"""A measure rejected without its author ("a rejeté ces mesures") is rejected from the one who imposed it on the
rejecter (the last SANCTION relation found before, with the rejecter as its object)."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations


def triples(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))}


def test_measures_rejected_by_the_sanctioned(nlp):
    text = ("Le Canada a imposé de nouvelles sanctions à la Biélorussie lundi.\n\n"
            "Des diplomates ont été convoqués.\n\nMinsk a aussitôt rejeté ces mesures.")
    found = triples(nlp, text)
    assert ("Canada", "SANCTION", "Biélorussie") in found
    assert ("Biélorussie", "REJECT", "Canada") in found


def test_fine_contested_by_the_fined_company(nlp):
    text = ("La Commission européenne a infligé une amende de 2 milliards d'euros au groupe Veltrona. "
            "Veltrona a contesté la sanction devant la justice.")
    assert ("Veltrona", "REJECT", "Commission européenne") in triples(nlp, text)


def test_demand_rejected_by_the_one_asked(nlp):
    text = "Le Canada a appelé la Biélorussie à libérer les opposants. Minsk a rejeté cet appel."
    assert ("Biélorussie", "REJECT", "Canada") in triples(nlp, text)
