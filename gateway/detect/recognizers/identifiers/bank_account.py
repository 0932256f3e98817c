"""US_BANK_NUMBER: a bank account number, 6-17 digits. Any such number could be one, so only a labelled value
("account number: …", "acct #…", "checking …") scores high; a bare one needs a context word (Presidio's own
recognizer, which this replaces, works the same way but has no labelled form)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = r"(?:(?:bank[ \t]+|checking[ \t]+|savings[ \t]+|deposit[ \t]+)?account|acct\.?|a/c|checking|savings)"
PATTERNS = [
    Pattern("labelled account number", rf"(?i:\b{_LABEL}{LABEL_GLUE})\d{{6,17}}\b", 0.85),
    Pattern("account number", r"\b\d{8,17}\b", 0.05),
]
CONTEXT = ["account", "acct", "checking", "savings", "bank", "deposit", "debit"]


class BankAccountRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(r"\d{6,17}$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_BANK_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="BankAccountRecognizer",
            global_regex_flags=re.MULTILINE,
        )
