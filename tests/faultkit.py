"""Helpers of the fault tests: generated articles, worker processes, waits with deadlines, RSS."""
from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import orjson

from conftest import ROOT, Worker

FAULT_N = int(os.environ.get("WIRESTREAM_FAULT_N", "200"))

_FIRST = ["Claire", "Marc", "Sophie", "Julien", "Amélie", "Thomas", "Nadia", "Pierre", "Léa", "Hugo",
          "Camille", "Antoine", "Manon", "Nicolas", "Inès", "Olivier", "Sarah", "Vincent"]
_LAST = ["Fontaine", "Bellini", "Moreau", "Garnier", "Lefèvre", "Rousseau", "Mercier", "Chevalier",
         "Dumont", "Lambert", "Girard", "Bonnet", "Fournier", "Marchand", "Renaud", "Perrin"]
_CITIES = ["Paris", "Rome", "Berlin", "Madrid", "Lisbonne", "Varsovie", "Vienne", "Athènes"]
_ROLES = [("ministre des Affaires étrangères", "français"), ("ministre de la Défense", "italien"),
          ("Premier ministre", "espagnol"), ("président", "portugais")]
_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
_QUOTES = ["Nous avancerons ensemble", "La coopération doit continuer", "Nous ne céderons pas",
           "Le dialogue reste ouvert", "Il faut agir vite"]


def article(i: int, run: str) -> dict:
    """A short French wire story: a titled person meets another, then a quote with its speaker.

    Every one names two people and yields at least one entity event and one relation
    event (HOLDS_ROLE from the title, CONSULT from "a rencontré"); the fault tests rely
    on that to know when an article is done, and test_fault_articles_are_complete checks it.
    """
    r = random.Random(f"{run}:{i}")
    a, b = r.sample(range(len(_FIRST)), 2)
    p1 = f"{_FIRST[a]} {r.choice(_LAST)}"
    p2 = f"{_FIRST[b]} {r.choice(_LAST)}"
    role, nationality = r.choice(_ROLES)
    text = (f"Le {role} {nationality}, {p1}, a rencontré {r.choice(_DAYS)} à {r.choice(_CITIES)} "
            f"{p2}. « {r.choice(_QUOTES)} », a déclaré {p1}.")
    return {"id": f"{run}-{i:06d}", "text": text, "source": "faults"}


def articles(n: int, run: str) -> list[dict]:
    return [article(i, run) for i in range(n)]


def spawn_worker(tmp_dir: Path, broker_url: str, app_id: str, **env_overrides: str) -> Worker:
    """A `wirestream run` process; does not wait for readiness (see wait_until)."""
    from streams.broker import free_port

    web_port = free_port()
    env = {**os.environ, "WIRESTREAM_BROKER": broker_url, "WIRESTREAM_WEB_PORT": str(web_port),
           "WIRESTREAM_APP_ID": app_id, "WIRESTREAM_DATA_DIR": str(tmp_dir / f"data-{web_port}"),
           **env_overrides}
    log_path = tmp_dir / f"worker-{web_port}.log"
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen([sys.executable, "-m", "streams", "run"], env=env, cwd=ROOT,
                                stdout=log_file, stderr=subprocess.STDOUT)
    return Worker(proc, f"http://127.0.0.1:{web_port}", env, log_path)


def tail(worker: Worker | None, chars: int = 4000) -> str:
    if worker is None:
        return ""
    return f"\n--- worker log tail ({worker.log_path}) ---\n{worker.log()[-chars:]}"


def wait_until(condition, timeout: float, what: str, worker: Worker | None = None,
               must_live: bool = True, interval: float = 0.25):
    """Poll `condition()` until truthy; fail with `what` and the worker's log tail otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if must_live and worker is not None and worker.proc.poll() is not None:
            raise AssertionError(f"worker exited ({worker.proc.returncode}) while waiting for {what}"
                                 + tail(worker))
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}" + tail(worker))
        time.sleep(interval)


def readyz(worker: Worker) -> int | None:
    """HTTP status of /readyz, None when nothing answers."""
    from streams.probe import http_get

    try:
        return http_get(f"{worker.web_url}/readyz", timeout=1.0)[0]
    except OSError:
        return None


def metric(worker: Worker, name: str, **labels: str) -> float:
    from streams.probe import metric_sum

    try:
        return metric_sum(worker.web_url, name, **labels)
    except OSError:
        return -1.0


class TopicReader:
    """Reads a topic from the start in a background thread; records kept by article key."""

    def __init__(self, bootstrap: str, topic: str, prefix: str):
        self.bootstrap, self.topic, self.prefix = bootstrap, topic, prefix.encode()
        self.by_key: dict[str, list[bytes]] = defaultdict(list)
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from streams.client import records

        async def go():
            async for rec in records(self.bootstrap, self.topic, ticks=True):
                if rec is not None and rec.key and rec.key.startswith(self.prefix):
                    with self.lock:
                        self.by_key[rec.key.decode()].append(rec.value)
                if self._stop.is_set():
                    return
        try:
            asyncio.run(go())
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc

    def keys(self) -> set[str]:
        with self.lock:
            return set(self.by_key)

    def snapshot(self) -> dict[str, list[bytes]]:
        with self.lock:
            return {k: list(v) for k, v in self.by_key.items()}

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)


def duplicates(by_key: dict[str, list[bytes]]) -> tuple[int, list[str]]:
    """Count records repeated under the same event_id; list violations of de-duplication.

    A redelivered article must give the same events: same event_id, same bytes, and never
    two different event_ids for the same thing (entity name, quote span, relation triple).
    """
    n_dup, problems = 0, []
    for key, values in by_key.items():
        by_id: dict[str, bytes] = {}
        things: dict[tuple, str] = {}
        for raw in values:
            ev = orjson.loads(raw)
            if ev["event_id"] in by_id:
                n_dup += 1
                if by_id[ev["event_id"]] != raw:
                    problems.append(f"{key}: {ev['event_id']} redelivered with different content")
                continue
            by_id[ev["event_id"]] = raw
            thing = _identity(ev)
            if thing in things:
                problems.append(f"{key}: {thing} has two event ids {things[thing]}, {ev['event_id']}")
            things[thing] = ev["event_id"]
    return n_dup, problems


def _identity(ev: dict) -> tuple:
    if ev["type"] == "entity":
        return ("entity", ev["name"], ev["label"])
    if ev["type"] == "quote":
        return ("quote", ev["start"], ev["end"])
    return ("relation", ev["subject"]["name"], ev["predicate"], ev["object"]["name"],
            ev["trigger"]["start"])


class RssSampler:
    """Peak and samples of a process's resident memory (from /proc), every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.5):
        self.pid, self.interval = pid, interval
        self.samples: list[int] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with open(f"/proc/{self.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            self.samples.append(int(line.split()[1]) * 1024)
            except OSError:
                return
            self._stop.wait(self.interval)

    @property
    def peak(self) -> int:
        return max(self.samples, default=0)

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(5)
