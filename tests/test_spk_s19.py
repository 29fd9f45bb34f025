"""Session 19, speakers: an unnamed pair of sources stays whole, an organisation opening "X de Y" is
the branch that speaks (also when the entity stage took the company for a person).
Sentences written for these tests."""
from extraction_helpers import quotes, speaker_of


def test_unnamed_pair_after_selon_stays_whole(nlp):
    text = "Les miliciens ont incendié trois villages dans la nuit, selon des habitants et des sources médicales."
    assert speaker_of(nlp, text, "incendié trois villages") == "des habitants et des sources médicales"


def test_unnamed_pair_of_qualifiers_stays_whole(nlp):
    text = "Au conseil municipal, plusieurs élus socialistes et de droite ont demandé que le projet soit retiré."
    assert speaker_of(nlp, text, "le projet soit retiré") == "plusieurs élus socialistes et de droite"


def test_unnamed_inverted_pair_stays_whole(nlp):
    text = "Une vingtaine de maisons ont été détruites par les eaux, ont indiqué des sources locales et humanitaires."
    assert speaker_of(nlp, text, "vingtaine de maisons") == "des sources locales et humanitaires"


def test_organisation_of_a_company_is_the_branch(nlp):
    text = ("Les salariés s'inquiètent du rachat. La CFDT de Valmont Industries a dénoncé « une casse sociale "
            "annoncée » et réclamé des garanties.")
    assert speaker_of(nlp, text, "casse sociale") == "CFDT"


def test_person_after_an_organisation_de_is_its_complement(nlp):
    # the entity stage takes the company for a person: still the union's complement
    text = "La CGT de Marcel Dupuis Transports a dénoncé « un plan social déguisé » lundi."
    assert speaker_of(nlp, text, "plan social") == "CGT"
