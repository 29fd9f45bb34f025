"""Bad input: property tests of validation and extraction in-process, then a hand-written
list of hostile messages through the real worker (each dead-lettered with its original
bytes, or processed correctly; the worker stays alive and keeps processing)."""
from __future__ import annotations

import base64
import hashlib
import json
import uuid
from pathlib import Path

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import collect, produce
from extraction.article import InvalidArticle, from_bytes, from_mapping
from streams.probe import metric_sum

SCHEMAS = Path(__file__).resolve().parents[1] / "streams" / "schemas"
REASONS = {"invalid_json", "invalid_utf8", "not_an_object", "missing_id", "bad_id", "missing_text",
           "bad_field", "empty_text", "text_too_large", "empty_message"}


def _validator(name: str):
    return jsonschema.Draft202012Validator(json.loads((SCHEMAS / f"{name}.schema.json").read_text()))


VALIDATORS = {t: _validator(t) for t in ("entity", "quote", "relation")}

# --- property tests, in-process ------------------------------------------------------------

_scalars = (st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1)
            | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40))
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
_field = st.one_of(st.text(max_size=80), st.integers(-10**6, 10**6), st.none(), st.booleans(),
                   st.lists(st.integers(0, 9), max_size=3))
_articles = st.fixed_dictionaries(
    {"id": _field, "text": _field},
    optional={"title": _field, "lang": _field, "published": _field, "source": _field, "extra": _json})


def _mutate(raw: bytes, data) -> bytes:
    """Cut, or flip one byte of, a serialised message."""
    if not raw:
        return raw
    i = data.draw(st.integers(0, len(raw) - 1))
    if data.draw(st.booleans()):
        return raw[:i]
    return raw[:i] + bytes([data.draw(st.integers(0, 255))]) + raw[i + 1:]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), _json.map(orjson.dumps), _articles.map(orjson.dumps)),
       st.data())
def test_from_bytes_rejects_with_a_reason_or_returns_a_clean_article(raw, data):
    if data.draw(st.booleans()):
        raw = _mutate(raw, data)
    try:
        article = from_bytes(raw, max_chars=1000)
    except InvalidArticle as exc:
        assert exc.reason in REASONS, exc.reason
        return
    assert isinstance(article.id, str) and article.id.strip() == article.id and article.id
    assert isinstance(article.text, str) and article.text.strip() and len(article.text) <= 1000
    assert not any(ord(c) < 32 and c not in "\t\n" for c in article.text), repr(article.text)
    assert all(v is None or isinstance(v, str) for v in (article.title, article.published, article.source))


_FRAGMENTS = ["Le ministre", "la présidente", "Marc Dupont", "Anne-Sophie Roy", "M. Dupont", "Mme Roy",
              "a rencontré", "a déclaré", "a affirmé", "selon", "à Paris", "la France", "l'ONU",
              "« ", " »", "«", "»", '"', "“", "”", "—", " - ", ", ", ". ", "!", "?", ":", ";", "\n",
              "\n\n", "\x00", "\x07", "\u200b", "\u00a0", "il", "elle", "qu'", "nous", "Chine",
              "Wang Yi", "a-t-il dit", "(", ")", "...", "é", "e\u0301", "🙂", "'", " "]
_texts = st.one_of(st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map("".join),
                   st.text(max_size=200))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_texts)
def test_analyse_any_text_gives_valid_events_or_a_rejection(nlp, text):
    from extraction.pipeline import analyse

    try:
        article = from_mapping({"id": "prop-1", "text": text})
    except InvalidArticle as exc:
        assert exc.reason in REASONS
        return
    for ev in analyse(nlp(article.text), article):
        VALIDATORS[ev["type"]].validate(ev)
        assert ev["article_id"] == "prop-1"
        for span in _spans(ev):
            assert article.text[span["start"]:span["end"]] == span["text"], (ev["type"], span)


def _spans(ev: dict) -> list[dict]:
    if ev["type"] == "entity":
        return ev["mentions"]
    if ev["type"] == "relation":
        return [ev["evidence"]]
    return []


# --- hand-written hostile messages, through the real worker ----------------------------------

def _hostile(run: str) -> tuple[list[tuple[bytes, bytes]], dict[bytes, str], dict[bytes, list[str]]]:
    """(messages, key -> expected dead-letter reason, key -> names expected on the entities topic)."""
    k = lambda name: f"{name}-{run}".encode()  # noqa: E731
    art = lambda name, **fields: orjson.dumps({"id": f"{name}-{run}", **fields})  # noqa: E731
    nested = {"id": f"nested-{run}", "text": "Le maire Paul Martin a parlé."}
    deep = b"[" * 5000 + b"1" + b"]" * 5000  # orjson refuses nesting deeper than 1024
    dead = {
        k("badjson"): ('{"id": "x", "text": "Marc Dupont', "invalid_json"),
        k("badutf8"): (b'{"id": "u", "text": "Caf\xc3\x28 \xff"}', "invalid_utf8"),
        k("noid"): (orjson.dumps({"text": "Le ministre Marc Dupont a parlé."}), "missing_id"),
        k("notext"): (art("notext", title="Titre"), "missing_text"),
        k("nonstrtext"): (art("nonstrtext", text=["Marc Dupont"]), "bad_field"),
        k("nonstrtitle"): (art("nonstrtitle", text="Le ministre Marc Dupont a parlé.", title=7),
                           "bad_field"),
        k("empty"): (art("empty", text=""), "empty_text"),
        k("blank"): (art("blank", text=" \n\t\x00\x07 "), "empty_text"),
        k("huge"): (art("huge", text="Le ministre Marc Dupont a parlé. " * 160_000), "text_too_large"),
        k("quotes"): (art("quotes", text='"' * 100_000), "word_too_long"),
        k("spacedquotes"): (art("spacedquotes", text="« » " * 50_000), "too_many_tokens"),
        k("deeparray"): (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        k("deepfield"): (orjson.dumps(nested)[:-1] + b', "meta": ' + deep + b"}",
                         "invalid_json"),
        k("notobject"): (b'"just a string"', "not_an_object"),
    }
    processed = {
        k("unbalanced"): (art("unbalanced", text="« Nous ne céderons pas, a déclaré le ministre Marc "
                              "Dupont lundi à Paris. Puis « il a quitté la salle »."),
                          ["Marc Dupont"]),
        k("english"): (art("english", lang="en", text="Foreign minister Wang Yi met Sergei Lavrov in "
                           "Jakarta on Thursday. \"We will keep talking,\" Lavrov told reporters."), []),
        k("control"): (art("control", text="Le ministre\x00 Marc Dupont\x07 a rencontré\x1b à Rome "
                           "la présidente Anne Roy.\x0c « Nous avancerons », a-t-il déclaré.\x7f"),
                       ["Marc Dupont", "Anne Roy"]),
    }
    dup = k("dup")
    messages = [(key, raw if isinstance(raw, bytes) else raw.encode()) for key, (raw, _) in dead.items()]
    messages += [(key, raw) for key, (raw, _) in processed.items()]
    messages += [(dup, art("dup", text="Le ministre Marc Dupont a rencontré à Paris Anne Roy.")),
                 (dup, art("dup", text="La présidente Claire Fontaine a reçu à Rome Paul Martin."))]
    expect_names = {key: names for key, (_, names) in processed.items()}
    expect_names[dup] = ["Marc Dupont", "Claire Fontaine"]
    return messages, {key: reason for key, (_, reason) in dead.items()}, expect_names


@pytest.mark.integration
def test_hostile_messages_dead_letter_or_process_and_the_worker_lives(broker, worker):
    run = uuid.uuid4().hex[:6]
    messages, reasons, expect_names = _hostile(run)
    relations_before = metric_sum(worker.web_url, "wirestream_stage_messages_total", stage="relations")
    produce(broker.bootstrap, broker.settings.topic_articles, messages)

    letters = collect(broker.bootstrap, broker.settings.topic_deadletter,
                      done=lambda kept: {r.key for r in kept} >= set(reasons), timeout=180,
                      keep=lambda r: r.key in reasons)
    got = {r.key: r for r in letters}
    assert set(got) == set(reasons), f"no dead letter for {set(reasons) - set(got)}\n{worker.log()[-3000:]}"
    originals = dict(messages)
    schema = _validator("deadletter")
    for key, rec in got.items():
        record = orjson.loads(rec.value)
        schema.validate(record)
        assert (record["stage"], record["reason"]) == ("validate", reasons[key]), (key, record["detail"])
        kept, original = base64.b64decode(record["original_b64"]), originals[key]
        assert record["original_size"] == len(original)
        assert record["original_sha256"] == hashlib.sha256(original).hexdigest()
        if record["original_truncated"]:  # only messages too big for a dead-letter record
            assert len(original) > 512 * 1024 and original.startswith(kept) and len(kept) == 512 * 1024
        else:
            assert kept == original, f"{key}: original bytes differ"

    # Everything that passed validation went through the last stage (10 = 3 + 2 duplicates).
    n_valid = len(expect_names) + 1
    collect(broker.bootstrap, broker.settings.topic_relations, timeout=180, done=lambda kept: metric_sum(
        worker.web_url, "wirestream_stage_messages_total", stage="relations") >= relations_before + n_valid)
    assert metric_sum(worker.web_url, "wirestream_stage_messages_total",
                      stage="relations") >= relations_before + n_valid, worker.log()[-3000:]
    entities = collect(broker.bootstrap, broker.settings.topic_entities, timeout=60,
                       done=lambda kept: all(set(names) <= {orjson.loads(r.value)["name"] for r in kept
                                                            if r.key == key}
                                             for key, names in expect_names.items()),
                       keep=lambda r: r.key in expect_names)
    for key, names in expect_names.items():
        found = {orjson.loads(r.value)["name"] for r in entities if r.key == key}
        assert set(names) <= found, f"{key}: expected {names}, got {found}"
    for rec in entities:
        VALIDATORS["entity"].validate(orjson.loads(rec.value))
    assert worker.proc.poll() is None, "the worker died"
    from streams.probe import is_ready

    assert is_ready(worker.web_url), "the worker is no longer ready"
