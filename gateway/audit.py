"""Audit: structlog JSON lines, one ``exchange.completed`` event per request; never content, values or keys."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

import structlog

from gateway.exchange import Exchange

_file: Path | None = None


def configure_logging(audit_file: Path | None = None, *, stream: TextIO | None = None) -> None:
    global _file
    _file = audit_file
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(sort_keys=False),
        ],
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)


_log = structlog.get_logger("gateway.audit")


def emit(event: str, **fields: Any) -> None:
    _log.info(event, **fields)
    if _file is not None:
        _append(event, fields)


def _append(event: str, fields: dict[str, Any]) -> None:
    assert _file is not None
    prev = "0" * 64
    if _file.exists():
        lines = _file.read_text(encoding="utf-8").splitlines()
        if lines:
            prev = hashlib.sha256(lines[-1].encode()).hexdigest()
    line = json.dumps({"event": event, **fields, "prev": prev}, sort_keys=True, default=str)
    with _file.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def exchange_completed(ex: Exchange) -> dict[str, Any]:
    d = ex.decision
    p = ex.principal
    fields: dict[str, Any] = {
        "request_id": ex.request_id,
        "user_id": p.user_id if p else None,
        "component": p.component if p else None,
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
        "status": ex.status,
        "upstream_status": ex.upstream_status,
        "bytes_in": ex.bytes_in,
        "bytes_out": ex.bytes_out,
        "scan_ms": _ms(ex.timings.scan),
        "upstream_first_byte_ms": _ms(ex.timings.upstream_first_byte),
        "total_ms": _ms(ex.timings.total),
    }
    emit("exchange.completed", **fields)
    return fields


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 2)


def verify_command(path: Path) -> int:
    prev = "0" * 64
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            record = json.loads(line)
        except ValueError:
            print(f"{path}:{number}: not a JSON line")
            return 1
        if record.get("prev") != prev:
            print(f"{path}:{number}: hash chain broken")
            return 1
        prev = hashlib.sha256(line.encode()).hexdigest()
    print(f"{path}: chain intact")
    return 0
