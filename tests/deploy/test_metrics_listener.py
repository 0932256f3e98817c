"""metrics.listen: GET /metrics moves to its own listener and is no longer served on the employees' port."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from gateway.app import STATE
from gateway.identity.keys import issue_key
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, REPO, gateway_settings, start_gateway
from tests.integration.waiting import free_port, wait_until_ok


@pytest.fixture
async def fake() -> AsyncIterator[FakeUpstream]:
    upstream = FakeUpstream()
    await upstream.start()
    yield upstream
    await upstream.close()


def _allowed(exposition: str) -> float:
    line = next(
        line
        for line in exposition.splitlines()
        if line.startswith("gateway_requests_total{") and 'decision="allowed"' in line
    )
    return float(line.rsplit(" ", 1)[1])


async def test_separate_listener_serves_metrics_and_the_api_port_does_not(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=__import__("datetime").date.today())
    assert fake.server is not None
    settings = gateway_settings(
        str(fake.server.make_url("")).rstrip("/"), users, metrics={"listen": {"host": "127.0.0.1", "port": 0}}
    )
    gw = await start_gateway(settings, fake, key, detector_factory)
    try:
        metrics_url = gw.server.app[STATE].metrics_url
        assert metrics_url is not None and metrics_url != gw.url
        async with gw.openai() as client:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "Hello"}])
        async with aiohttp.ClientSession() as session:
            async with session.get(gw.url + "/metrics") as resp:
                assert resp.status == 404
            async with session.get(metrics_url + "/metrics") as resp:
                assert resp.status == 200
                assert _allowed(await resp.text()) >= 1
            async with session.get(metrics_url + "/v1/models") as resp:  # only /metrics lives there
                assert resp.status == 404
    finally:
        await gw.server.close()


async def test_without_the_setting_metrics_stay_on_the_api_port(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """The CONTRACT's default: no metrics.listen, GET /metrics on the API port as before."""
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=__import__("datetime").date.today())
    assert fake.server is not None
    gw = await start_gateway(
        gateway_settings(str(fake.server.make_url("")).rstrip("/"), users), fake, key, detector_factory
    )
    try:
        assert gw.server.app[STATE].metrics_url is None
        async with aiohttp.ClientSession() as session, session.get(gw.url + "/metrics") as resp:
            assert resp.status == 200
            assert "gateway_in_flight_requests" in await resp.text()
    finally:
        await gw.server.close()


async def test_serve_with_two_workers_shares_the_metrics_port(tmp_path: Path, fake: FakeUpstream) -> None:
    """`serve --workers 2` with metrics.listen: both workers bind the metrics port; either answers the sum."""
    assert fake.server is not None
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=__import__("datetime").date.today())
    port, metrics_port = free_port(), free_port()
    base = str(fake.server.make_url("")).rstrip("/")
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
        f"rules: {REPO / 'rules'}\nusers: {users}\nmetrics:\n  listen: {{host: 127.0.0.1, port: {metrics_port}}}\n"
    )
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; the server runs for the whole test
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port), "--workers", "2"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
    url, metrics_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{metrics_port}"

    def started() -> int:
        return sum('"gateway.started"' in line for line in log.read_text().splitlines())

    try:
        await wait_until_ok(url + "/readyz", proc)
        for _ in range(1200):  # the second worker may still be loading the model
            if started() == 2:
                break
            await asyncio.sleep(0.1)
        assert started() == 2, "both workers started (a second bind of the metrics port would have failed)"
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
        for _ in range(10):
            async with (
                aiohttp.ClientSession() as session,
                session.post(url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}) as r,
            ):
                assert r.status == 200
        async with aiohttp.ClientSession() as session:
            async with session.get(url + "/metrics") as resp:
                assert resp.status == 404
            for _ in range(4):  # new connections land on either worker; each answers the sum of both
                async with aiohttp.ClientSession() as fresh, fresh.get(metrics_url + "/metrics") as resp:
                    assert resp.status == 200
                    assert _allowed(await resp.text()) == 10
    finally:
        proc.terminate()
        proc.wait(timeout=60)
