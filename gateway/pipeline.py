"""The phase order, in ``run``: authenticate → read → extract → check → route → authorize → unscannable → detect →
decide → shadow → (blocked | transform → forward → respond).

Every phase reads and writes the exchange (gateway/exchange.py), the only carrier between phases; each docstring
says what the exchange holds when the phase starts and what the phase adds. A phase that refuses raises
``Refusal`` (gateway/refusals.py); a block is a decision, answered by ``respond.blocked``. Nothing is forwarded
unless every text segment was scanned.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import structlog
from aiohttp import web
from aiohttp.compression_utils import HAS_BROTLI, HAS_ZSTD  # what aiohttp's request parser reads
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.web_protocol import RequestPayloadError

from gateway import metrics
from gateway.detect.findings import Finding
from gateway.detect.names import repeated_names
from gateway.errors import Refusal
from gateway.exchange import Exchange
from gateway.identity.authenticate import AuthError
from gateway.identity.records import policy_for
from gateway.policy.flow import UnknownPolicy, names_to_share, scan, scan_and_decide
from gateway.protocols.base import MODEL_PATTERN, BadRequest, compact, drop_parts, write_back
from gateway.protocols.registry import adapter_for
from gateway.ratelimit.local import estimate_tokens
from gateway.refusals import (
    auth_type,
    invalid_type,
    scan_busy,
    scan_failed,
    too_deep,
    too_large,
    too_large_type,
    unencodable,
)
from gateway.respond import blocked, notice_for, respond_stream, respond_whole
from gateway.scanqueue import QueueFull, slices
from gateway.segments import Segment
from gateway.services import Services
from gateway.transform.redact import Placeholders, RedactionError, redact

# request bodies the gateway can read: aiohttp decodes these before the body reaches read_body
_ENCODINGS = frozenset({"identity", "gzip", "deflate"} | ({"br"} if HAS_BROTLI else set()))
_ENCODINGS |= {"zstd"} if HAS_ZSTD else set()
_UNENCODABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: JSON can carry them, UTF-8 cannot
T = TypeVar("T")
log = structlog.get_logger("gateway.pipeline")


async def run(ex: Exchange, request: web.Request, s: Services) -> web.StreamResponse:
    """One request through every phase, in order; returns (and leaves on ``ex.response``) the client's answer.

    Refusals and upstream failures propagate as ``GatewayError``; the handler (proxy.py) answers them.
    """
    await authenticate(ex, request, s)
    await read_body(ex, request, s)
    extract(ex)
    check_text(ex, s)
    route(ex, s)
    await authorize(ex, s)
    handle_unscannable(ex, s)
    await detect(ex, s)
    decide(ex, s)
    await shadow(ex, s)
    assert ex.decision is not None
    if ex.decision.block is not None:
        return blocked(ex)
    transform(ex, s)
    ex.outcome = ex.decision.outcome
    return await forward(ex, request, s)


# -- phases ---------------------------------------------------------------------------------------------------


async def authenticate(ex: Exchange, request: web.Request, s: Services) -> None:
    """Starts with: the request id, route, protocol and client address.
    Adds: ``public_url`` and ``principal`` (who is asking), or refuses (401/403)."""
    try:
        ex.public_url = s.settings.web.public_url or f"{request.scheme}://{request.host}"
        ex.principal = await s.authenticator.authenticate(request.headers, request.remote)
    except AuthError as exc:
        raise Refusal(exc.status, auth_type(ex, exc.status), exc.code, exc.message, reason="auth") from None


async def read_body(ex: Exchange, request: web.Request, s: Services) -> None:
    """Starts with: a principal.
    Adds: ``body``, the request as a JSON object, with size, encoding, nesting depth and text checked before
    anything reads it; and ``bytes_in``."""
    limits = s.settings.limits
    limit = limits.max_body_bytes
    encoding = request.headers.get("content-encoding", "identity").strip().lower() or "identity"
    if encoding not in _ENCODINGS:
        raise Refusal(
            415,
            invalid_type(ex),
            "unsupported_content_encoding",
            f"The request body's Content-Encoding is not one this gateway reads ({', '.join(sorted(_ENCODINGS))}).",
            reason="bad_request",
        )
    if request.content_length is not None and request.content_length > limit:
        raise too_large(ex, limit)
    raw = bytearray()
    try:
        async for chunk in request.content.iter_chunked(65536):
            raw += chunk
            if len(raw) > limit:
                raise too_large(ex, limit)
    except (ContentEncodingError, RequestPayloadError):
        if encoding == "identity":
            raise Refusal(
                400, invalid_type(ex), "invalid_body", "The request body could not be read whole.", reason="bad_request"
            ) from None
        raise Refusal(
            400,
            invalid_type(ex),
            "invalid_content_encoding",
            f"The request body is not valid {encoding} data, as its Content-Encoding says it is.",
            reason="bad_request",
        ) from None
    ex.bytes_in = len(raw)
    try:
        body = json.loads(raw)
    except RecursionError:
        raise too_deep(ex, limits.max_json_depth) from None
    except (ValueError, UnicodeDecodeError):
        raise Refusal(
            400, invalid_type(ex), "invalid_json", "The request body is not valid JSON.", reason="bad_request"
        ) from None
    if not isinstance(body, dict):
        raise Refusal(
            400, invalid_type(ex), "invalid_request", "The request body must be a JSON object.", reason="bad_request"
        )
    _inspect_json(ex, body, limits.max_json_depth)
    ex.body = body


def _inspect_json(ex: Exchange, body: dict[str, Any], max_depth: int) -> None:
    """Refuse nesting deeper than ``max_depth`` and text that cannot be encoded (lone surrogates), naming where;
    iterative, so no body can exhaust the stack."""
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(body, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > max_depth:
            raise too_deep(ex, max_depth)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(key, str) and not key.isascii() and _UNENCODABLE.search(key):
                raise unencodable(ex, "a field name")
            if isinstance(value, str):
                if not value.isascii() and _UNENCODABLE.search(value):
                    raise unencodable(ex, _place((*path, key)))
            elif isinstance(value, dict | list):
                stack.append((value, depth + 1, (*path, key)))


def _place(path: tuple[Any, ...]) -> str:
    """Where a value sits, in the words the adapters use; never a client's own field name."""
    top = path[0] if path else None
    if top in ("messages", "input") and len(path) > 1 and isinstance(path[1], int):
        return f"{'message' if top == 'messages' else 'input item'} {path[1] + 1}"
    if top == "tools" and len(path) > 1 and isinstance(path[1], int):
        return f"tool definition {path[1] + 1}"
    known = {
        "system": "system prompt",
        "instructions": "instructions",
        "prompt": "prompt",
        "input": "input",
        "model": "model name",
    }
    return known.get(top, "another field of the request") if isinstance(top, str) else "the request"


def extract(ex: Exchange) -> None:
    """Starts with: ``body``.
    Adds: ``segments`` (every text in the body, with its place), ``unscannable`` (the parts that are not text) and
    ``stream``; or refuses a body its protocol does not allow (400)."""
    assert ex.body is not None
    try:
        found = adapter_for(ex.route).extract(ex.route, ex.body)
    except BadRequest as exc:
        raise Refusal(
            400, invalid_type(ex), "invalid_request", f"Invalid request: {exc}", reason="bad_request"
        ) from None
    except RecursionError:  # JSON nested too deep inside a string (tool-call arguments)
        raise too_deep(ex, 0) from None
    ex.stream = found.stream
    ex.segments = found.segments
    ex.unscannable = found.unscannable


def check_text(ex: Exchange, s: Services) -> None:
    """Starts with: ``segments``.
    Adds nothing: refuses (413) a request with more texts, or more text, than one request may have scanned."""
    limits = s.settings.limits
    if len(ex.segments) > limits.max_segments:
        raise Refusal(
            413,
            too_large_type(ex),
            "too_many_texts",
            f"The request holds {len(ex.segments)} separate texts; this gateway checks at most "
            f"{limits.max_segments} in one request. Send the conversation in shorter parts.",
            reason="too_large",
        )
    total = sum(len(seg.text) for seg in ex.segments)
    if total > limits.max_text_chars:
        raise Refusal(
            413,
            too_large_type(ex),
            "too_much_text",
            f"The request holds {total} characters of text; this gateway checks at most {limits.max_text_chars} "
            "in one request.",
            reason="too_large",
        )


def route(ex: Exchange, s: Services) -> None:
    """Starts with: ``body`` and ``segments``.
    Adds: ``upstream`` and ``upstream_config`` (the approved upstream serving the model), ``model`` (a configured
    name or ``other``), and the model name as one more segment when it is not a configured one; or refuses (404).

    A name approved by configuration is trusted; where any model is allowed (``models: ["*"]``) the name must look
    like a model name and is scanned like text. Labels and the audit trail carry only configured names."""
    assert ex.body is not None
    model = ex.body["model"]
    upstream = s.registry.for_model(model, ex.protocol)
    configured = upstream is not None and model != "*" and model in upstream.models
    if upstream is None or not (configured or MODEL_PATTERN.fullmatch(model)):
        raise Refusal(  # the name is client text: not repeated in the message
            404,
            adapter_for(ex.route).error_type("not_found"),
            "model_not_found",
            "The requested model is not approved for use through this gateway. GET /v1/models lists the approved ones.",
            reason="unknown_model",
        )
    ex.model = model if configured else "other"
    _scan_model(ex)
    ex.upstream = upstream.name
    ex.upstream_config = upstream


def _scan_model(ex: Exchange) -> None:
    if ex.model == "other" and ex.body is not None:
        ex.segments.append(Segment(len(ex.segments), ex.body["model"], "model name", "user", ("model",)))


async def authorize(ex: Exchange, s: Services) -> None:
    """Starts with: ``principal``, ``upstream_config`` and ``segments``.
    Adds nothing: refuses (403) an employee not approved for this upstream or without current trainings (139-07),
    then (429) one over the rate limits. Nothing is scanned before."""
    assert ex.principal is not None and ex.upstream_config is not None
    upstream = ex.upstream_config
    denied = s.access.check(ex.principal, upstream.name, date.today())
    if denied is not None:
        headers = {"x-gateway-missing": ",".join(denied.missing)} if denied.missing else None
        raise Refusal(
            denied.status, "permission_error", denied.code, denied.message, reason="forbidden", headers=headers
        )
    if s.limiter.enabled:
        tokens = estimate_tokens([seg.text for seg in ex.segments], (ex.body or {}).get("max_tokens"))
        verdict = await s.limiter.admit(ex.principal.user_id, upstream.name, tokens)
        if not verdict.allowed:
            who = "your" if verdict.scope == "user" else f"the '{upstream.name}' tool's"
            raise Refusal(
                429,
                "rate_limit_error",
                "rate_limited",
                f"Rate limit: {who} requests per minute are used up. Try again in {verdict.retry_after} s.",
                reason="rate_limited",
                retry_after=verdict.retry_after,
            )


def handle_unscannable(ex: Exchange, s: Services) -> None:
    """Starts with: ``body``, ``segments`` and ``unscannable``.
    Adds: with ``non_text_parts: drop``, a ``body`` without its non-text parts, its ``segments`` extracted again
    and ``dropped_parts``; otherwise refuses (400) a request holding parts that cannot be scanned."""
    if not ex.unscannable:
        return
    if s.settings.non_text_parts == "drop" and all(p.path is not None for p in ex.unscannable):
        assert ex.body is not None
        dropped = len(ex.unscannable)
        drop_parts(ex.body, ex.unscannable)
        extract(ex)
        _scan_model(ex)
        ex.dropped_parts = dropped
        if not ex.unscannable:
            return
    where = ", ".join(sorted({f"{p.kind} in {p.place}" for p in ex.unscannable}))
    raise Refusal(
        400,
        invalid_type(ex),
        "unscannable_content",
        f"This gateway can only check text, so it cannot forward: {where}. "
        "Remove the non-text parts, or describe them in words, and send again.",
        reason="unscannable",
    )


async def detect(ex: Exchange, s: Services) -> None:
    """Starts with: every text of the request in ``segments``.
    Adds: ``rules`` and ``rules_version`` (the rules in force, used for the rest of the request), ``findings``
    (one list per segment), ``segments_cached`` and ``timings.scan``; or refuses (503/429) when the scan fails,
    times out or cannot get a turn. Scanning runs off the event loop, in the fair scan queue."""
    try:
        active = s.rules.current
    except RuntimeError:
        metrics.observe_detector_failure("not_loaded")
        raise scan_failed(ex, "is not ready") from None
    ex.rules = active
    ex.rules_version = active.ruleset.version
    texts = [seg.text for seg in ex.segments]
    who = ex.principal.user_id if ex.principal is not None else ""
    progress = _ScanProgress()
    started = time.perf_counter()
    try:
        with s.scan_queue.admit(who):
            async with asyncio.timeout(s.settings.limits.scan_timeout_seconds):
                findings = await _scan(ex, texts, s, progress)
        if len(findings) != len(texts) or any(
            f.start < 0 or f.end > len(t) or f.start >= f.end for fs, t in zip(findings, texts, strict=True) for f in fs
        ):
            raise ValueError("detector returned findings that do not fit the texts")
    except QueueFull as exc:
        raise scan_busy(ex, exc.scope) from None
    except TimeoutError:
        if not progress.scanning:  # waited its turn past the time-out: the gateway is busy, not broken
            raise scan_busy(ex, "all") from None
        metrics.observe_detector_failure("timeout")
        raise scan_failed(ex, "timed out") from None
    except Exception:
        log.warning("scan.failed", route=ex.route)
        metrics.observe_detector_failure("error")
        raise scan_failed(ex, "failed") from None
    finally:
        ex.timings.scan = time.perf_counter() - started
    ex.findings = findings


class _ScanProgress:
    """Whether one of the request's slices is on a scan thread now (a time-out then is the scan's own)."""

    __slots__ = ("scanning",)

    def __init__(self) -> None:
        self.scanning = False

    def wrap(self, fn: Any) -> Any:
        def run(*args: Any) -> Any:
            self.scanning = True
            try:
                return fn(*args)
            finally:
                self.scanning = False

        return run


async def _scan(ex: Exchange, texts: list[str], s: Services, progress: _ScanProgress) -> list[list[Finding]]:
    """Findings for each text: from the cache where this employee's text was scanned under these rules, the rest
    scanned off the event loop in slices, each waiting its fair turn on the scan threads (scanqueue.py)."""
    assert ex.rules is not None
    active = ex.rules
    cache = s.findings_cache
    scope = ex.principal.user_id if ex.principal is not None else ""
    keys = [cache.key(active.ruleset.version, scope, t) for t in texts] if cache.enabled else []
    known = [cache.get(k) for k in keys] if keys else [None] * len(texts)
    todo = [i for i, f in enumerate(known) if f is None]
    findings = [list(f) if f is not None else [] for f in known]
    queue = s.scan_queue

    async def on_thread(fn: Callable[..., T], *args: Any) -> T:
        result: T = await queue.run(scope, progress.wrap(fn), *args)
        return result

    for group in slices([texts[i] for i in todo], s.settings.limits.scan_slice_chars):
        part = [todo[j] for j in group]
        fresh = await on_thread(active.detector.analyze, [texts[i] for i in part])
        if len(fresh) != len(part):
            raise ValueError("detector returned findings for a different number of texts")
        for i, found in zip(part, fresh, strict=True):
            findings[i] = found
            if keys:
                cache.put(keys[i], found)
    if keys:
        ex.segments_cached = len(texts) - len(todo)
        metrics.observe_scan_cache(ex.segments_cached, len(todo))
    if names_to_share(texts, findings):
        # a name found in one message is a name in the others, cached or not (detect/names.py)
        findings = await on_thread(repeated_names, texts, findings)
    return findings


def decide(ex: Exchange, s: Services) -> None:
    """Starts with: ``principal``, ``upstream_config``, ``rules``, ``segments`` and their ``findings``.
    Adds: ``policy`` (the one applied to this employee and upstream) and ``decision`` (block, or redactions),
    through ``policy.flow.scan_and_decide``, the same path as ``gateway scan``, the admin dry run and the rule
    tests; the decision is also remembered for feedback."""
    assert ex.principal is not None and ex.upstream_config is not None and ex.rules is not None
    upstream = ex.upstream_config
    ex.policy = policy_for(ex.principal, upstream.name, upstream.policy, s.settings.auth)
    try:
        outcome = scan_and_decide(ex.segments, ex.policy, ex.rules, restore=s.settings.restore, findings=ex.findings)
    except UnknownPolicy:
        raise scan_failed(ex, "has no policy for this upstream", transient=False) from None
    ex.decision = outcome.decision
    s.feedback.remember(ex.request_id, ex.principal.user_id, outcome.decision)


async def shadow(ex: Exchange, s: Services) -> None:
    """Starts with: ``segments``, ``findings``, ``policy`` and ``decision``.
    Adds: ``shadow``, the candidate rules' decision on the same texts (when ``shadow_rules`` is set), for the
    audit event and metrics only: never enforced, and a failure of the candidate rules never touches the answer."""
    if s.shadow is None or ex.decision is None or ex.policy is None or ex.rules is None:
        return
    try:
        live, candidate = ex.rules, s.shadow.current
        findings: list[list[Finding]] = ex.findings
        if candidate.ruleset.detector_specs != live.ruleset.detector_specs:
            texts = [seg.text for seg in ex.segments]
            async with asyncio.timeout(s.settings.limits.scan_timeout_seconds):
                findings = await asyncio.get_running_loop().run_in_executor(s.executor, scan, candidate.detector, texts)
        outcome = scan_and_decide(ex.segments, ex.policy, candidate, restore=s.settings.restore, findings=findings)
        d = outcome.decision
        ex.shadow = {
            "decision": d.outcome,
            "block_rule": d.block.rule_id if d.block else None,
            "rules": list(d.fired_rules),
            "rules_version": outcome.rules_version,
        }
    except Exception:  # the candidate rules are on trial: any failure is recorded, the live answer goes on
        ex.shadow = {"decision": "error", "block_rule": None, "rules": [], "rules_version": None}
    metrics.observe_shadow(ex.policy, ex.decision.outcome, ex.shadow["decision"])


def transform(ex: Exchange, s: Services) -> None:
    """Starts with: ``body``, ``segments`` and a ``decision`` that does not block.
    Adds: ``payload`` (the body as it goes upstream, each redaction replaced by its placeholder) and
    ``placeholders`` (placeholder → original, for the answer); or refuses (400) a redaction that cannot be written
    back into the body."""
    assert ex.body is not None and ex.decision is not None
    if not ex.decision.redactions:
        ex.payload = compact(ex.body).encode()
        return
    book = Placeholders(s.hash_key)
    try:
        replacements = redact(ex.segments, ex.decision.redactions, book)
        write_back(ex.body, ex.segments, replacements)
    except BadRequest as exc:  # the request's own shape keeps a redaction from being written (keys)
        message = f"Invalid request: {exc}; nothing was sent."
        raise Refusal(400, invalid_type(ex), "cannot_redact_in_place", message, reason="bad_request") from None
    except (RedactionError, ValueError, KeyError, IndexError):
        raise scan_failed(ex, "could not apply the redactions", transient=False) from None
    ex.placeholders = book.restorable
    ex.payload = compact(ex.body).encode()


async def forward(ex: Exchange, request: web.Request, s: Services) -> web.StreamResponse:
    """Starts with: ``upstream_config``, ``payload`` and ``placeholders``.
    Adds: ``upstream_status``, the upstream timings, and ``response`` (with ``status`` and ``bytes_out``): the
    upstream's answer with the placeholders put back, whole or event by event (respond.py)."""
    assert ex.upstream_config is not None and ex.payload is not None
    sent = time.perf_counter()
    resp = await s.client.send(ex.upstream_config, ex.route, ex.payload, request.headers)
    ex.timings.upstream_first_byte = time.perf_counter() - sent
    ex.upstream_status = resp.status
    notice = notice_for(ex, s.settings)
    limits = s.settings.limits
    finished = False
    try:
        content_type = resp.headers.get("content-type", "")
        if ex.stream and resp.status == 200 and "text/event-stream" in content_type:
            out = await respond_stream(ex, request, resp, notice, limits.max_sse_event_bytes)
        else:
            out = await respond_whole(ex, resp, notice, limits.max_response_bytes)
        finished = True
        return out
    finally:
        ex.timings.upstream_total = time.perf_counter() - sent
        if finished and ex.outcome != "error":
            resp.release()
        else:  # refused, failed, left or cancelled part-way: the upstream must see the request end now
            resp.close()
