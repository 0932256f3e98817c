"""`serve --workers 2` tells the truth: one rules version in force after a reload, a failed reload counted once and
logged as a warning, SIGHUP reaching every worker, a keyed audit file that verifies; a missing users file or audit
key stops the start loudly."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp

from gateway import audit
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import REPO
from tests.integration.waiting import free_port, wait_until_ok

AUDIT_KEY = "an-audit-key-for-the-serve-telemetry-test"


def _samples(text: str, name: str) -> dict[str, float]:
    out = {}
    for line in text.splitlines():
        if line.startswith(name + "{"):
            labels, value = line.rsplit(" ", 1)
            out[labels[len(name) :]] = float(value)
    return out


async def test_two_workers_reload_once_and_keep_a_verifiable_audit_file(tmp_path: Path, fake: FakeUpstream) -> None:
    assert fake.server is not None
    from datetime import date

    from gateway.identity.keys import issue_key

    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=date.today())
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    rule_file = rules / "commercial-139-07.yaml"
    text = rule_file.read_text()
    base = str(fake.server.make_url("")).rstrip("/")
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
        f"rules: {rules}\nusers: {users}\naudit: {{file: {tmp_path / 'audit.log'}, checkpoint_lines: 5}}\n"
    )
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "GATEWAY_AUDIT_KEY": AUDIT_KEY}
    with log.open("wb") as out:
        proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; the server runs for the whole test
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port), "--workers", "2"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    url = f"http://127.0.0.1:{port}"

    def events(name: str) -> list[dict[str, object]]:
        return [json.loads(line) for line in log.read_text().splitlines() if f'"{name}"' in line]

    async def metrics(session: aiohttp.ClientSession) -> str:
        async with session.get(url + "/metrics") as resp:
            return await resp.text()

    async def until(check: object, seconds: float = 120) -> None:
        for _ in range(int(seconds * 10)):
            if await check():  # type: ignore[operator]
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"timed out: {check}")

    try:
        await wait_until_ok(url + "/readyz", proc)

        async def both_started() -> bool:
            return len(events("gateway.started")) == 2

        await until(both_started)
        async with aiohttp.ClientSession() as session:
            old = (await (await session.get(url + "/readyz")).json())["rules_version"]
            for _ in range(6):
                body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
                headers = {"authorization": f"Bearer {key}"}
                async with session.post(url + "/v1/chat/completions", json=body, headers=headers) as resp:
                    assert resp.status == 200
            rule_file.write_text(text.replace("Classified information may never", "Classified information can never"))

            async def both_reloaded() -> bool:
                return len([e for e in events("rules.reloaded") if e["ok"]]) == 2

            await until(both_reloaded)
            versions = _samples(await metrics(session), "gateway_rules_version_info")
            in_force = [labels for labels, value in versions.items() if value == 1]
            assert len(in_force) == 1 and old not in in_force[0], versions
            assert versions.get(f'{{version="{old}"}}') == 0
            assert _samples(await metrics(session), "gateway_rules_reloads_total")['{outcome="ok"}'] == 1

            # a broken edit that keeps the file's size and time: only SIGHUP (to the parent, which forwards it to
            # every worker) makes the workers try it
            stamp = rule_file.stat()
            rule_file.write_text(text.replace("action: block", "action: blocc", 1))
            os.utime(rule_file, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
            await asyncio.sleep(2.5)  # two watch intervals: the watchers must not notice it
            assert not [e for e in events("rules.reloaded") if not e["ok"]]
            proc.send_signal(signal.SIGHUP)

            async def both_failed() -> bool:
                return len([e for e in events("rules.reloaded") if not e["ok"]]) == 2

            await until(both_failed)
            reloads = _samples(await metrics(session), "gateway_rules_reloads_total")
            assert reloads == {'{outcome="failed"}': 1, '{outcome="ok"}': 1}
            assert {e["level"] for e in events("rules.reloaded") if not e["ok"]} == {"warning"}
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    report = audit.verify_file(tmp_path / "audit.log", AUDIT_KEY.encode(), [log])
    assert report.ok, report
    assert "matches the log stream's latest checkpoint" in " ".join(report.notes)
    assert AUDIT_KEY not in log.read_text() + (tmp_path / "audit.log").read_text()
    assert (tmp_path / "audit.log").read_text().count('"exchange.completed"') == 6


def _serve(config: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(free_port()), *extra],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        env=env,
    )


def test_missing_users_file_stops_serve_naming_it(tmp_path: Path) -> None:
    """No users file and no other identity source: `serve` (one worker or two) exits 2 saying so, no traceback."""
    config = tmp_path / "gateway.yaml"
    users = tmp_path / "users.yaml"
    config.write_text(
        "upstreams:\n  - {name: x, protocol: openai, base_url: 'http://127.0.0.1:9', models: [m]}\n"
        f"rules: {REPO / 'rules'}\nusers: {users}\n"
    )
    for extra in ((), ("--workers", "2")):
        run = _serve(config, *extra)
        assert run.returncode == 2, run.stderr
        assert f"error: {users}: the users file does not exist" in run.stderr
        assert "Traceback" not in run.stderr


def test_audit_file_without_key_stops_serve(tmp_path: Path) -> None:
    """Fail closed: a configured audit file and no key is exit 2 before any worker starts; the message says how."""
    config = tmp_path / "gateway.yaml"
    config.write_text(
        "upstreams:\n  - {name: x, protocol: openai, base_url: 'http://127.0.0.1:9', models: [m]}\n"
        f"rules: {REPO / 'rules'}\nusers: {tmp_path / 'users.yaml'}\naudit: {{file: {tmp_path / 'audit.log'}}}\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "GATEWAY_AUDIT_KEY"}
    run = _serve(config, "--workers", "2", env=env)
    assert run.returncode == 2 and "no audit key" in run.stderr and "GATEWAY_AUDIT_KEY" in run.stderr
    assert "Traceback" not in run.stderr
