import json, sys, zlib
from collections import defaultdict, Counter
from pathlib import Path
sys.path.insert(0, "/work/shared/eval"); sys.path.insert(0, "/work/main/scripts")
import score
from evalkit import events_by_article
from extraction.article import from_file
DEV = Path("/tmp/s23/dev")
F120 = {p.stem for p in Path("/tmp/s23/f120").glob("*.txt")}
base = events_by_article(Path(sys.argv[1])); probe_ev = events_by_article(Path(sys.argv[2])); probe_file = sys.argv[3]
pref = {}
for p in sorted(DEV.glob("*.txt")):
    pref.setdefault(from_file(p).text[:200], p.stem)
recs = defaultdict(dict)
for line in open(probe_file, encoding="utf-8"):
    r = json.loads(line); art = pref.get(r["text"])
    recs[art][(r["s"], r["p"], r["o"])] = r
rows = []
for p in sorted(DEV.glob("*.txt")):
    a = p.stem; gold = score.Gold(p.with_suffix(".gold.json"))
    def key(s, pr, o):
        si, oi = gold.entity_of(s), gold.entity_of(o)
        if si is None or oi is None: return None
        if pr in score.SYMMETRIC and oi < si: si, oi = oi, si
        return (si, pr, oi)
    gk = {key(r["subject"], r["predicate"], r["object"]) for r in gold.relations} - {None}
    def keys(evs):
        out = {}
        for e in evs:
            if e["type"] != "relation": continue
            n = (score.name_of(e["subject"]), e["predicate"], score.name_of(e["object"]))
            k = key(*n); out[k if k is not None else n] = n
        return out
    bk, pk = keys(base.get(a, [])), keys(probe_ev.get(a, []))
    for k in pk.keys() - bk.keys():
        n = pk[k]; r = recs[a].get(n) or recs[a].get((n[2], n[1], n[0]))
        tags = r["tags"] if r else []
        tag = tags[-1][1] if tags else "none"
        rows.append(dict(art=a, fold=zlib.crc32(a.encode()) % 5, f120=a in F120, right=k in gk, cls=n[1], tag=tag,
                         alltags=[t for _, t in tags], n=n, ev=(r or {}).get("ev", "")))
    for k in bk.keys() - pk.keys():
        rows.append(dict(art=a, fold=zlib.crc32(a.encode()) % 5, f120=a in F120, right=k in gk, cls=bk[k][1], tag="REMOVED", alltags=[], n=bk[k], ev=""))
json.dump(rows, open("/tmp/unreal/rows.json", "w"), ensure_ascii=False)
print(len(rows))
