"""Turning extraction results into the JSON events published on the output topics.

Event ids are deterministic: the same article processed twice yields the same ids,
so consumers can de-duplicate redeliveries (the stream is at-least-once).
"""
from __future__ import annotations

import hashlib

from .article import Article
from .model import Entity, Quote, Relation, to_dict

SCHEMA_VERSION = 1


def _digest(*parts: object) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=12).hexdigest()


def _base(kind: str, article: Article, key: tuple) -> dict:
    return {
        "type": kind,
        "schema_version": SCHEMA_VERSION,
        "event_id": f"{kind[:3]}_{_digest(article.id, kind, *key)}",
        "article_id": article.id,
        "published": article.published,
        "lang": article.lang,
    }


def entity_event(article: Article, entity: Entity) -> dict:
    return {**_base("entity", article, (entity.entity_id,)), **to_dict(entity)}


def quote_event(article: Article, quote: Quote) -> dict:
    return {**_base("quote", article, (quote.start, quote.end, quote.kind)), **to_dict(quote)}


def relation_event(article: Article, rel: Relation) -> dict:
    key = (rel.subject.entity_id or rel.subject.name, rel.predicate,
           rel.object.entity_id or rel.object.name, rel.trigger.start, rel.evidence.start)
    return {**_base("relation", article, key), **to_dict(rel)}
