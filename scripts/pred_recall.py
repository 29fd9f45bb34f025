"""Recall and precision per predicate (counts only, safe on unseen sets):
python3 pred_recall.py GOLD_DIR EVENTS.jsonl"""
import collections
import sys
from pathlib import Path

from evalkit import events_by_article, score as S
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
G = collections.Counter(); H = collections.Counter(); P = collections.Counter(); PR = collections.Counter()
for gp in sorted(gold_dir.glob("*.gold.json")):
    g = S.Gold(gp); evs = by.get(gp.name[:-10], [])
    def key(sn, p, on):
        s, o = g.entity_of(sn), g.entity_of(on)
        if s is None or o is None: return None
        if p in S.SYMMETRIC and o < s: s, o = o, s
        return (s, p, o)
    gold = {key(r["subject"], r["predicate"], r["object"]) for r in g.relations} - {None}
    pred = {key(S.name_of(e["subject"]), e["predicate"], S.name_of(e["object"])) or ("?", e["predicate"], id(e)) for e in evs if e["type"] == "relation"}
    for k in gold: G[k[1]] += 1; H[k[1]] += k in pred
    for k in pred: P[k[1]] += 1; PR[k[1]] += k in gold
for p in sorted(G, key=lambda p: -G[p]):
    print(f"{p:12} gold {G[p]:3} hit {H[p]:3} R {H[p]/G[p]:.2f}   pred {P[p]:3} P {PR[p]/P[p] if P[p] else 0:.2f}")
