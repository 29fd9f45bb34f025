"""Why gold relations of one predicate were missed, by kind (counts only, safe on unseen sets):
python3 arg_kinds.py GOLD_DIR EVENTS.jsonl [PREDICATE]   (default HOLDS_ROLE)
Kinds: the subject or object is no predicted entity; the subject has the predicate to another object;
or the subject has none (with or without a title on its entity event)."""
import collections
import sys
from pathlib import Path

from evalkit import events_by_article, score as S

gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
predicate = sys.argv[3] if len(sys.argv) > 3 else "HOLDS_ROLE"
by = events_by_article(ev_path)
counts = collections.Counter()
for gp in sorted(gold_dir.glob("*.gold.json")):
    g = S.Gold(gp)
    events = by.get(gp.name[:-10], [])
    found, titled = set(), set()
    for e in events:
        if e["type"] == "entity":
            for name in [e["name"]] + [m["text"] for m in e["mentions"]]:
                if (k := g.entity_of(name)) is not None:
                    found.add(k)
            if e.get("titles") and (k := g.entity_of(e["name"])) is not None:
                titled.add(k)
    rels = [(g.entity_of(S.name_of(e["subject"])), e["predicate"], g.entity_of(S.name_of(e["object"])))
            for e in events if e["type"] == "relation"]
    for r in g.relations:
        if r["predicate"] != predicate:
            continue
        s, o = g.entity_of(r["subject"]), g.entity_of(r["object"])
        if s is None or o is None:
            continue
        if (s, predicate, o) in rels:
            counts["found"] += 1
        elif s not in found:
            counts["subject is no predicted entity"] += 1
        elif o not in found:
            counts["object is no predicted entity"] += 1
        elif others := [x for x in rels if x[0] == s and x[1] == predicate]:
            counts["subject has it to another " + ("gold entity" if any(x[2] is not None for x in others)
                                                   else "non-gold object")] += 1
        else:
            counts["subject has none; its entity has %s title" % ("a" if s in titled else "no")] += 1
for kind, n in counts.most_common():
    print(f"{n:4} {kind}")
