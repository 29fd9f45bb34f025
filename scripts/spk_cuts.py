"""How the golds cut unnamed speaker phrases, counted over a corpus (session 21).

    spk_cuts.py GOLD_DIR

For every distinct unnamed speaker phrase of a story (a gold speaker that is no entity), the modifier
kinds it keeps (inside the gold, after its determiner and head) and the ones it cuts (the text goes on
with them right after the gold phrase, before any verb or punctuation). Per kind: kept / cut, stories,
and a 5-fold check of the majority (fold = zlib.crc32(story) % 5: the majority chosen on four folds,
its agreement counted on the fifth). Counts only."""
import collections
import re
import sys
import zlib
from pathlib import Path

from evalkit import score as S

KINDS = [("en poste", r"en poste\b"), ("présent à", r"pr[ée]sente?s? (à|au|aux|dans|en|sur|lors)\b"),
         ("joint par", r"(joint|jointe|joints|jointes|contact[ée]e?s?) (par|au|à)\b"),
         ("anonymity", r"(sous couvert|ayant requis|qui a requis|ayant demandé|qui a demandé|s'exprimant sous)"),
         ("relative qui", r"qui\b"), ("relative dont", r"dont\b"), ("brackets", r"\("),
         ("place à/au/dans/en", r"(à|au|aux|dans|en|sur) "),
         ("participle -é +prep", r"\w+(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues) (par|à|au|aux|dans|en|de|du|des|sur|avec|pour)\b"),
         ("participle -ant", r"\w+ant\b"), ("de-complement", r"(de|du|des|d')\s?\S"),
         ("coordination et", r"et\b")]
# what may follow a whole speaker phrase: punctuation or its verb
ENDS = (r"\s*([,.;:»\"”)]|$)|\s+(a|ont|avait|avaient|aurait|est|sont|estime|estiment|juge|jugent|explique|affirme|"
        r"souligne|indique|reconna[iî]t|a-t-il|a-t-elle|confie|assure|d[ée]nonce|pr[ée]vient|avertit|ajoute|d[ée]plore|"
        r"rappelle|s'inqui[eè]te|redoute|craint|regrette|met|note|observe|pr[ée]cise)\b")


def kind(text: str) -> str | None:
    return next((k for k, rx in KINDS if re.match(rx, text)), None)


def main(gold_dir: Path) -> None:
    per_fold = collections.defaultdict(lambda: collections.Counter())  # (kind) -> Counter((fold, keep/cut))
    stories = collections.defaultdict(set)
    for path in sorted(gold_dir.glob("*.gold.json")):
        name = path.name[:-10]
        g, txt, fold = S.Gold(path), (gold_dir / f"{name}.txt").read_text(encoding="utf-8"), zlib.crc32(name.encode()) % 5
        seen = set()
        for q in g.quotes:
            sp = q["speaker"]
            if not sp or g.entity_of(sp) is not None or sp in seen:
                continue
            seen.add(sp)
            m = re.search(r"(?<!\w)" + re.escape(sp) + r"(?!\w)", txt, re.I)
            if not m:
                continue
            inner = " ".join(sp.split()[2:])
            for i in range(len(inner)):
                k = kind(inner[i:]) if i == 0 or inner[i - 1] == " " else None
                if k and not (k == "de-complement" and i > 0):
                    per_fold[k][(fold, "keep")] += 1
                    stories[(k, "keep")].add(name)
                    break
            after = txt[m.end():m.end() + 80]
            k = None if re.match(ENDS, after) else kind(after.strip())
            if k:
                per_fold[k][(fold, "cut")] += 1
                stories[(k, "cut")].add(name)
    print(f"{'kind':24} {'keep':>5} {'cut':>5} {'st.keep':>8} {'st.cut':>7}  held-out agreement of the 4-fold majority")
    for k, _ in KINDS:
        c = per_fold[k]
        keep, cut = sum(v for (f, w), v in c.items() if w == "keep"), sum(v for (f, w), v in c.items() if w == "cut")
        agree = total = 0
        for f in range(5):
            tk = sum(c[(x, "keep")] for x in range(5) if x != f)
            tc = sum(c[(x, "cut")] for x in range(5) if x != f)
            agree += c[(f, "cut" if tc > tk else "keep")]
            total += c[(f, "keep")] + c[(f, "cut")]
        print(f"{k:24} {keep:5} {cut:5} {len(stories[(k, 'keep')]):8} {len(stories[(k, 'cut')]):7}  {agree}/{total}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
