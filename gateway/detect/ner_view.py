"""What spaCy's NER is shown of a text: the text without the parts that can hold no name, with a map back.

The model's cost grows with its tokens, and a pasted key, hash or pretty-printed JSON brings many that can never
be a person, place or date: long base64, hex and digit runs, and lines of punctuation alone (``{``, ``},``,
``---``). Those whole chunks (runs of non-space characters) are cut, with one space or line break next to them,
so every other chunk is tokenized exactly as in the full text and an entity's characters map back exactly.
The recognizers still see the full text; only the model's input is shorter. A text is cut only where that cuts a
fifth of it or more: the full text is tokenized as well (the recognizers need its tokens), and a key in a long
letter saves the model less than that second tokenization costs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

MIN_CUT_SHARE = 0.2  # of the text's characters, or the model sees it whole

# A machine string: base64 with digits and letters of both cases, alone between spaces, maybe quoted or bracketed.
# (Hex and digit runs stay: the model sometimes calls one part of a date, and a finding must not change.)
_MACHINE = re.compile(
    r"""(?<!\S)["'(\[{<]*(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[A-Za-z0-9+/_]{24,}={0,2}[)"'\]}>,;:.]*(?!\S)"""
)
# A line of punctuation alone: braces, brackets, rules, fences without a language.
_PUNCT_LINE = re.compile(r"(?m)^[ \t]*[{}\[\](),;:\"'`=<>|*#~-]+[ \t]*$")


@dataclass(frozen=True, slots=True)
class NerView:
    """``text`` is what the model sees; ``starts`` and ``origins`` map each kept piece back (same lengths)."""

    text: str
    starts: tuple[int, ...] = (0,)  # where each kept piece begins in ``text``
    origins: tuple[int, ...] = (0,)  # where the same piece begins in the original
    trimmed: bool = False  # whether anything was cut

    def start_to_original(self, pos: int) -> int:
        """An entity's first character: in the piece that holds it."""
        i = bisect_right(self.starts, pos) - 1
        return self.origins[i] + pos - self.starts[i]

    def end_to_original(self, pos: int) -> int:
        """An entity's end (exclusive): in the piece that holds its last character."""
        i = max(0, bisect_left(self.starts, pos) - 1)
        return self.origins[i] + pos - self.starts[i]


def _cuts(text: str) -> list[tuple[int, int]]:
    """Character ranges to cut: droppable chunks with one adjoining separator, merged, in order."""
    cuts = []
    for line in _PUNCT_LINE.finditer(text):
        end = line.end() + 1 if line.end() < len(text) else line.end()  # the line with its line break
        cuts.append((line.start(), end))
    for chunk in _MACHINE.finditer(text):
        start, end = chunk.span()
        if end < len(text) and text[end] == " ":
            end += 1
        elif start > 0 and text[start - 1] == " ":
            start -= 1
        cuts.append((start, end))
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for start, end in cuts:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def ner_view(text: str) -> NerView:
    """The text the model needs to see, and how to map its offsets back."""
    cuts = _cuts(text)
    if not cuts or sum(end - start for start, end in cuts) < MIN_CUT_SHARE * len(text):
        return NerView(text)
    parts, starts, origins = [], [], []
    at = length = 0
    for start, end in [*cuts, (len(text), len(text))]:
        if start > at:
            starts.append(length)
            origins.append(at)
            parts.append(text[at:start])
            length += start - at
        at = end
    if not parts:
        return NerView("", (0,), (len(text),), trimmed=True)
    return NerView("".join(parts), tuple(starts), tuple(origins), trimmed=True)
