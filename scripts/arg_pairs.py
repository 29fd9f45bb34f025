"""Wrong predicted relations next to the missed gold relation they nearly are (reads golds: read corpus only).
python3 arg_pairs.py GOLD_DIR EVENTS.jsonl [--pred P] [--kind arg|pred]
kind arg: same predicate, one argument shared, the other different; kind pred: same pair, other predicate.
A pair is listed when the gold evidence lies in the predicted relation's sentence (or, marked ~, shares half its words)."""
import collections
import sys
from pathlib import Path

from evalkit import events_by_article, score as S

gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
only_pred = sys.argv[sys.argv.index("--pred") + 1] if "--pred" in sys.argv else None
only_kind = sys.argv[sys.argv.index("--kind") + 1] if "--kind" in sys.argv else None
by = events_by_article(ev_path)
C = collections.Counter()


def key(s, p, o):
    return (o, p, s) if p in S.SYMMETRIC and o is not None and s is not None and o < s else (s, p, o)


for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]
    g = S.Gold(path)
    gold = {}
    for r in g.relations:
        k = key(g.entity_of(r["subject"]), r["predicate"], g.entity_of(r["object"]))
        gold[k] = r
    preds = []
    for e in by.get(aid, []):
        if e["type"] != "relation":
            continue
        k = key(g.entity_of(S.name_of(e["subject"])), e["predicate"], g.entity_of(S.name_of(e["object"])))
        preds.append((k, e))
    found = {k for k, _ in preds}
    missed = {k: r for k, r in gold.items() if k not in found}
    for k, e in preds:
        if k in gold:
            continue
        s, p, o = k
        sent = S.norm(e["evidence"]["text"])
        for gk, r in missed.items():
            gs, gp, go = gk
            if gp == p and p in S.SYMMETRIC:
                kind = "arg" if len({s, o} & {gs, go}) == 1 else None
            elif gp == p:
                kind = "arg" if (gs == s) != (go == o) else None
            else:
                kind = "pred" if {gs, go} == {s, o} else None
            if not kind or (only_kind and kind != only_kind):
                continue
            if only_pred and only_pred not in (p, gp):
                continue
            ev = S.norm(r.get("evidence", ""))
            if ev and ev in sent:
                mark = "="
            elif ev and S.overlap(sent, ev) >= 0.5:
                mark = "~"
            else:
                continue
            C[(kind, p if kind == "arg" else f"{p}->{gp}")] += 1
            print(f"[{kind}{mark}] {aid}")
            print(f"   PRED {S.name_of(e['subject'])} {p} {S.name_of(e['object'])}   trig={e['trigger']['text']!r} role={e.get('role')}")
            print(f"   GOLD {r['subject']} {gp} {r['object']}   role={r.get('role')}")
            print(f"   SENT {e['evidence']['text']}")
for k, v in sorted(C.items(), key=lambda x: -x[1]):
    print(f"{v:4} {k[0]} {k[1]}", file=sys.stderr)
