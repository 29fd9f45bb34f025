"""Aggregate classification of missed gold relations (safe for unseen sets: counts only).
python3 miss_kinds.py GOLD_DIR EVENTS.jsonl"""
import collections
import sys
from pathlib import Path
from evalkit import events_by_article, found_entities, miss_kind, predicted_triples, score as S
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
C = collections.Counter(); P = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
    found = found_entities(g, evs)
    preds = predicted_triples(g, evs)
    for r in g.relations:
        kind = miss_kind(g, r, found, preds)
        if kind is None: continue
        grp = "struct" if r["predicate"] in ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "REPRESENTS", "REPLACES") else "event"
        C[(grp, kind)] += 1
for k, v in sorted(C.items()): print(f"{k[0]:7} {k[1]:40} {v}")
