"""The operator interface as deploy files use it: `python -m gateway users add`, then `serve` in its own process."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest

from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import REPO
from tests.integration.waiting import free_port, wait_until_ok


@pytest.fixture
async def served(tmp_path: Path, fake: FakeUpstream) -> AsyncIterator[tuple[str, str, subprocess.Popen[bytes]]]:
    assert fake.server is not None
    users = tmp_path / "users.yaml"
    add = subprocess.run(  # noqa: ASYNC221 - a short CLI call before the server starts
        [
            sys.executable,
            "-m",
            "gateway",
            "users",
            "add",
            "jdoe",
            "--users",
            str(users),
            "--approved-by",
            "A. Supervisor",
            "--trained-on",
            __import__("datetime").date.today().isoformat(),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    key = add.stdout.strip().splitlines()[-1]
    assert key not in users.read_text()
    port = free_port()
    config = tmp_path / "gateway.yaml"
    base = str(fake.server.make_url("")).rstrip("/")
    config.write_text(
        f"listen: {{host: 127.0.0.1, port: 1}}\n"
        f"upstreams:\n"
        f"  - name: openai\n    protocol: openai\n    base_url: {base}/v1\n"
        f'    api_key: "${{TEST_UPSTREAM_KEY}}"\n    models: [gpt-4o]\n    policy: commercial-139-07\n'
        f"rules: {REPO / 'rules'}\nusers: {users}\n"
    )
    env = {**os.environ, "TEST_UPSTREAM_KEY": "sk-from-env"}
    proc = subprocess.Popen(  # noqa: ASYNC220 - Popen returns at once; the server runs for the whole test
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        await wait_until_ok(url + "/readyz", proc)
        yield url, key, proc
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


async def test_serve_proxies_the_sdk_and_logs_json(
    served: tuple[str, str, subprocess.Popen[bytes]], fake: FakeUpstream
) -> None:
    """The served gateway redacts and restores for the real SDK and writes one JSON audit line per request."""
    url, key, proc = served
    async with openai.AsyncOpenAI(base_url=url + "/v1", api_key=key, max_retries=0) as client:
        done = await client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "Call Maria Garcia at 202-555-0143."}]
        )
    assert "Maria Garcia" in (done.choices[0].message.content or "")
    assert "Maria Garcia" not in fake.everything
    assert fake.received[0].headers["Authorization"] == "Bearer sk-from-env"
    proc.terminate()
    out, err = proc.communicate(timeout=30)
    events = [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]
    assert any(e.get("event") == "exchange.completed" and e.get("decision") == "redacted" for e in events)
    assert "Maria Garcia" not in out.decode() + err.decode()
    assert key not in out.decode() + err.decode()
    assert "OpenAI(base_url=" in err.decode()


def test_invalid_config_exits_non_zero_naming_file_and_line(tmp_path: Path) -> None:
    """A broken config stops `serve` at once with the file, the line and the problem."""
    config = tmp_path / "gateway.yaml"
    config.write_text(
        "upstreams:\n  - name: x\n    protocol: smoke-signals\n    base_url: https://a\n    models: [m]\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "gateway", "serve", "--config", str(config)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert run.returncode != 0
    assert f"{config}:3:" in run.stderr and "protocol" in run.stderr


def test_broken_rules_stop_serve_naming_file_and_line(tmp_path: Path) -> None:
    """`serve` never starts with broken rules: it exits non-zero with the rule file's line and problem."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    (rules / "internal.yaml").write_text((rules / "internal.yaml").read_text().replace("action: block", "action: blok"))
    config = tmp_path / "gateway.yaml"
    config.write_text(
        "upstreams:\n  - {name: x, protocol: openai, base_url: 'http://127.0.0.1:9', models: [m], policy: internal}\n"
        f"rules: {rules}\nusers: {tmp_path / 'users.yaml'}\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", "0"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert run.returncode != 0
    assert f"{rules / 'internal.yaml'}:14:" in run.stderr and "action" in run.stderr


async def test_two_workers_share_a_port_and_sum_their_metrics(tmp_path: Path, fake: FakeUpstream) -> None:
    """`serve --workers 2`: requests spread over both processes and /metrics reports the sum of both."""
    assert fake.server is not None
    users = tmp_path / "users.yaml"
    from gateway.identity.keys import issue_key

    key = issue_key(users, "jdoe", approved_by="sup", trained_on=__import__("datetime").date.today())
    port = free_port()
    base = str(fake.server.make_url("")).rstrip("/")
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
        f"rules: {REPO / 'rules'}\nusers: {users}\n"
    )
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; the server runs for the whole test
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port), "--workers", "2"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
    url = f"http://127.0.0.1:{port}"

    def started() -> list[dict[str, Any]]:
        return [json.loads(line) for line in log.read_text().splitlines() if '"gateway.started"' in line]

    try:
        await wait_until_ok(url + "/readyz", proc)
        for _ in range(1200):  # the second worker may still be loading the model: wait until both listen
            if len(started()) == 2:
                break
            await asyncio.sleep(0.1)
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
        for _ in range(40):
            async with (
                aiohttp.ClientSession() as session,
                session.post(  # a new connection each time
                    url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
                ) as resp,
            ):
                assert resp.status == 200
        async with aiohttp.ClientSession() as session, session.get(url + "/metrics") as resp:
            text = await resp.text()
        line = next(
            line
            for line in text.splitlines()
            if line.startswith("gateway_requests_total{") and 'decision="allowed"' in line
        )
        assert float(line.rsplit(" ", 1)[1]) == 40
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    assert len({e["pid"] for e in started()}) == 2


def _rewrite_keeping_stamp(path: Path, text: str) -> None:
    """Change a file without changing its modification time, so only an explicit reload can notice."""
    stat = path.stat()
    path.write_text(text)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


async def test_sighup_reloads_rules_and_users(tmp_path: Path, fake: FakeUpstream) -> None:
    """SIGHUP to `serve` reloads the users file and the rules even where no file time changed (a restored
    backup, a ConfigMap swap): a key added before it is accepted only after it, and the rules version moves."""
    assert fake.server is not None
    from gateway.identity.keys import issue_key

    users = tmp_path / "users.yaml"
    today = __import__("datetime").date.today()
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=today)
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    rule_file = rules / "commercial-139-07.yaml"
    text = rule_file.read_text()
    edited = text.replace("Classified information may never", "Classified information can never", 1)
    assert edited != text and len(edited) == len(text)
    config = tmp_path / "gateway.yaml"
    base = str(fake.server.make_url("")).rstrip("/")
    config.write_text(
        f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
        f"rules: {rules}\nusers: {users}\n"
    )
    port = free_port()
    proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; the server runs for the whole test
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}

    async def status_with(session: aiohttp.ClientSession, api_key: str) -> int:
        headers = {"authorization": f"Bearer {api_key}"}
        async with session.post(url + "/v1/chat/completions", json=body, headers=headers) as resp:
            return resp.status

    async def rules_version(session: aiohttp.ClientSession) -> str:
        async with session.get(url + "/readyz") as resp:
            return str((await resp.json())["rules_version"])

    try:
        await wait_until_ok(url + "/readyz", proc)
        async with aiohttp.ClientSession() as session:
            before = await rules_version(session)
            stamp = users.stat()
            newcomer = issue_key(users, "asmith", approved_by="sup", trained_on=today)
            os.utime(users, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
            _rewrite_keeping_stamp(rule_file, edited)
            assert await status_with(session, newcomer) == 401
            assert await status_with(session, key) == 200
            proc.send_signal(signal.SIGHUP)
            for _ in range(300):
                if await rules_version(session) != before:
                    break
                await asyncio.sleep(0.1)
            assert await rules_version(session) != before
            assert await status_with(session, newcomer) == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=60)
