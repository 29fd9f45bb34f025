"""Session 11, speakers: people a medium quotes stay an unnamed phrase; a definite office does not
carry over to the last speaker when that person's titles name another kind of role."""
from extraction_helpers import speaker_of


def test_people_quoted_by_a_medium_stay_a_phrase(nlp):
    text = ("La banque centrale a relevé ses taux jeudi. Selon plusieurs analystes interrogés par l'agence Reuters, "
            "la hausse pourrait freiner l'investissement des ménages.")
    assert speaker_of(nlp, text, "freiner") == "plusieurs analystes interrogés par l'agence Reuters"
    text = ("Des heurts ont éclaté dans le centre-ville. Selon des habitants cités par la radio locale, "
            "les tirs ont duré une bonne partie de la nuit.")
    assert speaker_of(nlp, text, "tirs") == "des habitants cités par la radio locale"
    text = "« Nous avons eu très peur toute la nuit », a raconté un habitant joint par téléphone."
    assert speaker_of(nlp, text, "très peur") == "un habitant"  # how they were reached is cut


def test_head_of_government_is_not_the_union_leader(nlp):
    text = ("Le président du syndicat des pilotes, Marc Aubry, a défendu la grève devant la presse. "
            "« Nous ne reculerons pas », a-t-il lancé. "
            "Le Premier ministre a jugé le mouvement « irresponsable ».")
    assert speaker_of(nlp, text, "reculerons") == "Marc Aubry"
    assert speaker_of(nlp, text, "irresponsable") != "Marc Aubry"


def test_former_leader_is_not_his_lawyer(nlp):
    text = ("Le PDG du groupe de transport Lignex, Gérard Vidal, comparaît depuis lundi pour corruption. "
            "L'avocat de M. Vidal, Me Paul Saunier, a dénoncé un dossier « vide ». "
            "Interrogé par le tribunal, l'ancien dirigeant a affirmé qu'il ignorait tout des versements suspects.")
    assert speaker_of(nlp, text, "vide") == "Paul Saunier"
    assert speaker_of(nlp, text, "versements") != "Paul Saunier"


def test_spokeswoman_is_not_the_minister(nlp):
    text = ("La ministre de la Santé, Claire Mounier, a présenté mardi son plan pour l'hôpital. "
            "« Nous recruterons dix mille soignants », a-t-elle promis. "
            "La porte-parole du collectif des urgentistes a estimé que le plan arrivait « beaucoup trop tard ».")
    assert speaker_of(nlp, text, "recruterons") == "Claire Mounier"
    assert speaker_of(nlp, text, "trop tard") != "Claire Mounier"
