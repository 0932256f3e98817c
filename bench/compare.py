"""Side by side, in one run: the gateway (1 and 2 workers), a plain aiohttp pass-through, a vanilla Presidio
proxy (bench/servers.py), and optionally the gateway as it was at an older commit, all in front of the same
fake upstream, each its own process.

Sections: added latency at 200 B, 2 KB, 20 KB and 100 KB and on a mixed set of corpus prompts (sequential,
configurations interleaved request by request, every prompt new so no cache helps); throughput at 1, 8 and
32 clients (2 KB); a streamed answer of 500 deltas (time to first byte, proxy CPU per event); a 30-turn
conversation; resident memory after start and during a soak of N requests. CPU figures are the proxy
process's own CPU time (/proc), which the other sessions on a shared machine disturb far less than wall time.

Run: .venv/bin/python bench/compare.py [--quick] [--before-commit REV [--before-python PY]] [--out bench/RESULTS.md]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import itertools
import json
import os
import platform
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.detect.eval.corpus import load_corpus  # noqa: E402
from gateway.detect.eval.timing import prompts  # noqa: E402
from gateway.identity.keys import issue_key  # noqa: E402

DATA = ROOT / "tests" / "data"
SIZES = {"200 B": 200, "2 KB": 2048, "20 KB": 20480, "100 KB": 102400}
PAGE = os.sysconf("SC_PAGE_SIZE")


# -- processes ---------------------------------------------------------------------------------------------------
def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tree(pid: int) -> list[int]:
    """A process and its descendants (the gateway's workers)."""
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += _tree(int(child))
    return out


def cpu_seconds(pid: int) -> float:
    """CPU time of a process tree's live threads, in nanoseconds from schedstat (clock ticks are too coarse)."""
    total = 0
    for p in _tree(pid):
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                total += int(Path(f"/proc/{p}/task/{task}/schedstat").read_text().split()[0])
            except (OSError, IndexError, ValueError):
                continue
    return total / 1e9


def rss_mb(pid: int) -> float:
    total = 0
    for p in _tree(pid):
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1])
        except OSError:
            continue
    return total * PAGE / 1e6


@dataclass
class Target:
    name: str
    url: str  # base, ending before /v1/...
    proc: subprocess.Popen[bytes] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid) if self.proc else 0.0

    def rss(self) -> float:
        return rss_mb(self.proc.pid) if self.proc else 0.0


def _spawn(args: list[str], log: Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)


async def _ready(session: aiohttp.ClientSession, url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(3000):
        if proc.poll() is not None:
            raise SystemExit(f"{url} exited; see {log}")
        try:
            async with session.get(url) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise SystemExit(f"{url} never became ready")


def _checkout(rev: str, where: Path) -> Path:
    """The repository at ``rev`` in a scratch folder (git archive), to run the gateway as it was."""
    where.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where


async def start_all(
    tmp: Path, before: str | None, session: aiohttp.ClientSession, before_python: str | None = None
) -> dict[str, Target]:
    py = sys.executable
    up_port = _free_port()
    procs: dict[str, Target] = {}
    up = _spawn([py, "bench/servers.py", "upstream", "--port", str(up_port)], tmp / "upstream.log")
    base = f"http://127.0.0.1:{up_port}"
    procs["direct"] = Target("direct", base, up)
    for role in ("passthrough", "vanilla"):
        port = _free_port()
        proc = _spawn([py, "bench/servers.py", role, "--port", str(port), "--upstream", base], tmp / f"{role}.log")
        procs[role] = Target(role, f"http://127.0.0.1:{port}", proc)
    users = tmp / "users.yaml"
    key = issue_key(users, "bench.user", approved_by="bench", trained_on=datetime.date.today())
    gateways = [("gateway 1w", 1, ROOT, py), ("gateway 2w", 2, ROOT, py)]
    if before:
        gateways.append((f"gateway@{before[:9]} 1w", 1, _checkout(before, tmp / "before"), before_python or py))
    for name, workers, where, python in gateways:
        port = _free_port()
        config = tmp / f"gateway-{port}.yaml"
        config.write_text(
            f"listen: {{host: 127.0.0.1, port: {port}}}\n"
            f"upstreams:\n  - {{name: openai, protocol: openai, base_url: '{base}/v1', models: [gpt-4o]}}\n"
            f"rules: {where / 'rules'}\nusers: {users}\naudit: {{file: {tmp / f'audit-{port}.log'}}}\n"
            "limits: {max_body_bytes: 8388608, scan_timeout_seconds: 120}\n"
        )
        env = {**os.environ, "PYTHONPATH": str(where), "GATEWAY_AUDIT_KEY": secrets.token_hex(32)}
        cmd = [python, "-m", "gateway", "serve", "--config", str(config), "--workers", str(workers)]
        proc = _spawn(cmd, tmp / f"gateway-{port}.log", cwd=where, env=env)
        procs[name] = Target(name, f"http://127.0.0.1:{port}", proc, {"authorization": f"Bearer {key}"})
    for t in procs.values():
        assert t.proc is not None
        path = "/readyz" if t.name.startswith("gateway") else "/healthz"
        await _ready(session, t.url + path, t.proc, tmp / "x.log")
    for name, workers, _, _ in gateways:  # a later worker may still be loading its model: wait for every one
        port = procs[name].url.rsplit(":", 1)[1]
        logs = [tmp / f"gateway-{port}.log", tmp / f"audit-{port}.log"]
        for _ in range(3000):
            started = sum(p.read_text().count('"gateway.started"') for p in logs if p.exists())
            if started >= workers:
                break
            await asyncio.sleep(0.1)
    return procs


# -- requests ----------------------------------------------------------------------------------------------------
def chat(text: str, *, stream: bool = False, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"model": "gpt-4o", "messages": [*(history or []), {"role": "user", "content": text}]}
    if stream:
        body.update(stream=True, max_tokens=500)
    return body


BLOCKED: dict[str, int] = {}  # requests a gateway refused by policy (scanned, not forwarded), per target


async def post(session: aiohttp.ClientSession, t: Target, body: dict[str, Any]) -> tuple[float, bytes]:
    started = time.perf_counter()
    async with session.post(t.url + "/v1/chat/completions", json=body, headers=t.headers) as resp:
        data = await resp.read()
        if resp.status != 200:
            if not (t.name.startswith("gateway") and resp.status in (400, 403) and b"Blocked by policy" in data):
                raise SystemExit(f"{t.name} answered {resp.status}: {data[:300]!r}")
            BLOCKED[t.name] = BLOCKED.get(t.name, 0) + 1
    return time.perf_counter() - started, data


def q(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p * (len(s) - 1)))]


def ms(x: float) -> str:
    return f"{x * 1000:,.2f}" if x < 1 else f"{x * 1000:,.0f}"


async def interleaved(
    session: aiohttp.ClientSession, targets: list[Target], texts: list[str]
) -> dict[str, tuple[list[float], float]]:
    """Each text through every target, target order rotated per text; latencies and CPU seconds per request."""
    lat: dict[str, list[float]] = {t.name: [] for t in targets}
    cpu: dict[str, float] = {t.name: 0.0 for t in targets}
    for i, text in enumerate(texts):
        order = targets[i % len(targets) :] + targets[: i % len(targets)]
        for t in order:
            c0 = t.cpu()
            elapsed, _ = await post(session, t, chat(f"Request {i} for {t.name}. {text}"))
            cpu[t.name] += t.cpu() - c0
            lat[t.name].append(elapsed)
    return {name: (lat[name], cpu[name] / len(texts)) for name in lat}


def latency_table(title: str, result: dict[str, tuple[list[float], float]], vanilla: str = "vanilla") -> list[str]:
    direct = statistics.median(result["direct"][0])
    blocked = ", ".join(f"{name} {n}" for name, n in BLOCKED.items())
    BLOCKED.clear()
    rows = [
        f"**{title}** (n={len(result['direct'][0])} per configuration; direct call median {ms(direct)} ms"
        + (f"; refused by policy, so scanned but not forwarded: {blocked}" if blocked else "")
        + ")",
        "",
        "| configuration | added median ms | added p95 ms | added p99 ms | proxy CPU ms/request | added / vanilla |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    van = statistics.median(result[vanilla][0]) - direct if vanilla in result else None
    for name, (lat, cpu) in result.items():
        if name == "direct":
            continue
        added = statistics.median(lat) - direct
        ratio = f"{added / van:.2f}" if van else ""
        rows.append(
            f"| {name} | {ms(added)} | {ms(q(lat, 0.95) - direct)} | {ms(q(lat, 0.99) - direct)} | "
            f"{cpu * 1000:,.2f} | {ratio} |"
        )
    return [*rows, ""]


# -- sections ----------------------------------------------------------------------------------------------------
CASE = "Case note for Maria Garcia (SSN 212-67-4093, maria.garcia@example.com, 202-555-0143). "


def case_prompts(prose: list[str], size: int, count: int) -> list[str]:
    """One person's details, then unrelated office prose (the corpus's hard negatives) up to ``size``: every
    prompt is redacted and restored, none is refused as bulk personal data."""
    return [CASE + p for p in prompts(prose, max(1, size - len(CASE)), count)]


async def sizes(session: aiohttp.ClientSession, targets: dict[str, Target], prose: list[str], quick: bool) -> list[str]:
    counts = {"200 B": 40, "2 KB": 30, "20 KB": 8, "100 KB": 3}
    if quick:
        counts = {"200 B": 8, "2 KB": 6, "20 KB": 2}
    out = [
        "## Added latency by prompt size (non-streamed, one client)",
        "",
        f"Each prompt: `{CASE.strip()}` then office prose from the corpus's hard negatives up to the size.",
        "",
    ]
    for label, n in counts.items():
        texts = case_prompts(prose, SIZES[label], n)
        out += latency_table(label, await interleaved(session, list(targets.values()), texts))
        print("\n".join(out[-8:]), flush=True)
    return out


async def mixed(session: aiohttp.ClientSession, targets: dict[str, Target], n: int) -> list[str]:
    records = [r.text for path in sorted(DATA.glob("*.jsonl")) for r in load_corpus(path)]
    random.Random(13).shuffle(records)
    texts = records[:n]
    result = await interleaved(session, list(targets.values()), texts)
    lengths = sorted(len(t) for t in texts)
    title = f"Mixed corpus prompts ({len(texts)} records of tests/data, median {lengths[len(lengths) // 2]} chars)"
    out = ["## " + title, "", *latency_table("mixed", result)]
    print("\n".join(out), flush=True)
    return out


_LOAD_COUNTER = itertools.count()


async def _load(
    session: aiohttp.ClientSession, t: Target, clients: int, seconds: float, texts: list[str]
) -> tuple[int, list[float], float]:
    stop = time.perf_counter() + seconds
    latencies: list[float] = []
    counter = _LOAD_COUNTER  # one count for every run: a prompt repeated in a later run would be the scan cache's

    async def client() -> None:
        while time.perf_counter() < stop:
            i = next(counter)
            elapsed, _ = await post(session, t, chat(f"Load {i} {t.name}. {texts[i % len(texts)]}"))
            latencies.append(elapsed)

    c0, w0 = t.cpu(), time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - w0
    return len(latencies), latencies, (t.cpu() - c0) / max(1, len(latencies)) + 0 * wall


async def throughput(
    session: aiohttp.ClientSession, targets: dict[str, Target], corpus: list[str], seconds: float, repeats: int
) -> list[str]:
    texts = case_prompts(corpus, 2048, 200)
    names = [n for n in targets if n != "direct"]
    rows: dict[tuple[str, int], list[tuple[float, float, float]]] = {}
    for rep in range(repeats):
        for clients in (1, 8, 32):
            order = names[rep % len(names) :] + names[: rep % len(names)]
            for name in order:
                started = time.perf_counter()
                done, lat, _ = await _load(session, targets[name], clients, seconds, texts)
                rate = done / (time.perf_counter() - started)
                rows.setdefault((name, clients), []).append(
                    (rate, statistics.median(lat) if lat else 0, q(lat, 0.99) if lat else 0)
                )
                print(f"  throughput {name} {clients} clients: {rate:.1f} req/s", flush=True)
    out = [
        f"## Throughput, 2 KB prompts ({seconds:.0f} s per run, {repeats} run(s) each; median of runs)",
        "",
        "| configuration | clients | requests/s | median ms | p99 ms | p99 / median |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for (name, clients), runs in rows.items():
        rate = statistics.median(r[0] for r in runs)
        med = statistics.median(r[1] for r in runs)
        p99 = statistics.median(r[2] for r in runs)
        out.append(f"| {name} | {clients} | {rate:.1f} | {ms(med)} | {ms(p99)} | {p99 / med if med else 0:.2f} |")
    out.append("")
    print("\n".join(out), flush=True)
    return out


async def _stream(session: aiohttp.ClientSession, t: Target, body: dict[str, Any]) -> tuple[float, float, int, bytes]:
    started = time.perf_counter()
    first = None
    parts = []
    async with session.post(t.url + "/v1/chat/completions", json=body, headers=t.headers) as resp:
        assert resp.status == 200, resp.status
        async for chunk in resp.content.iter_any():
            if first is None:
                first = time.perf_counter() - started
            parts.append(chunk)
    data = b"".join(parts)
    return first or 0.0, time.perf_counter() - started, data.count(b"\n\ndata:") + 1, data


async def streaming(session: aiohttp.ClientSession, targets: dict[str, Target], runs: int) -> list[str]:
    with_name = "Please draft a reply to Maria Garcia about her case."
    without = "Please draft a reply to the applicant about the case."
    configs: list[tuple[str, Target, str]] = [
        ("direct", targets["direct"], with_name),
        ("passthrough", targets["passthrough"], with_name),
        ("gateway 1w, answer with placeholders", targets["gateway 1w"], with_name),
        ("gateway 1w, nothing to restore", targets["gateway 1w"], without),
    ]
    configs += [(f"{n}, answer with placeholders", targets[n], with_name) for n in targets if n.startswith("gateway@")]
    ttfb: dict[str, list[float]] = {c[0]: [] for c in configs}
    cpu: dict[str, list[float]] = {c[0]: [] for c in configs}
    scan: dict[str, list[float]] = {c[0]: [] for c in configs}
    net: dict[str, list[float]] = {c[0]: [] for c in configs}
    for i in range(runs):
        for label, t, text in configs:
            c0 = t.cpu() if t.name != "direct" else 0.0
            first, _, events, data = await _stream(session, t, chat(f"{text} ({i})", stream=True))
            if t.name != "direct":
                cpu[label].append((t.cpu() - c0) / events)
            ttfb[label].append(first)
            if "placeholders" in label:
                assert b"Maria Garcia" in data and b"<PERSON" not in data, "the stream was not restored"
            # the same prompt non-streamed: its added latency is the request scan the stream also waits for, and
            # its CPU the request's handling, which the per-event figure net of it leaves out
            c1 = t.cpu() if t.name != "direct" else 0.0
            elapsed, _ = await post(session, t, chat(f"{text} [{i}]"))
            scan[label].append(elapsed)
            if t.name != "direct":
                net[label].append(cpu[label][-1] - (t.cpu() - c1) / events)
    direct_ttfb = statistics.median(ttfb["direct"])
    direct_whole = statistics.median(scan["direct"])
    out = [
        f"## Streaming: 500 deltas, {runs} streams per configuration",
        "",
        "CPU per event: the proxy process's CPU time for a whole streamed request divided by its events, and the "
        "same net of the CPU the same prompt costs non-streamed (its scan and handling).",
        "",
        "| configuration | TTFB median ms | TTFB - direct ms | same prompt non-streamed, added ms | "
        "proxy CPU µs/event | net of the request µs/event |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, _, _ in configs:
        per_event = f"{statistics.median(cpu[label]) * 1e6:,.1f}" if cpu[label] else ""
        per_event_net = f"{statistics.median(net[label]) * 1e6:,.1f}" if net[label] else ""
        med = statistics.median(ttfb[label])
        out.append(
            f"| {label} | {ms(med)} | {ms(med - direct_ttfb)} | {ms(statistics.median(scan[label]) - direct_whole)} "
            f"| {per_event} | {per_event_net} |"
        )
    out.append("")
    print("\n".join(out), flush=True)
    return out


async def conversation(
    session: aiohttp.ClientSession, targets: dict[str, Target], corpus: list[str], turns: int
) -> list[str]:
    names = [n for n in targets if n != "passthrough"]
    histories: dict[str, list[dict[str, str]]] = {n: [] for n in names}
    lat: dict[str, list[float]] = {n: [] for n in names}
    texts = case_prompts(corpus, 2048, turns)
    for turn in range(turns):
        for name in names:
            text = f"Turn {turn} of the {name} conversation. {texts[turn]}"
            elapsed, data = await post(session, targets[name], chat(text, history=histories[name]))
            lat[name].append(elapsed)
            answer = json.loads(data)["choices"][0]["message"]["content"]
            histories[name] += [{"role": "user", "content": text}, {"role": "assistant", "content": answer}]
    marks = [m for m in (1, 10, 20, 30) if m <= turns]
    out = [
        f"## A {turns}-turn conversation (2 KB per user turn, whole history resent each turn)",
        "",
        "| configuration | " + " | ".join(f"turn {m} ms" for m in marks) + " | mean over turns ms |",
        "| --- | " + " | ".join("---:" for _ in marks) + " | ---: |",
    ]
    for name in names:
        out.append(
            f"| {name} | " + " | ".join(ms(lat[name][m - 1]) for m in marks) + f" | {ms(statistics.mean(lat[name]))} |"
        )
    out.append("")
    print("\n".join(out), flush=True)
    return out


async def soak(session: aiohttp.ClientSession, t: Target, total: int, corpus: list[str]) -> list[str]:
    texts = case_prompts(corpus, 200, 500)
    marks = sorted({m for m in (1000, 5000, 10000, 20000, total) if m <= total})
    samples: dict[int, float] = {0: t.rss()}
    counter = iter(range(total))
    started = time.perf_counter()

    async def client() -> None:
        for i in counter:
            await post(session, t, chat(f"Soak {i}. {texts[i % len(texts)]}"))
            if i + 1 in marks:
                samples[i + 1] = t.rss()

    await asyncio.gather(*(client() for _ in range(8)))
    samples[total] = t.rss()
    wall = time.perf_counter() - started
    out = [
        f"## Resident memory of {t.name} over {total:,} requests (~200-char prompts, 8 clients, {wall:.0f} s)",
        "",
        "| after requests | " + " | ".join(f"{m:,}" for m in sorted(samples)) + " |",
        "| --- | " + " | ".join("---:" for _ in samples) + " |",
        "| RSS MB | " + " | ".join(f"{samples[m]:.0f}" for m in sorted(samples)) + " |",
        "",
    ]
    if 5000 in samples and total > 5000:
        growth = (samples[total] / samples[5000] - 1) * 100
        out += [f"Growth from 5,000 to {total:,} requests: {growth:+.1f} %", ""]
    print("\n".join(out), flush=True)
    return out


def machine() -> list[str]:
    info = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in info if "model name" in line), platform.processor())
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem = next(line.split()[1] for line in meminfo if line.startswith("MemTotal"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    return [
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; commit {commit.strip()}",
        f"- CPU: {cpu}, {os.cpu_count()} cores; memory {int(mem) / 1e6:.1f} GB; {platform.platform()}",
        f"- Python {platform.python_version()}; load average at start {os.getloadavg()[0]:.1f}",
    ]


async def main(args: argparse.Namespace) -> None:
    records = load_corpus(DATA / "detection_corpus.jsonl")
    corpus = [r.text for r in records if r.category == "hard_negative"]
    report = ["# Side-by-side benchmark", "", *machine(), ""]
    with tempfile.TemporaryDirectory(prefix="gateway-bench-") as tmp_name:
        tmp = Path(tmp_name)
        timeout = aiohttp.ClientTimeout(total=None)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:
            targets = await start_all(tmp, args.before_commit, session, args.before_python)
            try:
                report += ["## Resident memory after start", "", "| process | RSS MB |", "| --- | ---: |"]
                report += [f"| {t.name} | {t.rss():.0f} |" for t in targets.values()] + [""]
                for t in targets.values():  # warm-up
                    for i in range(3):
                        await post(session, t, chat(f"Warm-up {i}: a note for Maria Garcia at 202-555-0143."))
                sections: list[tuple[str, Callable[[], Awaitable[list[str]]]]] = [
                    ("sizes", lambda: sizes(session, targets, corpus, args.quick)),
                    ("mixed", lambda: mixed(session, targets, args.mixed)),
                    ("throughput", lambda: throughput(session, targets, corpus, args.seconds, args.repeats)),
                    ("streaming", lambda: streaming(session, targets, args.streams)),
                    ("conversation", lambda: conversation(session, targets, corpus, args.turns)),
                    ("soak", lambda: soak(session, targets["gateway 1w"], args.soak, corpus)),
                ]
                for name, run in sections:
                    if name in args.skip:
                        continue
                    print(f"# {name}", flush=True)
                    report += await run()
            finally:
                for t in targets.values():
                    if t.proc is not None and t.proc.poll() is None:
                        t.proc.terminate()
                for t in targets.values():
                    if t.proc is not None:
                        try:
                            t.proc.wait(timeout=60)
                        except subprocess.TimeoutExpired:
                            t.proc.kill()
    report.append(f"Load average at the end: {os.getloadavg()[0]:.1f}")
    text = "\n".join(report) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)  # noqa: ASYNC240 - once, at the end


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts, to try the harness")
    parser.add_argument("--before-commit", help="also run the gateway as it was at this commit (1 worker)")
    parser.add_argument(
        "--before-python", help="the interpreter (of another venv) to run the older gateway with, to compare packages"
    )
    parser.add_argument("--mixed", type=int, default=300, help="corpus prompts in the mixed set")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each throughput run")
    parser.add_argument("--repeats", type=int, default=2, help="throughput runs per configuration and level")
    parser.add_argument("--streams", type=int, default=10)
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--soak", type=int, default=20000, help="requests in the memory soak")
    parser.add_argument("--skip", nargs="*", default=[], help="sections to leave out")
    parser.add_argument("--out", help="also write the report (markdown) to this file")
    ns = parser.parse_args()
    if ns.quick:
        ns.mixed, ns.seconds, ns.repeats, ns.streams, ns.turns, ns.soak = 20, 3.0, 1, 3, 4, 300
    asyncio.run(main(ns))
