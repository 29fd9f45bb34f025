"""What the extraction got wrong on a gold directory, matched the way `score.py` matches.

    python3 scripts/diff_set.py GOLD_DIR EVENTS.jsonl [--only ent|quote|rel] [--agg]

Per article: missed, extra and mislabelled entities; missed and extra quotes and wrong speakers;
missed relations with their gold evidence and extra ones with the trigger and evidence sentence.
`--agg` prints only the counts by kind, which is all one may look at on an unseen set.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from evalkit import events_by_article, score


def entity_lines(gold: score.Gold, events: list[dict], counts: Counter) -> list[str]:
    out, found = [], set()
    for e in (e for e in events if e["type"] == "entity"):
        label = score.LABELS.get(e["label"], e["label"])
        idx = gold.entity_of(e["name"])
        if idx is None:
            idx = next((gold.entity_of(m["text"]) for m in e["mentions"] if gold.entity_of(m["text"]) is not None), None)
        if idx is not None and gold.entities[idx]["label"] == label:
            found.add(idx)
        elif idx is not None:
            out.append(f"  ENT label {e['name']} {label} (gold {gold.entities[idx]['label']})")
            counts["ent_label"] += 1
        elif label in ("PER", "ORG", "LOC"):
            out.append(f"  ENT extra {e['name']} {label}")
            counts["ent_extra_" + label] += 1
    for i, g in enumerate(gold.entities):
        if i not in found and not g.get("optional"):
            out.append(f"  ENT missed {g['name']} {g['label']}")
            counts["ent_missed_" + g["label"]] += 1
    return out


def quote_lines(gold: score.Gold, events: list[dict], counts: Counter) -> list[str]:
    out, predicted = [], [e for e in events if e["type"] == "quote"]
    pairs = sorted(((score.overlap(p["text"], g["text"]), i, j) for i, p in enumerate(predicted)
                    for j, g in enumerate(gold.quotes)), reverse=True)
    gold_of, pred_of = {}, {}
    for overlap, i, j in pairs:  # greedy one-to-one, as score.py
        if overlap >= 0.5 and i not in gold_of and j not in pred_of:
            gold_of[i], pred_of[j] = j, i
    for j, g in enumerate(gold.quotes):
        if j not in pred_of:
            out.append(f"  Q missed [{g['kind']}] {g['speaker']}: {g['text'][:90]}")
            counts["q_missed_" + g["kind"]] += 1
            continue
        speaker = score.name_of(predicted[pred_of[j]].get("speaker"))
        want = gold.entity_of(g["speaker"])
        if not (speaker is not None and want is not None and gold.entity_of(speaker) == want
                or score.norm(speaker or "") == score.norm(g["speaker"])):
            out.append(f"  Q speaker got {speaker!r} want {g['speaker']!r}: {g['text'][:80]}")
            counts["q_speaker"] += 1
    for i, p in enumerate(predicted):
        if i not in gold_of:
            out.append(f"  Q extra [{p.get('kind')}] {score.name_of(p.get('speaker'))}: {p['text'][:90]}")
            counts[f"q_extra_{p.get('kind')}"] += 1
    return out


def relation_lines(gold: score.Gold, events: list[dict], counts: Counter) -> list[str]:
    def key(subject, predicate, obj):
        s, o = gold.entity_of(subject), gold.entity_of(obj)
        if s is None or o is None:
            return None
        return (o, predicate, s) if predicate in score.SYMMETRIC and o < s else (s, predicate, o)

    wanted = {}
    for r in gold.relations:
        k = key(r["subject"], r["predicate"], r["object"])
        if k is not None:
            wanted.setdefault(k, r)
    got = {}
    for e in (e for e in events if e["type"] == "relation"):
        k = key(score.name_of(e["subject"]), e["predicate"], score.name_of(e["object"]))
        got.setdefault(k if k is not None else ("?", len(got)), e)
    out = []
    for k, r in wanted.items():
        if k not in got:
            out.append(f"  R missed {r['subject']} {r['predicate']} {r['object']} | {r.get('evidence', '')[:150]}")
            counts["r_missed_" + r["predicate"]] += 1
    for k, e in got.items():
        if k not in wanted:
            evidence = e.get("evidence") or {}
            trigger = e.get("trigger") or {}
            out.append(f"  R extra {score.name_of(e['subject'])} {e['predicate']} {score.name_of(e['object'])} "
                       f"[{trigger.get('text')}] | {str(evidence.get('text', ''))[:150]}")
            counts["r_extra_" + e["predicate"]] += 1
    return out


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    gold_dir, events_path = Path(args[0]), Path(args[1])
    by_article = events_by_article(events_path)
    readers = {"ent": entity_lines, "quote": quote_lines, "rel": relation_lines}
    counts: Counter = Counter()
    for path in sorted(gold_dir.glob("*.gold.json")):
        article_id = path.name[: -len(".gold.json")]
        gold, events = score.Gold(path), by_article.get(article_id, [])
        lines = [line for name, read in readers.items() if only in (None, name) for line in read(gold, events, counts)]
        if lines and "--agg" not in argv:
            print(article_id)
            print("\n".join(lines))
    print(dict(sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
