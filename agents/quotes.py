"""Stage 4: quotes with their speakers; publishes quote events, passes them on."""
from __future__ import annotations

from spacy.tokens import Doc

from extraction.article import Article
from extraction.events import quote_event
from extraction.model import Entity, to_dict
from extraction.quotes import extract_quotes

from .base import pack_stage, publish_events, register_envelope_stage

STAGE = "quotes"


def register(app, rt) -> None:
    async def handle(event, header: dict, doc: Doc, doc_bytes: bytes) -> None:
        article = Article(**header["article"])
        entities = [Entity.from_dict(e) for e in header["entities"]]
        found = extract_quotes(doc, entities)
        await publish_events(rt, [quote_event(article, q) for q in found], event.key)
        header["quotes"] = [to_dict(q) for q in found]
        await rt.topics.quotes_stage.send(key=event.key, value=pack_stage(header, doc_bytes))

    register_envelope_stage(app, rt, STAGE, rt.topics.entities_stage, handle)
