"""Quotes by kind, counts only (safe on unseen sets):
python3 quote_kinds.py GOLD_DIR EVENTS.jsonl
- matched gold quotes by kind, with the speaker right or wrong;
- missed gold quotes by kind, and why: no predicted quote shares a quarter of its words (a quote not
  found), or one does below the scorer's 0.5 (a span longer or shorter than the gold's, and whether
  that quote matched another gold one);
- extra predicted quotes by kind."""
import collections
import sys
from pathlib import Path

from evalkit import events_by_article, score as S

gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
C = collections.Counter()
for path in sorted(gold_dir.glob("*.gold.json")):
    g = S.Gold(path)
    pq = [e for e in by.get(path.name[:-10], []) if e["type"] == "quote"]
    pairs = sorted(((S.overlap(p.get("text", ""), q["text"]), i, j) for i, p in enumerate(pq)
                    for j, q in enumerate(g.quotes)), reverse=True)
    used_p, used_g = set(), set()
    for ov, i, j in pairs:
        if ov < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i); used_g.add(j)
        speaker, want = S.name_of(pq[i].get("speaker")), g.entity_of(g.quotes[j]["speaker"])
        right = (speaker is not None and want is not None and g.entity_of(speaker) == want) \
            or S.norm(speaker or "") == S.norm(g.quotes[j]["speaker"])
        C[("matched", g.quotes[j].get("kind"), "speaker right" if right else "speaker WRONG")] += 1
    for j, q in enumerate(g.quotes):
        if j in used_g:
            continue
        ov, i = max(((S.overlap(p.get("text", ""), q["text"]), i) for i, p in enumerate(pq)), default=(0, None))
        if ov < 0.25:
            C[("missed", q.get("kind"), "not found")] += 1
            continue
        longer = len(S.tokens(pq[i]["text"])) > len(S.tokens(q["text"]))
        C[("missed", q.get("kind"), "ours " + ("longer" if longer else "shorter"), "ours " + pq[i]["kind"],
           "matched another" if i in used_p else "unmatched")] += 1
    for i, p in enumerate(pq):
        if i not in used_p:
            C[("extra", p.get("kind"))] += 1
for key in sorted(C):
    print(" / ".join(key), C[key])
