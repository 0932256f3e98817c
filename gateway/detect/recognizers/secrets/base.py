"""Shared by the credential recognizers (patterns after gitleaks and Yelp's detect-secrets): what a placeholder
looks like, and a base class whose ``value`` patterns report only the secret after ``key = `` or ``key: ``.

A config template is not a leak: ``password: ${DB_PASSWORD}``, ``<your-password>``, ``changeme``, ``****``,
``secret: db-credentials`` (a Kubernetes secret's name) are placeholders or references, never findings.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.base import DepartmentRecognizer

PLACEHOLDER_WORDS = frozenset(
    {
        "password",
        "passwd",
        "changeme",
        "change_me",
        "example",
        "placeholder",
        "redacted",
        "secret",
        "none",
        "null",
        "true",
        "false",
        "required",
        "optional",
        "undefined",
        "xxxxxx",
        "yourpassword",
        "your_password",
        "mypassword",
        "string",
        "hidden",
        "masked",
        "token",
        "notset",
        "empty",
    }
)
_REFERENCE = re.compile(r"^(?:\$\{?|%|\{\{|<|\[|\(|@|os\.environ|env\(|process\.env|getenv|vault:|secretref)", re.I)
_FILE_REFERENCE = re.compile(
    r"^(?:\.{1,2}/|~/|/[a-z]|[A-Za-z]:\\)|\.(?:pem|key|json|p12|pfx|crt|cer|txt|ya?ml|env|ini|jks)$"
)
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(.*\)?$")
# Round 12. A format field that names a variable (Python's f-strings and str.format, C#'s interpolation):
# "postgresql://{user}:{pw}@…", "{db_password}", "{creds['password']}", "{DB_PASS}". The name is in one case, so a
# mixed-case word with digits in braces ("{Winter2026}") is still read as a value.
_FORMAT_FIELD = re.compile(
    r"^\{(?:[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*)(?:\.[A-Za-z_]\w*|\[['\"]?[\w.-]+['\"]?\])*(?:![rsa])?\}$"
)
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:[-_./][a-z0-9]+)*$")  # also a path: secret/db
# "value" assignments: the key, then = or :, an optional quote, the value (group "value"), the same quote.
ASSIGNED = r"""["']?[ \t]*(?:=|:|=>|:=)[ \t]*(?P<q>["']?)(?P<value>[^\s"'`,;]{{{min},{max}}})(?P=q)"""


# Round 23. A template's instruction to fill the value in, in any case and with any separator: "REPLACE_ME",
# "change-me", "FILL_IN", "SET-THIS", "TODO", "TBD", "<paste-token-here>" (the brackets are a reference already)
_FILL_IN = re.compile(
    r"(?i)(?:(?:replace|change|fill|set|insert|update|enter|put|paste|add)[-_. ]?(?:me|this|it|in|here|value)"
    r"(?:[-_. ]?(?:here|later|now))?|todo|tbd|tba|fixme|n/?a)"
)


# A crypt(3)-style password hash (MD5, bcrypt, SHA-256/512, yescrypt, Cisco type 8/9, Junos $9$, Apache's apr1):
# it can be cracked, so it is a credential, though it starts with "$" as a shell variable does.
CRYPT_HASH = re.compile(r"\$(?:1|2[aby]?|5|6|7|8|9|y|apr1|sha1)\$(?:rounds=\d+\$)?[./A-Za-z0-9$]{6,}")


def is_placeholder(value: str) -> bool:
    """A reference, a template or a dummy rather than a secret."""
    v = value.strip("\"'")
    if CRYPT_HASH.fullmatch(v):
        return False
    if v[-1:] in (")", "]", "}") and _IDENTIFIER.match(v.rstrip(")]}")):
        v = v.rstrip(")]}")  # a variable closing a call or a literal: {"apiKey": api_key}
    if not v or _REFERENCE.match(v) or set(v) <= set("*x.#-_X") or v.lower() in PLACEHOLDER_WORDS:
        return True
    if _FILL_IN.fullmatch(v):
        return True
    lowered = v.lower()
    if any(word in lowered for word in ("your", "placeholder", "changeme", "redacted", "dummy")):
        return True
    if "example" in lowered and not any(c.isdigit() for c in v):
        return True
    if v.endswith(("...", "\u2026")):
        return True  # elided: sk-..., ghp_…
    if _FILE_REFERENCE.search(v):
        return True  # a key file named, not the key: ./keys/id_rsa, ~/.ssh/key.pem
    if _CALL.match(v):
        return True  # code computing the value: get_token(), os.getenv("X")
    if _FORMAT_FIELD.match(value.strip("\"'")):
        return True  # a template's field, filled in by code at run time
    # a lower-case identifier (a secret's name, a word) rather than a credential
    return _IDENTIFIER.match(v) is not None and not any(c.isdigit() for c in v) and len(v) < 24


# Round 11. A constant's name in capitals ("API_KEY", "DB_PASSWORD"), unquoted: code passing the constant on
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def names_an_assigned_constant(text: str, value: str) -> bool:
    """The value is the name of a constant that the same text assigns (``API_KEY = os.environ[…]`` … ``{"X-Api-Key":
    API_KEY}``): a reference to the secret, whatever the assignment holds (that is read where it is written)."""
    name = value.strip("\"'").rstrip(")]},;")
    if _CONSTANT.fullmatch(name) is None:
        return False
    return re.search(rf"(?m)(?:^|\s){re.escape(name)}[ \t]*[:=](?!=)", text) is not None


class SecretRecognizer(DepartmentRecognizer):
    """Patterns with a named group ``value`` report that group only; placeholders are dropped."""

    def __init__(
        self, entity: str, patterns: list[Pattern], context: list[str] | None = None, name: str | None = None
    ) -> None:
        super().__init__(
            supported_entity=entity,
            patterns=patterns,
            context=context or None,
            name=name or f"{entity.title().replace('_', '')}Recognizer",
            global_regex_flags=re.MULTILINE,
        )

    def narrow(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        if pattern_name not in self._value_groups:
            return True
        if not super().narrow(text, result, pattern_name):
            return False
        value = text[result.start : result.end]  # the value group, once narrowed
        return not is_placeholder(value) and not names_an_assigned_constant(text, value)
