"""The `wirestream` command line."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import click
import orjson

from . import logs
from .settings import Settings

log = logging.getLogger("wirestream.cli")
TOPIC_KINDS = ("entities", "quotes", "relations", "deadletter")


def _settings() -> Settings:
    settings = Settings.from_env()
    logs.setup(settings.log_level)
    return settings


def _client_bootstrap(settings: Settings) -> str:
    """Clients talk to WIRESTREAM_BROKER, or to the embedded broker a local `run` started."""
    if settings.broker:
        return settings.bootstrap()
    return f"127.0.0.1:{settings.embedded_port}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """wirestream: entities, quotes and relations from news articles on Kafka.

    Configuration comes from WIRESTREAM_* environment variables (see
    streams/settings.py and the README).
    """


@main.command()
def run() -> None:
    """Run the worker (all stages, /metrics, /healthz, /readyz on the web port).

    With no WIRESTREAM_BROKER it starts the embedded Tansu broker on
    127.0.0.1:WIRESTREAM_EMBEDDED_PORT and stops it on exit.
    """
    import threading

    import faust

    from extraction import nlp as nlp_loader

    from .app import create_app
    from .broker import EmbeddedBroker
    from .health import wait_for_broker

    settings = _settings()
    broker = None
    if not settings.broker:
        try:
            broker = EmbeddedBroker(settings.embedded_port).start()
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from None
        settings = dataclasses.replace(settings, broker=broker.url)
    try:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        # Load spaCy while waiting for the broker and joining the group (both take seconds);
        # the agents wait for it.
        threading.Thread(target=nlp_loader.load, args=(settings.model,), daemon=True).start()
        # Web endpoints answer (not ready) while this waits for the broker.
        loop.run_until_complete(wait_for_broker(settings))
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        app, _ = create_app(settings)
        log.info("starting worker", extra={"broker": settings.broker, "group": settings.app_id,
                                           "web": f"http://{settings.web_host}:{settings.web_port}"})
        worker = faust.Worker(app, loop=loop, loglevel=settings.log_level.upper(),
                              logging_config=logs.logging_config(settings.log_level),
                              redirect_stdouts=False, quiet=True)
        worker.execute_from_commandline()
    finally:
        if broker:
            broker.stop()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--no-validate", is_flag=True, help="Send .jsonl lines as they are (the worker dead-letters bad ones).")
def feed(paths: tuple[str, ...], no_validate: bool) -> None:
    """Publish articles: .txt stories, .jsonl files, directories of them, or - for stdin (JSON lines)."""
    from .broker import ensure_topics
    from .client import producer
    from .inputs import read

    settings = _settings()
    bootstrap = _client_bootstrap(settings)

    async def send_all() -> tuple[int, list]:
        await ensure_topics(bootstrap, settings.all_topics(), settings.partitions, timeout=30)
        prod = producer(bootstrap)
        await prod.start()
        sent, rejected, pending = 0, [], []
        try:
            with click.progressbar(length=0, label="feeding", file=sys.stderr,
                                   show_pos=True) as bar:
                for item in read(list(paths), settings.limits):
                    if item.error and not (no_validate and item.raw is not None):
                        rejected.append((item.origin, item.error.reason, item.error.detail))
                        continue
                    if no_validate and item.raw is not None:
                        key = item.article.id.encode() if item.article else None
                        value = item.raw
                    else:
                        key, value = item.article.id.encode(), orjson.dumps(item.article.to_dict())
                    pending.append(await prod.send(settings.topic_articles, value, key=key))
                    sent += 1
                    bar.update(1)
                await asyncio.gather(*pending)
        finally:
            await prod.stop()
        return sent, rejected

    sent, rejected = asyncio.run(send_all())
    for origin, reason, detail in rejected:
        click.echo(f"rejected {origin}: {reason} {detail}".rstrip(), err=True)
    click.echo(f"sent {sent}, rejected {len(rejected)} to {settings.topic_articles} on {bootstrap}",
               err=True)
    if rejected:
        sys.exit(1)


@main.command()
@click.argument("kind", type=click.Choice(TOPIC_KINDS), default="relations")
@click.option("--pretty", is_flag=True, help="One readable line per event instead of JSON.")
@click.option("--new-only", is_flag=True, help="Skip what the topic already holds.")
@click.option("--idle-exit", type=float, default=None, help="Exit after this many seconds without events.")
@click.option("--limit", type=int, default=None, help="Exit after this many events.")
def tail(kind: str, pretty: bool, new_only: bool, idle_exit: float | None, limit: int | None) -> None:
    """Print the events of an output topic as JSON lines (or --pretty)."""
    from .client import records
    from .render import pretty as render

    settings = _settings()
    topic = {"entities": settings.topic_entities, "quotes": settings.topic_quotes,
             "relations": settings.topic_relations, "deadletter": settings.topic_deadletter}[kind]

    async def go() -> None:
        n = 0
        async for msg in records(_client_bootstrap(settings), topic, not new_only, idle_exit):
            if pretty:
                click.echo(render(kind, orjson.loads(msg.value)))
            else:
                sys.stdout.buffer.write(msg.value + b"\n")
                sys.stdout.flush()
            n += 1
            if limit is not None and n >= limit:
                return

    try:
        asyncio.run(go())
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", type=int, default=None, help="nlp.pipe batch size (default WIRESTREAM_BATCH_SIZE).")
def extract(paths: tuple[str, ...], batch_size: int | None) -> None:
    """Run the stages in-process (no broker) and print the events as JSON lines."""
    from extraction import nlp as nlp_loader
    from extraction import pipeline

    from .inputs import read

    settings = _settings()
    items = list(read(list(paths), settings.limits))
    rejected = [i for i in items if i.error]
    for item in rejected:
        click.echo(f"rejected {item.origin}: {item.error.reason} {item.error.detail}".rstrip(), err=True)
    nlp = nlp_loader.load(settings.model)
    out = sys.stdout.buffer
    articles = [i.article for i in items if i.article and not i.error]
    started, n_events = time.perf_counter(), 0
    failed: list[tuple[str, Exception]] = []
    for event in pipeline.run(nlp, articles, batch_size or settings.batch_size, failed=failed):
        out.write(orjson.dumps(event) + b"\n")
        n_events += 1
    out.flush()
    for article_id, exc in failed:
        click.echo(f"failed {article_id}: {type(exc).__name__}: {exc}", err=True)
    log.info("extracted", extra={"articles": len(articles), "events": n_events, "rejected": len(rejected),
                                 "failed": len(failed), "seconds": round(time.perf_counter() - started, 3)})
    if rejected or failed:
        sys.exit(1)


@main.command()
def broker() -> None:
    """Run only the embedded broker (foreground), with wirestream's topics created."""
    from .broker import EmbeddedBroker, ensure_topics

    settings = _settings()
    with EmbeddedBroker(settings.embedded_port) as b:
        asyncio.run(ensure_topics(b.bootstrap, settings.all_topics(), settings.partitions))
        click.echo(b.url, err=False)
        sys.stdout.flush()
        try:
            b.proc.wait()
        except KeyboardInterrupt:
            pass


def default_demo_paths() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    candidates = [root.parent / "shared" / "eval" / "dev", root / "tests" / "articles"]
    return [str(p) for p in candidates if p.is_dir()]


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--timeout", type=float, default=600.0, help="Give up after this many seconds.")
def demo(paths: tuple[str, ...], timeout: float) -> None:
    """Start the embedded broker and a worker, feed articles, print relations as they arrive.

    PATHS default to the dev articles (../shared/eval/dev) and tests/articles.
    """
    from .broker import EmbeddedBroker, free_port, port_open, stop_process
    from .demo import run_demo

    settings = _settings()
    paths = list(paths) or default_demo_paths()
    if not paths:
        raise click.UsageError("no articles found: give PATHS")
    port = settings.embedded_port
    with EmbeddedBroker(free_port() if port_open(port) else port) as b:
        web_port = free_port() if port_open(settings.web_port) else settings.web_port
        env = {**os.environ, "WIRESTREAM_BROKER": b.url, "WIRESTREAM_WEB_PORT": str(web_port)}
        worker = subprocess.Popen([sys.executable, "-m", "streams", "run"], env=env)
        try:
            code = run_demo(b.bootstrap, f"http://127.0.0.1:{web_port}", paths, settings, timeout, worker)
        finally:
            stop_process(worker, 30)
    sys.exit(code)


if __name__ == "__main__":
    main()
