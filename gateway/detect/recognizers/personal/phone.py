"""PHONE_NUMBER: Presidio's recognizer (python-phonenumbers), for North American numbering, scored by form.

A number written the way people write phone numbers, with ``( )``, ``-``, ``.``, spaces or a ``+1``, is a phone
number without any context word (Presidio gives every match 0.4, below the usual 0.5 threshold); a bare run of
ten digits keeps 0.4 and needs a context word, since it is as likely an order or account number. Digits joined
by dots in other groups than 3-3-4 are a version or a dotted identifier (``131.0.6778.109``), not a phone.

A number written in the North American shape (``NXX-NXX-XXXX``, with separators) is a phone number even where
its area code is not assigned (``211-555-0143``): the writer means a phone number, and a number invented for an
example or a test still reads as one. Unformatted digit runs must be valid numbers."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

PATTERNS: list[str] = []  # python-phonenumbers does the matching
CONTEXT = ["phone", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "text", "contact", "reach"]
# NANP covers the US and Canada; numbers written with +country code are parsed whatever the region.
REGIONS = ("US",)
FORMATTED_SCORE = 0.6
_FORMATTED = re.compile(
    r"^(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}$|^1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}$"
)


class FormattedPhoneRecognizer(PresidioPhoneRecognizer):
    def __init__(self) -> None:
        super().__init__(
            context=CONTEXT, supported_regions=REGIONS, leniency=phonenumbers.Leniency.POSSIBLE, name="PhoneRecognizer"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]  # None is Presidio's default
            if not _dotted_other(text, r)
            and not _glued_code(text, r)
            and not _YEAR_SERIAL.match(text[r.start : r.end])
            and _wanted(text[r.start : r.end])
        ]
        for r in results:
            if _FORMATTED.match(text[r.start : r.end]):
                r.score = FORMATTED_SCORE
        if "PHONE_NUMBER" in entities and _LOCAL.search(text):
            results += _local_numbers(text, results)
        if "PHONE_NUMBER" in entities:
            results += _spoken_numbers(text, results)
        return results


# Round 25. A number read out a digit at a time, as a transcript of a call writes it ("my cell is 5 0 4, 5 5 5, 0 1 3
# 8"), a few words after a word for a phone: each of the ten digits set apart by a space, a comma, a dot or a dash
_SPOKEN_CUES = ("cell", "phone", "mobile", "call", "text me", "reach me", "tel", "number is", "number:", "whatsapp")
_SPOKEN = re.compile(
    r"(?<![\d,.-])[2-9](?:(?:[ \t]*[,.-])?[ \t]+\d|[ \t]*[,.-][ \t]*\d){2}"
    r"(?:(?:[ \t]*[,.-])?[ \t]+|[ \t]*[,.-][ \t]*)[2-9](?:(?:[ \t]*[,.-])?[ \t]+\d|[ \t]*[,.-][ \t]*\d){6}"
    r"(?![ \t]*[,.-]?[ \t]*\d)"
)
_SPOKEN_REACH = 40


def _spoken_numbers(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    lowered = text.lower()
    if not any(cue in lowered for cue in _SPOKEN_CUES):
        return []
    out: list[RecognizerResult] = []
    for cue in _SPOKEN_CUES:
        at = lowered.find(cue)
        while at != -1:
            m = _SPOKEN.search(text, at + len(cue), min(len(text), at + len(cue) + _SPOKEN_REACH))
            if m is not None and not any(r.start < m.end() and m.start() < r.end for r in (*found, *out)):
                digits = re.sub(r"\D", "", m.group(0))
                if len(set(digits)) > 1:
                    out.append(RecognizerResult("PHONE_NUMBER", m.start(), m.end(), FORMATTED_SCORE))
            at = lowered.find(cue, at + len(cue))
    return out


# A seven-digit local number ("555-0142"): a phone number where the text gives it in full elsewhere ("… nvm it's
# (240) 555-0142") or where a contact verb introduces it ("text Obiora at 555-0142", "call me on 555.0187").
_LOCAL = re.compile(r"(?<![\d.+/-])[2-9]\d\d[-.][0-9]{4}(?![\d-]|\.\d)")
_CONTACT_BEFORE = re.compile(
    r"(?i)\b(?:text(?:ed|ing)?|txt|call(?:ed|ing)?|ring|reach|phoned?|dial|contact)"
    r"(?:[ \t]+[\w'-]+){0,3}?[ \t]+(?:at|on)[ \t]*$"
    r"|\b(?:phone|cell|mobile|tel|desk|landline)[ \t]*(?:#|no\.?|number)?[ \t]*[:=]?[ \t]*$"
)
LOCAL_SCORE = 0.6


def _local_numbers(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    full = {re.sub(r"\D", "", text[r.start : r.end])[-7:] for r in found}
    out = []
    for m in _LOCAL.finditer(text):
        if any(r.start <= m.start() < r.end for r in found):
            continue  # the end of a number already found
        digits = m.group(0)[:3] + m.group(0)[4:]
        if digits in full or _CONTACT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out.append(RecognizerResult("PHONE_NUMBER", m.start(), m.end(), LOCAL_SCORE))
    return out


_NANP_SHAPE = re.compile(r"^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)[ .-]?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}$")


def _wanted(value: str) -> bool:
    """A valid number, or one written in the North American shape whatever its area code, except a form's
    placeholder of one digit repeated (``(555) 555-5555``)."""
    shaped = _EXTENSION.sub("", value)
    if _NANP_SHAPE.match(shaped) and len(set(re.sub(r"\D", "", shaped)[-10:])) > 1:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, REGIONS[0]))
    except phonenumbers.NumberParseException:
        return False


# an extension python-phonenumbers takes into the match: "(202) 555-8145 ext. 4" is not a dotted number
_EXTENSION = re.compile(r"(?i)[ \t,]*(?:ext|extn|extension|x)\.?[ \t]*\d{1,6}$")


def _dotted_other(text: str, r: RecognizerResult) -> bool:
    value = _EXTENSION.sub("", text[r.start : r.end])
    if "." not in value and not re.match(r"\.\d", text[r.end : r.end + 2]):
        return False
    if re.match(r"\.\d", text[r.end : r.end + 2]) or re.search(r"\d\.$", text[max(0, r.start - 2) : r.start]):
        return True  # a piece of a longer dotted number
    groups = [len(g) for g in re.findall(r"\d+", value)]
    return groups not in ([3, 3, 4], [1, 3, 3, 4])


# Round 16. A year and a serial joined by one dash ("2026-004417"): a docket's, a claim's or a file's number; no
# phone number is written in a group of four and one of five to seven digits
_YEAR_SERIAL = re.compile(r"^(?:19|20)\d\d-\d{5,7}$")

# "INV-2026-11-0448", "CBP-OT-2026-004417": the digits end a code that letters and a dash open
_CODE_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9]*-$")


def _glued_code(text: str, r: RecognizerResult) -> bool:
    return text[r.start] not in "(+" and _CODE_PREFIX.search(text, max(0, r.start - 12), r.start) is not None
