"""Session 30: a government named by its level ("le gouvernement fédéral", "le pouvoir central") stands for the
story's country, as a bare "le gouvernement" does (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import triples


def test_federal_government_is_the_story_country(nlp):
    found = triples(nlp, "Le Nigeria fait face à une crise. "
                         "Le gouverneur de l'Etat de Kano, Musa Bello, a exhorté le gouvernement fédéral à envoyer des soldats.")
    assert ("Musa Bello", "REQUEST", "Nigeria") in found


def test_central_power_is_the_story_country(nlp):
    found = triples(nlp, "La Colombie fait face à une hausse des violences dans le nord-est. "
                         "Le gouverneur du département, Carlos Ruiz, a exhorté le gouvernement central à envoyer des renforts.")
    assert ("Carlos Ruiz", "REQUEST", "Colombie") in found


def test_federal_government_with_a_nationality_is_left_alone(nlp):
    found = triples(nlp, "Le Nigeria fait face à une crise. "
                         "Le gouverneur de l'Etat de Kano, Musa Bello, a exhorté le gouvernement fédéral allemand à "
                         "envoyer des médecins.")
    assert ("Musa Bello", "REQUEST", "Nigeria") not in found


def test_named_federal_agency_is_no_country(nlp):
    found = triples(nlp, "Les Etats-Unis ont durci leurs règles. Le constructeur Orbitex a réclamé à "
                         "l'Administration fédérale de l'aviation un nouveau permis de vol.")
    assert not any(t[2] == "États-Unis" and t[0] == "Orbitex" for t in found)


def test_two_titles_of_one_person_are_one_subject(nlp):
    found = triples(nlp, "La Ligue des maires du Kenya s'est réunie lundi à Nairobi. Dans un communiqué, le président de "
                         "la ligue, le maire de Mombasa, Peter Otieno, a appelé l'Assemblée nationale à voter le texte.")
    assert ("Peter Otieno", "REQUEST", "Assemblée nationale") in found
    assert ("Ligue des maires du Kenya", "REQUEST", "Assemblée nationale") not in found
