"""KNOWN_TRAVELER_NUMBER: a Known Traveler Number (TSA PreCheck, Global Entry, NEXUS, SENTRI: 8-10 characters,
often starting TT, TE, 98, 15) or a Trusted Traveler PASSID (9 digits). Its forms are common numbers, so only
a labelled value is reported."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:KTN|Known[ \t]+Traveler(?:[ \t]+(?:Number|No\.?|#|ID))?|PASS[ \t]?ID|Global[ \t]+Entry(?:[ \t]+(?:Number"
    r"|No\.?|#|ID|membership))?|(?:TSA[ \t]+)?Pre[- ]?Check(?:[ \t]+(?:Number|No\.?|#|KTN))?|Trusted[ \t]+Traveler"
    r"(?:[ \t]+(?:Number|No\.?|#|ID))?|NEXUS(?:[ \t]+(?:Number|No\.?|#|ID))?|SENTRI(?:[ \t]+(?:Number|No\.?|#|ID))?)"
)
# round 24: the verbs that hand a KTN out or read it back, between the label and the number
_GIVEN = (
    r"issued|assigned|given|received|approved|came[ \t]+back(?:[ \t]+as)?|reads|shows|listed(?:[ \t]+as)?"
    r"|on[ \t]+file"
)
PATTERNS = [
    # round 24: or its digits as a scanned form's OCR spaces them ("PASSID  15 0 4 4 7 2 1 9", "KTN 985 512 047"):
    # in groups, eight to ten digits in all (keep)
    Pattern(
        "labelled known traveler number",
        rf"(?i:\b{_LABEL}{LABEL_GLUE})(?P<value>[A-Z0-9]{{8,10}}\b|\d{{1,4}}(?:[ \t]{{1,2}}\d{{1,7}}){{1,9}}(?![\w-]))",
        0.9,
    ),
    # a PreCheck KTN (TT or TE and letters and digits) a little after its label: "the KTN for her? … it's TT4R7KQM"
    # round 24: or a PASSID, nine digits in the program's ranges ("KTN issued to her at the counter 985…")
    Pattern(
        "labelled precheck number nearby",
        rf"(?i:\b{_LABEL}\b)[^\n]{{0,80}}(?:\n[^\n]{{0,80}}){{0,2}}?(?<![A-Za-z0-9-])"
        r"(?P<value>T[TE][A-Z0-9]{6,8}\b|(?:98|99|15)\d{7}(?![\w-]))",
        0.85,
    ),
    # any KTN said to be the value of its label later in the sentence: "The KTN for Park Jae-won is 153902647"
    # round 24: or given by the verb that hands it out or reads it ("KTN issued 985…", "PASSID assigned: …")
    Pattern(
        "labelled number later in the sentence",
        rf"(?i:\b{_LABEL}\b[^\n]{{0,60}}?[ \t](?:is|was|=|:|{_GIVEN}))[ \t]*:?[ \t]+(?P<value>[A-Z0-9]{{8,10}})\b",
        0.85,
    ),
]
# round 16: the programs' names as rosters and invitations write them ("GE" in capitals, before what is done for it)
# round 24: and what its vetting says of an applicant ("GE conditional approval", "GE conditionally approved")
_GE = (
    r"\bGE[ \t]+(?i:interview|renewal|new|card|member|membership|enrollment|appointment|applicant|application"
    r"|conditional|conditionally|approval|approved|enrollee|vetting|kiosk)\b"
)
_PROGRAM = rf"(?:{_GE}|(?i:\b(?:Global[ \t]+Entry|NEXUS|SENTRI|Trusted[ \t]+Traveler|TTP|PreCheck)\b))"
# a Trusted Traveler PASSID: nine digits, issued in the 98, 99 and 15 ranges
_PASSID = r"(?<![\w-])(?P<value>(?:98|99|15)\d{7})(?![\w-])"
PATTERNS += [
    # round 16: a PASSID in a row (a line) that names its program: "10:00<tab>Ana Ruiz<tab>985512034<tab>GE renewal"
    Pattern("passid in a program's row", rf"{_PASSID}(?=[^\n]{{0,80}}?{_PROGRAM})", 0.85),
    Pattern("passid after a program in its row", rf"{_PASSID}(?<={_PROGRAM}[^\n]{{0,80}}\d{{9}})", 0.85),
    # round 16: a "membership" number in a text about a Trusted Traveler program (keep())
    Pattern(
        "labelled membership number",
        rf"(?i:\bmembership[ \t]+(?:id|number|no\.?|num|\#){LABEL_GLUE})(?P<value>\d{{9}})(?![\w-])",
        0.85,
    ),
]
_PROGRAM_NAMED = regex.compile(rf"{_PROGRAM}|(?i:\bGOES\b)")
CONTEXT: list[str] = []


class KnownTravelerRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"[A-Z0-9]{8,10}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="KNOWN_TRAVELER_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="KnownTravelerRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        # KTNs mix letters and digits (TT4R7K2M9); a word after the label is not one. PreCheck's TT/TE numbers
        # may hold as few as two digits.
        if pattern_name == "labelled membership number" and _PROGRAM_NAMED.search(text) is None:
            return False  # a gym's, a club's or an airline's membership
        value = text[result.start : result.end]
        digits = sum(c.isdigit() for c in value)
        if " " in value or "\t" in value:
            return 8 <= digits <= 10  # digits spaced by OCR
        return digits >= 4 or (value[:2] in ("TT", "TE") and digits >= 2 and value.isupper())
