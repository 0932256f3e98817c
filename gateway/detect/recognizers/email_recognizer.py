"""EMAIL_ADDRESS: Presidio's e-mail recognizer, validating the domain offline.

Presidio's own validation calls ``tldextract.extract``, whose first use fetches the public-suffix list from the
internet and waits on a time-out where there is none. This one validates against the snapshot bundled in the
installed tldextract package, built once for the process.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

PATTERNS = EmailRecognizer.PATTERNS
CONTEXT = EmailRecognizer.CONTEXT

# suffix_list_urls=() and cache_dir=None: read the bundled snapshot, never the network or a cache on disk.
OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def has_public_suffix(text: str) -> bool:
    """True when the text ends in a registrable domain under a known public suffix."""
    return OFFLINE_TLD(text).fqdn != ""


class OfflineEmailRecognizer(EmailRecognizer):
    """Same patterns and context as Presidio's; only the domain check is offline."""

    def __init__(self) -> None:
        super().__init__(name="EmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        return has_public_suffix(pattern_text)
