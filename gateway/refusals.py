"""Error shaping: the refusals the phases raise, and any ``GatewayError`` as an answer in the protocol's shape.

Messages are shown to employees and logged: they never carry prompt text, a detected value or a key.
"""

from __future__ import annotations

from aiohttp import web

from gateway.errors import GatewayError, Refusal, UpstreamError
from gateway.exchange import Exchange
from gateway.protocols.base import compact
from gateway.protocols.registry import ADAPTERS, adapter_for


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
    response = web.Response(
        status=status,
        body=data,
        content_type="application/json",
        headers={"x-request-id": ex.request_id, **retry, **(headers or {})},
    )
    ex.response = response
    return response


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


def invalid_type(ex: Exchange) -> str:
    return adapter_for(ex.route).error_type("invalid_request")


def auth_type(ex: Exchange, status: int) -> str:
    return adapter_for(ex.route).error_type("authentication" if status == 401 else "permission")


def too_large_type(ex: Exchange) -> str:
    return adapter_for(ex.route).error_type("too_large")


def too_large(ex: Exchange, limit: int) -> Refusal:
    return Refusal(
        413,
        too_large_type(ex),
        "request_too_large",
        f"The request body is larger than {limit} bytes.",
        reason="too_large",
    )


def too_deep(ex: Exchange, limit: int) -> Refusal:
    """``limit`` 0: JSON inside a string of the body nests too deep for the gateway to read."""
    message = (
        f"The request body nests JSON more than {limit} levels deep; this gateway reads at most {limit}."
        if limit
        else "A JSON document inside the request (tool-call arguments) nests too deep for this gateway to read."
    )
    return Refusal(400, invalid_type(ex), "json_too_deep", message, reason="bad_request")


def unencodable(ex: Exchange, place: str) -> Refusal:
    return Refusal(
        400,
        invalid_type(ex),
        "invalid_text",
        f"The text in {place} holds characters that are not valid Unicode text (a lone surrogate escape such as "
        "\\ud800). Send it as valid UTF-8.",
        reason="bad_request",
    )


def scan_failed(ex: Exchange, what: str, *, transient: bool = True) -> Refusal:
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


def scan_busy(ex: Exchange, scope: str) -> Refusal:
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
