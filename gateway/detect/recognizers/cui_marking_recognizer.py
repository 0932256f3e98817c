"""CUI_MARKING: Controlled Unclassified Information banners, category markings and indicator blocks
(32 CFR 2002, NARA CUI Registry), and the legacy markings still in circulation (FOUO, LES, SBU, SSI, PCII)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_CATEGORY = r"(?:SP-)?[A-Z][A-Z0-9-]+(?:/(?:SP-)?[A-Z][A-Z0-9-]+)*"
PATTERNS = [
    Pattern(
        "cui with category or dissemination",
        rf"(?<![A-Za-z]){'CUI'}(?://\s*{_CATEGORY}(?:[ ,][A-Z][A-Z0-9 ,]*)?)+",
        0.95,
    ),
    Pattern("cui portion mark", rf"\((?:U//)?CUI(?://{_CATEGORY})*\)", 0.95),
    Pattern("cui banner line", r"(?m)^[ \t]*(?:CUI|CONTROLLED)[ \t]*$", 0.9),
    Pattern(
        "designation indicator block",
        r"(?m)^[ \t]*(?:Controlled\s+by|CUI\s+Category|Distribution/Dissemination\s+Control|Dissemination|LDC|POC)\s*:"
        r"[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:Controlled\s+by|CUI\s+Category|Distribution/Dissemination\s+Control|"
        r"Dissemination|LDC|POC)\s*:[^\n]*",
        0.9,
    ),
    Pattern("fouo", r"\bFOR OFFICIAL USE ONLY\b|\((?:U//)?FOUO\)|(?<![A-Za-z])U//FOUO\b|(?m:^[ \t]*FOUO[ \t]*$)", 0.9),
    Pattern("les", r"\bLAW ENFORCEMENT SENSITIVE\b|\((?:U//)?LES\)|(?<![A-Za-z])U//LES\b", 0.9),
    Pattern("sbu", r"\bSENSITIVE BUT UNCLASSIFIED\b|\((?:U//)?SBU\)|(?<![A-Za-z])U//SBU\b", 0.9),
    Pattern(
        "ssi",
        r"\bSENSITIVE SECURITY INFORMATION\b|[Cc]ontains\s+[Ss]ensitive\s+[Ss]ecurity\s+[Ii]nformation\s+that\s+is\s+"
        r"controlled\s+under\s+49\s+CFR",
        0.9,
    ),
    Pattern("pcii", r"\bPROTECTED CRITICAL INFRASTRUCTURE INFORMATION\b|\((?:U//)?PCII\)", 0.9),
    Pattern("cvi", r"\bCHEMICAL-TERRORISM VULNERABILITY INFORMATION\b|6\s+CFR\s+27\.400", 0.9),
]
CONTEXT = ["cui", "controlled", "dissemination", "category"]


class CuiMarkingRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="CUI_MARKING",
            patterns=PATTERNS,
            context=CONTEXT,
            name="CuiMarkingRecognizer",
            global_regex_flags=re.MULTILINE,
        )
