"""A learned candidate generator for relations (session 21, decision 36), measured by 5-fold cross-validation by story.

    PYTHONPATH=. python scripts/learn_relations.py /tmp/s21/dev [--cache /tmp/learn-cands.pkl]

Candidates: ordered pairs of entity mentions (names, aliases, acronyms, capitals) in one sentence with a trigger
lemma of lexicons/relations.json (a verb or a noun of the right part of speech) on the dependency path between them
or governing both; one mention pair per two entities and sentence (the shortest path, at most 7 arcs); pairs the
rules already related (either way) are not asked. Features come from the lexicon and the parse (trigger class and
lemma, the path's labels, directions and prepositions, distance, order, the two labels, a negation), never from a
name. Label: the gold predicate between the two (the argument's canonical name mapped as score.py maps it) when the
gold relation's evidence is that sentence, else NONE.

Two designs, both scored on the held-out fold (fold = zlib.crc32(story name) % 5) as facts added to the rules':
- a multinomial logistic regression (numpy, L2, full-batch Adam from zeros: deterministic), at fixed thresholds
  and at the threshold chosen inside the four training folds (inner 4-fold cross-validation, lowest threshold
  whose added facts reach precision .70);
- mined patterns (trigger lemma or class, path signature) -> predicate, kept when on the training folds they label
  right in at least 3 stories with precision >= .75.
The table printed per fold: added right / wrong, relation F1 rules-only and rules+added.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from evalkit import score as S  # noqa: E402

LEX = json.loads((REPO / "extraction" / "lexicons" / "relations.json").read_text(encoding="utf-8"))
NEGATIONS = frozenset(LEX["negations"])
KINDS = {"name", "alias", "acronym", "capital"}
MAX_ARCS = 7
ALL_TRIGGERS = False  # the classes of every trigger on the path, not only of the first one (--all-triggers)


def _triggers(part: str) -> dict[str, set[str]]:
    """lemma -> the predicates it triggers as a verb or a noun ("reprocher/à" -> "reprocher")."""
    out = defaultdict(set)
    for predicate, entries in LEX[part].items():
        for e in entries:
            lemma = e.split("/")[0].split("@")[0].removeprefix("s'").strip()
            if " " not in lemma:
                out[lemma].add(predicate)
    return out


VERBS, NOUNS = _triggers("verbs"), _triggers("nouns")


def trigger_classes(tok) -> set[str]:
    if tok.pos_ in ("VERB", "AUX"):
        return VERBS.get(tok.lemma_.lower(), set())
    if tok.pos_ == "NOUN":
        return NOUNS.get(tok.lemma_.lower(), set())
    return set()


def _chain(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def path(a, b):
    """(up: tokens from a to the common ancestor, down: tokens from the ancestor to b), ancestor in both."""
    ca, cb = _chain(a), _chain(b)
    ib = {t.i: k for k, t in enumerate(cb)}
    for k, t in enumerate(ca):
        if t.i in ib:
            return ca[:k + 1], list(reversed(cb[:ib[t.i] + 1]))
    return None


def _prep(tok) -> str:
    cases = [c.lower_ for c in tok.children if c.dep_ in ("case", "mark")]
    return cases[0] if cases else "-"


def candidate(a, b, la: str, lb: str):
    """Features of the ordered pair (a, b) of mention heads, or None when no trigger governs the path."""
    p = path(a, b)
    if p is None:
        return None
    up, down = p
    top = up[-1]
    arcs = len(up) + len(down) - 2
    if arcs > MAX_ARCS or arcs == 0:
        return None
    inner = up[1:] + down[1:-1]  # the path without its two ends (the top once)
    govern = [top.head] if top.head.i != top.i else []
    if govern and govern[0].head.i != govern[0].i:
        govern.append(govern[0].head)
    trigs = [t for t in ([top] if top.i not in (a.i, b.i) else []) + inner + govern if trigger_classes(t)]
    if not trigs:
        return None
    trig = trigs[0]
    classes = sorted(set().union(*(trigger_classes(t) for t in trigs)) if ALL_TRIGGERS else trigger_classes(trig))
    lemma = trig.lemma_.lower()
    where = "top" if trig.i == top.i else ("path" if any(t.i == trig.i for t in inner) else "gov")
    sig_a = ">".join(t.dep_ for t in up[:-1])  # arcs climbed from a
    sig_b = "<".join(t.dep_ for t in down[1:])  # arcs descended to b
    sig = f"{sig_a}^{top.pos_}^{sig_b}"
    prep_a, prep_b = _prep(a), _prep(b)
    neg = any(c.lower_ in NEGATIONS for t in [trig, top] for c in t.children if c.dep_ == "advmod")
    dist = abs(a.i - b.i)
    dbin = "1" if dist <= 1 else "3" if dist <= 3 else "6" if dist <= 6 else "12" if dist <= 12 else "far"
    f = [f"where={where}", f"tpos={trig.pos_}", f"lem={lemma}", f"sig={sig}", f"sa={sig_a}", f"sb={sig_b}",
         f"pa={prep_a}", f"pb={prep_b}", f"pab={prep_a}|{prep_b}", f"la={la}", f"lb={lb}", f"lab={la}|{lb}",
         f"order={'ab' if a.i < b.i else 'ba'}", f"d={dbin}", f"arcs={arcs}", f"neg={neg}",
         f"lem_sa={lemma}|{sig_a}", f"lem_sb={lemma}|{sig_b}", f"lem_pa={lemma}|{prep_a}", f"lem_pb={lemma}|{prep_b}",
         f"lem_sig={lemma}|{sig}"]
    f += [f"path_prep={_prep(t)}" for t in inner if _prep(t) != "-"]
    for c in classes:
        f += [f"cls={c}", f"cls_sa={c}|{sig_a}", f"cls_sb={c}|{sig_b}", f"cls_sig={c}|{sig}",
              f"cls_pab={c}|{prep_a}|{prep_b}", f"cls_where={c}|{where}", f"cls_lab={c}|{la}|{lb}", f"cls_neg={c}|{neg}"]
    patterns = [f"{lemma}|{sig}|{prep_a}|{prep_b}"] + [f"{c}|{sig}|{prep_a}|{prep_b}" for c in classes]
    return f, patterns, trig


def _evidence_in(sent_text: str, evidence: str) -> bool:
    s, e = S.norm(sent_text), S.norm(evidence)
    return bool(e) and (e in s or s in e or S.overlap(sent_text, evidence) >= 0.6)


def extracted_stories(gold_dir: Path):
    """Parse and extract every story of gold_dir once; yield per story its name, Doc, gold, entities, the rules'
    keys (gold entity indices; "?" for an argument the gold lacks), the entity-id pairs the rules related, the gold
    keys, and the mention spans of each sentence (sentence start -> entity index -> spans)."""
    from extraction.article import from_file
    from extraction.entities import extract_entities
    from extraction.nlp import load
    from extraction.quotes import extract_quotes
    from extraction.relations import extract_relations

    nlp = load()
    paths = sorted(gold_dir.glob("*.txt"))
    articles = [from_file(p) for p in paths]
    for doc, p, art in zip(nlp.pipe(a.text for a in articles), paths, articles):
        gold = S.Gold(p.with_name(p.name[:-4] + ".gold.json"))
        entities = extract_entities(doc)
        quotes = extract_quotes(doc, entities)
        relations = extract_relations(doc, entities, quotes)

        def key(sname, pred, oname):
            s, o = gold.entity_of(sname), gold.entity_of(oname)
            if s is None or o is None:
                return None
            if pred in S.SYMMETRIC and o < s:
                s, o = o, s
            return (s, pred, o)

        rules = set()
        for r in relations:
            k = key(r.subject.name, r.predicate, r.object.name)
            rules.add(k if k is not None else ("?", len(rules)))
        related = {frozenset((r.subject.entity_id, r.object.entity_id)) for r in relations}
        gold_keys = {key(r["subject"], r["predicate"], r["object"]) for r in gold.relations} - {None}
        by_sent = defaultdict(dict)
        for ei, e in enumerate(entities):
            for m in e.mentions:
                if m.kind not in KINDS:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                by_sent[span.root.sent.start].setdefault(ei, []).append(span)
        yield {"name": art.id, "doc": doc, "gold": gold, "entities": entities, "rules": rules, "related": related,
               "gold_keys": gold_keys, "by_sent": by_sent}


def closest_pair(spans_a, spans_b):
    """The two mention spans, one of each entity, with the shortest dependency path between their heads
    (at most MAX_ARCS arcs), or None."""
    best = None
    for sa in spans_a:
        for sb in spans_b:
            if sa.root.i == sb.root.i:
                continue
            pp = path(sa.root, sb.root)
            if pp is not None and (best is None or len(pp[0]) + len(pp[1]) < best[0]):
                best = (len(pp[0]) + len(pp[1]), sa, sb)
    return None if best is None else best[1:]


def gold_label(gold, g1, g2, sent_text: str) -> str:
    """The gold predicate from gold entity g1 to g2 whose evidence is this sentence, else NONE."""
    if g1 is not None and g2 is not None:
        for r in gold.relations:
            s, o = gold.entity_of(r["subject"]), gold.entity_of(r["object"])
            if ((s, o) == (g1, g2) or (r["predicate"] in S.SYMMETRIC and (s, o) == (g2, g1))) \
                    and _evidence_in(sent_text, r.get("evidence", "")):
                return r["predicate"]
    return "NONE"


def build(gold_dir: Path) -> list[dict]:
    """Parse and extract every story, return per story: rules' keys, gold keys, candidates."""
    stories = []
    for st in extracted_stories(gold_dir):
        entities, gold = st["entities"], st["gold"]
        cands = []
        for spans in st["by_sent"].values():
            idx = sorted(spans)
            for x in range(len(idx)):
                for y in range(x + 1, len(idx)):
                    ea, eb = entities[idx[x]], entities[idx[y]]
                    if ea.entity_id == eb.entity_id or frozenset((ea.entity_id, eb.entity_id)) in st["related"]:
                        continue
                    pair = closest_pair(spans[idx[x]], spans[idx[y]])
                    if pair is None:
                        continue
                    ha, hb = pair[0].root, pair[1].root
                    sent = ha.sent
                    ga, gb = gold.entity_of(ea.name), gold.entity_of(eb.name)
                    for (h1, e1, g1), (h2, e2, g2) in (((ha, ea, ga), (hb, eb, gb)), ((hb, eb, gb), (ha, ea, ga))):
                        c = candidate(h1, h2, e1.label, e2.label)
                        if c is None:
                            continue
                        cands.append({"f": c[0], "pat": c[1], "label": gold_label(gold, g1, g2, sent.text),
                                      "s": e1.name, "o": e2.name, "trigger": c[2].text})
        name = st["name"]
        stories.append({"name": name, "fold": zlib.crc32(name.encode()) % 5, "rules": st["rules"],
                        "gold": st["gold_keys"], "cands": cands, "key": None, "alias": gold.alias})
        print(f"{len(stories):4} {name} {len(cands)}", file=sys.stderr, flush=True)
    return stories


LABELS = ["NONE"] + sorted(set(LEX["verbs"]) | set(LEX["nouns"]))  # the predicates a trigger can carry
LABEL_ID = {p: i for i, p in enumerate(LABELS)}
GRID = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


OWN_CLASS = True  # a candidate is labelled and predicted only with a predicate of its trigger


def classes_of(c) -> list[int]:
    return [LABEL_ID[f[4:]] for f in c["f"] if f.startswith("cls=")]


def label_of(c) -> int:
    lab = LABEL_ID.get(c["label"], 0)  # HOLDS_ROLE, LOCATED_IN: no trigger of theirs, NONE here
    return lab if not OWN_CLASS or lab in classes_of(c) else 0


def vocabulary(cands, min_count: int = 2) -> dict[str, int]:
    counts = Counter(f for c in cands for f in set(c["f"]))
    return {f: i + 1 for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}  # 0: bias


def rows(cands, vocab):
    """CSR-like (indptr, indices) of the binary features, the bias (0) in every row."""
    indptr, indices = [0], []
    for c in cands:
        ids = sorted({0} | {vocab[f] for f in c["f"] if f in vocab})
        indices += ids
        indptr.append(len(indices))
    return np.array(indptr), np.array(indices)


def train_softmax(cands, vocab, y, k: int, l2: float, steps: int, lr: float):
    """Weights (features + bias row, k classes) of a multinomial logistic regression over the candidates' sparse
    binary features, by full-batch Adam from zeros (deterministic)."""
    indptr, indices = rows(cands, vocab)
    n, d = len(cands), len(vocab) + 1
    row_of = np.repeat(np.arange(n), np.diff(indptr))
    order = np.argsort(indices, kind="stable")
    feat_sorted = indices[order]
    starts = np.flatnonzero(np.r_[True, feat_sorted[1:] != feat_sorted[:-1]])
    feats = feat_sorted[starts]
    rows_sorted = row_of[order]
    W = np.zeros((d, k), dtype=np.float32)
    m, v = np.zeros_like(W), np.zeros_like(W)
    for step in range(1, steps + 1):
        Z = np.add.reduceat(W[indices], indptr[:-1])
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        P[np.arange(n), y] -= 1
        P /= n
        G = np.zeros_like(W)
        G[feats] = np.add.reduceat(P[rows_sorted], starts)
        G += (l2 / n) * W
        m = 0.9 * m + 0.1 * G
        v = 0.999 * v + 0.001 * G * G
        W -= lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return W


def probabilities(model, cands):
    """The class probabilities of each candidate under model (vocab, W)."""
    vocab, W = model
    indptr, indices = rows(cands, vocab)
    Z = np.add.reduceat(W[indices], indptr[:-1])
    Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def fit(cands, l2: float = 10.0, steps: int = 200, lr: float = 0.05):
    """The logistic regression over LABELS, trained on the candidates."""
    vocab = vocabulary(cands)
    y = np.array([label_of(c) for c in cands])
    return vocab, train_softmax(cands, vocab, y, len(LABELS), l2, steps, lr)


def predict(model, cands):
    """(best predicate id other than NONE, its probability) per candidate."""
    if not cands:
        return np.zeros(0, int), np.zeros(0)
    P = probabilities(model, cands)
    if OWN_CLASS:
        mask = np.zeros_like(P)
        for r, c in enumerate(cands):
            mask[r, classes_of(c)] = 1
        P = P * mask
    best = P[:, 1:].argmax(axis=1) + 1
    return best, P[np.arange(len(cands)), best]


def _key(alias, s, p, o):
    a, b = alias.get(S.norm(s)), alias.get(S.norm(o))
    if a is None or b is None:
        return None
    if p in S.SYMMETRIC and b < a:
        a, b = b, a
    return (a, p, b)


def added_facts(story, chosen):
    """(right, wrong) facts the chosen (candidate, predicate) add to the rules' in one story."""
    keys = set()
    for c, p in chosen:
        k = _key(story["alias"], c["s"], p, c["o"])
        keys.add(k if k is not None else ("?", c["s"], p, c["o"]))
    keys -= story["rules"]
    right = len(keys & story["gold"])
    return right, len(keys) - right


def tally(stories, chosen_by_story):
    """right, wrong, stories right, stories wrong, F1 rules-only, F1 with the added facts."""
    R = W = tp = npred = ngold = 0
    sr = sw = 0
    for st in stories:
        r, w = added_facts(st, chosen_by_story.get(st["name"], []))
        R, W, sr, sw = R + r, W + w, sr + (r > 0), sw + (w > 0)
        tp += len(st["rules"] & st["gold"])
        npred += len(st["rules"])
        ngold += len(st["gold"])
    f0 = S.prf(tp, npred, ngold)[2]
    f1 = S.prf(tp + R, npred + R + W, ngold)[2]
    return R, W, sr, sw, f0, f1, tp, npred, ngold


def show(stories, chosen_by_story):
    """Print each added fact: right (+) or wrong (-), story, arguments, predicate, trigger."""
    for st in stories:
        for c, p in chosen_by_story.get(st["name"], []):
            k = _key(st["alias"], c["s"], p, c["o"])
            if k is None or k not in st["rules"]:
                print(f"   {'+' if k in st['gold'] else '-'} {st['name']}: {c['s']} {p} {c['o']} ({c['trigger']})")


def model_choices(model, stories, t):
    out = {}
    for st in stories:
        best, prob = predict(model, st["cands"])
        out[st["name"]] = [(c, LABELS[b]) for c, b, q in zip(st["cands"], best, prob) if q >= t]
    return out


def pick_threshold(stories, args) -> float | None:
    """The lowest threshold of GRID whose added facts reach precision .70 in 4-fold cross-validation of `stories`."""
    folds = sorted({st["fold"] for st in stories})
    scored = []
    for f in folds:
        model = fit([c for st in stories if st["fold"] != f for c in st["cands"]], args.l2, args.steps)
        held = [st for st in stories if st["fold"] == f]
        for st in held:
            best, prob = predict(model, st["cands"])
            scored.append((st, list(zip(st["cands"], best, prob))))
    for t in GRID:
        chosen = {st["name"]: [(c, LABELS[b]) for c, b, q in sc if q >= t] for st, sc in scored}
        R, W = tally([st for st, _ in scored], chosen)[:2]
        if R + W and R / (R + W) >= args.target and R >= 4:
            return t
    return None


def mine(stories, level: int, min_stories: int = 3, min_precision: float = 0.75) -> dict[str, str]:
    """pattern -> predicate, kept when it labels right in >= 3 stories at precision >= .75 (level 0: the trigger's
    lemma, 1: its class; with the path signature and both prepositions)."""
    n, by_label, where = Counter(), defaultdict(Counter), defaultdict(lambda: defaultdict(set))
    for st in stories:
        for c in st["cands"]:
            lab = LABELS[label_of(c)]
            for pat in (c["pat"][:1] if level == 0 else c["pat"][1:]):
                n[pat] += 1
                by_label[pat][lab] += 1
                where[pat][lab].add(st["name"])
    kept = {}
    for pat, cnt in by_label.items():
        for lab, k in cnt.most_common():
            if lab != "NONE" and k / n[pat] >= min_precision and len(where[pat][lab]) >= min_stories:
                kept[pat] = lab
                break
    return kept


def pattern_choices(kept, stories, level):
    out = {}
    for st in stories:
        out[st["name"]] = [(c, kept[p]) for c in st["cands"]
                           for p in (c["pat"][:1] if level == 0 else c["pat"][1:]) if p in kept][:10**6]
    return out


def _row(name, R, W, sr, sw, f0, f1, *_):
    p = R / (R + W) if R + W else float("nan")
    return f"{name:<22} {R:4} {W:4} {p:5.2f} {sr:4} {sw:4}  {f0:.4f} {f1:.4f} {f1 - f0:+.4f}"


def cross_validate(stories, args):
    head = f"{'':<22} {'right':>4} {'wrong':>4} {'P':>5} {'st+':>4} {'st-':>4}  {'F1 rules':<6} {'F1 +':<6} delta"
    sums = defaultdict(lambda: [0] * 7)
    print(head)
    for f in range(5):
        train = [st for st in stories if st["fold"] != f]
        test = [st for st in stories if st["fold"] == f]
        print(f"-- fold {f}: {len(test)} stories, {sum(len(s['cands']) for s in test)} candidates, "
              f"{sum(label_of(c) > 0 for s in test for c in s['cands'])} labelled")
        model = fit([c for st in train for c in st["cands"]], args.l2, args.steps)
        lines = [(f"model >= {t}", model_choices(model, test, t)) for t in GRID]
        if args.show is not None:
            show(test, model_choices(model, test, args.show))
        if args.inner:
            t = pick_threshold(train, args)
            lines.append((f"model chosen ({t})", model_choices(model, test, t) if t is not None else {}))
        for level in (0, 1):
            kept = mine(train, level)
            lines.append((f"patterns {'lemma' if level == 0 else 'class'} ({len(kept)})",
                          pattern_choices(kept, test, level)))
        for name, chosen in lines:
            res = tally(test, chosen)
            print(_row(name, *res), flush=True)
            key = name.split(" (")[0]
            acc = sums[key]
            for i, x in enumerate(res[:4] + res[6:]):
                acc[i] += x
    print("-- summed over the five folds (F1 of the pooled counts)")
    for key, (R, W, sr, sw, tp, npred, ngold) in sums.items():
        print(_row(key, R, W, sr, sw, S.prf(tp, npred, ngold)[2], S.prf(tp + R, npred + R + W, ngold)[2]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--target", type=float, default=0.70)
    ap.add_argument("--any-class", action="store_true", help="label and predict any predicate, not only the trigger's")
    ap.add_argument("--show", type=float, help="print the facts added at this threshold")
    ap.add_argument("--all-triggers", action="store_true", help="classes of every trigger on the path (rebuild)")
    ap.add_argument("--inner", action="store_true", help="also choose the threshold inside the training folds")
    args = ap.parse_args(argv)
    global OWN_CLASS, ALL_TRIGGERS
    OWN_CLASS, ALL_TRIGGERS = not args.any_class, args.all_triggers
    if args.cache and args.cache.exists():
        stories = pickle.loads(args.cache.read_bytes())
    else:
        stories = build(args.gold_dir)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(stories))
    cands = [c for st in stories for c in st["cands"]]
    print(f"{len(stories)} stories, {len(cands)} candidates, {sum(label_of(c) > 0 for c in cands)} labelled:",
          Counter(LABELS[label_of(c)] for c in cands).most_common())
    cross_validate(stories, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
