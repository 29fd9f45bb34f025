"""Planned meetings by form (counts only; the texts' surface and the golds, no parse):
python3 planned_forms.py GOLD_DIR [SUBSET_DIR] [--rows]
A sentence with a meeting verb announced with `devoir`/`aller` (`doit recevoir`, `doivent se rencontrer`), in the
future (`recevra`, `rencontrera`), or as the purpose of a planned trip (`doit se rendre à X pour rencontrer Y`),
and naming at least two gold entities: whether the gold gives a CONSULT with that sentence as its evidence (CON),
another relation only (other), or none. SUBSET_DIR (e.g. the recent-fresh stories) is counted apart.
The regexes over-match (`devra recevoir le feu vert`, `accueillera la COP30`): read the rows (--rows) before
trusting a count. Session 23 (docs/extraction.md, decision 25)."""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

VERBS = {
    "recevoir": r"recevr(?:a|ont)|recevoir",
    "rencontrer": r"rencontrer(?:a|ont)?",
    "s'entretenir": r"entretenir|entretiendr(?:a|ont)",
    "accueillir": r"accueillir|accueiller(?:a|ont)",
    "(se) réunir": r"réunir(?:a|ont)?",
    "discuter": r"discuter(?:a|ont)?",
}
_ANNOUNCED = (r"(?:doi(?:t|vent)|devr(?:a|ait|aient|ont)|devait|devaient|va|vont|allait)\s+(?:(?:notamment|également|"
              r"aussi|ensuite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochainement|bientôt|se|s'|s’|y)\s+)*$")
_TRIP = r"\b(?:doi(?:t|vent)|devr\w*|se rendr(?:a|ont)|attendu)\b"


def forms(sent):
    """(verb, mode) of each announced meeting verb in the sentence."""
    out = []
    for verb, rx in VERBS.items():
        for m in re.finditer(r"\b(" + rx + r")\b", sent, re.I):
            word, before = m.group(1).lower(), sent[max(0, m.start() - 60):m.start()]
            if re.search(r"(?:a|ont)$", word):
                out.append((verb, "future"))
            elif re.search(_ANNOUNCED, before, re.I):
                out.append((verb, "devoir/aller"))
            elif re.search(r"\bpour\s+(?:y\s+)?$", before, re.I) and re.search(_TRIP, sent[:m.start()], re.I):
                out.append((verb, "purpose of a planned trip"))
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    gold_dir = Path(args[0])
    subset = {p.name[:-4] for p in Path(args[1]).glob("*.txt")} if len(args) > 1 else set()
    table = defaultdict(Counter)
    for txt in sorted(gold_dir.glob("*.txt")):
        name = txt.name[:-4]
        gold = json.loads((gold_dir / (name + ".gold.json")).read_text(encoding="utf-8"))
        names = [(e["name"], n) for e in gold["entities"] for n in [e["name"]] + e.get("aliases", []) if len(n) > 2]
        part = "subset" if name in subset else "rest"
        for sent in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", txt.read_text(encoding="utf-8")):
            found = forms(sent)
            named = {e for e, n in names if re.search(r"\b" + re.escape(n) + r"\b", sent)}
            if not found or len(named) < 2:
                continue
            rels = [r for r in gold["relations"] if r.get("evidence") and (r["evidence"][:60] in sent or sent[:60] in r["evidence"])]
            kind = "CON" if any(r["predicate"] == "CONSULT" for r in rels) else "other" if rels else "none"
            for verb, mode in set(found):
                table[verb, mode][part, kind] += 1
                if "--rows" in argv:
                    print(part, kind, verb, mode, name, "|", sent[:160])
    print("%-14s %-26s %s" % ("verb", "form", "rest CON/other/none   subset CON/other/none"))
    for (verb, mode), c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print("%-14s %-26s %4d %4d %4d %12d %4d %4d" % (verb, mode, *(c[p, k] for p in ("rest", "subset")
                                                                          for k in ("CON", "other", "none"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
