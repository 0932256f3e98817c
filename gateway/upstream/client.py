"""Upstream: the registry of approved endpoints and the one pooled client that talks to them.

The client names a model; the registry picks the upstream. Only allow-listed headers cross, in either
direction, and the upstream credential is the gateway's own.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy

from gateway.errors import UpstreamError
from gateway.settings import Settings, Timeouts, UpstreamConfig
from gateway.upstream.idle import IdleDeadline

REQUEST_HEADERS = frozenset({"accept", "openai-beta", "anthropic-version", "anthropic-beta"})
RESPONSE_HEADERS = frozenset(
    {
        "content-type",
        "openai-processing-ms",
        "openai-version",
        "retry-after",
        "retry-after-ms",
        "x-should-retry",
        "cache-control",
    }
)
RESPONSE_HEADER_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")
UPSTREAM_ID_HEADERS = ("x-request-id", "request-id")


class Registry:
    """Approved upstreams by model name."""

    def __init__(self, upstreams: tuple[UpstreamConfig, ...], resolved_urls: Mapping[str, str] | None = None) -> None:
        self._upstreams = upstreams
        self._urls = {u.name: (resolved_urls or {}).get(u.name, u.base_url) for u in upstreams}
        self._by_model = {m: u for u in upstreams for m in u.models if m != "*"}
        self._wildcards = [u for u in upstreams if "*" in u.models]

    def for_model(self, model: str, protocol: str) -> UpstreamConfig | None:
        found = self._by_model.get(model)
        if found is not None:
            return found if found.protocol == protocol else None
        for up in self._wildcards:
            if up.protocol == protocol:
                return up
        return None

    def models(self) -> list[tuple[str, UpstreamConfig]]:
        return [(m, u) for u in self._upstreams for m in u.models if m != "*"]

    def url(self, upstream: UpstreamConfig, route: str) -> str:
        base = self._urls[upstream.name]
        if upstream.protocol == "openai":
            return base + route.removeprefix("/v1")
        return base + route


def outgoing_headers(upstream: UpstreamConfig, incoming: Mapping[str, str]) -> dict[str, str]:
    headers = {k.lower(): v for k, v in incoming.items() if k.lower() in REQUEST_HEADERS}
    headers["content-type"] = "application/json"
    key = upstream.api_key.get_secret_value() if upstream.api_key is not None else ""
    if upstream.protocol == "openai":
        if key:
            headers["authorization"] = f"Bearer {key}"
    else:
        headers.setdefault("anthropic-version", "2023-06-01")
        if key:
            headers["x-api-key"] = key
    return headers


def returned_headers(upstream_headers: CIMultiDictProxy[str]) -> CIMultiDict[str]:
    out: CIMultiDict[str] = CIMultiDict()
    for k, v in upstream_headers.items():
        lk = k.lower()
        if lk in RESPONSE_HEADERS or lk.startswith(RESPONSE_HEADER_PREFIXES):
            out.add(k, v)
    for name in UPSTREAM_ID_HEADERS:
        if name in upstream_headers:
            out["x-upstream-request-id"] = upstream_headers[name]
            break
    return out


@asynccontextmanager
async def _failures(
    seconds: float, *, timed_out: str, broke: str, unreachable: str | None = None
) -> AsyncIterator[None]:
    """Bounds one upstream call in time and turns its failures into the gateway's ``UpstreamError``: timed out,
    unreachable (only where ``unreachable`` names it: while connecting), or anything else aiohttp raises."""
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError as exc:
        raise UpstreamError("timeout", timed_out) from exc
    # aiohttp's causes are dropped: its parser errors quote the bytes they stopped at (answer text), and a logged
    # traceback would print them
    except aiohttp.ClientError as exc:
        if unreachable is not None and isinstance(exc, aiohttp.ClientConnectionError):
            raise UpstreamError("connect", unreachable) from None
        raise UpstreamError("protocol", broke) from None


@dataclass(slots=True)
class UpstreamResponse:
    """An upstream answer whose status and headers are known; the body is read with ``read`` or ``iter_chunks``."""

    status: int
    headers: CIMultiDictProxy[str]
    _response: aiohttp.ClientResponse
    _timeouts: Timeouts

    async def read(self, limit: int) -> bytes:
        """The whole body, decompressed; an answer over ``limit`` bytes is refused as it arrives, not after."""
        body = bytearray()
        timed_out, broke = "the upstream stopped answering", "the upstream connection broke while answering"
        async with _failures(self._timeouts.first_byte, timed_out=timed_out, broke=broke):
            while chunk := await self._response.content.readany():
                body += chunk
                if len(body) > limit:
                    raise UpstreamError("protocol", f"the upstream's answer is larger than {limit} bytes", retry=False)
        return bytes(body)

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives; a wait of more than ``timeouts.idle_stream`` for the next bytes times out."""
        read = self._response.content.readany
        idle = IdleDeadline(self._timeouts.idle_stream)
        try:
            while True:
                idle.start()
                try:
                    chunk = await read()
                except asyncio.CancelledError:
                    if idle.expired():
                        raise UpstreamError("timeout", "the upstream stream went idle") from None
                    raise
                except TimeoutError:
                    raise UpstreamError("timeout", "the upstream stream went idle") from None
                except aiohttp.ClientError:  # its cause is dropped, as in ``_failures``
                    raise UpstreamError("protocol", "the upstream connection broke while streaming") from None
                idle.stop()
                if not chunk:
                    return
                yield chunk
        finally:
            idle.close()

    def release(self) -> None:
        self._response.release()

    def close(self) -> None:
        """Drop the connection: the upstream sees the request end (a client that left, an answer refused)."""
        self._response.close()


class UpstreamClient:
    """One pooled session for every upstream call of this process."""

    def __init__(self, settings: Settings, registry: Registry) -> None:
        self._timeouts = settings.timeouts
        self._registry = registry
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None, connect=settings.timeouts.connect),
            connector=aiohttp.TCPConnector(limit=256, ttl_dns_cache=300),
            auto_decompress=True,
            skip_auto_headers=("User-Agent",),
        )

    async def send(
        self, upstream: UpstreamConfig, route: str, body: bytes, incoming: Mapping[str, str]
    ) -> UpstreamResponse:
        url = self._registry.url(upstream, route)
        headers = outgoing_headers(upstream, incoming)
        headers["user-agent"] = "dhs-genai-gateway"
        async with _failures(
            self._timeouts.first_byte,
            timed_out=f"the upstream '{upstream.name}' did not answer in time",
            unreachable=f"the upstream '{upstream.name}' could not be reached",
            broke=f"the upstream '{upstream.name}' broke the protocol",
        ):
            resp = await self._session.post(url, data=body, headers=headers, allow_redirects=False)
        return UpstreamResponse(resp.status, resp.headers, resp, self._timeouts)

    async def close(self) -> None:
        await self._session.close()
