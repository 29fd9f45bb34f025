"""Session 20, other event classes: fights and truces between two named parties, attacks that kill, strikes
launched by a union, and a rejected thing standing for its author."""
from extraction_helpers import has, triples


def test_war_between_two_parties_is_an_assault_each_way(nlp):
    found = triples(nlp, "Des milliers de familles ont fui la région depuis le début de la guerre entre l'Inde et le "
                         "Pakistan en mai.")
    assert has(found, "Inde", "ASSAULT", "Pakistan")
    assert has(found, "Pakistan", "ASSAULT", "Inde")


def test_war_that_opposes_two_parties(nlp):
    found = triples(nlp, "La guerre qui oppose depuis 2022 les Forces armées maliennes (FAMa) au Front de libération "
                         "de l'Azawad a fait des milliers de morts.")
    assert has(found, "Forces armées maliennes", "ASSAULT", "Front de libération de l'Azawad")
    assert has(found, "Front de libération de l'Azawad", "ASSAULT", "Forces armées maliennes")


def test_war_alone_names_no_attacker(nlp):
    found = triples(nlp, "La guerre en Ukraine a fait grimper les prix du blé en Egypte et au Maroc.")
    assert not any(p == "ASSAULT" for _, p, _ in found)


def test_truce_between_two_parties_is_an_agreement(nlp):
    found = triples(nlp, "Les rebelles ont repris leurs tirs après la fin d'une trêve entre le Maroc et le Front "
                         "Polisario.")
    assert has(found, "Maroc", "AGREE", "Front Polisario")


def test_strike_that_kills_is_its_agents_assault_on_the_place(nlp):
    found = triples(nlp, "Une attaque de drone russe a blessé trois personnes à Odessa dans la nuit.")
    assert has(found, "Russie", "ASSAULT", "Odessa")


def test_strike_with_no_agent_names_no_attacker(nlp):
    found = triples(nlp, "Les frappes ont tué douze civils à Kharkiv dans la nuit.")
    assert not any(p == "ASSAULT" for _, p, _ in found)


def test_strike_launched_by_a_union_against_a_company(nlp):
    found = triples(nlp, "Le trafic était perturbé mardi en raison d'une grève lancée par la CGT-TCL contre la "
                         "réorganisation des horaires décidée par Keolis Lyon.")
    assert has(found, "CGT-TCL", "PROTEST", "Keolis Lyon")


def test_rejected_thing_stands_for_its_author(nlp):
    found = triples(nlp, "Sur le dossier du gaz, Madrid a une nouvelle fois rejeté le projet d'accord négocié par la "
                         "Commission européenne.")
    assert has(found, "Espagne", "REJECT", "Commission européenne")
