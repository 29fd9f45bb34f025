"""Session 20, envoys: an ambassador summoned or received by the host state holds his office but speaks for no
one there (no REPRESENTS); an ambassador who speaks keeps it."""
from extraction_helpers import has, triples


def test_summoned_ambassador_holds_office_only(nlp):
    found = triples(nlp, "Le Chili a convoqué mardi l'ambassadeur d'Argentine, Carlos Medina, après l'incident "
                         "survenu à la frontière.")
    assert has(found, "Carlos Medina", "HOLDS_ROLE", "Argentine")
    assert not has(found, "Carlos Medina", "REPRESENTS", "Argentine")


def test_received_ambassador_holds_office_only(nlp):
    found = triples(nlp, "Le président colombien a reçu dans la soirée l'ambassadrice du Pérou, Lucía Paredes, "
                         "pour évoquer la crise.")
    assert not has(found, "Lucía Paredes", "REPRESENTS", "Pérou")


def test_speaking_ambassador_still_represents(nlp):
    found = triples(nlp, "L'ambassadeur d'Argentine au Chili, Carlos Medina, a dénoncé mardi une provocation.")
    assert has(found, "Carlos Medina", "REPRESENTS", "Argentine")


def test_observation_mission_leader_speaks_for_no_one(nlp):
    found = triples(nlp, "La mission d'observation de l'Union africaine, conduite par l'ancien président malgache "
                         "Hery Rajaonarimampianina, a salué un scrutin apaisé.")
    assert not any(s == "Hery Rajaonarimampianina" and p == "REPRESENTS" for s, p, _ in found)


def test_mediation_mission_leader_represents(nlp):
    found = triples(nlp, "L'Union africaine a dépêché mardi à Bangui une mission de médiation conduite par "
                         "l'ancien ministre kényan Peter Kamau.")
    assert has(found, "Peter Kamau", "REPRESENTS", "Union africaine")


def test_head_of_national_delegation_represents_country(nlp):
    found = triples(nlp, "Le chef de la délégation brésilienne, Paulo Cardoso, a rejeté le projet d'accord.")
    assert has(found, "Paulo Cardoso", "REPRESENTS", "Brésil")


def test_head_of_agency_delegation_represents_no_country(nlp):
    found = triples(nlp, "La cheffe de la délégation du CICR à Lima, Ana Ruiz, a appelé au calme.")
    assert not any(s == "Ana Ruiz" and p == "REPRESENTS" for s, p, _ in found)
