"""The ``auth:`` section of the config: identity sources, 139-07 requirements, group policies, rate limits."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class OidcIssuer(_Frozen):
    """An identity provider whose bearer tokens (JWT) the gateway accepts."""

    issuer: str
    audiences: tuple[str, ...] = Field(min_length=1)
    jwks_file: Path | None = None
    jwks_url: str | None = None
    jwks_cache_seconds: int = Field(3600, ge=0)
    jwks_timeout_seconds: float = Field(5.0, gt=0)
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    user_claim: str = "sub"
    groups_claim: str = "groups"
    component_claim: str = "component"
    approved_upstreams_claim: str = "genai_approved_upstreams"  # list of upstream names, or ["*"]
    approved_by_claim: str = "genai_approved_by"
    trainings_claim: str = "genai_trainings"  # {training name: YYYY-MM-DD}
    admin_groups: tuple[str, ...] = ()


class TrustedProxy(_Frozen):
    """An authenticating proxy in front of the gateway; its headers count only from these networks."""

    user_header: str = "x-authenticated-user"
    groups_header: str = "x-authenticated-groups"
    networks: tuple[IPv4Network | IPv6Network, ...] = Field(min_length=1)


class GroupPolicy(_Frozen):
    """Members of ``group`` (or of ``component``) get ``policy`` on ``upstream`` instead of the upstream's own."""

    group: str | None = None
    component: str | None = None
    upstream: str
    policy: str


class Limit(_Frozen):
    requests_per_minute: int | None = Field(None, ge=1)
    tokens_per_minute: int | None = Field(None, ge=1)


class RateLimits(_Frozen):
    per_user: Limit = Limit()
    per_upstream: Limit = Limit()
    # redis://[:password@]host:port/db, usually "${GATEWAY_REDIS_URL}": one window shared by every worker and
    # replica; without it each worker process keeps its own.
    redis_url: SecretStr | None = None


class AuthSettings(_Frozen):
    help_url: str = "https://www.dhs.gov/ai"  # where employees go to get approval or training
    trainings: dict[str, int] = Field(  # required trainings and how many days each stays valid
        default_factory=lambda: {"responsible-ai": 365, "privacy": 365, "cybersecurity": 365}
    )
    require_approval: bool = True
    reminder_days: int = Field(30, ge=0)
    oidc: tuple[OidcIssuer, ...] = ()
    proxy: TrustedProxy | None = None
    group_policies: tuple[GroupPolicy, ...] = ()
    rate_limits: RateLimits = RateLimits()
    ai_notice_in_text: bool = False  # also add a one-line review notice to chat answers
