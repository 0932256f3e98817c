"""Each identity path: gateway keys, OIDC tokens (JWKS file and URL), and a trusted proxy's header."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography.hazmat.primitives.asymmetric import rsa
from structlog.testing import capture_logs

from gateway.identity.authenticate import Authenticator, AuthError
from gateway.identity.keys import issue_key, revoke
from gateway.settings import Settings

ISSUER = "https://login.example.gov"


def settings(tmp_path: Path, **auth: Any) -> Settings:
    return Settings.model_validate(
        {
            "upstreams": [
                {"name": "openai", "protocol": "openai", "base_url": "https://api.openai.com/v1", "models": ["gpt-4o"]}
            ],
            "users": str(tmp_path / "users.yaml"),
            "auth": auth,
        }
    )


@pytest.fixture(scope="module")
def signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwks(key: rsa.RSAPrivateKey) -> dict[str, Any]:
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {"keys": [{**public, "kid": "k1", "use": "sig", "alg": "RS256"}]}


def token(key: rsa.RSAPrivateKey, **claims: Any) -> str:
    now = int(time.time())
    body = {
        "iss": ISSUER,
        "aud": "genai-gateway",
        "sub": "jdoe",
        "iat": now,
        "exp": now + 300,
        "groups": ["uscis-staff"],
        "component": "USCIS",
        "genai_approved_upstreams": ["openai"],
        "genai_trainings": {"responsible-ai": "2026-06-01", "privacy": "2026-06-01", "cybersecurity": "2026-06-01"},
        **claims,
    }
    return jwt.encode(body, key, algorithm="RS256", headers={"kid": "k1"})


async def test_gateway_key_valid_revoked_and_from_x_api_key(tmp_path: Path) -> None:
    """A key works as Bearer and as x-api-key, carries the user's records, and stops working once revoked."""
    s = settings(tmp_path)
    key = issue_key(s.users, "jdoe", component="CBP", approved_by="boss", trained_on=date.today())
    auth = Authenticator(s)
    p = await auth.authenticate({"authorization": f"Bearer {key}"}, "127.0.0.1")
    assert (p.user_id, p.component, p.method) == ("jdoe", "CBP", "key") and p.approval is not None
    assert (await auth.authenticate({"x-api-key": key}, None)).user_id == "jdoe"
    revoke(s.users, "jdoe")
    with pytest.raises(AuthError) as err:
        await auth.authenticate({"x-api-key": key}, None)
    assert err.value.status == 401 and key not in str(err.value)


async def test_oidc_token_from_jwks_file(tmp_path: Path, signing_key: rsa.RSAPrivateKey) -> None:
    """A signed token for our audience yields the user, groups, component, approval and trainings from claims."""
    (tmp_path / "jwks.json").write_text(json.dumps(jwks(signing_key)))
    s = settings(
        tmp_path,
        oidc=[
            {
                "issuer": ISSUER,
                "audiences": ["genai-gateway"],
                "jwks_file": str(tmp_path / "jwks.json"),
                "admin_groups": ["genai-admins"],
            }
        ],
    )
    auth = Authenticator(s)
    p = await auth.authenticate({"authorization": f"Bearer {token(signing_key)}"}, None)
    assert (p.user_id, p.method, p.component, p.groups) == ("jdoe", "oidc", "USCIS", ("uscis-staff",))
    assert p.approval is not None and p.approval.covers("openai") and not p.approval.covers("anthropic")
    assert p.trainings["privacy"] == date(2026, 6, 1) and not p.is_admin
    admin = await auth.authenticate({"authorization": f"Bearer {token(signing_key, groups=['genai-admins'])}"}, None)
    assert admin.is_admin


@pytest.mark.parametrize(
    ("claims", "words"),
    [
        ({"exp": int(time.time()) - 3600}, "expired"),
        ({"aud": "some-other-app"}, "audience"),
        ({"iss": "https://evil.example"}, "issuer is not trusted"),
    ],
)
async def test_oidc_token_refused(
    tmp_path: Path, signing_key: rsa.RSAPrivateKey, claims: dict[str, Any], words: str
) -> None:
    """Expired, wrong-audience and untrusted-issuer tokens get 401, and the token is in no message or log."""
    (tmp_path / "jwks.json").write_text(json.dumps(jwks(signing_key)))
    s = settings(
        tmp_path, oidc=[{"issuer": ISSUER, "audiences": ["genai-gateway"], "jwks_file": str(tmp_path / "jwks.json")}]
    )
    bad = token(signing_key, **claims)
    with capture_logs() as logs, pytest.raises(AuthError) as err:
        await Authenticator(s).authenticate({"authorization": f"Bearer {bad}"}, None)
    assert err.value.status == 401 and words in err.value.message
    assert bad not in str(err.value) and bad not in str(logs)


async def test_oidc_token_signed_by_another_key_is_refused(tmp_path: Path, signing_key: rsa.RSAPrivateKey) -> None:
    """A token signed by a key the issuer does not publish fails verification."""
    (tmp_path / "jwks.json").write_text(json.dumps(jwks(signing_key)))
    s = settings(
        tmp_path, oidc=[{"issuer": ISSUER, "audiences": ["genai-gateway"], "jwks_file": str(tmp_path / "jwks.json")}]
    )
    forged = token(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    with pytest.raises(AuthError, match="signature"):
        await Authenticator(s).authenticate({"authorization": f"Bearer {forged}"}, None)


async def test_jwks_url_is_fetched_once_and_cached(tmp_path: Path, signing_key: rsa.RSAPrivateKey) -> None:
    """The JWKS URL is fetched on first use and served from cache afterwards."""
    hits: list[int] = []

    async def serve(request: web.Request) -> web.Response:
        hits.append(1)
        return web.json_response(jwks(signing_key))

    app = web.Application()
    app.router.add_get("/jwks", serve)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        s = settings(
            tmp_path,
            oidc=[{"issuer": ISSUER, "audiences": ["genai-gateway"], "jwks_url": str(server.make_url("/jwks"))}],
        )
        auth = Authenticator(s)
        for _ in range(3):
            assert (await auth.authenticate({"authorization": f"Bearer {token(signing_key)}"}, None)).user_id == "jdoe"
        assert len(hits) == 1
    finally:
        await server.close()


async def test_trusted_proxy_header_only_from_its_networks(tmp_path: Path) -> None:
    """The identity header counts from the proxy's network; from anywhere else it is refused."""
    s = settings(tmp_path, proxy={"networks": ["10.20.0.0/16"]})
    issue_key(s.users, "jdoe", component="TSA", approved_by="boss", trained_on=date.today())
    auth = Authenticator(s)
    headers = {"x-authenticated-user": "jdoe", "x-authenticated-groups": "a, b"}
    p = await auth.authenticate(headers, "10.20.3.4")
    assert (p.user_id, p.method, p.groups, p.component) == ("jdoe", "proxy", ("a", "b"), "TSA")
    with pytest.raises(AuthError) as err:
        await auth.authenticate(headers, "192.0.2.10")
    assert err.value.status == 401 and err.value.code == "untrusted_identity_header"


async def test_missing_credential_is_401(tmp_path: Path) -> None:
    """No header at all is a 401 that tells the employee what to send."""
    (tmp_path / "users.yaml").write_text("users: {}\n")
    with pytest.raises(AuthError) as err:
        await Authenticator(settings(tmp_path)).authenticate({}, None)
    assert err.value.status == 401 and "key" in err.value.message
