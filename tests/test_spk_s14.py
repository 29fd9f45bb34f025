"""Session 14: a definite description of a speaker agrees with its person (gender, nationality, a
counterpart's office, the one who spoke last), an organisation set beside its common noun is the
antecedent of "elle", and "selon lui" inside reported words; sentences written for these tests."""
from __future__ import annotations

from extraction_helpers import quotes, speaker_of


def test_masculine_head_of_state_is_no_woman(nlp):
    # "le chef de l'Etat X" is the man titled "président", not the woman titled "présidente"
    # named after him
    text = ("Le président Ramon Quispe a reçu mardi la présidente de la Commission européenne, Mme Anna Berg. "
            "« Nous avons beaucoup à faire ensemble », a déclaré Mme Berg. "
            "Le chef de l'Etat bolivien a, lui, assuré que son pays ne céderait rien sur le lithium.")
    assert speaker_of(nlp, text, "ne céderait rien") == "Ramon Quispe"


def test_head_of_government_with_nationality_is_the_counterpart(nlp):
    # a role with a nationality goes to the counterpart of that country before a former holder
    # of the office the article gave no nationality
    text = ("Le Premier ministre canadien Paul Tremblay a reçu jeudi son homologue norvégien, Erik Dahl. "
            "L'ancien Premier ministre Jean Roy a critiqué la rencontre. "
            "Le chef du gouvernement norvégien a estimé que l'accord sur la pêche était « un pas important ».")
    assert speaker_of(nlp, text, "un pas important") == "Erik Dahl"


def test_papou_is_a_nationality(nlp):
    text = ("Le Premier ministre australien Tom Reid et son homologue papou Kila Waim ont signé l'accord à Port Moresby. "
            "Le chef du gouvernement papou a affirmé que la police de son pays serait formée en Australie.")
    assert speaker_of(nlp, text, "la police de son pays") == "Kila Waim"


def test_counterpart_holds_the_same_office_and_spoke_last(nlp):
    # "son homologue portugais, Y" is a minister too; "a ajouté le ministre" right after Y spoke is Y
    text = ("Le ministre espagnol de l'Intérieur, Luis Ortega, a reçu lundi son homologue portugais, Rui Santos. "
            "« Nous devons agir ensemble contre les trafiquants », a déclaré M. Santos. "
            "Le ministre a ajouté que les patrouilles communes commenceraient en juin.")
    assert speaker_of(nlp, text, "patrouilles communes") == "Rui Santos"


def test_elle_after_the_ngo_noun_and_its_name(nlp):
    # "L'ONG X, dont ..., a dénoncé ... Elle affirme": the organisation, not the woman who spoke before
    text = ("« Les familles sont épuisées », a déclaré Marie Dubois, porte-parole de la mairie. "
            "L'ONG Terre Solidaire, dont les équipes travaillent dans le quartier, a dénoncé les expulsions. "
            "Elle affirme avoir recensé « des centaines de familles » sans abri.")
    assert speaker_of(nlp, text, "centaines de familles") == "Terre Solidaire"


def test_selon_lui_inside_reported_words(nlp):
    # a bare "selon lui" after the words' verb recalls the speaker; the words go on
    text = "Le maire a dénoncé une « cabale politique » montée selon lui par ses adversaires de la majorité."
    found = quotes(nlp, text)
    assert any("par ses adversaires" in t and sp == "Le maire" for t, sp in found), found
    # an aside opened by a comma still ends them
    text = "Il a appelé les banques à « prêter davantage » aux artisans, oubliés selon lui depuis des années."
    found = quotes(nlp, text)
    assert found and not any("depuis des années" in t for t, sp in found), found


def test_club_is_not_the_league_after_a_preposition(nlp):
    # "le club en position de relégable en Ligue 2": the league follows a preposition, it is no club
    text = ("Le Stade lavallois a annoncé mardi le départ de son entraîneur Marc Petit, après une défaite qui a laissé "
            "le club en position de relégable en Ligue 2. Il sera remplacé par son adjoint, a précisé le club dans un communiqué.")
    assert speaker_of(nlp, text, "remplacé par son adjoint") != "Ligue 2"


def test_participle_after_an_object_participle_speaks_with_the_subject(nlp):
    # ", dénonçant ..." hung on "remportées" inside the object: the sentence's subject speaks
    text = ("Le principal parti d'opposition, le Front uni (FU), a rejeté lundi les résultats des élections "
            "législatives remportées par la Ligue populaire du Premier ministre Karim Aziz, dénonçant un scrutin « fantoche ».")
    assert speaker_of(nlp, text, "fantoche") in ("Le principal parti d'opposition", "Front uni")


def test_bare_participle_coordinated_shares_the_subject(nlp):
    # "a rejeté ces accusations et dénoncé ...": "ces accusations" is the first verb's object
    text = ("Un porte-parole du collectif, qui a requis l'anonymat, a rejeté ces accusations et dénoncé "
            "une « stratégie de la peur » de la part du préfet.")
    assert speaker_of(nlp, text, "stratégie de la peur") == "Un porte-parole du collectif"


def test_title_opened_by_de_is_a_complement(nlp):
    # "un conseiller du président X" is an unnamed adviser, not X; X's title is "président"
    text = "« Le calendrier sera tenu », a assuré un conseiller du président Paul Durand."
    assert speaker_of(nlp, text, "calendrier") == "un conseiller du président Paul Durand"


def test_inverted_subject_stops_at_the_verbs_adjunct(nlp):
    # "a martelé le chef de l'Etat bolivien devant la presse": "devant la presse" is the verb's
    text = "« Nous ne céderons pas », a martelé le chef de l'Etat bolivien devant la presse."
    assert speaker_of(nlp, text, "céderons") == "le chef de l'Etat bolivien"


def test_plural_title_shared_out_over_the_names(nlp):
    # "les présidents du Pérou, X, et de la Bolivie, Y": Y is the Bolivian president
    text = ("Les présidents du Pérou, Ana Flores, et de la Bolivie, Jorge Mamani, se sont retrouvés lundi à La Paz. "
            "« Le lac Titicaca nous unit », a déclaré Mme Flores. "
            "Le président bolivien a, lui, estimé que l'accord sur l'eau était « historique ».")
    assert speaker_of(nlp, text, "historique") == "Jorge Mamani"
