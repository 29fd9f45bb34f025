"""Session 10: quotes and speakers, on sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes, speaker_of


def test_stressed_pronoun_after_the_subject_keeps_it(nlp):
    # ", lui," set off after the name: the parser hangs the name on the sentence before
    text = ("« Nous reprendrons le chantier en mars », a-t-elle confirmé à la presse.\n\n"
            "M. Vautrin, lui, a soutenu que les retards relevaient d'un « simple malentendu » avec la mairie.")
    doc_text = "Le promoteur Henri Vautrin et l'architecte Odile Fabre ont été reçus à la préfecture. " + text
    assert speaker_of(nlp, doc_text, "simple malentendu") == "Henri Vautrin"


def test_stressed_pronoun_between_auxiliary_and_verb(nlp):
    text = "Le Premier ministre Daniel Mercier a, lui, jugé que le texte ouvrait « une nouvelle page » pour la région."
    assert speaker_of(nlp, text, "nouvelle page") == "Daniel Mercier"


def test_relever_de_is_no_reporting_verb(nlp):
    # "relever de" is "to fall within": the inverted incise after it gives the speaker
    text = ("La porte-parole du collectif, Inès Marchal, a dénoncé des expulsions « brutales ». "
            "Ces occupations relèvent du « droit au logement », a-t-elle encore martelé.")
    found = quotes(nlp, text)
    assert any("droit au logement" in t and sp == "Inès Marchal" for t, sp in found), found


def test_unnamed_speaker_present_somewhere_keeps_the_place(nlp):
    text = ("« La réunion a duré toute la nuit », a raconté un observateur européen présent à Niamey, "
            "sous couvert d'anonymat.")
    assert speaker_of(nlp, text, "toute la nuit") == "un observateur européen présent à Niamey"


def test_unnamed_selon_source_present_on_site(nlp):
    text = "Les deux délégations ont siégé dans des salles séparées, selon un témoin présent sur place."
    assert speaker_of(nlp, text, "salles séparées") == "un témoin présent sur place"


def test_reported_clause_ends_before_a_dating_adjunct(nlp):
    text = ("Le ministre belge des Finances, Pieter Claes, a annoncé mardi que le pays relèverait ses taxes "
            "sur le tabac, au lendemain de la publication d'un rapport sur la santé publique.")
    found = [t for t, _ in quotes(nlp, text)]
    assert "le pays relèverait ses taxes sur le tabac" in found, found


def test_reported_clause_ends_before_the_eve_of(nlp):
    text = ("La compagnie Aérolignes a prévenu jeudi que la moitié des vols seraient annulés, "
            "à la veille des départs en vacances de printemps.")
    found = [t for t, _ in quotes(nlp, text)]
    assert "la moitié des vols seraient annulés" in found, found


def test_press_incise_verbs_of_the_lexicon(nlp):
    for verb in ("soupire", "tranche", "fulmine", "constate"):
        text = f"« Rien n'a changé depuis dix ans », {verb} Lucien Ferrat, pêcheur à Sète."
        assert speaker_of(nlp, text, "Rien n'a changé") == "Lucien Ferrat", verb


def test_a_person_appeal_without_quoted_words_is_reported_a_group_appeal_not(nlp):
    text = ("Le collectif Terre Libre a appelé ses adhérents à manifester dimanche devant la préfecture. "
            "La ministre du Travail, Odile Perrin, a appelé les syndicats à revenir à la table des négociations.")
    assert quotes(nlp, text) == [("revenir à la table des négociations", "Odile Perrin")]


def test_a_person_accusation_keeps_the_accused_a_state_accusation_is_not_reported(nlp):
    text = ("Le Burundi accuse le Rwanda de soutenir les rebelles installés dans la plaine de la Ruzizi. "
            "Le maire de Vierzon, Thomas Leduc, a accusé la région de négliger les petites lignes ferroviaires.")
    assert quotes(nlp, text) == [("la région de négliger les petites lignes ferroviaires", "Thomas Leduc")]


def test_a_speaker_name_holding_et_is_one_speaker(nlp):
    text = ("Le Syndicat national des théâtres privés et publics (Synatep) a apporté son soutien aux grévistes "
            "et dénoncé « un précédent inquiétant » pour toute la profession.")
    assert speaker_of(nlp, text, "précédent inquiétant") == "Syndicat national des théâtres privés et publics"


def test_selon_a_noun_and_a_name_with_its_article(nlp):
    text = "Selon le journal Le Monde, le ministre des Finances pourrait quitter ses fonctions avant l'été."
    found = quotes(nlp, text)
    assert ("le ministre des Finances pourrait quitter ses fonctions avant l'été", "Le Monde") in found, found


def test_selon_a_name_holding_et(nlp):
    text = "Selon l'Office national des forêts et des espaces naturels (Onfen), la sécheresse « menace la moitié des massifs »."
    found = quotes(nlp, text)
    assert ("la sécheresse « menace la moitié des massifs »", "Office national des forêts et des espaces naturels") in found, found


def test_que_after_a_dating_phrase_opens_the_reported_clause(nlp):
    # the parser reads "que" after "le mois dernier" as a relative pronoun on "mois"
    text = "Le maire, Paul Girard, a reconnu le mois dernier que la piscine municipale ne rouvrirait pas avant l'été."
    found = quotes(nlp, text)
    assert any("piscine municipale ne rouvrirait pas" in t and sp == "Paul Girard" for t, sp in found), found
