"""Findings of recently scanned texts, so a conversation's history is not scanned again on every turn.

Chat clients send the whole conversation with each request: by the tenth turn a request repeats nine messages
the gateway has already scanned. The cache maps a keyed digest (BLAKE2b under a random per-process key) of the
rules version, the employee and the text to that text's findings. It holds no text and nothing that can be
turned back into text, lives in memory only, is bounded (least recently used out first), and is scoped per
employee, so one employee can never learn from a response time whether another sent the same words.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict

from gateway.detect.findings import Finding


class FindingsCache:
    """Not thread-safe: used from the event loop only (the scan itself runs in worker threads)."""

    def __init__(self, entries: int) -> None:
        self._entries = entries
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
        if not self.enabled:
            return
        self._items[key] = tuple(findings)
        self._items.move_to_end(key)
        while len(self._items) > self._entries:
            self._items.popitem(last=False)
