"""Faults on the real embedded broker with real `wirestream run` processes.

Each test starts its own Tansu broker (so a test can stop it) and its own workers.
Article count: WIRESTREAM_FAULT_N (default 200; docs/faults.md has the full-size runs).
Every generated article yields entity and relation events (faultkit.article), so
"done" for an article means: its id is on the entities topic AND on the relations
topic (relations are published by the last stage, after the entities).
"""
from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid

import orjson
import pytest

from conftest import Worker, produce
from faultkit import (FAULT_N, RssSampler, TopicReader, articles, duplicates, metric, readyz,
                      spawn_worker, tail, wait_until)
from streams.broker import EmbeddedBroker, ensure_topics, free_port
from streams.settings import Settings

SETTINGS = Settings.from_env()
START_TIMEOUT = 180  # model load + group join, on a shared 2-core machine


def per_article_timeout(n: int) -> float:
    return 120 + 0.25 * n


def start_broker(port: int | None = None, topics: bool = True) -> EmbeddedBroker:
    broker = EmbeddedBroker(port or free_port()).start()
    if topics:
        asyncio.run(ensure_topics(broker.bootstrap, SETTINGS.all_topics(), SETTINGS.partitions))
    return broker


def feed(bootstrap: str, arts: list[dict]) -> None:
    produce(bootstrap, SETTINGS.topic_articles, [(a["id"].encode(), orjson.dumps(a)) for a in arts])


class Outputs:
    """Entity and relation records of one run (by article id prefix), read in the background."""

    def __init__(self, bootstrap: str, run: str):
        self.entities = TopicReader(bootstrap, SETTINGS.topic_entities, run)
        self.relations = TopicReader(bootstrap, SETTINGS.topic_relations, run)

    def done(self) -> set[str]:
        return self.entities.keys() & self.relations.keys()

    def close(self) -> None:
        self.entities.close()
        self.relations.close()


def _ready(worker) -> bool:
    return readyz(worker) == 200


@pytest.fixture
def cleanup():
    """Stops what a test started, even when it fails: readers, then workers, then brokers
    (a worker told to stop while its broker is away takes 30 s, see docs/faults.md)."""
    things = []
    yield things
    order = (Outputs, RssSampler, Worker, EmbeddedBroker)
    for thing in sorted(things, key=lambda t: next(i for i, c in enumerate(order) if isinstance(t, c))):
        thing.close() if isinstance(thing, Outputs) else thing.stop()


def _run_id(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:6]}"


@pytest.mark.integration
def test_fault_articles_are_complete(nlp):
    """The completion criterion of these tests holds for the generated articles, in-process."""
    from extraction.article import from_mapping
    from extraction.pipeline import analyse

    for art in articles(40, "check"):
        a = from_mapping(art)
        types = {ev["type"] for ev in analyse(nlp(a.text), a)}
        assert {"entity", "relation"} <= types, f"generated article without relation: {a.text}"


@pytest.mark.integration
def test_kill_9_midway_then_restart_loses_nothing(tmp_path, cleanup):
    """kill -9 a worker a third of the way through; a new worker in the same group finishes.

    Done = every fed id is on the entities AND the relations topic, and the new worker's
    relations stage counted at least the articles that had no relation event when the
    first one died (it cannot have got them from anywhere else). Redelivered events
    must repeat the same event_id with the same bytes; their number is reported.
    """
    n, run = FAULT_N, _run_id("k9")
    broker = start_broker()
    cleanup.append(broker)
    arts = articles(n, run)
    ids = {a["id"] for a in arts}
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    feed(broker.bootstrap, arts)
    started = time.monotonic()
    first = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(first)
    wait_until(lambda: len(out.relations.keys()) >= max(1, n // 3), per_article_timeout(n),
               "a third of the articles done before the kill", first)
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait(10)
    done_at_kill = out.relations.keys()
    assert len(done_at_kill) < n, "the first worker finished everything before the kill; raise N"

    second = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(second)
    wait_until(lambda: out.done() >= ids and metric(
        second, "wirestream_stage_messages_total", stage="relations") >= n - len(done_at_kill),
        per_article_timeout(n), f"all {n} articles done after the restart", second)
    elapsed = time.monotonic() - started
    redone = metric(second, "wirestream_stage_messages_total", stage="relations")

    records = {**out.entities.snapshot(), **{f"r:{k}": v for k, v in out.relations.snapshot().items()}}
    n_dup, problems = duplicates(records)
    assert not problems, problems[:10]
    assert second.proc.poll() is None, "the second worker died" + tail(second)
    print(f"\nkill -9: n={n} done at kill={len(done_at_kill)} second worker relations stage={redone:.0f} "
          f"(re-processed {redone - (n - len(done_at_kill)):.0f}) duplicate events={n_dup} "
          f"total {elapsed:.1f}s")


@pytest.mark.integration
def test_sigterm_commits_and_a_restart_re_emits_nothing(tmp_path, cleanup):
    """SIGTERM mid-batch: exit 0 within 30 s, and a restart re-emits nothing already done.

    Batch A is processed completely, then batch B is fed and SIGTERM arrives a third of the
    way through B. The restarted worker (same group) finishes B, then a few sentinel
    articles covering every input partition: per partition, stages keep order (same key,
    same partition count), so once the sentinels are done anything the restart would
    re-emit from A has been emitted. A's records must be unchanged.
    """
    n, run = FAULT_N, _run_id("term")
    broker = start_broker()
    cleanup.append(broker)
    batch_a, batch_b = articles(n // 2, run + "-a"), articles(n, run + "-b")
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    first = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(first)
    feed(broker.bootstrap, batch_a)
    ids_a = {a["id"] for a in batch_a}
    wait_until(lambda: out.done() >= ids_a and metric(
        first, "wirestream_stage_messages_total", stage="relations") >= len(ids_a),
        per_article_timeout(len(ids_a)), "batch A done", first)

    feed(broker.bootstrap, batch_b)
    ids_b = {a["id"] for a in batch_b}
    wait_until(lambda: len(out.relations.keys() & ids_b) >= max(1, n // 3),
               per_article_timeout(n), "a third of batch B done", first)
    term_at = time.monotonic()
    first.proc.send_signal(signal.SIGTERM)
    try:
        code = first.proc.wait(30)
    except Exception:
        raise AssertionError("worker still running 30 s after SIGTERM" + tail(first)) from None
    stop_seconds = time.monotonic() - term_at
    assert code == 0, f"exit code {code} after SIGTERM" + tail(first)
    entities_a = {k: v for k, v in out.entities.snapshot().items() if k in ids_a}
    relations_a = {k: v for k, v in out.relations.snapshot().items() if k in ids_a}
    done_b_at_stop = out.relations.keys() & ids_b

    second = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(second)
    sentinels = _sentinels(run + "-s")
    wait_until(lambda: _ready(second), START_TIMEOUT, "the restarted worker ready", second)
    feed(broker.bootstrap, sentinels)
    all_ids = ids_b | {a["id"] for a in sentinels}
    wait_until(lambda: out.done() >= all_ids, per_article_timeout(n), "batch B and sentinels done",
               second)

    assert {k: v for k, v in out.entities.snapshot().items() if k in ids_a} == entities_a, \
        "the restart re-emitted entity events of batch A"
    assert {k: v for k, v in out.relations.snapshot().items() if k in ids_a} == relations_a, \
        "the restart re-emitted relation events of batch A"
    records = {**out.entities.snapshot(), **{f"r:{k}": v for k, v in out.relations.snapshot().items()}}
    n_dup, problems = duplicates(records)
    assert not problems, problems[:10]
    print(f"\nSIGTERM: exit 0 after {stop_seconds:.1f}s; batch B done at stop {len(done_b_at_stop)}/{n}; "
          f"duplicate events after restart {n_dup}")


def _sentinels(run: str) -> list[dict]:
    """Articles whose keys land on every input partition (the producer's murmur2 partitioner)."""
    from aiokafka.partitioner import DefaultPartitioner

    partitioner = DefaultPartitioner()
    parts = list(range(SETTINGS.partitions))
    chosen: dict[int, dict] = {}
    i = 0
    while len(chosen) < len(parts):
        art = articles(i + 1, run)[i]
        chosen.setdefault(partitioner(art["id"].encode(), parts, parts), art)
        i += 1
    return list(chosen.values())


@pytest.mark.integration
def test_broker_unreachable_at_start_then_appears(tmp_path, cleanup):
    """No broker at start: /healthz 200, /readyz 503 while it retries; a broker appears: it works."""
    port, run = free_port(), _run_id("late")
    worker = spawn_worker(tmp_path, f"kafka://127.0.0.1:{port}", run)
    cleanup.append(worker)
    wait_until(lambda: readyz(worker) == 503, 60, "/readyz answering 503 without a broker", worker)
    from streams.probe import http_get

    assert http_get(f"{worker.web_url}/healthz")[0] == 200
    body = orjson.loads(http_get(f"{worker.web_url}/readyz")[1])
    assert body["ready"] is False and body["broker_reachable"] is False
    wait_until(lambda: worker.log().count("broker not reachable") >= 3, 30,
               "retries logged with backoff", worker)
    assert worker.proc.poll() is None and readyz(worker) == 503

    broker = start_broker(port, topics=False)  # the worker creates its topics
    cleanup.append(broker)
    wait_until(lambda: _ready(worker), START_TIMEOUT, "ready once the broker is up", worker)
    arts = articles(5, run)
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    feed(broker.bootstrap, arts)
    wait_until(lambda: out.done() >= {a["id"] for a in arts}, 120, "articles done", worker)
    assert worker.log().count("starting worker") == 1, "the worker restarted" + tail(worker)


@pytest.mark.integration
def test_broker_lost_mid_run_then_back(tmp_path, cleanup):
    """The broker dies: not ready, no crash. A new empty broker on the same port: topics are
    re-created by the worker, which processes newly fed articles (in-memory data is gone)."""
    port, run = free_port(), _run_id("lost")
    broker = start_broker(port)
    cleanup.append(broker)  # stopped below; stopping twice is harmless
    worker = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(worker)
    wait_until(lambda: _ready(worker), START_TIMEOUT, "worker ready", worker)
    before = articles(5, run + "-1")
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    feed(broker.bootstrap, before)
    wait_until(lambda: out.done() >= {a["id"] for a in before}, 120, "articles done before the loss",
               worker)
    out.close()

    lost_at = time.monotonic()
    broker.stop()
    wait_until(lambda: readyz(worker) == 503, 30, "/readyz 503 after the broker died", worker)
    not_ready_after = time.monotonic() - lost_at
    deadline = time.monotonic() + 10  # stays up, not ready, while the broker is away
    while time.monotonic() < deadline:
        assert worker.proc.poll() is None, "worker died without its broker" + tail(worker)
        assert readyz(worker) == 503, "ready without a broker" + tail(worker)
        time.sleep(0.5)

    broker = start_broker(port, topics=False)  # empty: the worker must re-create its topics
    cleanup.append(broker)
    back_at = time.monotonic()
    wait_until(lambda: _ready(worker), 120, "ready again after the broker came back", worker)
    ready_after = time.monotonic() - back_at
    after = articles(5, run + "-2")
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    feed(broker.bootstrap, after)
    wait_until(lambda: out.done() >= {a["id"] for a in after}, 180,
               "articles fed after the broker came back done", worker)
    print(f"\nbroker lost: not ready after {not_ready_after:.1f}s; ready {ready_after:.1f}s after the "
          f"new broker started")


# Resident memory a worker may add over its idle, model-loaded size while a backlog is
# processed (docs/faults.md explains what bounds it and the figures measured).
RSS_GROWTH_LIMIT_MB = float(os.environ.get("WIRESTREAM_FAULT_RSS_MB", "600"))


@pytest.mark.integration
def test_backpressure_memory_bounded_nothing_lost(tmp_path, cleanup):
    """Articles fed far faster than one worker processes them: RSS stays bounded, none lost.

    The feed (aiokafka, batched) publishes WIRESTREAM_FAULT_N articles in about a second;
    the worker needs minutes at full size. Faust pauses fetching a partition once its
    buffer holds `stream_buffer_maxsize` events and each fetch is capped by
    `consumer_max_fetch_size`, so the backlog stays on the broker, not in the worker.
    """
    n, run = FAULT_N, _run_id("bp")
    broker = start_broker()
    cleanup.append(broker)
    out = Outputs(broker.bootstrap, run)
    cleanup.append(out)
    worker = spawn_worker(tmp_path, broker.url, run)
    cleanup.append(worker)
    wait_until(lambda: _ready(worker), START_TIMEOUT, "worker ready", worker)
    warm = articles(8, run + "-warm")
    feed(broker.bootstrap, warm)
    wait_until(lambda: out.done() >= {a["id"] for a in warm}, 120, "warm-up articles done", worker)
    sampler = RssSampler(worker.proc.pid)
    cleanup.append(sampler)
    time.sleep(1.0)  # a couple of idle samples: the baseline
    baseline = min(sampler.samples)

    arts = articles(n, run)
    ids = {a["id"] for a in arts}
    fed_at = time.monotonic()
    feed(broker.bootstrap, arts)
    feed_seconds = time.monotonic() - fed_at
    wait_until(lambda: out.done() >= ids, per_article_timeout(n), f"all {n} articles done", worker)
    seconds = time.monotonic() - fed_at
    sampler.stop()
    growth_mb = (sampler.peak - baseline) / 2**20
    n_dup, problems = duplicates(out.entities.snapshot())
    assert not problems, problems[:10]
    print(f"\nbackpressure: n={n} fed in {feed_seconds:.1f}s, processed in {seconds:.1f}s "
          f"({n / seconds:.1f} articles/s); RSS baseline {baseline / 2**20:.0f} MB, "
          f"peak {sampler.peak / 2**20:.0f} MB (+{growth_mb:.0f} MB); duplicate entity events {n_dup}")
    assert growth_mb < RSS_GROWTH_LIMIT_MB, (
        f"RSS grew by {growth_mb:.0f} MB (limit {RSS_GROWTH_LIMIT_MB} MB)" + tail(worker))
