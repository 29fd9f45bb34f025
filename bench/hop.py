"""One broker hop in isolation: how long a record takes from produce to a consumer's hands.

    python -m bench.hop [--messages 20] [--interval 0.3]

Starts an embedded Tansu broker, then for each consumer fetch_max_wait_ms
(1500 is what Faust hard-codes in its aiokafka driver, then 500 and 100)
produces a trickle of small records and records receive time minus the
record's timestamp. Tells whether the broker answers a waiting fetch as soon
as data arrives (latency ~ ms) or only when the wait expires.
"""
from __future__ import annotations

import argparse
import asyncio
import time

from aiokafka import AIOKafkaConsumer

from streams.broker import EmbeddedBroker, ensure_topics, free_port
from streams.client import producer

from .common import json_line, percentile


async def one(bootstrap: str, topic: str, wait_ms: int, n: int, interval: float) -> dict:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None,
                                auto_offset_reset="latest", fetch_max_wait_ms=wait_ms)
    await consumer.start()
    prod = producer(bootstrap)
    await prod.start()
    lat: list[float] = []
    try:
        await asyncio.sleep(1.0)  # let the consumer position itself at the end

        async def receive():
            while len(lat) < n:
                batch = await consumer.getmany(timeout_ms=5000)
                now = time.time()
                for msgs in batch.values():
                    lat.extend(now - m.timestamp / 1000 for m in msgs)

        task = asyncio.create_task(receive())
        for i in range(n):
            await prod.send_and_wait(topic, b"x" * 200, key=str(i).encode(),
                                     timestamp_ms=int(time.time() * 1000))
            await asyncio.sleep(interval)
        await asyncio.wait_for(task, 30)
    finally:
        await prod.stop()
        await consumer.stop()
    return {"fetch_max_wait_ms": wait_ms, "messages": len(lat),
            "p50": round(percentile(lat, 50), 3), "p95": round(percentile(lat, 95), 3),
            "max": round(max(lat), 3)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20)
    ap.add_argument("--interval", type=float, default=0.3)
    args = ap.parse_args(argv)
    with EmbeddedBroker(free_port()) as broker:
        results = []
        for wait_ms in (1500, 500, 100):
            topic = f"bench.hop.{wait_ms}"
            asyncio.run(ensure_topics(broker.bootstrap, [topic], 1))
            results.append(asyncio.run(one(broker.bootstrap, topic, wait_ms, args.messages, args.interval)))
            print(json_line("hop", results[-1]), flush=True)


if __name__ == "__main__":
    main()
