"""Session 24, quote spans: ", dont ..." after the last quoted fragment of a mixed quote is the writer's
gloss on a noun, not reported words; inside an indirect clause ", dont ..." stays."""
from extraction_helpers import quotes


def _text_with(nlp, text, words):
    found = [t for t, _ in quotes(nlp, text) if words in t]
    assert found, quotes(nlp, text)
    return found[0]


def test_relative_after_the_quoted_fragment_is_left_out(nlp):
    text = ("Les usines du nord tournent au ralenti. Le patronat a jugé que la hausse des salaires serait "
            "« très lourde » pour les petits ateliers, dont beaucoup ont déjà fermé l'an passé.")
    got = _text_with(nlp, text, "très lourde")
    assert "petits ateliers" in got and "dont" not in got


def test_relative_inside_an_indirect_clause_stays(nlp):
    text = ("La réunion s'est tenue mardi à Lille. Le ministre a affirmé que plusieurs régions, dont la Bretagne, "
            "recevraient une aide supplémentaire.")
    got = _text_with(nlp, text, "recevraient")
    assert "dont la Bretagne" in got


def test_appeal_runs_on_past_the_quoted_object(nlp):
    text = ("La grève des pilotes entre dans sa deuxième semaine. La ministre a appelé les syndicats "
            "« responsables » à reprendre les discussions avec la direction.")
    got = _text_with(nlp, text, "responsables")
    assert "reprendre les discussions" in got
