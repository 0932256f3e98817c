"""Dates written in words, read as digits before detection: "the fourth of March nineteen eighty-two" is read
"4 March 1982", "June the twenty-first, two thousand three" "June 21 2003" (a rewrite for normalize.py; the date
maps back to every word it came from)."""

from __future__ import annotations

import re
from typing import Any

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()  # noqa: SIM905
)
NUMBER: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: i + 10 for i, w in enumerate(_TEENS)} | _TENS
ORDINAL: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)} | {w: i + 10 for i, w in enumerate(_ORD_TEENS)}
ORDINAL |= {"twentieth": 20, "thirtieth": 30}
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _i, _w in enumerate(_ORD_UNITS[: 9 if _base == 20 else 1]):
        ORDINAL[f"{_tens}-{_w}"] = ORDINAL[f"{_tens} {_w}"] = _base + _i + 1

_MONTHS = (
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
_ORD = "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in ORDINAL), key=len, reverse=True))
_NUM = "|".join(sorted(NUMBER, key=len, reverse=True))
_MONTH = "|".join(_MONTHS)
# "and" only inside a year ("two thousand and three"), never the sentence's next word ("… eighty-eight and his cell")
_YEAR = rf"(?:nineteen|twenty|two[ \t]+thousand)(?:(?:[ \t]+|-)(?:and(?=[ \t]+(?:oh|{_NUM})\b)|oh|{_NUM})){{0,3}}"
# round 18: or the year in digits after the day in words ("the twenty-first of March, 2017")
# round 21: or the day in digits before the year in words ("the 2nd of February, nineteen fifty"), or the year
# said first ("nineteen ninety, March the ninth")
DATE_WORDS = re.compile(
    rf"(?i)\b(?:(?:the[ \t]+)?(?P<d1>{_ORD}|\d{{1,2}}(?:st|nd|rd|th))(?:[ \t]+of)?[ \t]+(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})[ \t]+(?:the[ \t]+)?(?P<d2>{_ORD})),?[ \t]+(?P<y>{_YEAR}|(?:19|20)\d\d(?!\d))\b"
    rf"|\b(?P<y3>{_YEAR}),?[ \t]+(?P<m3>{_MONTH})[ \t]+(?:the[ \t]+)?(?P<d3>{_ORD})\b"
)


def _two_digits(words: list[str]) -> int | None:
    """0-99 from words: "eighty two", "oh five", "ten"; None if they are not one such number."""
    if not words:
        return 0
    if words[0] == "oh" and len(words) == 2 and words[1] in _UNITS:
        return NUMBER[words[1]]
    if len(words) == 1 and words[0] in NUMBER:
        return NUMBER[words[0]]
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS:
        return _TENS[words[0]] + NUMBER[words[1]]
    return None


_ORDINAL_STEMS: tuple[str, ...] = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_STEMS += ("ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth")


def has_ordinal_day(lowered: str) -> bool:
    """Whether a lower-cased text has a word that can be a day's ordinal (a cheap test before DATE_WORDS)."""
    return any(stem in lowered for stem in _ORDINAL_STEMS)


def year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[ \t-]+", text.lower()) if w]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        rest = rest[1:] if rest[:1] == ["and"] else rest
        n = _two_digits(rest)
        return None if n is None or n >= 100 else 2000 + n
    head = {"nineteen": 1900, "twenty": 2000}[words[0]]
    if len(words) == 1:
        return None  # "the fourth of March nineteen" is no year
    n = _two_digits(words[1:])
    return None if n is None or (n < 10 and words[1:2] != ["oh"] and n != 0) else head + n


def rewrite(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    y = year(m.group("y") or m.group("y3"))
    day = (m.group("d1") or m.group("d2") or m.group("d3")).lower()
    if day[0].isdigit():
        if m.group("y").isdigit():
            return None  # digits both: the recognizers read it as written
        d: int | None = int(day[:-2])
    else:
        d = ORDINAL.get(re.sub(r"[ \t]+", " ", day))
    if y is None or d is None or not 1 <= d <= 31:
        return None
    month = (m.group("m1") or m.group("m2") or m.group("m3")).capitalize()
    new = f"{d} {month} {y}"
    return new, [(0, len(m.group(0)))] * len(new)


# Round 15. Spanish dates in words, as a call's transcript writes what the caller said: "veintidós de octubre del
# setenta y cuatro", "el primero de mayo de mil novecientos setenta", "tres de enero de dos mil dos" (accents are
# folded before this runs: "dieciseis", "veintitres"). Read "14 de julio de 1989"; a year of two words' digits
# after "del" is a year of the 1900s ("del setenta y cuatro").
_ES_UNITS = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"]
_ES_TWENTIES = ["veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis"]
_ES_TWENTIES += ["veintisiete", "veintiocho", "veintinueve"]
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
ES_NUMBER: dict[str, int] = (
    {w: i + 1 for i, w in enumerate(_ES_UNITS)}
    | {w: i + 10 for i, w in enumerate(_ES_TEENS)}
    | {w: i + 20 for i, w in enumerate(_ES_TWENTIES)}
    | {"un": 1, "primero": 1, "primer": 1}
)
_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
_ES_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(_ES_MONTHS.replace(" setiembre", "").split())} | {"setiembre": 9}
_ES_SMALL = "|".join(sorted(ES_NUMBER, key=len, reverse=True))
_ES_TWO = rf"(?:(?:{'|'.join(_ES_TENS)})(?:[ \t]+y[ \t]+(?:{'|'.join(_ES_UNITS)}))?|{_ES_SMALL})"
_ES_YEAR = rf"(?:mil[ \t]+novecientos(?:[ \t]+{_ES_TWO})?|dos[ \t]+mil(?:[ \t]+{_ES_TWO})?)"
SPANISH_DATE_WORDS = re.compile(
    rf"(?i)\b(?P<d>treinta(?:[ \t]+y[ \t]+uno)?|{_ES_SMALL})[ \t]+de[ \t]+(?P<m>{_ES_MONTHS.replace(' ', '|')})"
    # round 21: or the year in digits ("dieciocho de agosto del 2009")
    rf"[ \t]+(?:de[ \t]+(?P<y>{_ES_YEAR}|(?:19|20)\d\d)|del[ \t]+(?P<yy>{_ES_YEAR}|{_ES_TWO}|(?:19|20)\d\d))\b"
)


def _es_two(words: list[str]) -> int | None:
    if not words:
        return 0
    if len(words) == 1:
        return _ES_TENS.get(words[0], ES_NUMBER.get(words[0]))
    if len(words) == 3 and words[0] in _ES_TENS and words[1] == "y" and words[2] in _ES_UNITS:
        return _ES_TENS[words[0]] + ES_NUMBER[words[2]]
    return None


def _es_year(text: str, short: bool) -> int | None:
    if text.isdigit():
        return int(text)
    words = re.split(r"[ \t]+", text.lower())
    if words[:2] == ["mil", "novecientos"]:
        n = _es_two(words[2:])
        return None if n is None else 1900 + n
    if words[:2] == ["dos", "mil"]:
        n = _es_two(words[2:])
        return None if n is None else 2000 + n
    n = _es_two(words)
    return 1900 + n if short and n is not None and n >= 20 else None


def rewrite_spanish(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    day_words = re.split(r"[ \t]+", m.group("d").lower())
    d = 31 if day_words[0] == "treinta" and len(day_words) > 1 else 30 if day_words[0] == "treinta" else None
    d = d or ES_NUMBER.get(day_words[0])
    y = _es_year(m.group("y"), short=False) if m.group("y") else _es_year(m.group("yy"), short=True)
    if d is None or y is None:
        return None
    new = f"{d} de {m.group('m').lower()} de {y}"
    return new, [(0, len(m.group(0)))] * len(new)


# Round 21. A date read out group by group, digit by digit or as numbers, between spoken or typed separators:
# "one nine eight one - oh two - fourteen", "oh-seven slash one-four slash twenty-eighteen". Read as digits with
# the separator ("1981-02-14", "07/14/2018") when the three groups make a date; the recognizers then want its label.
_DIGIT_WORD = {"zero": "0", "oh": "0", "o": "0"} | {w: str(i + 1) for i, w in enumerate(_UNITS)}
_SPOKEN_WORD = "|".join(sorted([*_DIGIT_WORD, *NUMBER], key=len, reverse=True))
_SPOKEN_SEP = r"[ \t]*(?:/|\bslash\b|(?<=[ \t])-(?=[ \t]))[ \t]*"
SPOKEN_DATE = re.compile(
    rf"(?i)(?<![\w-])(?:{_SPOKEN_WORD})(?:[ \t]+|-)?(?:(?:{_SPOKEN_WORD})(?:[ \t]+|-)?){{0,3}}"
    rf"(?:{_SPOKEN_SEP}(?:{_SPOKEN_WORD})(?:(?:[ \t]+|-)(?:{_SPOKEN_WORD})){{0,3}}){{2}}(?![\w-])"
)
_SPOKEN_SPLIT = re.compile(r"(?i)[ \t]*(/|\bslash\b|(?<=[ \t])-(?=[ \t]))[ \t]*")


def _spoken_group(text: str) -> str | None:
    words = [w for w in re.split(r"[ \t-]+", text.lower()) if w]
    if words and words[0] in ("nineteen", "twenty") and len(words) >= 2:
        y = year(" ".join(words))
        return None if y is None else str(y)
    if all(w in _DIGIT_WORD for w in words):
        return "".join(_DIGIT_WORD[w] for w in words)
    n = _two_digits(words)
    return None if n is None else f"{n:02d}"


def rewrite_spoken(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    parts = _SPOKEN_SPLIT.split(m.group(0))
    groups, seps = parts[0::2], parts[1::2]
    if len(groups) != 3 or len({s.lower() for s in seps}) != 1:
        return None
    digits = [_spoken_group(g) for g in groups]
    if any(d is None for d in digits):
        return None
    a, b, c = (d for d in digits if d is not None)
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        month, day = int(b), int(c)
    elif len(c) in (2, 4) and len(a) <= 2 and len(b) <= 2:
        month, day = sorted((int(a), int(b))) if int(a) > 12 else (int(a), int(b))
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    sep = "-" if seps[0] == "-" else "/"
    new = sep.join((a, b, c))
    return new, [(0, len(m.group(0)))] * len(new)


# Round 28. A date built in code from its year, month and day ("Birthdate = Date.newInstance(1947, 11, 9)" in an Apex
# test class, "LocalDate.of(1990, 12, 3)", "datetime.date(1971, 5, 30)", "new Date(1988, 6, 14)"): read as the date
# "1947-11-9", the call's name and brackets gone, so a birth-date label before the call reaches it
CODE_DATE = re.compile(
    r"\b(?:Date\.newInstance|DateTime\.newInstance(?:Gmt)?|LocalDate(?:Time)?\.of|(?:datetime\.)?date(?:time)?"
    r"|new[ \t]+Date|DateOnly|DateTime|date_of|make_date)[ \t]*\([ \t]*"
    r"(?P<y>(?:19|20)\d\d)[ \t]*,[ \t]*(?P<m>\d{1,2})[ \t]*,[ \t]*(?P<d>\d{1,2})[ \t]*"
    r"(?:\)|(?=,[ \t]*\d))"
)


def rewrite_code_date(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
        return None
    base = m.start()
    rel: list[Any] = []
    out: list[str] = []
    prev_end = 0
    for name in ("y", "m", "d"):
        lo, hi = m.start(name) - base, m.end(name) - base
        if out:
            out.append("-")
            rel.append((prev_end, lo))  # the comma between two numbers reads as the date's hyphen
        out.append(m.group(name))
        rel.extend(range(lo, hi))
        prev_end = hi
    return "".join(out), rel
