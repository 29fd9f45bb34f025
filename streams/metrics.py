"""Prometheus metrics of the worker (served on /metrics of its web port)."""
from __future__ import annotations

from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram,
                               disable_created_metrics, generate_latest)

disable_created_metrics()  # no *_created series: they double the exposition for nothing here

STAGES = ("validate", "parse", "entities", "quotes", "relations")
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

ARTICLES_IN = Counter("wirestream_articles_in", "Messages read from the input topic")
STAGE_MESSAGES = Counter("wirestream_stage_messages", "Articles a stage finished", ["stage"])
EVENTS_OUT = Counter("wirestream_events_out", "Events published", ["type"])
DEAD_LETTERS = Counter("wirestream_dead_letters", "Messages sent to the dead-letter topic",
                       ["stage", "reason"])
STAGE_ERRORS = Counter("wirestream_stage_errors", "Articles a stage failed on (exceptions)", ["stage"])
STAGE_LATENCY = Histogram("wirestream_stage_latency_seconds",
                          "Processing time per article in a stage (batch time / batch size)",
                          ["stage"], buckets=_LATENCY_BUCKETS)
END_TO_END = Histogram("wirestream_end_to_end_latency_seconds",
                       "Input message timestamp to the article's relation events",
                       buckets=_LATENCY_BUCKETS)
BATCH_SIZE = Gauge("wirestream_batch_size", "Articles in the batch a stage is processing", ["stage"])
MODEL_LOAD = Gauge("wirestream_model_load_seconds", "Time to load the spaCy model")
CONSUMER_LAG = Gauge("wirestream_consumer_lag", "High watermark minus committed offset",
                     ["topic", "partition"])
DOC_CACHE = Counter("wirestream_doc_cache", "Stage lookups of the parsed Doc: hit (kept by this "
                    "worker) or miss (decoded from the envelope)", ["result"])
READY = Gauge("wirestream_ready", "1 once the model is loaded and the group joined")

for _stage in STAGES:  # export every series from the start, so rates start at 0
    STAGE_MESSAGES.labels(_stage)
    STAGE_ERRORS.labels(_stage)
    BATCH_SIZE.labels(_stage)
for _result in ("hit", "miss"):
    DOC_CACHE.labels(_result)
for _type in ("entity", "quote", "relation"):
    EVENTS_OUT.labels(_type)


def exposition() -> tuple[bytes, str]:
    """Body and content type (without charset, which aiohttp wants passed apart)."""
    content_type = "; ".join(p.strip() for p in CONTENT_TYPE_LATEST.split(";")
                             if not p.strip().startswith("charset"))
    return generate_latest(REGISTRY), content_type
