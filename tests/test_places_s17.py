"""Places and memberships (session 17, own sentences): a party whose name opens on its article in brackets
after a person, "le pays" after a town the gazetteer knows, a bloc's member ranked by its weight ("première
économie de Y"), the BIMSTEC bloc, and a nationality apposition ending on a superlative."""
from extraction_helpers import has, triples


def test_party_with_its_article_in_brackets(nlp):
    found = triples(nlp, "La députée Anne Rivaud (Les Républicains) a voté contre le texte.")
    assert has(found, "Anne Rivaud", "MEMBER_OF", "Républicains"), found


def test_pays_after_a_known_town_is_the_town_country(nlp):
    # the sentence's subject is another country: the gazetteer puts the town in the one the article named first
    found = triples(nlp, "Le Sri Lanka a signé un accord. La Chine contrôle le port de Hambantota, dans le sud du pays.")
    assert has(found, "Hambantota", "LOCATED_IN", "Sri Lanka"), found
    assert not has(found, "Hambantota", "LOCATED_IN", "Chine"), found


def test_member_ranked_by_weight_in_a_bloc(nlp):
    found = triples(nlp, "L'Argentine, deuxième économie du Mercosur, a demandé un délai.")
    assert has(found, "Argentine", "MEMBER_OF", "Mercosur"), found


def test_bimstec_members(nlp):
    found = triples(nlp, "Le Népal, membre du BIMSTEC, accueillera la réunion.")
    assert has(found, "Népal", "MEMBER_OF", "BIMSTEC"), found


def test_nationality_apposition_with_a_superlative(nlp):
    found = triples(nlp, "Les Comores ont protesté. Les vedettes partent de Mohéli, l'île comorienne la plus proche, "
                         "chaque semaine.")
    assert has(found, "Mohéli", "LOCATED_IN", "Comores"), found


def test_party_given_by_dont_after_a_person(nlp):
    found = triples(nlp, "L'ancien ministre Karel Smits, dont le Parti de la liberté a perdu les élections, a protesté.")
    assert has(found, "Karel Smits", "MEMBER_OF", "Parti de la liberté"), found
    found = triples(nlp, "Karel Smits, dont la Banque nationale a critiqué la politique, a protesté.")
    assert not any(p == "MEMBER_OF" for _, p, _ in found), found
