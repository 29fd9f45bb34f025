"""Stage 5: relations; publishes relation events (the end of an article's path)."""
from __future__ import annotations

from spacy.tokens import Doc

import time

from extraction.article import Article
from extraction.events import relation_event
from extraction.model import Entity, Quote
from extraction.entities import headline_entities
from extraction.relations import extract_relations
from streams import metrics

from .base import publish_events, register_envelope_stage

STAGE = "relations"


def register(app, rt) -> None:
    async def handle(event, header: dict, doc: Doc, doc_bytes: bytes) -> None:
        article = Article(**header["article"])
        entities = [Entity.from_dict(e) for e in header["entities"]]
        quotes = [Quote.from_dict(q) for q in header["quotes"]]
        heads = headline_entities(article.title, article.text, entities)  # (as the entity stage found them)
        found = extract_relations(doc, entities, quotes, tuple(e.name for e in heads))
        await publish_events(rt, [relation_event(article, r) for r in found], event.key)
        metrics.END_TO_END.observe(max(0.0, time.time() - header["ingest_ts"]))

    register_envelope_stage(app, rt, STAGE, rt.topics.quotes_stage, handle, last=True)
