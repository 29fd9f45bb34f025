"""Places in places (session 16, own sentences): a federal state named with its nationality, "le pays" of a
locating phrase resolved by the sentence or the article, a name after "à" that a locating phrase follows, more
place nouns (canton, gouvernorat), and the island, département or province a locating phrase names by its noun
alone ("dans le sud de l'île", "chef-lieu du département", "la capitale provinciale")."""
from extraction_helpers import has, triples


def test_federal_state_with_nationality_is_named_alone(nlp):
    found = triples(nlp, "Des inondations ont frappé l'Etat indien de Kerala, a indiqué l'Inde.")
    assert has(found, "Kerala", "LOCATED_IN", "Inde"), found


def test_country_of_pays_is_the_one_named_earlier_in_the_sentence(nlp):
    # the lead names two countries: "le pays" is the one the sentence named
    found = triples(nlp, "La Chine et le Japon ont tenu un sommet.\n"
                         "Le Pérou a tiré une fusée depuis la base d'Ilo, dans le sud du pays, selon des experts.")
    # (since session 26 a base is named by its place, as the golds list it: "base d'Ilo" -> "Ilo")
    assert has(found, "Ilo", "LOCATED_IN", "Pérou"), found


def test_country_of_pays_on_a_shore(nlp):
    found = triples(nlp, "Les négociations ont repris lundi.\n"
                         "Le groupe Petrona, détenu par l'Etat norvégien, a son siège à Bergen, sur la côte ouest du pays.")
    assert has(found, "Bergen", "LOCATED_IN", "Norvège"), found


def test_departement_or_region_after_a_name_is_its_locating_phrase(nlp):
    # "à X, en Seine-Maritime": the NER's label of X yields to the phrase (a country only before)
    from extraction.entities import _place_apposition
    doc = nlp("Une nouvelle usine sera construite à Gravenchon, en Seine-Maritime.")
    end = next(t.i for t in doc if t.text == "Gravenchon") + 1
    assert _place_apposition(doc, end, True)
    doc = nlp("Le sommet aura lieu à Palo Verde, en Californie.")
    end = next(t.i for t in doc if t.text == "Verde") + 1
    assert _place_apposition(doc, end, True)


def test_canton_and_gouvernorat_are_place_nouns(nlp):
    assert has(triples(nlp, "Il vit à Yverdon, dans le canton de Vaud."), "Yverdon", "LOCATED_IN", "Vaud")
    found = triples(nlp, "Des heurts ont éclaté à Kebili, dans le gouvernorat de Tozeur.")
    assert has(found, "Kebili", "LOCATED_IN", "Tozeur"), found


def test_place_noun_with_nationality_adjective_names_a_place(nlp):
    from extraction.entities import _place_noun_of
    doc = nlp("La ville égyptienne de Tanta a été inondée.")
    assert _place_noun_of(doc, next(t.i for t in doc if t.text == "Tanta"))


def test_island_of_the_story(nlp):
    found = triples(nlp, "La Guadeloupe : un séisme secoue les Antilles.\n"
                         "Un séisme a frappé la Guadeloupe lundi. Une habitante de Capesterre, dans le sud de l'île, "
                         "a témoigné. Les dégâts sont lourds à Sainte-Anne, sur la côte sud de l'île.")
    assert has(found, "Capesterre", "LOCATED_IN", "Guadeloupe"), found
    assert has(found, "Sainte-Anne", "LOCATED_IN", "Guadeloupe"), found


def test_bare_chef_lieu_is_the_story_place(nlp):
    found = triples(nlp, "La Guadeloupe : un cyclone touche les Antilles.\n"
                         "Un cyclone a frappé la Guadeloupe lundi. Arrivé mardi à Basse-Terre, le chef-lieu, le ministre "
                         "a promis une aide.")
    assert has(found, "Basse-Terre", "LOCATED_IN", "Guadeloupe"), found


def test_chef_lieu_du_departement(nlp):
    found = triples(nlp, "Des agriculteurs ont bloqué une route près de Provins (Seine-et-Marne). "
                         "Un rassemblement est prévu à Melun, chef-lieu du département.")
    assert has(found, "Melun", "LOCATED_IN", "Seine-et-Marne"), found


def test_superlative_of_the_archipelago(nlp):
    found = triples(nlp, "Les Comores : l'opposition conteste.\nLes Comores ont voté. Des fraudes sont signalées dans "
                         "les circonscriptions de Mohéli et de Fomboni, les deux plus petites îles de l'archipel. "
                         "Les Comores restent calmes.")
    assert has(found, "Mohéli", "LOCATED_IN", "Comores"), found


def test_bare_capitale_before_or_after_a_capital(nlp):
    found = triples(nlp, "Les chauffeurs ghanéens ont cessé le travail. Dans la capitale Accra, les bus sont restés "
                         "au dépôt.")
    assert has(found, "Accra", "LOCATED_IN", "Ghana"), found
    found = triples(nlp, "Le Pérou a voté dimanche. Des partisans se sont rassemblés à Lima, la capitale, pour fêter "
                         "la victoire.")
    assert has(found, "Lima", "LOCATED_IN", "Pérou"), found


def test_chef_lieu_of_the_island_is_not_in_the_capital_the_lead_names(nlp):
    """The lead's first place is the fallback for "l'île" only when it can be one: not Paris, not France."""
    text = ("Paris a annoncé lundi l'envoi de gendarmes supplémentaires outre-mer après les émeutes. "
            "Le gouvernement à Paris promet une aide rapide.\n\n"
            "A Basse-Terre, le chef-lieu de l'île, les commerces sont restés fermés mardi.")
    from extraction.entities import extract_entities
    from extraction.quotes import extract_quotes
    from extraction.relations import extract_relations
    doc = nlp(text)
    ents = extract_entities(doc)
    triples = {(r.subject.name, r.predicate, r.object.name) for r in extract_relations(doc, ents, extract_quotes(doc, ents))}
    assert not any(s == "Basse-Terre" and p == "LOCATED_IN" and o in ("Paris", "France") for s, p, o in triples)
