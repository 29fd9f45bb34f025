"""LOCATED_IN between two gold places by the construction linking them in the text (counts only; gold names, no
parse): python3 place_pairs.py GOLD_DIR EVENTS.jsonl. For each pair of gold places X, Y written as `X, dans la
région ADJ de Y`, `X, dans le nord de Y`, `X, sur l'île de Y`, `X, en Y`, `X, ville ... de Y`: whether the gold holds
X LOCATED_IN Y (yes), the inverse (inv) or neither (no), and whether the run found it; then the unfound examples with
their fold (zlib.crc32(story) % 5). Session 24 (docs/extraction.md)."""
import json, re, sys, zlib, collections
from pathlib import Path
from evalkit import events_by_article, score as S
D = Path(sys.argv[1]); by = events_by_article(Path(sys.argv[2]))
ADJ = r"(?:[a-zéèêàôîç-]+\s+){0,2}?"
CONN = {
 "dans la région/province.. de": r"\s*,\s*dans\s+(?:la |le |l'|l’)(?:région|province|canton|État|Etat|département|district|comté|archipel|oblast|gouvernorat|wilaya|territoire|préfecture|vallée|péninsule|presqu'île|massif|bassin)\s+" + ADJ + r"(?:de |d'|d’|du |des )(?:la |l'|l’)?",
 "dans le nord.. de": r"\s*,\s*(?:situé\w*\s+)?dans\s+(?:le |l'|l’)(?:nord|sud|est|ouest|centre|cœur)(?:-(?:est|ouest))?\s+(?:de |d'|d’|du |des )(?:la |l'|l’)?",
 "sur l'île de": r"\s*,\s*sur\s+(?:l'|l’)(?:île|archipel)\s+(?:de |d'|d’|du |des )(?:la |l')?",
 "X, en Y": r"\s*,\s*(?:en|au|aux)\s+",
 "ville de (apposed)": r"\s*,\s*(?:la |l'|une |un |le )?" + ADJ + r"(?:ville|localité|village|port|commune|cité|chef-lieu|bourg)\s+" + ADJ + r"(?:de |d'|du |des )(?:la |l')?",
 "îlot/noun du": r"\s*,\s*(?:un |une |le |la |l')?(?:île|îlot|archipel|récif|lac|quartier|district|région|province)\s+" + ADJ + r"(?:de |d'|du |des )(?:la |l')?",
}
c = collections.Counter(); ex = collections.defaultdict(list)
for gp in sorted(D.glob("*.gold.json")):
    st = gp.name[:-10]; g = json.loads(gp.read_text()); G = S.Gold(gp)
    text = (D / f"{st}.txt").read_text()
    rel = {(r["subject"], r["object"]) for r in g["relations"] if r["predicate"] == "LOCATED_IN"}
    ev = by.get(st, [])
    found = {(G.entity_of(S.name_of(e["subject"])), G.entity_of(S.name_of(e["object"]))) for e in ev if e["type"] == "relation" and e["predicate"] == "LOCATED_IN"}
    locs = [(e["name"], sorted({e["name"], *e.get("aliases", [])}, key=len, reverse=True)) for e in g["entities"] if e["label"] in ("LOC","GPE")]
    for xn, xal in locs:
        xr = "|".join(re.escape(a) for a in xal)
        for yn, yal in locs:
            if yn == xn: continue
            yr = "|".join(re.escape(a) for a in yal)
            for cname, cr in CONN.items():
                m = re.search(r"(?<![\w'])(?:%s)%s(?:%s)(?![\w])" % (xr, cr, yr), text)
                if not m: continue
                gold = (xn, yn) in rel; inv = (yn, xn) in rel
                f = (G.entity_of(xn), G.entity_of(yn)) in found
                key = (cname, "yes" if gold else "inv" if inv else "no", "found" if f else "-")
                c[key] += 1
                ex[key].append(f"{st[:34]} f{zlib.crc32(st.encode())%5} {m.group(0)[:100]!r}")
                break
for k in sorted(c): print(f"{c[k]:4d}", k)
for k in ex:
    if k[2] == "-" and k[1] != "inv":
        print(k); [print("   ", e) for e in ex[k]]
