"""Coreference of relation arguments (session 12): definite descriptions and demonstratives that refer
back to an entity named shortly before (`_Context._descriptions`).
Sentences of our own writing."""
from extraction.entities import extract_entities
from extraction.relations import _Context
from extraction_helpers import has, triples


def _resolved(nlp, text, word):
    doc = nlp(text)
    ctx = _Context(doc, extract_entities(doc))
    tok = next(t for t in doc if t.text == word)
    return [a.name for a in ctx.resolve(tok)]


def test_the_country_is_the_one_country_named_before(nlp):
    text = "La Norvège a présenté lundi un plan de réduction des émissions. Le pays a par ailleurs condamné l'Iran pour ses essais de missiles."
    assert _resolved(nlp, text, "pays") == ["Norvège"]
    assert has(triples(nlp, text), "Norvège", "ACCUSE", "Iran")
    # none when two countries fit, nor for "le pays voisin" (another country)
    text = "La Norvège a présenté lundi un plan climatique avec la Suède. Le pays a condamné l'Iran pour ses essais de missiles."
    assert _resolved(nlp, text, "pays") == []
    text = "La Norvège a présenté lundi un plan climatique. Le pays voisin a critiqué ce texte."
    assert _resolved(nlp, text, "pays") == []


def test_the_organisation_is_the_one_organisation_named_before(nlp):
    text = ("L'Organisation météorologique mondiale a publié mardi un rapport sur les sécheresses. "
            "Selon l'organisation, les pertes agricoles ont doublé.")
    assert _resolved(nlp, text, "organisation") == ["Organisation météorologique mondiale"]


def test_an_agency_described_by_an_adjective(nlp):
    text = ("L'Agence internationale de l'énergie atomique a dépêché des inspecteurs à Téhéran. "
            "L'agence onusienne a accusé l'Iran de dissimuler des activités.")
    assert has(triples(nlp, text), "Agence internationale de l'énergie atomique", "ACCUSE", "Iran")


def test_the_group_is_a_company_without_a_kind_word(nlp):
    text = "Le constructeur Stellantis a annoncé la fermeture d'une usine. Le groupe emploie 900 personnes sur le site."
    assert _resolved(nlp, text, "groupe") == ["Stellantis"]


def test_the_twenty_seven_are_the_european_union(nlp):
    text = "L'Union européenne a tenu un sommet à Bruxelles jeudi. Les Vingt-Sept ont décidé de sanctionner la Biélorussie."
    assert has(triples(nlp, text), "Union européenne", "SANCTION", "Biélorussie")


def test_the_latter_is_the_last_person_named(nlp):
    text = "Le juge a entendu Paul Martin puis Jacques Lemoine. Ce dernier a nié avoir touché de l'argent."
    assert _resolved(nlp, text, "dernier") == ["Jacques Lemoine"]
