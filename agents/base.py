"""What every stage agent does around its own work: batches, timing, errors."""
from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable

from streams import metrics
from streams.codecs import dumps, pack_stage, unpack_stage

log = logging.getLogger("wirestream.agents")


async def batches(stream, rt, stage: str) -> AsyncIterator[list]:
    """Events in batches of up to WIRESTREAM_BATCH_SIZE; offsets are acked after each batch."""
    async for batch in stream.take_events(rt.settings.batch_size, within=rt.settings.batch_within):
        metrics.BATCH_SIZE.labels(stage).set(len(batch))
        yield batch
        metrics.BATCH_SIZE.labels(stage).set(0)


async def run_guarded(rt, stage: str, event, work: Callable[[], Awaitable[None]],
                      original: bytes | None = None) -> bool:
    """Run one article's work; on an exception dead-letter it and go on (Faust would ack and drop it)."""
    try:
        await work()
    except Exception as exc:  # one bad article must never stop the stream
        metrics.STAGE_ERRORS.labels(stage).inc()
        log.error("stage failed", extra={"stage": stage, "key": _key(event),
                                        "error": repr(exc), "trace": traceback.format_exc(limit=5)})
        await rt.dead_letter(stage, "stage_error", repr(exc), event.key,
                             original if original is not None else event.value, event)
        return False
    metrics.STAGE_MESSAGES.labels(stage).inc()
    return True


def observe_batch(stage: str, started: float, n: int) -> None:
    if n:
        per_article = (time.perf_counter() - started) / n
        for _ in range(n):
            metrics.STAGE_LATENCY.labels(stage).observe(per_article)


async def publish_events(rt, events: list[dict], key: bytes) -> None:
    """Publish and wait for the broker's acks, so counters (and a stage's done count) mean delivered."""
    topics = {"entity": rt.topics.entities, "quote": rt.topics.quotes, "relation": rt.topics.relations}
    pending = [await topics[ev["type"]].send(key=key, value=dumps(ev)) for ev in events]
    if pending:
        await asyncio.gather(*pending)
    for ev in events:
        metrics.EVENTS_OUT.labels(ev["type"]).inc()


def register_envelope_stage(app, rt, stage: str, source, handle, last: bool = False) -> None:
    """An agent for a stage that reads the parsed-article envelope:
    `handle(event, header, doc, doc_bytes)`, with the Doc this worker kept from its parse (or
    decoded from the envelope); the `last` stage frees the kept Doc."""

    async def agent(stream):
        await rt.model_ready.wait()
        async for batch in batches(stream, rt, stage):
            started = time.perf_counter()
            for event in batch:
                await run_guarded(rt, stage, event, lambda e=event: _open(rt, e, handle, last),
                                  _original_of(event))
            observe_batch(stage, started, len(batch))

    agent.__name__ = stage
    app.agent(source, name=f"wirestream.{stage}")(agent)


async def _open(rt, event, handle, last: bool) -> None:
    header, doc_bytes = unpack_stage(event.value)
    doc = rt.docs.get(header.get("parse_ref"), doc_bytes, rt.nlp, last=last)
    await handle(event, header, doc, doc_bytes)


def _original_of(event) -> bytes:
    """The article as JSON for a dead letter (the envelope itself if it cannot be read)."""
    try:
        return original_article(unpack_stage(event.value)[0])
    except Exception:
        return event.value


def original_article(header: dict) -> bytes:
    """The article as JSON, for dead letters of stages after validation."""
    return dumps(header["article"])


__all__ = ["batches", "run_guarded", "observe_batch", "publish_events", "original_article",
           "register_envelope_stage", "pack_stage", "unpack_stage", "dumps"]


def _key(event) -> str | None:
    return event.key.decode("utf-8", "replace") if event.key else None
