"""Session 31: `repaired_heads` re-hangs the parser's systematic faults after it (sentences of our own writing)."""
from __future__ import annotations

import numpy as np
from spacy.attrs import SENT_START

from extraction.nlp import head_repairs


def _arc(doc, word):
    tok = next(t for t in doc if t.text == word)
    return tok.dep_, tok.head.text


def test_subject_hung_on_the_auxiliary_goes_to_the_participle(nlp):
    doc = nlp("Le ministre norvégien des Finances, Erik Solberg, a quant à lui rejeté la proposition, "
              "estimant qu'elle coûterait trop cher.")
    assert _arc(doc, "ministre") == ("nsubj", "rejeté")


def test_object_hung_on_the_weekday_goes_to_the_verb(nlp):
    doc = nlp("La banque centrale a relevé jeudi son taux directeur.")
    assert _arc(doc, "taux") == ("obj", "relevé")
    assert _arc(doc, "jeudi")[1] == "relevé"


def test_a_date_after_the_weekday_is_no_object(nlp):
    doc = nlp("Le président est arrivé jeudi 12 mars à Dakar.")
    assert _arc(doc, "mars")[0] != "obj"


def test_the_inverted_subject_after_a_quote_is_left_alone(nlp):
    doc = nlp("Ce n'est pas acceptable », a déclaré à l'AFP un porte-parole du ministère.")
    assert not [r for r in head_repairs(doc) if r[0] == "place_object"]


def test_sentence_starts_do_not_change(nlp):
    text = ("Le directeur de l'agence a pour sa part estimé que la situation restait « sous contrôle ». "
            "La banque a relevé jeudi son taux directeur.\nLe syndicat a de son côté dénoncé la réforme.")
    with nlp.select_pipes(disable=["repaired_heads"]):
        bare = nlp(text)
    doc = nlp(text)
    assert np.array_equal(bare.to_array(SENT_START) == 1, doc.to_array(SENT_START) == 1)
    assert [s.text for s in bare.sents] == [s.text for s in doc.sents]


def test_inverted_pronoun_is_the_subject_of_the_participle(nlp):
    # (the bare parse: "-t" the subject and "-il" a `fixed` word of it; "-t" and "-elle" two subjects)
    doc = nlp("Les prix vont baisser, a-t-il promis aux commerçants.")
    assert _arc(doc, "-il") == ("nsubj", "promis")
    assert _arc(doc, "-t") == ("dep", "-il")
    doc = nlp("« Nous ne reculerons pas », a-t-elle déclaré devant les élus.")
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "déclaré"] == ["-elle"]
