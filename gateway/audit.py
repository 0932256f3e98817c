"""Audit: one JSON object per line through structlog: ``exchange.completed`` for every request, plus start-up,
shutdown, rules reloads and admin actions. Decisions, never content: no prompt or answer text, no detected value,
no key, no placeholder map.

Events go to stdout; with ``audit.file`` they are also appended to a hash-chained file, where each line carries
the SHA-256 of the line before it (``python -m gateway audit verify FILE`` checks the chain).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import structlog

from gateway.exchange import Exchange

GENESIS = "0" * 64
_chain: ChainFile | None = None


class ChainFile:
    """Append-only, hash-chained JSON lines; an exclusive lock keeps the chain whole across worker processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)

    def append(self, record: dict[str, Any]) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            line = json.dumps({**record, "prev": self._last_hash()}, separators=(",", ":"), default=str)
            os.write(self._fd, line.encode() + b"\n")
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _last_hash(self) -> str:
        size = os.fstat(self._fd).st_size
        if size == 0:
            return GENESIS
        tail = os.pread(self._fd, min(size, 65536), max(0, size - 65536))
        last = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        return hashlib.sha256(last).hexdigest()

    def close(self) -> None:
        os.close(self._fd)


def _to_chain(logger: Any, method: str, event: dict[str, Any]) -> dict[str, Any]:
    if _chain is not None and event.get("audit"):
        _chain.append({k: v for k, v in event.items() if k != "audit"})
    event.pop("audit", None)
    return event


def configure_logging(audit_file: Path | None = None, *, stream: TextIO | None = None) -> None:
    """JSON lines to stdout (or ``stream``); audit events also to ``audit_file`` when given."""
    global _chain
    if _chain is not None:
        _chain.close()
    _chain = ChainFile(audit_file) if audit_file is not None else None
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _to_chain,
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)


_log = structlog.get_logger("gateway.audit")


def emit(event: str, **fields: Any) -> None:
    """An audit event (start-up, shutdown, rules reload, admin action)."""
    _log.info(event, audit=True, **fields)


def exchange_completed(ex: Exchange) -> dict[str, Any]:
    """The one event per request: who, where, what was decided under which rules, sizes and timings."""
    d = ex.decision
    p = ex.principal
    fields: dict[str, Any] = {
        "request_id": ex.request_id,
        "user_id": p.user_id if p else None,
        "component": p.component if p else None,
        "auth_method": p.method if p else None,
        "client_address": ex.client_address,
        "route": ex.route,
        "protocol": ex.protocol,
        "upstream": ex.upstream,
        "model": ex.model,
        "stream": ex.stream,
        "decision": ex.outcome,
        "reason": ex.reason,
        "findings": dict(d.counts) if d else {},
        "audited": dict(d.audited) if d else {},
        "rules": list(d.fired_rules) if d else [],
        "block_rule": d.block.rule_id if d and d.block else None,
        "policy": ex.policy,
        "rules_version": ex.rules_version,
        "shadow": ex.shadow,
        "status": ex.status,
        "upstream_status": ex.upstream_status,
        "upstream_error": ex.upstream_error,
        "dropped_parts": ex.dropped_parts,
        "bytes_in": ex.bytes_in,
        "bytes_out": ex.bytes_out,
        "segments": len(ex.segments),
        "segments_cached": ex.segments_cached,
        "scan_ms": _ms(ex.timings.scan),
        "upstream_first_byte_ms": _ms(ex.timings.upstream_first_byte),
        "total_ms": _ms(ex.timings.total),
    }
    emit("exchange.completed", **fields)
    return fields


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 2)


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    lines: int
    first_broken_line: int | None
    reason: str


def verify_chain(path: Path) -> ChainReport:
    """Walk the file: every line must be JSON whose ``prev`` is the SHA-256 of the line before."""
    prev = GENESIS
    count = 0
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip(b"\n")
            count = number
            try:
                record = json.loads(line)
            except ValueError:
                return ChainReport(False, count, number, "not a JSON line")
            if not isinstance(record, dict) or record.get("prev") != prev:
                return ChainReport(False, count, number, "its prev hash does not match the line before")
            prev = hashlib.sha256(line).hexdigest()
    return ChainReport(True, count, None, "chain intact")


def verify_command(path: Path) -> int:
    try:
        report = verify_chain(path)
    except OSError as exc:
        print(f"{path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 2
    if report.ok:
        print(f"{path}: {report.lines} events, chain intact")
        return 0
    print(f"{path}:{report.first_broken_line}: chain broken: {report.reason}")
    return 1
