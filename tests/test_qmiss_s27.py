"""Session 27, gold quotes missed outright: a reported clause whose "qu'" the tokenizer splits from the
guillemet right after it ("a prévenu qu'« ... »"), and a "que" after a setting adjunct the parser reads as
a relative on that adjunct's noun ("a fait savoir depuis Madrid que", "a affirmé lors du débat que",
"a assuré à l'issue de la réunion que", "a écrit sur les réseaux sociaux que"); a relative "que" on the object after
such an adjunct stays no complement."""
from extraction_helpers import quotes


def _texts(nlp, text):
    return [t for t, _ in quotes(nlp, text)]


def test_split_que_before_guillemet(nlp):
    text = ("La récolte de blé a chuté de moitié. Le président de la coopérative, Paul Moreau, a averti "
            "qu'« aucune exploitation ne tiendra une année de plus sans pluie ».")
    got = quotes(nlp, text)
    assert any("aucune exploitation ne tiendra" in t and sp == "Paul Moreau" for t, sp in got), got


def test_split_que_with_quoted_subject(nlp):
    text = ("Le sommet s'est achevé dimanche. La présidente du comité, Anne Kessler, a estimé qu'« un accord "
            "durable » avait été trouvé entre les délégations.")
    assert any(t.startswith("« un accord durable »") for t in _texts(nlp, text)), _texts(nlp, text)


def test_que_after_depuis_place(nlp):
    text = ("Les négociations reprennent lundi. Le ministre espagnol, Luis Ortega, a fait savoir depuis Madrid "
            "que son pays resterait « ouvert au dialogue ».")
    assert any(t.startswith("son pays resterait") for t in _texts(nlp, text)), _texts(nlp, text)


def test_que_after_lors_de(nlp):
    text = ("Le procès s'est ouvert mardi. L'accusé avait affirmé lors de sa garde à vue qu'il était « un simple "
            "chauffeur ».")
    assert any(t.startswith("il était") for t in _texts(nlp, text)), _texts(nlp, text)


def test_que_after_a_l_issue_de(nlp):
    text = ("Le conseil a voté le budget. La maire, Claire Dubois, a assuré à l'issue de la séance que la ville "
            "n'augmenterait « pas les impôts ».")
    assert any(t.startswith("la ville n'augmenterait") for t in _texts(nlp, text)), _texts(nlp, text)


def test_que_after_social_networks(nlp):
    text = ("L'entraîneur a quitté le club vendredi. Son ancien capitaine a écrit sur les réseaux sociaux que son "
            "départ était « une immense perte ».")
    assert any(t.startswith("son départ était") for t in _texts(nlp, text)), _texts(nlp, text)


def test_relative_on_the_object_stays_out(nlp):
    text = "Le chantier a pris du retard. Le maire a dénoncé depuis des années les retards que la ville subit."
    assert _texts(nlp, text) == []
