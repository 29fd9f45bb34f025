"""Session 17b: quote constructions of fresh wire copy (sentences written for these tests)."""
from extraction_helpers import quotes


def test_incise_reports_clause_whose_quote_holds_the_verb(nlp):
    # the quoted words hold the verb, the clause goes on after them: the incise reports it whole
    found = quotes(nlp, "Les autorités de Lisbonne « examinent » une riposte commune, a indiqué un porte-parole du gouvernement.")
    assert ("Les autorités de Lisbonne « examinent » une riposte commune", "un porte-parole du gouvernement") in found


def test_incise_clause_kept_when_quoted_words_follow_the_incise(nlp):
    found = quotes(nlp, "Le navire espagnol « naviguait sans autorisation » et a refusé les contrôles, a affirmé le "
                        "commandant Pedro Alvarez, pour qui l'Espagne a agi « selon le droit ».")
    assert ("Le navire espagnol « naviguait sans autorisation » et a refusé les contrôles", "Pedro Alvarez") in found


def test_participle_with_object_pronoun_judges(nlp):
    found = quotes(nlp, "La ministre Anne Morel a critiqué le projet, le qualifiant de « dangereux ».")
    assert ("dangereux", "Anne Morel") in found
    # after a verb reporting a clause, the participle goes on with that clause
    found = quotes(nlp, "Le Japon a exhorté la Corée à retirer ses troupes de la zone, la qualifiant de « très sensible ».")
    assert [t for t, _ in found] == ["la Corée à retirer ses troupes de la zone, la qualifiant de « très sensible »"]


def test_absolute_participle_has_its_own_subject(nlp):
    found = quotes(nlp, "Madrid a rejeté ces critiques, le porte-parole du gouvernement, Luis Gómez, les "
                        "qualifiant d'« injustes et infondées ».")
    assert ("injustes et infondées", "Luis Gómez") in found


def test_quoted_adjective_keeps_its_complement(nlp):
    found = quotes(nlp, "Le conseil de surveillance de Valmont a rejeté l'offre mardi, la jugeant « hostile » et "
                        "« très inférieure » au cours de l'action.")
    assert ("« hostile » et « très inférieure » au cours de l'action", "Le conseil de surveillance de Valmont") in found


def test_faire_etat_reports_its_noun_phrase(nlp):
    assert ("douze blessés dans le quartier nord", "Croix-Rouge") in quotes(
        nlp, "La Croix-Rouge a fait état de douze blessés dans le quartier nord.")
    found = quotes(nlp, "La fondation a fait état d'une nette baisse des dons, dont la moitié en province, depuis janvier.")
    assert [t for t, _ in found] == ["une nette baisse des dons, dont la moitié en province, depuis janvier"]
    # a noun's participle ("des rapports faisant état de") and a feeling ("de son inquiétude") report nothing
    assert quotes(nlp, "L'armée a renforcé ses positions après des rapports faisant état de tirs près du port.") == []
    assert quotes(nlp, "Le syndicat a fait état de son inquiétude.") == []


def test_pour_a_body_or_a_person_noun_with_quoted_words(nlp):
    assert ("la réforme rend « très incertain » le retour de la croissance", "une économiste basée à Genève") in quotes(
        nlp, "Pour une économiste basée à Genève, la réforme rend « très incertain » le retour de la croissance.")
    assert ("la loi revient à « museler » la presse", "Amnesty International") in quotes(
        nlp, "Pour Amnesty International, la loi revient à « museler » la presse.")
    # without quoted words, "Pour <noun>," says for whom something holds
    assert quotes(nlp, "Pour l'entreprise, c'est un coup dur.") == []




def test_subject_with_relative_clause_is_no_incise(nlp):
    assert quotes(nlp, "Le Parti libéral (PL, centre), qui dirige la majorité des villes, a toutefois rejeté "
                       "par avance tout compromis imposé par Paris.") == []
    assert ("Le navire, qui transportait du blé, a coulé", "le porte-parole du port") in quotes(
        nlp, "Le navire, qui transportait du blé, a coulé, a indiqué le porte-parole du port.")


def test_en_reference_a_is_the_writers_gloss(nlp):
    found = quotes(nlp, "La ministre Anne Morel a prévenu que la France ne céderait pas sur « la sécurité des "
                        "citoyens », en référence aux demandes des syndicats.")
    assert ("la France ne céderait pas sur « la sécurité des citoyens »", "Anne Morel") in found


def test_thanks_quote_whom_and_for_what(nlp):
    assert ("la mairie pour son « soutien constant »", "Paul Martin") in quotes(
        nlp, "Le président Paul Martin a remercié mardi la mairie pour son « soutien constant ».")


def test_denial_with_a_bare_infinitive_reports_it(nlp):
    assert ("avoir financé les milices du nord", "Paul Martin") in quotes(
        nlp, "Le ministre Paul Martin a toujours démenti avoir financé les milices du nord.")


def test_accusation_and_appeal_with_a_quoted_noun_phrase(nlp):
    found = quotes(nlp, "Le groupe rebelle a accusé Lisbonne d'une « agression contre le peuple du nord ».")
    assert [(sp, "agression contre le peuple du nord" in t) for t, sp in found] == [("Le groupe rebelle", True)]
    assert ("la formation d'un « gouvernement d'union » chargé d'organiser des élections", "Jean Dupont") in quotes(
        nlp, "Le chef du parti, Jean Dupont, a appelé à la formation d'un « gouvernement d'union » chargé "
             "d'organiser des élections.")


def test_asking_to_be_received_is_no_quote(nlp):
    assert quotes(nlp, "Le maire Paul Martin a demandé à être reçu par la ministre de la Santé.") == []
    assert ("rencontrer la ministre de la Santé", "Paul Martin") in quotes(
        nlp, "Le maire Paul Martin a demandé à rencontrer la ministre de la Santé.")
