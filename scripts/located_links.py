"""LOCATED_IN by the words linking two gold entities in the text (counts only; gold names, no parse):
python3 located_links.py GOLD_DIR EVENTS.jsonl
For each pair (an organisation or place X, a place Y) written as `X <link> Y` (`X, à Y`, `X à Y`, `X (Y)`,
`X, basé à Y`, `X, dans le nord de Y`, `X, en Y`, `X, ville de Y`): whether the gold holds X LOCATED_IN Y (yes),
the inverse (inv) or neither (no), and whether the run found it. Session 22 (docs/extraction.md).
--places (session 24): pairs of two places only, by the constructions that put a place inside another (`X, dans
la région ADJ de Y`, `X, dans le nord de Y`, `X, sur l'île de Y`, `X, en Y`, `X, ville ... de Y`); without a LINK
it lists the unfound examples of every construction."""
import json, re, sys, zlib, collections
from pathlib import Path
from evalkit import events_by_article, score as S
PLACES = "--places" in sys.argv
if PLACES:
    sys.argv.remove("--places")
D = Path(sys.argv[1])
by = events_by_article(Path(sys.argv[2]))
CONN = {
 "X, à Y": r"\s*,\s*à\s+",
 "X à Y": r"\s+à\s+",
 "X, basé/installé/situé.. à Y": r"\s*,?\s*(?:qui est\s+)?(?:bas|install|situ|établi|implant|héberg|fond|cré|né)\w*\s+(?:\w+\s+){0,3}?à\s+",
 "X, dans/près de .. Y": r"\s*,\s*(?:dans|près|non loin|au nord|au sud|à l'est|à l'ouest|au cœur|au centre)[^,.;()]{0,40}?\b(?:de |d'|du |des |le |la |l')?",
 "X, en/au Y": r"\s*,\s*(?:en|au|aux)\s+",
 "X (Y)": r"\s*\(\s*",
 "X, noun de Y": r"\s*,\s*(?:l'|la |le |les |une? )?[^,.;()]{0,40}?\b(?:ville|capitale|port|chef-lieu|localité|village|commune|région|province|quartier|banlieue|île|cité|district|département|État)\b[^,.;()]{0,30}?\b(?:de |d'|du |des )(?:la |l')?",
}
ADJ = r"(?:[a-zéèêàôîç-]+\s+){0,2}?"
PLACE_CONN = {
 "dans la région/province.. de": r"\s*,\s*dans\s+(?:la |le |l'|l’)(?:région|province|canton|État|Etat|département|district|comté|archipel|oblast|gouvernorat|wilaya|territoire|préfecture|vallée|péninsule|presqu'île|massif|bassin)\s+" + ADJ + r"(?:de |d'|d’|du |des )(?:la |l'|l’)?",
 "dans le nord.. de": r"\s*,\s*(?:situé\w*\s+)?dans\s+(?:le |l'|l’)(?:nord|sud|est|ouest|centre|cœur)(?:-(?:est|ouest))?\s+(?:de |d'|d’|du |des )(?:la |l'|l’)?",
 "sur l'île de": r"\s*,\s*sur\s+(?:l'|l’)(?:île|archipel)\s+(?:de |d'|d’|du |des )(?:la |l')?",
 "X, en Y": r"\s*,\s*(?:en|au|aux)\s+",
 "ville de (apposed)": r"\s*,\s*(?:la |l'|une |un |le )?" + ADJ + r"(?:ville|localité|village|port|commune|cité|chef-lieu|bourg)\s+" + ADJ + r"(?:de |d'|du |des )(?:la |l')?",
 "îlot/noun du": r"\s*,\s*(?:un |une |le |la |l')?(?:île|îlot|archipel|récif|lac|quartier|district|région|province)\s+" + ADJ + r"(?:de |d'|du |des )(?:la |l')?",
}
if PLACES:
    CONN = PLACE_CONN
c = collections.Counter(); ex = collections.defaultdict(list)
for gp in sorted(D.glob("*.gold.json")):
    st = gp.name[:-10]; g = json.loads(gp.read_text()); G = S.Gold(gp)
    text = (D / f"{st}.txt").read_text()
    rel = {(r["subject"], r["object"]) for r in g["relations"] if r["predicate"] == "LOCATED_IN"}
    ev = by.get(st, [])
    found = {(G.entity_of(S.name_of(e["subject"])), G.entity_of(S.name_of(e["object"]))) for e in ev if e["type"] == "relation" and e["predicate"] == "LOCATED_IN"}
    ents = [(e["name"], e["label"], sorted({e["name"], *e.get("aliases", [])}, key=len, reverse=True)) for e in g["entities"]]
    locs = [(n, al) for n, l, al in ents if l in ("LOC", "GPE")]
    for xn, xl, xal in ents:
        if xl not in (("LOC", "GPE") if PLACES else ("ORG", "LOC", "GPE")): continue
        xr = "|".join(re.escape(a) for a in xal)
        for yn, yal in locs:
            if yn == xn: continue
            yr = "|".join(re.escape(a) for a in yal)
            for cname, cr in CONN.items():
                m = re.search(r"(?<![\w'])(?:%s)%s(?:%s)(?![\w])" % (xr, cr, yr), text)
                if not m: continue
                gold = (xn, yn) in rel
                inv = (yn, xn) in rel
                f = (G.entity_of(xn), G.entity_of(yn)) in found
                key = (cname, "yes" if gold else "inv" if inv else "no", "found" if f else "-")
                c[key] += 1
                ex[key].append(f"{st[:24]} f{zlib.crc32(st.encode())%5} {xl} {m.group(0)[:90]!r}")
                break
for k in sorted(c): print(f"{c[k]:4d}", k)
if PLACES and len(sys.argv) <= 3:  # the unfound examples of every construction
    for k in ex:
        if k[2] == "-" and k[1] != "inv":
            print(k); [print("   ", e) for e in ex[k]]
elif len(sys.argv) > 3:  # the examples of one link: ... LINK [yes|no|inv]
    for k in ex:
        if k[0] == sys.argv[3] and (len(sys.argv) < 5 or k[1] == sys.argv[4]):
            print(k); [print("   ", e) for e in ex[k]]
