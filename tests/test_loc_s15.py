"""Where places and organisations are (LOCATED_IN), session 15, own sentences."""
from extraction_helpers import has, triples


def test_venue_with_own_name_and_town_is_two_names(nlp):
    # "le stade X de Town": the stadium X, in Town
    found = triples(nlp, "Les supporters ont envahi la pelouse du stade Jean-Bouin de Montpellier dimanche.")
    assert has(found, "stade Jean-Bouin", "LOCATED_IN", "Montpellier"), found


def test_foreign_venue_with_own_name_and_town(nlp):
    found = triples(nlp, "La troupe a joué trois soirs au Teatro Nacional Dona Amelia de Lisbonne.")
    assert has(found, "Teatro Nacional Dona Amelia", "LOCATED_IN", "Lisbonne"), found



def test_body_noun_based_in_town_is_the_body_of_its_kind(nlp):
    # "l'instance basée à Y": the federation or union the article names most often
    found = triples(nlp, "L'Union internationale de tir a suspendu un athlète norvégien. "
                         "La décision de l'instance basée à Lausanne a surpris ses entraîneurs.")
    assert has(found, "Union internationale de tir", "LOCATED_IN", "Lausanne"), found


def test_body_noun_with_seat_relative(nlp):
    found = triples(nlp, "L'Office national de la pêche a publié ses quotas. Le ministre a critiqué l'organisme, "
                         "dont le siège se trouve à Rennes, pour son retard.")
    assert has(found, "Office national de la pêche", "LOCATED_IN", "Rennes"), found


def test_world_body_noun_skips_national_body(nlp):
    # "l'instance mondiale" is not the national federation named more often
    found = triples(nlp, "La Fédération kényane d'athlétisme a fait appel. La Fédération kényane d'athlétisme conteste. "
                         "L'Association internationale des fédérations d'athlétisme a confirmé la sanction. "
                         "Le texte a été publié à Monaco, où l'instance mondiale a son siège.")
    assert has(found, "Association internationale des fédérations d'athlétisme", "LOCATED_IN", "Monaco"), found
    assert not has(found, "Fédération kényane d'athlétisme", "LOCATED_IN", "Monaco"), found


def test_provincial_capital_is_in_the_province_named_before(nlp):
    # "X, la capitale provinciale": the province the story named just before
    found = triples(nlp, "Des pluies ont frappé la province de Nampula. Des milliers de personnes ont fui vers Nacala, "
                         "la capitale provinciale, où les écoles sont pleines.")
    assert has(found, "Nacala", "LOCATED_IN", "Nampula"), found


def test_chief_town_of_the_department(nlp):
    found = triples(nlp, "Les manifestants se retrouveront dans les Landes. Une marche est prévue à Mont-de-Marsan, "
                         "chef-lieu du département.")
    assert has(found, "Mont-de-Marsan", "LOCATED_IN", "Landes"), found



def test_place_glossed_as_the_seat_of_a_body(nlp):
    # "PLACE, siège de ORG": the body sits in the place the apposition glosses
    found = triples(nlp, "Le stage des Bleus aura lieu à Marcoussis, siège de la Fédération française de rugby, dès lundi.")
    assert has(found, "Fédération française de rugby", "LOCATED_IN", "Marcoussis"), found


def test_place_glossed_as_the_seat_with_article(nlp):
    found = triples(nlp, "Les ministres se retrouvent à Lyon, le siège d'Interpol, pour deux jours.")
    assert has(found, "Interpol", "LOCATED_IN", "Lyon"), found


def test_seat_told_by_its_offices(nlp):
    # "dont les bureaux se trouvent à Y", "dont le secrétariat siège à Y": the seat told by another noun
    found = triples(nlp, "Le groupe Dassault, dont les bureaux se trouvent à Saint-Cloud, a recruté.")
    assert has(found, "Dassault", "LOCATED_IN", "Saint-Cloud"), found
    found = triples(nlp, "La Ligue arabe, dont le secrétariat siège au Caire, a condamné l'attaque.")
    assert has(found, "Ligue arabe", "LOCATED_IN", "Le Caire"), found


def test_based_participle_after_another_one(nlp):
    found = triples(nlp, "Le Fonds d'investissement arabe, créé en 2020 et basé à Ryad, financera le projet.")
    assert has(found, "Fonds d'investissement arabe", "LOCATED_IN", "Ryad"), found


def test_based_as_predicate(nlp):
    found = triples(nlp, "L'Organisation internationale de la francophonie est basée à Paris.")
    assert has(found, "Organisation internationale de la francophonie", "LOCATED_IN", "Paris"), found


def test_place_ranked_with_a_superlative(nlp):
    # "X, (deuxième) province la plus peuplée du Canada": the tagger reads the superlative as a noun
    found = triples(nlp, "Le Québec, deuxième province la plus peuplée du Canada, a voté.")
    assert has(found, "Québec", "LOCATED_IN", "Canada"), found


def test_organisation_ranked_first_of_a_country(nlp):
    found = triples(nlp, "La CGT, principale centrale syndicale de France, a appelé à la grève.")
    assert has(found, "CGT", "LOCATED_IN", "France"), found


def test_organisation_ranked_by_a_superlative(nlp):
    found = triples(nlp, "Le Festival de Cannes est le plus ancien festival de cinéma de France.")
    assert has(found, "Festival de Cannes", "LOCATED_IN", "France"), found


def test_body_noun_with_its_town(nlp):
    # "l'institution de Washington": the body of that kind the article names, in that town
    found = triples(nlp, "Le Fonds monétaire international a approuvé un prêt au Ghana. "
                         "Le feu vert de l'institution de Washington a surpris les marchés.")
    assert has(found, "Fonds monétaire international", "LOCATED_IN", "Washington"), found


def test_body_present_in_a_country(nlp):
    # "X, présente au Y": a force or a group deployed there
    found = triples(nlp, "La Finul, présente au Liban depuis 1978, compte 10 000 soldats.")
    assert has(found, "Finul", "LOCATED_IN", "Liban"), found


def test_group_present_in_a_province_named_by_pronoun(nlp):
    found = triples(nlp, "L'Alliance des forces démocratiques a attaqué une base. "
                         "Elle est notamment présente dans la province du Nord-Kivu.")
    assert has(found, "Alliance des forces démocratiques", "LOCATED_IN", "Nord-Kivu"), found


def test_based_in_an_area_named_by_its_noun(nlp):
    found = triples(nlp, "La société Voltaria est installée dans la région de Grenoble.")
    assert has(found, "Voltaria", "LOCATED_IN", "Grenoble"), found
