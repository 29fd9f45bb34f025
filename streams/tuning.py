"""Settings Faust does not expose, applied to its aiokafka driver.

Faust hard-codes `fetch_max_wait_ms=1500` for worker consumers. Tansu answers a
waiting fetch only when that wait expires, even when records arrive meanwhile
(`python -m bench.hop` measures it), so every hop between two stages cost up to
1.5 s. WIRESTREAM_FETCH_MAX_WAIT_MS (default 50) sets it instead. On Kafka, which
answers as soon as data arrives, a short wait only means a few more empty
fetches per second while idle.
"""
from __future__ import annotations

from faust.transport.drivers import aiokafka as faust_aiokafka

_original = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer
_fetch_max_wait_ms = {"value": None}


def _create_worker_consumer(self, transport):
    consumer = _original(self, transport)
    if _fetch_max_wait_ms["value"] is not None:
        consumer._fetch_max_wait_ms = _fetch_max_wait_ms["value"]  # read when the fetcher starts
    return consumer


def set_fetch_max_wait(ms: int) -> None:
    _fetch_max_wait_ms["value"] = int(ms)
    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = _create_worker_consumer
