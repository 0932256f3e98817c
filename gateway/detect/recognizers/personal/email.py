"""EMAIL_ADDRESS: e-mail addresses whose domain ends in a known public suffix, or in a name set aside for
private networks and documentation.

Presidio's recognizer validates with ``tldextract.extract``, whose first use fetches the public-suffix list from
the internet and waits on a time-out where there is none; this one validates against the snapshot bundled in the
installed tldextract package, built once for the process. It also looks only around each ``@`` instead of
running Presidio's backtracking pattern from every word of the text, which on a long prompt cost more than any
other recognizer; what it accepts is the same shape (RFC 5322 local part, dotted domain labels).
"""

from __future__ import annotations

import re

import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result

_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_DOMAIN = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
PATTERNS = [Pattern("email", rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-]){_LOCAL}@{_DOMAIN}", 1.0)]
CONTEXT = ["email", "e-mail", "mail"]
_EMAIL = re.compile(PATTERNS[0].regex)
_WINDOW = 128
# Round 15. A URL's query or path runs into the local part ("GET /lookup?email=ana.ruiz@agency.gov&…", "user=jdoe@…"):
# the address starts after the last of these, which the RFC allows in a local part but mailboxes are not given
_QUERY_MARK = re.compile(r"[=?&/]")
# Round 29. A template's placeholder before the "@" ("postgresql://{user}:{password}@db.example.local/…",
# "${SMTP_USER}@mail.corp", "{{login}}@host.lan"): a name to be filled in, no one's mailbox
_PLACEHOLDER = re.compile(r"\$?\{\{?[A-Za-z_][\w.-]*\}\}?")

# suffix_list_urls=() and cache_dir=None: read the bundled snapshot, never the network or a cache on disk.
OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# Top-level names no registry sells, under which mail is still addressed: RFC 2606's documentation names, mDNS's
# ".local", ICANN's ".internal" and the private names directory services are commonly set up under
# ("jdoe@agency.corp"). An address there names a mailbox as surely as one under ".com" does, as
# "maria@example.com" already counts.
_PRIVATE_TOP = re.compile(r"(?i)\.(?:example|test|invalid|local|localdomain|internal|corp|lan|intranet)")


# Round 25. A mistyped top-level name of the commonest ones (".con", ".cmo", ".ocm", ".comm", ".nte", ".ogr"): a
# bounce list, a sign-up form's typo, the mailbox still someone's ("sione.t@hotmail.con"). Only misspellings that
# are no real top-level name (".co", ".cm", ".om" and ".ne" are countries, read as such already).
_MISTYPED_TOP = re.compile(
    r"(?i)\.(?:con|cmo|ocm|vom|xom|comm|coom|cpm|copm|clm|conm|nte|ent|nrt|ogr|orgg|rog|eud|gvo|ogv)"
)


def has_public_suffix(text: str) -> bool:
    """True when the text ends in a registrable domain under a known public suffix."""
    return OFFLINE_TLD(text).fqdn != ""


def has_mail_domain(address: str) -> bool:
    """True when an address's domain ends in a public suffix or in a private or documentation name."""
    return (
        has_public_suffix(address)
        or _under_a_wildcard_suffix(address)
        or _PRIVATE_TOP.fullmatch(address, address.rfind(".")) is not None
        or _MISTYPED_TOP.fullmatch(address, address.rfind(".")) is not None
    )


def _under_a_wildcard_suffix(address: str) -> bool:
    """``sita@example.np``, ``aye@mail.mm``: countries whose list entry is a wildcard (``*.np``) make every
    second-level name a public suffix, so the whole domain reads as a suffix with no registrable name left."""
    return "@" in address and "." in OFFLINE_TLD(address).suffix


class OfflineEmailRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["EMAIL_ADDRESS"], name="EmailRecognizer", context=CONTEXT)

    def load(self) -> None:
        has_public_suffix("example.com")  # builds the suffix table now, not on the first request with an address

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        at = text.find("@")
        seen_end = -1
        while at != -1:
            start = max(0, at - _WINDOW)
            for m in _EMAIL.finditer(text, start, min(len(text), at + _WINDOW)):
                if not (m.start() <= at < m.end() and m.end() > seen_end):
                    continue
                begin = m.start()
                for q in _QUERY_MARK.finditer(text, begin, at):
                    begin = q.end()
                if _PLACEHOLDER.fullmatch(text, begin, at) is not None:
                    continue
                if begin < at and has_mail_domain(text[begin : m.end()]):
                    results.append(self._result(begin, m.end()))
                    seen_end = m.end()
            at = text.find("@", at + 1)
        return results

    def _result(self, start: int, end: int) -> RecognizerResult:
        return own_result(self, "EMAIL_ADDRESS", start, end, PATTERNS[0].score, context_weighed=False)
