"""Propose event-trigger candidates per PLOVER class from the word vectors of fr_core_news_md.

Offline review aid, never run by the pipeline. For each class of `relations.json` (`verbs` and
`nouns` sections), the seed lemmas are that class's verb lemmas (without "s'" and "/prep") and noun
lemmas (without "@obj"). The vocabulary is the model's verb and noun lemmas (the lemmatizer's
`lemma_index` tables) that own a vector: fr_core_news_md keeps 20,000 vector rows for 500,000 keys,
so a rare word borrows the row of a frequent neighbour; a word counts only when its row's first key
is the word itself or one of its inflections (else its similarity is its neighbour's). Each
candidate of the seed's part of speech that is in no class yet is scored

    score = (cos(word, class centroid) + mean of its three highest cos(word, seed)) / 2

on vectors centred on the table's mean (raw fastText-style vectors share a large common direction,
which makes every cosine high); centroid = mean of the unit seed vectors. The seed term keeps a word
close to a few seeds (a narrow sense) from being drowned by a class of forty seeds. The top N per
class and part of speech are printed with their nearest seed and the class whose centroid is nearest (a candidate nearer to another
class is usually ambiguous). Deterministic: same model, same lexicon, same list.

The list is only a proposal: the words kept were chosen by hand, as wire French that states the
class's event between two actors, and measured on the read corpus (docs/extraction.md, session 14).

    PYTHONPATH=. .venv/bin/python scripts/propose_triggers.py [--top 300] [--class COERCE] [--by-seed 15] > cands.tsv

With --by-seed K a candidate is ranked by the number of seeds that have it among their K nearest
candidates (ties by the score above): close neighbours of single seeds ("stopper" near
"arrêter", a wrong sense as often as a synonym) come first instead of words near the class's average sense.
With --row-mates it lists, per seed, the lemmas the pruned table maps onto the seed's own row (rare
synonyms such as "octroyer" on "accorder", among much noise).

What the session-14 review found: the md vectors rank mostly by morphology and frequency ("-ation"
nouns, common verbs), so the lists are a prompt for the reviewer, not a ranking to take from the top.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import spacy

LEXICON = Path(__file__).resolve().parent.parent / "extraction" / "lexicons" / "relations.json"


def seeds(lexicon: dict) -> dict[str, dict[str, set[str]]]:
    """class -> {"verb": lemmas, "noun": lemmas} from the lexicon's verbs and nouns sections."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"verb": set(), "noun": set()})
    for cls, entries in lexicon["verbs"].items():
        for e in entries:
            out[cls]["verb"].add(e.partition("/")[0].removeprefix("s'"))
    for cls, entries in lexicon["nouns"].items():
        for e in entries:
            out[cls]["noun"].add(e.partition("@")[0])
    for cls, entries in lexicon.get("target_nouns", {}).items():
        out[cls]["noun"].update(entries)
    return out


def vocabulary(nlp) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Verb and noun lemmas that own a vector row, and each word's row."""
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    lookup = lookups.get_table("lemma_lookup")
    first: dict[int, str] = {}
    for key, row in vectors.key2row.items():  # insertion order: a row's own word comes first
        first.setdefault(int(row), strings[key].lower())
    vocab: dict[str, set[str]] = {}
    rows: dict[str, int] = {}
    for pos in ("verb", "noun"):
        words = set()
        for w in index[nlp.vocab.strings.add(pos)]:
            if not w.replace("-", "").isalpha() or not w.islower() or w not in nlp.vocab.strings:
                continue
            row = vectors.find(key=w)
            if row < 0:
                continue
            head = first[row]
            if head != w and w not in (lookup.get(head) or ()):
                continue  # the word borrows a neighbour's vector
            words.add(w)
            rows[w] = row
        vocab[pos] = words
    return vocab, rows


def print_row_mates(nlp, by_class, known, only) -> None:
    """The model keeps 20,000 rows and maps each other word onto the row of its nearest kept word, so the words
    that share a seed's row are, at best, its rare synonyms ("octroyer" on "accorder"), and often noise."""
    vectors, strings = nlp.vocab.vectors, nlp.vocab.strings
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    by_row: dict[int, list[str]] = defaultdict(list)
    for key, row in vectors.key2row.items():
        w = strings[key]
        if w.islower() and w.replace("-", "").isalpha():
            by_row[int(row)].append(w)
    print("class\tpos\tseed\trow_mates")
    for cls in sorted(by_class):
        if only and cls not in only:
            continue
        for pos in ("verb", "noun"):
            lemmas = set(index[strings.add(pos)])
            for seed in sorted(by_class[cls][pos]):
                row = vectors.find(key=seed)
                mates = sorted(w for w in by_row.get(row, ()) if w in lemmas and w not in known) if row >= 0 else []
                if mates:
                    print(f"{cls}\t{pos}\t{seed}\t{' '.join(mates)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--class", dest="cls", action="append", help="only these classes")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--row-mates", action="store_true",
                    help="list instead, per class, the lemmas the pruned table maps onto a seed's own row")
    ap.add_argument("--by-seed", type=int, default=0, metavar="K",
                    help="rank instead by votes: how many seeds have the word among their K nearest candidates")
    args = ap.parse_args()
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    nlp = spacy.load(args.model, exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "ner"])
    vocab, rows = vocabulary(nlp)
    table = nlp.vocab.vectors.data
    table = table - table.mean(axis=0)
    unit = table / np.maximum(np.linalg.norm(table, axis=1, keepdims=True), 1e-9)
    by_class = seeds(lexicon)
    known = {w for d in by_class.values() for ws in d.values() for w in ws}
    known |= {e.partition("/")[0].removeprefix("s'") for e in lexicon.get("blocking", [])}
    if args.row_mates:
        print_row_mates(nlp, by_class, known, args.cls)
        return
    centroids: dict[tuple[str, str], np.ndarray] = {}
    seed_rows: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for cls in sorted(by_class):
        for pos in ("verb", "noun"):
            have = sorted((w, rows[w]) for w in by_class[cls][pos] if w in rows)
            if not have:
                continue
            c = unit[[r for _, r in have]].mean(axis=0)
            centroids[cls, pos] = c / np.linalg.norm(c)
            seed_rows[cls, pos] = have
    print("class\tpos\trank\tword\tscore\tcentroid\tnearest_seed\tseed_cos\tnearest_class")
    for (cls, pos), centroid in sorted(centroids.items()):
        if args.cls and cls not in args.cls:
            continue
        words = sorted(vocab[pos] - known)
        m = unit[[rows[w] for w in words]]
        to_centroid = m @ centroid
        seed_mat = unit[[r for _, r in seed_rows[cls, pos]]]
        to_seeds = m @ seed_mat.T
        best = to_seeds.argmax(axis=1)
        best_cos = to_seeds.max(axis=1)
        top3 = -np.sort(-to_seeds, axis=1)[:, :3].mean(axis=1)
        score = (to_centroid + top3) / 2
        if args.by_seed:  # votes of the seeds whose K nearest candidates hold the word, then the score
            votes = np.zeros(len(words))
            for s in range(to_seeds.shape[1]):
                votes[np.argsort(-to_seeds[:, s], kind="stable")[:args.by_seed]] += 1
            score = votes + score / 10
        others = [(k[0], v) for k, v in sorted(centroids.items()) if k[1] == pos]
        other_mat = np.stack([v for _, v in others])
        nearest = (m @ other_mat.T).argmax(axis=1)
        order = sorted(range(len(words)), key=lambda i: (-round(float(score[i]), 6), words[i]))[:args.top]
        for rank, i in enumerate(order, 1):
            print(f"{cls}\t{pos}\t{rank}\t{words[i]}\t{score[i]:.3f}\t{to_centroid[i]:.3f}\t"
                  f"{seed_rows[cls, pos][best[i]][0]}\t{best_cos[i]:.3f}\t{others[nearest[i]][0]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
