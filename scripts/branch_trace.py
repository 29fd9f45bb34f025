"""Each relation of a run tied to the rule branch that made it (session 31; an offline aid, never run by the service).

    PYTHONPATH=CHECKOUT .venv/bin/python scripts/branch_trace.py STORY_DIR OUT [LIMIT]

Runs the extraction of CHECKOUT on STORY_DIR/*.txt as `wirestream extract` does, with `_Collector.add` and `_Arg`
wrapped: each relation kept carries the call chain (function, line) inside relations.py when it was stored, and the
chain that built each of its arguments (which subject or object finder). Writes OUT.jsonl (one line per relation,
the same relations as the run's events) and OUT.spacy / OUT.names (the parsed Docs), which
`scripts/wrong_causes.py` reads."""
import json
import sys
from pathlib import Path

from spacy.tokens import DocBin

from extraction import nlp as nlp_loader, relations as R
from extraction.article import from_file
from extraction.entities import extract_entities
from extraction.quotes import extract_quotes

RFILE = R.__file__


def chain(frame):
    out = []
    while frame is not None:
        co = frame.f_code
        if co.co_filename == RFILE:
            out.append((co.co_name, frame.f_lineno))
            if co.co_name == "extract_relations":
                break
        frame = frame.f_back
    return out


class TArg(R._Arg):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.origin = chain(sys._getframe(1))


R._Arg = TArg
TRACE = {}
_add = R._Collector.add


def add(self, subj, predicate, obj, trigger, conf, role=None):
    before = {k: id(v) for k, v in self.best.items()}
    _add(self, subj, predicate, obj, trigger, conf, role)
    for k, v in self.best.items():
        if before.get(k) != id(v):
            TRACE[id(v)] = (v, chain(sys._getframe(1)), getattr(subj, "origin", None), getattr(obj, "origin", None))


R._Collector.add = add


def main():
    gold_dir, out = Path(sys.argv[1]), sys.argv[2]
    paths = sorted(gold_dir.glob("*.txt"))
    if len(sys.argv) > 3:
        paths = paths[:int(sys.argv[3])]
    nlp = nlp_loader.load()
    arts = [from_file(p) for p in paths]
    db = DocBin(store_user_data=False)
    names = []
    with open(out + ".jsonl", "w") as fh:
        for doc, art in nlp.pipe(((a.text, a) for a in arts), as_tuples=True, batch_size=16):
            TRACE.clear()
            ents = extract_entities(doc)
            quotes = extract_quotes(doc, ents)
            rels = R.extract_relations(doc, ents, quotes)
            for r in rels:
                _, add_chain, so, oo = TRACE.get(id(r), (None, None, None, None))
                fh.write(json.dumps({
                    "story": art.id, "subject": r.subject.name, "s_label": r.subject.label,
                    "s_span": [r.subject.mention.start, r.subject.mention.end] if r.subject.mention else None,
                    "predicate": r.predicate, "object": r.object.name, "o_label": r.object.label,
                    "o_span": [r.object.mention.start, r.object.mention.end] if r.object.mention else None,
                    "trigger": [r.trigger.text, r.trigger.start, r.trigger.end],
                    "evidence": [r.evidence.text, r.evidence.start, r.evidence.end],
                    "role": r.role, "conf": r.confidence, "add": add_chain, "s_origin": so, "o_origin": oo},
                    ensure_ascii=False) + "\n")
            db.add(doc)
            names.append(art.id)
    Path(out + ".spacy").write_bytes(db.to_bytes())
    Path(out + ".names").write_text("\n".join(names) + "\n")


if __name__ == "__main__":
    main()
