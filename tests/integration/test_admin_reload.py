"""Rules hot reload through POST /admin/rules/reload: admins only; a good change applies, a broken one is refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest

from gateway.identity.keys import issue_key
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, REPO, gateway_settings, start_gateway


async def _reload(url: str, key: str) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url + "/admin/rules/reload", headers={"authorization": f"Bearer {key}"}) as resp,
    ):
        return resp.status, await resp.json()


async def test_reload_applies_good_rules_and_keeps_old_on_broken(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """A valid edit takes effect for the next request; a broken edit leaves the last good rules in force."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    users = tmp_path / "users.yaml"
    employee = issue_key(users, "jdoe", approved_by="sup", trained_on=date.today())
    admin = issue_key(users, "root", approved_by="sup", trained_on=date.today(), admin=True)
    assert fake.server is not None
    settings = gateway_settings(str(fake.server.make_url("")).rstrip("/"), users).model_copy(update={"rules": rules})
    gw = await start_gateway(settings, fake, employee, detector_factory)
    try:
        status, body = await _reload(gw.url, employee)
        assert status == 403
        first = (await _reload(gw.url, admin))[1]["version"]

        rule_file = rules / "commercial-139-07.yaml"
        original = rule_file.read_text()
        rule_file.write_text(original.replace("stop and\n          report a possible spill", "call the spill line", 1))
        status, body = await _reload(gw.url, admin)
        assert status == 200 and body["ok"] and body["version"] != first
        async with gw.openai() as client:
            with pytest.raises(openai.BadRequestError) as err:
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "SECRET//NOFORN x"}]
                )
        assert "call the spill line" in err.value.message

        rule_file.write_text(original.replace("action: block", "action: blok", 1))
        status, body = await _reload(gw.url, admin)
        assert status == 422 and not body["ok"] and any("action" in p for p in body["problems"])

        weakened = original.replace(
            "        operator: pseudonymize\n      - id: contact-details", "      - id: contact-details"
        )
        weakened = weakened.replace(
            "entities: [PERSON]\n        min_score: 0.6\n        action: redact",
            "entities: [PERSON]\n        min_score: 0.6\n        action: audit",
        )
        rule_file.write_text(weakened)
        status, body = await _reload(gw.url, admin)
        assert status == 422 and any("name and email redacted" in p for p in body["problems"])

        async with gw.openai() as client:
            with pytest.raises(openai.BadRequestError) as err:
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "SECRET//NOFORN x"}]
                )
            await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "Ask Maria Garcia."}]
            )
        assert "call the spill line" in err.value.message  # the last good rules are still in force
        assert "Maria Garcia" not in fake.everything
    finally:
        await gw.server.close()
