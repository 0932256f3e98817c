"""Audit: one JSON object per line through structlog: ``exchange.completed`` for every request, plus start-up,
shutdown, rules reloads and admin actions. Decisions, never content: no prompt or answer text, no detected value,
no key, no placeholder map.

Events go to stdout; with ``audit.file`` they are also appended to a keyed, tamper-evident file (see
``gateway.audit_chain``) by the ``AuditSink`` that ``configure_logging`` installs in the logging configuration;
``python -m gateway audit verify FILE`` checks it.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, WrappedLogger

from gateway.audit_chain import (
    KEY_ENV,
    ChainFile,
    VerifyReport,
    key_from,
    verify_file,
)
from gateway.exchange import Exchange

__all__ = ["KEY_ENV", "VerifyReport", "configure_logging", "emit", "exchange_completed", "key_from", "verify_file"]


class AuditSink:
    """The structlog processor that appends audit events to the chained file (with its checkpoint timer): an
    explicit object, installed in the logging configuration by ``configure_logging`` and closed by the next one."""

    def __init__(self, chain: ChainFile, checkpoint_seconds: float) -> None:
        self.chain = chain
        self._ticker = _Ticker(chain, checkpoint_seconds)

    def __call__(self, logger: WrappedLogger, method: str, event: EventDict) -> EventDict:
        if event.pop("audit", None):
            checkpoint = self.chain.append(event)
            if checkpoint is not None:
                _log.info("audit.checkpoint", **checkpoint)
        return event

    def close(self) -> None:
        self._ticker.stop()
        self.chain.close()


class _Ticker:
    """Writes a checkpoint every ``seconds`` when lines were appended since the last one (a daemon thread)."""

    def __init__(self, chain: ChainFile, seconds: float) -> None:
        self._chain = chain
        self._seconds = seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._seconds):
            try:
                record = self._chain.checkpoint_if_due()
            except OSError as exc:
                _log.error("audit.checkpoint_failed", error=exc.strerror)
                continue
            if record is not None:
                _log.info("audit.checkpoint", **record)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _drop_audit_mark(logger: WrappedLogger, method: str, event: EventDict) -> EventDict:
    """Without an audit file, audit events go to the log stream only."""
    event.pop("audit", None)
    return event


def installed_sink() -> AuditSink | None:
    """The audit file's sink in the current logging configuration, if one is installed."""
    return next((p for p in structlog.get_config()["processors"] if isinstance(p, AuditSink)), None)


def configure_logging(
    audit_file: Path | None = None,
    *,
    stream: TextIO | None = None,
    key: bytes | None = None,
    checkpoint_lines: int = 1000,
    checkpoint_seconds: float = 60.0,
) -> AuditSink | None:
    """JSON lines to stdout (or ``stream``); audit events also to ``audit_file`` when given, chained with ``key``.
    The sink of a previous configuration is closed first. Returns the new sink (``None`` without a file).

    Raises ``AuditSetupError`` when a file is given without a usable key, or the file cannot be continued.
    """
    previous = installed_sink()
    if previous is not None:  # closed and taken out first, so a failure below leaves no closed sink installed
        previous.close()
        structlog.configure(
            processors=[_drop_audit_mark if p is previous else p for p in structlog.get_config()["processors"]]
        )
    sink = None
    if audit_file is not None:
        chain = ChainFile(audit_file, key_from(None) if key is None else key, checkpoint_lines=checkpoint_lines)
        sink = AuditSink(chain, checkpoint_seconds)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            sink if sink is not None else _drop_audit_mark,
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return sink


def configure_from(settings: Any, *, stream: TextIO | None = None) -> None:
    """``configure_logging`` with the config's ``audit`` section (key from ``audit.key``, else $GATEWAY_AUDIT_KEY)."""
    cfg = settings.audit
    key = None
    if cfg.file is not None:
        key = key_from(cfg.key.get_secret_value() if cfg.key is not None else None, source=settings.source)
    configure_logging(
        cfg.file,
        stream=stream,
        key=key,
        checkpoint_lines=cfg.checkpoint_lines,
        checkpoint_seconds=cfg.checkpoint_seconds,
    )


_log = structlog.get_logger("gateway.audit")


def emit(event: str, *, level: str = "info", **fields: Any) -> None:
    """An audit event (start-up, shutdown, rules reload, admin action); ``level`` is ``info`` or ``warning``."""
    (_log.warning if level == "warning" else _log.info)(event, audit=True, **fields)


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


def verify_command(path: Path, *, logs: list[Path] | None = None, key_file: Path | None = None) -> int:
    """``audit verify``: print what was found; the exit code says which kind (see ``VerifyReport.exit_code``)."""
    from gateway.audit_chain import AuditSetupError

    try:
        raw = key_file.read_text(encoding="utf-8").strip() if key_file is not None else None
        key = key_from(raw, source=None, verifying=True)
    except (OSError, AuditSetupError) as exc:
        print(f"{path}: {exc.strerror if isinstance(exc, OSError) else exc}", file=sys.stderr)
        return 2
    try:
        report = verify_file(path, key, logs or [])
    except OSError as exc:
        print(f"{exc.filename or path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 2
    where = f"{path}:{report.first_bad_line}" if report.first_bad_line else str(path)
    print(f"{where}: {report.message}")
    for note in report.notes:
        print(f"  note: {note}")
    return report.exit_code


def check_setup(settings: Any) -> None:
    """Before workers start: a configured audit file needs a usable key and must be continuable with it.

    Raises ``YamlSourceError`` (the command line prints it and exits 2), so a bad set-up never half-starts.
    """
    from gateway.audit_chain import AuditSetupError
    from gateway.yamlsrc import Problem, YamlSourceError

    cfg = settings.audit
    if cfg.file is None:
        return
    try:
        key = key_from(cfg.key.get_secret_value() if cfg.key is not None else None)
        ChainFile(cfg.file, key).close()
    except AuditSetupError as exc:
        raise YamlSourceError([Problem(str(settings.source or "config"), None, str(exc))]) from None
    except OSError as exc:
        raise YamlSourceError([Problem(str(cfg.file), None, f"cannot open the audit file ({exc.strerror})")]) from None
