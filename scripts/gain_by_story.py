"""What a change did, story by story: the generality test of decision 24 (a rule is kept when it adds
right facts in at least two stories, with wrong ones under half the right ones).
python3 gain_by_story.py GOLD_DIR BASE_EVENTS.jsonl NEW_EVENTS.jsonl [--counts]
--counts prints totals only (safe for an unseen set)."""
import sys
from collections import Counter
from pathlib import Path

from evalkit import events_by_article, score as S


def relation_keys(gold, events):
    """(subject, predicate, object) gold indices of the relations, or the names when unmatched."""
    keys = set()
    for e in events:
        if e.get("type") != "relation":
            continue
        subj, obj, pred = S.name_of(e.get("subject")), S.name_of(e.get("object")), e.get("predicate")
        s, o = gold.entity_of(subj), gold.entity_of(obj)
        if s is None or o is None:
            keys.add(("?", subj, pred, obj))
            continue
        if pred in S.SYMMETRIC and o < s:
            s, o = o, s
        keys.add((s, pred, o))
    return keys


def speaker_hits(gold, events):
    """Per-article count of right speakers under the scorer's matching."""
    totals = Counter()
    S.score_article(gold, events, totals)
    return totals


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    counts_only = "--counts" in argv
    gold_dir, base, new = Path(args[0]), events_by_article(Path(args[1])), events_by_article(Path(args[2]))
    sums, stories_gaining = Counter(), Counter()
    for path in sorted(gold_dir.glob("*.gold.json")):
        aid = path.name[: -len(".gold.json")]
        gold = S.Gold(path)
        gold_keys = set()
        for r in gold.relations:
            s, o, p = gold.entity_of(r["subject"]), gold.entity_of(r["object"]), r["predicate"]
            if s is not None and o is not None:
                gold_keys.add((o, p, s) if p in S.SYMMETRIC and o < s else (s, p, o))
        before, after = relation_keys(gold, base.get(aid, [])), relation_keys(gold, new.get(aid, []))
        added, lost = after - before, before - after
        row = Counter(
            rel_right_added=len(added & gold_keys), rel_wrong_added=len(added - gold_keys),
            rel_right_lost=len(lost & gold_keys), rel_wrong_removed=len(lost - gold_keys),
        )
        tb, ta = speaker_hits(gold, base.get(aid, [])), speaker_hits(gold, new.get(aid, []))
        for k in ("qs_tp", "q_tp", "q_pred", "ent_tp_gold", "ent_fp"):
            row[k + "_delta"] = ta[k] - tb[k]
        sums.update(row)
        if row["rel_right_added"] > row["rel_right_lost"]:
            stories_gaining["relations"] += 1
        if row["qs_tp_delta"] > 0:
            stories_gaining["speakers"] += 1
        if row["ent_tp_gold_delta"] > 0:
            stories_gaining["entities"] += 1
        if not counts_only and any(row.values()):
            print(aid, " ".join(f"{k}={v}" for k, v in row.items() if v))
    print("total", " ".join(f"{k}={v}" for k, v in sums.items() if v))
    print("stories gaining", dict(stories_gaining))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
