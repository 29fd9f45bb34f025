"""Session 13 entities: a capital named only as a place stays a city (sentences written for these tests)."""
from __future__ import annotations

from extraction.entities import extract_entities


def ents(nlp, text):
    return {e.name: e for e in extract_entities(nlp(text))}


def test_capital_after_a_surroundings_noun_is_the_city(nlp):
    es = ents(nlp, "Un pétrolier grec a fait naufrage au large de Dakar. Le Sénégal a ouvert une enquête.")
    assert es["Dakar"].label == "LOC"
    assert [m.text for m in es["Sénégal"].mentions] == ["Sénégal"]


def test_capital_after_an_event_held_there_is_the_city(nlp):
    es = ents(nlp, "La sprinteuse a battu le record lors du tournoi de Lisbonne. Le Portugal a salué sa performance.")
    assert es["Lisbonne"].label == "LOC"
    assert "Portugal" in es and [m.text for m in es["Portugal"].mentions] == ["Portugal"]


def test_capital_after_a_named_building_is_the_city(nlp):
    es = ents(nlp, "Le match aura lieu au stade Hassan Ier de Rabat. Le Maroc accueille la compétition.")
    assert es["Rabat"].label == "LOC"


def test_capitals_listed_after_a_place_preposition_are_cities(nlp):
    es = ents(nlp, "Des rassemblements ont eu lieu à Varsovie, Prague et Vienne. L'Autriche a renforcé sa police.")
    assert es["Vienne"].label == "LOC"
    assert [m.text for m in es["Autriche"].mentions] == ["Autriche"]



def test_accented_initial_spelt_plain_in_the_short_form(nlp):
    es = ents(nlp, "Selon le Conseil tchadien pour les études et les énergies (CTEE), la facture va doubler.")
    body = es["Conseil tchadien pour les études et les énergies"]
    assert ("CTEE", "acronym") in [(m.text, m.kind) for m in body.mentions]


def test_national_side_by_its_nickname_is_an_organisation(nlp):
    es = ents(nlp, "Les Diables rouges ont perdu jeudi, puis le XV de la Rose a chuté face aux Brave Blossoms.")
    assert es["Diables rouges"].label == "ORG"
    assert es["XV de la Rose"].label == "ORG"
    assert es["Brave Blossoms"].label == "ORG"


def test_name_apposed_to_its_country_or_region_is_a_place(nlp):
    assert ents(nlp, "Le convoi est parti de Marko Vela, en Albanie, avant l'aube.")["Marko Vela"].label == "LOC"
    es = ents(nlp, "Les tirs ont visé le secteur de Sok Dara, dans la province cambodgienne de Preah Sihanouk.")
    assert es["Sok Dara"].label == "LOC"
    es = ents(nlp, "Les chantiers de Stoke-upon-Trent, dans le centre de l'Angleterre, recrutent.")
    assert es["Stoke-upon-Trent"].label == "LOC"


def test_town_port_or_plant_names_the_town(nlp):
    es = ents(nlp, "Les salariés manifestent devant l'usine de Sochaux pour protester.")
    assert es["Sochaux"].label == "LOC" and "usine de Sochaux" not in es
    es = ents(nlp, "Le réacteur de la centrale nucléaire de Gravelines est arrêté.")
    assert es["Gravelines"].label == "LOC" and "centrale nucléaire de Gravelines" not in es


def test_acronym_named_before_its_branch_stays_the_parent(nlp):
    es = ents(nlp, "La RATP a annoncé un trafic réduit mardi. La directrice de RATP Dev, Anne Morel, a confirmé la grève.")
    assert [m.text for m in es["RATP"].mentions] == ["RATP"]
    assert "RATP Dev" in es


def test_company_noun_and_adjective_before_an_acronym_leave_the_name(nlp):
    from spacy.tokens import Span
    doc = nlp("Selon la radio publique ERR, trois navires ont été vus au large.")
    words = [t.text for t in doc]
    start, end = words.index("radio"), words.index("ERR") + 1
    doc.ents = [Span(doc, start, end, label="ORG")]  # the NER took the noun with the name
    names = {e.name: e.label for e in extract_entities(doc)}
    assert names.get("ERR") == "ORG" and "radio publique ERR" not in names


def test_owner_of_a_plant_or_network_is_the_organisation(nlp):
    from spacy.tokens import Span
    doc = nlp("Les élus ont voté la gratuité du réseau Lumibus pour les lycéens.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("réseau"), words.index("Lumibus") + 1, label="MISC")]
    names = {e.name: e.label for e in extract_entities(doc)}
    assert names.get("Lumibus") == "ORG" and "réseau Lumibus" not in names


def test_event_taken_with_its_place_leaves_the_place(nlp):
    from spacy.tokens import Span
    doc = nlp("Le derby de Tinselle dimanche soir a été arrêté après des jets de pétards.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("derby"), words.index("soir") + 1, label="MISC")]
    names = {e.name: e.label for e in extract_entities(doc)}
    assert names.get("Tinselle") == "LOC" and not any(n.startswith("derby") for n in names)
