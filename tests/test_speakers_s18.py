"""Session 18, speakers: the object after the verb is no inverted subject, a relative "qui" or ", qu'il"
stands for the sentence's subject, a second verb after "et" keeps the first one's subject, a nickname
in quotation marks is no quote.
Sentences written for these tests."""
from extraction_helpers import quotes, speaker_of


def test_object_after_verb_is_no_inverted_subject(nlp):
    # the comma closes the subject's apposition; "les sanctions" is the verb's object
    text = ("A Ottawa, la porte-parole du ministère des Finances, Claire Dubois, a critiqué les sanctions "
            "américaines, reprochant à Washington de « punir les consommateurs ».")
    assert speaker_of(nlp, text, "punir les consommateurs") == "Claire Dubois"


def test_relative_qui_stands_for_the_name_before_it(nlp):
    text = ("« Nous ne vendrons pas », a répété M. Paul Verdier, qui a menacé de quitter « la table des "
            "discussions » avant l'assemblée générale.")
    assert speaker_of(nlp, text, "table des") == "Paul Verdier"


def test_relative_que_il_stands_for_the_sentence_subject(nlp):
    text = ("Le ministre Marc Delorme a présenté mardi son plan. M. Delorme a dénoncé l'attitude de Rome, "
            "qu'il accuse de « saboter les négociations ».")
    assert speaker_of(nlp, text, "saboter") == "Marc Delorme"


def test_second_verb_of_a_locution_after_et_keeps_the_subject(nlp):
    text = ("Le syndicat Force ouvrière conteste la réforme et a fait savoir qu'il déposerait un recours "
            "devant le Conseil d'Etat.")
    assert speaker_of(nlp, text, "déposerait un recours") == "Force ouvrière"


def test_nickname_in_quotes_is_no_quote(nlp):
    text = ("Le chef rebelle Ahmed Souleymane, dit « le Faucon », a assuré que ses hommes « respecteraient "
            "la trêve ».")
    found = quotes(nlp, text)
    assert not any(t.strip() == "le Faucon" for t, _ in found), found
    assert speaker_of(nlp, text, "respecteraient") == "Ahmed Souleymane"
