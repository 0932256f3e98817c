"""CONNECTION_STRING: connection strings that carry a password: URLs with ``user:password@`` (postgres, mysql,
mongodb, redis, amqp, ftp, https …; detect-secrets' BasicAuthDetector) and ADO.NET / ODBC / JDBC strings with
``Password=``/``Pwd=``. Without a real password (``user@host``, ``:${DB_PASSWORD}@``) it is not a finding."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from gateway.detect.recognizers.secrets.base import SecretRecognizer, is_placeholder

PATTERNS = [
    Pattern(
        "url with password",
        r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@\"'<>]{0,64}:[^\s@/\"'<>]{1,128}@[^\s/\"'<>,;]+(?:/[^\s\"'<>,;]*)?",
        0.95,
    ),
    Pattern(
        "jdbc url with password",
        r"\bjdbc:[a-z0-9]+:(?://)?[^\s;\"'<>]+(?:;[^\s;=\"'<>]+=[^\s;\"'<>]*)*?;(?i:password|pwd)=[^\s;\"'<>]+",
        0.9,
    ),
    Pattern(
        "key-value connection string",
        r"(?i:\b(?:Server|Data Source|Host|Address|Addr|Network Address)=)[^;\n\"']{1,200};[^\n\"']*?"
        r"(?i:\b(?:Password|Pwd)=)[^;\s\"']{1,128}",
        0.9,
    ),
    # Azure storage, Service Bus and Event Hubs: "DefaultEndpointsProtocol=https;AccountName=…;AccountKey=<base64>",
    # "Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=<base64>"
    Pattern(
        "azure connection string",
        r"(?i:\b(?:DefaultEndpointsProtocol|Endpoint|BlobEndpoint|AccountName)=)[^\n\"']{0,300}?"
        r"(?i:\b(?:AccountKey|SharedAccessKey)=)[A-Za-z0-9+/]{20,128}={0,2}",
        0.9,
    ),
]
CONTEXT: list[str] = []
_URL_PASSWORD = re.compile(r"://[^\s:/@]*:([^\s@/]*)@")
_AZURE_KEY = re.compile(r"(?i:(?:AccountKey|SharedAccessKey)=)([A-Za-z0-9+/]+=*)")
_KV_PASSWORD = re.compile(r"(?i:(?:Password|Pwd)=)([^;\s\"']*)")


class ConnectionStringRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("CONNECTION_STRING", PATTERNS, CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        key = _AZURE_KEY.search(pattern_text)
        if key is not None:
            return len(set(key.group(1).rstrip("="))) < 8  # a base64 key, not a template (AAAA…, xxxx…)
        m = _URL_PASSWORD.search(pattern_text) or _KV_PASSWORD.search(pattern_text)
        return m is None or is_placeholder(m.group(1))
