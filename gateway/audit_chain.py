"""The audit file: a keyed chain of JSON lines with signed checkpoints, and its verifier.

Every line is one JSON object ending in ``"seq"`` (its line number), ``"prev"`` (the MAC of the line before; the
first line: 64 zeros), ``"kid"`` (an identifier of the key, never the key) and ``"mac"``: HMAC-SHA256 with the
audit key over the line as written up to ``mac``. Without the key nobody can edit a line, remove or insert one,
or rewrite the file and recompute the chain without ``audit verify`` saying where.

Removing trailing lines leaves a shorter chain that is still whole, so every ``checkpoint_lines`` lines, every
``checkpoint_seconds`` with new lines and after ``gateway.stopped``, an ``audit.checkpoint`` line records the chain
id (the MAC of line 1), the number of lines before it and the MAC of the last of them, signed with the key. The
same checkpoint goes to the log stream (stdout), which lives elsewhere: ``audit verify FILE --log STREAM`` reports
a file shorter than a checkpoint in the stream as truncated.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEY_ENV = "GATEWAY_AUDIT_KEY"
MIN_KEY_CHARS = 32
GENESIS = "0" * 64
CHECKPOINT = "audit.checkpoint"
_MAC_TAIL = re.compile(rb',"mac":"([0-9a-f]{64})"\}$')
_TAIL_CHUNK = 65536


class AuditSetupError(Exception):
    """No usable key, or an existing file this gateway cannot continue; the message says what to do."""


def key_from(raw: str | None, *, source: Path | str | None = None, verifying: bool = False) -> bytes:
    """The audit key: ``raw`` (from ``audit.key`` or a key file), else $GATEWAY_AUDIT_KEY; at least 32 characters."""
    value = raw if raw else os.environ.get(KEY_ENV, "")
    where = f"{source}: " if source else ""
    if not value:
        if verifying:
            raise AuditSetupError(f"no audit key: set {KEY_ENV} or pass --key-file (the key the gateway writes with)")
        raise AuditSetupError(
            f'{where}audit.file is set but there is no audit key: set audit.key (e.g. "${{{KEY_ENV}}}") or the '
            f"{KEY_ENV} environment variable; `python -m gateway audit keygen` prints a new key"
        )
    if len(value) < MIN_KEY_CHARS:
        raise AuditSetupError(f"{where}the audit key is shorter than {MIN_KEY_CHARS} characters")
    return value.encode()


def key_id(key: bytes) -> str:
    """A public name for the key (so a wrong key can be told from a tampered line); reveals nothing of the key."""
    return hmac.new(key, b"gateway audit key id", hashlib.sha256).hexdigest()[:16]


def checkpoint_sig(key: bytes, chain: str, lines: int, head: str) -> str:
    return hmac.new(key, f"{CHECKPOINT}\n{chain}\n{lines}\n{head}".encode(), hashlib.sha256).hexdigest()


def _mac(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class _Head:
    seq: int  # lines in the file
    mac: str  # MAC of the last line (GENESIS when empty)
    checkpoint: bool  # the last line is a checkpoint


_EMPTY = _Head(0, GENESIS, True)


def _split(line: bytes) -> tuple[dict[str, Any], bytes, str]:
    """(record, the bytes the MAC covers, the MAC) of one keyed line; ValueError when it is not one."""
    match = _MAC_TAIL.search(line)
    if match is None:
        raise ValueError("no MAC at the end of the line")
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    return record, line[: match.start()] + b"}", match.group(1).decode()


class ChainFile:
    """Appends keyed lines; an exclusive lock (flock between processes, a mutex between threads) keeps it whole."""

    def __init__(self, path: Path, key: bytes, *, checkpoint_lines: int = 1000) -> None:
        self.path = path
        self._key = key
        self._kid = key_id(key)
        self._every = max(2, checkpoint_lines)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        self._mutex = threading.Lock()
        self._cached: tuple[int, _Head] | None = None  # (file size, head) after this process's last write
        self._chain: str | None = None
        try:
            with self._locked():
                self._head()
        except AuditSetupError:
            os.close(self._fd)
            raise

    def append(self, record: Mapping[str, Any]) -> dict[str, Any] | None:
        """Write ``record``; returns the checkpoint written after it when one was due (for the log stream too)."""
        with self._locked():
            head = self._write(record, self._head())
            if head.seq % self._every == 0 or record.get("event") == "gateway.stopped":
                return self._checkpoint(head)
        return None

    def checkpoint_if_due(self) -> dict[str, Any] | None:
        """A checkpoint when lines were written since the last one (called on a timer)."""
        with self._locked():
            head = self._head()
            return None if head.checkpoint else self._checkpoint(head)

    def close(self) -> None:
        os.close(self._fd)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._mutex:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _checkpoint(self, head: _Head) -> dict[str, Any]:
        chain = self._chain_id()
        record = {
            "event": CHECKPOINT,
            "level": "info",
            "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "chain": chain,
            "lines": head.seq,
            "head": head.mac,
            "kid": self._kid,
            "sig": checkpoint_sig(self._key, chain, head.seq, head.mac),
        }
        self._write(record, head)
        return {k: record[k] for k in ("chain", "lines", "head", "kid", "sig")}

    def _write(self, record: Mapping[str, Any], head: _Head) -> _Head:
        seq = head.seq + 1
        fields = {k: v for k, v in record.items() if k not in ("seq", "prev", "kid", "mac")}
        fields.update(seq=seq, prev=head.mac, kid=self._kid)
        body = json.dumps(fields, separators=(",", ":"), default=str)
        mac = _mac(self._key, body.encode())
        os.write(self._fd, f'{body[:-1]},"mac":"{mac}"}}\n'.encode())
        new = _Head(seq, mac, record.get("event") == CHECKPOINT)
        self._cached = (os.fstat(self._fd).st_size, new)
        if seq == 1:
            self._chain = mac
        return new

    def _head(self) -> _Head:
        size = os.fstat(self._fd).st_size
        if self._cached is not None and self._cached[0] == size:
            return self._cached[1]
        if size == 0:
            self._chain = None
            return _EMPTY
        last = self._last_line(size)
        try:
            record, _, mac = _split(last)
            seq, kid = record["seq"], record["kid"]
        except (ValueError, KeyError):
            raise AuditSetupError(
                f"{self.path}: the last line is not a keyed audit line (written by an older gateway without a key, "
                "or damaged): move the file aside, check it with `python -m gateway audit verify`, and start a new one"
            ) from None
        if kid != self._kid:
            raise AuditSetupError(
                f"{self.path}: written with a different audit key (key id {kid}, this key's id {self._kid}): keep "
                "the key that goes with the file, or move the file aside to start a new one under this key"
            )
        head = _Head(int(seq), mac, record.get("event") == CHECKPOINT)
        self._cached = (size, head)
        return head

    def _last_line(self, size: int) -> bytes:
        end = size
        data = b""
        while True:
            start = max(0, end - _TAIL_CHUNK)
            data = os.pread(self._fd, end - start, start) + data
            end = start
            body = data.rstrip(b"\n")
            if b"\n" in body or start == 0:
                return body.rsplit(b"\n", 1)[-1]

    def _chain_id(self) -> str:
        if self._chain is None:
            first = os.pread(self._fd, _TAIL_CHUNK, 0)
            while b"\n" not in first and len(first) % _TAIL_CHUNK == 0 and first:
                more = os.pread(self._fd, _TAIL_CHUNK, len(first))
                if not more:
                    break
                first += more
            self._chain = _split(first.split(b"\n", 1)[0])[2]
        return self._chain


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What ``audit verify`` found. ``status``: intact, broken, truncated, wrong_key or legacy."""

    status: str
    lines: int
    first_bad_line: int | None
    message: str
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.status == "intact"

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]


EXIT_CODES = {"intact": 0, "broken": 1, "truncated": 3, "wrong_key": 4, "legacy": 5}  # 2: unreadable, no key, usage


@dataclass(frozen=True, slots=True)
class _StreamCheckpoints:
    heads: dict[tuple[str, int], set[str]]  # (chain, lines) -> heads recorded there (signatures checked)
    other_key: int
    bad_signature: int


def stream_checkpoints(key: bytes, logs: Iterable[Path]) -> _StreamCheckpoints:
    """The checkpoints in log-stream files (any line holding a JSON object; other lines are skipped)."""
    kid = key_id(key)
    heads: dict[tuple[str, int], set[str]] = {}
    other = bad = 0
    for path in logs:
        with path.open("rb") as fh:
            for raw in fh:
                if CHECKPOINT.encode() not in raw:
                    continue
                start = raw.find(b"{")
                try:
                    event = json.loads(raw[start:]) if start >= 0 else None
                except ValueError:
                    continue
                if not isinstance(event, dict) or event.get("event") != CHECKPOINT:
                    continue
                try:
                    chain, lines, head, sig = str(event["chain"]), int(event["lines"]), str(event["head"]), event["sig"]
                except (KeyError, TypeError, ValueError):
                    bad += 1
                    continue
                if event.get("kid") != kid:
                    other += 1
                elif isinstance(sig, str) and hmac.compare_digest(sig, checkpoint_sig(key, chain, lines, head)):
                    heads.setdefault((chain, lines), set()).add(head)
                else:
                    bad += 1
    return _StreamCheckpoints(heads, other, bad)


def _lines(path: Path) -> Iterator[tuple[int, bytes, bool]]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            yield number, raw.rstrip(b"\n"), raw.endswith(b"\n")


def verify_file(path: Path, key: bytes, logs: Iterable[Path] = ()) -> VerifyReport:
    """Check every line's MAC, number and link, every checkpoint, and the log stream's checkpoints if given."""
    kid = key_id(key)
    stream = stream_checkpoints(key, logs)
    notes = []
    if stream.other_key:
        notes.append(f"{stream.other_key} checkpoint(s) in the log stream were written with another key (ignored)")
    if stream.bad_signature:
        notes.append(f"{stream.bad_signature} checkpoint(s) in the log stream have a bad signature (ignored)")
    prev, chain, count, last_checkpoint = GENESIS, "", 0, 0

    def broken(number: int, why: str) -> VerifyReport:
        return VerifyReport("broken", number, number, f"chain broken: {why}", tuple(notes))

    for number, line, complete in _lines(path):
        count = number
        try:
            record, body, mac = _split(line)
        except ValueError:
            if number == 1 and _is_legacy(line):
                return _verify_legacy(path)
            return broken(number, "not a keyed audit line" + ("" if complete else " (incomplete last line)"))
        line_kid = record.get("kid")
        if line_kid != kid:
            if number == 1:
                return VerifyReport(
                    "wrong_key",
                    number,
                    None,
                    f"wrong key: the file was written with key id {line_kid}, this key's id is {kid} "
                    "(use the key the gateway writes with; if it is the right one, the whole file was rewritten)",
                    tuple(notes),
                )
            return broken(number, f"written with another key (key id {line_kid}) than the lines before")
        if not hmac.compare_digest(mac, _mac(key, body)):
            return broken(number, "its MAC does not match: the line was changed")
        if record.get("seq") != number:
            return broken(number, f"it says it is line {record.get('seq')}: lines were removed, inserted or reordered")
        if record.get("prev") != prev:
            return broken(number, "its prev does not match the line before: lines were removed, inserted or reordered")
        if number == 1:
            chain = mac
        if record.get("event") == CHECKPOINT:
            expected = (chain, number - 1, prev, checkpoint_sig(key, chain, number - 1, prev))
            if (record.get("chain"), record.get("lines"), record.get("head"), record.get("sig")) != expected:
                return broken(number, "a checkpoint that does not match the lines before it")
            last_checkpoint = number
        recorded = stream.heads.get((chain, number), {mac})
        if recorded != {mac}:
            why = "not the line a checkpoint in the log stream recorded: the file was cut, then written on"
            return broken(number, why)
        prev = mac
    longest = max((n for (c, n) in stream.heads if c == chain), default=0)
    if count == 0 and stream.heads:
        return VerifyReport(
            "truncated", 0, None, "truncated: the file is empty, the log stream has checkpoints", tuple(notes)
        )
    if longest > count:
        return VerifyReport(
            "truncated",
            count,
            None,
            f"truncated: a checkpoint in the log stream records {longest} lines, the file has {count}",
            tuple(notes),
        )
    if count and last_checkpoint != count:
        notes.append(
            f"{count - last_checkpoint} line(s) after the last checkpoint (line {last_checkpoint}) are not yet covered "
            "by one (normal while the gateway runs)"
        )
    if longest:
        notes.append(f"matches the log stream's latest checkpoint ({longest} lines)")
    return VerifyReport("intact", count, None, f"{count} lines, chain intact", tuple(notes))


def _is_legacy(line: bytes) -> bool:
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and record.get("prev") == GENESIS and "mac" not in record


def _verify_legacy(path: Path) -> VerifyReport:
    """A file from before audit keys: an unkeyed SHA-256 chain that anyone can recompute."""
    prev = GENESIS
    count = 0
    for number, line, _ in _lines(path):
        count = number
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or record.get("prev") != prev:
            return VerifyReport("broken", number, number, "chain broken: its prev hash does not match the line before")
        prev = hashlib.sha256(line).hexdigest()
    return VerifyReport(
        "legacy",
        count,
        None,
        f"{count} lines of an unkeyed chain (written before audit keys): consistent, but anyone can recompute it, "
        "so it proves nothing; keep it as it is and let the gateway start a new, keyed file",
    )
