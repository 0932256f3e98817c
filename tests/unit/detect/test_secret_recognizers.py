"""Credentials: cloud keys, private keys, JWTs, source-forge and chat tokens, connection strings and assigned
passwords are found, the value alone; placeholders, references, hashes and ids are not credentials.

Token-shaped values are assembled at run time so this file itself holds nothing a secret scanner would flag.
"""

from __future__ import annotations

import base64
import json

import pytest

from gateway.detect.recognizers.secrets.base import is_placeholder
from gateway.detect.recognizers.secrets.jwt import header_has_alg
from gateway.detect.resolve import BLOCKING

from .conftest import Spans, types

SECRET_TYPES = BLOCKING - {"CLASSIFICATION_MARKING", "CUI_MARKING"}


def _b64url(obj: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


JWT = ".".join([_b64url({"alg": "HS256", "typ": "JWT"}), _b64url({"sub": "1234567890", "name": "x"}), "S" * 43])
# invented keys of AWS's shapes; AWS's own documented examples (…EXAMPLE, …EXAMPLEKEY) are placeholders
AWS_KEY_ID = "AKIA" + "JQ3PLM7ZK4RTW2XB"
AWS_SECRET = "Qm7Rt2Lx9Vb4Nc8Hp3Ws6Y" + "d1Kf5Jg0Za/Ue2Ti7B"
GITHUB = "ghp_" + "A1b2C3d4E5" * 3 + "f6G7h8"
GITHUB_FINE = "github_pat_" + "1" * 22 + "_" + "aB3" * 19 + "xy"
GITLAB = "glpat-" + "xY9" * 7
SLACK = "xoxb-" + "123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx"
OPENAI = "sk-proj-" + "Q7w" * 16
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----"


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("CLOUD_ACCESS_KEY", f"aws_access_key_id = {AWS_KEY_ID}", AWS_KEY_ID),
        ("CLOUD_ACCESS_KEY", "export KEY=AIza" + "SyD4" * 8 + "abc", "AIza" + "SyD4" * 8 + "abc"),
        ("CLOUD_SECRET_KEY", f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
        ("CLOUD_SECRET_KEY", f'AWS_SECRET_ACCESS_KEY: "{AWS_SECRET}"', AWS_SECRET),
        ("CLOUD_SECRET_KEY", f"OPENAI_API_KEY={OPENAI}", OPENAI),
        ("PRIVATE_KEY", f"key file:\n{PEM}\nend", PEM),
        ("PRIVATE_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA", None),
        ("JWT", f"Authorization: Bearer {JWT}", JWT),
        ("GITHUB_TOKEN", f"token {GITHUB} for CI", GITHUB),
        ("GITHUB_TOKEN", f"GH_TOKEN={GITHUB_FINE}", GITHUB_FINE),
        ("GITLAB_TOKEN", f"use {GITLAB} to push", GITLAB),
        ("SLACK_TOKEN", f"SLACK_BOT_TOKEN={SLACK}", SLACK),
        ("CONNECTION_STRING", "postgres://app:S3cr3t!pw@db.internal:5432/cases", None),
        ("CONNECTION_STRING", "Server=sql01;Database=cases;User Id=app;Password=Tr0ub4dor&3;", None),
        ("PASSWORD", "db_password = 'Tr0ub4dor&3'", "Tr0ub4dor&3"),
        ("PASSWORD", "client_secret: 8fK2mQ9xLp4vR7tZ", "8fK2mQ9xLp4vR7tZ"),
        ("PASSWORD", "My password is Winter2026! for the VPN.", "Winter2026!"),
    ],
)
def test_credentials_found(reported: Spans, entity: str, text: str, value: str | None) -> None:
    """Each credential is reported; where a key precedes it the span is the value alone."""
    found = reported(text)
    if value is None:
        assert entity in types(found)
    else:
        assert (entity, value) in found


def test_aws_documentation_key_id_is_a_placeholder(reported: Spans) -> None:
    """AKIAIOSFODNN7EXAMPLE is AWS's documented example, marked EXAMPLE so that it is never valid (round 7)."""
    assert "CLOUD_ACCESS_KEY" not in types(reported("key id AKIAIOSFODNN7EXAMPLE"))


@pytest.mark.parametrize(
    "text",
    [
        "password: ${DB_PASSWORD}",
        "password = <your-password>",
        "password=changeme",
        "api_key: YOUR_API_KEY_HERE",
        "secret: db-credentials",
        "token = get_token()",
        'password: "********"',
        "client_secret = os.environ['CLIENT_SECRET']",
        "postgres://app:${DB_PASSWORD}@db.internal:5432/cases",
        "postgres://app@db.internal:5432/cases",
        "Reset your password at the portal.",
        "The password is required for login.",
    ],
)
def test_placeholders_and_references_are_not_secrets(reported: Spans, text: str) -> None:
    """Config templates, references to a vault or environment and plain prose are not leaks."""
    assert not types(reported(text)) & SECRET_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "request id 3f2b8c1e-9d4a-4e7b-8f6a-2c1d0e9b7a55",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "See https://github.com/org/repo/pull/123 for context.",
        "The token bucket refills every second.",
        "Header eyJhbGciOiJIUzI1NiJ9 alone is not a token.",
    ],
)
def test_ids_and_hashes_are_not_secrets(reported: Spans, text: str) -> None:
    """UUIDs, commit hashes, digests, URLs and half a JWT are not credentials."""
    assert not types(reported(text)) & SECRET_TYPES


def test_bare_forty_characters_need_mixed_classes(spans: Spans) -> None:
    """A 40-character run is an AWS secret key candidate only if it mixes cases and digits; a hex hash is not."""
    assert "CLOUD_SECRET_KEY" not in types(spans("9fceb02d0ae598e95dc970b74767f19372d61af8"))
    assert ("CLOUD_SECRET_KEY", AWS_SECRET) in spans(f"value {AWS_SECRET} here")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("${DB_PASSWORD}", True),
        ("<your-key>", True),
        ("changeme", True),
        ("****", True),
        ("db-credentials", True),
        ("os.getenv('X')", True),
        ("{{ vault_secret }}", True),
        ("Tr0ub4dor&3", False),
        ("8fK2mQ9xLp4vR7tZ", False),
        ("example123Key", False),
    ],
)
def test_is_placeholder(value: str, expected: bool) -> None:
    """References, templates and dummies are placeholders; a value with a secret's mixture is not."""
    assert is_placeholder(value) is expected


def test_jwt_header_decodes() -> None:
    """A JWT's header names its algorithm; random base64 does not."""
    assert header_has_alg(JWT)
    assert not header_has_alg("eyJub3RqdXN0LWpzb24.eyJ4IjoxfQ.sig")


def test_secret_split_by_invisible_characters_still_found(reported: Spans) -> None:
    """A zero-width space inside a token does not hide it; the span covers the original characters."""
    hidden = GITHUB[:10] + "\u200b" + GITHUB[10:]
    assert ("GITHUB_TOKEN", hidden) in reported(f"token {hidden}")
