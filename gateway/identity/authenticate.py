"""authenticate: gateway key, OIDC token or trusted-proxy header → Principal, or a 401 that never echoes a secret.

Order: a trusted proxy's identity header (only from its configured networks); otherwise the credential in
``x-api-key`` or ``Authorization: Bearer`` — a gateway key (``gwk_…``), or a JWT from a configured issuer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from ipaddress import ip_address
from typing import Any

import structlog

from gateway.identity.keys import PREFIX, index_keys, load_users, verify
from gateway.identity.oidc import OidcVerifier, TokenError
from gateway.identity.principal import Approval, Principal
from gateway.identity.records import AccessPolicy, approval_from, trainings_from
from gateway.settings import Settings
from gateway.yamlsrc import Problem, YamlSourceError

log = structlog.get_logger("gateway.identity")


class AuthError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Authenticator:
    def __init__(self, settings: Settings) -> None:
        self._file = settings.users
        self._auth = settings.auth
        self._oidc = OidcVerifier(settings.auth.oidc) if settings.auth.oidc else None
        self._access = AccessPolicy(settings.auth)
        self._stamp = self._mtime()
        self._users: dict[str, Any] = self._load()  # at start-up a missing or broken users file stops the gateway
        self._key_index = index_keys(self._users)

    def _load(self) -> dict[str, Any]:
        if not self._file.exists():
            if self._oidc is None and self._auth.proxy is None:
                raise YamlSourceError(
                    [
                        Problem(
                            str(self._file),
                            None,
                            "the users file does not exist and no OIDC issuer or trusted proxy is configured, so "
                            "nobody could sign in: create it with `python -m gateway users add ID`, or fix `users:` "
                            "in the config",
                        )
                    ]
                )
            log.warning("users.file_missing", file=str(self._file), note="gateway keys are off; tokens and proxy only")
            return {}
        return dict(load_users(self._file)["users"])

    def reload(self) -> None:
        """Re-read the users file (also done by itself when the file changes); a broken one keeps the last good."""
        self._stamp = self._mtime()
        try:
            users = self._load()
        except YamlSourceError as exc:
            log.warning("users.reload_failed", problems=[str(p) for p in exc.problems], kept="the last good users")
            return
        self._users = users
        self._key_index = index_keys(users)

    def _mtime(self) -> float:
        try:
            return self._file.stat().st_mtime
        except OSError:
            return 0.0

    async def authenticate(self, headers: Mapping[str, str], peer: str | None) -> Principal:
        if self._mtime() != self._stamp:
            self.reload()
        today = date.today()
        principal = self._from_proxy(headers, peer) or await self._from_credential(headers, today)
        reminders = self._access.reminders(principal, today)
        if reminders:
            principal = _replace(principal, reminders=reminders)
        return principal

    def _from_proxy(self, headers: Mapping[str, str], peer: str | None) -> Principal | None:
        proxy = self._auth.proxy
        if proxy is None or proxy.user_header not in headers:
            return None
        try:
            source = ip_address(peer or "")
        except ValueError:
            source = None
        if source is None or not any(source in net for net in proxy.networks):
            raise AuthError(
                401,
                "untrusted_identity_header",
                "An identity header was sent from a network the gateway does not trust.",
            )
        user_id = headers[proxy.user_header].strip()
        if not user_id:
            raise AuthError(401, "missing_identity", "The authenticating proxy sent an empty identity.")
        groups = tuple(g.strip() for g in headers.get(proxy.groups_header, "").split(",") if g.strip())
        return self._with_record(Principal(user_id=user_id, groups=groups, method="proxy"))

    async def _from_credential(self, headers: Mapping[str, str], today: date) -> Principal:
        presented = headers.get("x-api-key") or ""
        auth = headers.get("authorization") or ""
        if not presented and auth.lower().startswith("bearer "):
            presented = auth[7:].strip()
        if not presented:
            raise AuthError(
                401,
                "missing_api_key",
                "No gateway key or token was sent. Use the key issued to you by the gateway team.",
            )
        if presented.startswith(PREFIX) or self._oidc is None or presented.count(".") != 2:
            return self._from_key(presented, today)
        try:
            issuer, claims = await self._oidc.verify(presented)
        except TokenError as exc:
            raise AuthError(401, "invalid_token", f"The sign-in token was refused: {exc}.") from None
        user_id = str(claims.get(issuer.user_claim) or "")
        if not user_id:
            raise AuthError(401, "invalid_token", f"The sign-in token has no '{issuer.user_claim}' claim.")
        groups = claims.get(issuer.groups_claim) or []
        groups = tuple(str(g) for g in groups) if isinstance(groups, list) else ()
        approved = claims.get(issuer.approved_upstreams_claim)
        approval = None
        if isinstance(approved, list) and approved:
            approval = Approval(
                str(claims.get(issuer.approved_by_claim) or "identity provider"), None, tuple(str(a) for a in approved)
            )
        principal = Principal(
            user_id=user_id,
            component=str(claims.get(issuer.component_claim) or ""),
            groups=groups,
            method="oidc",
            is_admin=bool(set(groups) & set(issuer.admin_groups)),
            approval=approval,
            trainings=trainings_from(claims.get(issuer.trainings_claim)),
        )
        return self._with_record(principal)

    def _from_key(self, presented: str, today: date) -> Principal:
        found = verify(self._users, presented, today, self._key_index)
        if found is None:
            raise AuthError(401, "invalid_api_key", "The gateway key is not valid (unknown, revoked or expired).")
        user_id, _, key_id = found
        return self._with_record(Principal(user_id=user_id, method="key", key_id=key_id))

    def _with_record(self, principal: Principal) -> Principal:
        """Fill what the users file knows about this employee where the identity source did not say it."""
        record = self._users.get(principal.user_id)
        if not isinstance(record, dict):
            return principal
        groups = tuple(dict.fromkeys([*principal.groups, *(str(g) for g in record.get("groups") or [])]))
        policies = record.get("policies")
        overrides = policies if isinstance(policies, dict) else {}
        return _replace(
            principal,
            component=principal.component or str(record.get("component") or ""),
            groups=groups,
            is_admin=principal.is_admin or (bool(record.get("admin")) and principal.method == "key"),
            approval=principal.approval or approval_from(record),
            trainings={**trainings_from(record.get("trainings")), **principal.trainings},
            policy_overrides={str(k): str(v) for k, v in overrides.items()},
        )


def _replace(principal: Principal, **changes: Any) -> Principal:
    return replace(principal, **changes)
