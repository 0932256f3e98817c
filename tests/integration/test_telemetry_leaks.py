"""Nothing an employee wrote reaches telemetry: logs, the audit file and /metrics carry no value of the prompts."""

from __future__ import annotations

import io
import logging
import secrets
from pathlib import Path

import aiohttp
import anthropic
import openai
import pytest

from gateway import audit
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway


def unique_values() -> dict[str, str]:
    n = secrets.randbelow(9000) + 1000
    return {
        "name": f"Zebulon Quarterfield{n % 10}",
        "ssn": f"{500 + n % 99:03d}-{10 + n % 89:02d}-{1000 + n:04d}",
        "email": f"zq{n}@example.org",
        "phone": f"(202) 555-{n:04d}",
        "aws": "AKIA" + secrets.token_hex(8).upper(),
        "password": "Pw-" + secrets.token_urlsafe(12),
        "a_number": f"A{200000000 + n}",
    }


async def test_no_prompt_value_in_logs_audit_file_or_metrics(
    gateway: Gateway, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Allowed, redacted and blocked requests, streamed and not, leave none of their values in any telemetry."""
    v = unique_values()
    pii = f"{v['name']} (SSN {v['ssn']}, A-Number {v['a_number']}) at {v['email']} or {v['phone']}"
    secret = f"aws_access_key_id = {v['aws']}\npassword = {v['password']}"
    stdout = io.StringIO()
    audit_file = tmp_path / "audit.log"
    audit.configure_logging(audit_file, stream=stdout, key=b"audit-key-for-the-telemetry-leak-test")
    caplog.set_level(logging.DEBUG)
    try:
        async with gateway.openai() as client:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": "hello"}])
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": pii}])
            stream = await client.chat.completions.create(
                model=OPENAI_MODEL, stream=True, messages=[{"role": "user", "content": pii}]
            )
            async for _ in stream:
                pass
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": f"{secret}\n{pii}"}]
                )
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": f"SECRET//NOFORN\n{pii}"}]
                )
            await client.chat.completions.create(  # values in fields no adapter reads for prose
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}], user=v["email"], metadata={"n": pii}
            )
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}], extra_body={"x": secret}
                )
        async with gateway.anthropic() as client:
            async with client.messages.stream(
                model=ANTHROPIC_MODEL, max_tokens=50, messages=[{"role": "user", "content": pii}]
            ) as s:
                await s.get_final_message()
            with pytest.raises(anthropic.BadRequestError):
                await client.messages.create(
                    model=ANTHROPIC_MODEL,
                    max_tokens=50,
                    messages=[{"role": "user", "content": f"CUI//SP-PRVCY\n{pii}"}],
                )
        async with aiohttp.ClientSession() as session, session.get(gateway.url + "/metrics") as resp:
            exposition = await resp.text()
    finally:
        audit.configure_logging(None)
    client_side = ("openai", "anthropic", "httpx", "httpcore")
    server_logs = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(client_side))
    telemetry = {
        "stdout": stdout.getvalue(),
        "audit file": audit_file.read_text(),
        "metrics": exposition,
        "logging": server_logs,
    }
    assert telemetry["audit file"].count("exchange.completed") == 9
    assert "gateway_requests_total" in exposition
    for where, text in telemetry.items():
        for kind, value in v.items():
            assert value not in text, f"{kind} found in {where}"
        assert gateway.key not in text and "<PERSON_1>" not in text
    assert audit.verify_file(audit_file, b"audit-key-for-the-telemetry-leak-test").ok
