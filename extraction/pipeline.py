"""The extraction stages chained in-process: what the agents do, without Kafka."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import events
from .article import Article
from .entities import extract_entities, headline_entities
from .quotes import extract_quotes
from .relations import extract_relations

log = logging.getLogger(__name__)


def analyse(doc: Doc, article: Article) -> list[dict]:
    """All events of one parsed article, entities first, then quotes, then relations."""
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    # countries named only in the headline: entity events whose one mention is into `title` (decision 1), and the
    # country of a state office the body names none for; the quote stage never sees them
    heads = headline_entities(article.title, article.text, entities)
    relations = extract_relations(doc, entities, quotes, tuple(e.name for e in heads))
    entities = entities + heads
    return ([events.entity_event(article, e) for e in entities]
            + [events.quote_event(article, q) for q in quotes]
            + [events.relation_event(article, r) for r in relations])


def run(nlp: Language, articles: Iterable[Article], batch_size: int = 16,
        failed: list[tuple[str, Exception]] | None = None) -> Iterator[dict]:
    """Parse with `nlp.pipe` in batches and yield every event of every article.

    With a `failed` list, an article whose extraction raises yields no event, is logged and
    appended as (article id, exception), and the rest go on, as the worker dead-letters it;
    without one the exception propagates."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if failed is None:
            yield from analyse(doc, article)
            continue
        try:
            found = analyse(doc, article)
        except Exception as exc:  # one article's bug must not lose the others' events
            log.exception("extraction failed", extra={"article_id": article.id, "error": type(exc).__name__})
            failed.append((article.id, exc))
            continue
        yield from found
