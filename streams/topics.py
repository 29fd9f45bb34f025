"""Topic handles of the app: raw bytes in and out, serialisation is ours (orjson)."""
from __future__ import annotations

from dataclasses import dataclass

import faust

from .settings import Settings


@dataclass(frozen=True)
class Topics:
    articles: faust.TopicT
    valid: faust.TopicT
    parsed: faust.TopicT
    entities_stage: faust.TopicT
    quotes_stage: faust.TopicT
    entities: faust.TopicT
    quotes: faust.TopicT
    relations: faust.TopicT
    deadletter: faust.TopicT

    @classmethod
    def declare(cls, app: faust.App, s: Settings) -> "Topics":
        def topic(name: str) -> faust.TopicT:
            return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw",
                             value_serializer="raw", partitions=s.partitions)

        return cls(
            articles=topic(s.topic_articles),
            valid=topic(s.stage_topic("valid")),
            parsed=topic(s.stage_topic("parsed")),
            entities_stage=topic(s.stage_topic("entities")),
            quotes_stage=topic(s.stage_topic("quotes")),
            entities=topic(s.topic_entities),
            quotes=topic(s.topic_quotes),
            relations=topic(s.topic_relations),
            deadletter=topic(s.topic_deadletter),
        )
