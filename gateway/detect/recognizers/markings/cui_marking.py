"""CUI_MARKING: Controlled Unclassified Information markings (32 CFR 2002, NARA CUI Registry) and the legacy
markings still in circulation: FOUO, LES, SBU, SSI (49 CFR 1520), PCII, CVI (6 CFR 27.400).

Banners ``CUI``/``CONTROLLED`` alone on a line, ``CUI//CATEGORY//LDC``, portion marks ``(CUI)``,
``(CUI//SP-PRVCY)``, ``(U//FOUO)``, the designation indicator block (two or more of ``Controlled by:``,
``CUI Category:``, ``Dissemination:``, ``POC:`` close together) and the legacy phrases in upper case. Traps that
never match: "SSI" (Supplemental Security Income), "les" (French), "(LES)" and "(SBU)" without ``U//`` (a Leave
and Earnings Statement, a strategic business unit), "CUI" inside prose or as a concept id ("CUI: C0004238").
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.markings.marking import MarkingRecognizer
from gateway.detect.recognizers.markings.syntax import CONTROLS, CUI_LEVEL

_INDICATOR = (
    r"(?i:controlled[ \t]+by|cui[ \t]+categor(?:y|ies)|(?:distribution/|limited[ \t]+)?dissemination(?:[ \t]+control)?"
    r"|ldc|poc)[ \t]*:"
)
PATTERNS = [
    Pattern("cui banner with categories", rf"(?<![A-Za-z/]){CUI_LEVEL}{CONTROLS}(?![A-Za-z0-9])", 0.95),
    Pattern("cui portion mark", rf"\((?:U//)?CUI(?:{CONTROLS})?\)", 0.95),
    Pattern("cui banner line", r"(?m)^[ \t]*(?:CUI|CONTROLLED|CONTROLLED UNCLASSIFIED INFORMATION)[ \t]*$", 0.9),
    Pattern(
        "designation indicator block",
        rf"(?m)^[ \t]*{_INDICATOR}[^\n]*(?:\n(?:[^\n]*\n){{0,2}}?[ \t]*{_INDICATOR}[^\n]*)+",
        0.9,
    ),
    Pattern(
        "fouo",
        r"(?<![A-Za-z])(?:UNCLASSIFIED//)?FOR OFFICIAL USE ONLY\b|\((?:U//)?FOUO\)"
        r"|(?<![A-Za-z])U(?:NCLASSIFIED)?//FOUO\b"
        r"|(?m:^[ \t]*(?:FOUO|(?i:for official use only))[ \t]*$)"
        # a header: "FOUO — Staffing plan …", "F.O.U.O. - …" (dots are dropped in normalisation)
        r"|(?<![\w\n][ \t])(?<![\w])FOUO\.?(?=[ \t]+[-:|][ \t])",
        0.9,
    ),
    # a header that opens the text or a line: "CUI - Case notes for …" (as for FOUO above)
    Pattern("cui header", r"(?<![\w\n][ \t])(?<![\w])CUI(?=[ \t]+[-|][ \t]+[A-Z])", 0.9),
    # the document at hand said to carry a marking: "it's marked FOUO at the top", "this memo is marked CUI"
    Pattern(
        "marked document",
        r"(?i:\b(?:it'?s|it[ \t]+is|(?:this|the|my|our)[ \t]+\w+[ \t]+is)[ \t]+marked[ \t]+(?:as[ \t]+)?)"
        r"(?:FOUO|CUI|LES|SBU|SSI|PCII|CVI|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|LAW[ \t]+ENFORCEMENT[ \t]+SENSITIVE)\b",
        0.9,
    ),
    Pattern(
        "les",
        r"(?<![A-Za-z])(?:UNCLASSIFIED//)?LAW ENFORCEMENT SENSITIVE\b|\(U//LES\)"
        r"|(?<![A-Za-z])U(?:NCLASSIFIED)?//LES\b|(?m:^[ \t]*LES[ \t]*$)",
        0.9,
    ),
    Pattern("sbu", r"\bSENSITIVE BUT UNCLASSIFIED\b|\(U//SBU\)|(?<![A-Za-z])U(?:NCLASSIFIED)?//SBU\b", 0.9),
    Pattern(
        "ssi",
        r"\bSENSITIVE SECURITY INFORMATION\b|(?i:(?:WARNING:\s*)?(?:This\s+(?:record|document)\s+)?contains\s+sensitive"
        r"\s+security\s+information\s+that\s+is\s+controlled\s+under\s+49\s+CFR(?:\s+parts?\s+15\s+and\s+1520)?\.?)",
        0.9,
    ),
    Pattern(
        "pcii",
        r"\bPROTECTED CRITICAL INFRASTRUCTURE INFORMATION\b|\(U//PCII\)|(?<![A-Za-z])U//PCII\b"
        r"|(?i:contains\s+protected\s+critical\s+infrastructure\s+information)",
        0.9,
    ),
    Pattern(
        "cvi",
        r"\bCHEMICAL-TERRORISM VULNERABILITY INFORMATION\b|(?i:contains\s+chemical-terrorism\s+vulnerability"
        r"\s+information)",
        0.9,
    ),
]
# Markings score by their own shape and by corroboration, not by context words.
CONTEXT: list[str] = []


class CuiMarkingRecognizer(MarkingRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="CUI_MARKING",
            patterns=PATTERNS,
            context=CONTEXT,
            name="CuiMarkingRecognizer",
            global_regex_flags=re.MULTILINE,
        )
