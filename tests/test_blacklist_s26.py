"""Session 26: putting someone on a sanction list is a SANCTION (sentences of our own writing; lexicon
`listing_verbs`, `sanction_lists`)."""
from extraction_helpers import has, triples


def test_placed_on_blacklist(nlp):
    found = triples(nlp, "Le Canada a placé le groupe Boko Haram sur sa liste noire en 2014.")
    assert has(found, "Canada", "SANCTION", "Boko Haram"), found


def test_added_with_dont_list(nlp):
    found = triples(nlp, "Le département américain du Commerce a ajouté jeudi douze sociétés chinoises à sa liste noire, "
                         "dont Huawei et ZTE.")
    assert has(found, "département américain du Commerce", "SANCTION", "Huawei"), found
    assert has(found, "département américain du Commerce", "SANCTION", "ZTE"), found


def test_figures_on_owners_list(nlp):
    found = triples(nlp, "Plusieurs responsables de la société, dont son patron Igor Sechin, figurent sur la liste "
                         "noire du Trésor américain.")
    assert has(found, "Trésor américain", "SANCTION", "Igor Sechin"), found


def test_heritage_list_is_no_sanction(nlp):
    found = triples(nlp, "L'Unesco a inscrit la ville de Venise sur la liste du patrimoine mondial en péril.")
    assert not any(p == "SANCTION" for _, p, _ in found), found


def test_listing_only_asked_is_no_sanction(nlp):
    found = triples(nlp, "Le Parlement a appelé le Conseil à inscrire la société Wagner sur sa liste noire.")
    assert not any(p == "SANCTION" for _, p, _ in found), found
