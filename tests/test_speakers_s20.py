"""Session 20, speakers: a "selon" source over an unnamed subject of its clause, "on" in an entourage, a named
"par la voix de", a leader named before a nickname, a subject before an acronym in brackets, anonymity and
names cut short in an unnamed speaker."""
from extraction_helpers import speaker_of


def test_selon_source_speaks_over_unnamed_subject_of_its_clause(nlp):
    text = ("« Les familles attendent des réponses », a déclaré Marc Delahaye, porte-parole de la Croix-Rouge. "
            "Selon lui, les survivants ont raconté avoir attendu deux jours avant les premiers secours.")
    assert speaker_of(nlp, text, "attendu deux jours") == "Marc Delahaye"


def test_named_subject_inside_selon_clause_keeps_the_quote(nlp):
    text = ("Le ministre Paul Arnaud a présidé la réunion. Selon un diplomate, M. Arnaud a assuré que le texte "
            "serait voté avant l'été.")
    assert speaker_of(nlp, text, "serait voté") == "Paul Arnaud"


def test_on_in_an_entourage_is_that_entourage(nlp):
    text = ("Le Premier ministre Henri Valmy a reçu les syndicats. Dans l'entourage du Premier ministre, on assure "
            "que la réforme « ira jusqu'au bout ».")
    assert speaker_of(nlp, text, "jusqu'au bout") == "l'entourage du Premier ministre"


def test_named_voice_of_a_party_speaks(nlp):
    text = ("Le Parti radical (PR), par la voix de son président Jules Morand, a fait savoir qu'il voterait contre "
            "tout budget « qui affaiblirait l'hôpital public ».")
    assert speaker_of(nlp, text, "hôpital public") == "Jules Morand"


def test_unnamed_voice_leaves_the_body(nlp):
    text = ("Le Parti radical (PR) a fait savoir par la voix d'un porte-parole qu'il voterait contre tout budget "
            "« qui affaiblirait l'hôpital public ».")
    assert speaker_of(nlp, text, "hôpital public") == "Parti radical"


def test_leader_before_a_nickname_leaves_the_body_speaking(nlp):
    text = ("Un porte-parole de l'Armée de libération du Nord (ALN), commandée par le général Idriss Kabongo, dit "
            "« le Lion », a rejeté ces accusations, affirmant que ses hommes « protègent les civils ».")
    assert speaker_of(nlp, text, "protègent les civils") != "Idriss Kabongo"


def test_subject_before_acronym_in_brackets_is_not_the_object(nlp):
    text = ("Le Programme des Nations unies pour le développement (PNUD) a appelé les bailleurs à financer « sans "
            "attendre » la reconstruction.")
    assert speaker_of(nlp, text, "sans attendre") != "les bailleurs"


def test_anonymity_is_cut_from_an_unnamed_speaker(nlp):
    text = ("Selon un haut fonctionnaire européen ayant requis l'anonymat, le sommet pourrait être reporté à "
            "l'automne.")
    assert speaker_of(nlp, text, "reporté") == "un haut fonctionnaire européen"


def test_unnamed_speaker_runs_to_the_end_of_an_organisation_name(nlp):
    text = ("« Les blessés arrivent par dizaines », a raconté un chirurgien de Médecins sans frontières (MSF) "
            "joint par téléphone.")
    assert speaker_of(nlp, text, "par dizaines") == "un chirurgien de Médecins sans frontières (MSF)"
