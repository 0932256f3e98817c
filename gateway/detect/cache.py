"""Findings of recently scanned texts, so a conversation's history is not scanned again on every turn.

Chat clients send the whole conversation with each request: by the tenth turn a request repeats nine messages
the gateway has already scanned. The cache maps a keyed digest (BLAKE2b under a random per-process key) of the
rules version, the employee and the text to that text's findings. It holds no text and nothing that can be
turned back into text, lives in memory only, is bounded in entries and in findings held (least recently used
out first; a pasted spreadsheet's thousands of findings cannot fill memory), and is scoped per employee, so
one employee can never learn from a response time whether another sent the same words.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict

from gateway.detect.findings import Finding

MAX_FINDINGS = 65_536  # across all entries: a few megabytes at most


class FindingsCache:
    """Not thread-safe: used from the event loop only (the scan itself runs in worker threads)."""

    def __init__(self, entries: int, max_findings: int = MAX_FINDINGS) -> None:
        self._entries = entries
        self._max_findings = max_findings
        self._held = 0
        self._key = secrets.token_bytes(32)
        self._items: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self._entries > 0

    def __len__(self) -> int:
        return len(self._items)

    def key(self, version: str, scope: str, text: str) -> bytes:
        digest = hashlib.blake2b(key=self._key, digest_size=16)
        for part in (version, scope):
            digest.update(part.encode())
            digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.digest()

    def get(self, key: bytes) -> tuple[Finding, ...] | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: bytes, findings: list[Finding]) -> None:
        if not self.enabled or len(findings) > self._max_findings:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self._held -= len(old)
        self._items[key] = tuple(findings)
        self._held += len(findings)
        while len(self._items) > self._entries or self._held > self._max_findings:
            _, evicted = self._items.popitem(last=False)
            self._held -= len(evicted)
