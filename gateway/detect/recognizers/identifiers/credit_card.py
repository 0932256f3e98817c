"""CREDIT_CARD: Presidio's recognizer (Luhn checksum), also requiring a card network's issuer prefix.

Presidio accepts any 13-19 digit run that passes Luhn, and one in ten random numbers does: a 14-digit bank
account number starting with 1 became a "card" and hid the account finding. Visa 4, Mastercard 51-55 and
2221-2720, American Express 34/37, Discover 6011/644-649/65, JCB 3528-3589, Diners 300-305/36/38, UnionPay 62."""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer as PresidioCreditCardRecognizer

# round 4: four-digit groups joined by dots, slashes or underscores ("4111.1111.1111.1111" off a fax)
PATTERNS = [
    *PresidioCreditCardRecognizer.PATTERNS,
    Pattern("card other separators", r"(?<![\d.])\d{4}([./_])\d{4}\1\d{4}\1\d{1,7}(?![\d.])", 0.3),
]
CONTEXT = PresidioCreditCardRecognizer.CONTEXT


def issuer_prefix_ok(digits: str) -> bool:
    two, four = int(digits[:2]), int(digits[:4])
    if len(digits) == 15:
        # round 9: of these networks only American Express issues 15 digits; a 15-digit Luhn number with another
        # prefix is a device's IMEI (its check digit is Luhn too) or another identifier
        return two in (34, 37)
    return (
        digits[0] == "4"
        or 51 <= two <= 55
        or 2221 <= four <= 2720
        or two in (34, 37, 36, 38, 65, 62)
        or four == 6011
        or 644 <= int(digits[:3]) <= 649
        or 3528 <= four <= 3589
        or 300 <= int(digits[:3]) <= 305
    )


class IssuerCheckedCreditCardRecognizer(PresidioCreditCardRecognizer):
    def __init__(self) -> None:
        super().__init__(name="CreditCardRecognizer", patterns=PATTERNS)

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        return len(digits) >= 13 and issuer_prefix_ok(digits) and bool(super().validate_result(digits))
