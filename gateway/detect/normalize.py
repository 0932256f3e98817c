"""Normalise a segment before detection, against evasion, keeping a map back to the original characters.

Detection runs on the normalised text; ``Normalized.to_original`` maps each finding back, so a redaction lands
on the characters the employee wrote (invisible characters inside a value are covered too). In order:

0. markup: HTML entities and percent-escapes are decoded (``&#53;`` → ``5``, ``%2F%2F`` → ``//``), HTML tags
   become a space or a line break (``<td>Passport</td><td>567204913</td>`` reads ``Passport 567204913``), inline
   tags inside a word go (marking_disguises.py), defanged addresses are refanged (``10.44.12[.]7``);
1. characters: invisible and formatting characters go (zero-width, bidi controls, soft hyphen, variation
   selectors, tags), combining marks after a Latin letter or digit go, odd spaces become a space, every dash
   becomes ``-``, full-width and other compatibility forms fold (NFKC), and Cyrillic or Greek look-alikes inside
   a Latin word become Latin letters;
2. spaced-out writing closes up (a "dash" between digits is a hyphen): ``S E C R E T``, ``S.E.C.R.E.T``,
   ``2 1 2 - 6 7 - 4 0 9 3``, ``C U I //``, a spaced-out password assignment (``p a s s w o r d = V i k i``);
3. numbers: digit-by-digit disguises are undone (digit_disguises.py: markdown emphasis inside a number,
   Cyrillic letters drawn like digits, ``1-5-3-9-…``, digits spelled out in Spanish, French, Vietnamese or
   Haitian Creole); spaces around a separator between digits go (``212 - 67 - 4093``); runs of spaces between
   digits stay, since they separate the columns of a pasted table; a value cut at a chat turn's end and
   finished in the next turn joins up (turn_joins.py);
4. markings: a marking split across a line break or spaced around ``//`` joins up, a line-broken hyphenated
   capital word joins up, and lower-case marking runs with ``//`` are upper-cased (``secret//noforn``).

Nothing here may change what a value looks like to a recognizer in a way the original could not: each step
only removes characters, folds one character into its plain form, or upper-cases marking vocabulary.
"""

from __future__ import annotations

import dataclasses
import html
import itertools
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gateway.detect import digit_disguises, encoded, marking_disguises, name_disguises, turn_joins
from gateway.detect.findings import Finding
from gateway.detect.labels import entity_for
from gateway.detect.recognizers.markings.syntax import MARKING_HEAD, SLASHED_RUN

Rel = int | tuple[int, int]

_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF9, 0xFFFB),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE007F),
    (0xE0100, 0xE01EF),
)
INVISIBLE = frozenset(chr(c) for lo, hi in _INVISIBLE_RANGES for c in range(lo, hi + 1))
# Round 28b. Invisible characters standing where a number's separators go ("215\u200c37\u200c4410", a file name
# renamed so that the SSN scan misses it): where they part an SSN's 3-2-4 groups exactly, each run of them reads as a
# hyphen, so the number keeps its shape; elsewhere (digits parted one by one, "6\u200b1\u200b7", a KTN's or an
# EDIPI's other groups) they only close up (_fold)
_INVISIBLE_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _INVISIBLE_RANGES)
_INVISIBLE_GROUPS = re.compile(
    rf"(?<![A-Za-z0-9{_INVISIBLE_CLASS}])\d{{3}}[{_INVISIBLE_CLASS}]+\d{{2}}[{_INVISIBLE_CLASS}]+\d{{4}}"
    rf"(?![A-Za-z0-9{_INVISIBLE_CLASS}])"
)
_INVISIBLE_RUN = re.compile(rf"[{_INVISIBLE_CLASS}]+")
# Cyrillic and Greek letters drawn like Latin ones (Unicode confusables), mapped only inside Latin words.
_CONFUSABLE_SOURCE = (
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0406\u0408\u0405\u0430"
    "\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455\u0501\u051b\u051d\u0391\u0392\u0395\u0396"
    "\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf\u03f2\u03bd\u03b1"
)
CONFUSABLES = str.maketrans(_CONFUSABLE_SOURCE, "ABEKMHOPCTXYIJSaeopcxyijsdqwABEZHIKMNOPTYXocva")
# The same Cyrillic letters read by their sound (Es is S, En is N, Er is R, Ve is V, U is U): tried when the
# drawing does not give a marking word (Cyrillic Es, Ie in "SECRET" are drawn "CECRET" and read "SECRET").
SOUNDS = str.maketrans("\u0421\u0441\u041d\u043d\u0420\u0440\u0412\u0432\u0423\u0443", "SsNnRrVvUu")
_CONFUSABLE_CHARS = frozenset(_CONFUSABLE_SOURCE)
MARKING_WORDS = (
    "TOP SECRET",
    "TOPSECRET",
    "SECRET",
    "CONFIDENTIAL",
    "UNCLASSIFIED",
    "CLASSIFIED",
    "NOFORN",
    "CONTROLLED",
    "CUI",
    "FOUO",
    "FOR OFFICIAL USE ONLY",
    "SENSITIVE",
    "ORCON",
)
_MARKING_VOCABULARY = frozenset(w for phrase in MARKING_WORDS for w in phrase.split())

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# Latin letters without a canonical decomposition, folded to the plain letter they are read as.
_LATIN_BASE = str.maketrans("ØøĐđŁłıĦħŦŧ", "OoDdLliHhTt")
_LETTER = r"[A-Za-z\u0370-\u03ff\u0400-\u052f]"
_MIXED_WORD = re.compile(rf"{_LETTER}*[\u0370-\u03ff\u0400-\u052f]{_LETTER}*")
# Four or more single characters, each followed by the same kind of separator: "S E C R E T", "S.E.C.R.E.T";
# the run may end right before a "//" ("S E C R E T//NOFORN"); a contraction's last letter does not open one ("it's
# 5 2 9 - 4 1 …").
_SPACED = re.compile(
    r"(?<![\w'\u2019])(?:[A-Za-z0-9/,-](?: {1,3}|\.|_)){3,}[A-Za-z0-9/](?!\w|/(?!/))"
    r"|(?<![\w/])(?:[0-9-] ){4,}[0-9](?![\w/])"
)
# "C U I //SP-PRVCY", and the "//" on the next line: "C U I⏎//⏎SP-PRVCY"
_SPACED_BEFORE_SLASHES = re.compile(r"(?<!\w)(?:[A-Za-z] {1,3}){2}[A-Za-z](?=[ \t]*(?:\r?\n[ \t]*)?//)")
_SPACED_SECRET = re.compile(r"(?i)(?<!\S)(?:p a s s(?: w o r d)?|p w d|p i n)[ ]?[:=][ ]?(?:\S[ ]){3,}\S(?!\S)")
_SECRET_BEFORE = re.compile(
    r"(?i)\b(?:password|passwd|pwd|passcode|passphrase|pin|clave|contrase[nñ]a|passwort|kennwort|mot[ \t]+de[ \t]+passe"
    r"|senha|mdp)[ \t]*(?:is|es|est|ist|[:=])?[ \t]*$"
)
# Round 29. A document number's label right before a number spelled a character at a time: "his KTN as T.T.9.P.…",
# "passport no. 5 4 8 K 2 …" (the number closes up whatever its letters)
_ID_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:ktn|known[ \t]+traveler(?:[ \t]+(?:number|no\.?|id|#))?|trusted[ \t]+traveler[ \t]+(?:number|no\.?|id)"
    r"|passid|redress(?:[ \t]+(?:number|no\.?|#))?|passport(?:[ \t]+(?:number|no\.?|#))?)"
    r"(?:[ \t]+(?:is|was|as|reads))?[ \t]*[:=#]?[ \t]*$"
)
_HTML_TAG = re.compile(
    r"</?(?i:a|abbr|b|br|div|span|p|td|th|tr|table|tbody|thead|tfoot|li|ul|ol|h[1-6]|i|em|strong|u|font|label|pre"
    r"|code|small|sup|sub|hr|section|article|header|footer|form|option|select|textarea|blockquote|dd|dt|dl|center"
    r"|caption|html|body|head|title)(?:\s[^<>]{0,200})?/?>"
)
_HTML_BLOCK = re.compile(r"(?i)</?(?:br|p|div|tr|table|li|ul|ol|h[1-6]|hr|section|article|header|footer|dd|dt|dl)\b")
_DASH_WORD = re.compile(r"(?<=\d)[ \t]+(?i:dash|hyphen)[ \t]+(?=\d)")  # "6 1 4 dash 2 0 dash 7 7 3 1"
_LETTER_AND_DIGITS = re.compile(r"[A-Z]\d{7,9}|N\d{10}|[A-Z]{3}\d{10}")  # A-Number, passport; SEVIS ID; receipt
_SPELLED_A_NUMBER = re.compile(r"[Aa]\d{8,9}$")
# Two or more capitalised words, each of two letters or more: only a name is spelled out so
_SPELLED_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_LETTER_AND_TWELVE = re.compile(r"[A-Z]-?\d{3}(?:-?\d){9}")  # Florida's, Maryland's, Michigan's licence numbers
_SPACED_KEY_ID = re.compile(r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{15,16}")  # round 15: one short, a character lost
# digits with letters O among them (an O is no code's letter when all the rest are digits)
_O_FOR_ZERO = re.compile(r"[\dOo]*[Oo][\dOo]*")
_O_TO_ZERO = str.maketrans("Oo", "00")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_LONG_RUN_BEFORE = re.compile(r"\d{3}$")
_LONG_RUN_AFTER = re.compile(r"\d{3}")
_ZIP_BEFORE = re.compile(r"(?<![\d-])\d{5}$")
# round 21: an e-mail address spelled out character by character, "j o . d o e @ e x a m p l e . o r g"
_SPACED_EMAIL = re.compile(r"(?<!\S)(?:[A-Za-z0-9._+-] ){2,64}@(?: [A-Za-z0-9-]){1,63}(?: [A-Za-z0-9.-]){2,190}(?!\S)")
_SEPARATOR_IN_NUMBER = re.compile(r"(?<=\d)[ \t]+([-./])[ \t]*(?=\d)|(?<=\d)([-./])[ \t]+(?=\d)")
# a defanged indicator, as incident reports write addresses: "10.44.12[.]7", "host(.)example[.]org", "a[@]b"
_DEFANGED = re.compile(r"(?<=[A-Za-z0-9])(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[@\]|\[at\])(?=[A-Za-z0-9])")
# Round 25. A label spelled a letter at a time with hyphens or dots between ("s-s-n", "S.S.N.", "d-o-b",
# "p-a-s-s-p-o-r-t"): read as the plain label (the letters kept, the separators gone) when the letters make a label of
# an identifier, a date of birth or a credential (labels.py; a name's label, "a.k.a.", stays as written). Both
# patterns open on the separator (the label's first letter stays outside the match, as written), so the scan skips
# from one hyphen or dot to the next.
_SPELLED_LABEL_HINT = re.compile(r"[-.][A-Za-z][-.][A-Za-z]")
_SPELLED_LABEL = re.compile(
    r"(?P<sep>[-.])(?<=(?<![\w.'-])[A-Za-z][-.])[A-Za-z](?:(?P=sep)[A-Za-z]){1,11}(?P<end>\.)?(?![\w-]|\.\w)"
)
_LOWER_PORTION = re.compile(r"\((?i:cui|fouo)\)")
_MARKING_JOIN = re.compile(
    r"(?<=[A-Za-z)])\.?[ \t]*(?:\r?\n)?[ \t]*//[ \t]*(?:\r?\n)?[ \t]*(?=[A-Za-z(])|(?<=[A-Z])-\r?\n(?=[A-Z]{2})"
    # the "//" itself cut by the line break: "SECRET/⏎/REL TO USA, FVEY"
    r"|(?<=[A-Z)])[ \t]*/[ \t]*\r?\n[ \t]*/[ \t]*(?=[A-Z(])"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and, for each of its characters, the index of the original character it came from."""

    original: str
    text: str
    offsets: tuple[int, ...] | None  # None: the identity (nothing changed)
    ends: tuple[int, ...] | None = None  # per character, the end of what it came from (an entity, a word)

    @property
    def changed(self) -> bool:
        return self.offsets is not None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[start, end)`` of normalised ``[start, end)``; empty spans stay empty."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        o_start = self.offsets[start]
        o_end = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        # a combining mark belongs to the letter before it
        # (round 24: and a keycap's enclosing mark, "5️⃣")
        while o_end < len(self.original) and unicodedata.category(self.original[o_end]) in ("Mn", "Me"):
            o_end += 1
        return o_start, o_end


class _Builder:
    """Applies regex rewrites to a text while keeping, per character, the original index it came from."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offsets: list[int] | None = None
        self.ends: list[int] | None = None

    def rewrite(
        self, pattern: re.Pattern[str], fn: Callable[[re.Match[str]], tuple[str, Sequence[Rel]] | None]
    ) -> None:
        """``fn`` gives the replacement and, per replacement character, its index within the match, or the
        ``(start, end)`` indexes of the part of the match it stands for (``&#47;`` → ``/``, ``dot`` → ``.``)."""
        pieces: list[str] = []
        offsets: list[int] = []
        ends: list[int] = []
        source, source_ends = self.offsets, self.ends

        def start_of(i: int) -> int:
            return i if source is None else source[i]

        def end_of(i: int) -> int:
            if source_ends is not None:
                return source_ends[i]
            return i + 1 if source is None else source[i] + 1

        def copy(a: int, b: int) -> None:  # characters a..b unchanged
            offsets.extend(range(a, b) if source is None else source[a:b])
            if source_ends is not None:
                ends.extend(source_ends[a:b])
            elif source is None:
                ends.extend(range(a + 1, b + 1))
            else:
                ends.extend(x + 1 for x in source[a:b])

        pos = 0
        changed = False
        for m in pattern.finditer(self.text):
            result = fn(m)
            if result is None:
                continue
            new, rel = result
            if new == m.group(0):
                continue
            changed = True
            copy(pos, m.start())
            pieces.append(self.text[pos : m.start()])
            pieces.append(new)
            base = m.start()
            for r in rel:
                a, b = (r, r + 1) if isinstance(r, int) else r
                offsets.append(start_of(base + a))
                ends.append(end_of(base + b - 1))
            pos = m.end()
        if not changed:
            return
        copy(pos, len(self.text))
        pieces.append(self.text[pos:])
        self.text = "".join(pieces)
        self.offsets = offsets
        self.ends = ends


# Round 28. A number with invisible characters typed between its digits ("6\u200b1\u200b7.3\u200b2…") was hidden on
# purpose: a finding of a number's kind that covers two or more of them is acted on even where the plain number,
# without a label, would not be (a dotted SSN alone scores 0.3). Fail closed: such a number is nobody's example.
_HIDDEN_NUMBER_TYPES = frozenset(
    {
        "US_SSN",
        "ITIN",
        "PHONE_NUMBER",
        "A_NUMBER",
        "US_PASSPORT",
        "DOD_EDIPI",
        "I94_NUMBER",
        "USCIS_RECEIPT_NUMBER",
        "CREDIT_CARD",
        "US_BANK_NUMBER",
        "DATE_OF_BIRTH",
    }
)
HIDDEN_NUMBER_SCORE = 0.6


# Round 28. A key split into string literals joined by "+" so that secret scanning misses it ("AKIAQ4" + "ZTMB…"):
# the literals join, the quotes and the plus signs between them gone, when the whole is a cloud access key id's or a
# token's shape (a run of two to four literals)
_LITERAL_PART = r"[A-Za-z0-9_/+=-]{2,40}"
_LITERAL_CONCAT = re.compile(
    rf"([\"']){_LITERAL_PART}\1(?:[ \t]*\+[ \t]*([\"']){_LITERAL_PART}\2)"
    rf"(?:[ \t]*\+[ \t]*([\"']){_LITERAL_PART}\3)?(?:[ \t]*\+[ \t]*([\"']){_LITERAL_PART}\4)?"
)
_JOINED_TOKEN = re.compile(
    r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20}"
    r"|xox[baprs]-[A-Za-z0-9-]{10,}"
)
_LITERAL_BODY = re.compile(r"[\"']([A-Za-z0-9_/+=-]+)[\"']")


def _joined_literals(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    bodies = list(_LITERAL_BODY.finditer(run))
    joined = "".join(b.group(1) for b in bodies)
    if not _JOINED_TOKEN.fullmatch(joined):
        return None
    keep = [i for b in bodies for i in range(b.start(1), b.end(1))]
    return joined, keep


def lift_hidden_numbers(original: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with those of a number hidden by invisible characters between its digits lifted to
    ``HIDDEN_NUMBER_SCORE`` (engine.py calls it once the findings are in original offsets)."""
    if not any(c in INVISIBLE for c in original):
        return findings
    out = []
    for f in findings:
        if f.entity_type in _HIDDEN_NUMBER_TYPES and f.score < HIDDEN_NUMBER_SCORE:
            inside = original[f.start : f.end]
            hidden = sum(c in INVISIBLE and inside[i - 1 : i].isdigit() for i, c in enumerate(inside))
            if hidden >= 2:
                f = dataclasses.replace(f, score=HIDDEN_NUMBER_SCORE)
        out.append(f)
    return out


def normalize(text: str) -> Normalized:
    """The text detection runs on, with the map back to ``text``."""
    b = _Builder(text)
    if "&" in text:
        b.rewrite(_HTML_ENTITY, _unescape)
    if "<" in b.text:
        marking_disguises.join_inline_tags(b)
        b.rewrite(_HTML_TAG, _blank_tag)
    if "%" in b.text:
        b.rewrite(_PERCENT_RUN, _unquote)
    if not b.text.isascii():
        b.rewrite(_INVISIBLE_GROUPS, _invisible_separators)  # round 28b
        b.rewrite(_NON_ASCII, _fold)
        if not b.text.isascii():
            digit_disguises.decode_cyrillic_digits(b)
            b.rewrite(_MIXED_WORD, _latin_lookalikes)
            if not b.text.isascii():
                _drop_emoji_separators(b)
    if "[" in b.text or "(." in b.text or "{." in b.text:
        b.rewrite(_DEFANGED, _refang)
    if "dash" in b.text.lower() or "hyphen" in b.text.lower():
        b.rewrite(_DASH_WORD, _dash_word)
    if _SPELLED_LABEL_HINT.search(b.text) is not None:
        b.rewrite(_SPELLED_LABEL, _spelled_label)
    if " " in b.text or "." in b.text or "_" in b.text:
        if "p a s s" in b.text.lower() or "p w d" in b.text.lower() or "p i n" in b.text.lower():
            b.rewrite(_SPACED_SECRET, _close_up_secret)
        if " @ " in b.text:
            b.rewrite(_SPACED_EMAIL, _spaced_email)
        b.rewrite(_SPACED, _close_up)
        if "//" in b.text:
            b.rewrite(_SPACED_BEFORE_SLASHES, _close_up)
    digit_disguises.decode_digits(b)
    if "+" in b.text and ('"' in b.text or "'" in b.text):
        b.rewrite(_LITERAL_CONCAT, _joined_literals)  # round 28
    turn_joins.join_turns(b)  # round 21
    if any(c.isdigit() for c in b.text):
        b.rewrite(_SEPARATOR_IN_NUMBER, _tighten_number)
    encoded.decode_markings(b)
    marking_disguises.undo_marking_disguises(b)
    name_disguises.undo_said_disguises(b)  # round 24: leetspeak names, ROT13 and backwards as the text says
    if "//" in b.text or "-\n" in b.text or "/\n" in b.text or "/\r\n" in b.text or "\n/" in b.text:
        b.rewrite(_MARKING_JOIN, _join_marking)
        b.rewrite(SLASHED_RUN, _upper_marking)
    if "(" in b.text:
        b.rewrite(_LOWER_PORTION, _upper_marking)
    before_decoding = b.text
    encoded.decode_all(b)
    if "//" in b.text and b.text != before_decoding:
        b.rewrite(SLASHED_RUN, _upper_marking)  # a marking in mixed case that base64 hid: "Secret//NOFORN"
    offsets = None if b.offsets is None else (*b.offsets, len(text))
    ends = None if b.ends is None else (*b.ends, len(text))
    return Normalized(text, b.text, offsets, ends)


# Round 24. Pictographs set between the words or numbers of one value to part it ("Winston 🙂 Alphonso 🙂 Greaves",
# "19 🎂 Nov 🎂 1946"): each such pictograph (with the blanks around it) reads as one blank, but only where two or
# more of them part a run of words, so a lone emoji in a sentence stays as written.
# (not ballot boxes and check marks, "Mar ☐ Apr ☐ May": a form's choices, each a value of its own)
_PICTOGRAPH = "\u2600-\u260f\u2613-\u2712\u2719-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_EMOJI_SEPARATOR = re.compile(rf"(?<=\w)[ \t]*[{_PICTOGRAPH}]{{1,4}}[ \t]*(?=\w)")
_HAS_PICTOGRAPH = re.compile(rf"[{_PICTOGRAPH}]")
_EMOJI_CHAIN_GAP = 24  # at most this many characters of words between two separators of one value


def _drop_emoji_separators(b: _Builder) -> None:
    if _HAS_PICTOGRAPH.search(b.text) is None:
        return
    spans = [m.span() for m in _EMOJI_SEPARATOR.finditer(b.text)]
    if len(spans) < 2:
        return
    chained = set()
    for (a0, a1), (b0, _) in itertools.pairwise(spans):
        if b0 - a1 <= _EMOJI_CHAIN_GAP and " " not in b.text[a1:b0].strip():
            chained.update({a0, b0})

    def blank(m: re.Match[str]) -> tuple[str, list[Rel]] | None:
        return (" ", [(0, len(m.group(0)))]) if m.start() in chained else None

    b.rewrite(_EMOJI_SEPARATOR, blank)


def _invisible_separators(m: re.Match[str]) -> tuple[str, list[Rel]]:
    run = m.group(0)
    out: list[str] = []
    rel: list[Rel] = []
    pos = 0
    for sep in _INVISIBLE_RUN.finditer(run):
        out.append(run[pos : sep.start()])
        rel.extend(range(pos, sep.start()))
        out.append("-")
        rel.append(sep.span())
        pos = sep.end()
    out.append(run[pos:])
    rel.extend(range(pos, len(run)))
    return "".join(out), rel


def _unescape(m: re.Match[str]) -> tuple[str, list[Rel]] | None:
    new = html.unescape(m.group(0))
    if new == m.group(0) or not new:
        return None
    whole = (0, len(m.group(0)))
    return new, [whole] * len(new)


def _blank_tag(m: re.Match[str]) -> tuple[str, list[Rel]]:
    whole = (0, len(m.group(0)))
    return ("\n" if _HTML_BLOCK.match(m.group(0)) else " "), [whole]


def _unquote(m: re.Match[str]) -> tuple[str, list[Rel]] | None:
    run = m.group(0)
    try:
        decoded = urllib.parse.unquote(run, errors="strict")
    except UnicodeDecodeError:
        return None
    if not decoded or not all(c.isprintable() for c in decoded):
        return None
    if len(decoded) * 3 == len(run):
        return decoded, [(3 * i, 3 * i + 3) for i in range(len(decoded))]
    return decoded, [(0, len(run))] * len(decoded)


def _refang(m: re.Match[str]) -> tuple[str, list[Rel]]:
    plain = "@" if ("@" in m.group(0) or "at" in m.group(0)) else "."
    return plain, [(0, len(m.group(0)))]


def _dash_word(m: re.Match[str]) -> tuple[str, list[Rel]]:
    return " - ", [(0, len(m.group(0)))] * 3


def _spelled_label(m: re.Match[str]) -> tuple[str, list[Rel]] | None:
    run = m.group(0)  # "-s-n", ".S.N.": the separators and every letter but the first
    if m.group("end") and m.group("sep") == "-":
        run = run[:-1]  # "my d-o-b." : the dot ends the sentence
    keep: list[Rel] = list(range(1, len(run), 2))
    letters = run[1::2]
    if entity_for((m.string[m.start() - 1] + letters).lower(), strict=True) in (None, "PERSON"):
        return None
    if len(run) < len(m.group(0)):
        return letters + ".", [*keep, len(run)]
    return letters, keep


def _labelled_id(text: str, start: int) -> bool:
    """Whether a document number's label stands right before ``start``."""
    return _ID_LABEL_BEFORE.search(text, max(0, start - 40), start) is not None


def _close_up_secret(m: re.Match[str]) -> tuple[str, list[int]]:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c != " " or (run[i - 1] == " " or run[i + 1] == " ")]
    return "".join(run[i] for i in keep), keep


def _fold(m: re.Match[str]) -> tuple[str, list[Rel]]:
    out: list[str] = []
    rel: list[Rel] = []
    run = m.group(0)
    before = m.string[m.start() - 1] if m.start() else ""
    for i, ch in enumerate(run):
        if ch in INVISIBLE:
            continue
        category = unicodedata.category(ch)
        if category == "Mn":
            prev = out[-1] if out else before
            if prev.isascii() and prev.isalnum():
                continue
            folded = ch
        elif category == "Zs":
            folded = " "
        elif ch in "\u2028\u2029\u0085":
            folded = "\n"
        elif category == "Pd" or ch == "\u2212":
            folded = "-"
        elif ch in _MIDDLE_DOTS and _between_digits(m.string, m.start() + i):
            folded = "."  # round 15: "604 · 38 · 2271", a number's groups parted by a middle dot or a bullet
        elif ch in _MIDDLE_DOTS and _between_single_letters(m.string, m.start() + i):
            folded = "."  # round 29: "C·U·I", letters set apart by middle dots read as a dotted acronym
        elif category == "Cf":
            continue
        elif category == "Me" and (out[-1] if out else before) in "0123456789#*":
            continue  # round 24: a keycap's enclosing mark ("4️⃣0️⃣5️⃣", the variation selectors gone already)
        elif category == "Nd":
            folded = str(unicodedata.decimal(ch))  # Arabic-Indic, Devanagari, Bengali … digits: "٢٠٢" → "202"
        elif category in ("Lu", "Ll"):
            # accents off Latin letters: "Muñoz" is read as "Munoz" by patterns written for ASCII
            plain = unicodedata.normalize("NFD", ch.translate(_LATIN_BASE))[0]
            folded = plain if plain.isascii() and plain.isalpha() else unicodedata.normalize("NFKC", ch)
        else:
            folded = unicodedata.normalize("NFKC", ch)
        out.append(folded)
        rel.extend([i] * len(folded))
    return "".join(out), rel


# (round 24: and the white bullet, the ring operator, circles: "1 4 3 ◦ 0 1 ◦ 8 8 4 6")
_MIDDLE_DOTS = "\u00b7\u2022\u2027\u2219\u22c5\u30fb\u25e6\u2218\u25cb\u25cf\u26ac"


def _between_single_letters(text: str, i: int) -> bool:
    """Whether ``text[i]`` stands between two letters each a word of its own ("C·U·I", not "Jean·ne")."""
    if i < 1 or i + 1 >= len(text) or not (text[i - 1].isascii() and text[i - 1].isalpha()):
        return False
    if not (text[i + 1].isascii() and text[i + 1].isalpha()):
        return False
    return not (i >= 2 and text[i - 2].isalpha()) and not (i + 2 < len(text) and text[i + 2].isalpha())


def _between_digits(text: str, i: int) -> bool:
    """Whether ``text[i]`` stands between two digits, a space or two on either side allowed."""
    before = text[max(0, i - 3) : i].rstrip(" ")
    after = text[i + 1 : i + 4].lstrip(" ")
    return before[-1:].isdigit() and after[:1].isdigit()


def _latin_lookalikes(m: re.Match[str]) -> tuple[str, list[int]] | None:
    word = m.group(0)
    if not any(c.isascii() for c in word) and not all(c in _CONFUSABLE_CHARS for c in word):
        return None  # a word in Cyrillic or Greek, not a disguised Latin one
    if not all(c.isascii() or c in _CONFUSABLE_CHARS for c in word):
        return None
    drawn = word.translate(CONFUSABLES)
    if drawn.upper() not in _MARKING_VOCABULARY:
        heard = word.translate(SOUNDS).translate(CONFUSABLES)
        if heard.upper() in _MARKING_VOCABULARY:
            return heard, list(range(len(word)))
    return drawn, list(range(len(word)))


def _spaced_email(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c != " "]
    domain = run[run.index("@") + 1 :]
    if "." not in domain or domain.rstrip(" .").endswith("-") or not run[keep[-1]].isalpha():
        return None
    return "".join(run[i] for i in keep), keep


def _close_up(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    # one separator between letters goes; a wider gap was a space between words and stays one space
    # (round 27: and in letters set apart by dots, one space after a letter ends a word: "P.R.O.T.E.C.T.E.D C.R.I.T…")
    keep = [
        i
        for i, c in enumerate(run)
        if c not in " ._"
        or (c == " " and run[i - 1] != " " and run[i + 1] == " ")
        or (c == " " and i >= 2 and run[i - 1].isalpha() and run[i - 2] == "." and run[i + 2 : i + 3] == ".")
    ]
    joined = "".join(run[i] for i in keep)
    if any(c.isdigit() for c in joined):
        labelled = _SECRET_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
        if labelled and " " not in joined and any(c.isalpha() for c in joined):
            return joined, keep  # a password spaced out after its label: "su clave es P a l o m a 2 0 2 6"
        if _labelled_id(m.string, m.start()) and " " not in joined and 6 <= len(joined) <= 15 and joined.isalnum():
            return joined, keep  # round 29: "KTN as T.T.9.P.4.…", a document number spelled out after its label
        if _LETTER_AND_DIGITS.fullmatch(joined):
            return joined, keep  # "A 2 0 9 3 3 1 5 7 8": an A-Number or a passport number spaced out
        if _LETTER_AND_DIGITS.fullmatch(compact := joined.replace(" ", "").replace("-", "")):
            return compact, [i for i in keep if run[i] not in " -"]  # "A 2 0 7 - 6 6 1 - 4 3 8", "A  2 1 9  8 8 0"
        if _LETTER_AND_TWELVE.fullmatch(joined):
            return joined, keep  # round 15: "W.2.1.7.-.6.6.0.-…": a licence number (a letter, twelve digits)
        if _SPACED_KEY_ID.fullmatch(joined):
            return joined, keep  # "A K I A Q 4 W 7 …": a cloud access key id spelled out
        tail = _SPELLED_A_NUMBER.search(compact)
        if tail is not None and (tail.start() == 0 or compact[: tail.start()].isalpha()):
            # "A n u m a - 2 1 7 - 6 6 0 - 4 1 9": a label spaced out as well runs into the A-Number
            kept = [i for i in keep if run[i] not in " -"]
            head = kept[: tail.start()]
            number = "A" + tail.group(0)[1:]
            if not head:
                return number, kept
            return compact[: tail.start()] + " " + number, [*head, head[-1] + 1, *kept[tail.start() :]]
        if _O_FOR_ZERO.fullmatch(compact) and len(compact) >= 8 and sum(c.isdigit() for c in compact) >= 3:
            # round 20: a letter O typed for a zero in a number spelled out digit by digit ("O 2 1 5 0 2 O 1 1")
            kept = [i for i in keep if run[i] not in " -"]
            return compact.translate(_O_TO_ZERO), kept
        if sum(c.isdigit() for c in joined) < 7 or any(c.isalpha() for c in joined):
            return _spelled_words(run)  # short lists ("1 2 3 4 5") and codes stay as written
        return joined.replace(" ", ""), [i for i in keep if run[i] != " "]
    if joined.isupper() and sum(c.isalpha() for c in joined) >= 4:
        return joined, keep
    upper = joined.upper()
    # round 27: a marking spelled out in title case ("S e n s i t i v e  S e c u r i t y  I n f o r m a t i o n")
    # reads as the marking, before it could be taken for a name's capitalised words
    if " " in joined and _MARKING_TITLE.fullmatch(joined):
        return upper, keep
    if _SPELLED_NAME.fullmatch(joined):
        return joined, keep  # "N g u y e n   V a n   T h a n h": a name spelled out letter by letter
    if any(word.replace(" ", "") in upper.replace(" ", "") for word in MARKING_WORDS):
        return upper, keep
    return _spelled_words(run)


# round 27: the title-case words of a marking's banner, spelled out ("Sensitive Security Information", "Controlled
# Unclassified Information", "For Official Use Only")
_MARKING_TITLE = re.compile(
    r"(?:Sensitive Security Information|Controlled Unclassified Information|For Official Use Only|Top Secret"
    r"|Law Enforcement Sensitive)"
)
_GAP = re.compile(r" {2,}")
_SPELLED_LETTERS = re.compile(r"[A-Za-z](?: [A-Za-z])+")
_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _spelled_words(run: str) -> tuple[str, list[int]] | None:
    """Round 24. A spaced-out run whose words (set apart by wider gaps) are not all of one kind: "E r i c k  T z u l
    C h o c   D O B  1 9": the words spelled a letter at a time close up, the rest stays as written, and a wider gap
    stays one blank; only when two or more of the closed-up words in a row make a name's shape, and not when the
    run opens with a number (a spaced-out address, "2 2 1 7   R i o   V i s t a   D r , …", is digit_disguises.py's)."""
    if "  " not in run:
        return None
    if (date := _spelled_date(run)) is not None or run[0].isdigit():
        return date
    keep: list[int] = []
    words: list[str | None] = []  # a closed-up word, or None for one left as written
    pos = 0
    for gap in [*_GAP.finditer(run), None]:
        end = len(run) if gap is None else gap.start()
        segment = run[pos:end]
        if _SPELLED_LETTERS.fullmatch(segment):
            keep.extend(pos + i for i in range(0, len(segment), 2))
            words.append(segment[::2])
        else:
            keep.extend(range(pos, end))
            words.append(None)
        if gap is not None:
            keep.append(gap.start())
            pos = gap.end()
    in_a_row = best = 0
    for w in words:
        in_a_row = in_a_row + 1 if w is not None and _NAME_WORD.fullmatch(w) else 0
        best = max(best, in_a_row)
    if best < 2:
        return None
    return "".join(run[i] for i in keep), keep


# Round 27. A date typed a character at a time, its parts set apart by wider gaps, as OCR gives a form's field
# ("0 9  M A Y  2 0 0 1", "M A Y  0 9  2 0 0 1"): every part closes up, a wider gap stays one blank, only when the
# result is a day, a month's name and a year
_SPELLED_PART = re.compile(r"[A-Za-z0-9](?: [A-Za-z0-9])*(?: ?,)?")
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_CLOSED_DATE = re.compile(rf"\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}")


def _spelled_date(run: str) -> tuple[str, list[int]] | None:
    keep: list[int] = []
    pos = 0
    for gap in [*_GAP.finditer(run), None]:
        end = len(run) if gap is None else gap.start()
        segment = run[pos:end]
        if not _SPELLED_PART.fullmatch(segment):
            return None
        keep.extend(pos + i for i, c in enumerate(segment) if c != " ")
        if gap is not None:
            keep.append(gap.start())
            pos = gap.end()
    joined = "".join(run[i] for i in keep)
    return (joined, keep) if _CLOSED_DATE.fullmatch(joined) else None


def _tighten_number(m: re.Match[str]) -> tuple[str, list[int]] | None:
    sep = m.group(1) or m.group(2)
    if m.group(2) == "." and _LONG_RUN_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return None  # "cell (907) 486-3172. 2 crew": a sentence ends after the number ("12. 04. 1992" still joins)
    if (
        sep == "/"
        and m.group(1)
        and _LONG_RUN_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        and _LONG_RUN_AFTER.match(m.string, m.end())
    ):
        if sep == "/" and _split_card(m):
            return "-", [m.group(0).index(sep)]  # round 27: "4123-4567 / 8901-2345", a card's halves set apart
        return None  # "Aklan 5600 / 0915 227 8140": two fields set apart ("1992 / 04 / 12" still joins)
    if (
        sep == "-"
        and m.group(1)
        and m.group(0)[-1] in " \t"
        and _ZIP_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
        and _LONG_RUN_AFTER.match(m.string, m.end())
    ):
        return None  # round 17: "Hazard, KY 41701 - 606-555-0132": a ZIP, then a spaced dash setting a phone apart
    i = m.group(0).index(sep)
    return sep, [i]


_CARD_HALF_BEFORE = re.compile(r"(?<![\d-])\d{4}[ -]\d{4}$")
_CARD_HALF_AFTER = re.compile(r"\d{4}[ -]\d{4}(?![\d-]|/\d)")


def _split_card(m: re.Match[str]) -> bool:
    """Round 27. Whether the slash ``m`` stands between two halves of a card number (four and four digits each side)
    whose sixteen digits pass the Luhn check."""
    before = _CARD_HALF_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
    after = _CARD_HALF_AFTER.match(m.string, m.end())
    if before is None or after is None:
        return False
    digits = [int(c) for c in before.group(0) + after.group(0) if c.isdigit()]
    if digits[0] not in (3, 4, 5, 6):
        return False
    total = sum(d if i % 2 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def _join_marking(m: re.Match[str]) -> tuple[str, list[int]] | None:
    found = m.group(0)
    if found.count("/") == 2 and "//" not in found:
        first, second = found.index("/"), found.rindex("/")
        line_start = m.string.rfind("\n", 0, m.start()) + 1
        if MARKING_HEAD.search(m.string, line_start, m.start()) is None:
            return None
        return "//", [first, second]
    if "//" not in found:
        return "", []
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if MARKING_HEAD.search(m.string, line_start, m.start()) is None:
        return None
    i = found.index("//")
    return "//", [i, i + 1]


def _upper_marking(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if run.isupper() or not run.isascii():
        return None
    return run.upper(), list(range(len(run)))
