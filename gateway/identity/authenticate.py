"""authenticate: the gateway key (Bearer or x-api-key) → Principal, or a 401 that never echoes the key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from gateway.identity.keys import read_users, verify
from gateway.identity.principal import Principal
from gateway.settings import Settings


class AuthError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Authenticator:
    def __init__(self, settings: Settings) -> None:
        self._file = settings.users
        self.reload()

    def reload(self) -> None:
        self._stamp = self._mtime()
        self._users = read_users(self._file)["users"]

    def _mtime(self) -> float:
        try:
            return self._file.stat().st_mtime
        except OSError:
            return 0.0

    async def authenticate(self, headers: Mapping[str, str], peer: str | None) -> Principal:
        presented = headers.get("x-api-key") or ""
        auth = headers.get("authorization") or ""
        if not presented and auth.lower().startswith("bearer "):
            presented = auth[7:].strip()
        if not presented:
            raise AuthError(
                401, "missing_api_key", "No gateway key was sent. Use the key issued to you by the gateway team."
            )
        if self._mtime() != self._stamp:
            self.reload()
        found = verify(self._users, presented, date.today())
        if found is None:
            raise AuthError(401, "invalid_api_key", "The gateway key is not valid (unknown, revoked or expired).")
        user_id, user, key_id = found
        return Principal(
            user_id=user_id, component=str(user.get("component", "")), key_id=key_id, is_admin=bool(user.get("admin"))
        )
