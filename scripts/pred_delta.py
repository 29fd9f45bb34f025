"""Relations a change added and removed, by predicate, right or wrong (counts only, safe on unseen sets):
python3 pred_delta.py GOLD_DIR BASE_EVENTS.jsonl NEW_EVENTS.jsonl"""
import collections
import sys
from pathlib import Path

from evalkit import events_by_article, score as S

gold_dir = Path(sys.argv[1])
base, new = events_by_article(Path(sys.argv[2])), events_by_article(Path(sys.argv[3]))
C = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    g, article = S.Gold(path), path.name[:-10]

    def key(subject, predicate, obj):
        s, o = g.entity_of(subject), g.entity_of(obj)
        if s is None or o is None:
            return ("?", predicate, subject, obj)
        return (o, predicate, s) if predicate in S.SYMMETRIC and o < s else (s, predicate, o)

    gold = {key(r["subject"], r["predicate"], r["object"]) for r in g.relations}
    keys = lambda events: {key(S.name_of(e["subject"]), e["predicate"], S.name_of(e["object"]))
                           for e in events if e["type"] == "relation"}
    before, after = keys(base.get(article, [])), keys(new.get(article, []))
    for k in after - before:
        C[("added", k[1], "right" if k in gold else "wrong")] += 1
    for k in before - after:
        C[("removed", k[1], "right" if k in gold else "wrong")] += 1
for key in sorted(C):
    print(" / ".join(key), C[key])
