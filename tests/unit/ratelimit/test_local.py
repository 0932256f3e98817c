"""Rate limits per employee and per upstream, requests and tokens, on a controlled clock."""

from __future__ import annotations

from gateway.ratelimit.local import RateLimiter, estimate_tokens
from gateway.settings import Limit, RateLimits


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_requests_per_minute_per_user_with_retry_after() -> None:
    """The third request in a minute is refused with the seconds until the oldest leaves the window."""
    clock = Clock()
    limiter = RateLimiter(RateLimits(per_user=Limit(requests_per_minute=2)), clock)
    assert limiter.check("a", "openai", 10).allowed
    clock.now += 20
    assert limiter.check("a", "openai", 10).allowed
    clock.now += 10
    refused = limiter.check("a", "openai", 10)
    assert not refused.allowed and refused.retry_after == 30 and refused.scope == "user"
    assert limiter.check("b", "openai", 10).allowed  # another employee has their own window
    clock.now += 30
    assert limiter.check("a", "openai", 10).allowed


def test_tokens_per_minute_per_upstream() -> None:
    """An upstream's token budget is shared by everyone; refused requests are not counted."""
    clock = Clock()
    limiter = RateLimiter(RateLimits(per_upstream=Limit(tokens_per_minute=1000)), clock)
    assert limiter.check("a", "openai", 600).allowed
    refused = limiter.check("b", "openai", 600)
    assert not refused.allowed and refused.scope == "upstream" and refused.retry_after == 60
    assert limiter.check("b", "anthropic", 600).allowed
    assert limiter.check("b", "openai", 400).allowed
    assert not RateLimiter(RateLimits()).enabled and limiter.enabled


def test_token_estimate_counts_text_and_max_tokens() -> None:
    """The estimate is a quarter of the characters plus the requested completion size."""
    assert estimate_tokens(["x" * 400], 100) == 201
    assert estimate_tokens(["x" * 8], None) == 3
