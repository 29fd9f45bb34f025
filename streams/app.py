"""The Faust app factory and the runtime state its agents share."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from dataclasses import dataclass, field

import faust
from spacy.language import Language

from extraction import nlp as nlp_loader

from . import health, metrics, tuning
from .codecs import dumps
from .doccache import ParsedDocs
from .settings import Settings
from .topics import Topics

log = logging.getLogger("wirestream.worker")
# Originals kept whole in a dead letter up to this size (bytes); a longer one keeps its
# head, its size and its SHA-256: base64 of a 5 MB message exceeds Faust's 1 MB producer
# request size, and the failed dead-letter send used to crash the validate agent.
DEADLETTER_ORIGINAL_MAX = 512 * 1024


@dataclass
class Runtime:
    """What the agents of one worker share."""

    settings: Settings
    topics: Topics
    nlp: Language | None = None
    model_ready: asyncio.Event = field(default_factory=asyncio.Event)
    assigned: bool = False
    broker_ok: bool = True  # last broker probe answered (streams/health.py)
    docs: ParsedDocs = field(default_factory=lambda: ParsedDocs(0))

    @property
    def ready(self) -> bool:
        return self.nlp is not None and self.assigned and self.broker_ok

    async def dead_letter(self, stage: str, reason: str, detail: str, key: bytes | None,
                          original: bytes | None, event=None) -> None:
        """Route one message that cannot be processed; the stream goes on."""
        message = getattr(event, "message", None)
        full = original or b""
        original = full[:DEADLETTER_ORIGINAL_MAX]  # the record must fit the producer's request size
        record = {
            "stage": stage,
            "reason": reason,
            "detail": detail[:2000],
            "source_topic": getattr(message, "topic", None),
            "partition": getattr(message, "partition", None),
            "offset": getattr(message, "offset", None),
            "key": key.decode("utf-8", "replace") if key else None,
            "original_b64": base64.b64encode(original).decode(),
            "original_size": len(full),
            "original_truncated": len(original) < len(full),
            "original_sha256": hashlib.sha256(full).hexdigest(),
            "failed_at": time.time(),
        }
        metrics.DEAD_LETTERS.labels(stage, reason).inc()
        log.warning("dead letter", extra={k: record[k] for k in
                                         ("stage", "reason", "detail", "source_topic",
                                          "partition", "offset", "key")})
        await self.topics.deadletter.send(
            key=key, value=dumps(record),
            headers={"wirestream-stage": stage.encode(), "wirestream-reason": reason.encode()})

    async def load_model(self) -> None:
        """Load spaCy off the event loop (the CLI may already have started it in a thread)."""
        loop = asyncio.get_running_loop()
        self.nlp = await loop.run_in_executor(None, nlp_loader.load, self.settings.model)
        metrics.MODEL_LOAD.set(nlp_loader.load.seconds)
        self.model_ready.set()
        self._update_ready()

    def _update_ready(self) -> None:
        metrics.READY.set(1 if self.ready else 0)
        if self.ready:
            log.info("worker ready", extra={"model": self.settings.model})


def create_app(settings: Settings) -> tuple[faust.App, Runtime]:
    if not settings.broker:
        raise ValueError("create_app needs a broker URL (the CLI starts the embedded one)")
    tuning.set_fetch_max_wait(settings.fetch_max_wait_ms)
    app = faust.App(
        settings.app_id,
        broker=settings.broker,
        datadir=str(settings.data_dir),
        web_enabled=True,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        processing_guarantee="at_least_once",
        # Topics are created by the CLI before the worker starts (Tansu has no
        # auto-creation worth relying on); no leader topic, no tables.
        topic_allow_declare=False,
        topic_disable_leader=True,
        topic_partitions=settings.partitions,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # A stage message carries the DocBin (~60 bytes a token): Faust's 1 MB default stops
        # texts above ~16,000 tokens, well under WIRESTREAM_MAX_CHARS (docs/faults.md).
        producer_max_request_size=8 * 2**20,
        broker_commit_interval=1.0,
        # Tansu answers a first JoinGroup only after half the session timeout
        # (docs/broker-gaps.md): 10 s keeps start-up at ~5 s instead of 30 s.
        broker_session_timeout=settings.session_timeout,
        broker_rebalance_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(0.5, settings.session_timeout / 10),
        stream_wait_empty=True,
    )
    topics = Topics.declare(app, settings)
    rt = Runtime(settings, topics, docs=ParsedDocs(settings.doc_cache))

    @app.on_partitions_assigned.connect
    async def on_assigned(app, assigned, **kwargs):  # noqa: ARG001
        rt.assigned = True
        rt._update_ready()

    @app.task
    async def load_model():
        await rt.load_model()

    lag_series: set[tuple[str, str]] = set()

    @app.timer(interval=5.0)
    async def update_lag():
        """Lag = end offset - committed offset, per assigned partition (approximate on Tansu)."""
        consumer = app.consumer
        assigned = sorted(consumer.assignment())
        # Partitions another worker took over are no longer ours to report: a stale value
        # would keep the lag alert firing (rules take the max per partition across workers).
        for topic, partition in lag_series - {(tp.topic, str(tp.partition)) for tp in assigned}:
            metrics.CONSUMER_LAG.remove(topic, partition)
            lag_series.discard((topic, partition))
        if not assigned:
            return
        try:
            ends = await consumer.highwaters(*assigned)
        except Exception as exc:  # broker away: keep the last values, readiness reports it
            log.debug("end offsets unavailable", extra={"error": repr(exc)})
            return
        committed = consumer._committed_offset  # Faust keeps no public accessor for it
        for tp in assigned:
            end = ends.get(tp)
            if end is not None:
                metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(
                    max(0, end - (committed.get(tp) or 0)))
                lag_series.add((tp.topic, str(tp.partition)))

    @app.timer(interval=health.PROBE_INTERVAL)
    async def probe_broker():
        await health.probe_broker(rt)

    @app.page("/metrics")
    async def metrics_page(web, request):  # noqa: ARG001
        body, content_type = metrics.exposition()
        return web.bytes(body, content_type=content_type)

    @app.page("/healthz")
    async def healthz(web, request):  # noqa: ARG001
        return web.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(web, request):  # noqa: ARG001
        state = {"model_loaded": rt.nlp is not None, "group_joined": rt.assigned,
                 "broker_reachable": rt.broker_ok}
        return web.json({"ready": rt.ready, **state}, status=200 if rt.ready else 503)

    from agents import register_all

    register_all(app, rt)
    return app, rt
