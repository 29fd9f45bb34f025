"""usage: gold_events.py DIR > events.jsonl : a gold annotation turned into the events the scorer reads,
so one annotator's gold can be scored against another's (inter-annotator agreement)."""
import json, sys, pathlib
for gp in sorted(pathlib.Path(sys.argv[1]).glob("*.gold.json")):
    aid = gp.name[:-len(".gold.json")]; g = json.loads(gp.read_text(encoding="utf-8"))
    out = lambda e: print(json.dumps({"article_id": aid, **e}, ensure_ascii=False))
    for e in g.get("entities", []):
        if e.get("optional"): continue
        out({"type": "entity", "name": e["name"], "label": e["label"],
             "mentions": [{"text": t} for t in [e["name"], *e.get("aliases", [])]]})
    for q in g.get("quotes", []):
        out({"type": "quote", "text": q["text"], "kind": q.get("kind"), "speaker": {"name": q.get("speaker")}})
    for r in g.get("relations", []):
        out({"type": "relation", "subject": {"name": r["subject"]}, "predicate": r["predicate"], "object": {"name": r["object"]}})
