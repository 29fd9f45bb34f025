"""Gold quotes missed outright, by heuristic cause (session 25; counts only, safe on unseen sets).

    qmiss_causes.py GOLD_DIR EVENTS [STUDY_DIR]

A gold quote is missed outright when no predicted quote shares a quarter of its words (quote_kinds.py's
"not found"). Each is put in the first cause it fits, by the gold's cue and kind: `selon X` (and `pour`,
`d'après`); an appeal, accusation or request without quoted words; a cue lemma not in reporting_verbs.txt;
a mixed quote (quoted fragments in an object or clause); a direct quote; an indirect `que` clause; any other
indirect shape. Prints quotes and stories per cause, STUDY_DIR's quotes apart."""
import collections
import re
import sys
from pathlib import Path

from evalkit import events_by_article, score as S

LEXICON = Path(__file__).parent.parent / "extraction/lexicons/reporting_verbs.txt"
SELON = {"selon", "d'après", "pour", "aux yeux de", "à en croire"}
APPEALS = {"accuser", "reprocher", "appeler", "exhorter", "demander", "inviter", "réclamer", "exiger", "menacer"}


def lexicon() -> set[str]:
    words = set()
    for line in LEXICON.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            words.add(line.lstrip("@").removesuffix(" à").removeprefix("s'").removeprefix("se "))
    return words


def cause(q: dict, before: str, lex: set[str]) -> str:
    cue, kind = (q.get("cue") or "").lower(), q.get("kind")
    if cue in SELON:
        return f"selon X ({kind})"
    if cue in APPEALS and kind == "indirect":
        return "appeal/accusation/request, no quoted words"
    if cue.removeprefix("s'").removeprefix("se ") not in lex:
        return "cue not in lexicon"
    if kind == "mixed":
        return "quoted fragment in object or clause (mixed)"
    if kind == "direct":
        return "direct quote otherwise"
    return "indirect que clause" if re.search(r"\bqu[e'’]", before) else "indirect, other shape"


def main():
    gold_dir, by = Path(sys.argv[1]), events_by_article(Path(sys.argv[2]))
    study = {p.name[:-10] for p in Path(sys.argv[3]).glob("*.gold.json")} if len(sys.argv) > 3 else set()
    lex, count, stories, in_study = lexicon(), collections.Counter(), collections.defaultdict(set), collections.Counter()
    for path in sorted(gold_dir.glob("*.gold.json")):
        name = path.name[:-10]
        gold, text = S.Gold(path), (gold_dir / f"{name}.txt").read_text()
        pq = [e for e in by.get(name, []) if e["type"] == "quote"]
        for q in gold.quotes:
            if max((S.overlap(p.get("text", ""), q["text"]) for p in pq), default=0) >= 0.25:
                continue
            at = text.find(q["text"][:30])
            c = cause(q, text[max(0, at - 60):at] if at >= 0 else "", lex)
            count[c] += 1
            stories[c].add(name)
            in_study[c] += name in study
    print("cause | quotes | stories | study")
    for c, n in count.most_common():
        print(f"{c} | {n} | {len(stories[c])} | {in_study[c]}")


if __name__ == "__main__":
    main()
