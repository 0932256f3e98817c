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
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import matched_pattern
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
    # round 28b: also between a file name's underscores ("I9_Ruiz_212-67-4093.pdf")
    Pattern("ssn delimited", r"(?:\b|(?<=_))\d{3}-\d{2}-\d{4}(?:\b|(?=_))", 0.5),
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
# is the column's SSN like its dashed sibling's. Looked for only around a row that ends in an issued dashed SSN
# (analyze), in its block: the lines up to a blank line, at most so many either way.
LIST_SCORE = 0.6
LIST_BLOCK_LINES = 30
_ROW_ENDING_SSN = re.compile(r"[^\W\d][^\n\d]{1,60}?[ \t:,=-](\d{3}-\d{2}-\d{4})[ \t]*\r?")
_ROW_ENDING_OTHER = re.compile(r"[^\W\d][^\n\d]{1,60}?[ \t:,=-](\d{3} \d{2} \d{4}|\d{9})[ \t]*\r?")
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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        rows = [r for r in results if matched_pattern(r) == "ssn delimited" and r.score >= UNLABELLED_UNISSUED_SCORE]
        for sibling in _list_siblings(text, rows) if rows else []:
            same = next((r for r in results if (r.start, r.end) == (sibling.start, sibling.end)), None)
            if same is None:
                results.append(sibling)
            else:
                same.score = max(same.score, sibling.score)  # "ssn spaced" found it, too weak alone
        return results

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
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


# round 28b: a file's extension after the number ends a file name, it glues nothing on
_FILE_EXTENSION = re.compile(r"\.(?i:pdf|docx?|xlsx?|csv|txt|rtf|odt|jpe?g|png|gif|tiff?|heic|zip)\b")


def _glued(text: str, start: int, end: int) -> bool:
    if _GLUED_BEFORE.search(text, max(0, start - 2), start) is not None:
        return True
    return _GLUED_AFTER.match(text, end) is not None and _FILE_EXTENSION.match(text, end) is None


def _list_siblings(text: str, dashed: list[RecognizerResult]) -> list[RecognizerResult]:
    """The spaced or bare SSNs ending the rows of the blocks whose rows end in the issued ``dashed`` SSNs."""
    out: list[RecognizerResult] = []
    seen: set[int] = set()
    for r in dashed:
        line_start = text.rfind("\n", 0, r.start) + 1
        line_end = text.find("\n", r.end)
        line_end = len(text) if line_end < 0 else line_end
        row = _ROW_ENDING_SSN.fullmatch(text, line_start, line_end)
        if row is None or row.start(1) != r.start or not issued(row.group(1).replace("-", "")):
            continue
        for start, end in _block_lines(text, line_start):
            if start in seen:
                continue
            seen.add(start)
            m = _ROW_ENDING_OTHER.fullmatch(text, start, end)
            if m is not None and issued(m.group(1).replace(" ", "")):
                out.append(
                    RecognizerResult(
                        "US_SSN",
                        m.start(1),
                        m.end(1),
                        LIST_SCORE,
                        recognition_metadata=dict(r.recognition_metadata or {}),
                    )
                )
    return out


def _block_lines(text: str, line_start: int) -> list[tuple[int, int]]:
    """(start, end) of the other lines of the block around the line at ``line_start``: up to a blank line, at
    most ``LIST_BLOCK_LINES`` either way."""
    lines = []
    start = line_start
    for _ in range(LIST_BLOCK_LINES):  # upward
        if start == 0:
            break
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            break
        lines.append((start, end))
    end = text.find("\n", line_start)
    for _ in range(LIST_BLOCK_LINES):  # downward
        if end < 0:
            break
        start = end + 1
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if not text[start:stop].strip():
            break
        lines.append((start, stop))
    return lines
