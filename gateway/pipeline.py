"""The phase order: authenticate → read → extract → route → authorize → detect → decide → transform → forward → respond.

Each phase reads and writes the exchange. A phase that refuses raises ``Refusal``; a block is a decision, answered
by ``blocked``. Nothing is forwarded unless every text segment was scanned.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from concurrent.futures import Executor
from datetime import date
from typing import Any

import structlog
from aiohttp import web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.http_parser import HAS_BROTLI, HAS_ZSTD
from aiohttp.web_protocol import RequestPayloadError

from gateway import metrics
from gateway.decision_flow import UnknownPolicy, scan, scan_and_decide
from gateway.detect.cache import FindingsCache
from gateway.detect.findings import Finding
from gateway.detect.names import repeated_names
from gateway.errors import GatewayError, Refusal, UpstreamError
from gateway.exchange import Exchange
from gateway.identity.authenticate import Authenticator, AuthError
from gateway.identity.records import AccessPolicy, policy_for
from gateway.policy.feedback import FeedbackBook
from gateway.policy.reload import RulesManager
from gateway.protocols.base import MODEL_PATTERN, BadRequest, compact, drop_parts, event_payload, write_back
from gateway.protocols.registry import ADAPTERS, adapter_for
from gateway.ratelimit.local import Limiter, estimate_tokens
from gateway.scanqueue import QueueFull, ScanQueue, slices
from gateway.segments import Segment
from gateway.settings import Settings, UpstreamConfig
from gateway.sse import SSEDecoder, SSEError, SSEEvent
from gateway.transform.redact import Placeholders, RedactionError, redact
from gateway.upstream.client import Registry, UpstreamClient, UpstreamResponse, returned_headers

AI_NOTICE_HEADER = "x-ai-generated"
AI_NOTICE = "AI-generated content: a person must review it before it is relied on (DHS Directive 139-08)"
AI_NOTICE_LINE = "[AI-generated: review this answer before relying on it.]"
REDACTIONS_HEADER = "x-gateway-redactions"
FEEDBACK_HEADER = "x-gateway-feedback"
FEEDBACK_PATH = "/v1/gateway/feedback"
_CHAT_ROUTES = ("/v1/chat/completions", "/v1/messages", "/v1/responses")
# request bodies the gateway can read: aiohttp decodes these before the body reaches read_body
_ENCODINGS = frozenset({"identity", "gzip", "deflate"} | ({"br"} if HAS_BROTLI else set()))
_ENCODINGS |= {"zstd"} if HAS_ZSTD else set()
_UNENCODABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: JSON can carry them, UTF-8 cannot
log = structlog.get_logger("gateway.pipeline")


class Services:
    """What the pipeline needs, built once at start-up (``start``) and read by every request."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.findings_cache = FindingsCache(settings.limits.scan_cache_entries)
        self.feedback = FeedbackBook()
        self.shadow: RulesManager | None = None

    def start(
        self,
        registry: Registry,
        client: UpstreamClient,
        authenticator: Authenticator,
        rules: RulesManager,
        executor: Executor,
        hash_key: bytes,
        access: AccessPolicy,
        limiter: Limiter,
        shadow: RulesManager | None = None,
    ) -> None:
        self.registry = registry
        self.client = client
        self.authenticator = authenticator
        self.rules = rules
        self.executor = executor
        self.hash_key = hash_key
        self.access = access
        self.limiter = limiter
        self.shadow = shadow
        limits = self.settings.limits
        self.scan_queue = ScanQueue(
            executor, limits.scan_workers, per_user=limits.scan_per_user, queue_max=limits.scan_queue_max
        )


# -- phases ---------------------------------------------------------------------------------------------------


async def authenticate(ex: Exchange, request: web.Request, s: Services) -> None:
    try:
        ex.public_url = s.settings.web.public_url or f"{request.scheme}://{request.host}"
        ex.principal = await s.authenticator.authenticate(request.headers, request.remote)
    except AuthError as exc:
        raise Refusal(exc.status, _auth_type(ex, exc.status), exc.code, exc.message, reason="auth") from None


async def read_body(ex: Exchange, request: web.Request, s: Services) -> dict[str, Any]:
    """The body as a JSON object: size, encoding, nesting depth and text checked before anything reads it."""
    limits = s.settings.limits
    limit = limits.max_body_bytes
    encoding = request.headers.get("content-encoding", "identity").strip().lower() or "identity"
    if encoding not in _ENCODINGS:
        raise Refusal(
            415,
            _invalid(ex),
            "unsupported_content_encoding",
            f"The request body's Content-Encoding is not one this gateway reads ({', '.join(sorted(_ENCODINGS))}).",
            reason="bad_request",
        )
    if request.content_length is not None and request.content_length > limit:
        raise _too_large(ex, limit)
    raw = bytearray()
    try:
        async for chunk in request.content.iter_chunked(65536):
            raw += chunk
            if len(raw) > limit:
                raise _too_large(ex, limit)
    except (ContentEncodingError, RequestPayloadError):
        if encoding == "identity":
            raise Refusal(
                400, _invalid(ex), "invalid_body", "The request body could not be read whole.", reason="bad_request"
            ) from None
        raise Refusal(
            400,
            _invalid(ex),
            "invalid_content_encoding",
            f"The request body is not valid {encoding} data, as its Content-Encoding says it is.",
            reason="bad_request",
        ) from None
    ex.bytes_in = len(raw)
    try:
        body = json.loads(raw)
    except RecursionError:
        raise _too_deep(ex, limits.max_json_depth) from None
    except (ValueError, UnicodeDecodeError):
        raise Refusal(
            400, _invalid(ex), "invalid_json", "The request body is not valid JSON.", reason="bad_request"
        ) from None
    if not isinstance(body, dict):
        raise Refusal(
            400, _invalid(ex), "invalid_request", "The request body must be a JSON object.", reason="bad_request"
        )
    _inspect_json(ex, body, limits.max_json_depth)
    return body


def _inspect_json(ex: Exchange, body: dict[str, Any], max_depth: int) -> None:
    """Refuse nesting deeper than ``max_depth`` and text that cannot be encoded (lone surrogates), naming where;
    iterative, so no body can exhaust the stack."""
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(body, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > max_depth:
            raise _too_deep(ex, max_depth)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(key, str) and not key.isascii() and _UNENCODABLE.search(key):
                raise _unencodable(ex, "a field name")
            if isinstance(value, str):
                if not value.isascii() and _UNENCODABLE.search(value):
                    raise _unencodable(ex, _place((*path, key)))
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


def check_text(ex: Exchange, s: Services) -> None:
    """The scanning budget of one request: how many texts and how much text, refused before any is scanned."""
    limits = s.settings.limits
    if len(ex.segments) > limits.max_segments:
        raise Refusal(
            413,
            _too_large_type(ex),
            "too_many_texts",
            f"The request holds {len(ex.segments)} separate texts; this gateway checks at most "
            f"{limits.max_segments} in one request. Send the conversation in shorter parts.",
            reason="too_large",
        )
    total = sum(len(seg.text) for seg in ex.segments)
    if total > limits.max_text_chars:
        raise Refusal(
            413,
            _too_large_type(ex),
            "too_much_text",
            f"The request holds {total} characters of text; this gateway checks at most {limits.max_text_chars} "
            "in one request.",
            reason="too_large",
        )


def extract(ex: Exchange, body: dict[str, Any]) -> None:
    try:
        found = adapter_for(ex.route).extract(ex.route, body)
    except BadRequest as exc:
        raise Refusal(400, _invalid(ex), "invalid_request", f"Invalid request: {exc}", reason="bad_request") from None
    except RecursionError:  # JSON nested too deep inside a string (tool-call arguments)
        raise _too_deep(ex, 0) from None
    ex.body = body
    ex.stream = found.stream
    ex.segments = found.segments
    ex.unscannable = found.unscannable


def route(ex: Exchange, s: Services) -> UpstreamConfig:
    """The model picks the approved upstream. A name approved by configuration is trusted; where any model is
    allowed (``models: ["*"]``) the name must look like a model name and is scanned like text. Labels and the audit
    trail carry only configured names, anything else as ``other``."""
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
    return upstream


def _scan_model(ex: Exchange) -> None:
    if ex.model == "other" and ex.body is not None:
        ex.segments.append(Segment(len(ex.segments), ex.body["model"], "model name", "user", ("model",)))


async def authorize(ex: Exchange, upstream: UpstreamConfig, s: Services) -> None:
    """139-07: approval for this upstream and current trainings; then the rate limits. Nothing is scanned before."""
    assert ex.principal is not None
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
    """Non-text parts cannot be scanned: refuse the request, or (``non_text_parts: drop``) forward it without them."""
    if not ex.unscannable:
        return
    if s.settings.non_text_parts == "drop" and all(p.path is not None for p in ex.unscannable):
        assert ex.body is not None
        dropped = len(ex.unscannable)
        drop_parts(ex.body, ex.unscannable)
        extract(ex, ex.body)
        _scan_model(ex)
        ex.dropped_parts = dropped
        if not ex.unscannable:
            return
    where = ", ".join(sorted({f"{p.kind} in {p.place}" for p in ex.unscannable}))
    raise Refusal(
        400,
        _invalid(ex),
        "unscannable_content",
        f"This gateway can only check text, so it cannot forward: {where}. "
        "Remove the non-text parts, or describe them in words, and send again.",
        reason="unscannable",
    )


async def detect(ex: Exchange, s: Services) -> Any:
    try:
        active = s.rules.current
    except RuntimeError:
        metrics.observe_detector_failure("not_loaded")
        raise _scan_failed(ex, "is not ready") from None
    ex.rules_version = active.ruleset.version
    texts = [seg.text for seg in ex.segments]
    who = ex.principal.user_id if ex.principal is not None else ""
    progress = _ScanProgress()
    started = time.perf_counter()
    try:
        with s.scan_queue.admit(who):
            async with asyncio.timeout(s.settings.limits.scan_timeout_seconds):
                findings = await _scan(ex, texts, active, s, progress)
        if len(findings) != len(texts) or any(
            f.start < 0 or f.end > len(t) or f.start >= f.end for fs, t in zip(findings, texts, strict=True) for f in fs
        ):
            raise ValueError("detector returned findings that do not fit the texts")
    except QueueFull as exc:
        raise _scan_busy(ex, exc.scope) from None
    except TimeoutError:
        if not progress.scanning:  # waited its turn past the time-out: the gateway is busy, not broken
            raise _scan_busy(ex, "all") from None
        metrics.observe_detector_failure("timeout")
        raise _scan_failed(ex, "timed out") from None
    except Exception:
        log.warning("scan.failed", route=ex.route)
        metrics.observe_detector_failure("error")
        raise _scan_failed(ex, "failed") from None
    finally:
        ex.timings.scan = time.perf_counter() - started
    ex.findings = findings
    return active


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


async def _scan(
    ex: Exchange, texts: list[str], active: Any, s: Services, progress: _ScanProgress
) -> list[list[Finding]]:
    """Findings for each text: from the cache where this employee's text was scanned under these rules, the rest
    scanned off the event loop in slices, each waiting its fair turn on the scan threads (scanqueue.py)."""
    cache = s.findings_cache
    scope = ex.principal.user_id if ex.principal is not None else ""
    keys = [cache.key(active.ruleset.version, scope, t) for t in texts] if cache.enabled else []
    known = [cache.get(k) for k in keys] if keys else [None] * len(texts)
    todo = [i for i, f in enumerate(known) if f is None]
    findings = [list(f) if f is not None else [] for f in known]
    queue = s.scan_queue

    async def on_thread(fn: Any, *args: Any) -> Any:
        return await queue.run(scope, progress.wrap(fn), *args)

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
    if len(texts) > 1 and any(f.entity_type == "PERSON" for found in findings for f in found):
        # a name found in one message is a name in the others, cached or not (detect/names.py)
        findings = await on_thread(repeated_names, texts, findings)
    return findings


def decide_phase(ex: Exchange, active: Any, upstream: UpstreamConfig, s: Services) -> None:
    assert ex.principal is not None
    ex.policy = policy_for(ex.principal, upstream.name, upstream.policy, s.settings.auth)
    try:
        outcome = scan_and_decide(ex.segments, ex.policy, active, restore=s.settings.restore, findings=ex.findings)
    except UnknownPolicy:
        raise _scan_failed(ex, "has no policy for this upstream", transient=False) from None
    ex.decision = outcome.decision
    s.feedback.remember(ex.request_id, ex.principal.user_id, outcome.decision)


async def shadow_phase(ex: Exchange, s: Services) -> None:
    """The candidate rules' decision on the same texts, for the audit event and metrics only: never enforced, and
    a failure of the candidate rules never touches the live answer."""
    if s.shadow is None or ex.decision is None or ex.policy is None:
        return
    try:
        live, shadow = s.rules.current, s.shadow.current
        findings: Any = ex.findings
        if shadow.ruleset.detector_specs != live.ruleset.detector_specs:
            texts = [seg.text for seg in ex.segments]
            async with asyncio.timeout(s.settings.limits.scan_timeout_seconds):
                findings = await asyncio.get_running_loop().run_in_executor(s.executor, scan, shadow.detector, texts)
        outcome = scan_and_decide(ex.segments, ex.policy, shadow, restore=s.settings.restore, findings=findings)
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


def blocked(ex: Exchange) -> web.Response:
    assert ex.decision is not None and ex.decision.block is not None
    b = ex.decision.block
    kinds = ", ".join(k.replace("_", " ").lower() for k in b.entity_types)
    where = ", ".join(b.places)
    message = (
        f"Blocked by policy: {b.message} Found: {kinds} in {where}. Rule {b.rule_id} ({b.source}). "
        f"Request id {ex.request_id}. If this block is wrong, report it: {ex.public_url}{FEEDBACK_PATH} "
        f"(request id, kind wrong_block)."
    )
    ex.outcome = "blocked"
    return error_response(
        ex, 400, _invalid(ex), "blocked_by_policy", message, {FEEDBACK_HEADER: ex.public_url + FEEDBACK_PATH}
    )


def transform(ex: Exchange, s: Services) -> bytes:
    assert ex.body is not None and ex.decision is not None
    if not ex.decision.redactions:
        return compact(ex.body).encode()
    book = Placeholders(s.hash_key)
    try:
        replacements = redact(ex.segments, ex.decision.redactions, book)
        write_back(ex.body, ex.segments, replacements)
    except BadRequest as exc:  # the request's own shape keeps a redaction from being written (keys)
        message = f"Invalid request: {exc}; nothing was sent."
        raise Refusal(400, _invalid(ex), "cannot_redact_in_place", message, reason="bad_request") from None
    except (RedactionError, ValueError, KeyError, IndexError):
        raise _scan_failed(ex, "could not apply the redactions", transient=False) from None
    ex.placeholders = book.restorable
    return compact(ex.body).encode()


async def forward(
    ex: Exchange, request: web.Request, payload: bytes, upstream: UpstreamConfig, s: Services
) -> web.StreamResponse:
    sent = time.perf_counter()
    resp = await s.client.send(upstream, ex.route, payload, request.headers)
    ex.timings.upstream_first_byte = time.perf_counter() - sent
    ex.upstream_status = resp.status
    lines = [AI_NOTICE_LINE] if s.settings.auth.ai_notice_in_text else []
    if s.settings.redaction_notice_in_text and ex.decision is not None and ex.decision.redactions:
        lines.append(redaction_notice(ex.decision.redactions))
    notice = "\n".join(lines) if lines and ex.route in _CHAT_ROUTES else None
    limits = s.settings.limits
    finished = False
    try:
        content_type = resp.headers.get("content-type", "")
        if ex.stream and resp.status == 200 and "text/event-stream" in content_type:
            out = await _respond_stream(ex, request, resp, notice, limits.max_sse_event_bytes)
        else:
            out = await _respond_whole(ex, resp, notice, limits.max_response_bytes)
        finished = True
        return out
    finally:
        ex.timings.upstream_total = time.perf_counter() - sent
        if finished and ex.outcome != "error":
            resp.release()
        else:  # refused, failed, left or cancelled part-way: the upstream must see the request end now
            resp.close()


# -- responses ------------------------------------------------------------------------------------------------


async def _respond_whole(ex: Exchange, resp: UpstreamResponse, notice: str | None, limit: int) -> web.Response:
    """A whole answer: a vendor's error passes on as it came when it is JSON; anything else the vendor sends that
    is not what its protocol promises becomes the gateway's 502, in the protocol's shape."""
    raw = await resp.read(limit)
    headers = returned_headers(resp.headers)
    if resp.status >= 400:
        ex.upstream_error = "status"
        if not _json_object(raw):
            # an HTML page from a proxy, an empty body: the SDK gets the protocol's shape, the status kept when
            # it tells the SDK to retry
            status = resp.status if resp.status == 429 or resp.status >= 500 else 502
            raise UpstreamError(
                "status",
                f"the upstream answered {resp.status} with a body that is not a JSON error",
                status=status,
                retry=status != 502 or resp.status >= 500,
            )
    elif ex.placeholders or notice:
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise TypeError("not an object")
            stage = adapter_for(ex.route).ResponseRestorer(ex.route, ex.placeholders, notice)
            raw = compact(stage.restore_body(body)).encode()
        except Exception:
            raise UpstreamError("protocol", "the upstream's answer is not the JSON its protocol promises") from None
    elif not _json_object(raw):
        raise UpstreamError("protocol", "the upstream's answer is not the JSON its protocol promises")
    _finish_headers(ex, headers)
    ex.status = resp.status
    ex.bytes_out = len(raw)
    return web.Response(status=resp.status, body=raw, headers=headers)


def _json_object(raw: bytes) -> bool:
    """Cheap: whether a body is a JSON object (parsed only when it is small enough to cost nothing)."""
    head = raw.lstrip()[:1]
    if head != b"{":
        return False
    if len(raw) > 65536:
        return raw.rstrip()[-1:] == b"}"
    try:
        return isinstance(json.loads(raw), dict)
    except ValueError:
        return False


async def _respond_stream(
    ex: Exchange, request: web.Request, resp: UpstreamResponse, notice: str | None, max_event: int
) -> web.StreamResponse:
    """Event by event: only whole events are written, so a failure can always end the stream cleanly, with the
    protocol's error event; once the status is sent nothing can send another."""
    headers = returned_headers(resp.headers)
    _finish_headers(ex, headers)
    out = web.StreamResponse(status=200, headers=headers)
    ex.status = 200
    ex.response = out
    await out.prepare(request)
    adapter = adapter_for(ex.route)
    stage = adapter.ResponseRestorer(ex.route, ex.placeholders, notice) if ex.placeholders or notice else None
    decoder = SSEDecoder(max_event)

    async def emit(events: list[SSEEvent]) -> None:
        for event in events:
            if stage is None:  # a restorer checks each event as it reads it
                event_payload(event, adapter.check_event)
            for restored in stage.feed(event) if stage is not None else (event,):
                await _write(ex, out, restored.encode())

    failure: UpstreamError | None = None
    try:
        async for chunk in resp.iter_chunks():
            await emit(decoder.feed(chunk))
        await emit(decoder.flush())
        if stage is not None:
            for restored in stage.flush():
                await _write(ex, out, restored.encode())
    except UpstreamError as exc:
        failure = exc
    except SSEError as exc:
        failure = UpstreamError("protocol", str(exc), retry=False)
    except (ConnectionResetError, ConnectionAbortedError):  # the client left mid-stream
        ex.outcome, ex.reason = "error", "client_gone"
        return out
    except Exception as exc:  # a vendor event of the wrong shape: no content in the log, only the kind
        log.warning("upstream.stream_malformed", route=ex.route, error=type(exc).__name__)
        failure = UpstreamError("protocol", "the upstream sent an event its protocol does not allow", retry=False)
    if failure is not None:
        ex.outcome, ex.reason, ex.upstream_error = "error", "upstream", failure.kind
        message = f"the stream stopped: {failure.message} (request id {ex.request_id})"
        try:
            await _write(ex, out, adapter.error_event(message, "api_error", failure.code).encode())
        except (ConnectionResetError, ConnectionAbortedError):
            ex.reason = "client_gone"
            return out
    with contextlib.suppress(ConnectionResetError, ConnectionAbortedError):
        await out.write_eof()  # every event was written; a client that left now missed only the last chunk
    return out


async def _write(ex: Exchange, out: web.StreamResponse, data: bytes) -> None:
    ex.bytes_out += len(data)
    await out.write(data)


def redaction_counts(redactions: Any) -> str:
    """``PERSON=2,US_SSN=1``: the types and numbers of replacements, never a value."""
    counts: dict[str, int] = {}
    for r in redactions:
        counts[r.entity_type] = counts.get(r.entity_type, 0) + 1
    return ",".join(f"{k}={v}" for k, v in sorted(counts.items()))


def redaction_notice(redactions: Any) -> str:
    kinds = redaction_counts(redactions).replace("=", " x").replace(",", ", ")
    return f"[Protected by the gateway: {kinds} replaced by placeholders before sending; the model never saw them.]"


def _finish_headers(ex: Exchange, headers: Any) -> None:
    headers["x-request-id"] = ex.request_id
    headers[AI_NOTICE_HEADER] = AI_NOTICE
    if ex.decision is not None and ex.decision.redactions:
        headers[REDACTIONS_HEADER] = redaction_counts(ex.decision.redactions)
    if ex.public_url:
        headers[FEEDBACK_HEADER] = ex.public_url + FEEDBACK_PATH
    if ex.dropped_parts:
        headers["x-gateway-dropped-parts"] = str(ex.dropped_parts)
    if ex.principal is not None and ex.principal.reminders:
        headers["x-gateway-reminder"] = "; ".join(ex.principal.reminders)


# -- errors ---------------------------------------------------------------------------------------------------


def error_response(
    ex: Exchange,
    status: int,
    err_type: str,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    retry_after: int | None = None,
) -> web.Response:
    """The protocol's error shape. ``retry_after`` marks the gateway's own transient failures: the SDKs are told
    to retry after that many seconds; everything else (blocks, bad requests) tells them not to."""
    body = (
        adapter_for(ex.route).error_body(message, err_type, code)
        if ex.route in ADAPTERS
        else {"error": {"message": message, "type": err_type, "code": code}}
    )
    ex.status = status
    data = compact(body).encode()
    ex.bytes_out = len(data)
    retry = {"x-should-retry": "false"}
    if retry_after is not None:
        retry = {"x-should-retry": "true", "retry-after": str(retry_after)}
    return web.Response(
        status=status,
        body=data,
        content_type="application/json",
        headers={"x-request-id": ex.request_id, **retry, **(headers or {})},
    )


def gateway_error_response(ex: Exchange, exc: GatewayError) -> web.Response:
    if isinstance(exc, UpstreamError):
        # whatever was decided, the answer the client gets is the gateway's failure to deliver it
        ex.outcome = "error"
        ex.upstream_error = exc.kind
    elif ex.outcome is None:
        ex.outcome = "refused" if isinstance(exc, Refusal) else "error"
    ex.reason = ex.reason or exc.reason
    message = exc.message if str(ex.request_id) in exc.message else f"{exc.message} (request id {ex.request_id})"
    return error_response(ex, exc.status, exc.err_type, exc.code, message, exc.headers, exc.retry_after)


def _invalid(ex: Exchange) -> str:
    return adapter_for(ex.route).error_type("invalid_request")


def _auth_type(ex: Exchange, status: int) -> str:
    return adapter_for(ex.route).error_type("authentication" if status == 401 else "permission")


def _too_large_type(ex: Exchange) -> str:
    return adapter_for(ex.route).error_type("too_large")


def _too_large(ex: Exchange, limit: int) -> Refusal:
    return Refusal(
        413,
        _too_large_type(ex),
        "request_too_large",
        f"The request body is larger than {limit} bytes.",
        reason="too_large",
    )


def _too_deep(ex: Exchange, limit: int) -> Refusal:
    """``limit`` 0: JSON inside a string of the body nests too deep for the gateway to read."""
    message = (
        f"The request body nests JSON more than {limit} levels deep; this gateway reads at most {limit}."
        if limit
        else "A JSON document inside the request (tool-call arguments) nests too deep for this gateway to read."
    )
    return Refusal(400, _invalid(ex), "json_too_deep", message, reason="bad_request")


def _unencodable(ex: Exchange, place: str) -> Refusal:
    return Refusal(
        400,
        _invalid(ex),
        "invalid_text",
        f"The text in {place} holds characters that are not valid Unicode text (a lone surrogate escape such as "
        "\\ud800). Send it as valid UTF-8.",
        reason="bad_request",
    )


def _scan_failed(ex: Exchange, what: str, *, transient: bool = True) -> Refusal:
    err_type = adapter_for(ex.route).error_type("unavailable")
    return Refusal(
        503,
        err_type,
        "scan_failed",
        f"The gateway could not check this request (the scan {what}), so nothing was sent. Try again later; "
        "if it persists, contact the gateway team.",
        reason="scan_failed",
        retry_after=2 if transient else None,
    )


def _scan_busy(ex: Exchange, scope: str) -> Refusal:
    if scope == "user":
        return Refusal(
            429,
            "rate_limit_error",
            "scan_queue_full",
            "You have as many requests being checked at once as this gateway allows; wait for one to finish.",
            reason="rate_limited",
            retry_after=1,
        )
    err_type = adapter_for(ex.route).error_type("unavailable")
    return Refusal(
        503,
        err_type,
        "scan_busy",
        "The gateway is checking as many requests as it can; nothing was sent. Try again in a moment.",
        reason="scan_busy",
        retry_after=1,
    )
