"""What employees and admins now see: redaction headers and notice, feedback per rule, shadow rules, full 403s."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from prometheus_client import REGISTRY

from gateway import audit
from gateway.__main__ import main
from gateway.identity.keys import issue_key
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, REPO, Gateway, gateway_settings, start_gateway

NAME, SSN = "Maria Garcia", "212-67-4093"
PROMPT = f"Write to {NAME}, SSN {SSN}, about her renewal."


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def _post(url: str, key: str, body: Any) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, headers={"authorization": f"Bearer {key}"}, json=body) as resp,
    ):
        return resp.status, await resp.json()


async def _start(tmp_path: Path, fake: FakeUpstream, factory: Any, **extra: Any) -> tuple[Gateway, dict[str, str]]:
    users = tmp_path / "users.yaml"
    keys = {
        "jdoe": issue_key(users, "jdoe", approved_by="sup", trained_on=date.today()),
        "asmith": issue_key(users, "asmith", approved_by="sup", trained_on=date.today()),
        "root": issue_key(users, "root", approved_by="sup", trained_on=date.today(), admin=True),
        "new.hire": issue_key(users, "new.hire"),
    }
    assert fake.server is not None
    settings = gateway_settings(str(fake.server.make_url("")).rstrip("/"), users, **extra)
    return await start_gateway(settings, fake, keys["jdoe"], factory), keys


async def test_redacted_answer_says_what_was_protected(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """A redacted answer carries types and counts in a header, a feedback link, and (when enabled) a notice line."""
    gw, _ = await _start(tmp_path, fake, detector_factory, redaction_notice_in_text=True)
    try:
        async with gw.openai() as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}]
            )
            plain = await client.chat.completions.with_raw_response.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "What is the capital of France?"}]
            )
    finally:
        await gw.server.close()
    assert raw.headers["x-gateway-redactions"] == "PERSON=1,US_SSN=1"
    assert raw.headers["x-gateway-feedback"] == gw.url + "/v1/gateway/feedback"
    content = raw.parse().choices[0].message.content or ""
    assert NAME in content  # restored
    assert content.rstrip().endswith(
        "[Protected by the gateway: PERSON x1, US_SSN x1 replaced by placeholders before sending; the model never "
        "saw them.]"
    )
    assert "x-gateway-redactions" not in plain.headers and "Protected" not in (
        plain.parse().choices[0].message.content or ""
    )
    assert NAME not in fake.everything and SSN not in fake.everything


async def test_403_lists_every_missing_requirement(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """An employee with neither approval nor trainings learns all four gaps, each with its remedy, in one 403."""
    gw, keys = await _start(tmp_path, fake, detector_factory)
    try:
        async with gw.openai(api_key=keys["new.hire"]) as client:
            with pytest.raises(openai.PermissionDeniedError) as err:
                await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    finally:
        await gw.server.close()
    message = err.value.message
    assert "4 requirements are missing" in message
    for words in (
        "(1) Your supervisor has not approved",
        "(2) No record of your 'responsible-ai' training",
        "(3) No record of your 'privacy' training",
        "(4) No record of your 'cybersecurity' training",
    ):
        assert words in message
    assert err.value.response.headers["x-gateway-missing"] == (
        "approval_missing,training_missing,training_missing,training_missing"
    )
    assert fake.received == []


async def test_feedback_is_joined_to_rules_for_the_same_employee_only(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """Feedback takes the sender's own request id and a kind from a closed list; counted per rule, no text kept."""
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    gw, keys = await _start(tmp_path, fake, detector_factory)
    url = gw.url + "/v1/gateway/feedback"
    before_names = _sample("gateway_feedback_total", rule="names", kind="wrong_redaction")
    before_ssn = _sample("gateway_feedback_total", rule="sensitive-identifiers", kind="wrong_redaction")
    before_block = _sample("gateway_feedback_total", rule="classified-marking", kind="wrong_block")
    try:
        async with gw.openai() as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}]
            )
            with pytest.raises(openai.BadRequestError) as blocked:
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "SECRET//NOFORN the plan"}]
                )
        redacted_id = raw.headers["x-request-id"]
        blocked_id = blocked.value.response.headers["x-request-id"]
        assert f"{gw.url}/v1/gateway/feedback" in blocked.value.message and blocked_id in blocked.value.message

        status, body = await _post(url, keys["jdoe"], {"request_id": redacted_id, "kind": "wrong_redaction"})
        assert status == 202 and body["rules"] == ["names", "sensitive-identifiers"]
        assert (await _post(url, keys["jdoe"], {"request_id": redacted_id, "kind": "wrong_redaction"}))[0] == 409
        status, body = await _post(url, keys["jdoe"], {"request_id": blocked_id, "kind": "wrong_block"})
        assert status == 202 and body["rules"] == ["classified-marking"]
        # another employee, an unknown id, text, an unknown kind, no key
        assert (await _post(url, keys["asmith"], {"request_id": redacted_id, "kind": "missed_data"}))[0] == 404
        assert (await _post(url, keys["jdoe"], {"request_id": "req_" + "0" * 24, "kind": "missed_data"}))[0] == 404
        status, body = await _post(
            url, keys["jdoe"], {"request_id": redacted_id, "kind": "missed_data", "comment": "Maria Garcia"}
        )
        assert status == 400 and "no text" in body["error"]["message"]
        assert (await _post(url, keys["jdoe"], {"request_id": redacted_id, "kind": "it was bad"}))[0] == 400
        assert (await _post(url, "nope", {"request_id": redacted_id, "kind": "missed_data"}))[0] == 401
    finally:
        await gw.server.close()
        audit.configure_logging(None)
    assert _sample("gateway_feedback_total", rule="names", kind="wrong_redaction") == before_names + 1
    assert _sample("gateway_feedback_total", rule="sensitive-identifiers", kind="wrong_redaction") == before_ssn + 1
    assert _sample("gateway_feedback_total", rule="classified-marking", kind="wrong_block") == before_block + 1
    events = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    received = [e for e in events if e["event"] == "feedback.received"]
    assert [(e["about"], e["kind"], e["user_id"]) for e in received] == [
        (redacted_id, "wrong_redaction", "jdoe"),
        (blocked_id, "wrong_block", "jdoe"),
    ]
    assert NAME not in out.getvalue() and SSN not in out.getvalue()


async def test_shadow_rules_are_recorded_never_enforced(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """Candidate rules that would block what the live ones redact: the answer is the live one, the audit event and
    the metric record the disagreement, and the shadow report names the rule."""
    shadow = tmp_path / "candidate"
    shutil.copytree(REPO / "rules", shadow)
    extra = shadow / "zz-stricter.yaml"
    extra.write_text(
        "policies:\n  commercial-139-07:\n    extends: commercial-139-07\n    rules:\n"
        "      - id: names\n        description: No names at all.\n        source: trial\n"
        "        entities: [PERSON]\n        min_score: 0.6\n        action: block\n"
        "        message: Names may not be sent.\n"
    )
    for f in shadow.glob("*.yaml"):  # embedded tests that expect names to be redacted no longer hold
        f.write_text(f.read_text().split("\ntests:")[0] + "\n")
    audit_file = tmp_path / "audit.jsonl"
    audit.configure_logging(audit_file, stream=io.StringIO(), key=b"k" * 32)
    gw, keys = await _start(
        tmp_path, fake, detector_factory, rules={"path": str(REPO / "rules"), "shadow": str(shadow)}
    )
    labels = {"policy": "commercial-139-07", "live": "redacted", "shadow": "blocked"}
    before = _sample("gateway_shadow_decisions_total", **labels)
    try:
        async with gw.openai() as client:
            answer = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}]
            )
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                gw.url + "/admin/scan",
                headers={"authorization": f"Bearer {keys['root']}"},
                json={"text": PROMPT, "policy": "commercial-139-07"},
            ) as resp,
        ):
            dry = await resp.json()
    finally:
        await gw.server.close()
        audit.configure_logging(None)
    assert NAME in (answer.choices[0].message.content or "") and len(fake.received) == 1  # the live answer
    assert _sample("gateway_shadow_decisions_total", **labels) == before + 1
    events = [json.loads(line) for line in audit_file.read_text().splitlines()]
    completed = [e for e in events if e["event"] == "exchange.completed"]
    assert completed[-1]["decision"] == "redacted"
    assert completed[-1]["shadow"]["decision"] == "blocked" and completed[-1]["shadow"]["block_rule"] == "names"
    assert dry["decision"] == "redacted" and dry["shadow"]["decision"] == "blocked"
    assert {"what": "decision", "live": "redacted", "shadow": "blocked by names"} in dry["shadow"]["disagreements"]
    assert NAME not in audit_file.read_text()
    assert main(["shadow", "report", str(audit_file)]) == 0


async def test_admin_users_show_approval_and_training_status(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """/admin/users says who may use the gateway: approval, each training's status and expiry, keys."""
    gw, keys = await _start(tmp_path, fake, detector_factory)
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(gw.url + "/admin/users", headers={"authorization": f"Bearer {keys['root']}"}) as resp,
        ):
            users = {u["id"]: u for u in (await resp.json())["users"]}
    finally:
        await gw.server.close()
    assert users["jdoe"]["can_use"] and users["jdoe"]["approval"]["by"] == "sup"
    assert {t["status"] for t in users["jdoe"]["trainings"]} == {"current"}
    assert users["jdoe"]["trainings"][0]["expires"] is not None
    assert not users["new.hire"]["can_use"] and users["new.hire"]["approval"] is None
    assert {t["status"] for t in users["new.hire"]["trainings"]} == {"missing"}
    assert all("hash" not in k and "salt" not in k for u in users.values() for k in u["keys"])
