"""Stage 3: entities; publishes entity events and passes them on to the quote stage."""
from __future__ import annotations

from spacy.tokens import Doc

from extraction.article import Article
from extraction.entities import extract_entities, headline_entities
from extraction.events import entity_event
from extraction.model import to_dict

from .base import pack_stage, publish_events, register_envelope_stage

STAGE = "entities"


def register(app, rt) -> None:
    async def handle(event, header: dict, doc: Doc, doc_bytes: bytes) -> None:
        article = Article(**header["article"])
        found = extract_entities(doc)
        # countries named only in the headline go out as entity events but not to the quote and relation stages
        # (their one mention is into `title`, not into the parsed body)
        heads = headline_entities(article.title, article.text, found)
        await publish_events(rt, [entity_event(article, e) for e in found + heads], event.key)
        header["entities"] = [to_dict(e) for e in found]
        await rt.topics.entities_stage.send(key=event.key, value=pack_stage(header, doc_bytes))

    register_envelope_stage(app, rt, STAGE, rt.topics.parsed, handle)
