"""Session 22: request addressees. The clitic addressee of a request verb hung on another verb stands for the one
that verb was about ("a saisi X, lui demandant de", "s'est entretenu avec A et B, les exhortant à"); a demand
rejected by X gives the refusal only, no request of its author to X."""
from extraction_helpers import triples


def test_clitic_after_a_seized_body(nlp):
    found = triples(nlp, "Mardi, la Fédération belge de tennis a saisi la Fédération internationale de tennis (ITF), "
                         "lui demandant de revoir le calendrier.")
    assert any(p == "REQUEST" and o.startswith("Fédération internationale") for _, p, o in found), found


def test_clitic_plural_after_a_call(nlp):
    found = triples(nlp, "Le chancelier Olaf Berger s'est entretenu mardi avec Giorgio Sala et Pedro Alves, "
                         "les exhortant à conclure rapidement.")
    assert ("Olaf Berger", "REQUEST", "Giorgio Sala") in found and ("Olaf Berger", "REQUEST", "Pedro Alves") in found, found


def test_clitic_does_not_take_the_asker(nlp):
    found = triples(nlp, "Olaf Berger a écrit au Conseil d'Etat pour lui demander de suspendre le décret.")
    assert not any(p == "REQUEST" and o == "Olaf Berger" for _, p, o in found), found


def test_rejected_demand_is_no_request(nlp):
    found = triples(nlp, "Le Portugal a rejeté la demande de la Norvège.")
    assert not any(p == "REQUEST" for _, p, _ in found), found
