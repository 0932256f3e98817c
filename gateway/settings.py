"""Settings: the config file plus the environment, read once into a frozen object (see docs/CONTRACT.md)."""

from __future__ import annotations

import os
import re
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from gateway.yamlsrc import Problem, YamlSourceError, load_yaml

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# The ``auth:`` section: identity sources, 139-07 requirements, group policies, rate limits.


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


class Listen(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)


class MetricsListen(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(9464, ge=0, le=65535)


class MetricsConfig(_Frozen):
    """``listen``: a separate listener that alone serves GET /metrics; None serves it on the API port."""

    listen: MetricsListen | None = None


class UpstreamConfig(_Frozen):
    """An approved endpoint. The client names a model; only these URLs are ever contacted."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    protocol: Literal["openai", "anthropic"]
    base_url: str  # "demo" = the built-in echo upstream started by the gateway itself
    api_key: SecretStr | None = None
    models: tuple[str, ...] = Field(min_length=1)
    policy: str = "commercial-139-07"

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value != "demo" and not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("base_url must be an http(s) URL, or 'demo' for the built-in echo upstream")
        return value.rstrip("/")


class AuditConfig(_Frozen):
    file: Path | None = None  # the keyed, tamper-evident audit file (null: stdout only)
    key: SecretStr | None = None  # its HMAC key, e.g. "${GATEWAY_AUDIT_KEY}"; unset: that variable; neither: no start
    checkpoint_lines: int = Field(1000, ge=2)  # a signed checkpoint every so many lines ...
    checkpoint_seconds: float = Field(60.0, gt=0)  # ... and this often while lines are written


class Limits(_Frozen):
    max_body_bytes: int = Field(1_048_576, gt=0)
    scan_timeout_seconds: float = Field(10.0, gt=0)
    scan_workers: int = Field(2, ge=1, le=64)
    scan_cache_entries: int = Field(4096, ge=0)  # texts whose findings are kept per process (0: off)
    # what one request may ask the scanner to read: refused up front (400/413), never half-scanned
    max_json_depth: int = Field(64, ge=2, le=1000)
    max_segments: int = Field(5000, ge=1)
    max_text_chars: int = Field(500_000, ge=1)
    # the scan queue: one employee's requests scanned at once, and how many requests may wait in all
    scan_per_user: int = Field(128, ge=1)
    scan_queue_max: int = Field(256, ge=1)
    scan_slice_chars: int = Field(10_000, ge=100)  # texts are scanned in slices of about this size
    # what an upstream may send back
    max_response_bytes: int = Field(67_108_864, gt=0)  # one whole answer, after decompression
    max_sse_event_bytes: int = Field(16_777_216, gt=0)  # one streamed event


class Timeouts(_Frozen):
    """Upstream time-outs in seconds."""

    connect: float = Field(10.0, gt=0)
    first_byte: float = Field(120.0, gt=0)
    idle_stream: float = Field(60.0, gt=0)


class Link(_Frozen):
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://")


class WebSettings(_Frozen):
    """The pages: GET / for employees, /admin for admins."""

    pages: bool = True
    public_url: str | None = Field(None, pattern=r"^https?://")  # the address shown in snippets (default: as asked)
    dashboards: tuple[Link, ...] = ()  # links on the admin page (Grafana, Prometheus, ...)
    session_hours: float = Field(8.0, gt=0, le=24)  # how long an admin stays signed in to /admin


class Settings(_Frozen):
    listen: Listen = Listen()
    upstreams: tuple[UpstreamConfig, ...] = Field(min_length=1)
    rules: Path = Path("rules")
    # a candidate rules folder decided on live traffic next to the live one, recorded, never enforced
    # (config: ``rules: {path: rules/, shadow: rules-candidate/}``)
    shadow_rules: Path | None = None
    redaction_notice_in_text: bool = False  # also add a one-line "what was replaced" notice to redacted answers
    web: WebSettings = WebSettings()
    users: Path = Path("users.yaml")
    restore: bool = True
    non_text_parts: Literal["refuse", "drop"] = "refuse"  # images, files, audio: refuse the request, or drop them
    audit: AuditConfig = AuditConfig()
    limits: Limits = Limits()
    timeouts: Timeouts = Timeouts()
    hash_key: SecretStr | None = None  # key of the `hash` redaction operator; random per process when unset
    auth: AuthSettings = AuthSettings()
    metrics: MetricsConfig = MetricsConfig()
    source: Path | None = None  # the file these settings came from

    @model_validator(mode="before")
    @classmethod
    def _rules_mapping(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("rules"), dict):
            rules = dict(data["rules"])
            data = {**data, "rules": rules.pop("path", "rules")}
            if "shadow" in rules:
                data["shadow_rules"] = rules.pop("shadow")
            if rules:
                raise ValueError(f"rules: unknown key {next(iter(rules))!r} (use path and shadow)")
        return data

    @model_validator(mode="after")
    def _unique(self) -> Settings:
        names: set[str] = set()
        owners: dict[str, str] = {}
        for up in self.upstreams:
            if up.name in names:
                raise ValueError(f"two upstreams are named {up.name!r}")
            names.add(up.name)
            for model in up.models:
                if model in owners and model != "*":
                    raise ValueError(f"model {model!r} belongs to both {owners[model]!r} and {up.name!r}")
                owners[model] = up.name
        return self

    def upstream(self, name: str) -> UpstreamConfig:
        for up in self.upstreams:
            if up.name == name:
                return up
        raise KeyError(name)


def _expand(value: Any, path: list[str | int], missing: list[tuple[list[str | int], str]]) -> Any:
    if isinstance(value, str):

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                missing.append((path, name))
                return ""
            return os.environ[name]

        return _ENV_REF.sub(sub, value)
    if isinstance(value, dict):
        return {k: _expand(v, [*path, k], missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, [*path, i], missing) for i, v in enumerate(value)]
    return value


def default_config_path() -> Path:
    return Path(os.environ.get("GATEWAY_CONFIG", "gateway.yaml"))


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read the config file; relative paths in it resolve against its folder. Raises ``YamlSourceError``."""
    path = path or default_config_path()
    doc = load_yaml(path)
    if not isinstance(doc.data, dict):
        raise YamlSourceError([Problem(doc.file, 1, "the config file must be a mapping of keys")])
    missing: list[tuple[list[str | int], str]] = []
    data = _expand(doc.data, [], missing)
    if missing:
        raise YamlSourceError(
            [Problem(doc.file, doc.line_of(p), f"environment variable {name} is not set") for p, name in missing]
        )
    base = path.parent
    for key in ("rules", "users"):
        if key in data and isinstance(data[key], str | Path) and not Path(data[key]).is_absolute():
            data[key] = str(base / data[key])
    if isinstance(data.get("rules"), dict):
        data["rules"] = {
            k: str(base / v) if isinstance(v, str) and not Path(v).is_absolute() else v
            for k, v in data["rules"].items()
        }
    audit = data.get("audit")
    if isinstance(audit, dict) and audit.get("file") and not Path(audit["file"]).is_absolute():
        audit["file"] = str(base / audit["file"])
    for key, value in overrides.items():
        if value is not None:
            section, _, field = key.partition("__")
            if field:
                data.setdefault(section, {})[field] = value
            else:
                data[key] = value
    data["source"] = str(path)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise YamlSourceError(doc.problems_from(exc)) from None
