"""Session 28, AID and SANCTION by the measure given or taken: a standing donor named by apposition or copula
("X, premier bailleur de Y", "X reste le principal donateur de Y") AIDs Y (also "premier créancier
bilatéral de Y"); the noun must be said of a name and followed by one."""
from extraction_helpers import has, triples


def test_apposed_donor_aids_the_one_after_de(nlp):
    found = triples(nlp, "Le Japon, premier bailleur de fonds du Laos, a salué mardi la tenue du scrutin.")
    assert has(found, "Japon", "AID", "Laos")


def test_donor_by_copula(nlp):
    found = triples(nlp, "La Suède est le principal donateur bilatéral de la Tanzanie depuis vingt ans.")
    assert has(found, "Suède", "AID", "Tanzanie")


def test_donor_noun_without_a_named_taker_gives_nothing(nlp):
    found = triples(nlp, "Le Japon, premier bailleur de fonds de la région, a salué mardi la tenue du scrutin.")
    assert not any(p == "AID" for _, p, _ in found)


def test_creditor_apposed(nlp):
    found = triples(nlp, "Le Japon, premier créancier bilatéral du Laos, a réclamé mardi un calendrier de remboursement.")
    assert has(found, "Japon", "AID", "Laos")

