"""Session 29: a sentence-opening il/elle that nothing else resolves stands for the organisation that is the main
subject of the sentence before, read past subjectless sentences, through a chain of such pronouns, and inside a
kind noun's phrase (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import triples


def test_org_named_in_a_kind_noun_subject(nlp):
    text = ("La ministre belge a défendu la réforme. L'organisation de défense des droits des réfugiés Amnesty "
            "International a pourtant affirmé que les expulsions avaient doublé. Elle a accusé la Belgique de violer "
            "ses engagements.")
    found = triples(nlp, text)
    assert ("Amnesty International", "ACCUSE", "Belgique") in found


def test_chain_of_pronouns(nlp):
    text = ("La société Nordavia a annoncé mardi la fermeture de son usine. Dans un communiqué, elle a rejeté les "
            "critiques des syndicats. Elle a accusé la Norvège de bloquer ses exportations.")
    found = triples(nlp, text)
    assert ("Nordavia", "ACCUSE", "Norvège") in found


def test_person_subject_still_wins(nlp):
    text = ("La ministre Claire Dubois a reçu mardi les syndicats. Elle a accusé la Belgique de bloquer le dossier.")
    found = triples(nlp, text)
    assert not any(s != "Claire Dubois" and p == "ACCUSE" for s, p, o in found)
