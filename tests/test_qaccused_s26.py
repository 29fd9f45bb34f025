"""Session 26, quote spans: a mixed accusation starts at the accused, as the golds quote it
("a accusé la mairie de « fuir ses responsabilités »"), like an appeal's addressee; a pronoun
object and a dating adjunct stay out."""
from extraction_helpers import quotes


def _text_with(nlp, text, words):
    found = [t for t, _ in quotes(nlp, text) if words in t]
    assert found, quotes(nlp, text)
    return found[0]


def test_accused_with_the_quoted_charge(nlp):
    text = ("La grève des éboueurs se poursuit à Nantes. Le délégué syndical Marc Julien a accusé la mairie "
            "de « fuir ses responsabilités » face aux agents.")
    got = _text_with(nlp, text, "fuir ses responsabilités")
    assert got.startswith("la mairie de")


def test_accused_with_a_quoted_noun(nlp):
    text = ("Les tirs ont repris à la frontière. Le ministre des Affaires étrangères Paul Arnaud a accusé "
            "le gouvernement voisin d'« agression caractérisée ».")
    got = _text_with(nlp, text, "agression caractérisée")
    assert "gouvernement voisin" in got


def test_pronoun_object_stays_out(nlp):
    text = ("Le conflit dure depuis un an. La syndicaliste Anne Morel les a accusés de « mentir aux salariés ».")
    got = _text_with(nlp, text, "mentir aux salariés")
    assert not got.startswith("les")
