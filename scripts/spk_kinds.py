"""Aggregate speaker errors: gold speaker named entity vs phrase; predicted None / phrase / entity. Counts only."""
import collections
import sys
from pathlib import Path
from evalkit import events_by_article, score as S
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
C = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    g = S.Gold(path); pq = [e for e in by.get(path.name[:-10], []) if e["type"] == "quote"]
    pairs = sorted(((S.overlap(p["text"], q["text"]), i, j) for i, p in enumerate(pq) for j, q in enumerate(g.quotes)), reverse=True)
    up, ug = set(), set()
    for ov, i, j in pairs:
        if ov < .5 or i in up or j in ug: continue
        up.add(i); ug.add(j)
        q = g.quotes[j]; sp = pq[i].get("speaker") or {}
        want = g.entity_of(q["speaker"]); name = sp.get("name")
        ok = (name is not None and want is not None and g.entity_of(name) == want) or S.norm(name or "") == S.norm(q["speaker"])
        gk = "gold entity" if want is not None else "gold phrase"
        pk = "pred none" if not name else ("pred entity" if sp.get("entity_id") else "pred phrase")
        C[(gk, pk, "ok" if ok else "WRONG")] += 1
for k, v in sorted(C.items()): print(k, v)
