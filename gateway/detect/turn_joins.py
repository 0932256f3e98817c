"""Normalisation: a value the employee cut at the end of a chat turn and finished in their next turn, often after
the assistant's warning in between ("my SSN, first part is 604-38⏎Assistant: please don't…⏎User: -2271",
"date of birth is 05/⏎User: 17/1992", "she was born⏎Assistant: …⏎User: May 3 1990"). The break between the pieces
(with at most two turns of another speaker in it) goes, so the recognizers read the value whole; the redaction of
the joined value then covers the turns between its pieces too.

Only a turn's continuation is joined: the second piece opens a line after a speaker's name ("User:", "Turn 2:").
Numbers join only where a separator stands at the cut ("604-" or "-2271") and the whole has a date's or an SSN's
shape; a birth cue joins only when it ends its line and a date's month or digits open the next turn.
"""

from __future__ import annotations

import re
from typing import Any

# a chat speaker at a line's start: "User:", "Assistant:", "Turn 2:", "me:"
# (round 24: and a numbered message or paste, "msg 2/2:", "paste 2:", "part 2:")
_SPEAKER = r"[A-Za-z][A-Za-z]{1,15}(?:[ \t]\d{1,2}(?:/\d{1,2})?)?[ \t]*:"
# the turn break, and up to two whole turns of another speaker before the employee's next one
_BREAK = rf"[ \t]*\r?\n(?:[ \t]*{_SPEAKER}[^\n]{{0,200}}\r?\n){{0,2}}[ \t]*{_SPEAKER}[ \t]*"
_NUMBER_CUT = re.compile(
    rf"(?<![\w/.-])(?P<a>\d{{1,4}}(?:[-/.]\d{{1,4}}){{0,2}}[-/.]?){_BREAK}"
    r"(?P<b>[-/.]?\d{1,4}(?:[-/.]\d{1,4}){0,2})(?![\w/.-])"
)
# round 23: or a phone's (a US number, "410-555⏎User: -0153", "912.555.⏎…⏎0196")
_JOINED = re.compile(r"\d{3}-\d{2}-\d{4}|\d{1,4}([-/.])\d{1,2}\1\d{2,4}|\d{3}([-.])\d{3}\2\d{4}")
# Round 23. The next turn says it finishes the value ("sorry got cut off - rest is 5591", "the remaining digits:
# 4471"): then no separator need stand at the cut, and the pieces may make a passport's or an A-Number's shape
# (a letter or two and digits, nine digits) as well as the shapes above
_REST_CUT = re.compile(
    rf"(?<![\w/.-])(?P<a>[A-Z]{{0,2}}\d{{2,8}}|\d{{1,4}}(?:[-/.]\d{{1,4}}){{0,2}}[-/.]?){_BREAK}"
    r"(?P<lead>[^\n\d]{0,40}?\b(?i:(?:the[ \t]+)?(?:rest|remainder|remaining|end|last[ \t]+(?:part|bit|digits))"
    r"(?:[ \t]+(?:of[ \t]+it|digits|part))?(?:[ \t]+(?:is|was|are|were))?)[ \t]*[:=-]?[ \t]*)"
    r"(?P<b>[-/.]?\d{1,8}(?:[-/.]\d{1,4}){0,2})(?![\w/.-])"
)
_REST_JOINED = re.compile(r"[A-Z]{1,2}\d{6,8}|\d{9}")
_REST_WORDS = ("rest", "remain", "end", "last")
# Round 24. The first turn says its piece is the beginning ("his number starts A22-", "first half A2041"), or the
# next says it finishes it ("and ends 5-108-463", "second half: 87352"): the pieces join when the whole, its hyphens
# dropped, is an A-Number's or an SSN's nine digits (or one of the shapes above as written)
_PART_CUE = re.compile(
    r"(?i:\b(?:first[ \t]+(?:half|part|bit|piece|portion|digits)|part[ \t]*(?:1|one)|starts?|begins?)"
    r"(?:[ \t]+with)?(?:[ \t]+(?:is|was))?)[ \t]*[:=]?[ \t]*$"
)
# (round 25: a short note in brackets saying more follows may end the first piece's turn, "starts A21 (rest in next
# msg)", "[cont.]", and the second piece may be spaced out, "7 55 08 14"; its blanks go with its hyphens)
_NOTE_WORD = r"(?i:rest|next|more|cont|below|follow|remain|second|part)"
_NOTE = (
    rf"(?:[ \t]*(?:\((?=[^()\n]{{0,30}}{_NOTE_WORD})[^()\n\d]{{1,40}}\)"
    rf"|\[(?=[^\[\]\n]{{0,30}}{_NOTE_WORD})[^\[\]\n\d]{{1,40}}\]|\.{{3}}|\u2026))?"
)
_PART_CUT = re.compile(
    rf"(?<![\w/.-])(?P<a>(?:A-?)?\d{{1,8}}(?:-\d{{1,4}}){{0,2}}-?){_NOTE}{_BREAK}"
    r"(?P<lead>[^\n\d]{0,40}?(?i:\b(?:and[ \t]+)?(?:(?:it[ \t]+)?ends?(?:[ \t]+(?:with|in))?"
    r"|(?:the[ \t]+)?(?:second|other|last)[ \t]+(?:half|part|bit|piece|portion)|part[ \t]*(?:2|two))"
    r"(?:[ \t]+(?:is|was))?)[ \t]*[:=-]?[ \t]*)?"
    r"(?P<b>-?\d{1,8}(?:[- ]\d{1,4}){0,4})(?![\w/-]|\.\w|[ \t]\d)"
)
_PART_JOINED = re.compile(r"A\d{8,9}|\d{9}")
# Round 24. A banner's level cut across two pastes or turns: "paste 1: TOP SE⏎paste 2: CRET//SI//NOFORN"
_LEVEL_CUT = re.compile(
    rf"(?<![A-Za-z])(?P<a>[A-Z]{{1,12}}(?:[ \t][A-Z]{{1,12}})?){_BREAK}(?P<b>[A-Z]{{1,12}})(?=//[ \t]*[A-Z(])"
)
# Round 26. A number cut into three turns, a separator at each cut ("ssn 318-⏎msg 2: 52-⏎msg 3: 6604"): joined when
# the whole has a date's, an SSN's or a phone's shape (_JOINED)
_THREE_CUT = re.compile(
    rf"(?<![\w/.-])(?P<a>\d{{1,4}}[-/.]?){_BREAK}(?P<b>[-/.]?\d{{1,4}}[-/.]?){_BREAK}"
    r"(?P<c>[-/.]?\d{1,4})(?![\w/.-])"
)
# (only after a value's label in the 60 characters before it: unlabelled pieces are caught one by one, more surely
# than the unlabelled whole would be)
_THREE_CUE = re.compile(r"(?i)\b(?:ssn|social|d\.?o\.?b|birth|born|phone|tel|cell|mobile)")
# Round 26. A card number sent in two turns of two four-digit groups ("text 1: card is 5425 2334⏎text 2: 3010
# 9904"): joined, a blank between the halves, only when the sixteen digits pass the Luhn check
_CARD_CUT = re.compile(rf"(?<![\w/.-])(?P<a>\d{{4}}([ -])\d{{4}}){_BREAK}(?P<b>\d{{4}}\2\d{{4}})(?![\w/.-]|[ -]\d)")
# Round 27. A number cut into pieces with no separator at the cuts, each piece opening the next numbered message or
# the next line ("callback is 337⏎msg 2: 555⏎msg 3: 0139", "the sevis id is N00⏎Turn 2: 4021⏎Turn 3: 1937", a
# passport's "C1⏎2345⏎678" in notes): joined only after a value's label in the 80 characters before the first piece,
# and only when the pieces make a phone's (3, 3, 4 digits) or an SSN's (3, 2, 4) groups exactly, or, led by a letter,
# a SEVIS ID's, a passport's, an A-Number's or a USCIS receipt's whole shape
_LINE_BREAK = rf"[ \t]*\r?\n[ \t]*(?:{_SPEAKER}[ \t]*)?"
# (round 28: a piece may hold blanks, "receipt starts EAC 27⏎Message 2: 4419 3306": then only a lettered shape
# joins, the blanks gone)
_PIECE_GROUPS = r"\d{1,4}(?:[ \t]\d{1,4}){0,2}"
_PIECES_CUT = re.compile(
    rf"(?<![\w/.-])(?P<a>(?:[A-Z]{{1,3}}[ \t]?)?{_PIECE_GROUPS}){_LINE_BREAK}(?P<b>{_PIECE_GROUPS})"
    rf"(?:{_LINE_BREAK}(?P<c>{_PIECE_GROUPS}))?"
    r"(?![\w/.-]|[ \t]*\r?\n[ \t]*\d|[ \t]\d)"
)
_PIECES_CUE = re.compile(
    r"(?i)\b(?:ssn|social|phone|tel|cell|mobile|callback|call[ \t]+back|number|sevis|passport|a-?num(?:ber)?"
    r"|alien|receipt|id)\b"
)
_PIECES_DIGIT_GROUPS = {(3, 3, 4), (3, 2, 4)}
_PIECES_LETTERED = re.compile(r"N\d{10}|[A-Z]\d{8}|A\d{8,9}|[A-Z]{3}\d{10}")
_SPEAKER_LINE = re.compile(rf"\n[ \t]*{_SPEAKER}")
_LEVELS = frozenset({"TOP SECRET", "TOPSECRET", "SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "CONTROLLED"})
_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)"
)
_CUE_CUT = re.compile(
    r"(?i:\b(?P<a>born(?:[ \t]+on)?|d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?(?:day|date))"
    r"(?:[ \t]+(?:is|was))?[ \t]*:?)"
    rf"{_BREAK}(?=(?i:{_MONTH_WORD})\.?[ \t]+\d|\d{{1,4}}[-/. ]\d)"
)


# Round 28. A birth date written in words or digits and cut across numbered messages or turns, the cut inside the
# date ("born the twenty-second⏎msg 2: of August⏎msg 3: nineteen seventy-nine", "date of birth is the 9th of⏎text2:
# June, 1987"): after a birth cue, when the words before the cut and those opening the next turn are all a date's
# words (day, "of", month, year, in words or digits), the cut reads as a blank; twice, for a date cut into three
_DATE_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?")
_DATE_VOCABULARY = frozenset(
    re.findall(
        r"\w+",
        "the of on and oh hundred thousand first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
        " twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth"
        " one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
        " eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
        " jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september"
        " october november december",
    )
)
# the very next line, after a speaker or a numbered message's name ("msg2:", "message 2:", "Turn 3:")
# (a numbered one, or the employee's own turn: a field's label, "contact:", is no turn)
_NEXT_TURN = r"[ \t]*\r?\n[ \t]*(?:[A-Za-z][A-Za-z]{1,15}[ \t]?\d{1,2}(?:/\d{1,2})?|(?i:user|me|human))[ \t]*:[ \t]*"
_DATE_CUT = re.compile(
    r"(?i:\b(?:born(?:[ \t]+on)?|d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?(?:day|date))"
    r"(?:[ \t]+(?:is|was))?[ \t]*:?)[ \t]+(?P<a>[A-Za-z0-9 \t,-]{1,40}?)"
    rf"(?P<cut>{_NEXT_TURN})(?P<b>[A-Za-z0-9 \t,-]{{1,40}})"
)


def _date_words_only(piece: str) -> bool:
    tokens = _DATE_TOKEN.findall(piece)
    return bool(tokens) and all(t.isdigit() or t[0].isdigit() or t.lower() in _DATE_VOCABULARY for t in tokens)


_WHOLE_YEAR = re.compile(
    r"\d{3}|(?i:\b(?:nineteen|twenty)[ \t-]+(?:oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)\b|\bthousand\b)"
)


def _date_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    b = m.group("b")
    if _WHOLE_YEAR.search(m.group("a")) is not None:
        return None  # the date before the cut has its year: whatever the next turn says is not of it
    head = _DATE_TOKEN.match(b.lstrip(" \t,"))
    if not _date_words_only(m.group("a")) or head is None or not _date_words_only(head.group(0)):
        return None
    found, start = m.group(0), m.start()
    cut_lo, cut_hi = m.start("cut") - start, m.end("cut") - start
    return found[:cut_lo] + " " + found[cut_hi:], [*range(cut_lo), (cut_lo, cut_hi), *range(cut_hi, len(found))]


def _number_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    a, b = m.group("a"), m.group("b")
    if not (a[-1] in "-/." or b[0] in "-/."):
        return None  # two numbers on two lines, neither cut
    b_start = m.start("b") - m.start() + (a[-1] in "-/." and b[0] in "-/.")  # one separator of two at the cut
    joined = a + m.group(0)[b_start:]
    if not _JOINED.fullmatch(joined):
        return None
    return joined, [*range(len(a)), *range(b_start, len(m.group(0)))]


def _three_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    found, start = m.group(0), m.start()
    if _THREE_CUE.search(m.string, max(0, start - 60), start) is None:
        return None
    kept: list[int] = []
    joined = ""
    for name in ("a", "b", "c"):
        lo, hi = m.start(name) - start, m.end(name) - start
        if joined and found[lo] in "-/.":
            if joined[-1] in "-/.":
                lo += 1  # one separator of two at the cut
        elif joined and joined[-1] not in "-/.":
            return None  # a cut with no separator: two numbers, not one
        joined += found[lo:hi]
        kept.extend(range(lo, hi))
    if not _JOINED.fullmatch(joined):
        return None
    return joined, kept


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _card_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    a, b = m.group("a"), m.group("b")
    digits = (a + b).replace(" ", "").replace("-", "")
    if digits[0] not in "3456" or not _luhn(digits):
        return None
    found = m.group(0)
    b_start = m.start("b") - m.start()
    sep = m.group(2)
    return a + sep + b, [*range(len(a)), (len(a), b_start), *range(b_start, len(found))]


def _rest_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    a, b = m.group("a"), m.group("b")
    b_start = m.start("b") - m.start() + (a[-1] in "-/." and b[0] in "-/.")
    joined = a + m.group(0)[b_start:]
    if not (_JOINED.fullmatch(joined) or _REST_JOINED.fullmatch(joined)):
        return None
    return joined, [*range(len(a)), *range(b_start, len(m.group(0)))]


def _part_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if m.group("lead") is None and _PART_CUE.search(m.string, max(0, m.start() - 40), m.start()) is None:
        return None  # two numbers on two turns, neither said to be a piece
    found, a = m.group(0), m.group("a")
    b_start = m.start("b") - m.start()
    joined = a + found[b_start:]
    if _JOINED.fullmatch(joined):
        return joined, [*range(len(a)), *range(b_start, len(found))]
    compact = joined.replace("-", "").replace(" ", "")
    if not _PART_JOINED.fullmatch(compact):
        return None
    kept = [i for i in [*range(len(a)), *range(b_start, len(found))] if found[i] not in "- "]
    return compact, kept


def _pieces_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if _PIECES_CUE.search(m.string, max(0, m.start() - 80), m.start()) is None:
        return None
    start = m.start()
    names = [n for n in ("a", "b", "c") if m.group(n) is not None]
    pieces = [m.group(n) for n in names]
    spans = [(m.start(n) - start, m.end(n) - start) for n in names]
    if any(" " in p or "\t" in p for p in pieces):
        kept = [i for lo, hi in spans for i in range(lo, hi) if m.group(0)[i] not in " \t"]
        compact = "".join(m.group(0)[i] for i in kept)
        return (compact, kept) if _PIECES_LETTERED.fullmatch(compact) else None
    if all(p.isdigit() for p in pieces):
        if tuple(len(p) for p in pieces) not in _PIECES_DIGIT_GROUPS:
            return None
        rel: list[Any] = []
        for i, (lo, hi) in enumerate(spans):
            if i:
                rel.append((spans[i - 1][1], lo))  # the cut reads as a hyphen
            rel.extend(range(lo, hi))
        return "-".join(pieces), rel
    joined = "".join(pieces)
    if not _PIECES_LETTERED.fullmatch(joined):
        return None
    return joined, [i for lo, hi in spans for i in range(lo, hi)]


def _level_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    a, b = m.group("a"), m.group("b")
    if (a + b) not in _LEVELS or a in _LEVELS or b in _LEVELS:
        return None
    b_start = m.start("b") - m.start()
    return a + b, [*range(len(a)), *range(b_start, len(m.group(0)))]


def _cue_cut(m: re.Match[str]) -> tuple[str, list[Any]]:
    cue = m.group(0)[: m.end("a") - m.start()]
    return cue + " ", [*range(len(cue)), (len(cue), len(m.group(0)))]


# Round 28b. A number sent as two chat bubbles or texts, each pasted as a quoted line ('"6011 0009 9013"⏎"9424 exp
# 04/29"', '"A 2 1 7 4"⏎"0 9 3 3 8 pls"'): joined, its blanks gone, only when the whole is a card number that
# passes the Luhn check (13 to 19 digits) or an A-Number (an A and eight or nine digits); the second bubble may go
# on in words after its digits
_QUOTED_CUT = re.compile(
    r"(?m:^[ \t]*[\"\u201c](?P<a>(?:[A-Z][ \t]?)?\d(?:[ \t]?\d){1,18})[\"\u201d][ \t]*\r?\n"
    r"[ \t]*[\"\u201c](?P<b>\d(?:[ \t]?\d){1,18})(?![\w/.-])(?=[ \t]*[\"\u201d]|[ \t]+[A-Za-z]))"
)
_QUOTED_A_NUMBER = re.compile(r"A\d{8,9}")


def _quoted_cut(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    found, start = m.group(0), m.start()
    kept = [
        i for name in ("a", "b") for i in range(m.start(name) - start, m.end(name) - start) if found[i] not in " \t"
    ]
    compact = "".join(found[i] for i in kept)
    card = compact.isdigit() and 13 <= len(compact) <= 19 and compact[0] in "3456" and _luhn(compact)
    if not card and _QUOTED_A_NUMBER.fullmatch(compact) is None:
        return None
    lead = m.start("a") - start
    return found[:lead] + compact, [*range(lead), *kept]


def join_turns(b: Any) -> None:
    """The rewrites above, on a normalize._Builder."""
    text = b.text
    if "\n" in text and ('"' in text or "\u201c" in text) and any(c.isdigit() for c in text):
        b.rewrite(_QUOTED_CUT, _quoted_cut)  # round 28b
        text = b.text
    if "\n" not in text or ":" not in text:
        return
    if any(c.isdigit() for c in text):
        b.rewrite(_NUMBER_CUT, _number_cut)
        lowered = text.lower()
        if any(w in lowered for w in _REST_WORDS):
            b.rewrite(_REST_CUT, _rest_cut)
    if any(c.isdigit() for c in b.text):
        b.rewrite(_PIECES_CUT, _pieces_cut)  # round 27
    for _ in range(2):
        b.rewrite(_DATE_CUT, _date_cut)  # round 28
    if _SPEAKER_LINE.search(b.text, b.text.find("\n")) is None:
        return  # no turn after the first line: nothing cut at a turn's end (round 24's steps below)
    if any(c.isdigit() for c in b.text):
        b.rewrite(_PART_CUT, _part_cut)
        b.rewrite(_THREE_CUT, _three_cut)
        b.rewrite(_CARD_CUT, _card_cut)
    if "//" in b.text:
        b.rewrite(_LEVEL_CUT, _level_cut)
    b.rewrite(_CUE_CUT, _cue_cut)
