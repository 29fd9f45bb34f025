"""Article input: wire-message validation and plain-text stories."""
from __future__ import annotations

import orjson
import pytest

from extraction.article import InvalidArticle, from_bytes, from_story
from streams.inputs import read


def test_story_header_gives_published_and_title():
    art = from_story("x", " date 2023-07 Un titre\n\nLe corps.\n\nSuite.")
    assert (art.published, art.title, art.text) == ("2023-07", "Un titre", "Le corps.\n\nSuite.")


def test_story_without_header_keeps_everything_as_text():
    art = from_story("x", "Le corps seulement.\n")
    assert art.published is None and art.text == "Le corps seulement.\n"


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty_message"),
    (b"{", "invalid_json"),
    (b'{"id": "a", "text": "\xff"}', "invalid_utf8"),
    (b'"text"', "not_an_object"),
    (b'{"text": "abc"}', "missing_id"),
    (b'{"id": "a"}', "missing_text"),
    (b'{"id": "a", "text": ["x"]}', "bad_field"),
    (b'{"id": "a", "text": " \\n "}', "empty_text"),
    (b'{"id": "a", "text": "ok", "title": 3}', "bad_field"),
])
def test_invalid_messages_say_why(raw, reason):
    with pytest.raises(InvalidArticle) as err:
        from_bytes(raw)
    assert err.value.reason == reason


def test_oversized_text_is_refused():
    with pytest.raises(InvalidArticle) as err:
        from_bytes(orjson.dumps({"id": "a", "text": "mot " * 100}), max_chars=50)
    assert err.value.reason == "text_too_large"


def test_control_characters_become_spaces_and_offsets_survive():
    art = from_bytes(orjson.dumps({"id": 7, "text": "Bon\x00jour\r\nà tous", "lang": "FR"}))
    assert art.id == "7" and art.text == "Bon jour\nà tous" and art.lang == "fr"


def test_reading_files_reports_rejections_with_their_origin(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01 Titre\n\nLe texte.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_bytes(b'{"id": "b1", "text": "Un."}\nnot json\n\n{"id": "b3"}\n')
    items = list(read([str(tmp_path)], {"max_chars": 1000}))
    ok = {i.article.id for i in items if i.error is None}
    bad = {i.origin.rsplit("/", 1)[-1]: i.error.reason for i in items if i.error}
    assert ok == {"a", "b1"}
    assert bad == {"b.jsonl:2": "invalid_json", "b.jsonl:4": "missing_text"}


@pytest.mark.parametrize("text, reason", [
    ("« " + '"' * 2_000 + " »", "word_too_long"),
    ("mot, " * 31_000, "too_many_tokens"),
])
def test_texts_that_would_stall_the_parser_are_refused(text, reason):
    with pytest.raises(InvalidArticle) as err:
        from_bytes(orjson.dumps({"id": "a", "text": text}), max_chars=1_000_000)
    assert err.value.reason == reason
