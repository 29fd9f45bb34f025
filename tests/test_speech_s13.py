"""Session 13: speech-act verbs read with their canonical frame ("accuser X de", "appeler X à") where the parse
misplaces the object or hangs the participle under a modal (`_speech_frames`); an appointment is no appeal;
a claim swept aside is rejected. Sentences of our own writing."""
from extraction_helpers import has, triples


def test_accusation_past_an_adverbial_of_time(nlp):
    found = triples(nlp, "Ottawa accuse depuis des mois Pékin de mener des opérations d'influence.")
    assert has(found, "Canada", "ACCUSE", "Chine")


def test_appeal_past_a_weekday_and_de_nouveau(nlp):
    found = triples(nlp, "La cheffe du gouvernement danois, Karen Holm, a de nouveau appelé jeudi l'Union européenne "
                         "à « sortir de l'attentisme » sur la pêche.")
    assert has(found, "Karen Holm", "REQUEST", "Union européenne")


def test_participle_after_a_comma_is_not_under_the_modal(nlp):
    found = triples(nlp, "Le Canada a imposé mardi des surtaxes pouvant atteindre 20 % sur l'acier importé, "
                         "accusant le Mexique de brader sa production.")
    assert has(found, "Canada", "ACCUSE", "Mexique")


def test_appointment_is_no_appeal(nlp):
    found = triples(nlp, "Le président Omar Diallo a appelé le Sénégalais Ibrahima Ndiaye à la tête de l'agence.")
    assert not any(p == "REQUEST" for _, p, _ in found)


def test_claim_swept_aside_is_rejected(nlp):
    found = triples(nlp, "Le Chili accuse la Bolivie de fraude. La Bolivie a balayé ces accusations.")
    assert has(found, "Bolivie", "REJECT", "Chili")
