"""Reading articles from files for `feed` and `extract`: .txt stories, .jsonl, directories, stdin."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from extraction.article import Article, InvalidArticle, from_file, from_mapping


@dataclass(slots=True)
class Item:
    """One input: a valid article, or the reason it was rejected (with where it came from)."""

    origin: str
    article: Article | None = None
    raw: bytes | None = None  # the line as read, for --no-validate
    error: InvalidArticle | None = None


def expand(paths: list[str]) -> list[str]:
    out = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out += sorted(str(f) for f in path.rglob("*") if f.suffix in (".txt", ".jsonl")
                          and not f.name.endswith(".gold.json"))
        else:
            out.append(p)
    return out


def read(paths: list[str], limits: dict) -> Iterator[Item]:
    """Articles from PATHs; `limits` are from_mapping's (Settings.limits)."""
    for p in expand(paths):
        if p == "-":
            yield from _jsonl(sys.stdin.buffer, "<stdin>", limits)
            continue
        path = Path(p)
        if not path.exists():
            yield Item(p, error=InvalidArticle("not_found", p))
        elif path.suffix == ".txt":
            try:
                article = from_file(path)
                yield Item(p, article=from_mapping(article.to_dict(), **limits))
            except UnicodeDecodeError as exc:
                yield Item(p, error=InvalidArticle("invalid_utf8", str(exc)[:200]))
            except InvalidArticle as exc:
                yield Item(p, error=exc)
        else:
            with path.open("rb") as fh:
                yield from _jsonl(fh, p, limits)


def _jsonl(fh, name: str, limits: dict) -> Iterator[Item]:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        raw = line.rstrip(b"\r\n")
        try:
            yield Item(origin, article=from_mapping(orjson.loads(raw), **limits), raw=raw)
        except orjson.JSONDecodeError as exc:
            yield Item(origin, raw=raw, error=InvalidArticle("invalid_json", str(exc)[:200]))
        except InvalidArticle as exc:
            yield Item(origin, raw=raw, error=exc)
