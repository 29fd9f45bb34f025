"""How far two annotators agree: score a second annotator's golds as if they were events.
    python scripts/gold_agreement.py GOLD_DIR OTHER_DIR [--json]
GOLD_DIR holds NAME.txt + NAME.gold.json (the reference); OTHER_DIR holds NAME.gold.json written afresh for some
of those stories by someone who never saw the reference. Each OTHER gold becomes the events the scorer reads (an
entity with its aliases as mentions, each quote with its speaker, each relation), and ../shared/eval/score.py
scores them on the reference golds of the same stories: the figures are the agreement of two careful annotators,
a ceiling for what extraction can reach under one of them. Optional entities of OTHER are left out."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def as_events(name: str, gold: dict) -> list[dict]:
    """The events that would give exactly this gold file."""
    events = [{"type": "entity", "article_id": name, "name": e["name"], "label": e["label"],
               "mentions": [{"text": t} for t in [e["name"], *e.get("aliases", [])]]}
              for e in gold["entities"] if not e.get("optional")]
    events += [{"type": "quote", "article_id": name, "text": q["text"], "speaker": {"name": q["speaker"]}}
               for q in gold.get("quotes", [])]
    events += [{"type": "relation", "article_id": name, "subject": {"name": r["subject"]}, "predicate": r["predicate"],
                "object": {"name": r["object"]}} for r in gold.get("relations", [])]
    return events


def main() -> None:
    gold_dir, other_dir = Path(sys.argv[1]), Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        ref, events = Path(tmp) / "ref", Path(tmp) / "events.jsonl"
        ref.mkdir()
        with events.open("w", encoding="utf-8") as out:
            for other in sorted(other_dir.glob("*.gold.json")):
                name = other.name[: -len(".gold.json")]
                for suffix in (".txt", ".gold.json"):
                    (ref / (name + suffix)).symlink_to((gold_dir / (name + suffix)).resolve())
                for e in as_events(name, json.loads(other.read_text(encoding="utf-8"))):
                    out.write(json.dumps(e, ensure_ascii=False) + "\n")
        scorer = ROOT.parent / "shared" / "eval" / "score.py"
        subprocess.run([sys.executable, str(scorer), str(ref), str(events), *sys.argv[3:]], check=True)


if __name__ == "__main__":
    main()
