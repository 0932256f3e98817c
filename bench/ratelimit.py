"""Cost of one rate-limit check: each worker's own window vs the window shared in Redis.

Starts Debian's redis-server on a free port (it must be installed), fills an upstream window with ``--calls``
requests from 50 employees and prints the median and p95 of one check in milliseconds.
Run: .venv/bin/python bench/ratelimit.py [--calls 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.ratelimit.local import Limiter, RateLimiter
from gateway.ratelimit.shared import RedisRateLimiter
from gateway.settings import Limit, RateLimits

LIMITS = RateLimits(
    per_user=Limit(requests_per_minute=10**6, tokens_per_minute=10**9),
    per_upstream=Limit(requests_per_minute=10**6, tokens_per_minute=10**9),
)


async def measure(limiter: Limiter, calls: int) -> list[float]:
    times = []
    for i in range(calls):
        start = time.perf_counter()
        await limiter.admit(f"employee-{i % 50}", "openai", 500)
        times.append((time.perf_counter() - start) * 1000)
    await limiter.close()
    return sorted(times)


async def run(port: int, calls: int) -> None:
    await asyncio.sleep(0.5)  # redis-server starts listening within a few milliseconds
    print(f"one rate-limit check, {calls} calls, one upstream window of up to {calls} requests")
    for name, limiter in (
        ("memory", RateLimiter(LIMITS)),
        ("redis", RedisRateLimiter(LIMITS, f"redis://127.0.0.1:{port}/0")),
    ):
        t = await measure(limiter, calls)
        print(f"{name:8} median {statistics.median(t):7.3f} ms   p95 {t[int(len(t) * 0.95)]:7.3f} ms")


def main(calls: int) -> None:
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        args = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            asyncio.run(run(port, calls))
        finally:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=5000)
    main(parser.parse_args().calls)
