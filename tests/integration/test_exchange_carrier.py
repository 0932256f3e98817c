"""The exchange is the one carrier between phases: after a request it holds the upstream, the rules, the body, the
payload and the response the client got."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from gateway import audit
from gateway.exchange import Exchange
from tests.integration.conftest import OPENAI_MODEL, Gateway


@pytest.fixture
def completed(monkeypatch: pytest.MonkeyPatch) -> list[Exchange]:
    seen: list[Exchange] = []
    original = audit.exchange_completed

    def keep(ex: Exchange) -> dict[str, Any]:
        seen.append(ex)
        return original(ex)

    monkeypatch.setattr(audit, "exchange_completed", keep)
    return seen


async def test_a_redacted_exchange_carries_everything(gateway: Gateway, completed: list[Exchange]) -> None:
    async with gateway.openai() as client:
        text = "Write to Rosalind Featherstone, SSN 212-67-4093."
        await client.chat.completions.create(model=OPENAI_MODEL, messages=[{"role": "user", "content": text}])
    (ex,) = completed
    assert ex.outcome == "redacted" and ex.upstream_config is not None and ex.upstream_config.name == ex.upstream
    assert ex.rules is not None and ex.rules.ruleset.version == ex.rules_version
    assert ex.body is not None and ex.payload is not None and b"212-67-4093" not in ex.payload
    assert ex.response is not None and ex.response.status == ex.status == 200


async def test_blocked_and_refused_exchanges_carry_their_response(gateway: Gateway, completed: list[Exchange]) -> None:
    async with gateway.openai() as client:
        with pytest.raises(openai.BadRequestError):
            await client.chat.completions.create(
                model=OPENAI_MODEL, messages=[{"role": "user", "content": "SECRET//NOFORN\nConvoy schedule."}]
            )
        with pytest.raises(openai.NotFoundError):
            await client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "hi"}])
    blocked, refused = completed
    assert blocked.outcome == "blocked" and blocked.payload is None
    assert blocked.response is not None and blocked.response.status == blocked.status == 400
    assert refused.outcome == "refused" and refused.upstream_config is None and refused.rules is None
    assert refused.response is not None and refused.response.status == refused.status == 404
