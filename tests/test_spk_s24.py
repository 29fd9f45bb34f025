"""Session 24, speakers: a verb coordinated with a reporting verb shares its speaker, not the subject of the
clause that verb reported."""
from extraction_helpers import speaker_of


def test_coordinated_verb_after_reported_clause_keeps_the_reporter(nlp):
    text = ("La réforme des retraites divise la majorité. La sénatrice Hélène Garnier a estimé que le parti "
            "« commettrait une faute » en votant le texte, et a appelé ses collègues à « réfléchir encore ».")
    assert speaker_of(nlp, text, "réfléchir encore") == "Hélène Garnier"


def test_pronoun_subject_of_reported_clause_is_not_the_next_speaker(nlp):
    text = ("Le pétrolier a quitté le port samedi. Ottawa a fait savoir qu'il suivait la situation « de près » et "
            "a rappelé que les deux pays coopéraient au sein de l'Otan.")
    assert speaker_of(nlp, text, "coopéraient") == speaker_of(nlp, text, "suivait la situation")


def test_own_subject_after_et_keeps_its_words(nlp):
    text = ("Le conseil municipal s'est réuni lundi. Le maire Paul Renaud a assuré que le port rouvrirait mardi, "
            "et le préfet Jean Morel a promis que les quais seraient contrôlés.")
    assert speaker_of(nlp, text, "quais seraient") == "Jean Morel"
