"""Counterfactual for wrong-argument facts (reads golds: read corpus only): an argument whose mention text names
another gold entity than its canonical name, scored as if the mention's entity were taken.
python3 mention_arg_delta.py GOLD_DIR EVENTS.jsonl [STUDY_DIR]  (fixed / broken / neutral per fact, fold = crc32 % 5)"""
import sys, zlib, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalkit import events_by_article, score as S
by = events_by_article(Path(sys.argv[2]))
g120 = {p.name[:-10] for p in Path(sys.argv[3] if len(sys.argv) > 3 else sys.argv[1]).glob('*.gold.json')}
res = collections.Counter(); st = collections.defaultdict(set)
for path in sorted(Path(sys.argv[1]).glob('*.gold.json')):
    aid = path.name[:-10]; g = S.Gold(path); evs = by.get(aid, [])
    gold = {(g.entity_of(r['subject']), r['predicate'], g.entity_of(r['object'])) for r in g.relations}
    def has(s, p, o): return (s, p, o) in gold or (p in S.SYMMETRIC and (o, p, s) in gold)
    for e in evs:
        if e['type'] != 'relation': continue
        s, o, p = g.entity_of(S.name_of(e['subject'])), g.entity_of(S.name_of(e['object'])), e['predicate']
        for side in ('subject', 'object'):
            mt = e[side].get('mention', {}).get('text', '')
            m = g.entity_of(mt)
            cur = s if side == 'subject' else o
            if m is None or m == cur: continue
            now = has(s, p, o); alt = has(m, p, o) if side == 'subject' else has(s, p, m)
            k = 'broken' if now and not alt else 'fixed' if alt and not now else 'both' if now else 'neutral'
            res[k] += 1; st[k].add(aid); res[(p == 'HOLDS_ROLE', k)] += 1
            if aid in g120: res['g120 ' + k] += 1
            print(k, zlib.crc32(aid.encode()) % 5, aid, side, repr(mt), S.name_of(e['subject']), p, S.name_of(e['object']), g.entities[m]['name'], sep=' | ')
print(res); print({k: len(v) for k, v in st.items()})
