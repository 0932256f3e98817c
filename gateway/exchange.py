"""Exchange: the per-request object that carries what each pipeline phase learns, from authenticate to complete."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from gateway.detect.findings import Finding
from gateway.identity.principal import Principal
from gateway.policy.active import ActiveRules
from gateway.policy.decision import Decision
from gateway.segments import Segment, UnscannablePart
from gateway.settings import UpstreamConfig


@dataclass(slots=True)
class Timings:
    """Seconds spent in each phase; ``None`` where the phase did not run."""

    scan: float | None = None
    upstream_first_byte: float | None = None
    upstream_total: float | None = None
    total: float | None = None

    @property
    def added(self) -> float | None:
        """Gateway time excluding the upstream."""
        if self.total is None:
            return None
        return self.total - (self.upstream_total or 0.0)


@dataclass(slots=True)
class Exchange:
    """Everything one request carries through the phases. Holds prompt text only in memory, only for its life."""

    request_id: str
    route: str  # the route template, e.g. /v1/chat/completions (a closed set, usable as a label)
    protocol: str  # openai | anthropic
    client_address: str | None = None
    started: float = field(default_factory=time.perf_counter)
    started_at: float = field(default_factory=time.time)

    principal: Principal | None = None
    upstream: str | None = None  # name of the approved upstream
    upstream_config: UpstreamConfig | None = None  # the approved upstream itself (set by the route phase)
    model: str | None = None  # a configured model name, or "other" (set by the route phase)
    policy: str | None = None  # name of the policy applied
    rules: ActiveRules | None = None  # the rules in force when the scan began; the whole request uses them
    rules_version: str | None = None
    stream: bool = False

    body: dict[str, Any] | None = None
    segments: list[Segment] = field(default_factory=list)
    unscannable: list[UnscannablePart] = field(default_factory=list)
    findings: list[list[Finding]] = field(default_factory=list)
    decision: Decision | None = None
    placeholders: dict[str, str] = field(default_factory=dict)  # placeholder -> original; never logged
    payload: bytes | None = None  # the body as it goes upstream (set by the transform phase)
    dropped_parts: int = 0  # non-text parts removed before forwarding (non_text_parts: drop)
    segments_cached: int = 0  # segments whose findings came from the scan cache (conversation history)
    shadow: dict[str, Any] | None = None  # the candidate rules' decision (rules.shadow), recorded, never enforced
    public_url: str = ""  # this gateway's address as the client sees it, for the feedback link

    outcome: str | None = None  # allowed | redacted | blocked | refused | error
    reason: str | None = None  # closed set: why refused or failed (auth, unknown_model, scan_failed, …)
    status: int | None = None
    upstream_status: int | None = None
    upstream_error: str | None = None  # closed set: connect, timeout, protocol, status
    bytes_in: int = 0
    bytes_out: int = 0
    timings: Timings = field(default_factory=Timings)
    response: web.StreamResponse | None = None  # the answer the client gets, once one is built
