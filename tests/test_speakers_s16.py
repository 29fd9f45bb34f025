"""Speakers named in an apposition the phrase does not reach, and a pronoun after reported speech about a body."""
import pytest

from extraction.entities import extract_entities
from extraction.quotes import extract_quotes


def speakers(nlp, text):
    doc = nlp(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(doc, extract_entities(doc))]


@pytest.mark.parametrize("text, name", [
    ("Le président Emmanuel Macron a reçu lundi les dirigeants du G7. « Nous sommes unis », a déclaré le "
     "président du sommet, le ministre canadien des Finances Mark Carney.", "Mark Carney"),
    ("Le président turc a ouvert la séance lundi. « Le budget sera voté », a assuré la présidente de la "
     "commission, la députée Ayse Demir.", "Ayse Demir"),
])
def test_inverted_title_closed_by_a_titled_name(nlp, text, name):
    assert speakers(nlp, text)[-1][1] == name


@pytest.mark.parametrize("text, name", [
    ("Le directeur de la Fédération des industries, qui rassemble les grands groupes du pays, Paul Durand, "
     "a estimé que la réforme était \"mal pensée\". \"Nous paierons la facture\", a-t-il ajouté.", "Paul Durand"),
    ("La ministre Anne Martin a ouvert la réunion. Le président de l'association, qui regroupe les maires "
     "ruraux, Jean Petit, a jugé que l'Etat était \"absent\". \"On nous oublie\", a-t-il lancé.", "Jean Petit"),
])
def test_title_whose_relative_clause_precedes_the_name(nlp, text, name):
    assert {sp for _, sp in speakers(nlp, text)} == {name}


def test_pronoun_after_reported_speech_about_an_organisation_stays_with_the_person(nlp):
    text = ("La commissaire européenne Marie Dupont a salué l'accord. Le commissaire chargé du commerce, "
            "Pierre Lenoir, a estimé que le texte était « équilibré ». Selon lui, l'Union européenne restera "
            "« le premier partenaire » de la région. « Nous avons tenu parole », a-t-il ajouté.")
    assert speakers(nlp, text)[-1] == ("Nous avons tenu parole", "Pierre Lenoir")


def test_organisation_that_spoke_keeps_its_pronoun(nlp):
    text = ("Le ministre Paul Martin a reçu les syndicats. La CGT a dénoncé une « provocation ». "
            "Elle a ajouté qu'elle appellerait à la grève.")
    assert speakers(nlp, text)[-1][1] == "CGT"


@pytest.mark.parametrize("text, name", [
    ("Réunie à Bruxelles, l'Union européenne a pris note de ce refus tout en appelant la Serbie à "
     "« revoir sa copie ».", "Union européenne"),
    ("La Commission européenne a pris acte de la décision tout en exhortant la Hongrie à « reconsidérer sa "
     "position ».", "Commission européenne"),
])
def test_gerund_after_tout_en_speaks_with_its_clause_subject(nlp, text, name):
    assert speakers(nlp, text)[-1][1] == name


def test_standing_committee_named_then_described(nlp):
    text = ("Le Premier ministre a réuni jeudi le Comité de défense nationale. Le comité a jugé que la "
            "situation restait « sous contrôle ».")
    assert speakers(nlp, text)[-1][1] == "Comité de défense nationale"


@pytest.mark.parametrize("text, name", [
    ("Côté gouvernemental, le porte-parole de l'armée, le général Ahmed Salah, a fait savoir que la délégation "
     "n'accepterait « aucun accord ».", "Ahmed Salah"),
    ("Côté patronal, le Medef a jugé la mesure « irresponsable ».", "Medef"),
])
def test_side_opener_is_not_the_speaker(nlp, text, name):
    assert speakers(nlp, text)[-1][1] == name


@pytest.mark.parametrize("text", [
    "Les discussions se tiennent en présence de l'envoyé de l'ONU, Hans Grundberg. L'émissaire a indiqué qu'il "
    "se rendrait à Riyad la semaine prochaine.",
    "Les discussions se tiennent en présence de l'envoyé spécial de l'ONU pour le Yémen, Hans Grundberg. "
    "L'émissaire onusien a indiqué qu'il se rendrait à Riyad.",
])
def test_emissary_is_the_envoy_named_before(nlp, text):
    assert speakers(nlp, text)[-1][1] == "Hans Grundberg"
