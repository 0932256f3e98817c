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
    # the networks whose numbers Presidio's pattern does not open with (Mastercard's 2-series, Maestro 56-58,
    # Mir, RuPay), in four-digit groups or none
    Pattern(
        "card other networks",
        r"(?<![\d.-])(?:5[6-8]\d\d|2[2-7]\d\d|8[12]\d\d)([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1?\d{1,3})?(?![\d-])",
        0.3,
    ),
    # a card number grouped some other way (6-4-6, 4-6-5 read off a statement or typed as heard), on a line that
    # talks about a card
    Pattern(
        "card regrouped",
        r"(?<![\d.-])[2-6]\d{3,5}(?:[ -]\d{2,6}){2,4}(?![\d-])"
        # the card word looked for behind the number once it has matched: a lookbehind first costs every position
        r"(?<=(?i:\b(?:card|cards|cc|visa|mastercard|amex|discover|tarjeta|carte|cart[aã]o)\b)[^\n]{0,120})",
        0.3,
    ),
]
CONTEXT = PresidioCreditCardRecognizer.CONTEXT


# (first digits, lowest first-digits value, highest, lengths the network issues): Visa, Mastercard, American
# Express, Discover, JCB, Diners, UnionPay, and the debit networks Maestro (50, 56-58, 63, 67), Mir, RuPay,
# Verve. A Luhn-valid run in another length is not that network's card: a 15-digit number opening 35 or 4 is an
# IMEI (its type allocation code), not a JCB or Visa card.
_NETWORKS: tuple[tuple[int, int, int, frozenset[int]], ...] = (
    (1, 4, 4, frozenset({13, 16, 19})),
    (2, 51, 55, frozenset({16})),
    (4, 2221, 2720, frozenset({16})),
    (2, 34, 34, frozenset({15})),
    (2, 37, 37, frozenset({15})),
    (4, 6011, 6011, frozenset(range(16, 20))),
    (3, 644, 649, frozenset(range(16, 20))),
    (2, 65, 65, frozenset(range(16, 20))),
    (4, 3528, 3589, frozenset(range(16, 20))),
    (3, 300, 305, frozenset(range(14, 20))),
    (2, 36, 36, frozenset(range(14, 20))),
    (2, 38, 38, frozenset(range(14, 20))),
    (2, 62, 62, frozenset(range(16, 20))),
    (2, 50, 50, frozenset(range(12, 20))),
    (2, 56, 58, frozenset(range(12, 20))),
    (2, 63, 63, frozenset(range(12, 20))),
    (2, 67, 67, frozenset(range(12, 20))),
    (4, 2200, 2204, frozenset(range(16, 20))),
    (2, 60, 60, frozenset({16})),
    (2, 81, 82, frozenset({16})),
)


def issuer_prefix_ok(digits: str) -> bool:
    return any(lo <= int(digits[:width]) <= hi and len(digits) in lengths for width, lo, hi, lengths in _NETWORKS)


class IssuerCheckedCreditCardRecognizer(PresidioCreditCardRecognizer):
    def __init__(self) -> None:
        super().__init__(name="CreditCardRecognizer", patterns=PATTERNS)

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        return len(digits) >= 13 and issuer_prefix_ok(digits) and bool(super().validate_result(digits))
