"""HOLDS_ROLE object choice by kind, counts only (safe on unseen sets):
python3 roleobj_kinds.py GOLD_DIR EVENTS.jsonl
For each predicted HOLDS_ROLE whose subject holds a gold HOLDS_ROLE, the kind of our object and of the gold's
(country or other place, government body, council or assembly, other organisation, or no gold entity) and whether
the gold's object is named in our evidence sentence; then, per title kind, the facts where the golds agree with our
object against those where they pick another, by fold (zlib.crc32(story) % 5), for the choose-on-four test."""
import collections
import json
import sys
import zlib
from pathlib import Path

from evalkit import events_by_article, score as S

GOV = ("ministère", "gouvernement", "département", "secrétariat", "cabinet", "présidence")
COUNCIL = ("commission", "conseil", "assemblée", "sénat", "chambre", "parlement", "congrès")


def kind(ent: dict | None) -> str:
    if ent is None:
        return "no gold entity"
    if ent["label"] == "LOC":
        return "place"
    first = ent["name"].lower().split()[0]
    return "government body" if first in GOV else "council/assembly" if first in COUNCIL else "organisation"


def title_kind(trigger: str, ours: dict | None) -> str:
    t = trigger.lower()
    if "ministère" in t:
        return "'ministère' in title"
    if "ministre" in t:
        return "'ministre' title"
    if ours is not None and ours["name"].lower().startswith(("conseil régional", "conseil municipal")):
        return "regional/municipal council"
    return "other"


gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
pairs, folds = collections.Counter(), collections.defaultdict(lambda: [[0, 0] for _ in range(5)])
for gp in sorted(gold_dir.glob("*.gold.json")):
    story = gp.name[:-10]
    fold = zlib.crc32(story.encode()) % 5
    g = S.Gold(gp)
    gold = collections.defaultdict(set)
    for r in g.relations:
        s, o = g.entity_of(r["subject"]), g.entity_of(r["object"])
        if r["predicate"] == "HOLDS_ROLE" and s is not None and o is not None:
            gold[s].add(o)
    preds = [e for e in by.get(story, []) if e["type"] == "relation" and e["predicate"] == "HOLDS_ROLE"]
    keys = {(g.entity_of(S.name_of(e["subject"])), g.entity_of(S.name_of(e["object"]))) for e in preds}
    for e in preds:
        s, o = g.entity_of(S.name_of(e["subject"])), g.entity_of(S.name_of(e["object"]))
        if s not in gold:
            continue
        ours = g.entities[o] if o is not None else None
        tk = title_kind(e["trigger"]["text"], ours)
        if o in gold[s]:
            folds[(tk, kind(ours))][fold][0] += 1
            continue
        for go in gold[s]:
            if (s, go) in keys:
                continue
            ent = g.entities[go]
            named = any(S.norm(a) in S.norm(e["evidence"]["text"]) for a in [ent["name"], *ent.get("aliases", [])])
            pairs[(kind(ours), kind(ent), "same sentence" if named else "elsewhere")] += 1
            folds[(tk, kind(ours))][fold][1] += 1
print("ours | gold's | gold's object named | facts")
for k, n in pairs.most_common():
    print(f"{k[0]} | {k[1]} | {k[2]} | {n}")
print("\ntitle kind | our object kind | per fold (golds agree / pick another)")
for k, per in sorted(folds.items(), key=lambda x: -sum(a + b for a, b in x[1])):
    print(f"{k[0]} | {k[1]} | " + " ".join(f"{a}/{b}" for a, b in per) + f" | total {sum(a for a, _ in per)}/{sum(b for _, b in per)}")
