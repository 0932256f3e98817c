"""Rate limits shared through a real Redis (Debian's redis-server, started here on a free port): replicas share
one window, the check is atomic under concurrency, and a Redis outage falls back to each worker's own window."""

from __future__ import annotations

import asyncio
import io
import shutil
import subprocess
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import openai
import pytest
import redis.asyncio as aioredis
from prometheus_client import REGISTRY

from gateway import audit
from gateway.identity.keys import issue_key
from gateway.ratelimit.shared import RedisRateLimiter, user_key
from gateway.settings import Limit, RateLimits
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, gateway_settings, start_gateway
from tests.integration.waiting import free_port

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(
    REDIS_SERVER is None, reason="Debian's redis-server is not installed (make test installs it when run as root)"
)


class RedisServer:
    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.directory = directory
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        assert REDIS_SERVER is not None
        self.proc = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )

    async def wait_ready(self) -> None:
        client = aioredis.Redis.from_url(self.url)
        try:
            for _ in range(200):
                if self.proc is not None and self.proc.poll() is not None:
                    raise AssertionError("redis-server exited")
                try:
                    if await client.ping():
                        return
                except (OSError, aioredis.ConnectionError):
                    await asyncio.sleep(0.05)
            raise AssertionError("redis-server did not answer")
        finally:
            await client.aclose()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture
async def redis_server(tmp_path: Path) -> AsyncIterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    await server.wait_ready()
    yield server
    server.stop()


@pytest.fixture
async def replicas(redis_server: RedisServer) -> AsyncIterator[Any]:
    """Makes limiters on the shared Redis, as separate worker processes or replicas would hold them."""
    made: list[RedisRateLimiter] = []

    def make(limits: RateLimits, **kw: Any) -> RedisRateLimiter:
        limiter = RedisRateLimiter(limits, kw.pop("url", redis_server.url), **kw)
        made.append(limiter)
        return limiter

    yield make
    for limiter in made:
        await limiter.close()


def backend_errors() -> float:
    return REGISTRY.get_sample_value("gateway_ratelimit_backend_errors_total") or 0.0


async def test_replicas_share_one_window_per_employee(replicas: Any) -> None:
    """Requests on two replicas count against one per-employee window; the refusal names the scope and wait."""
    limits = RateLimits(per_user=Limit(requests_per_minute=3))
    one, two = replicas(limits), replicas(limits)
    assert (await one.admit("jdoe", "openai", 10)).allowed
    assert (await one.admit("jdoe", "openai", 10)).allowed
    assert (await two.admit("jdoe", "openai", 10)).allowed
    refused = await two.admit("jdoe", "openai", 10)
    assert not refused.allowed and refused.scope == "user" and 1 <= refused.retry_after <= 60
    assert not (await one.admit("jdoe", "anthropic", 10)).allowed  # the employee's window spans upstreams
    assert (await one.admit("asmith", "openai", 10)).allowed  # another employee has their own


async def test_upstream_token_budget_shared_and_refusals_not_counted(replicas: Any) -> None:
    """An upstream's token budget is spent by everyone on every replica; a refused request spends nothing."""
    limits = RateLimits(per_upstream=Limit(tokens_per_minute=1000))
    one, two = replicas(limits), replicas(limits)
    assert (await one.admit("a", "openai", 600)).allowed
    refused = await two.admit("b", "openai", 600)
    assert not refused.allowed and refused.scope == "upstream" and 55 <= refused.retry_after <= 60
    assert (await two.admit("b", "anthropic", 600)).allowed
    assert (await two.admit("b", "openai", 400)).allowed
    assert not (await one.admit("c", "openai", 1)).allowed


async def test_concurrent_requests_never_overrun_the_limit(replicas: Any) -> None:
    """Forty requests at once on two replicas over a limit of five: exactly five are admitted."""
    limits = RateLimits(per_user=Limit(requests_per_minute=5))
    # a generous time-out: on a loaded machine a slow answer would hand the decision to each replica's own window
    one, two = replicas(limits, timeout_seconds=30.0), replicas(limits, timeout_seconds=30.0)
    verdicts = await asyncio.gather(*((one if i % 2 else two).admit("jdoe", "openai", 1) for i in range(40)))
    assert sum(v.allowed for v in verdicts) == 5


async def test_keys_hold_no_employee_id(replicas: Any, redis_server: RedisServer) -> None:
    """Redis sees a digest of the employee's id, and the windows expire with the minute they cover."""
    limiter = replicas(RateLimits(per_user=Limit(requests_per_minute=10)))
    await limiter.admit("maria.garcia", "openai", 5)
    client = aioredis.Redis.from_url(redis_server.url)
    try:
        keys = [k.decode() for k in await client.keys("*")]
        ttl = await client.pttl(user_key("maria.garcia"))
    finally:
        await client.aclose()
    assert user_key("maria.garcia") in keys
    assert not any("maria" in k for k in keys)
    assert 0 < ttl <= 60_000


async def test_outage_falls_back_to_the_workers_window_and_recovers(replicas: Any, redis_server: RedisServer) -> None:
    """With Redis gone the worker's own window decides (limits still hold), the failure is counted and logged
    without the URL's password; once Redis is back the shared window decides again."""
    port = redis_server.port
    redis_server.stop()
    url = f"redis://:pw-{port}-not-logged@127.0.0.1:{port}/0"
    limiter = replicas(RateLimits(per_user=Limit(requests_per_minute=1)), url=url, retry_seconds=1.0)
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    before = backend_errors()
    try:
        assert (await limiter.admit("jdoe", "openai", 1)).allowed
        assert not (await limiter.admit("jdoe", "openai", 1)).allowed  # the fallback window counted the first
        assert not limiter.shared and backend_errors() == before + 1  # no second try within the retry period
        redis_server.start()
        await redis_server.wait_ready()
        for _ in range(100):  # the retry period (1 s) runs out
            if limiter.shared:
                break
            await asyncio.sleep(0.05)
        assert limiter.shared
        # the shared window now decides, and it has not seen this employee
        assert (await limiter.admit("jdoe", "openai", 1)).allowed
    finally:
        audit.configure_logging(None)
    logged = out.getvalue()
    assert "ratelimit.shared_window_unavailable" in logged and "ratelimit.shared_window_restored" in logged
    assert f"pw-{port}-not-logged" not in logged


async def test_gateway_replicas_share_the_limit(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any, redis_server: RedisServer
) -> None:
    """Two gateways configured with the same redis_url: the employee's third request, on either, gets 429."""
    assert fake.server is not None
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="boss", trained_on=date.today())
    rate_limits = {"per_user": {"requests_per_minute": 2}, "redis_url": redis_server.url}
    settings = gateway_settings(str(fake.server.make_url("")).rstrip("/"), users, auth={"rate_limits": rate_limits})
    first = await start_gateway(settings, fake, key, detector_factory)
    second = await start_gateway(settings, fake, key, detector_factory)
    try:
        for gw in (first, second):
            async with gw.openai() as client:
                await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
        async with first.openai() as client:
            with pytest.raises(openai.RateLimitError) as err:
                await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    finally:
        await first.server.close()
        await second.server.close()
    assert 1 <= int(err.value.response.headers["retry-after"]) <= 60
    assert len(fake.received) == 2
