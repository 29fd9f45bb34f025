"""Events from the in-process pipeline: schemas, offsets, deterministic ids, stage envelope."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extraction import pipeline
from extraction.article import Article
from extraction.nlp import doc_from_bytes, doc_to_bytes
from streams.codecs import pack_stage, unpack_stage

SCHEMAS = Path(__file__).resolve().parents[1] / "streams" / "schemas"
TEXT = ("La présidente de la Commission européenne, Ursula von der Leyen, a rencontré mardi à "
        "Bruxelles le Premier ministre canadien Justin Trudeau. « Nous partageons les mêmes "
        "valeurs », a-t-elle déclaré. Selon M. Trudeau, l'accord commercial doit être renforcé.")


@pytest.fixture(scope="module")
def events(nlp):
    return pipeline.analyse(nlp(TEXT), Article(id="t1", text=TEXT, published="2024-05"))


def test_events_validate_against_their_schemas(events):
    kinds = {ev["type"] for ev in events}
    assert {"entity", "quote"} <= kinds
    for ev in events:
        schema = json.loads((SCHEMAS / f"{ev['type']}.schema.json").read_text())
        jsonschema.Draft202012Validator(schema).validate(ev)


def test_offsets_point_at_their_text(events):
    for ev in events:
        spans = []
        if ev["type"] == "entity":
            spans = ev["mentions"]
        elif ev["type"] == "quote":
            spans = [ev]
        elif ev["type"] == "relation":
            spans = [ev["evidence"], ev["trigger"], ev["subject"]["mention"], ev["object"]["mention"]]
        for span in spans:
            assert TEXT[span["start"]:span["end"]] == span["text"]


def test_event_ids_are_deterministic_and_distinct(nlp, events):
    again = pipeline.analyse(nlp(TEXT), Article(id="t1", text=TEXT, published="2024-05"))
    assert [e["event_id"] for e in again] == [e["event_id"] for e in events]
    assert len({e["event_id"] for e in events}) == len(events)
    other = pipeline.analyse(nlp(TEXT), Article(id="t2", text=TEXT))
    assert not {e["event_id"] for e in other} & {e["event_id"] for e in events}


def test_entity_ids_do_not_depend_on_the_article(nlp, events):
    other = pipeline.analyse(nlp(TEXT), Article(id="t2", text=TEXT))
    ids = lambda evs: {e["name"]: e["entity_id"] for e in evs if e["type"] == "entity"}  # noqa: E731
    assert ids(other) == ids(events)


def test_the_stage_envelope_carries_the_parse_unchanged(nlp):
    doc = nlp(TEXT)
    header, data = unpack_stage(pack_stage({"article": {"id": "t1"}}, doc_to_bytes(doc)))
    back = doc_from_bytes(nlp, data)
    assert header == {"article": {"id": "t1"}}
    assert [(t.text, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in back] == \
           [(t.text, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]
    assert [s.start for s in back.sents] == [s.start for s in doc.sents]


def test_a_headline_mention_validates_and_points_into_the_title(nlp):
    """Session 34: a country named only in the headline is an entity whose one mention is into `title`."""
    text = "Le ministre de l'Economie, Carlos Ruiz, a présenté mardi le budget."
    article = Article(id="t2", text=text, title="Uruguay : le gouvernement présente son budget", published="2024-05")
    found = pipeline.analyse(nlp(text), article)
    heads = [(ev, m) for ev in found if ev["type"] == "entity" for m in ev["mentions"] if m["kind"] == "headline"]
    assert [ev["name"] for ev, _ in heads] == ["Uruguay"]
    for ev, m in heads:
        assert article.title[m["start"]:m["end"]] == m["text"]
    for ev in found:
        schema = json.loads((SCHEMAS / f"{ev['type']}.schema.json").read_text())
        jsonschema.Draft202012Validator(schema).validate(ev)
