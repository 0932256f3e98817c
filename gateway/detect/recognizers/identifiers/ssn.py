"""US_SSN: Social Security numbers, valid by the SSA's rules (SSA POMS RM 10201.035).

Never issued: area 000, 666 or 900-999, group 00, serial 0000. Anything else can be a real number, including
the sequences Presidio's own recognizer throws away (123-45-6789, 111-11-1111, 078-05-1120). A number the text
labels as an SSN ("SSN: 212674093") scores high even without separators. A labelled number in a never-issued
range is still reported above the default thresholds (``LABELLED_UNISSUED_SCORE``): whoever pastes "SSN
914-27-6083" believes it is one, and a test record in the 9xx area is what such a paste looks like. So is an
unlabelled number in the SSN's own dashed form (``912-04-5678``): nothing else is commonly written 3-2-4 with
dashes, so it is redacted too (``UNLABELLED_UNISSUED_SCORE``, just at the usual threshold), unless it is glued into a
longer token or a label names another kind of number (context_filters.py rules those out). Only the numbers the
SSA reserves for advertisements (987-65-4320 to 4329) score low (``NEVER_ISSUED_SCORE``): they are printed in
public examples. Never-issued digits in any other form (spaced, dotted, bare) need an SSN label.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:SSNs?|SSAN|SS[ \t]?#|S\.S\.N\.?|soc(?:ial)?\.?[ \t]+sec(?:urity)?\.?(?:[ \t]+(?:number|num|no\.?|#|card))?"
    r"|(?:my|his|her|their|your)[ \t]+social(?:[ \t]+as)?"
    # Spanish and Portuguese (accents are folded before detection): "(número de) seguro social", "seguridad social"
    r"|(?:numero[ \t]+(?:de[ \t]+|do[ \t]+)?)?(?:seguro|seguridad|seguranca)[ \t]+social)"
)
PATTERNS = [
    # the same separator twice: 212-67-4093; with spaces or dots it could as well be three table columns or a
    # version, so those need a label or a context word
    Pattern("ssn delimited", r"\b\d{3}-\d{2}-\d{4}\b", 0.5),
    Pattern("ssn spaced", r"\b\d{3}([ .])\d{2}\1\d{4}\b", 0.35),
    # round 4: dots and slashes ("458.22/6614", "458/22/6614"): a context word must lift it
    Pattern("ssn other separators", r"(?<![\d./-])\d{3}[./]\d{2}[./]\d{4}(?![\d./-])", 0.3),
    Pattern("labelled ssn", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{3}}[- .]?\d{{2}}[- .]?\d{{4}}\b", 0.95),
    # round 16: an importer of record number in its SSN form, the SSN and a two-digit suffix (CBP Form 7501 box 12:
    # "Importer No. 123-45-6789-00"); an employer's number (12-3456789-00) has another shape
    Pattern(
        "labelled ssn importer number",
        r"(?i:\b(?:importer|IOR)(?:[ \t]+of[ \t]+record)?[ \t]+(?:no\.?|number|num|nbr|\#|id)[ \t]*[:#.]?[ \t]*)"
        r"(?P<value>\d{3}-\d{2}-\d{4})(?=-\d{2}(?![\w-]))",
        0.9,
    ),
]
# Round 24. A list of people and their numbers, one a line, where some rows write the SSN with dashes and others
# with spaces or bare ("Ana Ruiz 212-67-4093⏎Li Wei 212 67 4101⏎Omar Haddad 212674118"): a number ending its row
# is the column's SSN like its dashed sibling's (keep(): an issued dashed one ends another row of the block). The
# bare digits here; the spaced ones are "ssn spaced"'s, lifted in keep() (one span, one pattern: Presidio's
# duplicate check runs before keep())
PATTERNS.append(Pattern("ssn in a list of dashed ones", r"(?<![\w-])\d{9}(?=[ \t]*\r?$)", 0.6))
LIST_SCORE = 0.6
LIST_BLOCK_LINES = 30
_ROW_ENDING_SSN = re.compile(r"[^\W\d][^\n\d]{1,60}?[ \t:,=-](\d{3}-\d{2}-\d{4})[ \t]*\r?")
CONTEXT = ["ssn", "ssns", "social", "security", "ssan", "ss#"]
NEVER_ISSUED_SCORE = 0.3
LABELLED_UNISSUED_SCORE = 0.55
UNLABELLED_UNISSUED_SCORE = 0.5
_ADVERTISING = re.compile(r"98765432\d$")
# one digit nine times in a never-issued range ("000-00-0000", "999-99-9999"): a form's placeholder, not a number
_PLACEHOLDER = re.compile(r"(?:0{9}|9{9})$")
# Inside a longer dash- or dot-joined token ("order 212-67-4093-B", "v1.212.67.4093") the shape is more likely
# part of another identifier: it scores this, and a context word nearby ("SSN") still lifts it over 0.5.
GLUED_SCORE = 0.3
_GLUED_BEFORE = re.compile(r"\w[-.]$")
_GLUED_AFTER = re.compile(r"[-.]\w")  # the pattern's \b already keeps a word character from following directly


def issued(digits: str) -> bool:
    """Whether nine digits fall in ranges the SSA issues (area, group and serial rules)."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


class SsnRecognizer(LabelledValueRecognizer):
    """Reports the number only (never its label), scored by the SSA's validity rules."""

    VALUE = re.compile(r"\d{3}[- .]?\d{2}[- .]?\d{4}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_SSN",
            patterns=PATTERNS,
            context=CONTEXT,
            name="SsnRecognizer",
            # ASCII word boundaries: the number may touch Chinese or Japanese words ("A号码是A…", "护照号码…号")
            global_regex_flags=re.MULTILINE | regex.ASCII,  # Presidio compiles with regex, whose flag values differ
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name == "ssn in a list of dashed ones":
            return issued(re.sub(r"\D", "", text[result.start : result.end])) and _dashed_sibling(text, result.start)
        if (
            pattern_name == "ssn spaced"
            and text[result.start + 3] == " "
            and re.match(r"[ \t]*\r?(?:\n|$)", text[result.end : result.end + 3])
            and issued(re.sub(r"\D", "", text[result.start : result.end]))
            and _dashed_sibling(text, result.start)
        ):
            result.score = LIST_SCORE
        if issued(re.sub(r"\D", "", text[result.start : result.end])):
            if not pattern_name.startswith("labelled") and _glued(text, result.start, result.end):
                result.score = min(result.score, GLUED_SCORE)
            return True
        digits = re.sub(r"\D", "", text[result.start : result.end])
        if pattern_name == "ssn delimited":
            if _ADVERTISING.match(digits) or _PLACEHOLDER.match(digits) or _glued(text, result.start, result.end):
                return False
            result.score = UNLABELLED_UNISSUED_SCORE
            return True
        if not pattern_name.startswith("labelled"):
            return False
        result.score = NEVER_ISSUED_SCORE if _ADVERTISING.match(digits) else LABELLED_UNISSUED_SCORE
        return True


def _glued(text: str, start: int, end: int) -> bool:
    return _GLUED_BEFORE.search(text, max(0, start - 2), start) is not None or _GLUED_AFTER.match(text, end) is not None


def _dashed_sibling(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends a row of a list (a name or a label, then the number) whose block
    (up to ``LIST_BLOCK_LINES`` lines either way, to a blank line) holds another row ending in an issued dashed
    SSN."""
    line_start = text.rfind("\n", 0, start) + 1
    row = text[line_start:start]
    if not row[:1].isalpha() or any(c.isdigit() for c in row) or len(row) > 62:
        return False
    window = LIST_BLOCK_LINES * 100  # the rows of a list are short: no more of a long text is split
    above = text[max(0, line_start - window) : line_start].split("\n")[-LIST_BLOCK_LINES - 1 : -1]
    below = text[start : start + window].split("\n", LIST_BLOCK_LINES + 1)[1 : LIST_BLOCK_LINES + 1]
    rows = []
    for line in reversed(above):
        if not line.strip():
            break
        rows.append(line)
    for line in below:
        if not line.strip():
            break
        rows.append(line)
    for line in rows:
        m = _ROW_ENDING_SSN.fullmatch(line)
        if m is not None and issued(m.group(1).replace("-", "")):
            return True
    return False
