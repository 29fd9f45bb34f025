"""All benchmarks side by side in one run, printed beside their targets.

    python -m bench.run --articles 300 [--seed 1] [--half-articles 150] [--skip-broker]

corpus -> bare spaCy (ceiling) -> in-process wirestream -> broker with one
worker (full load, then half load at half its measured rate) -> broker with
two workers in one group (full load). Prints a table and one JSON line with
every figure (`"bench": "all"`).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from streams.settings import Settings

from . import broker, ceiling, corpus
from .common import json_line, load_articles, table

TARGETS = {
    "extraction_overhead": ("<=", 0.20),
    "one_worker_ratio_to_ceiling": (">=", 0.80),
    "two_workers_scaling": (">=", 1.7),
    "half_load_latency_p95": ("<=", 0.5),
    "peak_rss_mb": ("<=", 700.0),
}


def _check(name: str, value) -> str:
    op, bound = TARGETS[name]
    if not isinstance(value, (int, float)) or value != value:
        return "n/a"
    ok = value <= bound if op == "<=" else value >= bound
    return "OK" if ok else "MISSED"


def _revision() -> str:
    """HEAD and whether the working tree differs from it (the tree is shared while work goes on)."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "extraction",
                                "streams", "agents"], cwd=root, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted " + ",".join(l[3:] for l in dirty.splitlines()) if dirty else "")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--half-articles", type=int, default=None,
                    help="articles fed at half load (default: half of --articles, at least 20)")
    ap.add_argument("--batch-size", type=int, default=Settings.from_env().batch_size)
    ap.add_argument("--skip-broker", action="store_true")
    args = ap.parse_args(argv)
    log = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    with tempfile.TemporaryDirectory(prefix="wirestream-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        started = time.perf_counter()
        n_words = corpus.write(str(path), args.articles, args.seed)
        log(f"corpus: {args.articles} articles, {n_words} words in {time.perf_counter() - started:.1f}s")
        articles = load_articles(path)
        half_n = args.half_articles or max(20, args.articles // 2)
        log("ceiling and in-process")
        ceil = ceiling.measure(articles, args.batch_size, latency_articles=half_n)
        print(ceiling.report(ceil), flush=True)
        results = {"corpus": {"articles": args.articles, "words": n_words, "seed": args.seed},
                   "revision": _revision(), "loadavg_start": os.getloadavg()[0], "ceiling": ceil}
        if not args.skip_broker:
            dicts = [a.to_dict() for a in articles]
            for name, n_workers, half in (("one_worker", 1, True), ("two_workers", 2, False)):
                log(f"broker, {name.replace('_', ' ')}")
                try:
                    results[name] = broker.scenario(dicts, n_workers, Path(tmp), half_load=half,
                                                    half_articles=half_n)
                except Exception as exc:  # keep the figures already taken
                    log(f"{name} failed: {exc!r}")
                    results[name + "_error"] = repr(exc)[:500]
            log("done")
        results["loadavg_end"] = os.getloadavg()[0]

    print(summary(results))
    print(json_line("all", results))


def summary(r: dict) -> str:
    c = r["ceiling"]
    rows = [
        ("bare spaCy articles/s (ceiling)", c["bare_articles_per_s"], "", ""),
        ("bare spaCy words/s", c["bare_words_per_s"], "", ""),
        ("in-process articles/s", c["inproc_articles_per_s"], "", ""),
        ("in-process / ceiling", c["inproc_ratio_to_ceiling"], "", ""),
        ("extraction time / parse time", c["extraction_overhead"], "<= 0.20",
         _check("extraction_overhead", c["extraction_overhead"])),
    ]
    one, two = r.get("one_worker"), r.get("two_workers")
    for name in ("one_worker_error", "two_workers_error"):
        if name in r:
            rows.append((name, r[name][:60], "", "FAILED"))
    if one:
        f, h = one["full"], one["half"]
        ratio = f["articles_per_s"] / c["bare_articles_per_s"]
        rss = max(one["peak_rss_mb"] + (two["peak_rss_mb"] if two else []))
        rows += [
            ("1 worker articles/s (full load)", f["articles_per_s"], "", ""),
            ("1 worker / ceiling", round(ratio, 3), ">= 0.80", _check("one_worker_ratio_to_ceiling", ratio)),
            ("1 worker latency p50/p95/p99 full (s)",
             f"{f['latency_p50']}/{f['latency_p95']}/{f['latency_p99']}", "", ""),
            (f"1 worker latency p50/p95/p99 half, {h['feed_rate']}/s (s)",
             f"{h['latency_p50']}/{h['latency_p95']}/{h['latency_p99']}", "p95 <= 0.5",
             _check("half_load_latency_p95", h["latency_p95"])),
            ("bare spaCy alone, one article at a time, p50/p95/p99 (s)",
             "/".join(str(c.get(f"bare_single_p{q}")) for q in (50, 95, 99)), "", ""),
            ("peak worker RSS (MB)", round(rss, 1), "<= 700", _check("peak_rss_mb", rss)),
        ]
    if one and two:
        scaling = two["full"]["articles_per_s"] / one["full"]["articles_per_s"]
        rows += [
            ("2 workers articles/s", two["full"]["articles_per_s"], "", ""),
            ("2 workers / 1 worker", round(scaling, 3), ">= 1.7", _check("two_workers_scaling", scaling)),
            ("2 workers articles done per worker", "/".join(f"{d:.0f}" for d in two["done_per_worker"]), "", ""),
        ]
    load = f"revision {r.get('revision')}; load average (1 min) at start/end: {r['loadavg_start']:.2f}/{r.get('loadavg_end', float('nan')):.2f} on {os.cpu_count()} CPUs"
    return table(rows, ("figure", "value", "target", "status")) + "\n" + load


if __name__ == "__main__":
    main()
