"""Helpers shared by the benchmarks: loading the corpus, percentiles, printing results."""
from __future__ import annotations

import math
from pathlib import Path

import orjson

from extraction import article as article_mod
from extraction.article import Article


def load_articles(path: str | Path) -> list[Article]:
    """Read a `.jsonl` corpus and validate it exactly as the worker does."""
    with open(path, "rb") as fh:
        return [article_mod.from_bytes(line) for line in fh if line.strip()]


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def table(rows: list[tuple], headers: tuple) -> str:
    cells = [tuple(str(c) for c in headers)] + [tuple(_fmt(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def json_line(kind: str, figures: dict) -> str:
    return orjson.dumps({"bench": kind, **figures}, option=orjson.OPT_SORT_KEYS).decode()
