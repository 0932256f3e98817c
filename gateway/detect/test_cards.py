"""Payment processors' published test card numbers, and the words that name a card number as one.

The processors' sandboxes accept only these numbers, no issuer assigns them to a cardholder, and developers quote
them in payment-form questions ("use the documented test card 4242 4242 4242 4242"). A text that names the number
as a test, sample or sandbox card is about the form, not about anyone's account; the same number offered as a
customer's card ("card ending in full number 4111 1111 1111 1111 was charged twice") stays a finding.

Sources: Stripe, "Testing" (docs.stripe.com/testing); Braintree, "Testing"
(developer.paypal.com/braintree/docs/reference/general/testing) and its client libraries'
``Test::CreditCardNumbers``.
"""

from __future__ import annotations

import re

PUBLISHED = frozenset(
    {
        "4242424242424242",  # Visa (Stripe)
        "4000056655665556",  # Visa debit (Stripe)
        "4111111111111111",  # Visa (Braintree)
        "4012888888881881",  # Visa (Stripe, Braintree)
        "4009348888881881",  # Visa (Braintree)
        "4500600000000061",  # Visa prepaid (Braintree)
        "5555555555554444",  # Mastercard (Stripe, Braintree)
        "5105105105105100",  # Mastercard (Stripe, Braintree)
        "5200828282828210",  # Mastercard debit (Stripe)
        "2223003122003222",  # Mastercard 2-series (Stripe)
        "378282246310005",  # American Express (Stripe, Braintree)
        "371449635398431",  # American Express (Stripe, Braintree)
        "6011111111111117",  # Discover (Stripe, Braintree)
        "6011000990139424",  # Discover (Stripe, Braintree)
        "3530111333300000",  # JCB (Braintree)
        "3566002020360505",  # JCB (Stripe, Braintree)
        "30569309025904",  # Diners Club (Braintree)
        "38520000023237",  # Diners Club (Braintree)
        # round 27: the sandboxes' documented failure cards, quoted in test plans beside the success ones
        "4000000000000002",  # generic decline (Stripe)
        "4000000000009995",  # insufficient funds (Stripe)
        "4000000000009987",  # lost card (Stripe)
        "4000000000009979",  # stolen card (Stripe)
        "4000000000000069",  # expired card (Stripe)
        "4000000000000127",  # incorrect CVC (Stripe)
        "4000000000000119",  # processing error (Stripe)
        "4100000000000019",  # blocked as fraudulent (Stripe)
        "4000000000000101",  # CVC check fails (Stripe)
        "4000000000000010",  # address checks fail (Stripe)
        "4000000000000259",  # disputed (Stripe)
        "4000002500003155",  # 3D Secure required (Stripe)
        "4000000000003220",  # 3D Secure 2 required (Stripe)
        "4000111111111115",  # processor declined (Braintree)
        "4000111111111511",  # failed verification (Braintree)
    }
)
# the text says the number is a test one: "test card", "sandbox", "dummy", "the processor's documented …"; a word
# of the prose, not of an address ("jdoe@example.com", "test.example.org" say nothing about the card)
_NAMED_AS_TEST = re.compile(
    r"(?i)(?<![\w@./-])(?:test(?:ing)?|sandbox|dummy|sample|example|demo|fake|placeholder|documented|qa)"
    r"(?![\w@/-]|\.\w)"
)
_WINDOW = 120


def named_test_card(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a published test card number and the words around it say it is one."""
    if re.sub(r"[ -]", "", text[start:end]) not in PUBLISHED:
        return False
    return _NAMED_AS_TEST.search(text, max(0, start - _WINDOW), min(len(text), end + _WINDOW)) is not None
