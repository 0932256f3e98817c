"""The pages: GET / tells employees how to use the gateway and what it protects; /admin is the admins' desk.

Server-rendered (Jinja2, autoescaped); one small script and one stylesheet from /static, under a strict
Content-Security-Policy (no inline script or style, no third-party anything). The employee page needs no key and
shows nothing personal. /admin needs an admin identity, as the admin API does: a gateway key or sign-in token
typed into its form, kept in a signed session cookie (session.py); its forms carry a CSRF token.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from gateway import audit, metrics
from gateway.admin import playground_report, users_with_status
from gateway.identity.authenticate import AuthError
from gateway.policy.decision import Action
from gateway.policy.feedback import KINDS
from gateway.policy.flow import UnknownPolicy
from gateway.policy.reload import ReloadOutcome, RulesManager
from gateway.proxy import SERVICES, new_request_id
from gateway.respond import AI_NOTICE, FEEDBACK_PATH
from gateway.services import Services
from gateway.web.session import LOGIN_COOKIE, Session, Sessions, keep_login_token, login_token, same_token

HERE = Path(__file__).parent
STATIC = HERE / "static"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SESSIONS: web.AppKey[Sessions] = web.AppKey("sessions", Sessions)
MAX_PLAYGROUND_CHARS = 20_000

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@web.middleware
async def security_headers(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    if response.content_type in ("text/html", "text/css", "application/javascript"):
        response.headers["content-security-policy"] = CSP
        response.headers["x-content-type-options"] = "nosniff"
        response.headers["referrer-policy"] = "no-referrer"
        response.headers["x-frame-options"] = "DENY"
    if request.path.startswith("/admin") and response.content_type == "text/html":
        response.headers["cache-control"] = "no-store"
    return response


def _html(template: str, status: int = 200, **context: Any) -> web.Response:
    return web.Response(
        text=_env.get_template(template).render(**context), content_type="text/html", charset="utf-8", status=status
    )


def base_url(request: web.Request, s: Services) -> str:
    return s.settings.web.public_url or f"{request.scheme}://{request.host}"


# -- employees ------------------------------------------------------------------------------------------------


async def employee_page(request: web.Request) -> web.Response:
    """GET /: what the gateway is, the approved tools, how to connect, what is protected and why."""
    s = request.app[SERVICES]
    url = base_url(request, s)
    try:
        ruleset = s.rules.current.ruleset
    except RuntimeError:
        return _html("starting.html", 503)
    upstreams = [
        {"name": u.name, "protocol": u.protocol, "models": list(u.models), "policy": u.policy}
        for u in s.settings.upstreams
    ]
    openai_model = next((m for u in s.settings.upstreams if u.protocol == "openai" for m in u.models if m != "*"), "")
    anthropic_model = next(
        (m for u in s.settings.upstreams if u.protocol == "anthropic" for m in u.models if m != "*"), ""
    )
    policies = []
    for name in dict.fromkeys(u.policy for u in s.settings.upstreams):
        if name not in ruleset.policies:
            continue
        policy = ruleset.policy(name)
        groups: dict[str, list[dict[str, Any]]] = {a.value: [] for a in (Action.BLOCK, Action.REDACT, Action.AUDIT)}
        for rule in policy.rules:
            groups[rule.action.value].append(
                {
                    "id": rule.id,
                    "description": rule.description,
                    "source": rule.source,
                    "entities": list(rule.entities),
                    "message": rule.message,
                    "restored": rule.action is Action.REDACT
                    and (rule.operator or ("pseudonymize" if s.settings.restore else "mask")) == "pseudonymize",
                }
            )
        tools = [u["name"] for u in upstreams if u["policy"] == name]
        policies.append({"name": name, "description": policy.description, "tools": tools, "groups": groups})
    return _html(
        "employee.html",
        url=url,
        upstreams=upstreams,
        openai_model=openai_model,
        anthropic_model=anthropic_model,
        policies=policies,
        ai_notice=AI_NOTICE,
        help_url=s.settings.auth.help_url,
        feedback_url=url + FEEDBACK_PATH,
        feedback_kinds=KINDS,
        rules_version=ruleset.version,
    )


# -- admins ---------------------------------------------------------------------------------------------------


async def admin_page(request: web.Request) -> web.Response:
    """GET /admin: the sign-in form, or the desk (playground, rules, users, dashboards)."""
    session = request.app[SESSIONS].read(request)
    if session is None:
        return _login_form(request)
    return _desk(request, session)


def _login_form(request: web.Request, error: str | None = None, status: int = 200) -> web.Response:
    token = login_token(request)
    response = _html("admin_login.html", status, error=error, csrf=token)
    keep_login_token(response, request, token)
    return response


def _see_other(location: str) -> web.Response:
    return web.Response(status=303, headers={"location": location})


async def admin_login(request: web.Request) -> web.StreamResponse:
    """POST /admin/login: an admin's gateway key or sign-in token; an employee's is refused."""
    s = request.app[SERVICES]
    form = await request.post()
    if not same_token(request.cookies.get(LOGIN_COOKIE), form.get("csrf")):
        return _login_form(request, "The form expired. Please sign in again.", 400)
    credential = str(form.get("credential") or "").strip()
    request_id = new_request_id()
    try:
        principal = await s.authenticator.authenticate({"authorization": f"Bearer {credential}"}, request.remote)
    except AuthError as exc:
        audit.emit("admin.login", request_id=request_id, ok=False, reason=exc.code)
        return _login_form(request, exc.message, 401)
    if not principal.is_admin:
        audit.emit("admin.denied", request_id=request_id, user_id=principal.user_id, action="pages.login")
        return _login_form(request, "This key or token belongs to an employee, not a gateway administrator.", 403)
    audit.emit("admin.login", request_id=request_id, user_id=principal.user_id, ok=True, method=principal.method)
    response = _see_other("/admin")
    request.app[SESSIONS].issue(response, request, principal.user_id)
    return response


async def admin_logout(request: web.Request) -> web.StreamResponse:
    session = request.app[SESSIONS].read(request)
    form = await request.post()
    response = _see_other("/admin")
    if session is not None and same_token(session.csrf, form.get("csrf")):
        Sessions.end(response)
    return response


async def admin_playground(request: web.Request) -> web.Response:
    """POST /admin/playground: scan pasted text with a policy of the rules in force; nothing is sent or logged."""
    session = request.app[SESSIONS].read(request)
    if session is None:
        return _login_form(request, "Please sign in.", 401)
    form = await request.post()
    if not same_token(session.csrf, form.get("csrf")):
        return _desk(request, session, error="The form expired; try again.", status=400)
    s = request.app[SERVICES]
    text = str(form.get("text") or "")
    policy = str(form.get("policy") or "")
    if not text.strip():
        return _desk(request, session, error="Paste some text to scan.", status=400, policy=policy)
    if len(text) > MAX_PLAYGROUND_CHARS:
        return _desk(request, session, error=f"At most {MAX_PLAYGROUND_CHARS} characters.", status=400, policy=policy)
    try:
        report = await playground_report(s, text, policy)
    except UnknownPolicy:
        return _desk(request, session, error=f"No policy {policy!r} in the rules in force.", status=400)
    audit.emit(
        "admin.action",
        request_id=new_request_id(),
        user_id=session.user_id,
        action="playground",
        policy=policy,
        decision=report["decision"],
    )
    return _desk(request, session, text=text, policy=policy, result=report, marked=highlight(text, report))


async def admin_reload(request: web.Request) -> web.StreamResponse:
    """POST /admin/reload (the page's button): reload the rules (and shadow rules) now."""
    session = request.app[SESSIONS].read(request)
    form = await request.post()
    if session is None or not same_token(session.csrf, form.get("csrf")):
        return _see_other("/admin")
    s = request.app[SERVICES]
    outcome = await s.rules.reload()
    if s.shadow is not None:
        await s.shadow.reload()
    audit.emit(
        "admin.action",
        request_id=new_request_id(),
        user_id=session.user_id,
        action="rules.reload",
        ok=outcome.ok,
        version=outcome.version,
    )
    return _see_other("/admin#rules")


def _desk(
    request: web.Request,
    session: Session,
    *,
    text: str = "",
    policy: str = "",
    result: dict[str, Any] | None = None,
    marked: list[dict[str, Any]] | None = None,
    error: str | None = None,
    status: int = 200,
) -> web.Response:
    s = request.app[SERVICES]
    live = s.rules.current.ruleset
    policies = sorted(live.policies)
    default_policy = s.settings.upstreams[0].policy
    return _html(
        "admin.html",
        status,
        admin=session.user_id,
        csrf=session.csrf,
        policies=policies,
        policy=policy or default_policy,
        text=text,
        result=result,
        marked=marked or [],
        error=error,
        live=_rules_state(s.rules, "rules in force"),
        shadow=_rules_state(s.shadow, "shadow rules") if s.shadow is not None else None,
        users=users_with_status(s.settings, date.today()),
        dashboards=[{"title": d.title, "url": d.url} for d in s.settings.web.dashboards],
        feedback=_feedback_counts(),
        url=base_url(request, s),
        rules_version=live.version,
    )


def _rules_state(manager: RulesManager, title: str) -> dict[str, Any]:
    try:
        current = manager.current.ruleset
    except RuntimeError:
        current = None
    last: ReloadOutcome | None = manager.last_outcome
    return {
        "title": title,
        "folder": _shown(manager.directory),
        "version": current.version if current else None,
        "files": [Path(f).name for f in current.files] if current else [],
        "policies": len(current.policies) if current else 0,
        "tests": len(current.tests) if current else 0,
        "last_ok": last.ok if last else None,
        "last_at": datetime.fromtimestamp(last.at, UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if last and last.at else "",
        "problems": list(last.problems) if last else [],
    }


def _shown(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def _feedback_counts() -> list[dict[str, Any]]:
    rows = []
    for family in metrics.FEEDBACK.collect():
        for sample in family.samples:
            if sample.name.endswith("_total") and sample.value:
                rows.append({"rule": sample.labels["rule"], "kind": sample.labels["kind"], "count": int(sample.value)})
    return sorted(rows, key=lambda r: -r["count"])


def highlight(text: str, report: dict[str, Any]) -> list[dict[str, Any]]:
    """The text cut into plain and marked pieces, one mark per finding (an overlapped finding stays in the table)."""
    pieces: list[dict[str, Any]] = []
    cursor = 0
    for number, f in enumerate(report["findings"], start=1):
        if f["start"] < cursor:
            continue
        if f["start"] > cursor:
            pieces.append({"text": text[cursor : f["start"]], "finding": None})
        action = (f["action"] or "none").split(" ")[0]
        pieces.append({"text": text[f["start"] : f["end"]], "finding": f, "number": number, "action": action})
        cursor = f["end"]
    if cursor < len(text):
        pieces.append({"text": text[cursor:], "finding": None})
    return pieces


async def static_file(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    types = {".css": "text/css", ".js": "application/javascript", ".png": "image/png", ".svg": "image/svg+xml"}
    path = STATIC / name
    if "/" in name or name.startswith(".") or path.suffix not in types or not path.is_file():
        raise web.HTTPNotFound()
    return web.Response(
        body=path.read_bytes(),
        content_type=types[path.suffix],
        headers={"cache-control": "public, max-age=300"},
    )


def install(app: web.Application, secret: bytes, hours: float) -> None:
    """Add the pages and their security headers to the gateway application."""
    app[SESSIONS] = Sessions(secret, hours)
    app.middlewares.append(security_headers)
    app.router.add_get("/", employee_page)
    app.router.add_get("/admin", admin_page)
    app.router.add_post("/admin/login", admin_login)
    app.router.add_post("/admin/logout", admin_logout)
    app.router.add_post("/admin/playground", admin_playground)
    app.router.add_post("/admin/reload", admin_reload)
    app.router.add_get("/static/{name}", static_file)
