"""`serve` supervises its workers: one per core by default, and a worker that dies is replaced."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp

from gateway.identity.keys import issue_key
from gateway.serve import _cgroup_cpu_quota, default_workers
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import REPO
from tests.integration.waiting import free_port, wait_until_ok


def test_cgroup_quota_caps_the_default_worker_count(tmp_path: Path) -> None:
    cpu_max = tmp_path / "cpu.max"
    for content, expected in (
        ("200000 100000\n", 2),
        ("150000 100000\n", 2),
        ("50000 100000\n", 1),
        ("max 100000\n", None),
    ):
        cpu_max.write_text(content)
        assert _cgroup_cpu_quota(cpu_max) == expected
    assert _cgroup_cpu_quota(tmp_path / "absent") is None
    assert 1 <= default_workers() <= (os.cpu_count() or 1)


async def test_a_worker_that_dies_is_replaced(tmp_path: Path, fake: FakeUpstream) -> None:
    """SIGKILL one of two workers: another starts, requests keep being answered, and SIGTERM ends them all."""
    assert fake.server is not None
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=datetime.date.today())
    port = free_port()
    base = str(fake.server.make_url("")).rstrip("/")
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
        f"rules: {REPO / 'rules'}\nusers: {users}\n"
    )
    log, errors = tmp_path / "serve.log", tmp_path / "serve.err"
    with log.open("wb") as out, errors.open("wb") as err:
        proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; the server runs for the whole test
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port), "--workers", "2"],
            cwd=tmp_path,
            stdout=out,
            stderr=err,
        )
    url = f"http://127.0.0.1:{port}"

    def started() -> list[int]:
        return [json.loads(line)["pid"] for line in log.read_text().splitlines() if '"gateway.started"' in line]

    async def until(count: int) -> None:
        for _ in range(1800):
            if len(started()) >= count:
                return
            assert proc.poll() is None, errors.read_text()
            await asyncio.sleep(0.1)
        raise AssertionError(f"only {len(started())} workers started")

    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}

    async def answered() -> int:
        async with (
            aiohttp.ClientSession() as session,
            session.post(url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}) as resp,
        ):
            return resp.status

    try:
        await wait_until_ok(url + "/readyz", proc)
        await until(2)
        victim = started()[0]
        os.kill(victim, signal.SIGKILL)
        await until(3)
        replacement = started()[2]
        assert replacement not in (victim, started()[1])
        statuses: list[Any] = [await answered() for _ in range(10)]
        assert statuses == [200] * 10
        assert proc.poll() is None
    finally:
        proc.terminate()
        code = proc.wait(timeout=60)
    assert code == 0
    assert f"worker pid {victim} exited" in errors.read_text()
