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


def corpus_paths() -> list[Path]:
    """Our French test stories and the shared dev story."""
    return sorted((REPO / "tests" / "articles").glob("*.txt")) + sorted((REPO.parent / "shared" / "eval" / "dev").glob("*.txt"))


def story_text(path: Path) -> str:
    """The text that is parsed: the body, without the `date YYYY-MM headline` line."""
    from extraction.article import from_file  # (here: the count-only scripts run on the standard library)

    return from_file(Path(path)).text
