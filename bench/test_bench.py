"""Checks of the benchmark tooling itself: `pytest bench/test_bench.py` (not in the default testpaths)."""
import orjson

from bench import corpus


def test_corpus_is_deterministic_and_seed_dependent():
    a = [corpus.article(3, i) for i in range(5)]
    assert a == [corpus.article(3, i) for i in range(5)]
    assert a[0]["text"] != corpus.article(4, 0)["text"]
    assert len({x["id"] for x in a}) == 5


def test_corpus_articles_are_long_enough_and_quote_people():
    for i in range(30):
        art = corpus.article(1, i, min_words=300, max_words=1500)
        words = len(art["text"].split())
        assert 300 <= words <= 1500 + 250  # the last paragraph may overshoot the target
        assert ("«" in art["text"] or '"' in art["text"])
        assert set(art) >= {"id", "text", "title", "lang", "published"}


def test_write_jsonl(tmp_path):
    out = tmp_path / "c.jsonl"
    words = corpus.write(str(out), 4, seed=2)
    lines = out.read_bytes().splitlines()
    assert len(lines) == 4
    assert words == sum(len(orjson.loads(l)["text"].split()) for l in lines)
