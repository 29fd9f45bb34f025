"""A bare company noun far from the company's name (session 32): "la banque", "la société", "le constructeur" with
no fitting organisation in the last three sentences stand for the story's company, the fitting organisation the lead
names and the story names most often, strictly (`_Context._story_company`). Sentences of our own writing."""
from extraction.entities import extract_entities
from extraction.relations import _Context
from extraction_helpers import has, triples

_LEAD = "Banco Vellano a annoncé mardi la fermeture de quarante agences dans le sud-ouest de la France.\n\n"
_BODY = ("Banco Vellano emploie près de 2.000 salariés dans la région. "
         "Les syndicats ont appelé à la grève dès mercredi matin. "
         "Le préfet de la Gironde a reçu une délégation de salariés dans l'après-midi. "
         "Les élus locaux réclament un moratoire sur les fermetures. "
         "La maire de Pau, Claire Fabre, a dit son inquiétude pour les communes rurales. ")


def _resolved(nlp, text, word):
    doc = nlp(text)
    ctx = _Context(doc, extract_entities(doc))
    tok = [t for t in doc if t.text == word][-1]
    return [a.name for a in ctx.resolve(tok)]


def test_the_bank_far_from_the_name_is_the_story_company(nlp):
    text = _LEAD + _BODY + "La banque a accusé Arvenor de concurrence déloyale."
    assert _resolved(nlp, text, "banque") == ["Banco Vellano"]
    assert has(triples(nlp, text), "Banco Vellano", "ACCUSE", "Arvenor")


def test_a_seat_participle_does_not_stop_it(nlp):
    text = _LEAD + _BODY + "La banque basée à Bordeaux a accusé Arvenor de concurrence déloyale."
    assert _resolved(nlp, text, "banque") == ["Banco Vellano"]
    assert has(triples(nlp, text), "Banco Vellano", "LOCATED_IN", "Bordeaux")


def test_the_bank_as_object_far_from_the_name(nlp):
    text = _LEAD + _BODY + "La ministre de l'Economie a exhorté jeudi la banque à revoir son plan."
    assert _resolved(nlp, text, "banque") == ["Banco Vellano"]


def test_no_story_company_on_a_tie_or_outside_the_lead(nlp):
    tie = ("Banco Vellano a annoncé mardi la fermeture de quarante agences, comme Banco Morvano.\n\n"
           "Banco Vellano et Banco Morvano se partagent le marché régional. " + _BODY[_BODY.index("Les syndicats"):]
           + "La banque a accusé les élus de démagogie.")
    assert _resolved(nlp, tie, "banque") == []
    late = ("Quarante agences bancaires vont fermer dans le sud-ouest de la France.\n\n"
            "Banco Vellano a confirmé l'information lundi. " + _BODY
            + "La banque a accusé les élus de démagogie.")
    assert _resolved(nlp, late, "banque") == []
