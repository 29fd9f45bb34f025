"""Session 26: a court's bench or the court itself described ("les sept juges", "la juridiction siégeant à X")
speaks for the court named before, like "les juges" already did."""
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def _speaker_of(nlp, text, words):
    doc = nlp(text)
    quote = [q for q in extract_quotes(doc, extract_entities(doc)) if words in q.text][0]
    return quote.speaker.name if quote.speaker else None


def test_numbered_judges_are_the_court(nlp):
    text = ("La Cour suprême du Tarnavie a rejeté mardi le recours du gouvernement contre la loi sur les médias. "
            "Les sept juges ont estimé que le texte « porte atteinte à la liberté d'informer ».")
    assert "Cour suprême" in (_speaker_of(nlp, text, "liberté d'informer") or "")


def test_jurisdiction_with_participle_is_the_court(nlp):
    text = ("La Cour de justice de l'Union européenne (CJUE) a condamné jeudi la Valdavie. "
            "Saisie par la Commission, la juridiction siégeant à Luxembourg a jugé que le pays « n'a pris aucune "
            "mesure » pour appliquer son premier arrêt.")
    assert "Cour de justice" in (_speaker_of(nlp, text, "aucune") or "")


def test_judges_without_court_stay_unnamed(nlp):
    text = ("Le procès de l'ancien maire s'est ouvert lundi. "
            "Les trois juges ont estimé que le dossier était « incomplet ».")
    name = _speaker_of(nlp, text, "incomplet")
    assert name is None or "juges" in name.lower()
