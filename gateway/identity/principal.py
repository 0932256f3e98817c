"""The authenticated employee (or admin) behind a request."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling. Never carries a key or token, only ids."""

    user_id: str
    component: str = ""  # e.g. CBP, USCIS, TSA
    groups: tuple[str, ...] = ()
    method: str = "key"  # key | oidc | proxy
    key_id: str = ""
    is_admin: bool = False
    reminders: tuple[str, ...] = field(default=())  # requirements nearing expiry, for a response header
