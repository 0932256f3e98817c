"""Added latency: a non-streamed 2 KB chat prompt through the gateway vs straight to the fake upstream.

Run: .venv/bin/python bench/latency.py [--calls 100]. Prints medians and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.app import make_app
from gateway.audit import configure_logging
from gateway.identity.keys import issue_key
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import gateway_settings

PARAGRAPH = (
    "Please summarise the following case notes for the weekly report. The applicant, Maria Garcia, filed form "
    "I-130 on behalf of her brother; the interview took place at the field office and the officer noted that the "
    "supporting documents were complete. Contact her at maria.garcia@example.com or 202-555-0143 if the schedule "
    "changes. Her SSN 212-67-4093 appears on the attached tax transcript. "
)
PROMPT = (PARAGRAPH * 6)[:2048]


async def _time(session: aiohttp.ClientSession, url: str, headers: dict[str, str], calls: int) -> list[float]:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": PROMPT}]}
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        async with session.post(url, json=body, headers=headers) as resp:
            await resp.read()
            assert resp.status == 200, resp.status
        out.append((time.perf_counter() - started) * 1000)
    return out


def _summary(name: str, values: list[float]) -> str:
    q = statistics.quantiles(values, n=20)
    return f"{name:<10} median {statistics.median(values):7.2f} ms   p95 {q[18]:7.2f} ms   n={len(values)}"


async def main(calls: int) -> None:
    configure_logging(None, stream=io.StringIO())  # keep the per-request audit lines off the report
    fake = FakeUpstream()
    base = await fake.start()
    with tempfile.TemporaryDirectory() as tmp:
        users = Path(tmp) / "users.yaml"
        key = issue_key(users, "bench", approved_by="bench", trained_on=date.today())
        server = TestServer(make_app(gateway_settings(base, users), watch_rules=False), host="127.0.0.1")
        await server.start_server()
        gw = str(server.make_url("")).rstrip("/")
        async with aiohttp.ClientSession() as session:
            await _time(session, gw + "/v1/chat/completions", {"authorization": f"Bearer {key}"}, 5)  # warm-up
            await _time(session, base + "/v1/chat/completions", {}, 5)
            direct = await _time(session, base + "/v1/chat/completions", {}, calls)
            through = await _time(session, gw + "/v1/chat/completions", {"authorization": f"Bearer {key}"}, calls)
        await server.close()
    await fake.close()
    print(f"2 KB non-streamed chat prompt, {calls} sequential calls each")
    print(_summary("direct", direct))
    print(_summary("gateway", through))
    print(f"added latency (median): {statistics.median(through) - statistics.median(direct):.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100)
    asyncio.run(main(parser.parse_args().calls))
