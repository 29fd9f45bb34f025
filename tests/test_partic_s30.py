"""Session 30: subjectless participles: the aside between auxiliary and participle ("a de son côté", "a au
contraire", "a en revanche") and the gerund set off by a comma (sentences written for these tests; the aside
parses are built by hand, the shape the parser gives in longer sentences)."""
from __future__ import annotations

from spacy.tokens import Doc

from extraction import relations as R
from extraction.entities import extract_entities
from extraction_helpers import triples


def _built(nlp, words, heads, deps, pos, lemmas, morphs, ents):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs, ents=ents)
    entities = extract_entities(doc)
    return doc, R._Context(doc, entities)


def test_aside_noun_as_the_auxiliarys_object(nlp):
    # "Le Kremlin a de son côté dénoncé la Pologne ." with "côté" the object of "a", the participle its acl
    doc, ctx = _built(nlp, ["Le", "Kremlin", "a", "de", "son", "côté", "dénoncé", "la", "Pologne", "."],
                      [1, 2, 2, 5, 5, 2, 5, 8, 6, 2],
                      ["det", "nsubj", "ROOT", "case", "det", "obj", "acl", "det", "obj", "punct"],
                      ["DET", "PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "DET", "PROPN", "PUNCT"],
                      ["le", "Kremlin", "avoir", "de", "son", "côté", "dénoncer", "le", "Pologne", "."],
                      ["", "", "VerbForm=Fin", "", "", "", "Tense=Past|VerbForm=Part", "", "", ""],
                      ["O", "B-ORG", "O", "O", "O", "O", "O", "O", "B-LOC", "O"])
    assert [a.name for a in R._aside_subjects(ctx, doc[6]) or []] == ["Kremlin"]


def test_aside_au_contraire(nlp):
    # "Greenpeace a au contraire salué la Commission ." with "contraire" hung on "a"
    doc, ctx = _built(nlp, ["Greenpeace", "a", "au", "contraire", "salué", "la", "Commission", "."],
                      [1, 1, 3, 1, 3, 6, 4, 1],
                      ["nsubj", "ROOT", "case", "obl:arg", "acl", "det", "obj", "punct"],
                      ["PROPN", "AUX", "ADP", "NOUN", "VERB", "DET", "PROPN", "PUNCT"],
                      ["Greenpeace", "avoir", "au", "contraire", "saluer", "le", "Commission", "."],
                      ["", "VerbForm=Fin", "", "", "Tense=Past|VerbForm=Part", "", "", ""],
                      ["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O"])
    assert [a.name for a in R._aside_subjects(ctx, doc[4]) or []] == ["Greenpeace"]


def test_aside_en_revanche_with_the_auxiliary_read_as_copula(nlp):
    # "Greenpeace a en revanche rejeté le texte ." with "revanche" the root, "a" its copula
    doc, ctx = _built(nlp, ["Greenpeace", "a", "en", "revanche", "rejeté", "le", "texte", "."],
                      [3, 3, 3, 3, 3, 6, 4, 3],
                      ["nsubj", "cop", "case", "ROOT", "acl", "det", "obj", "punct"],
                      ["PROPN", "AUX", "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                      ["Greenpeace", "avoir", "en", "revanche", "rejeter", "le", "texte", "."],
                      ["", "VerbForm=Fin", "", "", "Tense=Past|VerbForm=Part", "", "", ""],
                      ["B-ORG", "O", "O", "O", "O", "O", "O", "O"])
    assert [a.name for a in R._aside_subjects(ctx, doc[4]) or []] == ["Greenpeace"]


def test_aside_noun_under_another_verb_is_no_aside(nlp):
    # "Le Kremlin réclame sa part promise ." : "part" the object of a full verb, not of the auxiliary
    doc, ctx = _built(nlp, ["Le", "Kremlin", "réclame", "sa", "part", "promise", "."],
                      [1, 2, 2, 4, 2, 4, 2],
                      ["det", "nsubj", "ROOT", "det", "obj", "acl", "punct"],
                      ["DET", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                      ["le", "Kremlin", "réclamer", "son", "part", "promettre", "."],
                      ["", "", "VerbForm=Fin", "", "", "Tense=Past|VerbForm=Part", ""],
                      ["O", "B-ORG", "O", "O", "O", "O", "O"])
    assert R._aside_subjects(ctx, doc[5]) is None


def test_gerund_after_comma_is_the_speakers(nlp):
    found = triples(nlp, "Le porte-parole Paul Mercier a indiqué que la France resterait engagée au Sahel, "
                         "tout en accusant le Mali de bloquer les convois.")
    assert ("Paul Mercier", "ACCUSE", "Mali") in found
    assert ("France", "ACCUSE", "Mali") not in found


def test_gerund_without_comma_is_not_set_off(nlp):
    doc = nlp("La Norvège a affirmé que la Russie avait riposté en bombardant l'Ukraine.")
    ctx = R._Context(doc, extract_entities(doc))
    part = next(t for t in doc if t.text == "bombardant")
    assert not R._set_off_gerund(ctx, part)


def test_gerund_with_tout_en_after_comma_is_set_off(nlp):
    doc = nlp("Le ministre a jugé que le pays avait progressé, tout en appelant la Hongrie à agir.")
    ctx = R._Context(doc, extract_entities(doc))
    part = next(t for t in doc if t.text == "appelant")
    assert R._set_off_gerund(ctx, part)
