"""Stage 1: decode and validate input articles; bad ones go to the dead-letter topic."""
from __future__ import annotations

import time

from extraction.article import InvalidArticle, from_bytes
from streams import metrics

from .base import batches, dumps, observe_batch, run_guarded

STAGE = "validate"


def register(app, rt) -> None:
    @app.agent(rt.topics.articles, name="wirestream.validate")
    async def validate(stream):
        async for batch in batches(stream, rt, STAGE):
            started = time.perf_counter()
            for event in batch:
                metrics.ARTICLES_IN.inc()
                await run_guarded(rt, STAGE, event, lambda event=event: _validate(rt, event))
            observe_batch(STAGE, started, len(batch))


async def _validate(rt, event) -> None:
    try:
        article = from_bytes(event.value, **rt.settings.limits)
    except InvalidArticle as exc:
        await rt.dead_letter(STAGE, exc.reason, exc.detail, event.key, event.value, event)
        return
    timestamp = event.message.timestamp  # seconds (Faust converts Kafka's milliseconds)
    header = {"article": article.to_dict(), "ingest_ts": timestamp or time.time()}
    await rt.topics.valid.send(key=article.id.encode(), value=dumps(header))
