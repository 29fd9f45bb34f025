"""Quotes and speakers, session 9: sentences written for these tests (general constructions of
French wire copy, names invented)."""
from __future__ import annotations

from extraction_helpers import quotes, speaker_of


# -- a participle the parser hangs on the object noun speaks with the clause's subject -------------

def test_participle_on_object_noun_takes_pronoun_subject(nlp):
    text = ("Le maire, Paul Marquis, a réfuté ces critiques. Il a toutefois mis en cause la lenteur des secours, "
            "déplorant des « retards inexcusables » dans plusieurs quartiers.")
    assert speaker_of(nlp, text, "retards inexcusables") == "Paul Marquis"


def test_gerund_on_object_noun_takes_named_subject(nlp):
    text = ("Le président de la fédération, Arnaud Levasseur, a clos la séance en appelant les clubs à "
            "« tourner la page des querelles anciennes ».")
    assert speaker_of(nlp, text, "tourner la page") == "Arnaud Levasseur"


# -- "selon l'ONG" after an NGO spoke whose name does not say it is one ----------------------------

def test_ngo_description_is_the_organisation_that_just_spoke(nlp):
    text = ("La Ligue internationale des droits civiques (LIDC) a estimé que cette libération « ne règle rien ». "
            "Selon l'ONG, une quarantaine d'opposants restent détenus sans jugement.")
    assert speaker_of(nlp, text, "quarantaine") == "Ligue internationale des droits civiques"


# -- an apposed noun without determiner that is the same for both genders gives no gender -----------

def test_epicene_apposition_gives_no_gender(nlp):
    text = ("L'ancien président Marc Obiang est cité dans l'enquête. « Les promesses ne suffisent pas », estime "
            "Ilir Kadare, analyste à l'Institut Clingendael. « Il faudra des actes », prévient-il.")
    assert speaker_of(nlp, text, "des actes") == "Ilir Kadare"


# -- a locution's subject hangs on its second word ---------------------------------------------------

def test_locution_subject_is_not_the_place_before_it(nlp):
    text = "Une source policière à Marseille a fait savoir que trois suspects avaient été interpellés dans la nuit."
    # (the place stays in the unnamed phrase: see the session-9 note in docs/extraction.md)
    # (session 13: a bare "à <Place>" after an unnamed source is cut, as the read golds cut it 10 times in 10)
    assert speaker_of(nlp, text, "trois suspects") == "Une source policière"


# -- quotes: "réaffirmer que" reports; an incise's own participle takes its own "que" ---------------

def test_reaffirm_reports_its_clause(nlp):
    text = "Le ministre de l'Agriculture, Paul Renaudin, a réaffirmé que la réforme serait « menée à son terme »."
    assert speaker_of(nlp, text, "menée à son terme") == "Paul Renaudin"


def test_incise_then_participle_keeps_the_quote_before(nlp):
    text = ("Paris « soutient pleinement la médiation en cours », a déclaré une porte-parole du ministère, "
            "soulignant que des experts seraient envoyés sur place dès lundi.")
    assert [t for t, _ in quotes(nlp, text)] == [
        "soutient pleinement la médiation en cours", "des experts seraient envoyés sur place dès lundi"]


# -- quoted words inside the subject of a verb before the incise: the whole clause ------------------

def test_quoted_words_in_subject_before_incise_report_the_clause(nlp):
    text = "Une « crise sans précédent » dans les hôpitaux du département est à redouter, a averti le préfet."
    assert [t for t, _ in quotes(nlp, text)] == [
        "Une « crise sans précédent » dans les hôpitaux du département est à redouter"]


# -- extents: what continues the reported words after their closing mark ----------------------------

def test_noun_locution_after_quoted_complement_stays_in_the_quote(nlp):
    text = "La CGT a accusé la direction de « brader le site » au profit de ses actionnaires."
    assert [t for t, _ in quotes(nlp, text)] == ["la direction de « brader le site » au profit de ses actionnaires"]  # s26: with the accused


def test_aim_after_quoted_object_stays_in_the_quote(nlp):
    text = "Son avocat a dénoncé une procédure « bâclée » pour discréditer son client avant le scrutin."
    assert [t for t, _ in quotes(nlp, text)] == ["une procédure « bâclée » pour discréditer son client avant le scrutin"]


def test_relative_clause_with_complement_before_quoted_words(nlp):
    text = "Lisbonne s'est félicitée d'un accord qui fait du port de Sines « une porte d'entrée de l'Europe »."
    assert [t for t, _ in quotes(nlp, text)] == ["un accord qui fait du port de Sines « une porte d'entrée de l'Europe »"]


def test_second_relative_clause_is_no_complement(nlp):
    text = "Le litige porte sur une île que Manille revendique et que Pékin occupe depuis dix ans."
    assert quotes(nlp, text) == []


# -- an inverted subject the parser split at its bracketed acronym ---------------------------------

def test_inverted_subject_named_before_acronym_and_complement(nlp):
    text = "Les pluies devraient cesser jeudi, a indiqué le Service hydrologique (SHN) des Forces navales, basé à Brest."
    assert speaker_of(nlp, text, "pluies") == "Service hydrologique"


# -- "des responsables du parti X": some of its people, an unnamed speaker -------------------------

def test_plural_people_of_an_organisation_stay_unnamed(nlp):
    text = "Des responsables de l'Union populaire ont assuré que le congrès aurait lieu en juin."
    assert speaker_of(nlp, text, "congrès") == "Des responsables de l'Union populaire"


# -- "Au Sénégal, les autorités ont estimé": the country the sentence opens with --------------------

def test_government_after_opening_country_is_that_country(nlp):
    text = "Au Sénégal, les autorités ont estimé que le scrutin s'était déroulé « dans le calme »."
    assert speaker_of(nlp, text, "scrutin") == "Sénégal"


# -- a bare adverbial between an inverted verb and its subject -----------------------------------

def test_bare_adverbial_before_inverted_subject(nlp):
    text = "« Rien ne justifie ce retard », a lancé d'emblée la juge, Claire Dumont, à l'ouverture de l'audience."
    assert speaker_of(nlp, text, "Rien ne justifie") == "Claire Dumont"


# -- a denied reporting verb reports nothing ---------------------------------------------------------

def test_negated_appeal_is_no_quote(nlp):
    text = ("Le syndicat agricole, qui n'avait pas appelé à bloquer les routes, a de son côté occupé plusieurs "
            "préfectures.")
    assert quotes(nlp, text) == []
