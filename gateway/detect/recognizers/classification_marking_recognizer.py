"""CLASSIFICATION_MARKING: US classification banners, portion marks and authority lines (32 CFR 2001.20-23).

Real markings are upper case and use ``//``; prose ("keep it secret", "a confidential letter", "(c) 2024",
"Secret Service") is not a marking.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_LEVEL = r"(?:TOP\s?SECRET|SECRET|CONFIDENTIAL)"
_CONTROL = r"[A-Z][A-Z0-9-]*(?:[ /,-]+[A-Z0-9][A-Z0-9-]*)*"
PATTERNS = [
    # TOP SECRET//SI/TK//NOFORN, SECRET//REL TO USA, FVEY
    Pattern("banner with controls", rf"(?<![A-Za-z]){_LEVEL}(?:\s*//\s*{_CONTROL})+", 0.95),
    # a level alone on its own line, as banners stand at the top and bottom of a page
    Pattern("banner line", rf"(?m)^[ \t]*(?:UNCLASSIFIED//)?{_LEVEL}[ \t]*$", 0.85),
    # portion marks (TS), (S), (C), (TS//SI//NF), (S//NF) at the start of a paragraph or sentence
    Pattern("portion mark with controls", r"\((?:TS|S|C)//[A-Z][A-Z0-9/ ,-]*\)", 0.95),
    Pattern("portion mark", r"(?m)(?:^|(?<=[.:;]\s))[ \t]*\((?:TS|S|C)\)(?=\s+[A-Z])", 0.85),
    # authority block lines
    Pattern("authority line", r"(?m)^[ \t]*(?:Classified\s+By|Derived\s+From|Declassify\s+On)\s*:\s*\S.*$", 0.9),
]
CONTEXT = ["classified", "classification", "noforn", "banner"]


class ClassificationMarkingRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="CLASSIFICATION_MARKING",
            patterns=PATTERNS,
            context=CONTEXT,
            name="ClassificationMarkingRecognizer",
            global_regex_flags=0,  # markings are upper case: no IGNORECASE
        )
