"""Which pair a plural description stands for ("les deux pays", "les deux hommes", "les deux agences"): the pair
the text shows acting together (coordinated subjects, a subject and its "avec" partner, "entre A et B"), then a
pair face to face (a subject and its object), not the last two names (session 16, own sentences)."""
from extraction_helpers import has, triples


def test_two_countries_are_the_subjects_not_the_witnesses(nlp):
    found = triples(nlp, "Le Pérou et l'Equateur ont signé mardi un traité frontalier, en présence des ministres du "
                         "Chili et de l'Argentine. L'Organisation des Etats américains a félicité les deux pays.")
    assert has(found, "Organisation des Etats américains", "SUPPORT", "Pérou"), found
    assert not has(found, "Organisation des Etats américains", "SUPPORT", "Argentine"), found


def test_two_countries_are_a_subject_and_its_avec_partner(nlp):
    found = triples(nlp, "Le Maroc a signé jeudi un accord de pêche avec la Mauritanie, en présence du Sénégal et de "
                         "la Gambie. L'Union africaine a salué les deux pays.")
    assert has(found, "Union africaine", "SUPPORT", "Mauritanie"), found
    assert not has(found, "Union africaine", "SUPPORT", "Gambie"), found


def test_two_bodies_are_the_subjects_not_the_sides_of_a_war_named_after(nlp):
    text = ("La Croix-Rouge et Médecins sans frontières ont ouvert un hôpital près de la frontière. La guerre entre "
            "l'armée malienne et le Front de libération de l'Azawad a fait des milliers de blessés. Les deux "
            "organisations accusent le Front de libération de l'Azawad de bloquer les convois.")
    found = triples(nlp, text)
    assert has(found, "Médecins sans frontières", "ACCUSE", "Front de libération de l'Azawad"), found
    assert not has(found, "armée malienne", "ACCUSE", "Front de libération de l'Azawad"), found


def test_two_pairs_acting_in_one_sentence_give_none(nlp):
    found = triples(nlp, "La Grèce et la Turquie ont signé un accord, et l'Espagne et le Portugal ont signé un "
                         "traité. L'Union européenne a félicité les deux pays.")
    assert not any(s == "Union européenne" for s, _, _ in found), found


def test_two_parties_are_the_sides_face_to_face(nlp):
    text = ("L'Azerbaïdjan a accusé l'Arménie de violer le cessez-le-feu, en présence d'observateurs de la Turquie et "
            "de l'Iran. Le Conseil de l'Europe a appelé les deux parties à la retenue.")
    found = triples(nlp, text)
    assert has(found, "Conseil de l'Europe", "REQUEST", "Arménie"), found
    assert has(found, "Conseil de l'Europe", "REQUEST", "Azerbaïdjan"), found
    # two unions named together are one side of a labour dispute, not its two parties
    found = triples(nlp, "La CFDT et Force ouvrière ont appelé à la grève chez Michelin. Le ministre du Travail, Paul "
                         "Girard, a appelé les deux parties au dialogue.")
    assert not has(found, "Paul Girard", "REQUEST", "CFDT"), found


def test_convenir_with_etre_is_no_passive(nlp):
    found = triples(nlp, "Le Chili et l'Argentine sont convenus mardi de rouvrir leur frontière.")
    assert has(found, "Chili", "AGREE", "Argentine"), found
