"""Aggregate classification of missed gold relations (safe for unseen sets: counts only).
python3 miss_kinds.py GOLD_DIR EVENTS.jsonl"""
import collections
import sys
from pathlib import Path
from evalkit import events_by_article, found_entities, predicted_triples, score as S
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
C = collections.Counter(); P = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
    found = found_entities(g, evs)
    preds = predicted_triples(g, evs)
    for r in g.relations:
        s, o, p = g.entity_of(r["subject"]), g.entity_of(r["object"]), r["predicate"]
        if s is None or o is None: continue
        if (s, p, o) in preds or (p in S.SYMMETRIC and (o, p, s) in preds): continue
        grp = "struct" if p in ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "REPRESENTS", "REPLACES") else "event"
        if s not in found or o not in found:
            kind = "arg entity not found"
        elif any(x[0] == s and x[1] == p for x in preds) or any(x[2] == o and x[1] == p for x in preds):
            kind = "same pred, other arg"
        elif any({x[0], x[2]} == {s, o} for x in preds):
            kind = "same args, other pred"
        else:
            ev = S.norm(r.get("evidence", ""))
            def named(i):
                ent = g.entities[i]
                return any(S.norm(n) and S.norm(n) in ev for n in [ent["name"], *ent.get("aliases", [])])
            kind = "nothing; both named in evidence" if named(s) and named(o) else "nothing; an arg not named in evidence"
        C[(grp, kind)] += 1
for k, v in sorted(C.items()): print(f"{k[0]:7} {k[1]:40} {v}")
