"""Rate limits per employee and per upstream: requests and (estimated) tokens per minute, over a sliding window.

``RateLimiter`` keeps the window in memory, per worker process: with N workers and R replicas an employee can
reach N*R times the limit. ``auth.rate_limits.redis_url`` shares one window between all of them instead
(ratelimit_redis.py). Tokens are estimated from the request (text length / 4 plus the requested ``max_tokens``),
before the call.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from gateway.settings import Limit, RateLimits

WINDOW = 60.0


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    retry_after: int = 0  # whole seconds
    scope: str = ""  # "user" or "upstream": which limit refused


class Limiter(Protocol):
    @property
    def enabled(self) -> bool: ...

    async def admit(self, user: str, upstream: str, tokens: int) -> RateDecision:
        """Admit and count one request of ``tokens``, or say which limit refuses it and for how long."""
        ...

    async def close(self) -> None: ...


def limits_enabled(limits: RateLimits) -> bool:
    return any(
        v is not None
        for limit in (limits.per_user, limits.per_upstream)
        for v in (limit.requests_per_minute, limit.tokens_per_minute)
    )


class _Window:
    def __init__(self) -> None:
        self.events: deque[tuple[float, int]] = deque()
        self.tokens = 0

    def trim(self, now: float) -> None:
        while self.events and self.events[0][0] <= now - WINDOW:
            _, n = self.events.popleft()
            self.tokens -= n

    def wait(self, limit: Limit, tokens: int, now: float) -> float:
        """Seconds until one more request of ``tokens`` fits; 0 if it fits now."""
        waits = [0.0]
        if limit.requests_per_minute is not None and len(self.events) >= limit.requests_per_minute:
            waits.append(self.events[len(self.events) - limit.requests_per_minute][0] + WINDOW - now)
        if limit.tokens_per_minute is not None and self.tokens + tokens > limit.tokens_per_minute:
            freed = self.tokens + tokens - limit.tokens_per_minute
            running = 0
            for ts, n in self.events:
                running += n
                if running >= freed:
                    waits.append(ts + WINDOW - now)
                    break
            else:
                waits.append(WINDOW)  # larger than the whole budget: it never fits in one window
        return max(waits)


class RateLimiter:
    def __init__(self, limits: RateLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self._limits = limits
        self._clock = clock
        self._windows: dict[tuple[str, str], _Window] = {}

    @property
    def enabled(self) -> bool:
        return limits_enabled(self._limits)

    async def admit(self, user: str, upstream: str, tokens: int) -> RateDecision:
        return self.check(user, upstream, tokens)

    async def close(self) -> None:
        pass

    def check(self, user: str, upstream: str, tokens: int) -> RateDecision:
        """Admit and count the request, or say how long to wait; nothing is counted for a refused request."""
        now = self._clock()
        scopes = (("user", user, self._limits.per_user), ("upstream", upstream, self._limits.per_upstream))
        windows = []
        for scope, key, limit in scopes:
            window = self._windows.setdefault((scope, key), _Window())
            window.trim(now)
            wait = window.wait(limit, tokens, now)
            if wait > 0:
                return RateDecision(False, max(1, math.ceil(wait)), scope)
            windows.append(window)
        for window in windows:
            window.events.append((now, tokens))
            window.tokens += tokens
        return RateDecision(True)


def estimate_tokens(texts: list[str], max_tokens: object) -> int:
    prompt = sum(len(t) for t in texts) // 4 + 1
    return prompt + (max_tokens if isinstance(max_tokens, int) and max_tokens > 0 else 0)
