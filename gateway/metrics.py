"""Metrics: every Prometheus metric of the gateway, declared once; labels from closed sets only."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram, generate_latest

from gateway.exchange import Exchange

REQUESTS = Counter(
    "gateway_requests_total",
    "Requests by route, upstream, model and decision",
    ["route", "upstream", "model", "decision"],
)
FINDINGS = Counter("gateway_findings_total", "Findings acted on, by entity type", ["entity_type", "action"])
BLOCKS = Counter("gateway_blocks_total", "Blocked requests by rule", ["rule_id"])
SCAN_SECONDS = Histogram("gateway_scan_seconds", "Time spent scanning a request")
IN_FLIGHT = Gauge("gateway_in_flight_requests", "Requests being handled")
DETECTOR_FAILURES = Counter("gateway_detector_failures_total", "Detector failures", ["kind"])
RULES_RELOADS = Counter("gateway_rules_reloads_total", "Rules reloads by outcome", ["outcome"])


def observe_exchange(ex: Exchange) -> None:
    REQUESTS.labels(ex.route, ex.upstream or "", ex.model or "", ex.outcome or "error").inc()
    if ex.timings.scan is not None:
        SCAN_SECONDS.observe(ex.timings.scan)
    if ex.decision is not None:
        action = "block" if ex.decision.block else "redact"
        for entity, n in ex.decision.counts.items():
            FINDINGS.labels(entity, action).inc(n)
        if ex.decision.block:
            BLOCKS.labels(ex.decision.block.rule_id).inc()


def observe_rules_reload(ok: bool, version: str | None) -> None:
    RULES_RELOADS.labels("ok" if ok else "failed").inc()


def observe_detector_failure(kind: str) -> None:
    DETECTOR_FAILURES.labels(kind).inc()


async def metrics_handler(request: web.Request) -> web.Response:
    return web.Response(body=generate_latest(REGISTRY), headers={"content-type": CONTENT_TYPE_LATEST})
