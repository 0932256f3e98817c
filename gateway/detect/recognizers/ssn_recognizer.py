"""US_SSN: Social Security numbers, valid by the SSA's rules (SSA POMS RM 10201.035).

Never issued: area 000, 666 or 900-999, group 00, serial 0000. Anything else can be a real number, including
the sequences Presidio's own recognizer throws away (123-45-6789, 111-11-1111, 078-05-1120). A number the text
labels as an SSN ("SSN: 212674093") scores high even without separators. A labelled number in a never-issued
range is reported with a low score (``NEVER_ISSUED_SCORE``) so that a rule can still choose to act on it, while
the default thresholds pass it as a hard negative.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_LABEL = (
    r"(?:SSN|SSNs|SSAN|SS\s?#|S\.S\.N\.?|soc(?:ial)?\.?\s+sec(?:urity)?\.?(?:\s+(?:number|num|no\.?|#|card))?"
    r"|social\s+security\s+(?:number|no\.?|#|card)|social)"
)
LABELLED_SCORE = 0.9
PATTERNS = [
    # the same separator twice: 212-67-4093, 212 67 4093, 212.67.4093
    Pattern("ssn delimited", r"\b\d{3}([- .])\d{2}\1\d{4}\b", 0.5),
    Pattern("ssn digits", r"\b\d{9}\b", 0.05),
    Pattern(
        "ssn labelled",
        rf"(?i:\b{_LABEL}\s*(?:number|no\.?|#)?\s*(?:is|was|:|=|-)?\s*#?\s*)\d{{3}}[- .]?\d{{2}}[- .]?\d{{4}}\b",
        LABELLED_SCORE,
    ),
]
CONTEXT = ["ssn", "ssns", "social", "security", "ssan", "ss#", "ssid"]
NEVER_ISSUED_SCORE = 0.3
_NUMBER_AT_END = re.compile(r"\d{3}[- .]?\d{2}[- .]?\d{4}$")


def issued(digits: str) -> bool:
    """Whether nine digits fall in ranges the SSA issues (area, group and serial rules)."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


class SsnRecognizer(PatternRecognizer):
    """Reports the number only (never its label), scored by the SSA's validity rules."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_SSN",
            patterns=PATTERNS,
            context=CONTEXT,
            name="SsnRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            span = text[r.start : r.end]
            number = _NUMBER_AT_END.search(span)
            if number is None:
                continue
            r.start += number.start()
            digits = re.sub(r"\D", "", number.group(0))
            labelled = r.score >= LABELLED_SCORE
            if not issued(digits):
                if not labelled:
                    continue
                r.score = NEVER_ISSUED_SCORE
            if labelled:  # the label is the context already: no second boost, none for a never-issued number
                r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            results.append(r)
        return results
