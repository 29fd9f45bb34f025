"""Session 22: a MOBILIZE verb that moves a force (lexicon moving_verbs: déployer, dépêcher...) takes a person or a
body as the thing moved, never as where it goes ("a dépêché le général X", "la mission X, déployée par Y"); places
stay its object, named directly or by a place PP."""
from extraction_helpers import triples


def test_person_sent_is_no_target(nlp):
    found = triples(nlp, "Ottawa a dépêché mardi le colonel Marc Delorme au quartier général de la mission.")
    assert not any(p == "MOBILIZE" and o == "Marc Delorme" for _, p, o in found), found


def test_body_deployed_is_no_target(nlp):
    found = triples(nlp, "La Mission de l'Union africaine en Somalie, déployée en 2022 par l'Union africaine, "
                         "doit achever son retrait.")
    assert not any(p == "MOBILIZE" and "Mission" in o for _, p, o in found), found


def test_place_of_a_deployment_stays(nlp):
    found = triples(nlp, "L'armée chilienne a déployé 800 soldats à Valparaiso après les incendies.")
    assert any(p == "MOBILIZE" and o == "Valparaiso" for _, p, o in found), found
