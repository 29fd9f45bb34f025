"""Session 20, speakers: "l'organisation" right after a person spoke is the organisation that person's role
names, unless another organisation acted in between."""
from extraction_helpers import speaker_of


def test_organisation_noun_is_the_last_speakers_organisation(nlp):
    text = ("La Direction des routes a annoncé la fermeture du col pour trois semaines. "
            "« Les transporteurs vont perdre des milliers d'euros », a regretté Paul Morand, président de la "
            "Fédération nationale des routiers (FNR). L'organisation a demandé une aide d'urgence à l'Etat, "
            "jugeant la décision « précipitée ».")
    assert speaker_of(nlp, text, "précipitée") == "Fédération nationale des routiers"


def test_organisation_that_acted_since_blocks_the_speakers_one(nlp):
    text = ("« Les transporteurs vont perdre des milliers d'euros », a regretté Paul Morand, président de la "
            "Fédération nationale des routiers (FNR). Une étude publiée par la Banque européenne d'investissement "
            "chiffre les pertes à dix millions. L'institution a jugé la fermeture « inévitable ».")
    assert speaker_of(nlp, text, "inévitable") != "Fédération nationale des routiers"
