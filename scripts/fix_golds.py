"""Make held-out golds fit tests/test_corpus.py before they join tests/articles (decision 21):
set article/lang/published, recase aliases as the text writes them, drop aliases the text never
writes, drop entities the text never names (and relations naming them), report what is left to fix.
python3 scripts/fix_golds.py DIR   (edits DIR/*.gold.json in place; run on a copy)"""
import json, re, sys
from pathlib import Path

MARKS = str.maketrans({c: '"' for c in "«»“”„\""} | {"’": "'", "\u00a0": " ", "\u202f": " "})
def norm(t): return re.sub(r"\s+", " ", t.translate(MARKS)).strip()

import unicodedata
def fold(s): return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
ADJ = {}
for line in (Path(__file__).resolve().parents[1] / "extraction" / "lexicons" / "nationalities.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#") and "\t" in line:
        c, forms = line.split("\t", 1); ADJ[fold(c)] = forms.split(",")

for gp in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    tp = gp.with_name(gp.name.replace(".gold.json", ".txt"))
    raw = tp.read_text(encoding="utf-8")
    first = raw.split("\n", 1)[0]
    m = re.match(r"date (\d{4}-\d{2})", first)
    text = norm(raw); low = text.lower()
    g = json.loads(gp.read_text(encoding="utf-8"))
    g = {"article": tp.name, "lang": "fr", "published": m.group(1) if m else g.get("published"), **{k: v for k, v in g.items() if k not in ("article", "lang", "published")}}
    keep, dropped, owner = [], set(), {}
    for e in g["entities"]:
        al = []
        for a in e.get("aliases", []):
            if norm(a) in text: al.append(a)
            elif norm(a).lower() in low:
                i = low.index(norm(a).lower()); al.append(text[i:i + len(norm(a))])
        al = [a for a in dict.fromkeys(al) if a != e["name"] and owner.setdefault(a.lower(), e["name"]) == e["name"]]
        e["aliases"] = al
        if norm(e["name"]) not in text and not al:
            # a country the story names only by its adjective ("le président sénégalais"): that adjective is its alias
            for form in ADJ.get(fold(e["name"]), []):
                m2 = re.search(r"\b" + re.escape(form) + r"\b", text, re.I)
                if m2 and owner.setdefault(m2.group(0).lower(), e["name"]) == e["name"]:
                    al = [m2.group(0)]; e["aliases"] = al; print(gp.name, "ADJ alias", e["name"], al[0]); break
        if norm(e["name"]) not in text and not al:
            dropped.add(e["name"]); print(gp.name, "DROP entity", e["name"]); continue
        owner.setdefault(e["name"].lower(), e["name"])
        keep.append({k: e[k] for k in ("name", "label", "aliases", "optional") if k in e})
    g["entities"] = keep
    names = {e["name"] for e in keep}
    rels = [r for r in g["relations"] if r["subject"] in names and r["object"] in names and r["subject"] != r["object"]]
    for r in g["relations"]:
        if r not in rels: print(gp.name, "DROP relation", r["subject"], r["predicate"], r["object"])
    g["relations"] = rels
    for q in g["quotes"]:
        if q["speaker"] not in names and norm(q["speaker"]).lower() not in low:
            print(gp.name, "SPEAKER not an entity nor in text:", q["speaker"])
        if norm(q["text"]) not in text: print(gp.name, "QUOTE not in text:", q["text"][:60])
    for r in rels:
        if norm(r["evidence"]) not in text: print(gp.name, "EVIDENCE not in text:", r["evidence"][:60])
    gp.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
