"""Session 23, structural precision: a title held before or only just taken ("l'ancien sénateur de X", "la
nouvelle ambassadrice de Y") gives no REPRESENTS; the sitting holder keeps it."""
from extraction_helpers import has, triples


def test_former_ambassador_represents_no_one(nlp):
    found = triples(nlp, "M. Dupré, ancien ambassadeur de Suisse au Kenya, a été choisi pour conduire la mission.")
    assert not any(p == "REPRESENTS" for _, p, _ in found)


def test_new_ambassador_holds_office_only(nlp):
    found = triples(nlp, "La nouvelle ambassadrice d'Espagne en Suède, Marta Ruiz, assistait à la cérémonie.")
    assert not has(found, "Marta Ruiz", "REPRESENTS", "Espagne")


def test_former_senator_represents_no_constituency(nlp):
    found = triples(nlp, "Le pourvoi de l'ancien sénateur de la Lozère Jean Vidal a été rejeté par la Cour de cassation.")
    assert not any(s == "Jean Vidal" and p == "REPRESENTS" for s, p, _ in found)


def test_sitting_ambassador_still_represents(nlp):
    found = triples(nlp, "L'ambassadeur d'Espagne en Suède, Pablo Ruiz, a dénoncé mardi une provocation.")
    assert has(found, "Pablo Ruiz", "REPRESENTS", "Espagne")
