"""`wirestream demo`: feed articles to a fresh worker and show its relation events."""
from __future__ import annotations

import asyncio
import time

import click
import orjson

from .client import producer, records
from .inputs import read
from .probe import metric_sum, wait_ready
from .render import pretty


def run_demo(bootstrap: str, web_url: str, paths: list[str], settings, timeout: float, worker) -> int:
    click.echo(f"broker {bootstrap}; waiting for the worker (model load and group join)…", err=True)
    took = wait_ready(web_url, timeout, alive=lambda: worker.poll() is None)
    click.echo(f"worker ready after {took:.1f}s; metrics at {web_url}/metrics", err=True)
    articles = [i.article for i in read(paths, settings.limits) if i.article]
    return asyncio.run(_feed_and_show(bootstrap, web_url, articles, settings, timeout))


async def _feed_and_show(bootstrap, web_url, articles, settings, timeout) -> int:
    prod = producer(bootstrap)
    await prod.start()
    try:
        for art in articles:
            await prod.send(settings.topic_articles, orjson.dumps(art.to_dict()), key=art.id.encode())
        await prod.flush()
    finally:
        await prod.stop()
    click.echo(f"fed {len(articles)} articles; relations as they arrive:", err=True)
    started = time.monotonic()

    def finished() -> bool:
        done = metric_sum(web_url, "wirestream_stage_messages_total", stage="relations")
        failed = metric_sum(web_url, "wirestream_dead_letters_total")
        return done + failed >= len(articles)

    shown, done_at, checked = 0, None, 0.0
    async for msg in records(bootstrap, settings.topic_relations, ticks=True):
        if msg is not None:
            click.echo(pretty("relations", orjson.loads(msg.value)))
            shown += 1
        now = time.monotonic()
        if done_at is None and now - checked > 1.0:
            checked = now
            if await asyncio.to_thread(finished):
                done_at = now  # then drain what is still in flight for a moment
        if (done_at and now - done_at > 2.0) or now - started > timeout:
            break
    click.echo(f"{shown} relation events from {len(articles)} articles in "
               f"{time.monotonic() - started:.1f}s", err=True)
    if done_at is None:  # the timeout came first: say so rather than pass for a finished run
        click.echo(f"gave up after {timeout:.0f}s before the worker had finished every article "
                   f"(raise --timeout)", err=True)
        return 1
    return 0 if shown else 1
