"""Session 12: attribution locutions of several words and a wider reporting-verb lexicon, on
sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes


def test_aux_yeux_de_opening_the_sentence(nlp):
    # "aux yeux de X, clause" attributes the clause like "selon X"
    text = "Aux yeux du maire Lucien Dargent, cette fusion des communes arrive beaucoup trop tard."
    found = quotes(nlp, text)
    assert any(t.startswith("cette fusion des communes") and t.endswith("trop tard") for t, sp in found), found


def test_de_l_avis_de_opening_the_sentence(nlp):
    text = "De l'avis de plusieurs urbanistes, le nouveau quartier manquera vite d'écoles et de crèches."
    found = quotes(nlp, text)
    assert any(t.startswith("le nouveau quartier") and sp == "plusieurs urbanistes" for t, sp in found), found


def test_trailing_a_en_croire(nlp):
    text = "La coopérative laitière devrait fermer deux usines avant l'été, à en croire les syndicats du secteur."
    found = quotes(nlp, text)
    assert any(t.startswith("La coopérative laitière") and t.endswith("avant l'été") for t, sp in found), found


def test_aux_dires_de_opening_the_sentence(nlp):
    text = "Aux dires des pêcheurs du port, la saison de la sardine a été la pire depuis vingt ans."
    found = quotes(nlp, text)
    assert any(t.startswith("la saison de la sardine") for t, sp in found), found


def test_reveler_que_reports_a_clause(nlp):
    text = "Le trésorier Gaston Verlaine a révélé que les caisses du club étaient vides depuis l'automne."
    found = quotes(nlp, text)
    assert ("les caisses du club étaient vides depuis l'automne", "Gaston Verlaine") in found, found


def test_alleguer_que_reports_a_clause(nlp):
    text = "L'avocate Noémie Sarrail a allégué que son client ignorait tout du montage financier."
    found = quotes(nlp, text)
    assert any(t.startswith("son client ignorait") and sp == "Noémie Sarrail" for t, sp in found), found


def test_implorer_de_with_quoted_words(nlp):
    text = "La militante Irène Castel a imploré les députés de « ne pas fermer les yeux » sur la pollution."
    found = quotes(nlp, text)
    assert any("ne pas fermer les yeux" in t and sp == "Irène Castel" for t, sp in found), found


def test_quoted_words_after_a_cry(nlp):
    text = "« Rendez-nous nos terres et nos rivières ! », a crié une manifestante devant la préfecture."
    found = quotes(nlp, text)
    assert any(t.startswith("Rendez-nous nos terres") and sp == "une manifestante" for t, sp in found), found


def test_reflexive_stance_keeps_the_attribute_complement(nlp):
    # "se dire « adj » par/avec X": the attribute's complement belongs to the reported words
    text = "La gouverneure Léa Morvan s'est dite « très inquiète » par la hausse des loyers dans sa province."
    found = quotes(nlp, text)
    assert any(t.startswith("« très inquiète » par la hausse des loyers") for t, sp in found), found



def test_quoted_noun_phrase_keeps_its_de_complement(nlp):
    # the noun's complement after the marks is part of what the speaker denounced
    text = "Le sénateur Marc Olivet a fustigé « l'amateurisme » de la direction régionale de la santé."
    found = quotes(nlp, text)
    assert any(t.startswith("« l'amateurisme » de la direction régionale") for t, sp in found), found
