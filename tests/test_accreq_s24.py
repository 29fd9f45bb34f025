"""Session 24, ACCUSE and REQUEST recall: an act of violence laid at someone's door ('attribuer l'attaque à X') is
the attributer's accusation of X; a prize, a contract or a fall in numbers attributed to someone is none."""
from extraction_helpers import has, triples


def test_attack_attributed_to_a_group(nlp):
    found = triples(nlp, "Douze soldats ont été tués lundi près de la frontière. La Colombie attribue l'attaque à "
                         "l'Armée de libération nationale (ELN).")
    assert has(found, "Colombie", "ACCUSE", "Armée de libération nationale")


def test_shots_the_relative_attributes(nlp):
    found = triples(nlp, "Un convoi humanitaire a essuyé des tirs que le Tchad attribue aux Forces de soutien rapide.")
    assert has(found, "Tchad", "ACCUSE", "Forces de soutien rapide")


def test_contract_attributed_is_no_accusation(nlp):
    found = triples(nlp, "La mairie de Lyon a attribué le contrat de voirie à l'entreprise Rhodia Travaux.")
    assert not any(p == "ACCUSE" for _, p, _ in found)


def test_prize_attributed_is_no_accusation(nlp):
    found = triples(nlp, "L'Académie suédoise a attribué jeudi le prix à l'écrivain Jon Fosse.")
    assert not any(p == "ACCUSE" for _, p, _ in found)
