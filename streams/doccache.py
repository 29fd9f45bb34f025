"""Parsed Docs a worker keeps between its own stages.

The stage envelope always carries the DocBin, so any worker can run any stage. But Faust
assigns the same partition numbers of co-partitioned topics to one worker, and each stage
keys its output by article id, so the worker that parsed an article almost always runs its
next three stages too. Decoding the DocBin three times costs 2-8 % of the parse's CPU; this
cache hands those stages the Doc the parse produced, and they decode only on a miss (after
a rebalance or a restart: the reference names this process, so a restarted worker never
takes another one's entry).
"""
from __future__ import annotations

import uuid
from collections import OrderedDict
from itertools import count

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from extraction.nlp import doc_from_bytes
from streams import metrics


class ParsedDocs:
    """Docs by parse reference, at most `capacity` (oldest dropped); the last stage removes its entry."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._docs: OrderedDict[str, Doc] = OrderedDict()
        self._prefix = uuid.uuid4().hex[:12]
        self._seq = count()

    def __len__(self) -> int:
        return len(self._docs)

    def put(self, doc: Doc) -> str | None:
        """Keep `doc`; returns the reference for the envelope header (None if disabled)."""
        if self.capacity <= 0:
            return None
        ref = f"{self._prefix}:{next(self._seq)}"
        # The tok2vec output is what a cached Doc would hold beyond its DocBin, and no stage
        # reads it: 96 floats a token, dropped to keep the cache small.
        doc.tensor = numpy.zeros((0,), dtype="float32")
        self._docs[ref] = doc
        while len(self._docs) > self.capacity:
            self._docs.popitem(last=False)
        return ref

    def get(self, ref: str | None, doc_bytes: bytes, nlp: Language, last: bool = False) -> Doc:
        """The cached Doc of `ref`, else the one decoded from the envelope's DocBin."""
        if ref is None:
            doc = None
        else:
            doc = self._docs.pop(ref, None) if last else self._docs.get(ref)
        if doc is not None:
            metrics.DOC_CACHE.labels("hit").inc()
            return doc
        metrics.DOC_CACHE.labels("miss").inc()
        return doc_from_bytes(nlp, doc_bytes)
