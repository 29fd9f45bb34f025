"""What stands in the evidence sentence for a relation argument it does not name, whether main resolves it, and
which earlier mention the gold points to (counts only; reads golds: read corpus only).
python3 xsent_kinds.py GOLD_DIR EVENTS.jsonl [--nouns]   (PYTHONPATH=the checkout whose parser and _Context to use)
The misses are miss_kinds.py's "nothing; an arg not named in evidence" (both entities found, no relation between them,
none of that predicate on either). Each story is parsed as the pipeline does and main's _Context built; the evidence's
top words (its trigger, roughly) are read: for a missing subject the word's subject (pronoun il/elle/ils/elles, a
possessive, a description of a person, country or organisation, `les deux/trois X`, a noun of no kind) or, with none,
the elided subject's construction (coordinated verb, participle/infinitive, relative); for a missing object the word's
clitic object, a stressed pronoun, a description or possessive among its complements, else its theme noun's
determiner (`a rejeté ces accusations`: demonstrative) or nothing. "named in sentence" when the sentence names it
outside the evidence. Columns: fold counts (zlib.crc32(story) % 5); main's resolution of the stand-in word
(_resolve_one; _verb_subjects for an elided subject): right, wrong, none; the antecedent: last subject (the previous
sentence's main subject names it), last of label (the last entity of its label named before the sentence), main
(the most named entity of its label in the story), prev (named in the sentence before), none (not named before),
events (main found it as the subject of some relation). --nouns: the stand-in words counted by kind.
--rows FILE (session 27): one JSON line per miss read in its sentence (story, triple, kind, the stand-in word and its
phrase's offsets in the parsed body, main's resolution and its names, the relations of the same predicate main found
in the sentence), the listing xsent_subst.py replays."""
import collections
import re
import sys
import unicodedata
import zlib
from pathlib import Path

from evalkit import events_by_article, found_entities, predicted_triples, story_text, score as S

gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)

_PERSONAL = {"il", "elle", "ils", "elles"}
_CLITICS = {"le", "la", "les", "lui", "leur", "l'", "l’"}
_STRESSED = {"lui", "elle", "eux", "elles"}
_POSS = {"son", "sa", "ses", "leur", "leurs"}
_DEF = {"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces", "du", "des", "au", "aux"}
_PERSON_NOUNS = {"ministre", "président", "présidente", "chef", "dirigeant", "premier", "secrétaire", "porte-parole",
                 "directeur", "directrice", "maire", "député", "sénateur", "ambassadeur", "patron", "leader",
                 "candidat", "homme", "femme", "responsable", "commandant", "général", "juge", "procureur"}
_PAIRS = {"parties", "camps", "voisins", "partenaires", "belligérants", "pays", "délégations"}
_KIND_NOUNS_EXTRA = {"armée", "police", "délégation", "opposition", "justice", "parquet", "tribunal", "cour", "ministère",
                     "commission", "conseil", "union", "ong", "association", "collectif", "syndicat", "club", "équipe"}
_COUNTRY_NOUNS = {"pays", "capitale", "gouvernement", "autorité", "autorités", "état", "régime", "junte", "nation",
                  "royaume", "république", "pouvoir", "exécutif", "administration"}

_KIND_NOUNS = _PERSON_NOUNS | _COUNTRY_NOUNS | _KIND_NOUNS_EXTRA | {"organisation", "groupe", "société", "entreprise",
                                                                    "parti", "mouvement", "alliance", "milice",
                                                                    "formation", "compagnie", "firme", "agence",
                                                                    "institution", "centrale", "constructeur"}
_KIND_NOUNS |= {w + "s" for w in _KIND_NOUNS if not w.endswith("s")}


def fold1(c: str) -> str:
    d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
    d = d.translate(S.QUOTE_CHARS)
    return d[:1] if d else c


def folded(text: str) -> str:
    """One char for one char (offsets kept), accents off, lower case, quotes and spaces unified."""
    return "".join(" " if c.isspace() else fold1(c) for c in text)


def find(text_f: str, phrase: str) -> int:
    p = re.sub(r"\s+", " ", folded(phrase)).strip(" .,;:")
    if not p:
        return -1
    m = re.search(r"\s+".join(map(re.escape, p.split(" "))), text_f)
    return m.start() if m else -1


def names_of(ent):
    return [n for n in [ent["name"], *ent.get("aliases", [])] if n]


def positions(text: str, ent) -> list[int]:
    out = []
    for n in names_of(ent):
        out += [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text)]
    return sorted(set(out))


_nlp = None


def parse(text: str):
    """The story parsed as the pipeline does, with main's context (entities, mentions, titles) for resolving."""
    global _nlp
    from extraction import nlp
    from extraction.entities import extract_entities
    from extraction.relations import _Context
    if _nlp is None:
        _nlp = nlp.load()
    doc = _nlp(text)
    return doc, _Context(doc, extract_entities(doc))


def resolved(ctx, g, kind: str, tok, missing: int) -> str:
    """Whether main's resolution of the stand-in gives the gold entity: right, wrong (another), none."""
    from extraction.relations import _verb_subjects
    if tok is None:
        return "no word"
    try:
        args = _verb_subjects(ctx, ctx.tokens[tok.i]) if kind.startswith("elided") else ctx._resolve_one(ctx.tokens[tok.i], 1.0)
    except Exception as exc:  # (a count, not a test: say so and go on)
        return "error " + type(exc).__name__
    ids = {g.entity_of(a.name) for a in args}
    return "none" if not args else "right" if missing in ids else "wrong"


def subject_of(tok):
    return [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]


THEMES = collections.defaultdict(collections.Counter)
NOUNS = collections.defaultdict(collections.Counter)  # kind -> the stand-in words


def noun_kind(n) -> str:
    """A subject or object noun that names nobody: possessive, pronoun, description (person, country, other)."""
    k = _noun_kind(n)
    NOUNS[k][n.lower_] += 1
    return k


def _noun_kind(n) -> str:
    low = n.lower_
    if n.pos_ == "PRON" or low in _PERSONAL | _STRESSED:
        if low in _PERSONAL and n.dep_.startswith("nsubj"):
            return "pronoun subject"
        if low in _STRESSED:
            return "stressed pronoun"
        if low in ("qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "auquel"):
            return "relative pronoun"
        return "other pronoun " + low
    dets = [c.lower_ for c in n.children if c.dep_ in ("det", "nummod")]
    if any(d in ("deux", "trois", "quatre", "cinq") for d in dets) and low in _KIND_NOUNS | _PAIRS:
        return "description: les deux/trois X"
    if low in _KIND_NOUNS:
        kind = "person" if low in _PERSON_NOUNS else "country" if low in _COUNTRY_NOUNS else "org"
        return ("possessive + " if any(d in _POSS for d in dets) else "description: ") + kind
    if any(d in _POSS for d in dets):
        return "possessive (on another noun)"
    if n.pos_ == "PROPN":
        return "named: other name"
    return ""


def elided(tok) -> str:
    dep, form = tok.dep_, tok.morph.get("VerbForm")
    if any(c.lower_ in ("qui",) and c.dep_.startswith("nsubj") for c in tok.children) or dep == "acl:relcl":
        return "elided: relative"
    if dep == "conj":
        return "elided: coordinated verb"
    if "Inf" in form or "Part" in form or dep in ("xcomp", "acl", "advcl"):
        return "elided: participle/infinitive"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "nothing (noun trigger)"
    return "nothing (other)"


def stand_in(span, role: str, other_toks: set[int]):
    """What the evidence's top words give for the missing argument, and the word that stands for it."""
    tops = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    tops = [t for t in tops if not t.is_punct] or list(span[:1])
    kinds = []
    for top in tops:
        if role == "subject":
            subj = [c for c in subject_of(top) if c.i not in other_toks]
            if subj:
                return noun_kind(subj[0]) or "subject: a noun of no kind", subj[0]
            if top.pos_ in ("VERB", "AUX", "ADJ"):
                kinds.append((elided(top), top))
                continue
            for c in top.children:
                if c.dep_ == "det" and c.lower_ in _POSS:
                    return "possessive (nominal trigger)", c
                if c.dep_ == "nmod" and c.i not in other_toks and (k := noun_kind(c)):
                    return k, c
            kinds.append((elided(top), top))
        else:
            kids = list(top.children)
            for c in kids:
                if c.dep_ in ("obj", "iobj") and c.lower_ in _CLITICS and c.i < top.i:
                    return "clitic object", c
            for c in kids + [g for c in kids if c.dep_ in ("obj", "obl", "obl:arg", "nmod") for g in c.children]:
                if c.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "det") and c.i not in other_toks:
                    k = noun_kind(c) if c.dep_ != "det" else "possessive (on the object noun)" if c.lower_ in _POSS else ""
                    if k and not k.startswith(("named", "other pronoun", "relative")):
                        return k, c
            theme = [c for c in kids if c.dep_ in ("obj", "nsubj:pass") and c.pos_ == "NOUN"]
            if theme:
                dets = [d.lower_ for d in theme[0].children if d.dep_ == "det"]
                d = dets[0] if dets else ""
                sub = "demonstrative" if d in ("ce", "cet", "cette", "ces") else "definite" if d in _DEF \
                    else "indefinite" if d in ("un", "une", "des", "de", "d'") else "other det"
                THEMES[sub][theme[0].lemma_] += 1
                kinds.append(("nothing; theme noun " + sub, None))
            else:
                kinds.append(("nothing (object)" if top.pos_ in ("VERB", "AUX") else "nothing (object; noun trigger)", None))
    return kinds[0] if kinds else ("nothing", None)


def row(aid, r, g, role, missing, kind, word, res, ctx, sent, evs) -> dict:
    """One miss for the --rows listing."""
    from extraction.relations import _verb_subjects
    names = []
    if word is not None and res in ("right", "wrong"):
        tok = ctx.tokens[word.i]
        names = [a.name for a in (_verb_subjects(ctx, tok) if kind.startswith("elided") else ctx._resolve_one(tok, 1.0))]
    same = [(e["subject"]["name"], e["object"]["name"]) for e in evs if e["type"] == "relation" and e["predicate"] == r["predicate"]
            and e["evidence"]["start"] < sent.end_char and e["evidence"]["end"] > sent.start_char]
    return dict(aid=aid, fold=zlib.crc32(aid.encode()) % 5, pred=r["predicate"], subj=r["subject"], obj=r["object"],
                role=role, kind=kind, word=word.text if word is not None else None,
                wl=min(c.idx for c in word.subtree if c.i <= word.i) if word is not None else None,
                wend=word.idx + len(word.text) if word is not None else None, gname=g.entities[missing]["name"],
                res=res, resargs=names, samepred=same, evidence=r.get("evidence", ""), sent=sent.text.strip())


ROWS_PATH = sys.argv[sys.argv.index("--rows") + 1] if "--rows" in sys.argv else None
ROWS = []
C = collections.Counter()
A = collections.defaultdict(collections.Counter)
R = collections.defaultdict(collections.Counter)  # kind -> main's resolution of the stand-in: right/wrong/none
F = collections.defaultdict(collections.Counter)  # kind -> fold -> count
for path in sorted(gold_dir.glob("*.gold.json")):
    aid = path.name[:-10]
    g = S.Gold(path)
    evs = by.get(aid, [])
    found = found_entities(g, evs)
    preds = predicted_triples(g, evs)
    text = text_f = None
    for r in g.relations:
        s, o, p = g.entity_of(r["subject"]), g.entity_of(r["object"]), r["predicate"]
        if s is None or o is None or s not in found or o not in found:
            continue
        if (s, p, o) in preds or (p in S.SYMMETRIC and (o, p, s) in preds):
            continue
        if any(x[0] == s and x[1] == p for x in preds) or any(x[2] == o and x[1] == p for x in preds) \
                or any({x[0], x[2]} == {s, o} for x in preds):
            continue
        ev = S.norm(r.get("evidence", ""))

        def named(i, within):
            return any(S.norm(n) and S.norm(n) in within for n in names_of(g.entities[i]))
        if named(s, ev) and named(o, ev):
            continue
        grp = "struct" if p in ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "REPRESENTS", "REPLACES") else "event"
        if text is None:
            text = story_text(path.with_name(aid + ".txt"))
            text_f = folded(text)
            doc, ctx = parse(text)
        at = find(text_f, r.get("evidence", ""))
        role, missing = ("subject", s) if not named(s, ev) else ("object", o)
        if not named(s, ev) and not named(o, ev):
            kind = "both args unnamed"
        elif at < 0:
            kind = "evidence not found in text"
        else:
            span = doc.char_span(at, at + len(r["evidence"]), alignment_mode="expand")
            if span is None:
                kind = "evidence not found in text"
            else:
                sent = span[0].sent
                sent_f = S.norm(sent.text)
                other = o if role == "subject" else s
                other_toks = set()
                for n in names_of(g.entities[other]):
                    for m in re.finditer(re.escape(n), doc.text):
                        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                        if sp is not None:
                            other_toks |= set(range(sp.start, sp.end))
                if named(missing, sent_f):
                    kind = "named in sentence, outside evidence"
                else:
                    kind, word = stand_in(span, role, other_toks)
                    res = resolved(ctx, g, kind, word, missing)
                    R[kind][res] += 1
                    if ROWS_PATH:
                        ROWS.append(row(aid, r, g, role, missing, kind, word, res, ctx, sent, evs))
                # antecedents
                sstart = sent.start_char
                ent = g.entities[missing]
                lab = ent["label"]
                last = {}
                counts = {}
                for i, e2 in enumerate(g.entities):
                    if e2.get("label") != lab:
                        continue
                    pos_all = positions(text, e2)
                    counts[i] = len(pos_all)
                    pb = [x for x in pos_all if x < sstart]
                    if pb:
                        last[i] = pb[-1]
                flags = []
                if last and max(last, key=last.get) == missing:
                    flags.append("last of label")
                if counts and max(counts, key=counts.get) == missing and counts[missing]:
                    flags.append("main")
                prev = doc[sent.start - 1].sent if sent.start > 0 else None
                if prev is not None:
                    roots = [t for t in prev if t.dep_ == "ROOT"]
                    subj = [c for rt in roots for c in rt.children if c.dep_.startswith("nsubj")]
                    subj_text = " ".join(doc[c.left_edge.i:c.right_edge.i + 1].text for c in subj)
                    if subj and named(missing, S.norm(subj_text)):
                        flags.append("last subject")
                    if named(missing, S.norm(prev.text)):
                        flags.append("prev")
                if any(x[0] == missing for x in preds):
                    flags.append("events: missing is a subject")
                if missing not in last:
                    flags.append("none")
                A[kind][" + ".join(flags) or "earlier, not last"] += 1
                for f in flags or ["earlier, not last"]:
                    A[kind]["#" + f] += 1
        C[(kind, grp)] += 1
        F[kind][zlib.crc32(aid.encode()) % 5] += 1

kinds = sorted({k for k, _ in C}, key=lambda k: -(C[(k, "event")] + C[(k, "struct")]))
print(f"{'kind':42} event struct  by fold")
for k in kinds:
    print(f"{k:42} {C[(k, 'event')]:5} {C[(k, 'struct')]:6}  {[F[k][i] for i in range(5)]}")
print(f"{'total':42} {sum(v for (k, gr), v in C.items() if gr == 'event'):5} "
      f"{sum(v for (k, gr), v in C.items() if gr == 'struct'):6}")
print("\nmain's resolution of the stand-in word (right / wrong / none)")
for k in kinds:
    if R[k] and not k.startswith("nothing"):
        print(f"{k:42} " + ", ".join(f"{f} {v}" for f, v in R[k].most_common()))
print("\nantecedent the gold points to (per kind; # rows count each flag)")
for k in kinds:
    if A[k]:
        flags = {f: v for f, v in A[k].items() if f.startswith("#")}
        print(f"{k:42} " + ", ".join(f"{f[1:]} {v}" for f, v in sorted(flags.items(), key=lambda x: -x[1])))
if "--nouns" in sys.argv:
    for k, v in THEMES.items():
        print("theme", k, v.most_common(30))
    for k in kinds:
        if NOUNS[k]:
            print(k, NOUNS[k].most_common(40))
if ROWS_PATH:
    import json
    Path(ROWS_PATH).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ROWS), encoding="utf-8")
