"""US_BANK_NUMBER: a bank account number, 6-17 digits. Any such number could be one, so only a labelled value
("account number: …", "acct #…", "checking …") scores high; a bare one needs a context word (Presidio's own
recognizer, which this replaces, works the same way but has no labelled form)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.labelled import LABEL_GLUE, LabelledValueRecognizer

_LABEL = (
    r"(?:(?:bank[ \t]+|checking[ \t]+|savings[ \t]+|deposit[ \t]+)?account|acct\.?|a/c|checking|savings"
    r"|t[àa]i[ \t]+kho[ảa]n|cuenta|conta|compte"  # Vietnamese, Spanish, Portuguese, French
    # round 27: the account word of other languages, as a victim's or a customer's letter writes it before the number
    # (Greek, German, Italian, Dutch, Polish, Russian and Ukrainian, Turkish, Romanian; the case endings included;
    # a dotless i is read as an i by then)
    r"|λογαριασμ[όο][ύυς]?|(?:bank)?konto(?:nummer)?|conto(?:[ \t]+corrente)?|rekening(?:nummer)?"
    r"|rachun(?:ek|ku|kiem)|сч[её]т(?:\u0430|\u0443|ом)?|рахун(?:ок|ку|ком)|hesab(?:i|ina|im|a)?|hesap|contul)"
)
# spaced or dashed in groups, as statements print it: "7741 0092 3385", "0042-118-55903"
_GROUPED = r"\d{2,6}(?:[ -]\d{2,6}){1,4}"
PATTERNS = [
    Pattern("labelled account number", rf"(?i:\b{_LABEL}{LABEL_GLUE})(?:\d{{6,17}}|{_GROUPED})\b", 0.85),
    Pattern("account number", r"\b\d{8,17}\b", 0.05),
    # round 28b: the label after the number, with a person's possessive: "you wrote 40018822713 as your loan
    # number", "61200934 is my checking account number"
    Pattern(
        "labelled account number after it",
        r"\b(?P<value>\d{8,17})[ \t]+(?i:(?:as|is|was|for)[ \t]+(?:your|my|his|her|their|our)[ \t]+"
        r"(?:(?:bank|checking|savings|car|auto|home|mortgage|student)[ \t]+)?(?:loan|account|acct)[ \t]*"
        r"(?:number|no\.?|#|nr\.?)?)(?![\w-])",
        0.85,
    ),
]
CONTEXT = ["account", "acct", "checking", "savings", "bank", "deposit", "debit"]


class BankAccountRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(rf"(?:\d{{6,17}}|{_GROUPED})$")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_BANK_NUMBER",
            patterns=PATTERNS,
            context=CONTEXT,
            name="BankAccountRecognizer",
            global_regex_flags=re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        digits = sum(c.isdigit() for c in value)
        return (6 if value.isdigit() else 8) <= digits <= 17  # grouped: "account 2024 15" is no account
