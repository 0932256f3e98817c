"""A conversation's history is scanned once: later turns take its findings from the cache, redact it the same
way, block it the same way, and one employee's cache never serves another."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import openai
import pytest
from prometheus_client import REGISTRY

from gateway import audit
from gateway.identity.keys import issue_key
from tests.integration.conftest import OPENAI_MODEL, Gateway

SYSTEM = "You help USCIS staff write case summaries."
FIRST = "Summarise the case of Rosalind Featherstone, SSN 212-67-4093."
SECOND = "Now add that her brother is Tobias Featherstone."


def cache_count(result: str) -> float:
    return REGISTRY.get_sample_value("gateway_scan_cache_segments_total", {"result": result}) or 0.0


async def test_history_comes_from_the_cache_and_is_still_redacted(gateway: Gateway) -> None:
    """Turn two repeats the system prompt and turn one: both are cache hits, and neither reaches the vendor."""
    first_turn = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": FIRST}]
    hits, misses = cache_count("hit"), cache_count("miss")
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    try:
        async with gateway.openai() as client:
            one = await client.chat.completions.create(model=OPENAI_MODEL, messages=first_turn)
            assert (cache_count("hit"), cache_count("miss")) == (hits, misses + 2)
            answer = one.choices[0].message.content or ""
            second_turn = [*first_turn, {"role": "assistant", "content": answer}, {"role": "user", "content": SECOND}]
            two = await client.chat.completions.create(model=OPENAI_MODEL, messages=second_turn)
    finally:
        audit.configure_logging(None)
    assert (cache_count("hit"), cache_count("miss")) == (hits + 2, misses + 4)
    events = [json.loads(line) for line in out.getvalue().splitlines() if '"exchange.completed"' in line]
    assert [(e["segments"], e["segments_cached"]) for e in events] == [(2, 0), (4, 2)]
    sent = json.dumps(gateway.fake.received[-1].body)
    for value in ("Rosalind Featherstone", "212-67-4093", "Tobias Featherstone"):
        assert value not in sent
    assert "Rosalind Featherstone" in answer
    assert "Tobias Featherstone" in (two.choices[0].message.content or "")


async def test_cached_marking_still_blocks(gateway: Gateway) -> None:
    """A marked text blocks every time it is sent, from the cache as from a scan."""
    messages = [{"role": "user", "content": "SECRET//NOFORN\nConvoy schedule for Tuesday."}]
    hits = cache_count("hit")
    async with gateway.openai() as client:
        for _ in range(2):
            with pytest.raises(openai.BadRequestError) as err:
                await client.chat.completions.create(model=OPENAI_MODEL, messages=messages)
            assert "classified" in err.value.message.lower()
    assert cache_count("hit") == hits + 1
    assert gateway.fake.received == []


async def test_one_employees_cache_never_serves_another(gateway: Gateway, users_file: tuple[Path, str]) -> None:
    """The same text from a second employee is scanned again: response times reveal nothing across employees."""
    users, _ = users_file
    other = issue_key(users, "asmith", approved_by="A. Supervisor", trained_on=date.today())
    messages = [{"role": "user", "content": FIRST}]
    async with gateway.openai() as client:
        await client.chat.completions.create(model=OPENAI_MODEL, messages=messages)
    hits, misses = cache_count("hit"), cache_count("miss")
    async with gateway.openai(api_key=other) as client:
        await client.chat.completions.create(model=OPENAI_MODEL, messages=messages)
    assert (cache_count("hit"), cache_count("miss")) == (hits, misses + 1)


async def test_a_name_from_an_earlier_turn_is_redacted_when_it_comes_back_alone(gateway: Gateway) -> None:
    """Turn one names Rosalind Featherstone; turn two says only "Featherstone": the surname never reaches the
    vendor, although turn one's findings come from the cache and the model alone would miss the bare surname."""
    first = [{"role": "user", "content": FIRST}]
    async with gateway.openai() as client:
        one = await client.chat.completions.create(model=OPENAI_MODEL, messages=first)
        later = [
            *first,
            {"role": "assistant", "content": one.choices[0].message.content or ""},
            {"role": "user", "content": "Did featherstone-era rules apply? Ask Featherstone to confirm."},
        ]
        two = await client.chat.completions.create(model=OPENAI_MODEL, messages=later)
    sent = json.dumps(gateway.fake.received[-1].body)
    assert "Featherstone" not in sent and "featherstone-era" in sent
    assert "Ask Featherstone to confirm" in (two.choices[0].message.content or "")
