"""Session 29, verb triggers whose direct object names nobody: the names coordinated with that object are the
verb's objects too ("a exhorté les autorités et l'Unicef à ..."); a name under its own preposition is not."""
from extraction_helpers import has, triples


def test_name_coordinated_with_an_unnamed_object(nlp):
    found = triples(nlp, "Le ministre norvégien, Lars Eriksen, a exhorté les autorités et l'Unicef à intervenir rapidement.")
    assert has(found, "Lars Eriksen", "REQUEST", "Unicef")
    found = triples(nlp, "La Croix-Rouge a exhorté les belligérants et le Hamas à respecter la trêve.")
    assert has(found, "Croix-Rouge", "REQUEST", "Hamas")


def test_named_object_keeps_its_conjuncts(nlp):
    found = triples(nlp, "Amnesty International a accusé le Mali et le Niger de détentions arbitraires.")
    assert has(found, "Amnesty International", "ACCUSE", "Mali")
    assert has(found, "Amnesty International", "ACCUSE", "Niger")


def test_name_after_its_own_preposition_is_no_conjunct_object(nlp):
    found = triples(nlp, "Le Canada a réclamé la libération des journalistes et de l'ancien député Paul Ferrand.")
    assert not has(found, "Canada", "REQUEST", "Paul Ferrand")
