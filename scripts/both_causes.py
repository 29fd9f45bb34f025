"""Causes of the misses whose two arguments the evidence names and for which nothing is predicted (counts only;
reads golds: read corpus only). python3 both_causes.py GOLD_DIR EVENTS.jsonl ROWS.json
ROWS.json is class_shapes.py's --rows output for the same GOLD_DIR and EVENTS; each row gets miss_kinds.py's kind,
and those of kind 'both named, nothing predicted' one cause: no trigger of the class in the evidence, a verbal
locution present, every trigger blocked as unrealised or negated, a verb trigger (arguments not reached), only a
noun trigger (arguments not reached). Writes ROWS.both.json (the rows of that kind, with their cause)."""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evalkit import MISS_BOTH_NAMED, events_by_article, found_entities, miss_kind, predicted_triples, score as S  # noqa: E402

gold_dir, ev_path, rows_path = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
rows = json.load(open(rows_path))
by = events_by_article(ev_path)
kinds = {}
for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
    found = found_entities(g, evs); preds = predicted_triples(g, evs)
    for r in g.relations:
        kind = miss_kind(g, r, found, preds)
        if kind is None:
            continue
        kinds[(aid, r["subject"], r["predicate"], r["object"])] = kind
out = []
for r in rows:
    r["mk"] = kinds.get((r["story"], r["s"], r["p"], r["o"]))
    if r["mk"] != MISS_BOTH_NAMED:
        continue
    if r["kind"] == "no trigger": r["cause"] = "no trigger"
    elif r["kind"] == "locution": r["cause"] = "locution present"
    elif r["why"].startswith("unrealised"): r["cause"] = "blocked unrealised/negated"
    elif r["kind"] == "trigger verb": r["cause"] = "verb trigger, args not reached"
    else: r["cause"] = "noun trigger, args not reached"
    out.append(r)
print("rows by kind", dict(collections.Counter(r["mk"] for r in rows)))
for c, v in collections.Counter(r["cause"] for r in out).most_common():
    print(f"{v:4} {c:32} stories {len({r['story'] for r in out if r['cause'] == c})}")
for k, v in sorted(collections.Counter((r["p"], r["cause"]) for r in out).items(), key=lambda kv: (kv[0][0], -kv[1])):
    print(f"{v:4} {k[0]:10} {k[1]}")
json.dump(out, open(rows_path.replace(".json", ".both.json"), "w"), ensure_ascii=False, indent=0)
