"""139-07 access: is this employee approved for this upstream, with every required training current?

Records come from the users file (keyed by user id) and, for OIDC tokens, from claims. A missing requirement
refuses the request with 403 before anything is scanned; requirements close to expiry become reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from gateway.identity.principal import Approval, Principal
from gateway.settings import AuthSettings


@dataclass(frozen=True, slots=True)
class AccessDenied:
    status: int
    code: str  # the first missing requirement
    message: str  # every missing requirement, each with its remedy
    missing: tuple[str, ...] = ()  # the code of each


def parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def approval_from(record: dict[str, Any]) -> Approval | None:
    raw = record.get("approval")
    if not isinstance(raw, dict) or not raw.get("by"):
        return None
    upstreams = raw.get("upstreams") or ["*"]
    return Approval(str(raw["by"]), parse_date(raw.get("on")), tuple(str(u) for u in upstreams))


def trainings_from(raw: Any) -> dict[str, date]:
    if not isinstance(raw, dict):
        return {}
    out = {}
    for name, when in raw.items():
        parsed = parse_date(when)
        if parsed is not None:
            out[str(name)] = parsed
    return out


class AccessPolicy:
    """Checks approval and trainings; names every missing requirement and where to go."""

    def __init__(self, auth: AuthSettings) -> None:
        self._auth = auth

    def check(self, principal: Principal, upstream: str, today: date) -> AccessDenied | None:
        """Every missing requirement at once, each with what to do, so one 403 is enough to fix them all."""
        missing: list[tuple[str, str]] = []  # (code, sentence with its remedy)
        if self._auth.require_approval:
            if principal.approval is None:
                missing.append(
                    (
                        "approval_missing",
                        "Your supervisor has not approved your use of GenAI tools: ask your supervisor to record "
                        "the approval.",
                    )
                )
            elif not principal.approval.covers(upstream):
                missing.append(
                    (
                        "approval_missing",
                        f"Your approval does not cover the '{upstream}' tool: ask your supervisor to extend it.",
                    )
                )
        for name, days in self._auth.trainings.items():
            done = principal.trainings.get(name)
            if done is None:
                missing.append(
                    ("training_missing", f"No record of your '{name}' training: complete it and have it recorded.")
                )
            elif done + timedelta(days=days) < today:
                missing.append(
                    (
                        "training_expired",
                        f"Your '{name}' training expired on {done + timedelta(days=days)}: take it again.",
                    )
                )
        if not missing:
            return None
        count = "one requirement is" if len(missing) == 1 else f"{len(missing)} requirements are"
        steps = " ".join(f"({i}) {sentence}" for i, (_, sentence) in enumerate(missing, start=1))
        message = (
            f"Policy Statement 139-07: {count} missing before you can use the '{upstream}' tool. {steps} "
            f"See {self._auth.help_url} to get it done."
        )
        return AccessDenied(403, missing[0][0], message, tuple(code for code, _ in missing))

    def reminders(self, principal: Principal, today: date) -> tuple[str, ...]:
        """Trainings that expire within ``reminder_days``, as short phrases for a response header."""
        out = []
        for name, days in self._auth.trainings.items():
            done = principal.trainings.get(name)
            if done is None:
                continue
            expires = done + timedelta(days=days)
            if today <= expires <= today + timedelta(days=self._auth.reminder_days):
                out.append(f"{name} training expires {expires.isoformat()}")
        return tuple(out)


def policy_for(principal: Principal, upstream: str, default: str, auth: AuthSettings) -> str:
    """The policy for this principal on this upstream, first match wins:

    1. an override on the user's own record (``policies: {upstream: policy}`` in the users file);
    2. a ``group_policies`` entry naming one of the principal's groups and this upstream (config order);
    3. a ``group_policies`` entry naming the principal's component and this upstream (config order);
    4. the upstream's own ``policy``.
    """
    if upstream in principal.policy_overrides:
        return principal.policy_overrides[upstream]
    for gp in auth.group_policies:
        if gp.group is not None and gp.upstream == upstream and gp.group in principal.groups:
            return gp.policy
    for gp in auth.group_policies:
        if gp.component is not None and gp.upstream == upstream and gp.component == principal.component:
            return gp.policy
    return default
