"""The grammar of US security markings, shared by the marking recognizers and the normaliser.

A banner is ``LEVEL//CONTROL/CONTROL//DISSEM, DISSEM`` (32 CFR 2001.20-23, ISOO marking guide): upper case,
categories joined by ``/``, groups by ``//``, a release list after ``REL TO``. CUI follows the same shape with
``CUI`` or ``CONTROLLED`` as the level (32 CFR 2002.20). The patterns here are upper case; the normaliser
upper-cases a lower-case run only when it already has this shape.
"""

from __future__ import annotations

import re

LEVEL = r"(?:TOP[ \t]*(?:\r?\n[ \t]*)?SECRET|SECRET|CONFIDENTIAL)"
CUI_LEVEL = r"(?:CUI|CONTROLLED)"
# One control or dissemination marking: REL TO USA, GBR / FED ONLY / SP-PRVCY / SI-G / NOFORN ...
CONTROL = r"(?:REL[ \t]+TO[ \t]+[A-Z]{3,4}(?:[ \t]*,[ \t]*[A-Z]{3,4})*|(?:FED|DL|DISPLAY)[ \t]+ONLY|[A-Z0-9][A-Z0-9-]*)"
CONTROLS = rf"(?://{CONTROL}(?:/{{1,2}}{CONTROL})*)"
# Portion abbreviations: (TS), (S), (C), (U) and their controls inside the parentheses.
PORTION_LEVEL = r"(?:TS|S|C)"

# The lower-case form the normaliser looks for: a level or portion abbreviation directly followed by "//".
SLASHED_RUN = re.compile(
    rf"(?<![A-Za-z])\(?(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|CUI|CONTROLLED|TS|S|C|U){CONTROLS}\)?",
    re.IGNORECASE,
)
# Words whose presence on a line says a "//" there belongs to a marking (for joining "SECRET //\nNOFORN").
MARKING_HEAD = re.compile(
    r"TOP\s*SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|CLASSIFIED|CONTROLLED|CUI|\((?:TS|S|C|U)(?![A-Z])",
    re.IGNORECASE,
)
