"""Aggregate entity errors (counts only, safe on unseen sets): python3 ent_kinds.py GOLD_DIR EVENTS.jsonl
Predicted entities that score as false positives: their name (or a mention) maps to a gold entity of another
label (by predicted -> gold label), to an optional gold entity (not counted by the scorer), or to none (by label);
a gold entity covered by more than one predicted entity (split clusters); required gold entities no predicted
entity covers (by label, and whether the gold name occurs verbatim in the text)."""
import collections
import sys
from pathlib import Path
from evalkit import events_by_article, gold_index, score as S
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
C = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    g = S.Gold(path); text = path.with_name(path.name[:-10] + ".txt").read_text(encoding="utf-8")
    covered = collections.Counter()
    for e in by.get(path.name[:-10], []):
        if e.get("type") != "entity": continue
        label = S.LABELS.get(e.get("label"), e.get("label"))
        if label not in ("PER", "ORG", "LOC"): continue
        idx = gold_index(g, e)
        if idx is None: C[("false positive: no gold entity", label)] += 1; continue
        ge = g.entities[idx]
        if ge["label"] != label: C[("false positive: label", f"{label} -> gold {ge['label']}")] += 1
        elif ge.get("optional"): C[("optional (not counted)", label)] += 1
        else: covered[idx] += 1
    for i, e in enumerate(g.entities):
        if e.get("optional") or e["label"] not in ("PER", "ORG", "LOC"): continue
        if covered[i] > 1: C[("split: extra predicted entities", e["label"])] += covered[i] - 1
        if not covered[i]:
            C[("missed", e["label"] + (", name in text" if e["name"] in text else ", name not in text"))] += 1
for k, v in sorted(C.items()): print(f"{v:5d}  {k[0]:34s} {k[1]}")
