"""LOCATED_IN constructions of session 12 (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_fronted_town_places_the_body_that_acts(nlp):
    text = ("Les pêcheurs réclament des quotas plus larges.\n\n"
            "A Lisbonne, le ministère de la Mer a promis mardi une aide aux armateurs.")
    found = triples(nlp, text)
    assert has(found, "ministère de la Mer", "LOCATED_IN", "Lisbonne"), found
    # not a body named by its country ("le ministère portugais de ..."): the country places it
    found = triples(nlp, text.replace("ministère de la Mer", "ministère portugais de la Mer"))
    assert not any(p == "LOCATED_IN" and o == "Lisbonne" for _, p, o in found), found


def test_peninsula_and_split_presqu_ile(nlp):
    found = triples(nlp, "La base navale de Mourmansk, sur la presqu'île de Kola, a été placée en alerte.")
    assert has(found, "Mourmansk", "LOCATED_IN", "Kola"), found


def test_participle_before_the_island(nlp):
    found = triples(nlp, "Le festival s'ouvre à Hilo, située sur l'île d'Hawaï, samedi.")
    assert has(found, "Hilo", "LOCATED_IN", "Hawaï"), found


def test_shore_with_its_adjective(nlp):
    found = triples(nlp, "Le convoi a accosté à Limon, sur la côte caraïbe du Costa Rica, lundi.")
    assert has(found, "Limon", "LOCATED_IN", "Costa Rica"), found


def test_fronted_possessive_seat_of_the_agency(nlp):
    text = ("Le Programme alimentaire mondial (PAM) lance un appel.\n\n"
            "Depuis son siège de Rome, l'agence onusienne a réclamé mardi des fonds supplémentaires.")
    found = triples(nlp, text)
    assert has(found, "Programme alimentaire mondial", "LOCATED_IN", "Rome"), found


def test_possessive_seat_after_the_spokesman(nlp):
    found = triples(nlp, "Les troupes arriveront lundi, a indiqué un porte-parole de l'Alliance à son siège de Bruxelles.")
    assert has(found, "Alliance", "LOCATED_IN", "Bruxelles"), found


def test_direction_with_nationality_adjective(nlp):
    found = triples(nlp, "Le Soudan accuse le Tchad. Des combats ont éclaté près de Geneina, dans l'ouest soudanais.")
    assert has(found, "Geneina", "LOCATED_IN", "Soudan"), found


def test_capital_with_nationality_adjective(nlp):
    text = ("Les ministres se sont réunis à Mascate, la capitale omanaise, pour discuter du pétrole. "
            "Oman accueille la réunion.")
    found = triples(nlp, text)
    assert has(found, "Mascate", "LOCATED_IN", "Oman"), found


def test_enclave_with_nationality_adjective(nlp):
    found = triples(nlp, "Les manœuvres ont eu lieu près de l'enclave espagnole de Melilla. L'Espagne a protesté.")
    assert has(found, "Melilla", "LOCATED_IN", "Espagne"), found


def test_where_clause_seat_with_pronoun_or_possessive(nlp):
    text = "Dans un avis publié à Strasbourg, où elle siège, la Cour européenne des droits de l'homme condamne la Grèce."
    found = triples(nlp, text)
    assert has(found, "Cour européenne des droits de l'homme", "LOCATED_IN", "Strasbourg"), found
    found = triples(nlp, "Le rapport a été présenté à Genève, où l'Organisation mondiale de la santé a son siège.")
    assert has(found, "Organisation mondiale de la santé", "LOCATED_IN", "Genève"), found


def test_participle_after_a_place_apposition(nlp):
    found = triples(nlp, "Le cyclone a frappé Avarua, la capitale, située sur l'île de Rarotonga, dimanche.")
    assert has(found, "Avarua", "LOCATED_IN", "Rarotonga"), found
    found = triples(nlp, "Les secours ont atteint Kirkwall, une bourgade de 9 000 habitants située sur l'île de Mainland, lundi.")
    assert has(found, "Kirkwall", "LOCATED_IN", "Mainland"), found
    # "située à l'ouest de" is beside a place, not in it
    found = triples(nlp, "Le sommet se tiendra à Lomé, la capitale, située à l'ouest du Ghana.")
    assert not has(found, "Lomé", "LOCATED_IN", "Ghana"), found
