"""The relation facts every annotator of tests/agreement states, and which of them a run of the service misses.

    python3 scripts/agreed_misses.py EVENTS.jsonl [--rows]

A fact of the original writer's gold counts as agreed when annotators a1 and a2 both state the same (subject,
predicate, object), their names mapped to the writer's entities through any name or alias (symmetric predicates
either way). Prints the counts, the missed facts by predicate and by miss kind (evalkit.miss_kind), and with --rows
one line per missed fact: story | predicate | subject -> object | kind | evidence. Session 28 grouped these misses
by what the sentence does (docs/extraction.md, "the agreed misses")."""
import collections
import sys
from pathlib import Path

from evalkit import REPO, events_by_article, found_entities, miss_kind, predicted_triples, score

AGREEMENT, ARTICLES = REPO / "tests" / "agreement", REPO / "tests" / "articles"


def writer_triples(writer, other) -> set[tuple[int, str, int]]:
    """Another annotator's relations as triples of the writer's entity indices."""
    def index(name):
        j = other.entity_of(name)
        if j is None:
            return None
        ent = other.entities[j]
        return next((k for t in [ent["name"], *ent.get("aliases", [])] if (k := writer.entity_of(t)) is not None), None)

    out = set()
    for r in other.relations:
        s, o = index(r["subject"]), index(r["object"])
        if s is not None and o is not None:
            out.add((s, r["predicate"], o))
            if r["predicate"] in score.SYMMETRIC:
                out.add((o, r["predicate"], s))
    return out


def main(argv: list[str]) -> int:
    events = events_by_article(Path(argv[1]))
    total = agreed = 0
    missed = []
    for path in sorted((AGREEMENT / "a1").glob("*.gold.json")):
        name = path.name[: -len(".gold.json")]
        writer = score.Gold(ARTICLES / path.name)
        others = [writer_triples(writer, score.Gold(AGREEMENT / a / path.name)) for a in ("a1", "a2")]
        preds = predicted_triples(writer, events.get(name, []))
        found = found_entities(writer, events.get(name, []))
        seen = set()
        for r in writer.relations:
            triple = (writer.entity_of(r["subject"]), r["predicate"], writer.entity_of(r["object"]))
            if triple in seen:
                continue
            seen.add(triple)
            total += 1
            if all(triple in t for t in others):
                agreed += 1
                s, p, o = triple
                if (s, p, o) not in preds and not (p in score.SYMMETRIC and (o, p, s) in preds):
                    missed.append((name, p, r["subject"], r["object"], miss_kind(writer, r, found, preds), r.get("evidence", "")))
    print(f"writer facts {total}, agreed by all three {agreed}, missed by the service {len(missed)}")
    print("by predicate:", collections.Counter(m[1] for m in missed).most_common())
    print("by kind:", collections.Counter(m[4] for m in missed).most_common())
    if "--rows" in argv:
        for m in missed:
            print(f"{m[0]} | {m[1]} | {m[2]} -> {m[3]} | {m[4]} | {m[5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
