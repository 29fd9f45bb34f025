"""Session 23: cooperation (sentences of our own writing). A cooperation has no person on either side (the golds
give 5 of 284 COOPERATE a person); a word of a name ("l'Alliance des ...", "le Groupe de soutien à ...") is no
trigger of an event; an agreement of cooperation or partnership in any field binds its parties in a cooperation."""
from extraction_helpers import has, triples


def test_no_cooperation_between_two_people(nlp):
    found = triples(nlp, "Les ministres des Affaires étrangères du Chili et du Pérou, Ana Rivas et Tomás Ferrer, "
                         "se sont retrouvés à Lima pour coordonner leur réponse.")
    # (their countries may cooperate: since session 30 the sentence is parsed whole and gives Chili-Pérou)
    assert not any(p == "COOPERATE" and {s, o} & {"Ana Rivas", "Tomás Ferrer"} for s, p, o in found), found


def test_no_cooperation_of_a_person_with_a_country(nlp):
    found = triples(nlp, "Le président colombien Mateo Herrera, qui a renforcé la coopération militaire avec "
                         "Madrid, a quitté Bogota.")
    assert not any(p == "COOPERATE" and "Mateo Herrera" in (s, o) for s, p, o in found), found


def test_cooperation_between_countries_stays(nlp):
    found = triples(nlp, "Le Ghana coopère étroitement avec le Togo contre la piraterie.")
    assert has(found, "Ghana", "COOPERATE", "Togo"), found


def test_word_of_a_name_is_no_trigger(nlp):
    found = triples(nlp, "Le Tchad a formé avec le Cameroun l'Alliance des États du lac Tchad, qui regroupe aussi "
                         "le Niger.")
    assert not any(p == "COOPERATE" and s.startswith("Alliance") for s, p, o in found), found


def test_partnership_agreement_is_also_cooperation(nlp):
    found = triples(nlp, "Le Chili a signé jeudi avec le Japon un accord de partenariat sur l'hydrogène vert.")
    assert has(found, "Chili", "AGREE", "Japon"), found
    assert has(found, "Chili", "COOPERATE", "Japon"), found
