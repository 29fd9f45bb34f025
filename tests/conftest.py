"""Shared fixtures: spaCy once per session; a real embedded broker and real worker processes."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT.parent / "shared" / "eval" / "dev"
ARTICLES_DIR = ROOT / "tests" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from extraction.nlp import load

    return load()


@dataclass
class Worker:
    """A `wirestream run` process on a test broker."""

    proc: subprocess.Popen
    web_url: str
    env: dict
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, sig_kill: bool = False, timeout: float = 30.0) -> int:
        from streams.broker import stop_process

        return stop_process(self.proc, timeout, kill=sig_kill)


@dataclass
class Broker:
    bootstrap: str
    settings: object
    workers: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def start_worker(self, tmp_dir: Path, app_id: str = "wirestream-test", ready_timeout: float = 120,
                     **env_overrides: str) -> Worker:
        from streams.broker import free_port
        from streams.probe import wait_ready

        web_port = free_port()
        env = {**os.environ, "WIRESTREAM_BROKER": self.url, "WIRESTREAM_WEB_PORT": str(web_port),
               "WIRESTREAM_APP_ID": app_id, "WIRESTREAM_DATA_DIR": str(tmp_dir / f"data-{web_port}"),
               **env_overrides}
        log_path = tmp_dir / f"worker-{web_port}.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen([sys.executable, "-m", "streams", "run"], env=env, cwd=ROOT,
                                    stdout=log_file, stderr=subprocess.STDOUT)
        worker = Worker(proc, f"http://127.0.0.1:{web_port}", env, log_path)
        self.workers.append(worker)
        try:
            worker.ready_seconds = wait_ready(worker.web_url, ready_timeout, alive=lambda: proc.poll() is None)
        except Exception:
            worker.stop()
            raise AssertionError(f"worker did not become ready:\n{worker.log()[-4000:]}") from None
        return worker


@pytest.fixture(scope="session")
def broker(tmp_path_factory):
    """A real Tansu broker (the embedded one) on a free loopback port, topics created."""
    from streams.broker import EmbeddedBroker, ensure_topics, free_port
    from streams.settings import Settings

    settings = Settings.from_env()
    with EmbeddedBroker(free_port()) as embedded:
        asyncio.run(ensure_topics(embedded.bootstrap, settings.all_topics(), settings.partitions))
        b = Broker(embedded.bootstrap, settings)
        yield b
        for w in b.workers:
            w.stop()


@pytest.fixture(scope="session")
def worker(broker, tmp_path_factory):
    """One real worker process shared by the integration tests of a session."""
    return broker.start_worker(tmp_path_factory.mktemp("worker"))


def produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes]]) -> None:
    """Send (key, value) pairs and wait until the broker has them all."""
    from streams.client import producer

    async def go():
        prod = producer(bootstrap)
        await prod.start()
        try:
            futures = [await prod.send(topic, value, key=key) for key, value in messages]
            await asyncio.gather(*futures)
        finally:
            await prod.stop()

    asyncio.run(go())


def feed_articles(broker: Broker, articles: list[dict]) -> None:
    produce(broker.bootstrap, broker.settings.topic_articles,
            [(a["id"].encode(), orjson.dumps(a)) for a in articles])


def collect(bootstrap: str, topic: str, done, timeout: float = 120.0, keep=lambda rec: True) -> list:
    """Records of `topic` (from the start) kept by `keep`, read until `done(kept)` or the timeout."""
    from streams.client import records

    async def go():
        kept, deadline = [], time.monotonic() + timeout
        async for rec in records(bootstrap, topic, ticks=True):
            if rec is not None and keep(rec):
                kept.append(rec)
            if done(kept) or time.monotonic() > deadline:
                return kept
        return kept

    return asyncio.run(go())


def dev_articles() -> list[dict]:
    """The dev stories and our own test articles, as input messages."""
    from extraction.article import from_file

    paths = sorted(DEV_DIR.glob("*.txt")) + sorted(ARTICLES_DIR.glob("*.txt"))
    return [from_file(p).to_dict() for p in paths]
