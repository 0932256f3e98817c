"""The authenticated employee (or admin) behind a request, with the 139-07 records the access check reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Approval:
    """A supervisor's approval to use GenAI tools: who, when, and for which upstreams (``*`` = all approved)."""

    by: str
    on: date | None
    upstreams: tuple[str, ...] = ("*",)

    def covers(self, upstream: str) -> bool:
        return "*" in self.upstreams or upstream in self.upstreams


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling. Never carries a key or token, only ids and records."""

    user_id: str
    component: str = ""  # e.g. CBP, USCIS, TSA
    groups: tuple[str, ...] = ()
    method: str = "key"  # key | oidc | proxy
    key_id: str = ""
    is_admin: bool = False
    approval: Approval | None = None
    trainings: dict[str, date] = field(default_factory=dict)  # training name -> date completed
    policy_overrides: dict[str, str] = field(default_factory=dict)  # upstream -> policy, set on the user record
    reminders: tuple[str, ...] = ()  # requirements nearing expiry, for a response header
