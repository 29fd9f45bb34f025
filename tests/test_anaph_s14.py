"""Event arguments named by a description, a periphrasis of an office or a pronoun in a story that goes on
(session 14, own sentences)."""
from extraction_helpers import has, triples


def test_object_description_with_its_verbs_de_noun(nlp):
    # "accuser X de NOUN": the "de" phrase is the verb's, "l'organisation" still refers back
    found = triples(nlp, "La CEDEAO a suspendu le Niger. Le pays accuse l'organisation de partialité.")
    assert has(found, "Niger", "ACCUSE", "CEDEAO"), found


def test_object_description_with_adjective_and_capital_subject(nlp):
    found = triples(nlp, "La CEDEAO a suspendu le Niger. Niamey accuse l'organisation régionale de partialité.")
    assert has(found, "Niger", "ACCUSE", "CEDEAO"), found


def test_object_description_with_its_verbs_infinitive(nlp):
    found = triples(nlp, "Le Mali a quitté la CEDEAO. Bamako accuse l'organisation de servir des intérêts étrangers.")
    assert has(found, "Mali", "ACCUSE", "CEDEAO"), found


def test_apposed_kind_with_its_verbs_de_phrase(nlp):
    # "menacer les milices de nouvelles frappes": "les milices" is the group the apposition called so
    found = triples(nlp, "Les Forces de défense du peuple, des milices opposées à la junte, ont attaqué une base. "
                         "Le général Tun Aung a menacé les milices de nouvelles frappes.")
    assert has(found, "Tun Aung", "THREATEN", "Forces de défense du peuple"), found


def test_head_of_government_periphrasis_is_the_prime_minister(nlp):
    found = triples(nlp, "Le Premier ministre britannique Keir Starmer est arrivé à Paris. "
                         "Le chef du gouvernement britannique a rencontré Emmanuel Macron.")
    assert has(found, "Emmanuel Macron", "CONSULT", "Keir Starmer"), found
    assert not has(found, "Emmanuel Macron", "CONSULT", "Royaume-Uni"), found


def test_chief_diplomat_periphrasis_is_the_foreign_minister(nlp):
    found = triples(nlp, "Le ministre espagnol des Affaires étrangères, Pablo Ortiz, est à Rabat. Le chef de la "
                         "diplomatie espagnole a rencontré son homologue marocain Karim Alaoui.")
    assert has(found, "Pablo Ortiz", "CONSULT", "Karim Alaoui"), found


def test_pronoun_after_an_unnamed_person_is_no_one_named_earlier(nlp):
    # "Un haut responsable a affirmé ... Il a accusé": "il" is the unnamed official, not the minister before
    found = triples(nlp, "Le ministre Jean Dupont a parlé. Un haut responsable a affirmé que la trêve tenait. "
                         "Il a accusé le Hamas de gagner du temps.")
    assert not has(found, "Jean Dupont", "ACCUSE", "Hamas"), found


def test_area_named_with_its_kind_noun(nlp):
    found = triples(nlp, "La région Grand Est a réduit sa subvention au théâtre. "
                         "La directrice Anne Morel a accusé la région de vouloir punir les artistes.")
    assert has(found, "Anne Morel", "ACCUSE", "région Grand Est"), found


def test_bare_government_object_with_its_verbs_de_noun(nlp):
    found = triples(nlp, "Le Sénégal a adopté une loi. Amnesty International a accusé le gouvernement de censure.")
    assert has(found, "Amnesty International", "ACCUSE", "Sénégal"), found


def test_pronoun_after_a_title_subject_is_its_holder(nlp):
    # "Le ministre pakistanais a estimé ... Il a réclamé": no name in the sentence before, its subject is a title
    found = triples(nlp, "Le ministre pakistanais des Affaires étrangères, Ishan Karim, est arrivé à Riyad. La Chine a "
                         "parlé. Le ministre pakistanais a estimé que la suspension était une arme. Il a réclamé à "
                         "l'Inde le rétablissement du traité.")
    assert has(found, "Ishan Karim", "REQUEST", "Inde"), found


def test_periphrasis_with_unknown_owner_adjective_is_nobody(nlp):
    found = triples(nlp, "Le Premier ministre australien Tom Baxter est arrivé à Port Moresby. Le Premier ministre "
                         "britannique Keir Starmer a appelé. Le chef du gouvernement papou a rencontré Jane Miller.")
    assert not has(found, "Tom Baxter", "CONSULT", "Jane Miller"), found
    found = triples(nlp, "Le Premier ministre britannique Keir Starmer est arrivé à Paris. "
                         "Le chef du gouvernement britannique a rencontré Emmanuel Macron.")
    assert has(found, "Emmanuel Macron", "CONSULT", "Keir Starmer"), found
