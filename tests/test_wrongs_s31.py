"""Session 31: three rule branches that gave wrong facts, narrowed (sentences written for these tests)."""
from __future__ import annotations

from extraction_helpers import has, triples


def test_statement_as_medium_is_no_agreement(nlp):
    found = triples(nlp, "Le Portugal et l'Espagne ont dénoncé la décision de la Commission européenne dans une "
                         "déclaration commune publiée lundi.")
    assert not has(found, "Portugal", "AGREE", "Espagne")
    found = triples(nlp, "Dans un communiqué conjoint, le Chili et l'Argentine ont salué la libération des otages.")
    assert not has(found, "Chili", "AGREE", "Argentine")


def test_adopted_statement_stays_an_agreement(nlp):
    found = triples(nlp, "Le Portugal et l'Espagne ont adopté lundi une déclaration commune sur la pêche.")
    assert has(found, "Portugal", "AGREE", "Espagne")


def test_court_seized_is_not_threatened(nlp):
    found = triples(nlp, "La Fédération norvégienne de ski a menacé de saisir le Tribunal arbitral du sport si la "
                         "suspension était maintenue.")
    assert ("Fédération norvégienne de ski", "THREATEN", "Tribunal arbitral du sport") not in found


def test_court_seized_leaves_the_threat_to_the_accused(nlp):
    found = triples(nlp, "Stefano Riva a accusé la Fédération internationale de tennis de tricher et a menacé de saisir "
                         "le Tribunal arbitral du sport.")
    assert ("Stefano Riva", "THREATEN", "Fédération internationale de tennis") in found
    assert ("Stefano Riva", "THREATEN", "Tribunal arbitral du sport") not in found


def test_object_of_threatened_strike_stays_the_target(nlp):
    found = triples(nlp, "Le Premier ministre Benyamin Netanyahu a menacé mardi de frapper le Hezbollah.")
    assert ("Benyamin Netanyahu", "THREATEN", "Hezbollah") in found


def test_compass_point_from_a_town_is_beside_it(nlp):
    found = triples(nlp, "La manifestation a rassemblé des milliers de personnes à Montreuil, à l'est de Paris, samedi.")
    assert ("Montreuil", "LOCATED_IN", "Paris") not in found
    found = triples(nlp, "Des affrontements ont éclaté dans la nuit à Kanyaruchinya, au nord de Goma, selon les "
                         "autorités locales.")
    assert ("Kanyaruchinya", "LOCATED_IN", "Goma") not in found


def test_compass_point_of_a_country_is_inside_it(nlp):
    found = triples(nlp, "Les combats se concentrent autour de Kirkouk, au nord de l'Irak, depuis lundi.")
    assert ("Kirkouk", "LOCATED_IN", "Irak") in found


def test_heart_of_a_town_is_inside_it(nlp):
    found = triples(nlp, "La police a dispersé les manifestants rassemblés devant le Parlement, au cœur de Tbilissi.")
    assert ("Parlement", "LOCATED_IN", "Tbilissi") in found
