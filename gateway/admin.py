"""Admin routes (/admin/…): rules reload and a dry-run scan; admin identities only, each action audited."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from gateway import audit
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.identity import keys
from gateway.identity.records import policy_for
from gateway.pipeline import authenticate
from gateway.policy.decide import decide
from gateway.proxy import SERVICES, new_request_id
from gateway.segments import Segment


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


async def list_users(request: web.Request) -> web.Response:
    """GET /admin/users: employees, key ids and dates; never keys or hashes."""
    try:
        ex = await _admin(request, "users.list")
    except GatewayError as exc:
        return _refused(exc)
    assert ex.principal is not None
    audit.emit("admin.action", request_id=ex.request_id, user_id=ex.principal.user_id, action="users.list")
    return web.json_response({"users": keys.list_users(request.app[SERVICES].settings.users)})


async def dry_run_scan(request: web.Request) -> web.Response:
    """POST /admin/scan {"text": …, "upstream": …}: findings and the decision, nothing forwarded, nothing logged."""
    try:
        ex = await _admin(request, "scan")
    except GatewayError as exc:
        return _refused(exc)
    assert ex.principal is not None
    services = request.app[SERVICES]
    try:
        body = await request.json()
        text = body["text"]
        upstream = services.settings.upstream(body.get("upstream") or services.settings.upstreams[0].name)
    except (ValueError, KeyError, TypeError):
        return web.json_response(
            {
                "error": {
                    "message": 'Send {"text": "…", "upstream": "name"} with a configured upstream.',
                    "type": "invalid_request_error",
                    "code": "invalid_request",
                }
            },
            status=400,
        )
    if not isinstance(text, str):
        return web.json_response(
            {"error": {"message": "text must be a string", "type": "invalid_request_error", "code": "invalid_request"}},
            status=400,
        )
    active = services.rules.current
    loop = asyncio.get_running_loop()
    findings = (await loop.run_in_executor(services.executor, active.detector.analyze, [text]))[0]
    segment = Segment(0, text, "input", "user", ())
    policy = policy_for(ex.principal, upstream.name, upstream.policy, services.settings.auth)
    decision = decide(active.ruleset.policy(policy), [segment], [findings])
    audit.emit(
        "admin.action",
        request_id=ex.request_id,
        user_id=ex.principal.user_id,
        action="scan",
        upstream=upstream.name,
        decision=decision.outcome,
    )
    return web.json_response(
        {
            "policy": policy,
            "rules_version": active.ruleset.version,
            "decision": decision.outcome,
            "block": None
            if decision.block is None
            else {"rule": decision.block.rule_id, "source": decision.block.source},
            "findings": [
                {
                    "entity_type": f.entity_type,
                    "start": f.start,
                    "end": f.end,
                    "score": round(f.score, 3),
                    "recognizer": f.recognizer,
                }
                for f in findings
            ],
        }
    )


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
