"""Writing the answer: the upstream's response passed back whole or event by event with the placeholders put back,
the gateway's own headers, and the answer to a blocked request. Sets ``Exchange.response``, ``status`` and
``bytes_out``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, MutableMapping

import structlog
from aiohttp import web

from gateway.errors import UpstreamError
from gateway.exchange import Exchange
from gateway.policy.decision import Redaction
from gateway.protocols.base import compact, event_payload
from gateway.protocols.registry import adapter_for
from gateway.refusals import error_response, invalid_type
from gateway.settings import Settings
from gateway.sse import SSEDecoder, SSEError, SSEEvent
from gateway.upstream.client import UpstreamResponse, returned_headers

AI_NOTICE_HEADER = "x-ai-generated"
AI_NOTICE = "AI-generated content: a person must review it before it is relied on (DHS Directive 139-08)"
AI_NOTICE_LINE = "[AI-generated: review this answer before relying on it.]"
REDACTIONS_HEADER = "x-gateway-redactions"
FEEDBACK_HEADER = "x-gateway-feedback"
FEEDBACK_PATH = "/v1/gateway/feedback"
_CHAT_ROUTES = ("/v1/chat/completions", "/v1/messages", "/v1/responses")
log = structlog.get_logger("gateway.respond")


def blocked(ex: Exchange) -> web.Response:
    """The answer to a request the decision blocks: the protocol's 400, naming the rule and where to report it."""
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
        ex, 400, invalid_type(ex), "blocked_by_policy", message, {FEEDBACK_HEADER: ex.public_url + FEEDBACK_PATH}
    )


def notice_for(ex: Exchange, settings: Settings) -> str | None:
    """The lines added to a chat answer's text (the review notice, the redaction notice), if any."""
    lines = [AI_NOTICE_LINE] if settings.auth.ai_notice_in_text else []
    if settings.redaction_notice_in_text and ex.decision is not None and ex.decision.redactions:
        lines.append(redaction_notice(ex.decision.redactions))
    return "\n".join(lines) if lines and ex.route in _CHAT_ROUTES else None


async def respond_whole(ex: Exchange, resp: UpstreamResponse, notice: str | None, limit: int) -> web.Response:
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
    ex.response = web.Response(status=resp.status, body=raw, headers=headers)
    return ex.response


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


async def respond_stream(
    ex: Exchange, request: web.Request, resp: UpstreamResponse, notice: str | None, max_event: int
) -> web.StreamResponse:
    """Event by event: only whole events are written, so a failure can always end the stream cleanly, with the
    protocol's error event; once the status is sent nothing can send another. The events decoded from one upstream
    chunk go out in one write, as soon as that chunk is read: none waits for the next chunk."""
    headers = returned_headers(resp.headers)
    _finish_headers(ex, headers)
    out = web.StreamResponse(status=200, headers=headers)
    ex.status = 200
    ex.response = out
    await out.prepare(request)
    adapter = adapter_for(ex.route)
    stage = adapter.ResponseRestorer(ex.route, ex.placeholders, notice) if ex.placeholders or notice else None
    decoder = SSEDecoder(max_event)
    ready: list[bytes] = []  # whole events, in order, not yet written

    def emit(events: list[SSEEvent]) -> None:
        for event in events:
            if stage is None:  # a restorer checks each event as it reads it
                event_payload(event, adapter.check_event)
                ready.append(event.encode())
            else:
                ready.extend([restored.encode() for restored in stage.feed(event)])

    failure: UpstreamError | None = None
    try:
        async for chunk in resp.iter_chunks():
            emit(decoder.feed(chunk))
            if ready:
                await _write(ex, out, _take(ready))
        emit(decoder.flush())
        if stage is not None:
            ready.extend([restored.encode() for restored in stage.flush()])
        if ready:
            await _write(ex, out, _take(ready))
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
        # the whole events before the one that failed go out first, then the error event, in one write
        ready.append(adapter.error_event(message, "api_error", failure.code).encode())
        try:
            await _write(ex, out, _take(ready))
        except (ConnectionResetError, ConnectionAbortedError):
            ex.reason = "client_gone"
            return out
    with contextlib.suppress(ConnectionResetError, ConnectionAbortedError):
        await out.write_eof()  # every event was written; a client that left now missed only the last chunk
    return out


def _take(parts: list[bytes]) -> bytes:
    data = parts[0] if len(parts) == 1 else b"".join(parts)
    parts.clear()
    return data


async def _write(ex: Exchange, out: web.StreamResponse, data: bytes) -> None:
    ex.bytes_out += len(data)
    await out.write(data)


def redaction_counts(redactions: Iterable[Redaction]) -> str:
    """``PERSON=2,US_SSN=1``: the types and numbers of replacements, never a value."""
    counts: dict[str, int] = {}
    for r in redactions:
        counts[r.entity_type] = counts.get(r.entity_type, 0) + 1
    return ",".join(f"{k}={v}" for k, v in sorted(counts.items()))


def redaction_notice(redactions: Iterable[Redaction]) -> str:
    kinds = redaction_counts(redactions).replace("=", " x").replace(",", ", ")
    return f"[Protected by the gateway: {kinds} replaced by placeholders before sending; the model never saw them.]"


def _finish_headers(ex: Exchange, headers: MutableMapping[str, str]) -> None:
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
