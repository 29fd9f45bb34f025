"""Session 14: trigger breadth reviewed from word-vector proposals (scripts/propose_triggers.py), and forces sent
are a MOBILIZE, not an AID (relations.json sent_forces), with sentences written for these tests."""
import pytest

from extraction_helpers import has, triples


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # COERCE: "interpeller" is the police's arrest
    ("La police belge a interpellé le militant Tomas Varga à Liège.", "police belge", "COERCE", "Tomas Varga"),
    # SANCTION: stripping of a status
    ("La Lituanie a déchu Igor Petrenko de sa nationalité.", "Lituanie", "SANCTION", "Igor Petrenko"),
    ("La Fédération française de cyclisme a désaffilié le club Vélo Sud.", "Fédération française de cyclisme",
     "SANCTION", "Vélo Sud"),
    # ACCUSE: mockery and verbal abuse
    ("Le ministre Hugo Serrano s'est moqué de la Banque mondiale.", "Hugo Serrano", "ACCUSE", "Banque mondiale"),
    ("Le député Marc Olier a fulminé contre la Commission européenne.", "Marc Olier", "ACCUSE",
     "Commission européenne"),
    ("Le député Marc Olier a calomnié le maire Paul Verdier.", "Marc Olier", "ACCUSE", "Paul Verdier"),
    ("Le ministre Hugo Serrano a dénoncé les insultes de Pedro Almeida contre la Bolivie.", "Pedro Almeida",
     "ACCUSE", "Bolivie"),
    # AID: money and goods given, paid or carried
    ("La Norvège a annoncé une contribution de 50 millions de dollars au Fonds vert pour le climat.", "Norvège",
     "AID", "Fonds vert pour le climat"),
    ("L'Union européenne a annoncé l'acheminement de vivres au Soudan.", "Union européenne", "AID", "Soudan"),
    ("La Jordanie a annoncé le parachutage de vivres sur Gaza.", "Jordanie", "AID", "Gaza"),
    # COOPERATE: pooling with someone
    ("La Grèce a mutualisé ses moyens avec Chypre.", "Grèce", "COOPERATE", "Chypre"),
    # THREATEN: a warning shot
    ("Le Maroc a tiré un coup de semonce à l'Algérie.", "Maroc", "THREATEN", "Algérie"),
    # COERCE locutions: custody and removal, the object between the verb and the words or after them
    ("Le FBI a mis en garde à vue le militant Tomas Varga.", "FBI", "COERCE", "Tomas Varga"),
    ("Le FBI a placé le militant Tomas Varga sous mandat de dépôt.", "FBI", "COERCE", "Tomas Varga"),
    ("Le Kenya a reconduit à la frontière le militant Tomas Varga.", "Kenya", "COERCE", "Tomas Varga"),
    # frames read on the surface (speech_frames): forcing someone, and an accusation with "taxer X de"
    ("Paris a obligé la société Valmora à rembourser les aides.", "France", "COERCE", "Valmora"),
    ("Le ministre Hugo Serrano a taxé la Banque mondiale d'aveuglement.", "Hugo Serrano", "ACCUSE",
     "Banque mondiale"),
    # MOBILIZE: reinforcements, and forces sent (people, or ships with a plain sending word)
    ("Le Brésil a reçu les renforts de l'Argentine.", "Argentine", "MOBILIZE", "Brésil"),
    ("Le Kenya a envoyé 500 policiers en Haïti.", "Kenya", "MOBILIZE", "Haïti"),
    ("L'Estonie a envoyé des renforts en Lettonie.", "Estonie", "MOBILIZE", "Lettonie"),
    ("La Suède a annoncé l'envoi de deux frégates en mer Baltique.", "Suède", "MOBILIZE", "mer Baltique"),
])
def test_new_triggers(nlp, text, subject, predicate, obj):
    found = triples(nlp, text)
    assert has(found, subject, predicate, obj), found


def test_only_forces_switch_to_mobilize(nlp):
    # forces sent are a MOBILIZE; goods sent, and ships delivered (arms), stay an AID
    forces = triples(nlp, "Le Kenya a envoyé 500 policiers en Haïti.")
    goods = triples(nlp, "Le Canada a envoyé des tentes en Haïti.")
    ships = triples(nlp, "L'Italie a livré deux frégates à l'Égypte.")
    assert not has(forces, "Kenya", "AID", "Haïti"), forces
    assert has(goods, "Canada", "AID", "Haïti") and not has(goods, "Canada", "MOBILIZE", "Haïti"), goods
    assert has(ships, "Italie", "AID", "Égypte") and not has(ships, "Italie", "MOBILIZE", "Égypte"), ships
