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


def corpus_paths() -> list[Path]:
    """Our French test stories and the shared dev story."""
    return sorted((REPO / "tests" / "articles").glob("*.txt")) + sorted((REPO.parent / "shared" / "eval" / "dev").glob("*.txt"))


def story_text(path: Path) -> str:
    """The text that is parsed: the body, without the `date YYYY-MM headline` line."""
    from extraction.article import from_file  # (here: the count-only scripts run on the standard library)

    return from_file(Path(path)).text
