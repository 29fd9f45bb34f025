"""Broker reachability: before the worker starts, and while it runs.

Faust cannot start without a broker (it fails to bootstrap), and `wirestream run`
creates the topics before starting it. So while the broker is unreachable at start
a small stand-in web server answers on the worker's port: /healthz 200, /readyz 503,
/metrics; `ensure_topics` retries with backoff and logs each attempt. Once running,
a timer probes the broker (metadata request) and re-creates missing topics: an
in-memory broker that restarts comes back empty, and the worker must not wait for
topics nobody will create.
"""
from __future__ import annotations

import logging
import time

from aiohttp import web

from . import metrics
from .broker import ensure_topics
from .settings import Settings

log = logging.getLogger("wirestream.health")
PROBE_INTERVAL = 2.0  # seconds between broker probes of a running worker


async def wait_for_broker(settings: Settings) -> None:
    """Create the topics, retrying forever, with the web endpoints answering meanwhile."""
    async def healthz(request):  # noqa: ARG001
        return web.json_response({"status": "alive"})

    async def readyz(request):  # noqa: ARG001
        return web.json_response({"ready": False, "model_loaded": False, "group_joined": False,
                                  "broker_reachable": False, "waiting_for": settings.bootstrap()},
                                 status=503)

    async def metrics_page(request):  # noqa: ARG001
        body, content_type = metrics.exposition()
        return web.Response(body=body, content_type=content_type)

    metrics.READY.set(0)
    standby = web.Application()
    standby.add_routes([web.get("/healthz", healthz), web.get("/readyz", readyz),
                        web.get("/metrics", metrics_page)])
    runner = web.AppRunner(standby, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port).start()
    started = time.monotonic()
    try:
        await ensure_topics(settings.bootstrap(), settings.all_topics(), settings.partitions,
                            timeout=float("inf"))
    finally:
        await runner.cleanup()  # frees the port for Faust's web server
    log.info("broker reachable, starting the worker",
             extra={"bootstrap": settings.bootstrap(), "waited": round(time.monotonic() - started, 2)})


async def probe_broker(rt) -> None:
    """One probe of a running worker: topics listed (and re-created if missing) or not reachable."""
    settings = rt.settings
    try:
        await ensure_topics(settings.bootstrap(), settings.all_topics(), settings.partitions,
                            timeout=0, request_timeout_ms=int(PROBE_INTERVAL * 2000))
    except Exception as exc:  # any failure means "not usable now"; the next probe tries again
        if not rt.broker_ok:
            return
        log.warning("broker lost: not ready until it answers again",
                    extra={"bootstrap": settings.bootstrap(), "error": repr(exc)})
        rt.broker_ok = False
        rt._update_ready()
    else:
        if not rt.broker_ok:
            log.info("broker back", extra={"bootstrap": settings.bootstrap()})
            rt.broker_ok = True
            rt._update_ready()
