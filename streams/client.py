"""Plain aiokafka clients for feeding and tailing (no Faust needed on that side)."""
from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer


def producer(bootstrap: str) -> AIOKafkaProducer:
    # Tansu rejects InitProducerId, so no idempotent producer (docs/broker-gaps.md).
    return AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=False, acks="all",
                            linger_ms=5, max_request_size=8 * 1024 * 1024)


async def records(bootstrap: str, topic: str, from_beginning: bool = True,
                  idle_timeout: float | None = None, ticks: bool = False) -> AsyncIterator:
    """Yield records of `topic` (all partitions, no consumer group); stop after `idle_timeout` s idle.

    With `ticks`, also yield None every 200 ms without records, so callers can check other conditions.
    """
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        client_id=f"wirestream-tail-{uuid.uuid4().hex[:8]}", fetch_max_wait_ms=200)
    await consumer.start()
    try:
        last = time.monotonic()
        while True:
            batch = await consumer.getmany(timeout_ms=200)
            for messages in batch.values():
                for msg in messages:
                    last = time.monotonic()
                    yield msg
            if ticks and not batch:
                yield None
            if idle_timeout is not None and time.monotonic() - last > idle_timeout:
                return
            await asyncio.sleep(0)
    finally:
        await consumer.stop()
