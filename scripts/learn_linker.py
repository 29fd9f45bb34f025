"""Session 14's learned same-sentence linker rebuilt lean (session 24): its learning curve by 5-fold cross-validation.

    PYTHONPATH=. python scripts/learn_linker.py /tmp/s24/dev [--cache /tmp/learn-cands.pkl] [--g120 /tmp/s24/g120]
    PYTHONPATH=. python scripts/learn_linker.py /tmp/s27/dev --cache C --test FRESH_DIR [--test-cache C2]  (session 27)

Decision 29 found that this model's added facts reach precision .45 at best on 306 stories and asked for more
annotated stories; this script asks whether the precision rises with 300, 600 and all ~740 training stories.

Candidates (docs/extraction.md, "Learned linker"): every ordered pair of entities named in one sentence (names,
aliases, acronyms, capitals), one pair of mentions per two entities (the shortest dependency path, at most 7 arcs).
Label: the gold predicate between the two (mapped as score.py maps names) whose evidence is that sentence, else NONE.
Features (none names an entity): the path's labels and directions, alone and with the two entity labels; the lemma
at the top with the two arcs under it; the content lemmas on the path; the prepositions of both heads and of the
path's nodes; the trigger classes of relations.json at the top, on the path, in the sentence; labels, order,
distance; a title beside a mention; a negation on the path; the words between two names at most 3 apart; `R` when
the rules related the pair. Model: multinomial logistic regression over the gold predicates and NONE, numpy, L2 10,
150 steps of full-batch Adam from zeros (deterministic), features seen at least twice. Trained on every candidate,
asked only about the pairs no rule related; a fact is added when its best predicate reaches the threshold.

Each story is parsed and extracted once; the candidates are cached (--cache). Folds: zlib.crc32(name) % 5; the
300 and 600 training subsets are nested prefixes of the four training folds ordered by crc32("sub" + name).
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
from learn_relations import (_key, _prep, closest_pair, extracted_stories, gold_label,  # noqa: E402
                             path, probabilities, train_softmax, trigger_classes, vocabulary)  # (session 21's)

LEX = json.loads((REPO / "extraction" / "lexicons" / "relations.json").read_text(encoding="utf-8"))
NEGATIONS = frozenset(LEX["negations"])
TITLES = frozenset(line.split("\t")[0].strip() for line in
                   (REPO / "extraction" / "lexicons" / "titles.tsv").read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#"))
MAX_ARCS = 7
CONTENT = {"NOUN", "VERB", "ADJ"}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
SIZES = [300, 600, None]  # None: all the training folds (--sizes)


def _titled(span) -> bool:
    """A title noun beside the mention: its head, an apposed child, or the word just before it."""
    root, doc = span.root, span.doc
    near = [root.head] + [c for c in root.children if c.dep_ in ("appos", "nmod", "amod")]
    if span.start > 0:
        near.append(doc[span.start - 1])
    return any(t.lemma_.lower() in TITLES and not (span.start <= t.i < span.end) for t in near)


def features(sa, sb, la: str, lb: str, related: bool, sent_classes: set[str]) -> list[str] | None:
    """Features of the ordered pair of mention spans (sa, sb), or None when the path is too long."""
    a, b = sa.root, sb.root
    up, down = path(a, b)
    top = up[-1]
    arcs = len(up) + len(down) - 2
    if arcs > MAX_ARCS or arcs == 0:
        return None
    inner = up[1:] + down[1:-1]  # the path without its two ends (the top once)
    inner = [t for t in inner if t.i not in (a.i, b.i)]
    sig_a = ">".join(t.dep_ for t in up[:-1])
    sig_b = "<".join(t.dep_ for t in down[1:])
    sig = f"{sig_a}^{sig_b}"
    arc_a = up[-2].dep_ if len(up) > 1 else "self"
    arc_b = down[1].dep_ if len(down) > 1 else "self"
    top_lemma = "END" if top.i in (a.i, b.i) else top.lemma_.lower()
    pa, pb = _prep(a), _prep(b)
    dist = abs(a.i - b.i)
    dbin = "1" if dist <= 1 else "3" if dist <= 3 else "6" if dist <= 6 else "12" if dist <= 12 else "far"
    f = [f"sig={sig}", f"sigl={la}|{sig}|{lb}", f"sa={sig_a}", f"sb={sig_b}", f"tpos={top.pos_}",
         f"top={top_lemma}|{arc_a}|{arc_b}", f"toplem={top_lemma}",
         f"pa={pa}", f"pb={pb}", f"pab={pa}|{pb}", f"la={la}", f"lb={lb}", f"lab={la}|{lb}",
         f"order={'ab' if a.i < b.i else 'ba'}", f"d={dbin}", f"arcs={arcs}", f"R={related}"]
    f += [f"plem={t.lemma_.lower()}" for t in inner if t.pos_ in CONTENT]
    f += [f"pprep={_prep(t)}" for t in inner if _prep(t) != "-"]
    f += [f"ctop={c}" for c in trigger_classes(top)] if top.i not in (a.i, b.i) else []
    f += [f"ctop3={c}|{arc_a}|{arc_b}" for c in trigger_classes(top)] if top.i not in (a.i, b.i) else []
    f += sorted({f"cpath={c}" for t in inner for c in trigger_classes(t)})
    f += [f"csent={c}" for c in sent_classes]
    if _titled(sa):
        f.append("title_a")
    if _titled(sb):
        f.append("title_b")
    if any(c.dep_ == "advmod" and c.lower_ in NEGATIONS for t in [top] + inner for c in t.children):
        f.append("neg")
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    if 0 <= second.start - first.end <= 3:
        f.append("btw=" + " ".join(t.lower_ for t in sa.doc[first.end:second.start]))
    return f


def build(gold_dir: Path) -> list[dict]:
    """Parse and extract every story once; per story the rules' keys, the gold keys and the candidates."""
    stories = []
    for st in extracted_stories(gold_dir):
        entities, gold = st["entities"], st["gold"]
        cands = []
        for spans in st["by_sent"].values():
            idx = sorted(spans)
            if len(idx) < 2:
                continue
            sent = spans[idx[0]][0].root.sent
            sent_classes = sorted(set().union(*(trigger_classes(t) for t in sent)))
            for x in range(len(idx)):
                for y in range(x + 1, len(idx)):
                    ea, eb = entities[idx[x]], entities[idx[y]]
                    if ea.entity_id == eb.entity_id:
                        continue
                    pair = closest_pair(spans[idx[x]], spans[idx[y]])
                    if pair is None:
                        continue
                    sa, sb = pair
                    rel = frozenset((ea.entity_id, eb.entity_id)) in st["related"]
                    ga, gb = gold.entity_of(ea.name), gold.entity_of(eb.name)
                    for (s1, e1, g1), (s2, e2, g2) in (((sa, ea, ga), (sb, eb, gb)), ((sb, eb, gb), (sa, ea, ga))):
                        f = features(s1, s2, e1.label, e2.label, rel, sent_classes)
                        if f is None:
                            continue
                        cands.append({"f": f, "label": gold_label(gold, g1, g2, sent.text), "s": e1.name,
                                      "o": e2.name, "rel": rel, "top": path(s1.root, s2.root)[0][-1].text})
        name = st["name"]
        stories.append({"name": name, "fold": zlib.crc32(name.encode()) % 5, "rules": st["rules"],
                        "gold": st["gold_keys"], "cands": cands, "alias": gold.alias})
        print(f"{len(stories):4} {name} {len(cands)}", file=sys.stderr, flush=True)
    return stories


def cached_build(gold_dir: Path, cache: Path | None) -> list[dict]:
    """build(gold_dir), read from the pickle cache when it exists, else written to it."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    stories = build(gold_dir)
    if cache:
        cache.write_bytes(pickle.dumps(stories))
    return stories


LABELS: list[str] = ["NONE"]  # set from the corpus's gold predicates in main()


def fit(cands, l2: float = 10.0, steps: int = 150, lr: float = 0.05):
    """The logistic regression over LABELS (the corpus's gold predicates and NONE), trained on the candidates."""
    label_id = {p: i for i, p in enumerate(LABELS)}
    vocab = vocabulary(cands)
    y = np.array([label_id.get(c["label"], 0) for c in cands])
    return vocab, train_softmax(cands, vocab, y, len(LABELS), l2, steps, lr)


def predict(model, cands):
    """(best predicate id other than NONE, its probability) per candidate."""
    if not cands:
        return np.zeros(0, int), np.zeros(0)
    P = probabilities(model, cands)
    best = P[:, 1:].argmax(axis=1) + 1
    return best, P[np.arange(len(cands)), best]


def chosen_by_threshold(model, story) -> dict[float, list[tuple]]:
    """Per threshold, the (candidate, predicate) the model adds in one story: pairs no rule related whose most
    probable predicate reaches the threshold."""
    asked = [c for c in story["cands"] if not c["rel"]]
    best, prob = predict(model, asked)
    return {t: [(c, LABELS[b]) for c, b, q in zip(asked, best, prob) if q >= t] for t in THRESHOLDS}


def added_rows(story, chosen) -> list[tuple]:
    """The facts chosen that the rules do not give, marked + (in the gold) or -, for printing."""
    rows = []
    for c, p in chosen:
        k = _key(story["alias"], c["s"], p, c["o"])
        if k is None or k not in story["rules"]:
            rows.append(("+" if k in story["gold"] else "-", story["name"], c["s"], p, c["o"], c["top"]))
    return rows


def added(story, chosen) -> tuple[set, set]:
    """The right and wrong facts the chosen (candidate, predicate) add to the rules' in one story."""
    keys = set()
    for c, p in chosen:
        k = _key(story["alias"], c["s"], p, c["o"])
        keys.add(k if k is not None else ("?", c["s"], p, c["o"]))
    keys -= story["rules"]
    return keys & story["gold"], keys - story["gold"]


class Tally:
    """Added facts and the relation counts of the rules alone and with them, over a set of held-out stories."""

    def __init__(self):
        self.r = self.w = self.sr = self.sw = self.tp = self.npred = self.ngold = 0

    def add(self, story, chosen):
        right, wrong = added(story, chosen)
        self.r, self.w = self.r + len(right), self.w + len(wrong)
        self.sr, self.sw = self.sr + bool(right), self.sw + bool(wrong)
        self.tp += len(story["rules"] & story["gold"])
        self.npred += len(story["rules"])
        self.ngold += len(story["gold"])

    def row(self) -> str:
        p = self.r / (self.r + self.w) if self.r + self.w else float("nan")
        f0 = S.prf(self.tp, self.npred, self.ngold)[2]
        f1 = S.prf(self.tp + self.r, self.npred + self.r + self.w, self.ngold)[2]
        return f"{self.r:5} {self.w:5} {p:5.2f} {self.sr:4} {self.sw:4}  {f0:.4f} {f1:.4f} {f1 - f0:+.4f}"


def learning_curve(stories, g120: set[str], args, show: list[tuple] | None = None):
    """For each training size, the held-out tallies per threshold, summed over the five folds (all and g120)."""
    SIZES[:] = [int(x) if x != "all" else None for x in args.sizes.split(",")]
    tallies = {(n, t, part): Tally() for n in SIZES for t in THRESHOLDS for part in ("all", "g120")}
    per_fold = defaultdict(Tally)
    for f in range(5):
        train = sorted((st for st in stories if st["fold"] != f),
                       key=lambda st: zlib.crc32(("sub" + st["name"]).encode()))
        test = [st for st in stories if st["fold"] == f]
        for n in SIZES:
            sub = train[:n] if n else train
            cands = [c for st in sub for c in st["cands"]]
            model = fit(cands, args.l2, args.steps)
            print(f"fold {f} size {len(sub)}: {len(cands)} candidates, "
                  f"{sum(c['label'] != 'NONE' for c in cands)} labelled, {len(model[0])} features", flush=True)
            for st in test:
                for t, chosen in chosen_by_threshold(model, st).items():
                    tallies[(n, t, "all")].add(st, chosen)
                    per_fold[(n, t, f)].add(st, chosen)
                    if st["name"] in g120:
                        tallies[(n, t, "g120")].add(st, chosen)
                    if show is not None and n is None and t == args.show:
                        show += added_rows(st, chosen)
    return tallies, per_fold


def fresh_test(stories, args) -> int:
    """Train one model on every story of the corpus and count the facts it adds on the fresh stories of --test."""
    fresh = cached_build(args.test, args.test_cache)
    model = fit([c for st in stories for c in st["cands"]], args.l2, args.steps)
    tallies = {t: Tally() for t in THRESHOLDS}
    for st in fresh:
        for t, chosen in chosen_by_threshold(model, st).items():
            tallies[t].add(st, chosen)
            if args.show is not None and t == args.show:
                for row in added_rows(st, chosen):
                    print("  ", *row)
    print(f"trained on {len(stories)} stories; {len(fresh)} fresh stories of {args.test}")
    print(f"{'t':>4} | {'right':>5} {'wrong':>5} {'P':>5} {'st+':>4} {'st-':>4}  F1 rules F1 +   delta")
    for t in THRESHOLDS:
        print(f"{t:4.1f} | {tallies[t].row()}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--g120", type=Path, help="a directory of stories counted separately (held-out counts)")
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--steps", type=int, default=150)
    ap.add_argument("--sizes", default="300,600,all", help="training sizes, nested (all: the four training folds)")
    ap.add_argument("--show", type=float, help="print the facts added at this threshold by the full-size models")
    ap.add_argument("--test", type=Path, help="a directory of fresh stories: train once on all of gold_dir, count "
                    "the facts added there (no cross-validation)")
    ap.add_argument("--test-cache", type=Path)
    args = ap.parse_args(argv)
    stories = cached_build(args.gold_dir, args.cache)
    LABELS[1:] = sorted({c["label"] for st in stories for c in st["cands"]} - {"NONE"})
    g120 = {p.name[:-4] for p in args.g120.glob("*.txt")} if args.g120 else set()
    cands = [c for st in stories for c in st["cands"]]
    lab = Counter(c["label"] for c in cands if c["label"] != "NONE")
    print(f"{len(stories)} stories ({len(g120)} g120), {len(cands)} candidates, {sum(lab.values())} labelled, "
          f"{sum(1 for c in cands if c['label'] != 'NONE' and not c['rel'])} in pairs no rule related:",
          lab.most_common())
    if args.test:
        return fresh_test(stories, args)
    shown = [] if args.show is not None else None
    tallies, per_fold = learning_curve(stories, g120, args, shown)
    head = f"{'size':>5} {'t':>4} {'set':>5} | {'right':>5} {'wrong':>5} {'P':>5} {'st+':>4} {'st-':>4}  F1 rules F1 +   delta"
    print(head)
    for n in SIZES:
        for t in THRESHOLDS:
            for part in ("all", "g120"):
                if part == "g120" and not g120:
                    continue
                print(f"{n or 'all':>5} {t:4.1f} {part:>5} | {tallies[(n, t, part)].row()}")
    print("per fold, all training stories:")
    for t in THRESHOLDS:
        if None in SIZES:
            print(f"  t {t:.1f}: " + "  ".join(f"f{f} {per_fold[(None, t, f)].r}/{per_fold[(None, t, f)].w}" for f in range(5)))
    for row in shown or []:
        print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
