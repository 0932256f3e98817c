"""Rate limits shared by every worker and replica: the same sliding windows as ratelimit.py, kept in Redis.

Each window is a sorted set of the requests of the last minute (score: Redis's own clock in ms, member:
a random id and the request's tokens). One Lua script trims, checks and counts both windows (the employee's and
the upstream's) atomically, so concurrent requests on different replicas can never both take the last slot.
Keys carry a digest of the employee's id, not the id, and share one hash tag so a Redis Cluster keeps them in one
slot.

If Redis does not answer, the worker's own in-memory window decides for the next few seconds (a rate limit is a
fairness control, not a data-safety one: it is better to limit per worker than to refuse everyone). Each failure
is counted in ``gateway_ratelimit_backend_errors_total`` and logged by its kind only; the recovery is logged too.
"""

from __future__ import annotations

import hashlib
import math
import time
import uuid

import redis.asyncio as aioredis
import structlog
from redis.exceptions import RedisError

from gateway.metrics import RATELIMIT_BACKEND_ERRORS
from gateway.ratelimit.local import WINDOW, RateDecision, RateLimiter, limits_enabled
from gateway.settings import RateLimits

log = structlog.get_logger("gateway.ratelimit")

KEY_PREFIX = "gateway:{ratelimit}:"
TIMEOUT_SECONDS = 0.5
RETRY_SECONDS = 5.0  # after a failure, how long the in-memory window decides before Redis is asked again

# KEYS: the employee's window and its token total, the upstream's window and its token total. ARGV: window ms,
# tokens, member id, then requests and tokens per minute for each window (0: no limit). Returns {allowed, wait ms,
# refusing window (1 or 2)}. An admitted request costs O(log n) in the window's size; only a refusal over the
# token budget walks the window, to find when enough tokens will have left it.
_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local tokens = tonumber(ARGV[2])
local function tokens_of(member)
  return tonumber(string.match(member, ':(%d+)$'))
end
for i = 1, 2 do
  local events, total = KEYS[2 * i - 1], KEYS[2 * i]
  local expired = redis.call('ZRANGEBYSCORE', events, '-inf', now - window)
  if #expired > 0 then
    local gone = 0
    for _, member in ipairs(expired) do
      gone = gone + tokens_of(member)
    end
    redis.call('DECRBY', total, gone)
    redis.call('ZREMRANGEBYSCORE', events, '-inf', now - window)
  end
  local rpm = tonumber(ARGV[2 + 2 * i])
  local tpm = tonumber(ARGV[3 + 2 * i])
  local wait = 0
  if rpm > 0 then
    local n = redis.call('ZCARD', events)
    if n >= rpm then
      local oldest = redis.call('ZRANGE', events, n - rpm, n - rpm, 'WITHSCORES')
      wait = math.max(wait, tonumber(oldest[2]) + window - now)
    end
  end
  if tpm > 0 then
    local used = tonumber(redis.call('GET', total) or '0')
    if used + tokens > tpm then
      local freed = used + tokens - tpm
      local running = 0
      local until_fits = window
      local all = redis.call('ZRANGE', events, 0, -1, 'WITHSCORES')
      for j = 1, #all, 2 do
        running = running + tokens_of(all[j])
        if running >= freed then
          until_fits = tonumber(all[j + 1]) + window - now
          break
        end
      end
      wait = math.max(wait, until_fits)
    end
  end
  if wait > 0 then
    return {0, wait, i}
  end
end
for i = 1, 2 do
  redis.call('ZADD', KEYS[2 * i - 1], now, ARGV[3] .. ':' .. tokens)
  redis.call('INCRBY', KEYS[2 * i], tokens)
  redis.call('PEXPIRE', KEYS[2 * i - 1], window)
  redis.call('PEXPIRE', KEYS[2 * i], window)
end
return {1, 0, 0}
"""
_SCOPES = {1: "user", 2: "upstream"}


def user_key(user: str) -> str:
    return f"{KEY_PREFIX}user:{hashlib.sha256(user.encode()).hexdigest()[:32]}"


def upstream_key(upstream: str) -> str:
    return f"{KEY_PREFIX}upstream:{upstream}"


def _window_keys(key: str) -> tuple[str, str]:
    return key, key + ":tokens"


class RedisRateLimiter:
    """Implements ``gateway.ratelimit.local.Limiter`` on one Redis; ``fallback`` decides while Redis is unavailable."""

    def __init__(
        self,
        limits: RateLimits,
        url: str,
        fallback: RateLimiter | None = None,
        retry_seconds: float = RETRY_SECONDS,
        timeout_seconds: float = TIMEOUT_SECONDS,
    ) -> None:
        self._limits = limits
        self._retry_seconds = retry_seconds
        self._client = aioredis.Redis.from_url(
            url, socket_timeout=timeout_seconds, socket_connect_timeout=timeout_seconds
        )
        self._script = self._client.register_script(_SCRIPT)
        self._fallback = fallback or RateLimiter(limits)
        self._down_until = 0.0  # 0 while Redis answers; else when to ask it again
        self._args = (
            int(WINDOW * 1000),
            *(
                v or 0
                for limit in (limits.per_user, limits.per_upstream)
                for v in (limit.requests_per_minute, limit.tokens_per_minute)
            ),
        )

    @property
    def enabled(self) -> bool:
        return limits_enabled(self._limits)

    @property
    def shared(self) -> bool:
        """False while the worker's own window decides because Redis did not answer."""
        return time.monotonic() >= self._down_until

    async def admit(self, user: str, upstream: str, tokens: int) -> RateDecision:
        if not self.shared:
            return await self._fallback.admit(user, upstream, tokens)
        window_ms, user_rpm, user_tpm, up_rpm, up_tpm = self._args
        try:
            allowed, wait_ms, scope = await self._script(
                keys=[*_window_keys(user_key(user)), *_window_keys(upstream_key(upstream))],
                args=[window_ms, tokens, uuid.uuid4().hex, user_rpm, user_tpm, up_rpm, up_tpm],
            )
        except (TimeoutError, RedisError, OSError) as exc:
            self._down_until = time.monotonic() + self._retry_seconds
            RATELIMIT_BACKEND_ERRORS.inc()
            log.warning("ratelimit.shared_window_unavailable", error=type(exc).__name__, retry_in_s=self._retry_seconds)
            return await self._fallback.admit(user, upstream, tokens)
        if self._down_until:
            self._down_until = 0.0
            log.info("ratelimit.shared_window_restored")
        if allowed:
            return RateDecision(True)
        return RateDecision(False, max(1, math.ceil(int(wait_ms) / 1000)), _SCOPES[int(scope)])

    async def close(self) -> None:
        await self._client.aclose()
