"""A gold directory's annotations written as wirestream events, so one annotator can be scored against another.

    python3 scripts/gold_as_events.py DIR > events.jsonl
    python3 ../shared/eval/score.py OTHER_GOLD_DIR events.jsonl --json

Each entity (optional ones too) becomes an entity event whose mentions are its name and aliases; each quote a
quote event with its speaker (an entity name or the unnamed phrase); each relation a relation event. Session 27
used it to measure how far two annotators of the same stories agree (docs/extraction.md, "annotators' ceiling").
"""
import json
import sys
from pathlib import Path


def events(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.name[: -len(".gold.json")]
    for e in gold["entities"]:
        yield {"type": "entity", "article_id": article, "name": e["name"], "label": e["label"],
               "mentions": [{"text": t} for t in [e["name"], *e.get("aliases", [])]]}
    for q in gold["quotes"]:
        yield {"type": "quote", "article_id": article, "text": q["text"], "kind": q.get("kind"),
               "speaker": {"name": q["speaker"]} if q.get("speaker") else None}
    for r in gold["relations"]:
        yield {"type": "relation", "article_id": article, "subject": {"name": r["subject"]},
               "predicate": r["predicate"], "object": {"name": r["object"]}}


def main(argv: list[str]) -> int:
    for path in sorted(Path(argv[1]).glob("*.gold.json")):
        for event in events(path):
            print(json.dumps(event, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
