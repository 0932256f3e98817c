"""A real Prometheus scrapes a running gateway: every dashboard query and alert expression parses and returns data,
and promtool checks and unit-tests the alert rules."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
import yaml

from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import (
    ANTHROPIC_MODEL,
    OPENAI_MODEL,
    REPO,
    Gateway,
    gateway_settings,
    start_gateway,
)
from tests.integration.waiting import free_port, wait_until_ok

DEPLOY = REPO / "deploy"
PROMETHEUS = shutil.which("prometheus")
PROMTOOL = shutil.which("promtool")
needs_prometheus = pytest.mark.skipif(
    PROMETHEUS is None or PROMTOOL is None,
    reason="Debian's prometheus package is not installed (make test installs it when run as root)",
)


def dashboard_queries() -> list[str]:
    """Panel queries with every variable at "All", and each query variable's series selector."""
    board = json.loads((DEPLOY / "grafana" / "gateway-dashboard.json").read_text())
    variables = [v for v in board["templating"]["list"] if v["type"] == "query"]
    exprs = [t["expr"] for panel in board["panels"] for t in panel["targets"]]
    for v in variables:  # label_values(SELECTOR, LABEL) has data when `group by (LABEL) (SELECTOR)` has
        selector, label = re.fullmatch(r"label_values\((.+), (\w+)\)", v["query"]["query"]).groups()  # type: ignore[union-attr]
        exprs.append(f"group by ({label}) ({selector})")
    for v in variables:
        exprs = [e.replace(f"${v['name']}", v["allValue"]) for e in exprs]
    return exprs


def alert_expressions() -> list[tuple[str, str]]:
    groups = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"]
    return [(r["alert"], " ".join(r["expr"].split())) for g in groups for r in g["rules"]]


def without_threshold(expr: str) -> str:
    """The measured side of an alert (``a / b > 0.05`` → ``a / b``, ``absent(x)`` → ``x``), which must have data
    even when calm."""
    if expr.startswith("absent(") and expr.endswith(")"):
        return expr[len("absent(") : -1]
    return re.split(r"\s(?:>|<|==|!=|>=|<=)\s[0-9.]+\s*$", expr)[0]


@needs_prometheus
def test_promtool_checks_and_unit_tests_the_alert_rules() -> None:
    """The alert rules are valid and each alert's unit test (firing and calm) passes."""
    assert PROMTOOL is not None
    check = subprocess.run(
        [PROMTOOL, "check", "rules", "alerts.yml"],
        cwd=DEPLOY / "prometheus",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    tested = subprocess.run(
        [PROMTOOL, "test", "rules", "alerts.test.yml"],
        cwd=DEPLOY / "prometheus",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr
    tests = yaml.safe_load((DEPLOY / "prometheus" / "alerts.test.yml").read_text())["tests"]
    covered = {t["alertname"] for test in tests for t in test["alert_rule_test"]}
    assert covered == {name for name, _ in alert_expressions()}


@pytest.fixture
async def gateway(
    tmp_path: Path, fake: FakeUpstream, users_file: tuple[Path, str], detector_factory: Any
) -> AsyncIterator[Gateway]:
    """The usual test gateway, with candidate (shadow) rules beside the live ones so their panel has data."""
    assert fake.server is not None
    users, key = users_file
    candidate = tmp_path / "candidate-rules"
    shutil.copytree(REPO / "rules", candidate)
    settings = gateway_settings(
        str(fake.server.make_url("")).rstrip("/"), users, rules={"path": str(REPO / "rules"), "shadow": str(candidate)}
    )
    gw = await start_gateway(settings, fake, key, detector_factory)
    yield gw
    await gw.server.close()


@pytest.fixture
async def prometheus(tmp_path: Path, gateway: Gateway) -> AsyncIterator[str]:
    assert PROMETHEUS is not None
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    config["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
    config["rule_files"] = [str(DEPLOY / "prometheus" / "alerts.yml")]
    config["scrape_configs"][0]["static_configs"] = [{"targets": [gateway.url.removeprefix("http://")]}]
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    proc = subprocess.Popen(  # noqa: ASYNC220 - returns at once; Prometheus runs for the whole test
        [
            PROMETHEUS,
            f"--config.file={tmp_path / 'prometheus.yml'}",
            f"--storage.tsdb.path={tmp_path / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


async def _query(session: aiohttp.ClientSession, url: str, expr: str) -> dict[str, Any]:
    async with session.get(url + "/api/v1/query", params={"query": expr}) as resp:
        return await resp.json()


async def _traffic(gw: Gateway) -> None:
    """Allowed, redacted, blocked and refused requests, streamed and not, and an upstream error."""
    async with gw.openai() as client:
        await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "Hello there"}])
        redacted = await client.chat.completions.with_raw_response.create(
            model=OPENAI_MODEL, messages=[{"role": "user", "content": "Email maria.garcia@example.com today"}]
        )
        stream = await client.chat.completions.create(
            model=OPENAI_MODEL, stream=True, messages=[{"role": "user", "content": "Call Maria Garcia"}]
        )
        async for _ in stream:
            pass
        for content in ("SECRET//NOFORN plans", "CUI//SP-PRVCY notes"):
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": content}]
                )
        with pytest.raises(openai.NotFoundError):
            await client.chat.completions.create(model="not-approved", messages=[{"role": "user", "content": "hi"}])
        gw.fake.fail_with = (500, {"error": {"message": "boom", "type": "server_error", "code": None}})
        with pytest.raises(openai.InternalServerError):
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
        gw.fake.fail_with = None
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            gw.url + "/v1/gateway/feedback",
            headers={"authorization": f"Bearer {gw.key}"},
            json={"request_id": redacted.headers["x-request-id"], "kind": "wrong_redaction"},
        ) as resp,
    ):
        assert resp.status == 202
    async with gw.anthropic() as client:
        await client.messages.create(
            model=ANTHROPIC_MODEL, max_tokens=20, messages=[{"role": "user", "content": "Write to John Smith"}]
        )


@needs_prometheus
async def test_every_dashboard_query_and_alert_expression_has_data(
    gateway: Gateway, prometheus: str, fake: FakeUpstream
) -> None:
    """After real scrapes of real traffic, each panel query and each alert's measured side returns series."""
    async with aiohttp.ClientSession() as session:
        await wait_until_ok(prometheus + "/-/ready")
        for _ in range(4):
            await _traffic(gateway)
            await asyncio.sleep(1.5)
        for _ in range(100):
            scrapes = await _query(session, prometheus, 'count_over_time(up{job="gateway"}[5m])')
            if scrapes["data"]["result"] and float(scrapes["data"]["result"][0]["value"][1]) >= 6:
                break
            await asyncio.sleep(0.2)
        empty = []
        for expr in dashboard_queries() + [without_threshold(e) for _, e in alert_expressions()]:
            answer = await _query(session, prometheus, expr)
            assert answer["status"] == "success", (expr, answer)
            if not answer["data"]["result"]:
                empty.append(expr)
        for name, expr in alert_expressions():
            answer = await _query(session, prometheus, expr)
            assert answer["status"] == "success", (name, answer)
    assert empty == []
