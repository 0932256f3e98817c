"""Metrics: every Prometheus metric of the gateway, declared once (names and labels in deploy/README.md).

Labels come from closed sets only: routes, configured upstreams and approved models, decisions, entity types,
rule ids, error kinds. Never a user id, a prompt fragment or any other unbounded value. With several worker
processes, prometheus-client's multiprocess mode sums them (``prepare_multiprocess`` before the workers start).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from gateway.exchange import Exchange

_MODEL_CALL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300)
_SCAN_BUCKETS = (0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 10)
_SIZE_BUCKETS = (256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304)

REQUESTS = Counter(
    "gateway_requests_total",
    "Model requests by route, upstream, model and decision",
    ["route", "upstream", "model", "decision"],
)
REFUSALS = Counter("gateway_refusals_total", "Requests refused before scanning or forwarding, by reason", ["reason"])
FINDINGS = Counter("gateway_findings_total", "Findings by entity type and the action taken", ["entity_type", "action"])
BLOCKS = Counter("gateway_blocks_total", "Blocked requests by the rule that decided", ["rule_id"])
SCAN_CACHE = Counter(
    "gateway_scan_cache_segments_total",
    "Text segments whose findings came from the scan cache (hit) or from a scan (miss)",
    ["result"],
)
SCAN_SECONDS = Histogram("gateway_scan_seconds", "Time to scan one request's text", buckets=_SCAN_BUCKETS)
UPSTREAM_FIRST_BYTE_SECONDS = Histogram(
    "gateway_upstream_first_byte_seconds",
    "Time from forwarding to the upstream's response headers",
    ["upstream"],
    buckets=_MODEL_CALL_BUCKETS,
)
ADDED_LATENCY_SECONDS = Histogram(
    "gateway_added_latency_seconds",
    "Gateway time per request, excluding the time spent waiting on the upstream",
    buckets=_SCAN_BUCKETS,
)
REQUEST_BYTES = Histogram("gateway_request_bytes", "Request body sizes", ["route"], buckets=_SIZE_BUCKETS)
RESPONSE_BYTES = Histogram("gateway_response_bytes", "Response body sizes", ["route"], buckets=_SIZE_BUCKETS)
IN_FLIGHT = Gauge("gateway_in_flight_requests", "Requests being handled", multiprocess_mode="livesum")
UPSTREAM_ERRORS = Counter(
    "gateway_upstream_errors_total",
    "Upstream failures by upstream and kind (connect, timeout, protocol, status)",
    ["upstream", "kind"],
)
DETECTOR_FAILURES = Counter("gateway_detector_failures_total", "Scans that failed (the request was refused)", ["kind"])
RATELIMIT_BACKEND_ERRORS = Counter(
    "gateway_ratelimit_backend_errors_total",
    "Rate-limit checks the shared Redis window could not answer (the worker's own window decided)",
)
RULES_RELOADS = Counter("gateway_rules_reloads_total", "Rules reloads by outcome (ok, failed)", ["outcome"])
FEEDBACK = Counter(
    "gateway_feedback_total",
    "Employees' reports of a wrong decision, by the rule that decided (none: data was missed) and kind",
    ["rule", "kind"],
)
SHADOW_DECISIONS = Counter(
    "gateway_shadow_decisions_total",
    "Decisions of the candidate (shadow) rules next to the live ones, by policy; recorded, never enforced",
    ["policy", "live", "shadow"],
)
RULES_VERSION = Gauge(
    "gateway_rules_version_info", "The rules version in force (value 1)", ["version"], multiprocess_mode="livemax"
)


UPSTREAM_ERROR_KINDS = ("connect", "timeout", "protocol", "status")
DETECTOR_FAILURE_KINDS = ("error", "timeout", "not_loaded")
REFUSAL_REASONS = (
    "auth",
    "forbidden",
    "unknown_model",
    "bad_request",
    "too_large",
    "unscannable",
    "rate_limited",
    "scan_failed",
    "scan_busy",
)


def initialize(upstreams: list[str]) -> None:
    """Export every closed-set series at zero from the start, so rates and alerts have data before the first event."""
    for upstream in upstreams:
        for kind in UPSTREAM_ERROR_KINDS:
            UPSTREAM_ERRORS.labels(upstream, kind)
    for kind in DETECTOR_FAILURE_KINDS:
        DETECTOR_FAILURES.labels(kind)
    for reason in REFUSAL_REASONS:
        REFUSALS.labels(reason)
    for outcome in ("ok", "failed"):
        RULES_RELOADS.labels(outcome)
    for result in ("hit", "miss"):
        SCAN_CACHE.labels(result)


def observe_exchange(ex: Exchange) -> None:
    decision = ex.outcome or "error"
    REQUESTS.labels(ex.route, ex.upstream or "none", ex.model or "none", decision).inc()
    if decision == "refused" and ex.reason:
        REFUSALS.labels(ex.reason).inc()
    if ex.timings.scan is not None:
        SCAN_SECONDS.observe(ex.timings.scan)
    if ex.timings.upstream_first_byte is not None and ex.upstream:
        UPSTREAM_FIRST_BYTE_SECONDS.labels(ex.upstream).observe(ex.timings.upstream_first_byte)
    if ex.timings.added is not None:
        ADDED_LATENCY_SECONDS.observe(max(ex.timings.added, 0.0))
    if ex.upstream_error and ex.upstream:
        UPSTREAM_ERRORS.labels(ex.upstream, ex.upstream_error).inc()
    REQUEST_BYTES.labels(ex.route).observe(ex.bytes_in)
    RESPONSE_BYTES.labels(ex.route).observe(ex.bytes_out)
    d = ex.decision
    if d is not None:
        acted = "block" if d.block else "redact"
        for entity, n in d.counts.items():
            FINDINGS.labels(entity, acted).inc(n)
        for entity, n in d.audited.items():
            FINDINGS.labels(entity, "audit").inc(n)
        if d.block:
            BLOCKS.labels(d.block.rule_id).inc()


_version_in_force: str | None = None
_counted_reloads: set[str] = set()


def observe_rules_reload(ok: bool, version: str | None, attempt: str | None = None) -> None:
    """Count a reload once however many workers try it: ``attempt`` names the state of the rules folder tried."""
    outcome = "ok" if ok else "failed"
    if not attempt or _first_to_count(f"{outcome}-{attempt}"):
        RULES_RELOADS.labels(outcome).inc()
    if ok and version:
        set_rules_version(version)


def _first_to_count(marker: str) -> bool:
    """True for the first worker (or call) to report this outcome of this attempt; a file marks it between workers."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder is None:
        if marker in _counted_reloads:
            return False
        _counted_reloads.add(marker)
        return True
    markers = Path(folder) / "reloads"
    markers.mkdir(exist_ok=True)
    try:
        os.close(os.open(markers / marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return False
    return True


def set_rules_version(version: str) -> None:
    """1 for ``version`` alone. In multiprocess mode a worker's file keeps every series it ever wrote and cannot
    drop one (prometheus-client does not clear there), so the version it replaces is set to 0 instead."""
    global _version_in_force
    if "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        RULES_VERSION.clear()
    elif _version_in_force is not None and _version_in_force != version:
        RULES_VERSION.labels(_version_in_force).set(0)
    RULES_VERSION.labels(version).set(1)
    _version_in_force = version


def observe_shadow(policy: str, live: str, shadow: str) -> None:
    SHADOW_DECISIONS.labels(policy, live, shadow).inc()


def observe_feedback(rules: tuple[str, ...], kind: str) -> None:
    for rule in rules or ("none",):
        FEEDBACK.labels(rule, kind).inc()


def observe_scan_cache(hits: int, misses: int) -> None:
    SCAN_CACHE.labels("hit").inc(hits)
    SCAN_CACHE.labels("miss").inc(misses)


def observe_detector_failure(kind: str) -> None:
    DETECTOR_FAILURES.labels(kind).inc()


def prepare_multiprocess(directory: Path) -> None:
    """Point every worker at one empty folder for its metric files; call in the parent before workers start."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)


def mark_worker_dead(pid: int) -> None:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        multiprocess.mark_process_dead(pid)


def exposition() -> bytes:
    """The text format of every metric, summed over workers in multiprocess mode."""
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


async def metrics_handler(request: web.Request) -> web.Response:
    """GET /metrics."""
    return web.Response(body=exposition(), headers={"content-type": CONTENT_TYPE_LATEST})
