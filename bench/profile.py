"""Where the in-process time goes: per spaCy component, per extraction step, and a pyinstrument profile.

    python -m bench.profile --articles 40 [--pyinstrument /tmp/profile.txt]

The breakdown times each pipeline component over the whole batch (`proc.pipe`,
as `nlp.pipe` does), then each extraction step per document, then the DocBin
serialisation the worker adds between its stages (one encode after the parse,
one decode in each of the entities, quotes and relations stages); shares are
of the in-process total, which excludes the worker-only rows. With
--pyinstrument (needs `pip install pyinstrument`, not a project dependency)
the in-process path `extraction.pipeline.run` is also profiled and the text
report is written to the given file.
"""
from __future__ import annotations

import argparse
import time

import orjson

from extraction import events
from extraction import nlp as nlp_loader
from extraction.nlp import doc_from_bytes, doc_to_bytes
from extraction import pipeline
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations

from . import corpus
from .common import json_line, table


def breakdown(nlp, articles, batch_size: int = 16) -> dict[str, float]:
    """Seconds per spaCy component and per extraction step over all articles."""
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    docs = [nlp.make_doc(a.text) for a in articles]
    times["spacy:tokenizer"] = time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") \
            else [proc(d) for d in docs]
        times[f"spacy:{name}"] = time.perf_counter() - t0
    steps = ("extract:entities", "extract:quotes", "extract:relations", "extract:events+orjson")
    times.update(dict.fromkeys(steps, 0.0))
    for doc, art in zip(docs, articles):
        t0 = time.perf_counter()
        ents = extract_entities(doc)
        t1 = time.perf_counter()
        quotes = extract_quotes(doc, ents)
        t2 = time.perf_counter()
        rels = extract_relations(doc, ents, quotes)
        t3 = time.perf_counter()
        evs = ([events.entity_event(art, e) for e in ents] + [events.quote_event(art, q) for q in quotes]
               + [events.relation_event(art, r) for r in rels])
        for ev in evs:
            orjson.dumps(ev)
        t4 = time.perf_counter()
        for step, dt in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            times[step] += dt
    # What the worker adds between its stages: the parse leaves as a DocBin, and the
    # entities, quotes and relations stages each rebuild the Doc from it.
    t0 = time.perf_counter()
    blobs = [doc_to_bytes(d) for d in docs]
    t1 = time.perf_counter()
    for blob in blobs:
        doc_from_bytes(nlp, blob)
    t2 = time.perf_counter()
    times["worker:doc_to_bytes"] = t1 - t0
    times["worker:doc_from_bytes x3"] = 3 * (t2 - t1)
    return times


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--pyinstrument", metavar="OUT.txt", help="also profile pipeline.run into this file")
    args = ap.parse_args(argv)
    from .common import load_articles

    path = f"/tmp/wirestream-bench-{args.seed}-{args.articles}.jsonl"
    corpus.write(path, args.articles, args.seed)
    articles = load_articles(path)
    nlp = nlp_loader.load()
    breakdown(nlp, articles[:4], args.batch_size)  # warm-up
    times = breakdown(nlp, articles, args.batch_size)
    total = sum(v for k, v in times.items() if not k.startswith("worker:"))
    spacy_total = sum(v for k, v in times.items() if k.startswith("spacy:"))
    worker_extra = sum(v for k, v in times.items() if k.startswith("worker:"))
    rows = [(k, round(v, 3), f"{100 * v / total:.1f} %") for k, v in times.items()]
    rows.append(("extraction / spaCy", round((total - spacy_total) / spacy_total, 3), ""))
    rows.append(("worker DocBin round-trips / spaCy", round(worker_extra / spacy_total, 3), ""))
    print(table(rows, ("step", "seconds", "share")))
    print(json_line("profile", {"articles": len(articles),
                                "seconds": {k: round(v, 3) for k, v in times.items()}}))
    if args.pyinstrument:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
        for ev in pipeline.run(nlp, articles, args.batch_size):
            orjson.dumps(ev)
        profiler.stop()
        with open(args.pyinstrument, "w") as fh:
            fh.write(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
