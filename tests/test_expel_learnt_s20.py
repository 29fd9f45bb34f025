"""Session 20, diplomatic crises: expelling diplomats is a SANCTION of their country; a closing
", a-t-on appris de/auprès de SOURCE" attributes the sentence to that source."""
from extraction_helpers import has, quotes, triples


def test_expelled_diplomats_are_a_sanction_of_their_country(nlp):
    found = triples(nlp, "La Lettonie a décidé vendredi l'expulsion de trois diplomates biélorusses.")
    assert has(found, "Lettonie", "SANCTION", "Biélorussie")
    assert not has(found, "Lettonie", "COERCE", "Biélorussie")


def test_expelled_envoy_named_by_his_country_gives_the_country(nlp):
    found = triples(nlp, "Le Tchad a annoncé l'expulsion de l'ambassadeur d'Allemagne, Karl Brenner.")
    assert has(found, "Tchad", "SANCTION", "Allemagne")
    assert not any(p == "SANCTION" and o == "Karl Brenner" for _, p, o in found)


def test_expelled_migrants_stay_coerced(nlp):
    found = triples(nlp, "La Tunisie a ordonné l'expulsion de migrants guinéens.")
    assert not any(p == "SANCTION" for _, p, _ in found)


def test_learnt_from_a_source_is_that_source_statement(nlp):
    found = quotes(nlp, "Deux navires de guerre turcs sont arrivés jeudi au port de Tripoli, "
                        "a-t-on appris de sources portuaires.")
    assert any(t.startswith("Deux navires de guerre turcs") and sp == "sources portuaires" for t, sp in found), found


def test_learnt_from_people_with_aupres(nlp):
    found = quotes(nlp, "Le sommet a été reporté à une date ultérieure, a-t-on appris auprès de la présidence sénégalaise.")
    assert any(t.startswith("Le sommet a été reporté") for t, _ in found), found
