"""POST /v1/gateway/feedback {"request_id": "req_…", "kind": "wrong_block"}: an employee reports a wrong decision.

Only for a request of the same employee (the same user id, any of their keys), once per kind; no text is
accepted, so nothing of what was written can arrive this way. Joined to the decision's rules, audited as
``feedback.received`` and counted in ``gateway_feedback_total{rule,kind}``.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from gateway import audit, metrics
from gateway.errors import GatewayError
from gateway.exchange import Exchange
from gateway.pipeline import authenticate
from gateway.policy.feedback import KINDS
from gateway.proxy import SERVICES, new_request_id

_FIELDS = {"request_id", "kind"}


def _error(status: int, code: str, message: str, err_type: str = "invalid_request_error") -> web.Response:
    return web.json_response({"error": {"message": message, "type": err_type, "code": code}}, status=status)


async def feedback(request: web.Request) -> web.Response:
    s = request.app[SERVICES]
    ex = Exchange(new_request_id(), request.path, "openai", request.remote)
    try:
        await authenticate(ex, request, s)
    except GatewayError as exc:
        return _error(exc.status, exc.code, exc.message, exc.err_type)
    assert ex.principal is not None
    raw = await request.content.read(4097)
    try:
        body: Any = json.loads(raw) if len(raw) <= 4096 else None
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict) or set(body) != _FIELDS:
        return _error(
            400,
            "invalid_feedback",
            f'Send exactly {{"request_id": "req_…", "kind": "…"}}; feedback takes no text. Kinds: {", ".join(KINDS)}.',
        )
    request_id, kind = body["request_id"], body["kind"]
    if (
        kind not in KINDS
        or not isinstance(request_id, str)
        or not request_id.startswith("req_")
        or len(request_id) > 64
    ):
        return _error(400, "invalid_feedback", f"kind must be one of {', '.join(KINDS)}, request_id a req_… id.")
    decided = s.feedback.find(request_id, s.settings.audit.file)
    if decided is None or decided.user_id != ex.principal.user_id:
        # the same answer for another employee's request as for an unknown one: ids reveal nothing
        return _error(404, "unknown_request", "No recent request of yours has this id.", "not_found_error")
    if not s.feedback.mark_given(request_id, kind):
        return _error(409, "already_reported", "This request already has feedback of this kind.")
    rules = decided.rules_for(kind)
    metrics.observe_feedback(rules, kind)
    audit.emit(
        "feedback.received",
        request_id=ex.request_id,
        about=request_id,
        user_id=ex.principal.user_id,
        kind=kind,
        decision=decided.outcome,
        rules=list(rules),
    )
    return web.json_response(
        {"ok": True, "request_id": request_id, "kind": kind, "decision": decided.outcome, "rules": list(rules)},
        status=202,
    )
