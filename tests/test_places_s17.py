"""Memberships (session 17, own sentences): a party whose name opens on its article in brackets after a
person, a bloc's member ranked by its weight ("première économie de Y"), the BIMSTEC bloc."""
from extraction_helpers import has, triples


def test_party_with_its_article_in_brackets(nlp):
    found = triples(nlp, "La députée Anne Rivaud (Les Républicains) a voté contre le texte.")
    assert has(found, "Anne Rivaud", "MEMBER_OF", "Républicains"), found


def test_member_ranked_by_weight_in_a_bloc(nlp):
    found = triples(nlp, "L'Argentine, deuxième économie du Mercosur, a demandé un délai.")
    assert has(found, "Argentine", "MEMBER_OF", "Mercosur"), found


def test_bimstec_members(nlp):
    found = triples(nlp, "Le Népal, membre du BIMSTEC, accueillera la réunion.")
    assert has(found, "Népal", "MEMBER_OF", "BIMSTEC"), found


def test_armed_group_of_a_country(nlp):
    found = triples(nlp, "Les frappes visaient les positions des rebelles houthis du Yémen depuis janvier.")
    assert has(found, "houthis", "LOCATED_IN", "Yémen") or has(found, "Houthis", "LOCATED_IN", "Yémen"), found
    found = triples(nlp, "Les talibans d'Afghanistan ont fermé les écoles de filles.")
    assert any(p == "LOCATED_IN" and o == "Afghanistan" for _, p, o in found), found


def test_pronoun_member_is_the_person_of_the_sentence_before(nlp):
    found = triples(nlp, "M. Tomas Berend a été nommé ministre jeudi. Il est membre du Parti démocrate.")
    assert has(found, "Tomas Berend", "MEMBER_OF", "Parti démocrate"), found
    found = triples(nlp, "Mme Ilse Varga était ambassadrice. Membre du Parti civique (PC, au pouvoir), elle a voté pour.")
    assert has(found, "Ilse Varga", "MEMBER_OF", "Parti civique"), found
    # the sentence before is about no person: no guess
    found = triples(nlp, "Le texte a été adopté. Il est membre du Parti démocrate.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found
