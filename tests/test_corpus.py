"""Well-formedness of the annotated test corpus in tests/articles (French and English).

Every gold file must be usable by the scorer: arguments name gold entities, predicates come
from the vocabulary, and what the gold claims the text says is really in the text.
"""
import json
import re
from pathlib import Path

import pytest

from extraction import article
from extraction.vocabulary import PREDICATES

ROOT = Path(__file__).parent / "articles"
GOLDS = sorted(ROOT.glob("*.gold.json")) + sorted((ROOT / "en").glob("*.gold.json"))
QUOTE_MARKS = str.maketrans({c: '"' for c in "«»“”„\""} | {"’": "'", "\u00a0": " ", "\u202f": " "})


def norm(text: str) -> str:
    """Quote marks unified and whitespace collapsed, so « x » in the text matches "x"."""
    return re.sub(r"\s+", " ", text.translate(QUOTE_MARKS)).strip()


def story(gold_path: Path):
    return article.from_file(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")))


def ids(paths):
    return [p.name.replace(".gold.json", "") for p in paths]


def test_corpus_size():
    french = [p for p in GOLDS if p.parent == ROOT]
    assert len(french) >= 18
    assert len(GOLDS) - len(french) >= 3


@pytest.mark.parametrize("path", GOLDS, ids=ids(GOLDS))
def test_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    art = story(path)
    # a name may stand only in the headline when the body refers to it by an adjective ("bolivien")
    text = norm(f"{art.title or ''}\n{art.text}")
    assert gold["article"] == path.name.replace(".gold.json", ".txt")
    assert gold["lang"] == ("en" if path.parent.name == "en" else "fr")
    assert gold["published"] == art.published

    names = [e["name"] for e in gold["entities"]]
    assert len(names) == len(set(names)), "duplicate entity names"
    owner = {}
    for ent in gold["entities"]:
        assert ent["label"] in {"PER", "ORG", "LOC"}, ent
        assert set(ent) <= {"name", "label", "aliases", "optional"}, ent
        # the name may be absent when an alias stands for it ("Séoul" for the Corée du Sud of the gold)
        surfaces = [ent["name"], *ent["aliases"]] if ent["aliases"] else [ent["name"]]
        assert any(norm(surface) in text for surface in surfaces), f"{ent['name']!r} not in the article"
        for surface in surfaces:
            assert norm(surface) in text or surface == ent["name"], f"{surface!r} not in the article"
            # One surface form must not stand for two entities, or the scorer maps it arbitrarily.
            assert owner.setdefault(surface.lower(), ent["name"]) == ent["name"], surface

    for quote in gold["quotes"]:
        assert quote["kind"] in {"direct", "indirect", "mixed"}, quote
        assert quote["cue"] and quote["text"] == quote["text"].strip()
        assert norm(quote["text"]) in text, f"quote not in the article: {quote['text']!r}"
        if quote["speaker"] not in names:
            # An unnamed speaker ("une source diplomatique") is the phrase itself, not an entity.
            assert norm(quote["speaker"]).lower() in text.lower(), quote["speaker"]
        if quote["kind"] == "direct":
            assert not re.search(r"[«»“”\"]", quote["text"]), "a direct quote keeps no quote marks"

    for rel in gold["relations"]:
        assert rel["predicate"] in PREDICATES, rel
        assert rel["subject"] in names and rel["object"] in names, rel
        assert rel["subject"] != rel["object"], rel
        assert ("role" in rel) == (rel["predicate"] == "HOLDS_ROLE"), rel
        assert norm(rel["evidence"]) in text, f"evidence not in the article: {rel['evidence']!r}"


def test_corpus_covers_the_required_variety():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDS if p.parent == ROOT]
    kinds = {q["kind"] for g in golds for q in g["quotes"]}
    assert kinds == {"direct", "indirect", "mixed"}
    assert sum(1 for g in golds if not g["quotes"]) >= 2
    used = {r["predicate"] for g in golds for r in g["relations"]}
    assert len(used) >= 15, sorted(PREDICATES - used)
    lengths = [len(story(p).text.split()) for p in GOLDS if p.parent == ROOT]
    assert min(lengths) <= 150 and max(lengths) >= 600
