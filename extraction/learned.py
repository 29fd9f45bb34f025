"""Relations a linear model finds among the candidates the rules left out.

The rules of `relations` read one construction at a time; on stories nobody here has read
they find about four gold facts in ten. This pass proposes, in each sentence, every
(subject, predicate, object) that a trigger and two entity mentions allow, describes each
by its syntax, and keeps those that a logistic model scores above its threshold.

- Triggers: a verb or noun of the relation lexicon (its predicate), a title word
  (HOLDS_ROLE), a place preposition (LOCATED_IN).
- Features of a candidate: the trigger's lemma and form; for each argument its dependency
  path to the trigger, its preposition, label, side and distance; the pair's labels and
  whether the rules already linked the two. The score is a sum over the trigger's and
  each argument's features, so each (trigger, argument) pair is described once per sentence.
- The weights are data (`lexicons/relation_model.json`), fitted offline on the annotated
  stories by `training/train_relations.py`; nothing is fitted or downloaded at run time.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Callable

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc

from .vocabulary import SYMMETRIC

MODEL_PATH = Path(__file__).parent / "lexicons" / "relation_model.json"
_PLACE_PREPS = frozenset({"à", "en", "dans", "au", "aux"})
_MAX_ARGS = 10  # arguments per sentence considered (the longest enumerations are lists, not facts)
_MAX_HOPS = 4

# Set by the training script: every candidate of every document is appended here with its features.
RECORDER: list | None = None


def _load() -> tuple[dict[str, float], float, float]:
    if not MODEL_PATH.exists():
        return {}, 0.0, math.inf
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return data["weights"], data["bias"], data["threshold"]


WEIGHTS, BIAS, THRESHOLD = _load()


class _Parse:
    """The parse as plain lists (heads, labels, lemmas), read once per document."""

    def __init__(self, doc: Doc):
        arr = doc.to_array([HEAD, DEP, POS, LEMMA, LOWER]).tolist()
        strings = doc.vocab.strings
        cache: dict[int, str] = {}

        def s(key: int) -> str:
            v = cache.get(key)
            if v is None:
                v = cache[key] = strings[key]
            return v
        self.head = [i + row[0] if row[0] < 2 ** 63 else i + row[0] - 2 ** 64 for i, row in enumerate(arr)]
        self.dep = [s(row[1]) for row in arr]
        self.pos = [s(row[2]) for row in arr]
        self.lemma = [s(row[3]) for row in arr]
        self.lower = [s(row[4]) for row in arr]
        self.case: dict[int, str] = {}
        self.neg: set[int] = set()
        for i, d in enumerate(self.dep):
            h = self.head[i]
            if d in ("case", "fixed") and h > i and h not in self.case:
                self.case[h] = self.lower[i]
            elif d == "advmod" and self.lower[i] in ("pas", "jamais", "ni"):
                self.neg.add(h)

    def ancestors(self, i: int) -> list[int]:
        chain = [i]
        while self.head[i] != i and len(chain) < 12:
            i = self.head[i]
            chain.append(i)
        return chain

    def path(self, trigger: int, arg: int, up_trigger: list[int]) -> str:
        """The labels from the argument up to the common ancestor, then down to the trigger:
        "nsubj^" (subject of the trigger), "obl:arg^" , "nmod^nmod^" ..."""
        where = {t: k for k, t in enumerate(up_trigger)}
        ups, a = [], arg
        while a not in where:
            if self.head[a] == a or len(ups) >= _MAX_HOPS:
                return "far"
            ups.append(self.dep[a])
            a = self.head[a]
        downs = [self.dep[t] for t in up_trigger[:where[a]]]
        if len(ups) + len(downs) > _MAX_HOPS:
            return "far"
        return "^".join(ups) + "|" + "^".join(reversed(downs))


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _trigger_features(p: _Parse, t: int, predicate: str, lemma: str) -> list[str]:
    feats = ["bias", f"P={predicate}", f"P={predicate}|lem={lemma}", f"P={predicate}|pos={p.pos[t]}",
             f"P={predicate}|tdep={p.dep[t]}"]
    if t in p.neg:
        feats.append(f"P={predicate}|neg")
    return feats


def _arg_features(p: _Parse, t: int, up_trigger: list[int], head: int, role: str, predicate: str,
                  label: str, lemma: str) -> list[str]:
    path = p.path(t, head, up_trigger)
    case = p.case.get(head, "-")
    side = "before" if head < t else "after"
    return [f"{role}|path={path}", f"{role}|P={predicate}|path={path}", f"{role}|P={predicate}|case={case}",
            f"{role}|P={predicate}|label={label}", f"{role}|P={predicate}|{side}",
            f"{role}|dist={_bucket(abs(head - t))}", f"{role}|lem={lemma}|path={path}",
            f"{role}|case={case}|path={path}"]


def _pair_features(predicate: str, subj_label: str, obj_label: str, order: str, linked: bool) -> list[str]:
    feats = [f"P={predicate}|labels={subj_label}-{obj_label}", f"P={predicate}|order={order}"]
    if linked:
        feats.append(f"P={predicate}|linked")
    return feats


def _score(feats: list[str]) -> float:
    w = WEIGHTS
    return sum(w.get(f, 0.0) for f in feats)


def _triggers(ctx, p: _Parse, start: int, end: int, verb_lemma: Callable, tokens: list,
              verbs: dict, nouns: dict) -> list[tuple[int, str, str]]:
    """(token, predicate, lemma) of each trigger in the sentence."""
    out = []
    for i in range(start, end):
        if i in ctx.mention_at:
            continue
        pos = p.pos[i]
        if pos in ("VERB", "NOUN", "ADJ", "AUX"):
            vl = verb_lemma(tokens[i])
            if vl:
                out.append((i, verbs[vl][0], vl))
                continue
            if pos == "NOUN" and p.lemma[i] in nouns:
                out.append((i, nouns[p.lemma[i]][0], p.lemma[i]))
                continue
        if i in ctx.title_at:
            out.append((i, "HOLDS_ROLE", p.lower[i]))
        elif pos == "ADP" and p.lower[i] in _PLACE_PREPS and p.head[i] in ctx.mention_at \
                and ctx.entities[ctx.mention_at[p.head[i]][0]].label == "LOC":
            out.append((i, "LOCATED_IN", p.lower[i]))  # "à Genève", "en Italie": the place is the object
    return out


def _arguments(ctx, p: _Parse, start: int, end: int) -> list[tuple[object, int]]:
    """(argument, head token) of each entity mention in the sentence (one per mention)."""
    out, seen = [], set()
    for i in range(start, end):
        found = ctx.mention_at.get(i)
        if found is None or id(found[1]) in seen:
            continue
        idx, span = found
        seen.add(id(found[1]))
        head = i  # the mention's token whose head lies outside it
        while ctx.mention_at.get(p.head[head], (None, None))[1] is span and p.head[head] != head:
            head = p.head[head]
        out.append((ctx.arg_of_entity(idx, span, 1.0), head))
        if len(out) >= _MAX_ARGS:
            break
    return out


def propose(ctx, out, verb_lemma: Callable, tokens: list, verbs: dict, nouns: dict) -> None:
    """Add to the collector `out` each candidate the model scores at or above its threshold
    that the rules did not emit (its confidence is the model's probability)."""
    if not WEIGHTS and RECORDER is None:
        return
    doc = ctx.doc
    p = _Parse(doc)
    linked = {(r.subject.entity_id, r.object.entity_id) for r in out.best.values()}
    linked |= {(b, a) for a, b in linked}
    ruled = set(out.best)
    record = [] if RECORDER is not None else None
    rules = [(r.subject.name, r.predicate, r.object.name) for r in out.best.values()]
    for sent in doc.sents:
        start, end = sent.start, sent.end
        args = _arguments(ctx, p, start, end)
        if len(args) < 2:
            continue
        for t, predicate, lemma in _triggers(ctx, p, start, end, verb_lemma, tokens, verbs, nouns):
            up = p.ancestors(t)
            tf = _trigger_features(p, t, predicate, lemma)
            roles = [(_arg_features(p, t, up, h, "S", predicate, a.label, lemma),
                      _arg_features(p, t, up, h, "O", predicate, a.label, lemma)) for a, h in args]
            scores = [(_score(s), _score(o)) for s, o in roles] if record is None else None
            base = BIAS + _score(tf) if record is None else 0.0
            for i, (a, ha) in enumerate(args):
                for j, (b, hb) in enumerate(args):
                    if a.entity_id == b.entity_id:
                        continue
                    if predicate == "HOLDS_ROLE" and a.label != "PER":
                        continue
                    if predicate == "LOCATED_IN" and b.label != "LOC":
                        continue
                    order = "".join(k for _, k in sorted(((ha, "s"), (hb, "o"), (t, "t"))))
                    pf = _pair_features(predicate, a.label, b.label, order, (a.entity_id, b.entity_id) in linked)
                    x, y = (a, b)
                    if predicate in SYMMETRIC and (y.name, y.entity_id) < (x.name, x.entity_id):
                        x, y = y, x
                    key = (x.entity_id or x.name, predicate, y.entity_id or y.name)
                    if record is not None:
                        record.append((a.name, predicate, b.name, key in ruled, tf + roles[i][0] + roles[j][1] + pf))
                        continue
                    if key in ruled:
                        continue
                    z = base + scores[i][0] + scores[j][1] + _score(pf)
                    prob = 1.0 / (1.0 + math.exp(-z))
                    if prob >= THRESHOLD:
                        out.add(a, predicate, b, tokens[t], prob)
    if record is not None:
        RECORDER.append({"rules": rules, "candidates": record})

