"""LOCATED_IN constructions of session 11 (sentences written for the tests)."""
from extraction_helpers import has, triples


def test_generic_noun_refers_to_the_one_introduced_with_it(nlp):
    # "la société" after "la société X": X, not the body the story is about
    text = ("L'Autorité bretonne des transports a infligé lundi une amende à la société Velorail, qui loue des "
            "vélos électriques.\n\nLa société, dont le siège est à Rennes, compte faire appel de la décision de "
            "l'Autorité bretonne des transports.")
    found = triples(nlp, text)
    assert has(found, "Velorail", "LOCATED_IN", "Rennes"), found
    assert not has(found, "Autorité bretonne des transports", "LOCATED_IN", "Rennes"), found


def test_agency_based_named_by_its_noun(nlp):
    text = ("L'Agence européenne des semences (AES) prévoit une récolte en baisse.\n\n"
            "Une prévision que conteste la Confédération paysanne, dont le porte-parole a accusé l'agence "
            "basée à Parme de « noircir le tableau ».")
    found = triples(nlp, text)
    assert has(found, "Agence européenne des semences", "LOCATED_IN", "Parme"), found
    assert not has(found, "Confédération paysanne", "LOCATED_IN", "Parme"), found


def test_opening_descriptor_based(nlp):
    text = ("Le Stade lavallois a annoncé mardi l'arrivée d'un nouvel entraîneur.\n\n"
            "Le club, basé à Laval, espère remonter en deuxième division la saison prochaine.")
    found = triples(nlp, text)
    assert has(found, "Stade lavallois", "LOCATED_IN", "Laval"), found


def test_opening_descriptor_seat(nlp):
    text = ("Le fabricant de verre Vitralis a annoncé jeudi la fermeture de son usine de Limoges.\n\n"
            "Le fabricant, dont le siège mondial se trouve à Anvers, invoque la hausse des prix de l'énergie.")
    found = triples(nlp, text)
    assert has(found, "Vitralis", "LOCATED_IN", "Anvers"), found


def test_opening_noun_not_an_organisation(nlp):
    # a noun that names no kind of organisation does not stand for the story's company
    text = ("Le fabricant de verre Vitralis a annoncé jeudi la fermeture de son usine de Limoges.\n\n"
            "Le chalutier, basé à Lorient, a quitté le port mardi.")
    assert not has(triples(nlp, text), "Vitralis", "LOCATED_IN", "Lorient")


def test_court_sitting_in_a_town(nlp):
    text = ("La Cour africaine des droits de l'homme a rendu mardi son arrêt, a annoncé la juridiction, "
            "qui siège à Arusha.")
    assert has(triples(nlp, text), "Cour africaine des droits de l'homme", "LOCATED_IN", "Arusha")
    text = "Le Tribunal spécial pour la Sierra Leone (TSSL), juridiction mixte siégeant à Freetown, a clos ses travaux."
    assert has(triples(nlp, text), "Tribunal spécial pour la Sierra Leone", "LOCATED_IN", "Freetown"), triples(nlp, text)
