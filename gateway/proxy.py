"""The aiohttp handlers: web.Request → exchange → ``pipeline.run`` → response, and ``complete`` always runs.

What is the handler's and not a phase's: the request id, the race with a client that leaves, answering the
exceptions the phases raise, and the audit event and metrics of every exchange (in a ``finally``)."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

import structlog
from aiohttp import web
from aiohttp.typedefs import Handler

from gateway import audit, metrics, pipeline
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.protocols.base import compact
from gateway.protocols.registry import PROTOCOLS, adapter_for
from gateway.refusals import error_response, gateway_error_response
from gateway.services import SERVICES

__all__ = ["SERVICES", "handle_api", "handle_models", "new_request_id", "unmatched_routes"]
log = structlog.get_logger("gateway.proxy")
T = TypeVar("T")
_CLIENT_CHECK = 0.25  # seconds between checks that the client is still connected


def new_request_id() -> str:
    return "req_" + secrets.token_hex(12)


async def handle_api(request: web.Request) -> web.StreamResponse:
    """Every model call: chat completions, completions, embeddings, responses, messages."""
    s = request.app[SERVICES]
    route = request.match_info.route.resource.canonical if request.match_info.route.resource else request.path
    ex = Exchange(
        request_id=new_request_id(),
        route=route,
        protocol=adapter_for(route).NAME,
        client_address=request.remote,
    )
    structlog.contextvars.bind_contextvars(request_id=ex.request_id)
    metrics.IN_FLIGHT.inc()
    try:
        return await _while_client_waits(request, pipeline.run(ex, request, s))
    except GatewayError as exc:
        if ex.response is not None and ex.response.prepared:  # never a second status line inside a stream
            return ex.response
        return gateway_error_response(ex, exc)
    except (ClientGone, ConnectionResetError, ConnectionAbortedError):
        ex.outcome, ex.reason = "error", "client_gone"
        return ex.response if ex.response is not None else web.Response(status=499)
    except asyncio.CancelledError:  # aiohttp cancels the handler: its client left (handler_cancellation) or it stops
        ex.outcome, ex.reason = "error", "client_gone" if _gone(request) else "shutdown"
        raise
    except Exception:
        log.exception("exchange.failed", route=route)
        ex.outcome, ex.reason = "error", "internal"
        if ex.response is not None and ex.response.prepared:
            return ex.response
        return error_response(
            ex,
            500,
            "api_error",
            "internal_error",
            f"The gateway failed; nothing more was sent. Request id {ex.request_id}.",
        )
    finally:
        ex.timings.total = time.perf_counter() - ex.started
        metrics.IN_FLIGHT.dec()
        if ex.outcome is None:
            ex.outcome, ex.reason = "error", ex.reason or "client_gone"
        metrics.observe_exchange(ex)
        audit.exchange_completed(ex)
        structlog.contextvars.unbind_contextvars("request_id")


def _gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


class ClientGone(Exception):
    """The client closed its connection before its answer was complete."""


async def _while_client_waits(request: web.Request, work: Coroutine[Any, Any, T]) -> T:
    """Run ``work`` while the client is connected; when it leaves, cancel it within ``_CLIENT_CHECK`` seconds
    (the scan gives up its turn, the upstream request is dropped) and raise ``ClientGone``."""
    task = asyncio.ensure_future(work)
    try:
        while True:
            done, _ = await asyncio.wait((task,), timeout=_CLIENT_CHECK)
            if done:
                return task.result()
            if _gone(request):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
                raise ClientGone
    finally:
        if not task.done():  # this handler itself was cancelled (shutdown)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


UNMATCHED_ROUTE = "unmatched"  # the route label of requests no route answers (a closed set: never the path)


@web.middleware
async def unmatched_routes(request: web.Request, handler: Handler) -> web.StreamResponse:
    """An unknown path or method answers like every other refusal: JSON in the protocol's error shape (Anthropic
    when the client sends Anthropic headers), an x-request-id, and an audit event."""
    problem = request.match_info.http_exception
    if problem is None:
        return await handler(request)
    anthropic = "anthropic-version" in request.headers or "x-api-key" in request.headers
    ex = Exchange(new_request_id(), UNMATCHED_ROUTE, "anthropic" if anthropic else "openai", request.remote)
    ex.outcome = "refused"
    if problem.status == 405:
        ex.reason = "method_not_allowed"
        err_type, code = "invalid_request_error", "method_not_allowed"
        message = f"This path does not accept {request.method} requests."
        headers = {"allow": problem.headers.get("allow", "")}
    else:
        ex.reason = "not_found"
        err_type = "not_found_error" if anthropic else "invalid_request_error"
        code = "not_found"
        message = "No such path on this gateway. Point the SDK's base_url at the gateway (with /v1 for OpenAI)."
        headers = {}
    body = (
        {"type": "error", "error": {"type": err_type, "message": f"{message} Request id {ex.request_id}."}}
        if anthropic
        else {"error": {"message": f"{message} Request id {ex.request_id}.", "type": err_type, "code": code}}
    )
    data = compact(body).encode()
    ex.status, ex.bytes_out = problem.status, len(data)
    ex.timings.total = time.perf_counter() - ex.started
    metrics.observe_exchange(ex)
    audit.exchange_completed(ex)
    return web.Response(
        status=problem.status,
        body=data,
        content_type="application/json",
        headers={"x-request-id": ex.request_id, "x-should-retry": "false", **headers},
    )


async def handle_models(request: web.Request) -> web.Response:
    """GET /v1/models: only the approved models, in the asking SDK's format."""
    s = request.app[SERVICES]
    anthropic = "anthropic-version" in request.headers or "x-api-key" in request.headers
    ex = Exchange(new_request_id(), "/v1/models", "anthropic" if anthropic else "openai", request.remote)
    try:
        await pipeline.authenticate(ex, request, s)
    except GatewayError as exc:
        body = PROTOCOLS["anthropic" if anthropic else "openai"].error_body(exc.message, exc.err_type, exc.code)
        return web.Response(
            status=exc.status,
            body=compact(body),
            content_type="application/json",
            headers={"x-request-id": ex.request_id, "x-should-retry": "false"},
        )
    models = s.registry.models()
    if anthropic:
        data = [
            {"type": "model", "id": m, "display_name": m, "created_at": "1970-01-01T00:00:00Z"}
            for m, u in models
            if u.protocol == "anthropic"
        ]
        body = {
            "data": data,
            "has_more": False,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        }
    else:
        body = {
            "object": "list",
            "data": [{"id": m, "object": "model", "created": 0, "owned_by": u.name} for m, u in models],
        }
    return web.Response(body=compact(body), content_type="application/json", headers={"x-request-id": ex.request_id})
