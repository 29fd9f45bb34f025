"""What the scripts in this folder share: the scorer beside the gold sets, the events of a run grouped
by article, and the corpus stories read the way `wirestream extract` reads them."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "eval"))
import score  # noqa: E402,F401  (standard library only; re-exported for the scripts)


def events_by_article(path: Path) -> dict[str, list[dict]]:
    """The events of a JSON-lines file, grouped by article id."""
    by_article = defaultdict(list)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            event = json.loads(line)
            by_article[str(event.get("article_id"))].append(event)
    return by_article


def gold_index(gold, event: dict) -> int | None:
    """The gold entity a predicted entity event stands for: by its name, else by its first mention that names one."""
    idx = gold.entity_of(event.get("name"))
    if idx is None:
        idx = next((gold.entity_of(m.get("text")) for m in event.get("mentions", []) if gold.entity_of(m.get("text")) is not None), None)
    return idx


def found_entities(gold, events: list[dict]) -> set[int]:
    """The gold entities some predicted entity event stands for."""
    return {i for e in events if e["type"] == "entity" and (i := gold_index(gold, e)) is not None}


def predicted_triples(gold, events: list[dict]) -> set[tuple[int, str, int]]:
    """(subject, predicate, object) of the predicted relations whose two arguments are gold entities."""
    out = set()
    for e in events:
        if e["type"] == "relation":
            s, o = gold.entity_of(score.name_of(e["subject"])), gold.entity_of(score.name_of(e["object"]))
            if s is not None and o is not None:
                out.add((s, e["predicate"], o))
    return out


MISS_BOTH_NAMED = "nothing; both named in evidence"


def miss_kind(gold, rel: dict, found: set[int], preds: set[tuple[int, str, int]]) -> str | None:
    """Why a gold relation is missed (miss_kinds.py's classes), or None when it is predicted or unresolvable."""
    s, o, p = gold.entity_of(rel["subject"]), gold.entity_of(rel["object"]), rel["predicate"]
    if s is None or o is None or (s, p, o) in preds or (p in score.SYMMETRIC and (o, p, s) in preds):
        return None
    if s not in found or o not in found:
        return "arg entity not found"
    if any(x[0] == s and x[1] == p for x in preds) or any(x[2] == o and x[1] == p for x in preds):
        return "same pred, other arg"
    if any({x[0], x[2]} == {s, o} for x in preds):
        return "same args, other pred"
    evidence = score.norm(rel.get("evidence", ""))

    def named(i: int) -> bool:
        ent = gold.entities[i]
        return any(score.norm(n) and score.norm(n) in evidence for n in [ent["name"], *ent.get("aliases", [])])

    return MISS_BOTH_NAMED if named(s) and named(o) else "nothing; an arg not named in evidence"


def corpus_paths() -> list[Path]:
    """Our French test stories and the shared dev story."""
    return sorted((REPO / "tests" / "articles").glob("*.txt")) + sorted((REPO.parent / "shared" / "eval" / "dev").glob("*.txt"))


def story_text(path: Path) -> str:
    """The text that is parsed: the body, without the `date YYYY-MM headline` line."""
    from extraction.article import from_file  # (here: the count-only scripts run on the standard library)

    return from_file(Path(path)).text
