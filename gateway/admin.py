"""Admin routes (/admin/…): rules reload and a dry-run scan; admin identities only, each action audited."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from gateway import audit
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.pipeline import authenticate
from gateway.proxy import SERVICES, new_request_id


async def _admin(request: web.Request, action: str) -> Exchange:
    ex = Exchange(new_request_id(), request.path, "openai", request.remote)
    await authenticate(ex, request, request.app[SERVICES])
    assert ex.principal is not None
    if not ex.principal.is_admin:
        audit.emit("admin.denied", request_id=ex.request_id, user_id=ex.principal.user_id, action=action)
        raise web.HTTPForbidden(
            text='{"error": {"message": "This endpoint is for gateway administrators.", "type": "permission_error",'
            ' "code": "admin_only"}}',
            content_type="application/json",
        )
    return ex


def _refused(exc: GatewayError) -> web.Response:
    return web.json_response(
        {"error": {"message": exc.message, "type": exc.err_type, "code": exc.code}}, status=exc.status
    )


async def reload_rules(request: web.Request) -> web.Response:
    """POST /admin/rules/reload: load, check and test the rule files, then swap them in, or keep the old ones."""
    try:
        ex = await _admin(request, "rules.reload")
    except GatewayError as exc:
        return _refused(exc)
    outcome = await request.app[SERVICES].rules.reload()
    assert ex.principal is not None
    audit.emit(
        "admin.action",
        request_id=ex.request_id,
        user_id=ex.principal.user_id,
        action="rules.reload",
        ok=outcome.ok,
        version=outcome.version,
    )
    body: dict[str, Any] = {
        "ok": outcome.ok,
        "version": outcome.version,
        "files": list(outcome.files),
        "problems": list(outcome.problems),
    }
    return web.json_response(body, status=200 if outcome.ok else 422)


def install_sighup(app: web.Application) -> None:
    """SIGHUP reloads the rules and the users file (serve installs this; tests call the route instead)."""

    async def on_startup(app: web.Application) -> None:
        import signal

        loop = asyncio.get_running_loop()
        services = app[SERVICES]
        pending: set[asyncio.Task[Any]] = set()

        def hup() -> None:
            services.authenticator.reload()
            task = loop.create_task(services.rules.reload())
            pending.add(task)
            task.add_done_callback(pending.discard)

        loop.add_signal_handler(signal.SIGHUP, hup)

    app.on_startup.append(on_startup)
