"""Neutral text segments: what a protocol adapter extracts from a request body for the detector and the policy."""

from __future__ import annotations

from dataclasses import dataclass


class EmbeddedJson:
    """A path step: the string here holds a JSON document and the path goes on inside it. An object of its own,
    so that no key a client sends (``"$json"``, say) can be taken for it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<embedded json>"


class ObjectKey:
    """A path step: the next step names a key of the object here, and the path means that key itself, not its
    value (a key is text the vendor reads as much as a value is)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<object key>"


class ObjectEntry:
    """A path step: the next step names a key of the object here, and the path means the key and its value (a
    string, number or boolean) read together as ``key: value``, so that a key gives its value context
    (``{"ssn": 212674093}``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<object entry>"


Path = tuple[str | int | EmbeddedJson | ObjectKey | ObjectEntry, ...]


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of text of a request, with its place in the body.

    ``index`` is the segment's position in the request's list of segments;
    ``place`` is a human-readable location for messages to employees and audit
    ("message 3", "system prompt", "tool result in message 4"), never the text;
    ``role`` is who wrote it: system, developer, user, assistant, tool or definition
    (tool and function definitions); ``path`` is adapter-private: where in the JSON
    body the text lives, so the adapter can write a replacement back.
    """

    index: int
    text: str
    place: str
    role: str
    path: Path


@dataclass(frozen=True, slots=True)
class UnscannablePart:
    """A non-text part of a request (image, file, audio, token array) that no detector can read."""

    kind: str
    place: str
    path: Path | None = None  # where the part sits in its list, when the gateway may drop it instead of refusing
