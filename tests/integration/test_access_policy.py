"""139-07 access through the gateway: approval and training gates, reminders, group policies, rate limits, admins."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest

from gateway import audit
from gateway.identity.keys import issue_key, read_users, write_users
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import OPENAI_MODEL, Gateway, gateway_settings, start_gateway


async def _gateway(tmp_path: Path, fake: FakeUpstream, factory: Any, key: str, **auth: Any) -> Gateway:
    assert fake.server is not None
    base = str(fake.server.make_url("")).rstrip("/")
    hosted = {
        "name": "hosted",
        "protocol": "openai",
        "base_url": base + "/v1",
        "models": ["dhs-llama"],
        "policy": "commercial-139-07",
    }
    settings = gateway_settings(
        base,
        tmp_path / "users.yaml",
        more_upstreams=(hosted,),
        auth={"help_url": "https://intranet.example/genai", **auth},
    )
    return await start_gateway(settings, fake, key, factory)


async def test_missing_requirements_are_403_and_nothing_is_scanned(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> None:
    """Without approval, or with a lapsed training, the employee gets 403 naming what is missing and where to go."""
    users = tmp_path / "users.yaml"
    unapproved = issue_key(users, "new.hire", trained_on=date.today())
    lapsed = issue_key(users, "old.timer", approved_by="boss", trained_on=date.today() - timedelta(days=500))
    narrow = issue_key(users, "narrow", approved_by="boss", trained_on=date.today(), upstreams=("hosted",))
    gw = await _gateway(tmp_path, fake, detector_factory, unapproved)
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    try:
        for key, words in ((unapproved, "not approved"), (lapsed, "expired"), (narrow, "does not cover the 'openai'")):
            async with gw.openai(api_key=key) as client:
                with pytest.raises(openai.PermissionDeniedError) as err:
                    await client.chat.completions.create(
                        model=OPENAI_MODEL, messages=[{"role": "user", "content": "Write to Maria Garcia"}]
                    )
            assert words in err.value.message and "https://intranet.example/genai" in err.value.message
        async with gw.openai(api_key=narrow) as client:
            await client.chat.completions.create(model="dhs-llama", messages=[{"role": "user", "content": "hi"}])
    finally:
        audit.configure_logging(None)
        await gw.server.close()
    events = [json.loads(line) for line in out.getvalue().splitlines() if "exchange.completed" in line]
    refused = [e for e in events if e["decision"] == "refused"]
    assert len(refused) == 3 and all(e["reason"] == "forbidden" and e["scan_ms"] is None for e in refused)
    assert [r.body["model"] for r in fake.received] == ["dhs-llama"]


async def test_reminder_header_and_review_notice(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """A training close to expiry adds a reminder header; every answer says a person must review it."""
    users = tmp_path / "users.yaml"
    key = issue_key(users, "jdoe", approved_by="boss", trained_on=date.today() - timedelta(days=350))
    gw = await _gateway(tmp_path, fake, detector_factory, key, reminder_days=30)
    try:
        async with gw.openai() as client:
            raw = await client.chat.completions.with_raw_response.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "hello"}]
            )
    finally:
        await gw.server.close()
    assert "responsible-ai training expires" in raw.headers["x-gateway-reminder"]
    assert "review" in raw.headers["x-ai-generated"]
    assert raw.parse().choices[0].message.content == "[demo upstream] I received: hello"


async def test_group_policy_is_applied_and_audited(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """A team given the internal policy on the hosted model may send CUI there; others may not."""
    users = tmp_path / "users.yaml"
    member = issue_key(users, "cui.analyst", approved_by="boss", trained_on=date.today())
    other = issue_key(users, "someone", approved_by="boss", trained_on=date.today())
    data = read_users(users)
    data["users"]["cui.analyst"]["groups"] = ["cui-team"]
    write_users(users, data)
    gw = await _gateway(
        tmp_path,
        fake,
        detector_factory,
        member,
        group_policies=[{"group": "cui-team", "upstream": "hosted", "policy": "internal"}],
    )
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    cui = [{"role": "user", "content": "CUI//SP-PRVCY\nSummarise."}]
    try:
        async with gw.openai(api_key=member) as client:
            await client.chat.completions.create(model="dhs-llama", messages=cui)
        async with gw.openai(api_key=other) as client:
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(model="dhs-llama", messages=cui)
    finally:
        audit.configure_logging(None)
        await gw.server.close()
    events = [json.loads(line) for line in out.getvalue().splitlines() if "exchange.completed" in line]
    assert [(e["user_id"], e["policy"], e["decision"]) for e in events] == [
        ("cui.analyst", "internal", "allowed"),
        ("someone", "commercial-139-07", "blocked"),
    ]


async def test_rate_limit_is_429_with_retry_after(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """The third request in a minute over a two-per-minute limit gets 429 with retry-after, and is not forwarded."""
    key = issue_key(tmp_path / "users.yaml", "jdoe", approved_by="boss", trained_on=date.today())
    gw = await _gateway(tmp_path, fake, detector_factory, key, rate_limits={"per_user": {"requests_per_minute": 2}})
    try:
        async with gw.openai() as client:
            for _ in range(2):
                await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
            with pytest.raises(openai.RateLimitError) as err:
                await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}])
    finally:
        await gw.server.close()
    assert 1 <= int(err.value.response.headers["retry-after"]) <= 60
    assert len(fake.received) == 2


async def test_admin_endpoints_refuse_employee_keys(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """Employees get 403 on /admin; an admin lists users (no secrets) and dry-runs a scan; each action is audited."""
    users = tmp_path / "users.yaml"
    employee = issue_key(users, "jdoe", approved_by="boss", trained_on=date.today())
    admin = issue_key(users, "root", admin=True)
    gw = await _gateway(tmp_path, fake, detector_factory, employee)
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    try:
        async with aiohttp.ClientSession() as session:
            for path, method in (("/admin/users", "GET"), ("/admin/scan", "POST"), ("/admin/rules/reload", "POST")):
                async with session.request(
                    method, gw.url + path, json={"text": "x"}, headers={"authorization": f"Bearer {employee}"}
                ) as resp:
                    assert resp.status == 403, path
            hdrs = {"authorization": f"Bearer {admin}"}
            async with session.get(gw.url + "/admin/users", headers=hdrs) as resp:
                listing = await resp.json()
            async with session.post(
                gw.url + "/admin/scan", headers=hdrs, json={"text": "SECRET//NOFORN plans", "upstream": "openai"}
            ) as resp:
                scan = await resp.json()
    finally:
        audit.configure_logging(None)
        await gw.server.close()
    assert {u["id"] for u in listing["users"]} == {"jdoe", "root"}
    assert employee not in json.dumps(listing) and "hash" not in json.dumps(listing)
    assert scan["decision"] == "blocked" and scan["block"]["rule"] == "classified-marking"
    actions = [json.loads(line) for line in out.getvalue().splitlines() if '"admin.' in line]
    assert [a["event"] for a in actions].count("admin.denied") == 3
    assert {a.get("action") for a in actions if a["event"] == "admin.action"} == {"users.list", "scan"}
    assert "SECRET//NOFORN" not in out.getvalue() and fake.received == []


async def test_in_text_review_notice_when_configured(tmp_path: Path, fake: FakeUpstream, detector_factory: Any) -> None:
    """With ai_notice_in_text, chat answers end with a one-line review notice, whole and streamed, in both SDKs and
    in the Responses API (its deltas, its done event and its final response agree)."""
    key = issue_key(tmp_path / "users.yaml", "jdoe", approved_by="boss", trained_on=date.today())
    gw = await _gateway(tmp_path, fake, detector_factory, key, ai_notice_in_text=True)
    fake.piece_size = 3
    messages = [{"role": "user", "content": "Write to Maria Garcia"}]
    try:
        async with gw.openai() as client:
            whole = await client.chat.completions.create(model=OPENAI_MODEL, messages=messages)
            stream = await client.chat.completions.create(model=OPENAI_MODEL, messages=messages, stream=True)
            streamed = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
            response = await client.responses.create(model=OPENAI_MODEL, input="Write to Maria Garcia")
            deltas = []
            async with client.responses.stream(model=OPENAI_MODEL, input="Write to Maria Garcia") as rs:
                async for event in rs:
                    if event.type == "response.output_text.delta":
                        deltas.append(event.delta)
                    elif event.type == "response.output_text.done":
                        text_done = event.text
                streamed_response = await rs.get_final_response()
        async with gw.anthropic() as client:
            message = await client.messages.create(model="claude-sonnet-4-6", max_tokens=50, messages=messages)
            async with client.messages.stream(model="claude-sonnet-4-6", max_tokens=50, messages=messages) as s:
                final = await s.get_final_message()
    finally:
        await gw.server.close()
    notice = "[AI-generated: review this answer before relying on it.]"
    responses = (response.output_text, streamed_response.output_text, "".join(deltas), text_done)
    for text in (whole.choices[0].message.content or "", streamed, *responses):
        assert text.endswith(
            "Maria Garcia\n\n[demo upstream] placeholders received instead of values: PERSON_1\n\n" + notice
        )
    for msg in (message, final):
        assert msg.content[-1].text == notice and "Maria Garcia" in msg.content[0].text  # type: ignore[union-attr]
