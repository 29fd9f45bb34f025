"""Session 17 (hold): offices whose owner the title leaves implicit; sentences of our own writing."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations


def triples(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc)
    return {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))}


def test_leaning_after_a_state_office(nlp):
    # "le Premier ministre conservateur X": the leaning is the holder's, the office still a state office
    text = ("La Slovénie prépare son budget. Le Premier ministre libéral Robert Golob a présenté mardi "
            "un plan d'économies.")
    assert ("Robert Golob", "HOLDS_ROLE", "Slovénie") in triples(nlp, text)


def test_government_named_by_its_head(nlp):
    text = ("La Nouvelle-Zélande a relevé ses taxes. L'opposition a dénoncé mardi la politique du gouvernement "
            "de Christopher Luxon.")
    assert ("Christopher Luxon", "HOLDS_ROLE", "Nouvelle-Zélande") in triples(nlp, text)


def test_government_led_by_with_its_adjective(nlp):
    text = "Le gouvernement portugais dirigé par Henrique Valadares a annoncé une réforme des retraites."
    assert ("Henrique Valadares", "HOLDS_ROLE", "Portugal") in triples(nlp, text)


def test_leader_of_the_lexicon_added(nlp):
    text = ("La Norvège et l'Islande ont signé un accord de pêche. La Première ministre Kristrún Frostadóttir "
            "a salué le résultat.")
    assert ("Kristrún Frostadóttir", "HOLDS_ROLE", "Islande") in triples(nlp, text)
