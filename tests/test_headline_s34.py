"""Session 34 headline countries (sentences written for these tests, in the shape of the read corpus): a
country the headline names and the body never writes becomes an entity whose one mention has kind "headline"
(offsets into the title), and the country of a state office the body gives none; not a country inside a
longer name ("Tour de France", "Air France"), not a stand-in ("l'Hexagone"), not one the body writes."""
from __future__ import annotations

from extraction import pipeline
from extraction.article import from_story
from extraction.entities import headline_entities


def events_of(nlp, story):
    article = from_story("t", story)
    return article, pipeline.analyse(nlp(article.text), article)


def test_country_only_in_headline_is_an_entity_with_a_title_mention(nlp):
    article, found = events_of(nlp, "date 2046-02 Uruguay : la centrale syndicale appelle à la grève générale\n\n"
                                     "Le ministre du Travail, Gonzalo Ríos, a reçu vendredi une délégation syndicale.")
    ents = {e["name"]: e for e in found if e["type"] == "entity"}
    m = ents["Uruguay"]["mentions"]
    assert [x["kind"] for x in m] == ["headline"]
    assert article.title[m[0]["start"]:m[0]["end"]] == "Uruguay"
    rels = {(r["subject"]["name"], r["predicate"], r["object"]["name"]) for r in found if r["type"] == "relation"}
    assert ("Gonzalo Ríos", "HOLDS_ROLE", "Uruguay") in rels, rels


def test_rival_government_keeps_its_ministers(nlp):
    _, found = events_of(nlp, "date 2041-10 Birmanie : le gouvernement en exil nomme un ministre\n\n"
                              "Le gouvernement d'unité nationale (NUG) a nommé mardi ministre des Affaires étrangères "
                              "Nang Seng Hpa, a annoncé le NUG. La ministre des Affaires étrangères, Nang Seng Hpa, "
                              "a promis de poursuivre la lutte.")
    rels = {(r["subject"]["name"], r["object"]["name"]) for r in found if r["type"] == "relation"
            and r["predicate"] == "HOLDS_ROLE"}
    assert not any(o == "Birmanie" for _, o in rels), rels


def test_country_inside_a_longer_name_or_written_in_the_body_is_not_taken():
    assert headline_entities("Tour de France : Pogacar s'empare du maillot jaune", "Le Slovène a gagné.", []) == []
    assert headline_entities("Grève des pilotes d'Air France : un vol sur trois annulé", "La grève dure.", []) == []
    assert headline_entities("Rugby : le XV de France domine l'Italie", "Les Bleus ont gagné.", [])[0].name == "Italie"
    assert headline_entities("Dengue : renforts envoyés depuis l'Hexagone", "Les renforts arrivent.", []) == []
    assert headline_entities("Sénégal : un nouveau chef d'état-major", "Le Sénégal a nommé un général.", []) == []
    assert [e.name for e in headline_entities("Au Mali, la junte prolonge la transition", "La junte l'a dit.", [])] == ["Mali"]
