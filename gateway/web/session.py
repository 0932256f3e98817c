"""Admin sign-in for the pages: a signed, expiring session cookie that carries its own CSRF token.

The cookie is HttpOnly, SameSite=Strict and scoped to /admin; every form that changes anything or shows scan
results carries the CSRF token and is refused without it. The signing key comes from the config's ``hash_key``
(so every worker accepts the same cookie), or is random per process. Nothing secret is in the cookie: the admin's
id, an expiry and the CSRF token, under an HMAC.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from aiohttp import web

SESSION_COOKIE = "gw_admin"
LOGIN_COOKIE = "gw_login"  # CSRF token of the sign-in form, before there is a session
PATH = "/admin"


@dataclass(frozen=True, slots=True)
class Session:
    user_id: str
    expires: float
    csrf: str


class Sessions:
    def __init__(self, secret: bytes, hours: float) -> None:
        self._key = hmac.new(secret, b"gateway admin session", hashlib.sha256).digest()
        self._seconds = hours * 3600

    def _sign(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self._key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def issue(self, response: web.StreamResponse, request: web.Request, user_id: str) -> Session:
        session = Session(user_id, time.time() + self._seconds, secrets.token_urlsafe(24))
        payload = json.dumps({"u": session.user_id, "e": session.expires, "c": session.csrf}).encode()
        value = base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + self._sign(payload)
        _set_cookie(response, request, SESSION_COOKIE, value, int(self._seconds))
        return session

    def read(self, request: web.Request) -> Session | None:
        value = request.cookies.get(SESSION_COOKIE, "")
        body, _, mac = value.partition(".")
        if not body or not mac:
            return None
        try:
            payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except ValueError:
            return None
        if not hmac.compare_digest(self._sign(payload), mac):
            return None
        try:
            data = json.loads(payload)
            session = Session(str(data["u"]), float(data["e"]), str(data["c"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None

    @staticmethod
    def end(response: web.StreamResponse) -> None:
        response.del_cookie(SESSION_COOKIE, path=PATH)


def login_token(request: web.Request) -> str:
    """The sign-in form's CSRF token: the one already in the browser's cookie, or a new one."""
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def keep_login_token(response: web.StreamResponse, request: web.Request, token: str) -> None:
    _set_cookie(response, request, LOGIN_COOKIE, token, 3600)


def same_token(expected: str | None, sent: object) -> bool:
    return bool(expected) and isinstance(sent, str) and hmac.compare_digest(expected or "", sent)


def _set_cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, path=PATH, httponly=True, samesite="Strict", secure=request.secure
    )
