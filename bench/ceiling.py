"""Bare spaCy (the ceiling) against in-process wirestream, on the same articles, same model.

    python -m bench.ceiling --articles 200 [--corpus FILE.jsonl] [--batch-size 16] [--repeat 1]
                            [--latency-articles N]

Bare spaCy is `nlp.pipe` over the texts with nothing else. In-process
wirestream is `extraction.pipeline` (parse + `analyse` + orjson of every
event, as `wirestream extract` does); the same pass times the parse and
`analyse` separately so the extraction overhead on top of the parse can be
read directly (target: <= 20 %). With --repeat > 1 the two are interleaved
and the fastest round of each is kept, which damps noise from other
processes on a shared machine.
"""
from __future__ import annotations

import argparse
import time

import orjson

from extraction import nlp as nlp_loader
from extraction import pipeline

from streams.settings import Settings

from . import corpus
from .common import json_line, load_articles, percentile, table, words

OVERHEAD_TARGET = 0.20


def bare(nlp, texts: list[str], batch_size: int) -> float:
    """Seconds for `nlp.pipe` over all texts."""
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def bare_latency(nlp, texts: list[str]) -> dict:
    """Seconds `nlp(text)` takes for each article alone: the floor under any end-to-end latency,
    since a worker parses an article on one core."""
    seconds = []
    for text in texts:
        started = time.perf_counter()
        nlp(text)
        seconds.append(time.perf_counter() - started)
    return {f"bare_single_p{q}": round(percentile(seconds, q), 3) for q in (50, 95, 99)}


def in_process(nlp, articles, batch_size: int) -> dict:
    """Seconds in total, in the parse (pipe generator) and in `analyse` + serialisation."""
    pairs = ((a.text, a) for a in articles)
    stream = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
    parse = analyse = 0.0
    n_events = 0
    started = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        try:
            doc, art = next(stream)
        except StopIteration:
            break
        t1 = time.perf_counter()
        for event in pipeline.analyse(doc, art):
            orjson.dumps(event)
            n_events += 1
        t2 = time.perf_counter()
        parse += t1 - t0
        analyse += t2 - t1
    return {"seconds": time.perf_counter() - started, "parse": parse, "analyse": analyse,
            "events": n_events}


def measure(articles, batch_size: int = 4, repeat: int = 1, model: str | None = None,
            latency_articles: int = 0) -> dict:
    """Both measurements on the same articles in the same process; returns the figures.
    With `latency_articles`, also bare spaCy's per-article parse time on the first that many."""
    nlp = nlp_loader.load(model) if model else nlp_loader.load()
    texts = [a.text for a in articles]
    n, n_words = len(articles), words(articles)
    # Warm-up: first calls allocate and fill caches; keep them out of both timings.
    warm = articles[: min(8, n)]
    bare(nlp, [a.text for a in warm], batch_size)
    in_process(nlp, warm, batch_size)
    bare_s, proc = [], []
    for _ in range(max(1, repeat)):
        bare_s.append(bare(nlp, texts, batch_size))
        proc.append(in_process(nlp, articles, batch_size))
    b = min(bare_s)
    p = min(proc, key=lambda r: r["seconds"])
    single = bare_latency(nlp, texts[:latency_articles]) if latency_articles else {}
    return {**single,
        "articles": n, "words": n_words, "batch_size": batch_size, "repeat": repeat,
        "bare_seconds": round(b, 3),
        "bare_articles_per_s": round(n / b, 2),
        "bare_words_per_s": round(n_words / b, 1),
        "inproc_seconds": round(p["seconds"], 3),
        "inproc_articles_per_s": round(n / p["seconds"], 2),
        "inproc_words_per_s": round(n_words / p["seconds"], 1),
        "inproc_ratio_to_ceiling": round(b / p["seconds"], 3),
        "inproc_parse_seconds": round(p["parse"], 3),
        "inproc_analyse_seconds": round(p["analyse"], 3),
        "extraction_overhead": round(p["analyse"] / p["parse"], 3),
        "events": p["events"],
    }


def report(f: dict) -> str:
    rows = [
        ("bare spaCy nlp.pipe", f["bare_articles_per_s"], f["bare_words_per_s"], 1.0, ""),
        ("in-process wirestream", f["inproc_articles_per_s"], f["inproc_words_per_s"],
         f["inproc_ratio_to_ceiling"], ""),
        ("extraction / parse time", "", "", f["extraction_overhead"],
         f"<= {OVERHEAD_TARGET:.2f} {'OK' if f['extraction_overhead'] <= OVERHEAD_TARGET else 'MISSED'}"),
    ]
    head = (f"{f['articles']} articles, {f['words']} words, batch {f['batch_size']}, "
            f"{f['events']} events; parse {f['inproc_parse_seconds']}s, "
            f"analyse+serialise {f['inproc_analyse_seconds']}s")
    return head + "\n" + table(rows, ("path", "articles/s", "words/s", "ratio", "target"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", help="existing .jsonl corpus (default: generate --articles)")
    ap.add_argument("--batch-size", type=int, default=Settings.from_env().batch_size)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--latency-articles", type=int, default=0,
                    help="also time bare spaCy on each of the first N articles alone")
    args = ap.parse_args(argv)
    if args.corpus:
        articles = load_articles(args.corpus)[: args.articles]
    else:
        path = f"/tmp/wirestream-bench-{args.seed}-{args.articles}.jsonl"
        corpus.write(path, args.articles, args.seed)
        articles = load_articles(path)
    figures = measure(articles, args.batch_size, args.repeat, latency_articles=args.latency_articles)
    print(report(figures))
    print(json_line("ceiling", figures))


if __name__ == "__main__":
    main()
