"""Scan time per prompt size for the eval: prompts of about 200 characters, 2 KB and 20 KB cut from the corpus,
each scanned alone (as the gateway scans one request), both detectors interleaved so drift hits both alike."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gateway.detect.findings import Finding

SIZES = {"200 chars": 200, "2 KB": 2048, "20 KB": 20480}
RUNS = {"200 chars": 60, "2 KB": 40, "20 KB": 12}

Analyze = Callable[[list[str]], list[list[Finding]]]


@dataclass(frozen=True, slots=True)
class Timing:
    median_ms: float
    p95_ms: float
    runs: int


def prompts(texts: Sequence[str], size: int, count: int) -> list[str]:
    """``count`` prompts of about ``size`` characters, each a different run of corpus texts cut at a space."""
    out = []
    start = 0
    for _ in range(count):
        parts: list[str] = []
        length = 0
        while length < size:
            t = texts[start % len(texts)]
            start += 1
            parts.append(t)
            length += len(t) + 2
        prompt = "\n\n".join(parts)
        cut = prompt.rfind(" ", 0, size)
        out.append(prompt[: cut if cut > size // 2 else size])
    return out


def measure(
    detectors: dict[str, Analyze], texts: Sequence[str], runs: dict[str, int] = RUNS
) -> dict[str, dict[str, Timing]]:
    """``{detector: {size: Timing}}``; every detector scans the same prompts, one call per prompt."""
    result: dict[str, dict[str, Timing]] = {name: {} for name in detectors}
    for label, size in SIZES.items():
        batch = prompts(texts, size, runs[label])
        samples: dict[str, list[float]] = {name: [] for name in detectors}
        for analyze in detectors.values():
            analyze(batch[:1])  # warm-up: caches, lazy compilation
        for prompt in batch:
            for name, analyze in detectors.items():
                t0 = time.perf_counter()
                analyze([prompt])
                samples[name].append((time.perf_counter() - t0) * 1000)
        for name, values in samples.items():
            values.sort()
            p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
            result[name][label] = Timing(statistics.median(values), p95, len(values))
    return result
