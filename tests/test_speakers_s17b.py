"""Session 17b, speakers of mixed and indirect quotes: an adjunct participle after its clause speaks with
the reporter.
Sentences written for these tests."""
from extraction_helpers import speaker_of


def test_fixed_tout_en_gerund_speaks_with_clause_subject(nlp):
    # the parser reads "tout en promettant" as one locution hung on the verb, past a quoted apposition
    text = ("Le ministre de l'Industrie, Paul Garnier, a salué sur X le rachat de Bertin, « une bonne nouvelle », "
            "tout en promettant que l'Etat serait « vigilant ».")
    assert speaker_of(nlp, text, "vigilant") == "Paul Garnier"


def test_participle_after_reported_clause_goes_with_reporter(nlp):
    # "rappelant" hangs on the object of the reported clause, whose subject is no speaker
    text = ("Son porte-parole, Jean Dumas, a affirmé que Paris ne reconnaîtrait « aucun verdict » de ce tribunal, "
            "rappelant que la France avait quitté l'accord en 2020.")
    assert speaker_of(nlp, text, "quitté l'accord") == "Jean Dumas"


def test_participle_after_bare_incise_goes_with_its_subject(nlp):
    # an incise after a clause without quotation marks: the que-clause is the participle's, and both
    # the clause before and the participle's clause are the incise's speaker's
    text = ("Lisbonne attend toujours de Madrid qu'il modifie sa loi, a rappelé M. Jorge Antunes, estimant que "
            "la signature de l'accord en dépendait.")
    assert speaker_of(nlp, text, "en dépendait") == "Jorge Antunes"
    assert speaker_of(nlp, text, "modifie sa loi") == "Jorge Antunes"


def test_name_after_secretaire_d_etat_is_no_complement(nlp):
    # "d'Etat" closes the title: the name after it is the speaker, not a complement of the noun
    text = ("Le secrétaire général de l'ONU, Kofi Mensah, a salué le vote. Paris fournira une aide de 20 millions "
            "d'euros, a fait savoir le secrétaire d'Etat Pierre Lemoine.")
    assert speaker_of(nlp, text, "20 millions") == "Pierre Lemoine"


def test_name_after_a_place_complement_is_the_speaker(nlp):
    # the place that completes the title is no start of the person's name: the body in the apposition
    # does not speak
    text = ("La députée de Guyane Lucie Mathurin, membre du groupe Libres, unis, solidaires et républicains (Lusr) "
            "à l'Assemblée nationale, a jugé que ces mesures arrivaient « bien trop tard ».")
    assert speaker_of(nlp, text, "trop tard") == "Lucie Mathurin"


def test_apposition_names_are_not_the_speaker(nlp):
    # an apposition without a determiner describes the phrase before its comma: its names do not speak
    ally = "Oslo, allié de M. Jan Berg, a qualifié la décision de « provocation »."
    assert speaker_of(nlp, ally, "provocation") == "Norvège"
    parent = ("L'opérateur du terminal, filiale du groupe danois Maersk, a estimé que son offre était "
              "« équitable ».")
    assert speaker_of(nlp, parent, "équitable") == "L'opérateur du terminal"
    person = "Davi Lopes, chaman et président de l'association Yanoma, a dénoncé une « invasion »."
    assert speaker_of(nlp, person, "invasion") == "Davi Lopes"  # (a name before the comma still speaks)


def test_new_holder_is_the_one_appointed(nlp):
    # "la nouvelle ministre", "le nouveau gouverneur": the person appointed, not another holder of a title
    # nor the one replaced
    named = ("Le Parlement a approuvé mercredi la nomination de Sofia Lindqvist au poste de ministre de la Santé, "
             "en remplacement de Karin Ek. La ministre de l'Energie, Anna Berg, a salué ce choix. « Notre priorité "
             "reste l'hôpital », a déclaré la nouvelle ministre devant les députés.")
    assert speaker_of(nlp, named, "hôpital") == "Sofia Lindqvist"
    governor = ("Le président a nommé mardi Omar Haddad à la tête de la Banque centrale, en remplacement de Karim "
                "Salem, gouverneur depuis 2020. « La stabilité de la monnaie est notre boussole », a déclaré le "
                "nouveau gouverneur.")
    assert speaker_of(nlp, governor, "boussole") == "Omar Haddad"
