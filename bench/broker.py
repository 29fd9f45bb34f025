"""Through the broker: real `wirestream run` worker processes on an embedded Tansu broker.

    python -m bench.broker --articles 100 [--workers 1] [--half-load]

One scenario = a fresh broker on a free port, topics created, N workers in one
consumer group (free web ports, own data dirs), all ready, then the articles
are produced with their send time as the Kafka message timestamp. An article
counts as done through the worker's own `wirestream_stage_messages_total
{stage="relations"}` counter (an article may have no relation event); its
latency is the timestamp of its last output event (relations if it has any,
else its last entity/quote event) minus its input timestamp. Peak RSS is each
worker's VmHWM from /proc.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from streams.broker import EmbeddedBroker, ensure_topics, free_port, stop_process
from streams.client import producer
from streams.probe import metric_sum, wait_ready
from streams.settings import Settings

from .common import json_line, load_articles, percentile

ROOT = Path(__file__).resolve().parents[1]
HOPS = ("valid", "parsed", "entities", "quotes")
# How often the workers' done counters are read during a load; the end of a load is then
# taken from the output events' own timestamps, so this only bounds the wait.
POLL_SECONDS = 0.5


def STAGE_TOPICS(s: Settings) -> list[str]:  # noqa: N802
    """The internal topics between the stages, in pipeline order (one message per article)."""
    return [s.stage_topic(h) for h in HOPS]


@dataclass
class Worker:
    proc: subprocess.Popen
    web_url: str
    log_path: Path

    last_done: float = 0.0
    metric_timeouts: int = 0

    def done(self) -> float:
        """Articles the relations stage finished; the last known value if /metrics is slow to answer."""
        try:
            self.last_done = metric_sum(self.web_url, "wirestream_stage_messages_total",
                                        stage="relations")
        except (OSError, TimeoutError):  # a busy worker's web server may miss the 2 s timeout
            self.metric_timeouts += 1
        return self.last_done

    def peak_rss_mb(self) -> float:
        """VmHWM (peak resident set) of the worker process, in MB."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def cpu_seconds(self) -> float:
        """User + system CPU time of the worker so far."""
        return _cpu_seconds(self.proc.pid)

    def stage_seconds(self) -> dict[str, float]:
        """Processing time each stage reported so far (sum of its latency histogram)."""
        from streams.metrics import STAGES

        return {st: metric_sum(self.web_url, "wirestream_stage_latency_seconds_sum", stage=st)
                for st in STAGES}

    def stop(self) -> None:
        stop_process(self.proc, 30)


@dataclass
class Cluster:
    """A broker and the workers of one consumer group."""

    broker: EmbeddedBroker
    settings: Settings
    workdir: Path
    app_id: str = field(default_factory=lambda: f"bench-{uuid.uuid4().hex[:6]}")
    workers: list[Worker] = field(default_factory=list)

    def start_worker(self, ready_timeout: float = 180.0, **env: str) -> Worker:
        port = free_port()
        full_env = {**os.environ, "WIRESTREAM_BROKER": self.broker.url,
                    "WIRESTREAM_WEB_PORT": str(port), "WIRESTREAM_APP_ID": self.app_id,
                    "WIRESTREAM_DATA_DIR": str(self.workdir / f"data-{port}"),
                    "WIRESTREAM_LOG_LEVEL": "warning", **env}
        log_path = self.workdir / f"worker-{port}.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen([sys.executable, "-m", "streams", "run"], env=full_env, cwd=ROOT,
                                    stdout=log_file, stderr=subprocess.STDOUT)
        worker = Worker(proc, f"http://127.0.0.1:{port}", log_path)
        self.workers.append(worker)
        try:
            wait_ready(worker.web_url, ready_timeout, alive=lambda: proc.poll() is None)
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{exc}\n{log_path.read_text(errors='replace')[-3000:]}") from None
        return worker

    def done(self) -> float:
        return sum(w.done() for w in self.workers)

    def stop(self) -> None:
        for w in self.workers:
            w.stop()
        self.broker.stop()


def start_cluster(n_workers: int, workdir: Path, **env: str) -> Cluster:
    settings = Settings.from_env()
    broker = EmbeddedBroker(free_port()).start()
    cluster = Cluster(broker, settings, workdir)
    try:
        asyncio.run(ensure_topics(broker.bootstrap, settings.all_topics(), settings.partitions))
        for _ in range(n_workers):
            cluster.start_worker(**env)
        if n_workers > 1:
            # A joining worker triggers a rebalance; let the group settle before measuring.
            time.sleep(settings.session_timeout)
            for w in cluster.workers:
                wait_ready(w.web_url, 120)
    except BaseException:
        cluster.stop()
        raise
    return cluster


async def _read_back(bootstrap: str, topics: list[str], sink: dict, keys: set,
                     idle: float = 2.0, timeout: float = 120.0) -> None:
    """Record, per article key, the last timestamp (ms) on each topic: read from the start
    until nothing new came for `idle` seconds (Tansu's end offsets lag, so not up to them)."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                fetch_max_wait_ms=100, max_partition_fetch_bytes=16 * 2**20)
    await consumer.start()
    deadline = time.monotonic() + timeout
    last_new = time.monotonic()
    try:
        while time.monotonic() - last_new < idle and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for tp, messages in batch.items():
                if messages:
                    last_new = time.monotonic()
                for msg in messages:
                    if msg.key in keys:
                        slot = sink.setdefault(msg.key, {})
                        slot[tp.topic] = max(slot.get(tp.topic, 0), msg.timestamp)
    finally:
        await consumer.stop()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


async def load(cluster: Cluster, articles: list[dict], rate: float | None,
               timeout: float = 3600.0) -> dict:
    """Feed the articles (all at once, or `rate` per second) and wait until every one is done."""
    s = cluster.settings
    out_topics = [s.topic_entities, s.topic_quotes, s.topic_relations] + STAGE_TOPICS(s)
    base = await asyncio.to_thread(cluster.done)
    cpu0 = [w.cpu_seconds() for w in cluster.workers]
    broker_cpu0 = _cpu_seconds(cluster.broker.proc.pid)
    stages0 = await asyncio.to_thread(lambda: [w.stage_seconds() for w in cluster.workers])
    sent: dict[bytes, int] = {}
    prod = producer(cluster.broker.bootstrap)
    await prod.start()
    started = time.time()
    try:
        futures = []
        for i, art in enumerate(articles):
            if rate:
                delay = started + i / rate - time.time()
                if delay > 0:
                    await asyncio.sleep(delay)
            key = art["id"].encode()
            ts = int(time.time() * 1000)
            sent[key] = ts
            futures.append(await prod.send(s.topic_articles, orjson.dumps(art), key=key,
                                           timestamp_ms=ts))
        await asyncio.gather(*futures)
        fed = time.time()
        deadline = started + timeout
        while (done := await asyncio.to_thread(cluster.done)) < base + len(articles):
            if time.time() > deadline:
                raise TimeoutError(f"{done - base:.0f}/{len(articles)} articles done after {timeout}s")
            if any(w.proc.poll() is not None for w in cluster.workers):
                raise RuntimeError("a worker exited during the load")
            await asyncio.sleep(POLL_SECONDS)
        polled_done = time.time()
        cpu = [w.cpu_seconds() - c for w, c in zip(cluster.workers, cpu0)]
        broker_cpu = _cpu_seconds(cluster.broker.proc.pid) - broker_cpu0
        stages1 = await asyncio.to_thread(lambda: [w.stage_seconds() for w in cluster.workers])
    finally:
        await prod.stop()
    # The topics are read only now, so that reading them takes no CPU from the workers while
    # they are measured; every message keeps the time it was produced at.
    sink: dict = {}
    await _read_back(cluster.broker.bootstrap, out_topics, sink, set(sent))
    figures = _figures(articles, sent, sink, s, started, fed, polled_done, rate)
    wall = figures["seconds"]
    figures["worker_cpu_seconds"] = [round(c, 2) for c in cpu]
    figures["worker_cpu_share"] = [round(c / wall, 3) for c in cpu]
    figures["broker_cpu_share"] = round(broker_cpu / wall, 3)
    figures["stage_seconds"] = {st: round(sum(b[st] - a[st] for a, b in zip(stages0, stages1)), 2)
                                for st in stages1[0]}
    return figures


def _figures(articles, sent, sink, s: Settings, started, fed, polled_done, rate) -> dict:
    """Throughput runs from the first send to the last output event (to the poll that saw
    the last article done if some article's output was not read back)."""
    latencies, with_relations, without_output, last_output = [], 0, 0, 0
    hops = {h: [] for h in (*HOPS, "out")}
    stage_topics = STAGE_TOPICS(s)
    for key, ts_in in sent.items():
        seen = sink.get(key, {})
        prev = ts_in
        for hop, topic in zip(HOPS, stage_topics):
            if topic in seen:
                hops[hop].append((seen[topic] - prev) / 1000)
                prev = seen[topic]
        outs = {t: v for t, v in seen.items() if t not in stage_topics}
        if s.topic_relations in outs:
            with_relations += 1
            last = outs[s.topic_relations]
        elif outs:
            last = max(outs.values())
        else:
            without_output += 1
            continue
        latencies.append((last - ts_in) / 1000)
        hops["out"].append((last - prev) / 1000)
        last_output = max(last_output, *outs.values())
    n = len(articles)
    finished = polled_done if without_output else last_output / 1000
    return {
        "articles": n,
        "feed_rate": round(rate, 3) if rate else "max",
        "feed_seconds": round(fed - started, 3),
        "seconds": round(finished - started, 3),
        "articles_per_s": round(n / (finished - started), 3),
        "latency_p50": round(percentile(latencies, 50), 3),
        "latency_p95": round(percentile(latencies, 95), 3),
        "latency_p99": round(percentile(latencies, 99), 3),
        "latency_max": round(max(latencies), 3) if latencies else float("nan"),
        "articles_with_relation_events": with_relations,
        "articles_without_output_seen": without_output,
        # Median time from the previous topic's timestamp to this one's: where latency accrues.
        "hop_p50": {h: round(percentile(v, 50), 3) for h, v in hops.items() if v},
    }


def scenario(articles: list[dict], n_workers: int, workdir: Path, half_load: bool = False,
             half_articles: int | None = None, id_prefix: str = "") -> dict:
    """Run one cluster: full load, then optionally half load at half the measured rate."""
    cluster = start_cluster(n_workers, workdir)
    try:
        run = uuid.uuid4().hex[:6]
        full = asyncio.run(load(cluster, [{**a, "id": f"{id_prefix}{a['id']}-{run}"} for a in articles],
                                rate=None))
        result = {"workers": n_workers, "full": full}
        if half_load:
            rate = full["articles_per_s"] / 2
            subset = articles[: half_articles or len(articles)]
            result["half"] = asyncio.run(load(
                cluster, [{**a, "id": f"{id_prefix}{a['id']}-{run}-half"} for a in subset], rate=rate))
        result["peak_rss_mb"] = [round(w.peak_rss_mb(), 1) for w in cluster.workers]
        result["done_per_worker"] = [w.done() for w in cluster.workers]
        result["metrics_timeouts"] = [w.metric_timeouts for w in cluster.workers]
        result["doc_cache"] = [{r: metric_sum(w.web_url, "wirestream_doc_cache_total", result=r)
                                for r in ("hit", "miss")} for w in cluster.workers]
        return result
    finally:
        cluster.stop()


def main(argv: list[str] | None = None) -> None:
    from . import corpus

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", "-n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", help="existing .jsonl corpus (default: generate --articles)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--half-load", action="store_true")
    args = ap.parse_args(argv)
    if args.corpus:
        arts = [a.to_dict() for a in load_articles(args.corpus)[: args.articles]]
    else:
        arts = list(corpus.articles(args.articles, args.seed))
    with tempfile.TemporaryDirectory(prefix="wirestream-bench-") as tmp:
        result = scenario(arts, args.workers, Path(tmp), args.half_load)
    print(json_line("broker", result))


if __name__ == "__main__":
    main()
