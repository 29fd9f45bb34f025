"""A real Prometheus server scraping a real worker (the conftest `worker` on the embedded broker).

The scrape config is the repository's deploy/prometheus/prometheus.yml with the worker's address
and a 1 s interval, and it loads deploy/prometheus/rules.yml: so the rules are evaluated by a
server, and every dashboard query is run against what the worker really exported.
"""
from __future__ import annotations

import json
import time
import urllib.parse
import uuid
from pathlib import Path

import pytest
import yaml

from conftest import feed_articles
from streams.broker import stop_process
from streams.probe import http_get, metric_sum
from test_deploy import DASHBOARD, PROM, REQUIRED_ALERTS, require

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration


class Prometheus:
    def __init__(self, url: str):
        self.url = url

    def api(self, path: str, **params: str) -> dict:
        status, body = http_get(f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}", timeout=10)
        doc = json.loads(body)
        assert status == 200 and doc["status"] == "success", f"{path} {params}: {status} {doc}"
        return doc["data"]

    def query(self, expr: str) -> list:
        return self.api("query", query=expr)["result"]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def wait_for(self, expr: str, check, timeout: float, what: str) -> float | None:
        """Poll `expr` until `check(value)` holds; fail with the last value after `timeout`."""
        deadline, value = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            value = self.value(expr)
            if value is not None and check(value):
                return value
            time.sleep(0.5)
        pytest.fail(f"{what}: {expr} = {value} after {timeout}s")


def live_config(targets: list[str]) -> dict:
    """The repository's scrape config pointed at `targets`, scraped and evaluated every second."""
    cfg = yaml.safe_load((PROM / "prometheus.yml").read_text())
    cfg["global"].update(scrape_interval="1s", evaluation_interval="1s")
    cfg["rule_files"] = [str(PROM / f) for f in cfg["rule_files"]]
    jobs = [j for j in cfg["scrape_configs"] if j["job_name"] == "wirestream"]
    assert jobs, "deploy/prometheus/prometheus.yml has no wirestream job"
    jobs[0]["static_configs"] = [{"targets": targets}]
    cfg["scrape_configs"] = jobs
    return cfg


@pytest.fixture(scope="module")
def prometheus(worker, tmp_path_factory):
    import subprocess

    from streams.broker import free_port

    binary = require("prometheus")
    tmp = tmp_path_factory.mktemp("prometheus")
    config = tmp / "prometheus.yml"
    # The worker, and an address where nothing listens: a worker that is down.
    port, dead_port = free_port(), free_port()
    while dead_port == port:
        dead_port = free_port()
    dead = f"127.0.0.1:{dead_port}"
    config.write_text(yaml.safe_dump(live_config([worker.web_url.split("://", 1)[1], dead])))
    log = open(tmp / "prometheus.log", "wb")
    proc = subprocess.Popen([binary, f"--config.file={config}", f"--storage.tsdb.path={tmp / 'data'}",
                             f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp / "prometheus.log").read_text()
            try:
                if http_get(f"{url}/-/ready")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "prometheus not ready after 60s"
            time.sleep(0.2)
        prom = Prometheus(url)
        prom.worker, prom.dead = worker.web_url.split("://", 1)[1], dead
        yield prom
    finally:
        stop_process(proc, 20)
        log.close()


def articles(n_dev: int = 1) -> list[dict]:
    """The dev article and the compose samples, under ids no other test uses."""
    from extraction.article import from_file

    paths = sorted((ROOT.parent / "shared/eval/dev").glob("*.txt"))[:n_dev]
    paths += sorted((ROOT / "deploy/samples").glob("*.txt"))
    tag = uuid.uuid4().hex[:8]
    return [{**from_file(p).to_dict(), "id": f"{from_file(p).id}-prom-{tag}"} for p in paths]


def test_prometheus_scrapes_the_worker_and_counts_fed_articles(worker, broker, prometheus):
    prometheus.wait_for(f'up{{instance="{prometheus.worker}"}}', lambda v: v == 1, 30, "worker never scraped")
    before_in = metric_sum(worker.web_url, "wirestream_articles_in_total")
    before_done = metric_sum(worker.web_url, "wirestream_stage_messages_total", stage="relations")
    batch = articles()
    feed_articles(broker, batch)

    target = before_in + len(batch)
    got = prometheus.wait_for("sum(wirestream_articles_in_total)", lambda v: v >= target, 180,
                              "fed articles not counted")
    assert got >= target
    prometheus.wait_for('sum(wirestream_stage_messages_total{stage="relations"})',
                        lambda v: v >= before_done + len(batch), 180, "fed articles not processed")
    assert prometheus.value('sum(wirestream_events_out_total{type="entity"})') > 0
    assert prometheus.value("sum(wirestream_ready)") == 1
    rss = prometheus.value('process_resident_memory_bytes{job="wirestream"}')
    assert rss and rss > 100e6  # spaCy's md model alone is well above this
    print(f"worker RSS {rss / 1e6:.0f} MB")


def test_every_dashboard_query_runs_and_the_key_panels_have_data(prometheus):
    dash = json.loads(DASHBOARD.read_text())
    empty = []
    for panel in dash["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"].replace("$__rate_interval", "1m").replace("$instance", ".+")
            if not prometheus.query(expr):  # a PromQL error fails inside query()
                empty.append((panel["title"], expr))
    # Panels that must show something once articles went through; the histogram quantiles
    # and dead letters may legitimately be empty (no dead letter, no sample in the last minute).
    must_have = ("Throughput by stage", "Events out by type", "Consumer lag by partition",
                 "Worker memory (RSS)", "Ready workers", "Model load time")
    assert not [e for e in empty if e[0] in must_have], empty


def test_alert_rules_load_and_evaluate_on_the_server(prometheus):
    deadline = time.monotonic() + 30
    while True:
        groups = prometheus.api("rules")["groups"]
        rules = {r["name"]: r for g in groups for r in g["rules"] if r["type"] == "alerting"}
        if set(rules) == REQUIRED_ALERTS and all(r.get("lastEvaluation", "").startswith("2")
                                                 and not r["lastEvaluation"].startswith("0001")
                                                 for r in rules.values()):
            break
        assert time.monotonic() < deadline, f"rules not evaluated: {rules}"
        time.sleep(0.5)
    for name, rule in rules.items():
        assert rule["health"] == "ok", (name, rule.get("lastError"))
    # The address where nothing listens is reported (pending: `for: 1m` has not elapsed), the worker is not.
    deadline = time.monotonic() + 30
    while True:
        alerts = prometheus.api("alerts")["alerts"]
        down = {a["labels"]["instance"] for a in alerts if a["labels"]["alertname"] == "WirestreamWorkerDown"}
        if down:
            break
        assert time.monotonic() < deadline, f"WirestreamWorkerDown never became pending: {alerts}"
        time.sleep(0.5)
    assert down == {prometheus.dead}
