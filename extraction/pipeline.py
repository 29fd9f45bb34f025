"""The extraction stages chained in-process: what the agents do, without Kafka."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import events
from .article import Article
from .entities import extract_entities
from .quotes import extract_quotes
from .relations import extract_relations


def analyse(doc: Doc, article: Article) -> list[dict]:
    """All events of one parsed article, entities first, then quotes, then relations."""
    entities = extract_entities(doc)
    quotes = extract_quotes(doc, entities)
    relations = extract_relations(doc, entities, quotes)
    return ([events.entity_event(article, e) for e in entities]
            + [events.quote_event(article, q) for q in quotes]
            + [events.relation_event(article, r) for r in relations])


def run(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[dict]:
    """Parse with `nlp.pipe` in batches and yield every event of every article."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield from analyse(doc, article)
