"""Wrong relation facts by cause, predicate and rule branch (session 31; reads golds: read corpus only).

    .venv/bin/python scripts/wrong_causes.py GOLD_DIR TRACE_PREFIX ROWS.jsonl [STUDY_DIR]

TRACE_PREFIX is scripts/branch_trace.py's OUT for the same stories. Each predicted relation is scored as score.py
does (a fact: a distinct (subject, predicate, object) of a story; an argument no gold entity names is a wrong fact
of its own) and each wrong fact gets the first cause it fits: an argument no gold entity (its mention naming one or
not), the gold's fact with the arguments swapped, the pair related by another predicate, the predicate right with one
argument wrong (which side; where the right argument stands: not in the sentence, the same token (resolution), in the
other's phrase, relative or apposition, a coordination, the subject of another verb, elsewhere), or a fact the gold
lacks (the sentence does not state it, or the gold omits it: read a sample). The trigger's context (negated,
conditional, future, under a modal, under a denial or claim noun, reported) is a flag on the side. Writes one row per
relation event to ROWS.jsonl and prints the predicate x cause table, the flags and the branches by wrong facts, for
all stories and for STUDY_DIR's alone."""
import collections
import json
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score as S  # noqa: E402
import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

STRUCT = {"HOLDS_ROLE", "LOCATED_IN", "MEMBER_OF", "REPRESENTS", "REPLACES"}
NEG = {"ne", "n'", "pas", "jamais", "guère", "aucun", "aucune", "nullement", "non", "ni"}
MODAL = {"pouvoir", "vouloir", "devoir", "envisager", "souhaiter", "espérer", "menacer", "proposer", "promettre",
         "prêt", "tenter", "chercher", "refuser", "exclure", "appeler", "demander", "exhorter", "viser", "prévoir",
         "entendre", "compter", "préparer", "avoir l'intention", "risquer", "falloir"}
DENY = {"démentir", "nier", "réfuter", "contester", "rejeter", "récuser", "dénoncer", "démentent", "qualifier"}
CLAIMS = {"accusation", "allégation", "rumeur", "information", "affirmation", "soupçon", "hypothèse", "thèse"}
CLAUSE = {"ccomp", "advcl", "acl:relcl", "acl", "parataxis", "xcomp", "csubj"}


def key(s, p, o):
    if s is None or o is None:
        return None
    return (o, p, s) if p in S.SYMMETRIC and o < s else (s, p, o)


def toks(doc, a, b):
    return [t for t in doc if t.idx < b and t.idx + len(t) > a]


def head_of(doc, a, b):
    ts = toks(doc, a, b)
    return min(ts, key=lambda t: len(list(t.ancestors))) if ts else None


def branch(r):
    add = r["add"] or []
    top = add[0] if add else ["?", 0]
    if top[0] == "extract_relations":
        fin = lambda o: (o[-2][0] if o and len(o) > 1 else "?")  # noqa: E731
        return f"loop:{top[1]}|s={fin(r['s_origin'])}|o={fin(r['o_origin'])}"
    if len(add) > 2 and add[1][0] != "extract_relations":
        return f"{add[-2][0]}>{top[0]}:{top[1]}"
    return f"{top[0]}:{top[1]}"


def context(trig, doc):
    """negated / unrealised / denied / reported: read around the trigger's clause."""
    out = set()
    if trig is None:
        return out
    up = [trig]
    t = trig
    while t.head.i != t.i and len(up) < 4 and (t.dep_ not in CLAUSE or t.pos_ == "NOUN"):
        t = t.head
        up.append(t)
    clause_verbs = [x for x in up if x.pos_ in ("VERB", "AUX")] or up[:1]
    v0 = clause_verbs[0]
    kids = [c for x in clause_verbs[:2] for c in x.children]
    if any(c.lower_ in NEG and c.dep_ in ("advmod", "det", "cc") for c in kids) or \
            any(c.lower_ == "sans" for c in list(trig.children) + list(v0.children)):
        out.add("negated")
    if any(c.lower_ in ("si", "s'") and c.dep_ == "mark" for c in v0.children) or "Cnd" in v0.morph.get("Mood"):
        out.add("conditional")
    if "Fut" in v0.morph.get("Tense"):
        out.add("future")
    gov = v0.head if v0.head.i != v0.i else None
    if gov is not None and v0.dep_ in ("xcomp", "ccomp", "obj", "advcl", "acl") and gov.lemma_.lower() in MODAL:
        out.add("modal")
    g = v0
    for _ in range(3):
        if g.head.i == g.i:
            break
        g = g.head
        if g.lemma_.lower() in DENY or g.lemma_.lower() in CLAIMS:
            out.add("denied/claim")
            break
    if trig.pos_ == "NOUN" and any(c.lemma_.lower() in DENY for c in [trig.head]):
        out.add("denied/claim")
    # reported: the trigger's clause under a speech verb
    if v0.dep_ in ("ccomp", "parataxis") and v0.head.pos_ == "VERB":
        out.add("reported")
    return out


def mentions_of(gold, idx, text, base):
    ent = gold.entities[idx]
    spans = []
    low = text.lower()
    for n in [ent["name"], *ent.get("aliases", [])]:
        if not n:
            continue
        k = low.find(n.lower())
        while k >= 0:
            spans.append((base + k, base + k + len(n)))
            k = low.find(n.lower(), k + 1)
    return spans


def relate(doc, pred_tok, right_tok, trig):
    """how the wrongly taken argument stands to the right one in the parse."""
    if pred_tok is None or right_tok is None:
        return "?"
    if pred_tok.i == right_tok.i:
        return "same-token"
    pa = list(pred_tok.ancestors)
    ra = list(right_tok.ancestors)
    if (pred_tok.dep_ == "conj" and pred_tok.head.i == right_tok.i) or (
            right_tok.dep_ == "conj" and right_tok.head.i == pred_tok.i) or (
            pred_tok.dep_ == "conj" and right_tok.dep_ == "conj" and pred_tok.head.i == right_tok.head.i):
        return "coordination"
    if right_tok in pa:
        path = [pred_tok] + pa[:pa.index(right_tok)]
        if any(x.dep_ == "acl:relcl" for x in path):
            return "pred-in-relative-of-right"
        if any(x.dep_ == "appos" for x in path):
            return "pred-in-apposition-of-right"
        if any(x.dep_ in ("acl",) for x in path):
            return "pred-in-participle-of-right"
        return "pred-in-phrase-of-right(nmod)"
    if pred_tok in ra:
        path = [right_tok] + ra[:ra.index(pred_tok)]
        if any(x.dep_ == "appos" for x in path):
            return "right-in-apposition-of-pred"
        if any(x.dep_ == "acl:relcl" for x in path):
            return "right-in-relative-of-pred"
        return "right-in-phrase-of-pred(nmod)"
    # both hung elsewhere
    if right_tok.dep_.startswith("nsubj") and trig is not None and right_tok.head.i != trig.i:
        return "right-is-subject-of-other-verb"
    if pred_tok.dep_.startswith("nsubj") and trig is not None and pred_tok.head.i != trig.i:
        return "pred-is-subject-of-other-verb"
    if right_tok.sent.start != pred_tok.sent.start:
        return "other-sentence"
    return "elsewhere-in-sentence"


def main():
    gold_dir, prefix, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    nlp = spacy.blank("fr")
    names = Path(prefix + ".names").read_text().split()
    docs = dict(zip(names, DocBin().from_bytes(Path(prefix + ".spacy").read_bytes()).get_docs(nlp.vocab)))
    by_story = {}
    for line in open(prefix + ".jsonl"):
        r = json.loads(line)
        by_story.setdefault(r["story"], []).append(r)
    g120 = {p.stem for p in Path(sys.argv[4]).glob("*.txt")} if len(sys.argv) > 4 else set()
    with open(out, "w") as fh:
        for story, rels in by_story.items():
            gold = S.Gold(gold_dir / f"{story}.gold.json")
            doc = docs[story]
            gkeys = {key(gold.entity_of(r["subject"]), r["predicate"], gold.entity_of(r["object"])): r
                     for r in gold.relations}
            gkeys.pop(None, None)
            for r in rels:
                si, oi, p = gold.entity_of(r["subject"]), gold.entity_of(r["object"]), r["predicate"]
                k = key(si, p, oi)
                ev_text, ev0, ev1 = r["evidence"]
                trig = head_of(doc, r["trigger"][1], r["trigger"][2])
                stok = head_of(doc, *r["s_span"]) if r["s_span"] else None
                otok = head_of(doc, *r["o_span"]) if r["o_span"] else None
                row = {"story": story, "fold": zlib.crc32(story.encode()) % 5, "g120": story in g120,
                       "pred": p, "subject": r["subject"], "object": r["object"], "key": list(k) if k else None,
                       "right": k in gkeys, "branch": branch(r), "trigger": r["trigger"][0],
                       "trig_lemma": trig.lemma_ if trig is not None else None,
                       "trig_pos": trig.pos_ if trig is not None else None,
                       "evidence": ev_text, "ctx": sorted(context(trig, doc)) if p not in STRUCT else [],
                       "s_mention": doc.text[r["s_span"][0]:r["s_span"][1]] if r["s_span"] else None,
                       "o_mention": doc.text[r["o_span"][0]:r["o_span"][1]] if r["o_span"] else None,
                       "s_dep": stok.dep_ if stok is not None else None, "o_dep": otok.dep_ if otok is not None else None,
                       "add": r["add"], "s_origin": r["s_origin"], "o_origin": r["o_origin"]}
                # gold relations whose evidence is this sentence (rough: shares the sentence's words)
                same_sent = [g for g in gold.relations if g.get("evidence") and (
                    S.norm(g["evidence"])[:60] in S.norm(ev_text) or S.norm(ev_text)[:60] in S.norm(g["evidence"]))]
                row["gold_in_sentence"] = [(g["subject"], g["predicate"], g["object"]) for g in same_sent]
                if not row["right"]:
                    cause, detail = classify(gold, gkeys, si, p, oi, r, doc, trig, stok, otok)
                    row["cause"], row["detail"] = cause, detail
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def classify(gold, gkeys, si, p, oi, r, doc, trig, stok, otok):
    ev_text, ev0, ev1 = r["evidence"]
    if si is None or oi is None:
        side = "both" if si is None and oi is None else ("subject" if si is None else "object")
        ms = [doc.text[a:b] for a, b in ([r["s_span"]] if si is None else []) + ([r["o_span"]] if oi is None else [])]
        mapped = [gold.entity_of(m) for m in ms]
        if all(x is not None for x in mapped):
            return "no-gold-entity", side + ":mention-is-gold"
        return "no-gold-entity", side
    if p not in S.SYMMETRIC and (oi, p, si) in gkeys:
        return "swapped", ""
    other = sorted({g[1] for g in gkeys if {g[0], g[2]} == {si, oi}})
    if other:
        rev = [g[1] for g in gkeys if (g[0], g[2]) == (oi, si) and g[1] not in S.SYMMETRIC]
        return "other-predicate", ",".join(other) + (" (reversed)" if rev and set(rev) == set(other) else "")
    # same predicate, one argument right
    sub_ok = [g for g in gkeys if g[1] == p and (g[0] == si or p in S.SYMMETRIC and g[2] == si)]
    obj_ok = [g for g in gkeys if g[1] == p and (g[2] == oi or p in S.SYMMETRIC and g[0] == oi)]
    if sub_ok or obj_ok:
        wrong_side = "object" if sub_ok else "subject"
        alts = [g[2] if g[0] == si else g[0] for g in sub_ok] if sub_ok else [g[0] if g[2] == oi else g[2] for g in obj_ok]
        pred_tok = otok if wrong_side == "object" else stok
        rel = "right-arg-not-in-sentence"
        for alt in alts:
            ms = mentions_of(gold, alt, ev_text, ev0)
            if ms:
                rt = head_of(doc, *ms[0])
                rel = relate(doc, pred_tok, rt, trig)
                break
        return f"one-arg-wrong:{wrong_side}", rel
    # is either argument in a gold fact of this predicate at all?
    return "unstated-or-gold-gap", ""


def table(rows, keep):
    """The predicate x cause table of the wrong facts, and the context flags of right and wrong facts."""
    facts = {}
    for n, r in enumerate(rows):
        if keep(r):
            facts.setdefault((r["story"], tuple(r["key"])) if r["key"] else (r["story"], "?", n), []).append(r)
    wrong = [f for f in facts.values() if not f[0]["right"]]
    right = [f for f in facts.values() if f[0]["right"]]
    causes = ["other-predicate", "one-arg-wrong:subject", "one-arg-wrong:object", "swapped", "no-gold-entity",
              "unstated-or-gold-gap"]
    by_pred = collections.Counter(f[0]["pred"] for f in wrong)
    right_pred = collections.Counter(f[0]["pred"] for f in right)
    cells = collections.Counter((f[0]["pred"], f[0]["cause"]) for f in wrong)
    print(f"{'predicate':12} {'right':>5} {'wrong':>5} othPred subjW objW swap noGoldEnt unstated")
    for p, n in by_pred.most_common():
        print(f"{p:12} {right_pred[p]:5} {n:5} " + " ".join(f"{cells[(p, c)]:7}" for c in causes))
    tot = collections.Counter(f[0]["cause"] for f in wrong)
    print(f"{'ALL':12} {len(right):5} {len(wrong):5} " + " ".join(f"{tot[c]:7}" for c in causes))
    details = collections.Counter((f[0]["cause"], f[0]["detail"]) for f in wrong)
    for (c, d), n in details.most_common(25):
        print(f"  {c:24} {d:40} {n:5}")
    flags = collections.Counter((c, f[0]["right"]) for f in wrong + right for c in set.intersection(
        *[set(x["ctx"]) for x in f]))
    print("trigger context (every event of the fact): right / wrong")
    for c in sorted({k[0] for k in flags}):
        print(f"  {c:14} {flags[(c, True)]:5} {flags[(c, False)]:5}")
    branches = collections.defaultdict(lambda: [0, 0, set()])
    for k, f in facts.items():
        bs = {r["branch"] for r in f}
        if len(bs) == 1:
            x = branches[bs.pop()]
            x[0 if f[0]["right"] else 1] += 1
            if not f[0]["right"]:
                x[2].add(k[0])
    print("branches by wrong facts (facts given by that branch alone): right / wrong / stories")
    for b, x in sorted(branches.items(), key=lambda i: -i[1][1])[:25]:
        print(f"  {b[:70]:70} {x[0]:5} {x[1]:5} {len(x[2]):5}")


def report(out_path, study):
    rows = [json.loads(line) for line in open(out_path)]
    print("== all stories")
    table(rows, lambda r: True)
    if study:
        print("== study set")
        table(rows, lambda r: r["g120"])


if __name__ == "__main__":
    main()
    report(sys.argv[3], len(sys.argv) > 4)
