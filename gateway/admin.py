"""Admin API (/admin/…): rules reload, users and their 139-07 status, a dry-run scan; admins only, each audited."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from functools import partial
from typing import Any

from aiohttp import web

from gateway import audit
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.identity import keys
from gateway.identity.records import approval_from, policy_for, trainings_from
from gateway.pipeline import authenticate
from gateway.policy.flow import UnknownPolicy, scan_and_decide
from gateway.proxy import SERVICES, new_request_id
from gateway.scan import disagreements, report
from gateway.services import Services
from gateway.settings import Settings


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
    services = request.app[SERVICES]
    outcome = await services.rules.reload()
    shadow = await services.shadow.reload() if services.shadow is not None else None
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
    if shadow is not None:
        body["shadow"] = {"ok": shadow.ok, "version": shadow.version, "problems": list(shadow.problems)}
    return web.json_response(body, status=200 if outcome.ok else 422)


async def list_users(request: web.Request) -> web.Response:
    """GET /admin/users: employees, approval and training status, key ids and dates; never keys or hashes."""
    try:
        ex = await _admin(request, "users.list")
    except GatewayError as exc:
        return _refused(exc)
    assert ex.principal is not None
    audit.emit("admin.action", request_id=ex.request_id, user_id=ex.principal.user_id, action="users.list")
    return web.json_response({"users": users_with_status(request.app[SERVICES].settings, date.today())})


def users_with_status(settings: Settings, today: date) -> list[dict[str, Any]]:
    """Each employee of the users file with the 139-07 status the gateway checks: approval, trainings, keys."""
    records = keys.read_users(settings.users)["users"]
    out = []
    for user in keys.list_users(settings.users):
        record = records.get(user["id"]) or {}
        approval = approval_from(record)
        done = trainings_from(record.get("trainings"))
        trainings = []
        for name, days in settings.auth.trainings.items():
            when = done.get(name)
            expires = when + timedelta(days=days) if when else None
            if expires is None:
                state = "missing"
            elif expires < today:
                state = "expired"
            elif expires <= today + timedelta(days=settings.auth.reminder_days):
                state = "expiring"
            else:
                state = "current"
            trainings.append(
                {
                    "name": name,
                    "completed": when.isoformat() if when else None,
                    "expires": expires.isoformat() if expires else None,
                    "status": state,
                }
            )
        approved = approval is not None or not settings.auth.require_approval
        active_keys = [
            k
            for k in user["keys"]
            if not k["revoked"] and not (k["expires"] and date.fromisoformat(str(k["expires"])) < today)
        ]
        user["approval"] = (
            None
            if approval is None
            else {
                "by": approval.by,
                "on": approval.on.isoformat() if approval.on else None,
                "upstreams": list(approval.upstreams),
            }
        )
        user["trainings"] = trainings
        trained = all(t["status"] in ("current", "expiring") for t in trainings)
        user["can_use"] = approved and bool(active_keys) and trained
        out.append(user)
    return out


async def dry_run_scan(request: web.Request) -> web.Response:
    """POST /admin/scan {"text": …, "upstream": …} or {"text": …, "policy": …}: findings, the decision and the text
    that would be sent (and the shadow rules' decision), nothing forwarded, nothing logged."""
    try:
        ex = await _admin(request, "scan")
    except GatewayError as exc:
        return _refused(exc)
    assert ex.principal is not None
    services = request.app[SERVICES]
    try:
        body = await request.json()
        text = body["text"]
        if body.get("policy"):
            policy = str(body["policy"])
            upstream_name = None
        else:
            upstream = services.settings.upstream(body.get("upstream") or services.settings.upstreams[0].name)
            upstream_name = upstream.name
            policy = policy_for(ex.principal, upstream.name, upstream.policy, services.settings.auth)
    except (ValueError, KeyError, TypeError):
        return _bad('Send {"text": "…", "upstream": "name"} (or "policy": "name") with a configured upstream.')
    if not isinstance(text, str):
        return _bad("text must be a string")
    try:
        report = await playground_report(services, text, policy)
    except UnknownPolicy:
        return _bad(f"The rules in force define no policy {policy!r}.")
    audit.emit(
        "admin.action",
        request_id=ex.request_id,
        user_id=ex.principal.user_id,
        action="scan",
        upstream=upstream_name,
        policy=policy,
        decision=report["decision"],
    )
    return web.json_response(report)


def _bad(message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "invalid_request_error", "code": "invalid_request"}}, status=400
    )


async def playground_report(services: Services, text: str, policy: str) -> dict[str, Any]:
    """The live rules' report on ``text`` under ``policy`` (see scan.report), with the shadow rules' beside it."""
    loop = asyncio.get_running_loop()
    live = services.rules.current
    restore = services.settings.restore
    outcome = await loop.run_in_executor(
        services.executor, partial(scan_and_decide, [text], policy, live, restore=restore)
    )
    result = report(outcome)
    if services.shadow is not None:
        try:
            shadow = await loop.run_in_executor(
                services.executor, partial(scan_and_decide, [text], policy, services.shadow.current, restore=restore)
            )
        except UnknownPolicy:
            result["shadow"] = {"error": f"the shadow rules define no policy {policy!r}"}
        else:
            result["shadow"] = report(shadow)
            result["shadow"]["disagreements"] = disagreements(outcome, shadow)
    return result


def install_sighup(app: web.Application) -> None:
    """SIGHUP reloads the rules and the users file (serve installs this; tests call the route instead)."""

    async def on_startup(app: web.Application) -> None:
        import signal

        loop = asyncio.get_running_loop()
        services = app[SERVICES]
        pending: set[asyncio.Task[Any]] = set()

        def hup() -> None:
            services.authenticator.reload()
            for manager in (services.rules, services.shadow):
                if manager is None:
                    continue
                task = loop.create_task(manager.reload())
                pending.add(task)
                task.add_done_callback(pending.discard)

        loop.add_signal_handler(signal.SIGHUP, hup)

    app.on_startup.append(on_startup)
