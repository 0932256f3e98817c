"""Errors the pipeline turns into responses.

    GatewayError                 an answer in the protocol's error shape (status, type, code, message)
    ├── Refusal                  refused before anything goes upstream (4xx; 503 when it cannot be scanned)
    └── UpstreamError            the approved upstream failed (502/504); ``kind`` is a closed set for metrics

A block is a decision, not an exception: see gateway.policy.decision.Block.
Messages are shown to employees and logged: they never contain prompt text, a detected value or a key.
``retry_after`` marks a transient failure: the answer tells the SDKs to retry (``x-should-retry: true``) after
that many seconds; without it they are told not to.
"""

from __future__ import annotations


class GatewayError(Exception):
    def __init__(
        self,
        status: int,
        err_type: str,
        code: str,
        message: str,
        *,
        reason: str,
        headers: dict[str, str] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.headers = headers or {}
        self.status = status
        self.err_type = err_type
        self.code = code
        self.message = message
        self.reason = reason  # closed set, for audit and metrics
        self.retry_after = retry_after


class Refusal(GatewayError):
    """Refused before forwarding; nothing reached the upstream."""


class UpstreamError(GatewayError):
    """The upstream could not be reached or broke the protocol."""

    def __init__(self, kind: str, message: str, *, retry: bool = True, status: int | None = None) -> None:
        status = status or (504 if kind == "timeout" else 502)
        super().__init__(
            status, "api_error", f"upstream_{kind}", message, reason="upstream", retry_after=1 if retry else None
        )
        self.kind = kind  # connect | timeout | protocol
