"""OIDC bearer tokens: JWTs verified against configured issuers, audiences and their JWKS (file, or URL fetched
with a time-out and cached)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import aiohttp
import jwt

from gateway.settings import OidcIssuer


class TokenError(Exception):
    """The token is not acceptable; the message is safe to show and never contains the token."""


class JwksSource:
    """The signing keys of one issuer; a URL is re-fetched when the cache is old or a new key id appears."""

    def __init__(self, issuer: OidcIssuer) -> None:
        self._issuer = issuer
        self._keys: dict[str | None, Any] = {}  # a key the issuer publishes without a kid sits under None
        self._fetched = 0.0
        self._lock = asyncio.Lock()
        if issuer.jwks_file is not None:
            self._keys = _parse(json.loads(issuer.jwks_file.read_text(encoding="utf-8")))
            self._fetched = float("inf")

    async def key(self, kid: str | None) -> Any:
        stale = time.monotonic() - self._fetched > self._issuer.jwks_cache_seconds
        if self._issuer.jwks_url is not None and (stale or kid not in self._keys):
            async with self._lock:
                if time.monotonic() - self._fetched > min(30.0, self._issuer.jwks_cache_seconds) or stale:
                    await self._fetch()
        if kid is None and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        if kid not in self._keys:
            raise TokenError("the token was signed with a key the issuer does not publish")
        return self._keys[kid]

    async def _fetch(self) -> None:
        assert self._issuer.jwks_url is not None
        timeout = aiohttp.ClientTimeout(total=self._issuer.jwks_timeout_seconds)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session, session.get(self._issuer.jwks_url) as resp:
                resp.raise_for_status()
                self._keys = _parse(await resp.json(content_type=None))
                self._fetched = time.monotonic()
        except (aiohttp.ClientError, TimeoutError, ValueError):
            if not self._keys:
                raise TokenError("the identity provider's signing keys could not be fetched") from None


def _parse(jwks: dict[str, Any]) -> dict[str | None, Any]:
    keyset = jwt.PyJWKSet.from_dict(jwks)
    return {k.key_id: k.key for k in keyset.keys}


class OidcVerifier:
    def __init__(self, issuers: tuple[OidcIssuer, ...]) -> None:
        self._issuers = {i.issuer: i for i in issuers}
        self._sources = {i.issuer: JwksSource(i) for i in issuers}

    async def verify(self, token: str) -> tuple[OidcIssuer, dict[str, Any]]:
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise TokenError("the bearer token is not a valid JWT") from None
        issuer = self._issuers.get(str(unverified.get("iss")))
        if issuer is None:
            raise TokenError("the token's issuer is not trusted by this gateway")
        key = await self._sources[issuer.issuer].key(header.get("kid"))
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=list(issuer.algorithms),
                audience=list(issuer.audiences),
                issuer=issuer.issuer,
                options={"require": ["exp", "iss", "aud"]},
                leeway=30,
            )
        except jwt.ExpiredSignatureError:
            raise TokenError("the token has expired; sign in again") from None
        except jwt.InvalidAudienceError:
            raise TokenError("the token was not issued for this gateway (audience)") from None
        except jwt.PyJWTError:
            raise TokenError("the token's signature or claims are not valid") from None
        return issuer, claims
