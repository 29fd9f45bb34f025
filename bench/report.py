"""Markdown table of saved `bench.run` results, one column per run.

    python -m bench.report bench/results/run-*.json
"""
from __future__ import annotations

import sys
from pathlib import Path

import orjson


def _get(r: dict, *path, default="—"):
    for p in path:
        if not isinstance(r, dict) or p not in r:
            return default
        r = r[p]
    return r


def _lat(h: dict) -> str:
    if not isinstance(h, dict):
        return "—"
    return f"{h['latency_p50']:.2f} / {h['latency_p95']:.2f} / {h['latency_p99']:.2f}"


def rows(r: dict) -> list[tuple[str, str]]:
    c = r["ceiling"]
    one, two = r.get("one_worker") or {}, r.get("two_workers") or {}
    f1, h1, f2 = one.get("full"), one.get("half"), two.get("full")
    out = [
        ("revision", r.get("revision", "not recorded")),
        ("load average start / end (2 CPUs)",
         f"{r['loadavg_start']:.1f} / {r['loadavg_end']:.1f}" if "loadavg_start" in r else "not recorded"),
        ("articles / words", f"{c['articles']} / {c['words']}"),
        ("bare spaCy articles/s (words/s)", f"{c['bare_articles_per_s']} ({c['bare_words_per_s']:.0f})"),
        ("in-process articles/s (ratio to bare)", f"{c['inproc_articles_per_s']} ({c['inproc_ratio_to_ceiling']})"),
        ("extraction / parse time (≤ 0.20)", str(c["extraction_overhead"])),
    ]
    if f1:
        out += [
            ("1 worker articles/s", str(f1["articles_per_s"])),
            ("1 worker / bare spaCy (≥ 0.80)", f"{f1['articles_per_s'] / c['bare_articles_per_s']:.2f}"),
            ("1 worker CPU share at full load", str(f1["worker_cpu_share"][0])),
            ("latency p50/p95/p99 full load (s)", _lat(f1)),
            ("half load rate (articles/s)", str(h1["feed_rate"])),
            ("latency p50/p95/p99 half load (s) (p95 ≤ 0.5)", _lat(h1)),
            ("hop medians half load (s): valid, parsed, entities, quotes, out",
             ", ".join(f"{h1['hop_p50'].get(k, float('nan')):.2f}"
                       for k in ("valid", "parsed", "entities", "quotes", "out"))),
            ("1 worker peak RSS MB (≤ 700)", str(one["peak_rss_mb"][0])),
        ]
    if f1 and f2:
        out += [
            ("2 workers articles/s", str(f2["articles_per_s"])),
            ("2 workers / 1 worker (≥ 1.7)", f"{f2['articles_per_s'] / f1['articles_per_s']:.2f}"),
            ("2 workers articles done each", "/".join(f"{d:.0f}" for d in two["done_per_worker"])),
            ("2 workers CPU share each", "/".join(str(x) for x in f2["worker_cpu_share"])),
            ("2 workers peak RSS MB", "/".join(str(x) for x in two["peak_rss_mb"])),
        ]
    return out


def main(argv: list[str] | None = None) -> None:
    paths = argv if argv is not None else sys.argv[1:]
    runs = [(Path(p).stem, orjson.loads(Path(p).read_bytes())) for p in paths]
    table = [rows(r) for _, r in runs]
    print("| figure | " + " | ".join(name for name, _ in runs) + " |")
    print("|---|" + "---|" * len(runs))
    for i, (label, _) in enumerate(table[0]):
        print(f"| {label} | " + " | ".join(t[i][1] if i < len(t) else "—" for t in table) + " |")


if __name__ == "__main__":
    main()
