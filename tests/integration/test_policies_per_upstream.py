"""Each upstream runs under its own policy, and rules swap atomically under concurrent load."""

from __future__ import annotations

import asyncio
import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import openai
import pytest

from gateway import audit
from gateway.identity.keys import issue_key
from gateway.proxy import SERVICES
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, REPO, Gateway, gateway_settings, start_gateway

CUI = "CUI//SP-PRVCY\nSummarise the attached case notes."


def hosted(fake_url: str) -> dict[str, Any]:
    return {
        "name": "hosted",
        "protocol": "openai",
        "base_url": fake_url + "/v1",
        "models": ["dhs-llama"],
        "policy": "internal",
    }


@pytest.fixture
async def two_policies(fake: FakeUpstream, users_file: tuple[Path, str], detector_factory: Any) -> Any:
    assert fake.server is not None
    base = str(fake.server.make_url("")).rstrip("/")
    users, key = users_file
    settings = gateway_settings(base, users, more_upstreams=(hosted(base),))
    gw = await start_gateway(settings, fake, key, detector_factory)
    yield gw
    await gw.server.close()


async def test_cui_goes_to_the_internal_model_but_not_to_a_vendor(two_policies: Gateway) -> None:
    """The same CUI prompt is allowed to the department-hosted model and blocked for the commercial one."""
    async with two_policies.openai() as client:
        ok = await client.chat.completions.create(model="dhs-llama", messages=[{"role": "user", "content": CUI}])
        with pytest.raises(openai.BadRequestError) as err:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": CUI}])
    assert "CUI//SP-PRVCY" in (ok.choices[0].message.content or "")
    assert "cui-marking" in err.value.message
    assert len(two_policies.fake.received) == 1 and two_policies.fake.received[0].body["model"] == "dhs-llama"


async def test_reload_under_concurrent_load_fails_no_request(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """While rules are swapped repeatedly, every concurrent request succeeds under exactly one rules version."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="sup", trained_on=date.today())
    assert fake.server is not None
    base = str(fake.server.make_url("")).rstrip("/")
    # forty requests on two scan threads while rules compile: on a slow machine the last ones wait past the
    # default 10 s and are refused as busy, which is not what this test is about
    limits = {"max_body_bytes": 65536, "scan_timeout_seconds": 120}
    settings = gateway_settings(base, users, limits=limits).model_copy(update={"rules": rules})
    gw = await start_gateway(settings, fake, key, detector_factory)
    stream = io.StringIO()
    audit.configure_logging(None, stream=stream)
    rules_manager = gw.server.app[SERVICES].rules
    rule_file = rules / "commercial-139-07.yaml"
    original = rule_file.read_text()
    versions = {rules_manager.current.ruleset.version}

    async def one(i: int) -> str:
        async with gw.openai() as client:
            done = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": f"Request {i} for Maria Garcia."}]
            )
        return done.choices[0].message.content or ""

    async def reloads() -> None:
        for n in range(4):
            rule_file.write_text(original + f"\n# edit {n}\n")
            outcome = await rules_manager.reload()
            assert outcome.ok, outcome.problems
            versions.add(outcome.version)

    try:
        answers, _ = await asyncio.gather(asyncio.gather(*(one(i) for i in range(40))), reloads())
    finally:
        audit.configure_logging(None)
        await gw.server.close()
    assert all("Maria Garcia" in a for a in answers)
    assert "Maria Garcia" not in fake.everything
    events = [json.loads(line) for line in stream.getvalue().splitlines() if '"exchange.completed"' in line]
    assert len(events) == 40 and all(e["status"] == 200 for e in events)
    assert {e["rules_version"] for e in events} <= versions and len(versions) == 5
