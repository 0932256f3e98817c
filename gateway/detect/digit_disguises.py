"""Normalisation, third part: a number disguised digit by digit. Each rewrite keeps the map back to the original
characters (normalize.py):

- markdown emphasis inside or around a number: ``A**213**556**047**``, ``**671**-888-**2046**``,
  ``__04/17/1982__`` → ``A213556047``, ``671-888-2046``, ``04/17/1982``; and around the label before one
  (``**DOB** …``);
- a Cyrillic O or Ze, or a Greek Omicron, next to a digit (as in "O10", "6338" typed with them) becomes the
  digit it is drawn like;
- single digits joined by hyphens: ``1-5-3-9-0-2-6-4-7`` → ``153902647``, a passport's letter too
  (``P-0-4-1-…``); Chinese numerals read one per digit, seven or more (``一三九…``);
- a date whose digits are wrapped in underscores or hyphens, one by one or group by group:
  ``_14_/_02_/_1999_``, ``1_9_8_6-0_4-1_1``, ``1-9-9-8-/-0-3-/-2-1`` → ``14/02/1999``, ``1986-04-11``, ``1998/03/21``;
- digits spelled out in English, Spanish, French, German, Portuguese, Vietnamese or Haitian Creole, seven or more in
  a row (the words are read with their accents off, as normalisation leaves them): ``bảy một bốn, tám chín ba`` →
  ``714893``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from gateway.detect.date_words import NUMBER
from gateway.detect.labels import entity_for
from gateway.detect.recognizers.identifiers.uscis_receipt import CENTRES as RECEIPT_CENTRES
from gateway.detect.recognizers.personal.street_address import STATES as _STATES
from gateway.detect.recognizers.personal.street_address import SUFFIXES as _SUFFIXES

_MARKER = re.compile(r"\*{1,3}|__|~~")
# a token that holds a digit and emphasis marks, from a space or punctuation to a space or punctuation
# (bounded, one run of one class after the digit check: no backtracking over a long number)
_EMPHASIS_NUMBER = re.compile(
    r"(?<![^\s(\[:;,|])(?=[*_~A-Za-z#-]{0,8}[*_~/.-]{0,8}\d)[*_~A-Za-z#-]{0,8}[\d*_~/.-]{1,40}(?![^\s,;:)\]|])"
)
# emphasis around a label right before its value: "**DOB** 04/17/1982", "__SSN:__ 212-67-4093"
_EMPHASIS_LABEL = re.compile(r"(\*{1,2}|__)([A-Za-z][A-Za-z .'-]{0,30}[A-Za-z#.:])\1(?=[ \t]*:?[ \t]*[*_~]*[\d(+])")
_PLAIN_NUMBER = re.compile(r"[A-Za-z]{0,2}#?-?\d[\d/.-]*\d")

# Cyrillic O and Ze, Greek Omicron (round 28: and the Abkhasian Dze, the Latin Ezh and the Armenian Yi drawn like a
# 3, the Armenian Oh drawn like a 0: "555-02\u04e07")
_DIGIT_LIKE_LETTERS = "\u041e\u043e\u0417\u0437\u039f\u03bf\u04e0\u04e1\u01b7\u0292\u0545\u0555\u0585"
_CYRILLIC_DIGIT = re.compile(rf"(?<=\d)[{_DIGIT_LIKE_LETTERS}]+|[{_DIGIT_LIKE_LETTERS}]+(?=\d)")
_CYRILLIC_TO_DIGIT = str.maketrans(_DIGIT_LIKE_LETTERS, "0033003333300")

# Round 28. Latin letters typed for the digits they are drawn like, inside a number that is digits otherwise: O for
# 0, I or l for 1 ("(803) 555-O2\u04e07", "A3O7I52864"). A run of groups of digits and such letters (an A-Number's or a
# passport's letter may open it; not I or O, which are read as digits), each group holding a real digit, six real
# digits or more and the letters at most three and fewer than half the digits: an English word holds no digit, a
# code of letters and digits holds other letters.
_LOOK_GROUP = r"[\dOoIl]{2,12}"
_LOOKALIKE_NUMBER = re.compile(
    rf"(?<![\w.@/-])[A-HJ-NP-Z]?\(?{_LOOK_GROUP}(?:(?:\)[ \t]?|[-. ])\(?{_LOOK_GROUP}){{0,4}}\)?(?![\w@]|[-.]\w)"
)
_LOOKALIKE_LETTERS = re.compile(r"[OoIl]")
_LOOK_GROUPS = re.compile(r"[\dOoIl]+")
_LOOKALIKE_TO_DIGIT = str.maketrans("OoIl", "0011")
# Round 29. The same letters in a receipt number after its service centre's three letters ("WAC27O4l19935"): the
# centre is read as written, the ten characters after it as digits (at most three such letters, seven real digits)
_LOOKALIKE_RECEIPT = re.compile(rf"(?<![\w.@/-])(?:{'|'.join(RECEIPT_CENTRES)})[\dOoIl]{{10}}(?![\w@])")

# Chinese numerals one per digit, as phone and document numbers are read out: "一三九 一二三四 五六七八"
_CJK_DIGITS = re.compile(r"[〇零一二三四五六七八九](?:[ \t-]?[〇零一二三四五六七八九]){6,}")
_CJK_TO_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
# Round 26. Chinese numerals (and a letter O) swapped in for some of the digits of an SSN or a date written with its
# separators ("41三-2七-6O9一", "一9八4-0三-1七"): read as digits only when at least one Chinese numeral and two ASCII
# digits stand in a whole SSN's or date's shape, so Chinese text with a hyphen stays as written
_CJK_D = r"[0-9\u3007零一二三四五六七八九Oo]"
_CJK_MIXED = re.compile(
    rf"(?<![\w-]){_CJK_D}{{3}}-{_CJK_D}{{2}}-{_CJK_D}{{4}}(?![\w-])"
    rf"|(?<![\w/.-]){_CJK_D}{{4}}([-/.]){_CJK_D}{{2}}\1{_CJK_D}{{2}}(?![\w/.-])"
    rf"|(?<![\w/.-]){_CJK_D}{{1,2}}([-/.]){_CJK_D}{{1,2}}\2{_CJK_D}{{4}}(?![\w/.-])"
)
_CJK_MIXED_TO_DIGIT = str.maketrans("\u3007零一二三四五六七八九Oo", "0012345678900")
# round 21: a capital letter may open the run, as a passport's does ("P-0-4-1-8-2-9-3-7")
_DASHED_DIGITS = re.compile(r"(?<![\w-])(?:[A-Z]-)?\d(?:-\d){6,}(?![\w-])")
# round 21: a date's digits wrapped in underscores or hyphens ("_14_/_02_/_1999_", "1_9_8_6-0_4-1_1",
# "1-9-9-8-/-0-3-/-2-1"); rewritten only when what is left is a date (_INTERLEAVED_DATE), so "1_000_000" and a
# file name's "2026_12_06" stay as written
_INTERLEAVED = re.compile(r"(?<![\w/.-])_?\d[\d_/.-]{5,40}(?<=[\d_])(?![\w/.-])")
_DIGIT_BY_DIGIT = re.compile(r"\d(?:-\d)*(?:-?[/.]-?\d(?:-\d)*)+")
_INTERLEAVED_DATE = re.compile(r"\d{1,4}([/.-])\d{1,2}\1\d{2,4}")

# Round 23. A US address typed a character at a time, words set apart by wider gaps ("2 2 1 7   E l m   S t ,
# D a y t o n ,   O H   4 5 4 0 2"): closed up (one blank between characters goes, a wider gap stays one blank)
# only when the result is a house number ... a state's code and a ZIP (_CLOSED_ADDRESS)
# (round 27: a comma may hang on a word's last letter, "S t,  L a w r e n c e,", the characters parted by one blank
# and the words by two; a full stop may end the sentence after the ZIP)
_SPACED_ADDRESS = re.compile(r"(?<!\S)\d(?: {1,3}[A-Za-z0-9,.#'-],?){10,120} {1,3}[A-Za-z0-9](?=[.,;:!?)]?(?:\s|$))")
_CLOSED_ADDRESS = re.compile(
    r"\d{1,6}[A-Za-z]? [A-Za-z0-9 .,#'-]{2,80}, ?[A-Za-z][A-Za-z .'-]{1,40},? ?(?:" + _STATES + r") \d{5}(?:-?\d{4})?"
)
# Round 24. A number typed a digit at a time whose groups are parted by a separator with blanks, or by a line break
# ("1 9 . 0 8 . 2 0 0 1", "5 2 4⏎- 6 1 -⏎4 4 0 7", "1 4 3 . 0 1 . 8 8 4 6" once a bullet is read as a dot): closed
# up only when a group is spaced out and the whole is a date's, an SSN's or a phone's shape (_SPACED_SHAPE)
_GROUP_SEP = r"[ \t]*(?:\r?\n[ \t]*)?[-./][ \t]*(?:\r?\n[ \t]*)?"
_SPACED_GROUPS = re.compile(
    rf"(?<![\w.,/-])\d(?: \d){{0,3}}(?:{_GROUP_SEP}\d(?: \d){{0,3}}){{2}}(?![\w/-]|[ \t]*[-./][ \t]*\d|\.\w)"
)
_SPACED_DIGITS = re.compile(r"\d \d")
# (round 28: and a DoD ID's ten digits in groups of four, three and three)
_SPACED_SHAPE = re.compile(
    r"\d{3}([-.])\d{2}\1\d{4}|\d{3}([-.])\d{3}\2\d{4}|\d{1,4}([./-])\d{1,2}\3\d{2,4}|\d{4}([-.])\d{3}\4\d{3}"
)
_DIGIT_WORDS = {
    "english": {
        "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9",
    },
    "spanish": {
        "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
        "siete": "7", "ocho": "8", "nueve": "9",
    },
    "french": {
        "zero": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7",
        "huit": "8", "neuf": "9",
    },
    "vietnamese": {
        "khong": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "lam": "5",
        "sau": "6", "bay": "7", "tam": "8", "chin": "9",
    },
    "haitian": {
        "zewo": "0", "en": "1", "youn": "1", "yon": "1", "de": "2", "twa": "3", "kat": "4", "senk": "5",
        "sis": "6", "set": "7", "uit": "8", "wit": "8", "nef": "9",
    },
    # round 25: German and Portuguese; not German "ein" nor Portuguese "um" or "uma" (articles, an English filler),
    # and a run of German "null" alone (JSON's "null, null, …"), or "null" among lone digits ("[1, null, 4, …]"),
    # stays as written (_spelled_run, _mixed)
    "german": {
        "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "funf": "5", "fuenf": "5",
        "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    },
    "portuguese": {
        "dois": "2", "duas": "2", "tres": "3", "quatro": "4", "cinco": "5", "seis": "6", "meia": "6", "sete": "7",
        "oito": "8", "nove": "9",
    },
}  # fmt: skip
# No word means two digits in two languages, so one pattern reads them all, in one pass over the text.
_WORDS = {w: digit for words in _DIGIT_WORDS.values() for w, digit in words.items()}


def _trie(words: Iterable[str]) -> str:
    """One regex for a word list, branching letter by letter: far fewer alternatives tried at each position of
    the text than a flat ``one|two|…`` of sixty words."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(tree)


_WORD = _trie(_WORDS)
# round 15: a group may end with a spoken or typed dot ("four two eight . six one . three three nine five"), and an
# A-Number's letter stands before its digits ("A two zero four, two two seven, one six three")
# (round 27: groups parted by a slash, "three one nine / five two / …", and the words of a snake_case identifier,
# "test_user_five_one_eight__four_two__…", one underscore between digits and two between groups)
_RUN = re.compile(
    rf"(?i)(?<![^\W_]|-)(?:(?P<a>(?-i:A))[ \t]*[#:-]?[ \t]*)?{_WORD}"
    rf"(?:(?:[ \t]*[,./-]?[ \t]*|[ \t]+|_{{1,2}}){_WORD}){{6,}}(?![^\W_]|-)"
)
_PIECE = re.compile(rf"(?i){_WORD}")
# Round 24. Words and lone digits mixed in one run ("A, two-oh-six, 5 5 1, nine-oh-four", "six one oh, 5 5 5, oh one
# five three"): read as one number when two or more pieces are words and one or more a digit standing alone
_MIXED = rf"(?:{_WORD}|(?<!\d)\d(?!\d))"
_MIXED_RUN = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<a>(?-i:A))[ \t]*[#:,-]?[ \t]*)?{_MIXED}"
    rf"(?:(?:[ \t]*[,.-]?[ \t]*|[ \t]+){_MIXED}){{6,}}(?![\w-])"
)
_MIXED_PIECE = re.compile(rf"(?i){_WORD}|\d")
# a lone digit, and a digit's word near it: only then is the mixed run looked for
_LONE_DIGIT = re.compile(r"(?<![\w.,/:-])\d(?![\w/:]|[.,]\d)")
_WORD_NEAR = re.compile(rf"(?i)(?<![A-Za-z]){_WORD}(?![A-Za-z])")


def _emphasis_in_number(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    markers = list(_MARKER.finditer(run))
    if len(markers) < 2:
        return None
    dropped = {i for mk in markers for i in range(mk.start(), mk.end())}
    keep = [i for i in range(len(run)) if i not in dropped]
    stripped = "".join(run[i] for i in keep)
    body = stripped.rstrip(".")
    if any(c in "*_~" for c in stripped) or not _PLAIN_NUMBER.fullmatch(body):
        return None
    if sum(c.isdigit() for c in body) < 6:
        return None
    if all(_between_digits(run, mk) for mk in markers):
        return None  # "3*4*5" is arithmetic: markdown emphasis opens or closes somewhere
    return stripped, keep


def _between_digits(run: str, mk: re.Match[str]) -> bool:
    return mk.start() > 0 and mk.end() < len(run) and run[mk.start() - 1].isdigit() and run[mk.end()].isdigit()


def _emphasis_on_label(m: re.Match[str]) -> tuple[str, list[int]] | None:
    inner = m.group(2)
    if entity_for(inner.rstrip(":# ").strip()) is None:
        return None
    k = len(m.group(1))
    return inner, list(range(k, k + len(inner)))


def _cyrillic_digit(m: re.Match[str]) -> tuple[str, list[int]]:
    found = m.group(0)
    return found.translate(_CYRILLIC_TO_DIGIT), list(range(len(found)))


def _lookalike_number(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    start = 1 if run[0].isalpha() and run[0] not in "OoIl" else 0
    letters = len(_LOOKALIKE_LETTERS.findall(run, start))
    digits = sum(c.isdigit() for c in run)
    if not 1 <= letters <= 3 or digits < 6 or 2 * letters >= digits:
        return None
    groups = _LOOK_GROUPS.findall(run, start)
    if not all(any(c.isdigit() for c in g) for g in groups):
        return None
    if run[start] in "OoIl" and len(groups[0]) <= 3 and run[start + len(groups[0]) : start + len(groups[0]) + 1] == " ":
        return None  # a short label before its number, not a digit typed as a letter: "I94 12345678901"
    return run[:start] + run[start:].translate(_LOOKALIKE_TO_DIGIT), list(range(len(run)))


def _lookalike_receipt(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    letters = len(_LOOKALIKE_LETTERS.findall(run, 3))
    if not 1 <= letters <= 3:
        return None
    return run[:3] + run[3:].translate(_LOOKALIKE_TO_DIGIT), list(range(len(run)))


def _cjk_digits(m: re.Match[str]) -> tuple[str, list[int]]:
    found = m.group(0)
    return found.translate(_CJK_TO_DIGIT), list(range(len(found)))


def _cjk_mixed(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if sum(c.isascii() and c.isdigit() for c in run) < 2 or not any(c in "〇零一二三四五六七八九" for c in run):
        return None
    return run.translate(_CJK_MIXED_TO_DIGIT), list(range(len(run)))


def _dashed_digits(m: re.Match[str]) -> tuple[str, list[int]]:
    found = m.group(0)
    keep = [i for i, c in enumerate(found) if c != "-"]
    return "".join(found[i] for i in keep), keep


def _interleaved(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c != "_"]
    if _DIGIT_BY_DIGIT.fullmatch("".join(run[i] for i in keep)) and "-" in run:
        keep = [i for i in keep if run[i] != "-"]
    new = "".join(run[i] for i in keep)
    if new == run or not _INTERLEAVED_DATE.fullmatch(new):
        return None
    return new, keep


def _spaced_groups(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if not any(run[i - 1].isdigit() and run[i + 1].isdigit() for i, c in enumerate(run) if c == " " and i > 0):
        return None  # no group is spaced out: "12 / 04 / 1992" is the separator step's
    keep = [i for i, c in enumerate(run) if c.isdigit() or c in "-./"]
    joined = "".join(run[i] for i in keep)
    return (joined, keep) if _SPACED_SHAPE.fullmatch(joined) else None


def _spaced_address(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if "  " not in run:
        return None  # no wider gap: no words to tell apart
    joined, keep = _close_spaced_words(run, 3)
    if not _CLOSED_ADDRESS.fullmatch(joined):
        joined, keep = _close_spaced_words(run, 2)  # round 27: characters one blank apart, words two
        if not _CLOSED_ADDRESS.fullmatch(joined):
            return None
    return joined, keep


def _close_spaced_words(run: str, word_gap: int) -> tuple[str, list[int]]:
    """The run with the blanks between characters gone and a gap of ``word_gap`` blanks or more kept as one."""
    keep = [i for i, c in enumerate(run) if c != " " or (run[i - 1] != " " and run[i : i + word_gap] == " " * word_gap)]
    return "".join(run[i] for i in keep), keep


def _mixed(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    pieces = list(_MIXED_PIECE.finditer(m.group(0)))
    numerals = sum(p.group(0).isdigit() for p in pieces)
    if numerals == 0 or len(pieces) - numerals < 2:
        return None  # words only are _RUN's, digits only the spacing steps'
    if any(p.group(0).lower() == "null" for p in pieces):
        return None  # a JSON list, "[0, null, 3, null, null, 7, 1]"
    return _spelled(m, _MIXED_PIECE)


def _spelled(m: re.Match[str], piece: re.Pattern[str] = _PIECE) -> tuple[str, list[Any]]:
    digits: list[str] = []
    rel: list[Any] = []
    run = m.group(0)
    last = -1
    pieces = list(piece.finditer(run))
    # groups read with a pause, "five three nine, one eight, two two seven four", keep it as a dash (539-18-2274):
    # an SSN's or a phone number's shape then tells the recognizers what it is
    grouped = _GROUPS.fullmatch(",".join(_group_sizes(run, pieces))) is not None
    if m.group("a") is not None:
        if len(pieces) in (8, 9):
            digits.append("A")
            rel.append((0, 1))
            grouped = False
        else:  # the letter "A" before some other number stays as written
            digits.extend(run[: pieces[0].start()])
            rel.extend(range(pieces[0].start()))
    for p in pieces:
        if grouped and last >= 0 and _pause(run[last : p.start()]):
            digits.append("-")
            rel.append((last, p.start()))
        digits.append(p.group(0) if p.group(0).isdigit() else _WORDS[p.group(0).lower()])
        rel.append(p.span())
        last = p.end()
    return "".join(digits), rel


def _spelled_run(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if _NULLS_ONLY.fullmatch(m.group(0)) is not None:
        return None  # "null, null, null, …": a list of JSON nulls, no number
    digits, rel = _spelled(m)
    # round 27: inside a snake_case identifier the number is set apart by a blank on either side, so the
    # recognizers see it as a word of its own ("test_user_518-42-9061_x")
    if m.start() > 0 and m.string[m.start() - 1] == "_":
        digits, rel = " " + digits, [0, *rel]
    if m.end() < len(m.string) and m.string[m.end()] == "_":
        digits, rel = digits + " ", [*rel, len(m.group(0)) - 1]
    return digits, rel


_NULLS_ONLY = re.compile(r"(?i)null(?:[ \t]*[,.-]?[ \t]*null)*")
_GROUPS = re.compile(r"3,2,4|3,3,4|1,3,3,4|4,3,4|4,4,4,4")


def _group_sizes(run: str, pieces: list[re.Match[str]]) -> list[str]:
    sizes = [1]
    for a, b in itertools.pairwise(pieces):
        if _pause(run[a.end() : b.start()]):
            sizes.append(1)
        else:
            sizes[-1] += 1
    return [str(n) for n in sizes]


def _pause(between: str) -> bool:
    return "," in between or "." in between or "/" in between or "__" in between


def decode_cyrillic_digits(b: Any) -> None:
    """Before Cyrillic look-alikes inside Latin words become Latin letters (normalize.py)."""
    if any(c in b.text for c in _DIGIT_LIKE_LETTERS):
        b.rewrite(_CYRILLIC_DIGIT, _cyrillic_digit)


# Round 28b. An SSN or a phone number read out in groups where one group is said as a number ("three eight seven,
# forty-two, one one nine six", "two one two, five five five, nineteen eighty-four"): the words read as digits, the
# pauses as dashes, only when the groups have an SSN's (3-2-4) or a phone's (3-3-4) shape and one of them is a tens
# or teens word; a run of digit words alone is _RUN's
_UNIT_EN = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_TENS_EN = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEEN_EN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPOKEN_PIECE = rf"(?:{_TENS_EN}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{_TEEN_EN}|{_UNIT_EN})"
_SPOKEN_SEP = r"(?:[ \t]*[,./;][ \t]*|[ \t]+)"
_SPOKEN_GROUPS = re.compile(rf"(?i)(?<![\w-]){_SPOKEN_PIECE}(?:{_SPOKEN_SEP}{_SPOKEN_PIECE}){{3,11}}(?![\w-])")
_SPOKEN_PIECE_RE = re.compile(rf"(?i){_SPOKEN_PIECE}")
_SPOKEN_PAUSE = re.compile(r"[,./;]")
_SPOKEN_SHAPES = frozenset({(3, 2, 4), (3, 3, 4)})
_TENS_OR_TEEN = re.compile(rf"(?i)\b(?:{_TENS_EN}|{_TEEN_EN})\b")


def _spoken_digits(word: str) -> str:
    w = word.lower()
    tens, _, unit = w.partition("-")
    if NUMBER.get(tens, 0) >= 10:  # a teen or a tens word, perhaps with its unit: "nineteen", "forty-two"
        return str(NUMBER[tens] + (NUMBER[unit] if unit else 0))
    return _WORDS[w]


def _spoken_groups(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    run = m.group(0)
    pieces = list(_SPOKEN_PIECE_RE.finditer(run))
    if all(p.group(0).lower() in _WORDS for p in pieces):
        return None  # digit words only: _RUN reads them
    groups: list[list[re.Match[str]]] = [[pieces[0]]]
    for before, p in itertools.pairwise(pieces):
        if _SPOKEN_PAUSE.search(run, before.end(), p.start()):
            groups.append([])
        groups[-1].append(p)
    sizes = tuple(sum(len(_spoken_digits(p.group(0))) for p in g) for g in groups)
    if sizes not in _SPOKEN_SHAPES:
        return None
    out: list[str] = []
    rel: list[Any] = []
    for i, g in enumerate(groups):
        if i:
            out.append("-")
            rel.append((groups[i - 1][-1].end(), g[0].start()))
        for p in g:
            digits = _spoken_digits(p.group(0))
            out.append(digits)
            rel.extend([p.span()] * len(digits))
    return "".join(out), rel


def decode_digits(b: Any) -> None:
    """The rewrites above but the Cyrillic one, on a normalize._Builder."""
    text = b.text
    if _TENS_OR_TEEN.search(text) is not None:
        b.rewrite(_SPOKEN_GROUPS, _spoken_groups)  # round 28b
    if "**" in text or "__" in text or "~~" in text or "*" in text:
        b.rewrite(_EMPHASIS_NUMBER, _emphasis_in_number)
        b.rewrite(_EMPHASIS_LABEL, _emphasis_on_label)
    if "-" in b.text:
        b.rewrite(_DASHED_DIGITS, _dashed_digits)
    if "_" in b.text or "-/" in b.text or "/-" in b.text:
        b.rewrite(_INTERLEAVED, _interleaved)
    if _LOOKALIKE_LETTERS.search(b.text) is not None:
        b.rewrite(_LOOKALIKE_NUMBER, _lookalike_number)
        b.rewrite(_LOOKALIKE_RECEIPT, _lookalike_receipt)
    if not b.text.isascii():
        b.rewrite(_CJK_DIGITS, _cjk_digits)
        b.rewrite(_CJK_MIXED, _cjk_mixed)
    if _SPACED_DIGITS.search(b.text) is not None:
        b.rewrite(_SPACED_GROUPS, _spaced_groups)
    if "  " in b.text:
        b.rewrite(_SPACED_ADDRESS, _spaced_address)


# Round 24. A month given by its number as an ordinal, in a birth date written in words ("the fourth of the fourth,
# nineteen ninety-two", "the 9th of the 11th 1987"): the month's ordinal reads as the month's name, so the date's
# words are read whole (date_words.py); only before a year, in words or digits
_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[ \t-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
    r"|[0-3]?\d(?:st|nd|rd|th)"
)
_MONTH_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"
)  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_ORDINAL_MONTH = re.compile(
    rf"(?i)\b(?:the[ \t]+)?(?:{_ORDINAL_DAY})[ \t]+of[ \t]+the[ \t]+"
    r"(?P<month>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|1[0-2]th|11th"
    r"|12th|1st|2nd|3rd|[4-9]th)\b(?=[ \t]*,?[ \t]*(?:nineteen|twenty|two[ \t]+thousand|(?:19|20)\d\d\b))"
)


def _ordinal_month(m: re.Match[str]) -> tuple[str, list[Any]]:
    word = m.group("month").lower()
    number = _MONTH_ORDINALS.index(word) + 1 if word in _MONTH_ORDINALS else int(word[:-2])
    name = _MONTH_NAMES[number - 1]
    head = m.group(0).lower().rindex("the", 0, m.start("month") - m.start())
    span = (head, len(m.group(0)))
    return m.group(0)[:head] + name, [*range(head), *([span] * len(name))]


def ordinal_months(b: Any) -> None:
    """Before the dates in words (encoded.py)."""
    if " of the " in b.text.lower():
        b.rewrite(_ORDINAL_MONTH, _ordinal_month)


# Round 25. Digits and English digit words glued into one token ("(7seven3) 5five5-0one6two"): each word reads as its
# digit; only a token of digits and words alone, with a digit and a word of three letters or more in it
_GLUED_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_GLUED = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:\d|{_GLUED_WORD}){{2,}}(?![A-Za-z0-9])")
_GLUED_HINT = re.compile(rf"(?i)\d{_GLUED_WORD}|{_GLUED_WORD}\d")
_GLUED_PIECE = re.compile(rf"(?i)\d|{_GLUED_WORD}")
# Round 25. A number written half in words, half in digits, its groups parted by a separator ("four three four -
# eight zero - 4842", "S five three zero - 4 1 8 - 2 2 7 - 9 0 6"): read whole when the groups have an SSN's, a
# phone's, a card's or (after a letter) a licence's shape, one or more of the pieces a word
_GROUP_PIECE = rf"(?:{_WORD}|\d{{1,4}})"
_GROUP = rf"{_GROUP_PIECE}(?:[ \t]+{_GROUP_PIECE}){{0,3}}"
_HALF_RUN = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<letter>(?-i:[A-Z]))[ \t]*-?[ \t]*)?{_GROUP}(?:[ \t]*[-.][ \t]*{_GROUP}){{2,3}}(?![\w-])"
)
_HALF_SEP = re.compile(r"[ \t]*[-.][ \t]*")
_HALF_SHAPES = frozenset({(3, 2, 4), (3, 3, 4), (4, 4, 4, 4), (1, 3, 3, 4)})
_LETTER_SHAPES = frozenset({(3, 3, 3, 3), (4, 3, 3, 3), (3, 3, 3, 4)})


def _glued(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    pieces = list(_GLUED_PIECE.finditer(m.group(0)))
    words = sum(not p.group(0).isdigit() for p in pieces)
    if words == 0 or words == len(pieces):
        return None
    return "".join(p.group(0) if p.group(0).isdigit() else _WORDS[p.group(0).lower()] for p in pieces), [
        p.span() for p in pieces
    ]


def _half_in_words(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    run = m.group(0)
    body_start = m.start("letter") - m.start() + 1 if m.group("letter") else 0
    while body_start < len(run) and run[body_start] in " \t-":
        body_start += 1
    out: list[str] = []
    rel: list[Any] = []
    if m.group("letter"):
        out.append(run[0])
        rel.append(0)
    sizes: list[int] = []
    words = 0
    pos = body_start
    for sep in [*_HALF_SEP.finditer(run, body_start), None]:
        end = len(run) if sep is None else sep.start()
        size = 0
        for p in _PIECE_OR_DIGITS.finditer(run, pos, end):
            if p.group(0).isdigit():
                out.append(p.group(0))
                rel.extend(range(p.start(), p.end()))
                size += len(p.group(0))
            else:
                out.append(_WORDS[p.group(0).lower()])
                rel.append(p.span())
                size += 1
                words += 1
        sizes.append(size)
        if sep is not None:
            out.append("-")
            rel.append((sep.start(), sep.end()))
            pos = sep.end()
    shapes = _LETTER_SHAPES if m.group("letter") else _HALF_SHAPES
    if words == 0 or tuple(sizes) not in shapes:
        return None
    joined = "".join(out)
    if m.group("letter"):  # a licence's letter and digits: "S530418227906"
        keep = [i for i, c in enumerate(joined) if c != "-"]
        return "".join(joined[i] for i in keep), [rel[i] for i in keep]
    return joined, rel


# Round 28. An address's numbers spelled a digit at a time with hyphens ("seven-one-two Larkspur Ridge Road, …,
# Ohio four-four-six-zero-two"): a house number before capitalised words and a street's suffix, and five (or
# nine) such digits after it on the same line, read as a ZIP
_ADDRESS_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_ADDRESS_DIGIT_VALUE = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
_ADDRESS_DIGIT_VALUE |= {"six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELLED_HOUSE = re.compile(
    rf"(?<![\w-])(?i:{_ADDRESS_DIGIT}(?:-{_ADDRESS_DIGIT}){{1,5}})"
    rf"(?=[ \t]+(?:[A-Z][a-z'-]+[ \t]+){{1,3}}(?:{_SUFFIXES})\b)"
)
_SPELLED_ZIP = re.compile(
    rf"(?<![\w-])(?i:{_ADDRESS_DIGIT}(?:-{_ADDRESS_DIGIT}){{4}}(?:(?:-{_ADDRESS_DIGIT}){{4}})?)(?![\w-])"
)
_STREET_BEFORE = re.compile(rf"\d{{1,6}}[ \t]+(?:[A-Z][a-z'-]+[ \t]+){{1,3}}(?:{_SUFFIXES})\b[^\n]{{0,80}}$")
_DIGIT_WORD = re.compile(r"[A-Za-z]+")


def _spelled_address_number(m: re.Match[str]) -> tuple[str, list[Any]]:
    words = list(_DIGIT_WORD.finditer(m.group(0)))
    return "".join(_ADDRESS_DIGIT_VALUE[w.group(0).lower()] for w in words), [(w.start(), w.end()) for w in words]


def _spelled_zip(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if _STREET_BEFORE.search(m.string, max(0, m.start() - 200), m.start()) is None:
        return None
    return _spelled_address_number(m)


def spelled_addresses(b: Any) -> None:
    """The rewrites above, on a normalize._Builder (a house number first, so the ZIP finds its street)."""
    if "-" in b.text:
        b.rewrite(_SPELLED_HOUSE, _spelled_address_number)
        b.rewrite(_SPELLED_ZIP, _spelled_zip)


_PIECE_OR_DIGITS = re.compile(rf"(?i){_WORD}|\d{{1,4}}")


def decode_spelled(b: Any) -> None:
    """Digits spelled out, seven or more in a row, in any of the languages above (encoded.py runs it after the
    dates written in words, so "nineteen eighty-two" is read as a year first)."""
    if _GLUED_HINT.search(b.text) is not None:
        b.rewrite(_GLUED, _glued)
    if "-" in b.text or "." in b.text:
        b.rewrite(_HALF_RUN, _half_in_words)
    spelled_addresses(b)  # round 28
    b.rewrite(_RUN, _spelled_run)
    text = b.text
    for d in _LONE_DIGIT.finditer(text):
        if _WORD_NEAR.search(text, max(0, d.start() - 12), d.end() + 12) is not None:
            b.rewrite(_MIXED_RUN, _mixed)
            break
