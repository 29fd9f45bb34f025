"""Quotes: text between quotation marks, attributed to the nearest named person."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .model import Entity, Quote, Span, Speaker

_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|\"([^\"]+)\"|“([^”]+)”")


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    people = sorted(((m, e) for e in entities if e.label == "PER" for m in e.mentions),
                    key=lambda pair: pair[0].start)
    quotes = []
    for match in _QUOTED.finditer(doc.text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        nearest = min(people, key=lambda p: min(abs(p[0].start - end), abs(p[0].end - start)),
                      default=None)
        speaker = None
        if nearest is not None:
            mention, ent = nearest
            speaker = Speaker(ent.name, ent.entity_id, ent.label,
                              Span(mention.text, mention.start, mention.end))
        quotes.append(Quote(match.group(group), start, end, "direct", None, None, speaker, 0.5))
    return quotes
