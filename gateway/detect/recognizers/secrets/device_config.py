"""PASSWORD in the configuration of network gear and infrastructure services, where a secret follows its keyword
with no ``=`` or ``:`` (round 27): Cisco's ``enable secret``, ``username … secret``, ``password 7 …``, SNMP
communities and v3 users, TACACS+ and RADIUS keys, IKE pre-shared keys, routing protocols' authentication keys;
Junos's ``encrypted-password`` and ``$9$`` strings; FortiOS's ``set password ENC …``; MikroTik's
``pre-shared-key=``; BIND's TSIG ``secret "…"``; snmpd's ``rocommunity``; keepalived's ``auth_pass``; ldap's
``bindpw``. A type 7 string and a ``$9$`` string decode to the password; a type 5, 8 or 9 hash and a crypt hash can
be cracked offline: each is refused like the password itself. The finding is the value only; a masked value, a
placeholder or a vault reference is none (secrets/base.py), nor are the default communities ``public`` and
``private``.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.secrets.base import CRYPT_HASH, SecretRecognizer

# a Cisco-style encryption type before the value ("secret 9 $9$…", "key 7 0822…"), or Junos's quoted string
_TYPE = r"(?:(?:[0-9]|1[0-9])[ \t]+)?"
_VALUE = r"(?P<q>[\"']?)(?P<value>[^\s\"'{};]{4,256})(?P=q)"
_LINE_END = (
    r"(?=[ \t;]*(?:\r?\n|$)|[ \t]+(?:RO|RW|ro|rw|view|level|encrypted|address|group|authorization|clients|restrict"
    r"|\d+\b))"
)

PATTERNS = [
    Pattern(
        "enable or user secret",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?(?:enable[ \t]+(?:secret|password)(?:[ \t]+level[ \t]+\d+)?"
        r"|username[ \t]+\S+(?:[ \t]+(?:privilege[ \t]+\d+|role[ \t]+\S+|algorithm-type[ \t]+\S+|nopassword))*"
        r"[ \t]+(?:secret|password)"
        r"|(?:password|secret)(?=[ \t]+(?:[0-9]|1[0-9])[ \t]))[ \t]+)" + _TYPE + _VALUE + _LINE_END,
        0.85,
    ),
    # round 28b: such a line quoted inside prose ('found this: "username ops privilege 15 password 7 0822…"',
    # '"tacacs-server key …"'), the value closed by the quote, the line's end or a sentence's punctuation
    Pattern(
        "quoted device secret",
        r"(?i:(?<=[\"'`\u201c])[ \t]*(?:enable[ \t]+(?:secret|password)(?:[ \t]+level[ \t]+\d+)?"
        r"|username[ \t]+\S+(?:[ \t]+(?:privilege[ \t]+\d+|role[ \t]+\S+|algorithm-type[ \t]+\S+))*"
        r"[ \t]+(?:secret|password)"
        r"|(?:tacacs-server|radius-server)[ \t]+(?:host[ \t]+\S+[ \t]+(?:[^\n\"']{0,80}?[ \t])?)?key)[ \t]+)"
        + _TYPE
        + r"(?P<q>)(?P<value>[^\s\"'`{};]{3,255}[^\s\"'`{};.,])(?=[\"'`\u201d]|[ \t]*(?:\r?\n|$))",
        0.85,
    ),
    # round 28b: a Cisco type 7 string wherever it stands after its keyword: two decimal digits (the key's offset,
    # 00 to 15) and pairs of hex digits; it decodes to the password
    Pattern(
        "type 7 string",
        r"(?i:\b(?:password|secret|key|key-string)[ \t]+7[ \t]+)(?P<q>)"
        r"(?P<value>(?:0\d|1[0-5])(?:[0-9A-Fa-f]{2}){3,100})(?![\w-])",
        0.85,
    ),
    # round 28b: a wireless controller's WLAN pre-shared key: "security wpa akm psk set-key ascii 0 …" (IOS-XE),
    # "config wlan security wpa akm psk set-key ascii … 3" (AireOS)
    Pattern(
        "wlan psk set-key",
        r"(?i:\bpsk[ \t]+set-key[ \t]+(?:ascii|hex)[ \t]+(?:[0-9][ \t]+(?=\S))?)"
        r"(?P<q>)(?P<value>[^\s\"'`{};]{3,255}[^\s\"'`{};.,])",
        0.85,
    ),
    Pattern(
        "snmp community",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?(?:snmp-server[ \t]+community|set[ \t]+snmp[ \t]+community|(?:ro|rw)community6?"
        r"|community)[ \t]+)" + _VALUE + _LINE_END,
        0.85,
    ),
    Pattern(
        "snmp v3 user key",
        r"(?i:\bsnmp-server[ \t]+user[ \t]+\S+[ \t]+\S+[ \t]+v3[ \t]+(?:encrypted[ \t]+)?auth[ \t]+\S+[ \t]+)" + _VALUE,
        0.85,
    ),
    Pattern(
        "snmp v3 privacy key",
        r"(?i:\bsnmp-server[ \t]+user[ \t]+[^\n]{1,200}?[ \t]priv[ \t]+(?:des|3des|aes(?:[ \t]+\d+)?)[ \t]+)" + _VALUE,
        0.85,
    ),
    Pattern(
        "aaa server key",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?(?:(?:tacacs-server|radius-server)[ \t]+"
        r"(?:host[ \t]+\S+[ \t]+(?:[^\n]{0,80}?[ \t])?)?key"
        r"|(?:server-)?key)[ \t]+)" + _TYPE + _VALUE + _LINE_END,
        0.85,
    ),
    Pattern(
        "pre-shared key",
        r"(?i:\b(?:crypto[ \t]+isakmp[ \t]+key|(?:ikev[12][ \t]+(?:local-authentication|remote-authentication)?[ \t]*)?"
        r"pre-shared-key(?:[ \t]+(?:ascii-text|hexadecimal|local|remote))?|psksecret|wpa2?-pre-shared-key"
        r"|wpa-psk|passphrase)[ \t]*[= \t][ \t]*(?:ENC[ \t]+)?)" + _TYPE + _VALUE,
        0.85,
    ),
    Pattern(
        "routing authentication key",
        r"(?i:\b(?:authentication-key|message-digest-key[ \t]+\d+[ \t]+md5|key-string|authentication[ \t]+key"
        r"|neighbor[ \t]+\S+[ \t]+password)[ \t]+)" + _TYPE + _VALUE,
        0.85,
    ),
    Pattern(
        "junos encrypted password",
        r"(?i:\b(?:encrypted-password|secret|authentication-key|pre-shared-key[ \t]+ascii-text)[ \t]+)"
        r"(?P<q>\")(?P<value>\$(?:1|5|6|9|2[aby]?)\$[^\s\"]{6,256})(?P=q)",
        0.85,
    ),
    Pattern(
        "fortios secret",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?set[ \t]+(?:password|passwd|psksecret|secret|key|passphrase|sae-password|auth-pwd"
        r"|server-key|ldap-password|community)[ \t]+(?:ENC[ \t]+)?)" + _VALUE,
        0.85,
    ),
    # a wireless controller's AAA server with its shared secret: "config radius auth add 1 10.0.0.5 1812 ascii …"
    Pattern(
        "controller aaa secret",
        r"(?i:\bconfig[ \t]+(?:radius|tacacs)[ \t]+(?:auth|acct|athr)[ \t]+add[ \t]+\d+[ \t]+\S+[ \t]+\d+[ \t]+"
        r"(?:ascii|hex)[ \t]+)" + _VALUE,
        0.85,
    ),
    # strongSwan's and libreswan's ipsec.secrets: 'gw-a gw-b : PSK "…"', '"user" : EAP "…"'
    Pattern(
        "ipsec secrets entry",
        r"(?im:^[^\n#]{0,200}?:[ \t]*(?:PSK|EAP|XAUTH|NTLM|PIN)[ \t]+)(?P<q>[\"'])(?P<value>[^\"'\n]{4,256})(?P=q)",
        0.85,
    ),
    # PAN-OS's XML: <phash>…</phash>, <pre-shared-key><key>…</key>, <community>…</community>
    Pattern(
        "xml device secret",
        r"(?i:<(?P<tag>phash|psk|community|community-string|authentication-key|passphrase|shared-secret)>"
        r"|<pre-shared-key>[ \t]*<key>)(?P<q>)(?P<value>[^<\s]{4,256})</",
        0.85,
    ),
    # a PHP or Python settings array's key: $config['snmp']['community'] = ['…'], ['authpass'] = '…'
    Pattern(
        "settings array secret",
        r"(?i:\[[ \t]*[\"'](?:community|authpass(?:word)?|cryptopass|privpass|password|secret|psk)[\"'][ \t]*\][ \t]*="
        r"[ \t]*\[?[ \t]*)(?P<q>[\"'])(?P<value>[^\"'\n]{4,128})(?P=q)",
        0.85,
    ),
    # a monitoring tool's secret macro and its value a line or three below: "macro: '{$SNMP_COMMUNITY}'⏎value: '…'"
    Pattern(
        "secret macro value",
        r"(?i:macro:[ \t]*[\"']?\{\$[A-Z0-9_.]*(?:COMMUNITY|PASSWORD|PASSWD|PASS|SECRET|KEY|TOKEN|PSK)[A-Z0-9_.]*\}"
        r"[\"']?[ \t]*\r?\n(?:[ \t]+[a-z_]+:[^\n]*\r?\n){0,3}?[ \t]+value:[ \t]*)" + _VALUE,
        0.85,
    ),
    Pattern(
        "tsig secret",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?secret[ \t]+)(?P<q>\")(?P<value>[A-Za-z0-9+/]{16,}={0,2})(?P=q)[ \t]*;",
        0.85,
    ),
    # a line of /etc/shadow or of an htpasswd file: "svc_backup:$6$salt$hash:19700:0:99999:7:::", "admin:$apr1$…"
    Pattern(
        "password file hash",
        r"(?m:^[ \t]*[A-Za-z_][\w.@-]{0,63}:)(?P<q>)(?P<value>\$(?:1|2[aby]?|5|6|y|apr1)\$(?:rounds=\d+\$)?"
        r"[./A-Za-z0-9$]{8,256})(?=:|[ \t]*(?:\r?\n|$))",
        0.85,
    ),
    Pattern(
        "service password line",
        r"(?im:^[ \t]*(?:[+-][ \t]*)?(?:auth_pass|bindpw|ldap_default_authtok|masterauth|requirepass|insecure-password"
        r"|user[ \t]+\S+[ \t]+(?:insecure-)?password)[ \t]+)" + _VALUE,
        0.85,
    ),
]
# a crypt-style hash ("$6$salt$…", Cisco's "$9$…", Junos's "$9$…"), which a "$" reference check would take for a
# variable
_CRYPT = CRYPT_HASH
# What stands after a keyword without being its secret (a value is four characters at least): the default
# communities, the keywords of a setting's form and of prose about one ("`pre-shared-key ascii-text`", "community
# string for the NOC"), and the words a masked export writes
_NOT_SECRETS = frozenset(
    {"public", "private", "ascii-text", "hexadecimal", "local", "remote", "string", "strings", "type", "types"}
    | {"encrypted", "unencrypted", "vault", "text", "secret", "community", "removed", "redacted", "hidden", "masked"}
    | {"password", "none"}
)
# a heading's word after "Community", "Key" or "set password" ("Key Takeaways")
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")
# a secret store's path: "secret/data/zabbix/sector:community"
_VAULT_PATH = re.compile(r"[\w.-]+(?:/[\w.-]+)+(?::[\w.-]+)?")
_MASK = frozenset("*xX#.-_<>[]()")


class DeviceConfigSecretRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("PASSWORD", PATTERNS, name="DeviceConfigSecretRecognizer")

    def narrow(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        grouped = self._value_groups.get(pattern_name)
        m = grouped.match(text, result.start) if grouped is not None else None
        if m is not None and m.start("value") >= 0 and _CRYPT.fullmatch(m.group("value")):
            result.start, result.end = m.span("value")
            return True
        return super().narrow(text, result, pattern_name)

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        lowered = value.lower()
        if lowered in _NOT_SECRETS or "example" in lowered or set(value) <= _MASK:
            return False  # a keyword, a masked value, a vendor guide's sample
        if _PLAIN_WORD.fullmatch(value) or _VAULT_PATH.fullmatch(value):
            return False
        return value[-1:] not in ",.`" or _CRYPT.match(value) is not None  # prose's punctuation after a keyword
