"""The per-request log line says what happened and never what was written."""

from __future__ import annotations

import io
import json
import logging

import openai
import pytest

from gateway import audit
from tests.integration.conftest import ANTHROPIC_MODEL, OPENAI_MODEL, Gateway

NAME, SSN, EMAIL = "Rosalind Featherstone", "287-65-4321", "r.featherstone@example.org"
PROMPT = f"Write to {NAME}, SSN {SSN}, at {EMAIL}."


async def test_no_log_line_contains_prompt_values(gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    """Redacted, streamed and blocked requests log one JSON line each with decisions and counts, never values."""
    stream = io.StringIO()
    audit.configure_logging(None, stream=stream)
    caplog.set_level(logging.DEBUG)
    try:
        async with gateway.openai() as client:
            await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}])
            chunks = await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": PROMPT}], stream=True
            )
            async for _ in chunks:
                pass
            with pytest.raises(openai.BadRequestError):
                await client.chat.completions.create(
                    model=OPENAI_MODEL, messages=[{"role": "user", "content": f"SECRET//NOFORN {PROMPT}"}]
                )
        async with gateway.anthropic() as client:
            await client.messages.create(
                model=ANTHROPIC_MODEL, max_tokens=50, messages=[{"role": "user", "content": PROMPT}]
            )
    finally:
        audit.configure_logging(None)
    lines = [line for line in stream.getvalue().splitlines() if line.strip()]
    events = [json.loads(line) for line in lines]
    completed = [e for e in events if e.get("event") == "exchange.completed"]
    assert [e["decision"] for e in completed] == ["redacted", "redacted", "blocked", "redacted"]
    assert all(e["request_id"].startswith("req_") and e["user_id"] == "jdoe" for e in completed)
    client_side = ("openai", "anthropic", "httpx", "httpcore")  # the employee's SDK logs its own requests
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith(client_side)]
    everything = stream.getvalue() + "\n" + "\n".join(server_side)
    for value in (NAME, SSN, EMAIL, "Featherstone", gateway.key, "<PERSON_1>"):
        assert value not in everything
