"""The worker's cache of parsed Docs between its own stages (streams/doccache.py)."""
from extraction.nlp import doc_to_bytes
from streams import metrics
from streams.doccache import ParsedDocs

TEXT = "Le ministre Jean Valois a rencontré mardi à Lyon son homologue allemande, Mme Krause."


def _count(result: str) -> float:
    return metrics.DOC_CACHE.labels(result)._value.get()


def test_stages_get_the_parsed_doc_and_the_last_one_frees_it(nlp):
    cache = ParsedDocs(4)
    doc = nlp(TEXT)
    data = doc_to_bytes(doc)
    ref = cache.put(doc)
    hits = _count("hit")
    assert cache.get(ref, data, nlp) is doc
    assert cache.get(ref, data, nlp, last=True) is doc
    assert _count("hit") == hits + 2
    assert len(cache) == 0
    again = cache.get(ref, data, nlp)  # gone: decoded from the envelope, same annotations
    assert again is not doc
    assert [(t.text, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in again] == \
        [(t.text, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_capacity_drops_the_oldest_and_misses_decode(nlp):
    cache = ParsedDocs(2)
    docs = [nlp(f"{TEXT} Numéro {i}.") for i in range(3)]
    refs = [cache.put(d) for d in docs]
    assert len(cache) == 2 and len(set(refs)) == 3
    misses = _count("miss")
    first = cache.get(refs[0], doc_to_bytes(docs[0]), nlp)
    assert first is not docs[0] and first.text == docs[0].text
    assert _count("miss") == misses + 1
    assert cache.get(refs[2], b"", nlp) is docs[2]


def test_another_process_reference_or_none_is_a_miss(nlp):
    doc = nlp(TEXT)
    data = doc_to_bytes(doc)
    mine, other = ParsedDocs(4), ParsedDocs(4)
    ref = other.put(doc)
    assert mine.get(ref, data, nlp) is not doc  # a restarted worker never takes another's entry
    disabled = ParsedDocs(0)
    assert disabled.put(doc) is None
    assert disabled.get(None, data, nlp).text == TEXT
