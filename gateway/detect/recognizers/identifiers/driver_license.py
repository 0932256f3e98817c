"""US_DRIVER_LICENSE after a licence label: each state has its own format (Florida S530-412-86-719-0, New York
718 402 955, California D1234567), too many and too plain to find unlabelled, so the label decides: "DL",
"driver's license no.", "licencia de conducir", "Führerschein". The finding is the number only."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LabelledValueRecognizer
from gateway.detect.recognizers.personal.street_address import STATES

_STATE = r"(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|state)"
_LABEL = (
    # DLN: the AAMVA card's field 4d, as an OCR of the licence prints it ("4d DLN W-162-…")
    # CDL: a commercial driver's licence
    r"(?:DLN|DL|CDL|D\.L\.|driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e|licencia(?:[ \t]+de[ \t]+conducir)?"
    r"|permis[ \t]+de[ \t]+conduire|F(?:u|ue)hrerschein(?:nummer)?|carteira[ \t]+de[ \t]+motorista)"
)
PATTERNS = [
    # a state's ID card or licence called by the state's code: "NY ID 748 215 903", "CA ID# D4410297", "NY license
    # 731 042 668"
    Pattern(
        "labelled state id",
        rf"\b(?:{STATES})[ \t]+(?:ID|DL|CDL|(?i:licen[cs]e))(?:[ \t]+(?:card|number|no\.?))?[ \t]*[:#]?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,20})(?![\w-])",
        0.8,
    ),
    Pattern(
        "labelled driver license",
        rf"(?:\b{_STATE}[ \t]+)?(?i:\b{_LABEL}(?:[ \t]+(?:number|num|no\.?|nr\.?|#|id))?"
        # the issuing state in parentheses after the label: "DL (NY) 738 …", "driver's license (Ohio): …"
        rf"(?:[ \t]*\((?-i:{_STATE})\))?"
        # round 15: the state's code after the label, no parentheses: "CDL VA T-402-…", "DL NY 738 …"
        rf"(?:[ \t]+(?-i:(?:{STATES}))(?=[ \t]))?"
        r"[ \t]*(?:is|:|#|=)?[ \t]*#?[ \t]*)"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,20})(?![\w-])",
        0.85,
    ),
    # round 15: a licence named by the bare word, its number in the shape of the states that give a letter and
    # twelve digits (Florida, Maryland, Michigan, Minnesota): "the license as S530-412-887-109"; a software
    # licence key is letters and digits in blocks, not one letter and twelve digits
    Pattern(
        "labelled licence, a letter and twelve digits",
        r"(?i:\blicen[cs]e\b[^\n\d]{0,24}?)(?P<value>(?-i:[A-Z])[- ]?\d{3}(?:[- ]?\d){9})(?![\w-])",
        0.8,
    ),
]


class LabelledDriverLicenseRecognizer(LabelledValueRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_DRIVER_LICENSE",
            patterns=PATTERNS,
            context=[],
            name="LabelledDriverLicenseRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        # a licence number has digits; trailing words the spaces let in are not part of it
        while " " in value and not value.rsplit(" ", 1)[1].isdigit():
            value = value.rsplit(" ", 1)[0]
            result.end = result.start + len(value)
        # round 17: "DL" glued to the digits as one of a list of codes of the same shape under other prefixes
        # ("DN66213801, SR98456702, DL77213305", a breed registry's numbers): a registry's prefix, not a label
        if text[result.start - 2 : result.start] == "DL" and _among_other_codes(text, result.start - 2, result.end):
            return False
        # round 17: an airline's flight number and its route ("DL 5593 ATL-BWI 09:15"), not a licence
        if _FLIGHT_ROUTE.match(value):
            return False
        # round 16: Washington's older licence, five letters of the surname and two initials (padded with "*"),
        # three digits and two check characters: "WA DL SMITHJQ123AB"
        return sum(c.isdigit() for c in value) >= 5 or _WASHINGTON.fullmatch(value) is not None


_CODE_LIST = re.compile(
    r"\b[A-Z]{2}\d{6,10}\b(?:(?:,[ \t]*+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]{2}\d{6,10}\b)+"
)


def _among_other_codes(text: str, start: int, end: int) -> bool:
    for m in _CODE_LIST.finditer(text, max(0, start - 200), min(len(text), end + 200)):
        if m.start() <= start and end <= m.end():
            return len({c for c in re.findall(r"[A-Z]{2}(?=\d)", m.group()) if c != "DL"}) >= 2
    return False


_FLIGHT_ROUTE = re.compile(r"\d{1,4} [A-Z]{3}-[A-Z]{3}\b")
_WASHINGTON = re.compile(r"[A-Z*]{7}\d{3}[A-Z0-9]{2}")
