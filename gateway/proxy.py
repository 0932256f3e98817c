"""The aiohttp handlers: web.Request → exchange through the pipeline → response, and ``complete`` always runs."""

from __future__ import annotations

import secrets
import time

import structlog
from aiohttp import web

from gateway import audit, metrics, pipeline
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.protocols.base import compact
from gateway.protocols.registry import PROTOCOLS, adapter_for

SERVICES: web.AppKey[pipeline.Services] = web.AppKey("services", pipeline.Services)
log = structlog.get_logger("gateway.proxy")


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
        return await _run(ex, request, s)
    except GatewayError as exc:
        return pipeline.gateway_error_response(ex, exc)
    except ConnectionResetError:
        ex.outcome, ex.reason = "error", "client_gone"
        raise
    except Exception:
        log.exception("exchange.failed", route=route)
        ex.outcome, ex.reason = "error", "internal"
        return pipeline.error_response(
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


async def _run(ex: Exchange, request: web.Request, s: pipeline.Services) -> web.StreamResponse:
    await pipeline.authenticate(ex, request, s)
    body = await pipeline.read_body(ex, request, s)
    pipeline.extract(ex, body)
    upstream = pipeline.route(ex, s)
    await pipeline.authorize(ex, upstream, s)
    pipeline.handle_unscannable(ex, s)
    active = await pipeline.detect(ex, s)
    pipeline.decide_phase(ex, active, upstream, s)
    await pipeline.shadow_phase(ex, s)
    assert ex.decision is not None
    if ex.decision.block is not None:
        return pipeline.blocked(ex)
    payload = pipeline.transform(ex, s)
    ex.outcome = ex.decision.outcome
    return await pipeline.forward(ex, request, payload, upstream, s)


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
