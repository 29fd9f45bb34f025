"""Reading a running worker from outside: readiness and metric values (demo, tests, benchmarks)."""
from __future__ import annotations

import time
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def is_ready(web_url: str) -> bool:
    try:
        return http_get(f"{web_url}/readyz")[0] == 200
    except OSError:
        return False


def wait_ready(web_url: str, timeout: float, alive=lambda: True) -> float:
    """Seconds until /readyz answers 200; raises TimeoutError, or RuntimeError if `alive()` turns false."""
    started = time.monotonic()
    while not is_ready(web_url):
        if not alive():
            raise RuntimeError("worker exited before it was ready")
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"worker at {web_url} not ready after {timeout}s")
        time.sleep(0.25)
    return time.monotonic() - started


def metric_sum(web_url: str, name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include `labels` (0 when absent)."""
    _, body = http_get(f"{web_url}/metrics")
    total = 0.0
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total
