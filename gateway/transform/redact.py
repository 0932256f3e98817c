"""Redact: write the policy's replacements into segment texts and remember placeholders for the answer."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from gateway.policy.decision import Operator, Redaction
from gateway.segments import Segment


class RedactionError(Exception):
    """The decision cannot be applied as given (overlapping or out-of-range spans); the request must be refused."""


class Placeholders:
    """Per-request placeholder book: the same value gets the same placeholder, different values different ones.

    Lives in the exchange only; the mapping is never logged or written anywhere.
    """

    def __init__(self, hash_key: bytes) -> None:
        self._hash_key = hash_key
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self.restorable: dict[str, str] = {}  # placeholder -> original value (pseudonymize only)

    def placeholder(self, entity_type: str, value: str, operator: Operator) -> str:
        if operator is Operator.MASK:
            return f"<{entity_type}>"
        if operator is Operator.HASH:
            digest = hmac.new(self._hash_key, f"{entity_type}\0{value}".encode(), hashlib.sha256).hexdigest()
            return f"<{entity_type}_{digest[:10]}>"
        key = (entity_type, value)
        found = self._by_value.get(key)
        if found is None:
            number = self._counters.get(entity_type, 0) + 1
            self._counters[entity_type] = number
            found = f"<{entity_type}_{number}>"
            self._by_value[key] = found
            self.restorable[found] = value
        return found


def redact(segments: Sequence[Segment], redactions: Sequence[Redaction], book: Placeholders) -> dict[int, str]:
    """New text for each segment that changes, keyed by segment index."""
    by_segment: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_segment.setdefault(r.segment_index, []).append(r)
    out: dict[int, str] = {}
    for index, items in by_segment.items():
        if not 0 <= index < len(segments):
            raise RedactionError(f"redaction names segment {index}, which does not exist")
        text = segments[index].text
        items.sort(key=lambda r: r.start)
        parts: list[str] = []
        cursor = 0
        for r in items:
            if r.start < cursor or r.end > len(text) or r.start >= r.end:
                raise RedactionError(f"redactions in segment {index} overlap or fall outside its text")
            parts.append(text[cursor : r.start])
            parts.append(book.placeholder(r.entity_type, text[r.start : r.end], r.operator))
            cursor = r.end
        parts.append(text[cursor:])
        out[index] = "".join(parts)
    return out
