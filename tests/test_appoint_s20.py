"""Session 20, appointments and successions: a passive succession whose agent the parser hung on the post, a
title hung on the date after a passive appointment, a post with no body of its own (the appointer's), and an
envoy's remit kept out of the body's name."""
from extraction_helpers import entity_labels, has, triples


def test_passive_succession_agent_hung_on_the_post(nlp):
    found = triples(nlp, "Martine Colin sera remplacée à la tête de la filiale logistique par Antoine Berthier, "
                         "actuel directeur commercial.")
    assert has(found, "Antoine Berthier", "REPLACES", "Martine Colin")


def test_coordinated_passive_succession_takes_the_first_subject(nlp):
    found = triples(nlp, "Le ministre de la Santé Julien Roche a quitté vendredi le gouvernement, et a été remplacé "
                         "avenue de Ségur par Hélène Garnier.")
    assert has(found, "Hélène Garnier", "REPLACES", "Julien Roche")


def test_passive_event_verb_keeps_its_own_agent_reading(nlp):
    found = triples(nlp, "Paul Marin a été condamné jeudi à deux ans de prison par la cour d'appel de Douai.")
    assert not any(p == "REPLACES" for _, p, _ in found)


def test_title_hung_on_the_date_after_a_passive_appointment(nlp):
    found = triples(nlp, "Sophie Lemaire a été nommée mardi en Conseil des ministres ambassadrice de France au Japon.")
    assert has(found, "Sophie Lemaire", "HOLDS_ROLE", "France")


def test_bare_post_is_the_appointing_company_s(nlp):
    found = triples(nlp, "Le groupe industriel Lavergne a nommé jeudi Claire Dufour au poste de directrice générale.")
    assert has(found, "Claire Dufour", "HOLDS_ROLE", "Lavergne")


def test_post_of_a_body_named_after_it_is_that_body_s(nlp):
    found = triples(nlp, "Le groupe industriel Lavergne a nommé jeudi Claire Dufour au poste de directrice générale de Renault.")
    assert not has(found, "Claire Dufour", "HOLDS_ROLE", "Lavergne")


def test_title_without_body_is_the_appointing_organisation_s(nlp):
    found = triples(nlp, "L'Union africaine a nommé vendredi l'ancien président Joaquim Chissano médiateur pour le Soudan du Sud.")
    assert has(found, "Joaquim Chissano", "HOLDS_ROLE", "Union africaine")


def test_envoy_remit_is_no_part_of_the_body_name(nlp):
    labels = entity_labels(nlp, "La représentante spéciale de l'Union européenne pour la Corne de l'Afrique, "
                                "Annette Weber, est arrivée lundi à Djibouti.")
    assert "Union européenne" in labels
    assert not any(name.startswith("Union européenne pour") for name in labels)


def test_body_whose_name_holds_pour_keeps_it(nlp):
    labels = entity_labels(nlp, "Le directeur du Fonds pour l'environnement mondial, Carlos Manuel Rodriguez, "
                                "s'est rendu lundi à Nairobi.")
    assert not any(name == "Fonds" for name in labels)


def test_agency_named_with_pour_after_an_envoy_title_keeps_its_name(nlp):
    labels = entity_labels(nlp, "La représentante du Fonds des Nations unies pour l'enfance (Unicef) au Tchad, "
                                "Jacques Boyer, a alerté lundi sur la malnutrition.")
    assert not any(name == "Fonds des Nations unies" for name in labels)
