"""Speaker errors of an events file over a gold dir, by cause (session 24; heuristic, counts only).

    spk_causes.py GOLD_DIR EVENTS [STUDY_DIR [N_EXAMPLES]]

Each wrong speaker of a quote matched to a gold quote (spk_kinds.py matching) is put in the first cause whose
test it passes (no speaker, phrase cut otherwise, name cut by the entity stage, capital, selon/pour, pronoun,
description, name in a relative or apposition, body/person, object or adjunct taken as subject, ...); gold quotes
not found are counted as missed. STUDY_DIR (a dir of symlinks) is counted apart."""
import sys, re, collections, zlib
from pathlib import Path
sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]
from evalkit import events_by_article, score as S
from extraction.speakers import is_person_noun, ORG_NOUNS, fold
gold_dir, ev_path = Path(sys.argv[1]), Path(sys.argv[2])
g120 = set(p.name[:-10] for p in Path(sys.argv[3]).glob('*.gold.json')) if len(sys.argv) > 3 else set()
caps={fold(l.split('\t')[0]) for l in open(Path(__file__).parent.parent / 'extraction/lexicons/capitals.tsv') if '\t' in l and not l.startswith('#')}
caps|={fold(l.split('\t')[1]) for l in open(Path(__file__).parent.parent / 'extraction/lexicons/capitals.tsv') if l.count('\t')>=1 and not l.startswith('#')}
by = events_by_article(ev_path)
C=collections.Counter(); St=collections.defaultdict(set); G=collections.Counter(); GS=collections.defaultdict(set); EX=collections.defaultdict(list)
DETS=r"^(le|la|les|l['’]|un|une|des|du|ces|ce|cette|cet|son|sa|ses|leur|leurs|plusieurs)\s*"
for path in sorted(gold_dir.glob("*.gold.json")):
    name=path.name[:-10]; txt=(gold_dir/f"{name}.txt").read_text()
    g = S.Gold(path); pq = [e for e in by.get(name, []) if e["type"] == "quote"]
    lab={i:e.get('label') for i,e in enumerate(g.entities)}
    pairs = sorted(((S.overlap(p["text"], q["text"]), i, j) for i, p in enumerate(pq) for j, q in enumerate(g.quotes)), reverse=True)
    up, ug = set(), set()
    for ov, i, j in pairs:
        if ov < .5 or i in up or j in ug: continue
        up.add(i); ug.add(j)
        q=g.quotes[j]; p=pq[i]; sp=p.get('speaker') or {}; m=sp.get('mention') or {}; nm=sp.get('name')
        want=g.entity_of(q['speaker'])
        ok=(nm and want is not None and g.entity_of(nm)==want) or S.norm(nm or '')==S.norm(q['speaker'])
        if ok: continue
        mt=(m.get('text') or ''); ml=mt.lower(); gn=S.norm(q['speaker']); pn=S.norm(nm or '')
        sent_start=max(txt.rfind('. ',0,p['start']), txt.rfind('\n',0,p['start']))
        pre=txt[sent_start:p['start']]
        if not nm: c='no speaker'
        elif want is None and not sp.get('entity_id') and (pn.startswith(gn) or gn.startswith(pn)): c='unnamed phrase cut otherwise'
        elif (pn and gn and (pn in gn or gn in pn)) : c='name cut/run by entity stage'
        elif fold(nm) in caps or fold(q['speaker']) in caps: c='capital vs country'
        elif p.get('cue')=='selon' or re.search(r"\b(selon|d'après|pour) ", pre, re.I) and re.search(r"\b(selon|d'après|pour) ", pre[:60], re.I): c='selon/pour attribution'
        elif ml in ('il','elle','-il','-elle','ils','elles','lui'): c='pronoun on wrong person'
        elif sp.get('resolved_by') in ('title','description') or (re.match(DETS, ml) and len(ml.split())<=5 and sp.get('entity_id') and fold(nm) not in fold(mt)): c='description/title on wrong holder'
        elif sp.get('entity_id') and fold(nm) not in fold(mt) and ('qui' in ml.split() or 'dont' in ml.split()): c='name inside relative clause'
        elif sp.get('entity_id') and ',' in mt: c='name in apposition/other name in subject'
        elif want is not None and lab.get(want)=='ORG' and sp.get('label')=='PER': c='person for body (spokesperson etc.)'
        elif want is not None and lab.get(want)=='PER' and sp.get('label')=='ORG': c='body for person'
        elif not sp.get('entity_id'):
            h=re.sub(DETS,'',ml).split(); h=h[0] if h else ''
            if re.match(r"^(dans|entre|en|à|au|par|pour|sur)$",h) or not (is_person_noun(h) or fold(h).rstrip('s') in ORG_NOUNS or h[:1].isupper() or fold(h) in ('source','sources','communique','entourage','presidence','services')):
                c='object/adjunct taken as subject'
            else: c='description left as phrase (gold names entity)' if want is not None else 'other phrase'
        else: c='other entity'
        k=(c, 'g120' if name in g120 else 'rest'); C[k]+=1; St[k].add(name)
        EX[c].append(f"{name[:40]} | {q['speaker']!r} <- {nm!r} [{mt[:50]}]")
    for j,q in enumerate(g.quotes):
        if j not in ug:
            k=('quote missed','g120' if name in g120 else 'rest'); C[k]+=1; St[k].add(name)
cs=sorted({k[0] for k in C}, key=lambda c:-(C[(c,'g120')]+C[(c,'rest')]))
print(f"{'cause':50s} {'g120 q/st':>10s} {'all927 q/st':>12s}")
for c in cs:
    a=C[(c,'g120')]; b=C[(c,'rest')]
    print(f"{c:50s} {a:4d}/{len(St[(c,'g120')]):<4d} {a+b:6d}/{len(St[(c,'g120')]|St[(c,'rest')]):<4d}")
if len(sys.argv) > 4:
    for c in cs:
        print('\n#', c); print('\n'.join(EX[c][:int(sys.argv[4])]))
