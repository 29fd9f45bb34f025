"""Substitution test over xsent_kinds.py --rows: what resolving each stand-in would give (counts only; reads golds:
read corpus only). Each miss whose stand-in is a pronoun, a description, a possessive title or a noun of no kind
gets a copy of its story with that phrase (from its leftmost dependent to the word) replaced by the gold entity's
name; the copies are extracted with the checkout under test and compared with the story's own events.
make:  python3 xsent_subst.py make ROWS GOLD_DIR OUT_DIR     (then: wirestream extract OUT_DIR/*.txt > COPIES.jsonl)
count: python3 xsent_subst.py count ROWS GOLD_DIR COPIES.jsonl BASE_EVENTS.jsonl [-v]
Per kind / main's resolution: the misses tried, those the copy gives back (right facts a resolution would give, in
how many stories) and the copy's new predicted facts that no gold relation has (wrong ones)."""
import collections
import json
import sys
from pathlib import Path

from evalkit import events_by_article, predicted_triples, story_text, score as S

_SKIP = ("nothing", "both", "named in sentence", "evidence", "elided", "clitic", "relative", "stressed", "possessive (")
mode, rows_path, gold_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
tried = [(k, r) for k, r in enumerate(rows) if r["wl"] is not None and not r["kind"].startswith(_SKIP)]
if mode == "make":
    out = Path(sys.argv[4])
    for k, r in tried:
        story = gold_dir / (r["aid"] + ".txt")
        body, head = story_text(story), story.read_text(encoding="utf-8").split("\n", 1)[0]
        (out / f"{r['aid']}__{k}.txt").write_text(head + "\n\n" + body[:r["wl"]] + r["gname"] + body[r["wend"]:], encoding="utf-8")
    print(len(tried), "copies")
else:
    copies, base = events_by_article(Path(sys.argv[4])), events_by_article(Path(sys.argv[5]))
    T, stories = collections.defaultdict(collections.Counter), collections.defaultdict(set)
    for k, r in tried:
        g = S.Gold(gold_dir / (r["aid"] + ".gold.json"))
        preds = predicted_triples(g, copies.get(f"{r['aid']}__{k}", []))
        s, o, p = g.entity_of(r["subj"]), g.entity_of(r["obj"]), r["pred"]
        back = (s, p, o) in preds or (p in S.SYMMETRIC and (o, p, s) in preds)
        gold = {(g.entity_of(x["subject"]), x["predicate"], g.entity_of(x["object"])) for x in g.relations}
        key = f"{r['kind']} / {r['res']}"
        T[key]["tried"] += 1
        T[key]["back"] += back
        T[key]["wrong"] += len(preds - predicted_triples(g, base.get(r["aid"], [])) - gold)
        if back:
            stories[key].add(r["aid"])
            if "-v" in sys.argv:
                print("back", key, r["aid"], r["subj"], p, r["obj"], "|", r["word"])
    for key, c in sorted(T.items(), key=lambda x: -x[1]["tried"]):
        print(f"{key:50} tried {c['tried']:4} back {c['back']:3} ({len(stories[key])} stories) wrong {c['wrong']}")
