"""Soak: N requests from C concurrent clients against a real `python -m gateway serve --workers W` process.

Mixed OpenAI and Anthropic, streamed and not, each prompt carrying its own personal data (a name, an SSN, an email
address, a phone number). A recording fake upstream echoes what it receives (so the answer comes back through the
restorer) and counts every value that arrived verbatim (a leak). Reports: statuses (5xx count), leaks seen at the
upstream, answers whose values were not restored, audit events in the keyed audit file versus requests sent (and
whether `audit verify` finds it intact), and the resident memory of all the gateway's processes, sampled via /proc
at readiness, after a warm-up, and at the end.

Run: .venv/bin/python bench/soak.py [--requests 5000] [--concurrency 64] [--workers 2] [--keep DIR]
Exit status 1 when a criterion of issue 12 fails (any 5xx, any leak, audit events != requests, RSS growth > 10 %).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gateway.audit import verify_file  # noqa: E402
from gateway.identity.keys import issue_key  # noqa: E402
from gateway.upstream.demo import DemoUpstream  # noqa: E402

FIRST = ["Zebulon", "Marisol", "Thaddeus", "Ottilie", "Leopold", "Henrietta", "Cornelius", "Philippa"]
LAST = ["Quarterfield", "Abernathy", "Whitcombe", "Fairweather", "Montgomery", "Pemberton", "Blackwood", "Ashworth"]
MARK = re.compile(r"\[soak (\d+)\]")


def values_for(n: int) -> dict[str, str]:
    """Personal data of request ``n``: unique per request, in formats the shipped recognizers detect."""
    return {
        "name": f"{FIRST[n % 8]} {LAST[(n // 8) % 8]}",
        "ssn": f"{100 + n % 500:03d}-{10 + (n // 500) % 89:02d}-{1000 + n % 9000:04d}",  # valid: no 666, 9xx
        "email": f"employee{n}@soak.example.org",
        "phone": f"(202) 555-{n % 10000:04d}",
    }


def prompt_for(n: int) -> str:
    v = values_for(n)
    return (
        f"[soak {n}] Please draft a short note to {v['name']} (SSN {v['ssn']}) confirming the appointment; "
        f"reach them at {v['email']} or {v['phone']}."
    )


class RecordingUpstream(DemoUpstream):
    """Echoes like the demo upstream; counts requests and any request value that arrived verbatim."""

    def __init__(self) -> None:
        super().__init__(piece_size=9)
        self.requests = 0
        self.leaks: Counter[str] = Counter()
        self.leak_examples: list[str] = []  # synthetic values, safe to print
        self.unmarked = 0

    async def on_request(self, request: web.Request, body: dict[str, Any]) -> None:
        self.requests += 1
        text = json.dumps(body, ensure_ascii=False)
        found = MARK.search(text)
        if found is None:
            self.unmarked += 1
            return
        for kind, value in values_for(int(found.group(1))).items():
            if value in text:
                self.leaks[kind] += 1
                if len(self.leak_examples) < 5:
                    self.leak_examples.append(f"{kind} {value!r} (request {found.group(1)})")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


def rss_mb(pid: int) -> tuple[float, int]:
    """Resident memory of ``pid`` and all its descendants (MB), and how many processes that is."""
    total = 0
    pids = _descendants(pid)
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024, len(pids)


def _body(n: int, kind: int) -> tuple[str, dict[str, Any]]:
    text = prompt_for(n)
    stream = kind % 2 == 1
    if kind < 2:
        return "/v1/chat/completions", {
            "model": "gpt-4o",
            "messages": [{"role": "user", "content": text}],
            "stream": stream,
        }
    return "/v1/messages", {
        "model": "claude-sonnet-4-6",
        "max_tokens": 200,
        "messages": [{"role": "user", "content": text}],
        "stream": stream,
    }


def _answer_text(route: str, stream: bool, raw: bytes) -> str:
    if not stream:
        doc = json.loads(raw)
        if route == "/v1/messages":
            return "".join(b.get("text", "") for b in doc.get("content", []))
        return doc["choices"][0]["message"]["content"] or ""
    out = []
    for line in raw.decode().splitlines():
        if not line.startswith("data:") or line.strip() == "data: [DONE]":
            continue
        event = json.loads(line[5:])
        if route == "/v1/messages":
            if event.get("type") == "content_block_delta":
                out.append(event["delta"].get("text", ""))
        else:
            for choice in event.get("choices", []):
                out.append((choice.get("delta") or {}).get("content") or "")
    return "".join(out)


class Stats:
    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()
        self.not_restored = 0
        self.sent = 0


async def _one(session: aiohttp.ClientSession, url: str, key: str, n: int, stats: Stats) -> None:
    route, body = _body(n, n % 4)
    headers = {"authorization": f"Bearer {key}", "x-api-key": key, "anthropic-version": "2023-06-01"}
    stats.sent += 1
    try:
        async with session.post(url + route, json=body, headers=headers) as resp:
            raw = await resp.read()
            stats.statuses[resp.status] += 1
            if resp.status == 200:
                text = _answer_text(route, body["stream"], raw)
                v = values_for(n)
                if v["ssn"] not in text or v["email"] not in text:
                    stats.not_restored += 1
    except (aiohttp.ClientError, TimeoutError) as exc:
        stats.errors[type(exc).__name__] += 1


async def _drive(url: str, key: str, first: int, count: int, concurrency: int, stats: Stats) -> None:
    counter = iter(range(first, first + count))
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(
        timeout=timeout, connector=aiohttp.TCPConnector(limit=concurrency, force_close=False)
    ) as session:

        async def client() -> None:
            for n in counter:
                await _one(session, url, key, n, stats)

        await asyncio.gather(*(client() for _ in range(concurrency)))


async def _wait_ready(url: str, log: Path, workers: int, proc: subprocess.Popen[bytes]) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(3000):
            if proc.poll() is not None:
                raise SystemExit(f"the gateway exited ({proc.returncode}); see {log}")
            started = _count(log, '"gateway.started"')
            try:
                async with session.get(url + "/readyz") as resp:
                    if resp.status == 200 and started >= workers:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit("the gateway did not become ready")


def _count(path: Path, needle: str) -> int:
    return path.read_text().count(needle) if path.exists() else 0


def start_gateway(folder: Path, workers: int, up_port: int) -> tuple[subprocess.Popen[bytes], str, str, str]:
    """The gateway as operators run it; returns the process, its URL, an employee key and the audit key."""
    base = f"http://127.0.0.1:{up_port}"
    users = folder / "users.yaml"
    key = issue_key(users, "soak.employee", approved_by="soak supervisor", trained_on=date.today())
    audit_file = folder / "audit.log"
    port = _free_port()
    config = folder / "gateway.yaml"
    config.write_text(
        f"listen: {{host: 127.0.0.1, port: {port}}}\n"
        "upstreams:\n"
        f"  - {{name: openai, protocol: openai, base_url: '{base}/v1', api_key: sk-soak, models: [gpt-4o]}}\n"
        f"  - {{name: anthropic, protocol: anthropic, base_url: '{base}', api_key: sk-soak, "
        "models: [claude-sonnet-4-6]}\n"
        f"rules: {REPO / 'rules'}\nusers: {users}\naudit: {{file: {audit_file}}}\n"
    )
    audit_key = secrets.token_urlsafe(32)
    log = folder / "gateway.log"
    env = {**os.environ, "GATEWAY_AUDIT_KEY": audit_key}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--workers", str(workers)],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return proc, f"http://127.0.0.1:{port}", key, audit_key


async def soak(requests: int, concurrency: int, workers: int, folder: Path) -> int:
    up_port = _free_port()
    proc, url, key, audit_key = start_gateway(folder, workers, up_port)
    log, audit_file = folder / "gateway.log", folder / "audit.log"
    upstream = RecordingUpstream()
    runner = web.AppRunner(upstream.app(), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", up_port).start()
    stats = Stats()
    samples: list[tuple[float, float, int]] = []
    try:
        await _wait_ready(url, log, workers, proc)
        ready = rss_mb(proc.pid)
        warm = min(max(requests // 10, 1), 500)
        print(f"ready: {ready[0]:.0f} MB RSS in {ready[1]} processes; warm-up {warm} requests", flush=True)
        await _drive(url, key, 0, warm, concurrency, stats)
        warmed = rss_mb(proc.pid)
        started = time.perf_counter()
        cpu_started = _cpu_seconds(proc.pid)

        async def sample() -> None:
            while True:
                await asyncio.sleep(5)
                mb, count = rss_mb(proc.pid)
                samples.append((time.perf_counter() - started, mb, count))
                print(f"  {samples[-1][0]:6.0f} s  {stats.sent:6d} sent  {mb:7.0f} MB RSS", flush=True)

        sampler = asyncio.create_task(sample())
        await _drive(url, key, warm, requests, concurrency, stats)
        sampler.cancel()
        elapsed = time.perf_counter() - started
        cpu = _cpu_seconds(proc.pid) - cpu_started
        end = rss_mb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        await runner.cleanup()

    total = warm + requests
    audited, report = _audit(audit_file, audit_key, log)
    five_xx = sum(n for status, n in stats.statuses.items() if status >= 500)
    leaks = sum(upstream.leaks.values())
    growth = (end[0] - warmed[0]) / warmed[0] * 100
    print()
    print(f"requests          {total} ({warm} warm-up + {requests}) at {concurrency} clients, {workers} workers")
    print(f"duration          {elapsed:.1f} s for the {requests} after warm-up ({requests / elapsed:.0f} req/s)")
    print(f"gateway CPU       {cpu:.1f} s (user+system of all its processes, after warm-up)")
    print(f"statuses          {dict(sorted(stats.statuses.items()))}; client errors {dict(stats.errors)}")
    print(f"5xx               {five_xx}")
    print(f"upstream          {upstream.requests} requests; leaks (values verbatim) {dict(upstream.leaks) or 0}")
    if upstream.leak_examples:
        print(f"leak examples     {'; '.join(upstream.leak_examples)}")
    print(f"not restored      {stats.not_restored} answers without their original SSN and email")
    print(f"audit events      {sum(audited.values())} exchange.completed for {total} requests {dict(audited)}")
    print(f"audit verify      {report.status}: {report.message}")
    print(
        f"RSS (MB)          ready {ready[0]:.0f}, after warm-up {warmed[0]:.0f}, end {end[0]:.0f} "
        f"({end[1]} processes): growth {growth:+.1f} % since warm-up, {(end[0] - ready[0]) / ready[0] * 100:+.1f} % "
        "since ready"
    )
    failed = [
        name
        for name, bad in (
            ("5xx", five_xx > 0),
            ("client errors", sum(stats.errors.values()) > 0),
            ("leaks", leaks > 0),
            ("audit events", sum(audited.values()) != total),
            ("audit verify", not report.ok),
            ("RSS growth", growth > 10),
        )
        if bad
    ]
    print("result            " + ("PASS" if not failed else "FAIL: " + ", ".join(failed)))
    return 1 if failed else 0


def _audit(audit_file: Path, audit_key: str, log: Path) -> tuple[Counter[str], Any]:
    audited: Counter[str] = Counter()
    for line in audit_file.read_text().splitlines():
        if '"exchange.completed"' in line:
            audited[json.loads(line)["decision"]] += 1
    return audited, verify_file(audit_file, audit_key.encode(), [log])


def _cpu_seconds(pid: int) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for p in _descendants(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=5000)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--keep", type=Path, help="keep the config, audit file and gateway log in this folder")
    args = p.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gateway-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return asyncio.run(soak(args.requests, args.concurrency, args.workers, folder))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
