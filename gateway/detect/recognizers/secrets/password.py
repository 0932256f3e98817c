"""PASSWORD: secrets assigned in pasted config or code (``password=…``, ``secret: …``, ``api_key = "…"``,
``client_secret``, ``token``) and passwords given in prose ("my password is …"); the finding is the value only.
Placeholders, references and plain words are not passwords (secret.py)."""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.secrets.base import ASSIGNED, SecretRecognizer, is_placeholder

# The key word anywhere in a name (``db_password``, ``x-api-key``): looking back one character instead of matching
# the name's start keeps the search linear (the same findings on every corpus, a third of the time).
_KEY = (
    r"(?i:(?:(?<=[A-Za-z0-9_.-])|\b)(?:password|passwd|pwd|passphrase|secret|api[_-]?key|apikey|access[_-]?token"
    r"|auth[_-]?token|bearer[_-]?token|client[_-]?secret|private[_-]?token|token"
    r"|subscription[_-]?key|secret[_-]?key|access[_-]?key|account[_-]?key|master[_-]?key|signing[_-]?key"
    r"|api[_-]?secret|app[_-]?secret|consumer[_-]?secret|shared[_-]?secret"
    # round 22: "pass" closing a name after a separator ("admin_pass", "DB_PASS"), never inside a word ("bypass");
    # a boarding pass's field holds a travel document's data, read by its own recognizers
    r"|(?<=[_.-])(?<!boarding[_.-])pass)\b)"
)
# Password words in the languages of the department's public (accents are folded before detection), also with
# digits and symbols for letters ("p@ssw0rd").
_WORD = (
    r"(?:p[a@4][s$5][s$5]-?w[o0]rd|passwd|passcode|passphrase|pwd|pw|pass|contrasena|clave|passwort|kennwort"
    r"|mot[ \t]+de[ \t]+passe|mdp|senha|parola[ \t]+d'ordine"
    # Wi-Fi and network keys, and the word in more languages (Polish, Dutch, Swedish, Vietnamese, Indonesian,
    # Turkish)
    r"|wi-?fi[ \t]+(?:key|code)|wlan[ \t]+key|network[ \t]+key|passkey|haslo|wachtwoord|losenord|mat[ \t]+khau"
    # round 15: a router's security key named by its protocol ("WPA2 key: …", "WPA-PSK passphrase = …")
    r"|wpa[23]?(?:[ \t-]?(?:psk|personal))?[ \t]+(?:key|passphrase|password)|wpa[23]?[ \t-]?psk|pre-?shared[ \t]+key"
    r"|kata[ \t]+sandi|sifre"
    # round 29: the key that locks a controller's or a project's source ("source protection key = …", "unlock code")
    r"|(?:source[ \t]+)?protection[ \t]+(?:key|password)|unlock[ \t]+(?:key|code))"
)
# The same words without the bare "pass", which is also a verb ("pass the form to her: …").
_WORD_NOUN = _WORD.replace("|pass|", "|")
_VERB = (  # la: Vietnamese "là", accents folded; "is still", "is now": the value as it stands
    r"(?:(?:is|was|will[ \t]+be|es|era|ist|lautet|est|sera|e|eh|la)(?:[ \t]+(?:still|now|currently|also))?)"
)
_SPELLED_CHAR = (
    r"(?:(?i:capital|upper(?:[ \t-]?case)?|lower(?:[ \t-]?case)?|small|the[ \t]+(?:number|letter))[ \t]+)?"
    r"(?:[A-Za-z0-9]|(?i:exclamation(?:[ \t]+(?:point|mark))?|at[ \t]+sign|hash|pound|dollar(?:[ \t]+sign)?|percent"
    r"|ampersand|asterisk|star|underscore|dash|hyphen|period|dot))(?![A-Za-z0-9])"
)
_VALUE = r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`<>(){}\[\]@/\\,.;:-][^\s\"'`]{5,63})(?P=q)"
PATTERNS = [
    Pattern("password assignment", _KEY + ASSIGNED.format(min=6, max=128), 0.85),
    # "la contraseña nueva del portal es Palmera#4471", "le mot de passe Bordeaux@2026x", "Passwort Zugspitze!882",
    # ".netrc: machine … login … password qV7#…", "use pass: Kd83!vnQ0s"
    Pattern(
        "password in any language",
        # the value right after the word when it has a digit or symbol, before a verb further on can take a word
        # for it ("her temp password Welcome2Dec!2026 was rejected")
        rf"(?i:\b{_WORD_NOUN}\b[ \t]*[:=]?[ \t]*(?![:=])(?=[\"'`]?[^\s\"'`]*[0-9!#$%^&*_+~])(?=[\"'`]?[^\s\"'`]*[a-z])"
        rf"|\b{_WORD}\b(?:[ \t]+[^\s:=]{{1,20}}){{0,4}}?[ \t]+{_VERB}[ \t]*:?[ \t]*|\b{_WORD}\b[ \t]*[:=]?[ \t]*)"
        + _VALUE,
        0.8,
    ),
    # "Kennwort für das WLAN: …", "contraseña del correo: …", "mot de passe du compte : …", "password ko: …"
    Pattern(
        "labelled password",
        rf"(?i:\b{_WORD_NOUN}\b(?:[ \t]+[^\s:=]{{1,20}}){{1,4}}?[ \t]*[:=][ \t]*)" + _VALUE,
        0.8,
    ),
    # the value further on in the same sentence, after a colon, a verb, or "to"/"as" where a password is set:
    # "the admin pw for the lab racks was read out at standup: Tulip#Gate38", "reset her password to temp
    # Quill&Moss2027", "set the kiosk passcode as ember-Fox-61"; only a value with a lower-case letter and a
    # digit or symbol, as typed passwords have and words, names and ticket numbers do not
    Pattern(
        "password further on",
        # round 17: or "it's" ("I keep typing my password wrong, it's mB4#…")
        rf"(?i:\b{_WORD_NOUN}\b[^\n.?!<>{{}}]{{0,60}}?(?:[ \t]*[:=]|[ \t]+{_VERB}[ \t]*:?|[ \t]+it['\u2019]s[ \t]*:?"
        r"|[ \t]+(?:to|as)"
        # round 19: the value may wrap onto the next line ("the password I picked was⏎Xq…")
        r"(?:[ \t]+(?:a|the|new|temp|temporary|default|initial|one-time)){0,2})[ \t]*(?:\r?\n[ \t]*)?)"
        r"(?=[\"'`]?[^\s\"'`]*[0-9!#$%^&*@_+~])(?=[\"'`]?[^\s\"'`]*[a-z])"
        r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`<>(){}\[\]@/\\,.;:-][^\s\"'`<>{}]{5,63})(?P=q)",
        0.8,
    ),
    # round 16: a password given in parts, each in quotes: "the passphrase begins with "Kelp-4!" (rest later)", "my
    # password starts with 'Vx9#'"; a part holds a letter and a digit or a symbol
    Pattern(
        "password part",
        rf"(?i:\b{_WORD_NOUN}\b[^\n.?!]{{0,40}}?\b(?:begins|starts|ends|opens|finishes)[ \t]+with[ \t]+)"
        r"(?P<q>[\"'\u201c\u2018])(?=[^\s\"'\u201d\u2019]*[0-9!#$%^&*@_+~])(?=[^\s\"'\u201d\u2019]*[A-Za-z])"
        r"(?P<value>[^\s\"'\u201c\u201d\u2018\u2019]{4,40})[\"'\u201d\u2019]",
        0.8,
    ),
    # round 28b: a password's first or last part given without quotes, the rest in a later message: "passcode
    # starts Kx4#", "the pw begins with: Tq9!"; a part of four or more characters with a letter and a digit or symbol
    Pattern(
        "unquoted password part",
        rf"(?i:\b{_WORD_NOUN}\b[^\n.?!\"'\u201c\u2018]{{0,40}}?\b(?:begins|starts|ends|opens|finishes)"
        r"(?:[ \t]+with)?[ \t]*:?[ \t]+)"
        r"(?P<q>)(?=[^\s\"'`]*[0-9!#$%^&*@_+~])(?=[^\s\"'`]*[A-Za-z])"
        r"(?P<value>[^\s\"'`\u201c\u2018<>(){}\[\]][^\s\"'`\u201d\u2019<>{}]{3,39})(?=[\s.,;:!?]|$)",
        0.8,
    ),
    # a password typed out one character at a time: "password: K a t z e 9 9 !", "clave es R 1 o _ 2 0"
    Pattern(
        "spaced password",
        rf"(?i:\b{_WORD_NOUN}\b(?:[ \t]+[^\s:=]{{1,20}}){{0,7}}?(?:[ \t]*[:=]|[ \t]+{_VERB}[ \t]*:?)[ \t]*)"
        r"(?P<q>)(?P<value>(?:[^\s\"'`][ \t]){5,63}[^\s\"'`.,;])",
        0.8,
    ),
    # round 22: a quoted value an editor wrapped onto the next line: db_password: "Hq7!kd⏎m2Pz"
    Pattern(
        "wrapped password assignment",
        _KEY + r"""["']?[ \t]*(?:=|:)[ \t]*(?P<q>["'])(?P<value>[^\s"'`]{3,64}\r?\n[ \t]*[^\s"'`]{1,64})(?P=q)""",
        0.85,
    ),
    # round 22: a PIN with letters, its value further on in the sentence: "the kiosk PIN I set then fails: Ab12#…"
    Pattern(
        "pin further on",
        rf"\bPINs?\b(?i:[^\n.?!<>{{}}]{{0,60}}?(?:[ \t]*[:=]|[ \t]+{_VERB}[ \t]*:?)[ \t]*)"
        r"(?=[\"'`]?[^\s\"'`]*[0-9!#$%^&*@_+~])(?=[\"'`]?[^\s\"'`]*[a-z])"
        r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`<>(){}\[\]@/\\,.;:-][^\s\"'`<>{}]{5,63})(?P=q)",
        0.8,
    ),
    # round 22: a password typed out with spaces, its label or a login's name earlier on the line ("the VPN login
    # kept failing, so here it is spaced: 7 k # M q 2 ! x"); only characters of a typed password's kinds (keep())
    Pattern(
        "spaced password near a login",
        # (round 28b: or a pre-shared key's, "their PSK … like this: X c 9 ! m …")
        rf"(?i:\b(?:{_WORD_NOUN}|PIN|VPN|PSK|login|log[ \t-]?in|sign[ \t-]?in|logon|credentials?)\b"
        r"[^\n]{0,100}?[ \t:=])"
        r"(?P<q>)(?P<value>(?:[^\s\"'`][ ]){7,63}[^\s\"'`.,;:])(?=[.,;:?!]?(?:\s|$))",
        0.8,
    ),
    # round 22: an app password in four groups of four lower-case letters, as mail providers issue them: "app
    # password: qzrv hnto wkbe lpas"; the groups are checked in keep() (a placeholder, a phrase of words)
    Pattern(
        "password in letter groups",
        rf"(?i:\b{_WORD_NOUN}\b[^\n:=]{{0,30}}?(?:[ \t]*[:=]|[ \t]+{_VERB}[ \t]*:?)[ \t]*)"
        r"(?P<q>[\"'`]?)(?P<value>[a-z]{4}(?: [a-z]{4}){3})(?P=q)(?![A-Za-z0-9])",
        0.8,
    ),
    # round 22: a key in the dict of a web request's parameters or headers, named only "key" or "…_key", "appid":
    # requests.get(url, params={"q": 1, "key": "…"}), axios's headers: {"x-functions-key": "…"}
    Pattern(
        "key in a request",
        r"(?i:\b(?:params|headers|data|json|auth|query)[\"']?[ \t]*[=:][ \t]*\{[^}]{0,300}?(?<![\w-])[\"']?"
        r"(?:[a-z0-9]+[_-])*(?:key|appid|app[_-]?id)[\"']?[ \t]*:[ \t]*)"
        r"(?P<q>[\"'])(?P<value>[^\s\"']{12,128})(?P=q)",
        0.8,
    ),
    # round 26: a variable or setting named "…_KEY"/"…Key" given a random string in code or config
    # (LMS_KEY = "7hVq…", "mapsKey": "…"); keep() takes only a value of both cases and digits, no camel-cased words
    Pattern(
        "key variable assignment",
        r"(?<![\w-])[\"']?(?:[A-Za-z][A-Za-z0-9]*[_-])+(?:KEY|[Kk]ey)[\"']?[ \t]*(?::=|=|:)[ \t]*"
        r"(?P<q>[\"'])(?P<value>[A-Za-z0-9_+=-]{16,128})(?P=q)",
        0.8,
    ),
    Pattern(
        "camel-cased key variable assignment",
        r"(?<![\w-])[\"']?[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*Key[\"']?[ \t]*(?::=|=|:)[ \t]*"
        r"(?P<q>[\"'])(?P<value>[A-Za-z0-9_+=-]{16,128})(?P=q)",
        0.8,
    ),
    # round 22: a chat's next turn giving a password after a label of its own, in any language: "A: I forgot my
    # password for the portal⏎B: pansamantala muna: Kx…"; only a value with lower and upper case and a digit (keep())
    Pattern(
        "password labelled on the next chat line",
        rf"(?i:\b{_WORD_NOUN}\b[^\n]{{0,80}}\r?\n[^\n:]{{1,40}}:[^\n:]{{1,40}}:[ \t]*)" + _VALUE,
        0.8,
    ),
    Pattern(
        "basic authorization",
        r"(?i:\bAuthorization[\"']?[ \t]*[:=][ \t]*[\"']?Basic[ \t]+)(?P<q>)(?P<value>[^\s\"']{8,})",
        0.9,
    ),
    # connect("10.20.4.15", "fema_etl", "Hurric4ne_Season_99", "ia_prod"): the string after the user
    Pattern(
        "positional password",
        r"(?i:\b(?:connect|login|authenticate|auth|open_connection|Connection|Client|SMTP_SSL|starttls_login"
        r"|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication"
        r"|auth[ \t]*=[ \t]*)"
        r"\([ \t]*(?:(?:host[ \t]*=[ \t]*)?[\"'][^\"'\n]*[\"'][ \t]*,[ \t]*){1,2})"
        r"(?P<q>[\"'])(?P<value>[^\"'\n]{6,64})(?P=q)",
        0.8,
    ),
    # round 17: JDBC's DriverManager.getConnection(url, user, password): the third argument, the first may be a
    # variable ("getConnection(url, "usc_svc", "Lockbox#…")")
    Pattern(
        "jdbc connection password",
        r"(?:\bgetConnection[ \t]*\([ \t]*[^,()\n]{1,200},[ \t]*(?:\"[^\"\n]*\"|[A-Za-z_]\w*)[ \t]*,[ \t]*)"
        r"(?P<q>\")(?P<value>[^\"\n]{6,64})(?P=q)",
        0.8,
    ),
    Pattern(
        "secure string",
        r"(?i:\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)(?P<q>[\"'])(?P<value>[^\"'\n]{6,64})(?P=q)",
        0.9,
    ),
    # in scripts without word spaces or in Cyrillic: "パスワードは Sakura#2291", "密码是 …", "пароль: …"
    Pattern(
        "password in other scripts",
        r"(?i:(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|пароль|гасло|κωδικός)[ \t]*(?:は|が|是|为|為|는|은|-)?"
        r"[ \t]*[:=]?[ \t]*)" + _VALUE,
        0.8,
    ),
    # the word and what it opens, then a colon: "пароль от тестового сервера: …", "κωδικός του λογαριασμού: …"
    Pattern(
        "labelled password in other scripts",
        r"(?i:(?:пароль|гасло|κωδικός|κωδικος)(?:[ \t]+[^\s:=]{1,20}){1,4}?[ \t]*[:=][ \t]*)" + _VALUE,
        0.8,
    ),
    # a label, an arrow, the value: "Password for the shared drive → Maple7Tree", "pwd -> Hk29!mzQ"
    Pattern(
        "password after an arrow",
        rf"(?i:\b{_WORD_NOUN}\b(?:[ \t]+[^\s:=]{{1,20}}){{0,4}}?[ \t]*(?:->|=>|→|⇒|➜)[ \t]*)" + _VALUE,
        0.8,
    ),
    # "login creds: admin / Fr0st!bite22", "credentials - svc_etl:Hq82!xLm", "shared drive login is ops / …", a
    # network's name and key: "guest wifi for the JFO: DHS-Guest / Helene2024!"
    Pattern(
        "user and password pair",
        r"(?i:\b(?:creds|credentials?|login|logon|user(?:name)?[ \t]*/[ \t]*pass(?:word)?|wi-?fi|wlan|ssid)\b"
        r"[^\n:=]{0,20}(?:[:=-]|[ \t](?:is|was|are))[ \t]*)"
        r"[A-Za-z0-9_.@\\-]{2,40}[ \t]*[/:][ \t]*(?P<q>)(?P<value>[^\s/\\\"'`]{6,64})",
        0.8,
    ),
    # round 19: an account named after "user", a slash, the password: "log in as user svc_intake / Wq7#…"; the value
    # has letters with digits or symbols (keep())
    Pattern(
        "named user and password",
        r"(?i:\buser(?:name)?[ \t]+[A-Za-z0-9_.@\\-]{2,40}[ \t]+/[ \t]+)"
        r"(?=[^\s/]*[0-9!#$%^&*@_+~])(?=[^\s/]*[a-z])(?P<q>)(?P<value>[^\s/\\\"'`]{6,64})",
        0.8,
    ),
    # a superuser's name, a slash, the password: "ssh in as root / Heron!Quay-52", "admin/Tamarind88#"
    Pattern(
        "admin account and password",
        r"(?i:\b(?:root|admin|administrator|sa|postgres|sysadmin|superuser)[ \t]*/[ \t]*)"
        r"(?=[^\s/]*[0-9!#$%^&*@_+~])(?=[^\s/]*[a-z])(?P<q>)(?P<value>[^\s/\\\"'`]{6,64})",
        0.8,
    ),
    # round 23: an account named by what it is, then its name, a slash and the password: "Local admin is
    # psc_kit02 / Rt#…", "service account (for the add-in): rooms-sync@hq / Ap7#…", "the sub-applicant account for
    # the county is hmo_county / Qw7!…"; only a value with a digit and a symbol or both cases (keep())
    Pattern(
        "account and password",
        r"(?i:\b(?:accounts?|acct|admin(?:istrator)?|logins?|logons?|creds|credentials?|sign[ \t-]?ins?)\b"
        r"[^\n:=/]{0,60}?(?:[ \t]*[:=]|[ \t]+(?:is|was|are|were|-|\u2013|\u2014))[ \t]*)"
        r"[A-Za-z0-9_.@\\-]{2,40}(?:[ \t]+/[ \t]*|/)"
        r"(?=[^\s/]*[0-9])(?P<q>)(?P<value>[^\s/\\\"'`]{8,64})",
        0.8,
    ),
    # round 23: a Wi-Fi network's name, then its key: "network Marsh-Home-5G, key BlueHeron#1147!", "SSID
    # GuestNet password Kx7…", "Wi-Fi: Lab-2G / key: …"; only a value with a digit and a symbol or both cases
    Pattern(
        "network and key",
        r"(?i:\b(?:network|ssid|wi-?fi|wlan)\b[ \t]*(?:name[ \t]*)?(?:[:=]|is)?[ \t]*[\"']?[^\s,;\"']{2,40}[\"']?"
        r"[ \t]*[,;/-]?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?"
        r"(?:key|pass(?:word|phrase|code)?|pw|pwd|psk|code)[ \t]*(?:[:=]|is)?[ \t]*)"
        r"(?=[^\s]*[0-9])(?P<q>[\"'`]?)(?P<value>[^\s\"'`]{8,64})(?P=q)",
        0.8,
    ),
    # a MySQL client's password flag: mysql -u root -pR00tPass!9
    Pattern(
        "mysql password flag",
        r"(?i:\bmysql(?:dump|admin|import|sh)?\b[^\n]{0,80}?[ \t]-p)(?P<q>[\"']?)(?P<value>[^\s\"']{4,64})(?P=q)",
        0.85,
    ),
    # the password on a command line: curl -u user:pass, sshpass -p 'pass'; a .pgpass line host:port:db:user:pass
    Pattern(
        "curl user password",
        r"(?i:\bcurl\b[^\n]{0,120}?[ \t](?:-u|--user)[ \t]*[\"']?[^\s:\"']{1,64}:)(?P<q>)(?P<value>[^\s\"']{6,128})",
        0.8,
    ),
    # other clients' password flags: redis-cli -a 'pass', ldapsearch -w pass, mongosh -p pass, keytool -storepass
    # pass, openssl -passin pass:pass, and --password pass / --password=pass on any command
    Pattern(
        "client password flag",
        r"(?i:(?:\bredis-cli\b[^\n]{0,120}?[ \t](?:-a|--pass)|\bldap[a-z]{2,8}\b[^\n]{0,120}?[ \t]-w"
        r"|\bmongo(?:sh|dump|restore|export|import|stat|top)?\b[^\n]{0,120}?[ \t]-p"
        r"|(?<![\w-])-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)"
        r"|(?<![\w-])--?(?:pass(?:word|wd)?|requirepass|masterauth)(?![\w-]))(?:[ \t=]+|[\"'][ \t]*,[ \t]*)"
        # a Redis server's own setting, in redis.conf: "requirepass <password>"
        r"|(?m:^[ \t]*(?:requirepass|masterauth)[ \t]+)"
        r"|(?<![\w-])-pass(?:in|out)?[ \t]+pass:"
        # Windows: net use \\server\share /user:DOMAIN\name password
        r"|\bnet[ \t]+use\b[^\n]{0,160}?/user:[^\s\"']+[ \t]+)"
        r"(?P<q>[\"']?)(?P<value>[^\s\"']{4,64})(?P=q)",
        0.85,
    ),
    Pattern(
        "sshpass password",
        r"(?i:\bsshpass[ \t]+-p[ \t]*)(?P<q>[\"']?)(?P<value>[^\s\"']{4,64})(?P=q)",
        0.85,
    ),
    Pattern(
        "pgpass line",
        r"(?m:^[ \t]*(?=[^:\s]*[A-Za-z.])[^:\s]{1,64}:(?:\d{1,5}|\*):[^:\s]{1,64}:[^:\s]{1,64}:)"
        # a colon in a password is escaped ("\\:"): a bare one is a further field ("bin:*:19700:0:99999:7:::" is
        # a line of /etc/shadow)
        r"(?P<q>)(?P<value>(?:\\.|[^\s:\\]){6,128})$",
        0.8,
    ),
    # an XML element: Maven's settings.xml <password>…</password>, <apiKey>…</apiKey>
    Pattern(
        "xml element",
        r"(?i:<(?P<tag>[\w.-]*(?:password|passwd|pwd|secret|api[_-]?key|apikey|token|passphrase)[\w.-]*)>[ \t]*)"
        r"(?P<q>)(?P<value>[^<\s]{6,128})[ \t]*</(?P=tag)>",
        0.85,
    ),
    # a token's label, a space, the token: "auth token 9f8e7d6c…", "the api key is Zk8#…"
    Pattern(
        "token after its label",
        r"(?i:\b(?:auth(?:entication)?[ \t_-]?token|access[ \t_-]?token|api[ \t_-]?key|secret[ \t_-]?key"
        r"|client[ \t_-]?secret|bearer|refresh[ \t_-]?token)[ \t]+(?:is[ \t]+|was[ \t]+)?)"
        r"(?P<q>[\"'`]?)(?P<value>[A-Za-z0-9_~+/.=!#$%&*-]{16,128})(?P=q)",
        0.8,
    ),
    # a password read out character by character: "my temp pw, it's capital T, a, m, b, o, r, 7, 7, exclamation"
    Pattern(
        "password spelled out",
        rf"(?i:\b{_WORD_NOUN}\b[^\n]{{0,30}}?)(?P<q>)"
        rf"(?P<value>{_SPELLED_CHAR}(?:[ \t]*,[ \t]*{_SPELLED_CHAR}){{5,40}})",
        0.8,
    ),
    # a chat's answer to a request for a password, within the next few lines: "anyone have the prod db
    # password?⏎…⏎it's #QE3_…", "what's the wifi pw?⏎try Kx9!…"
    Pattern(
        "password given in reply",
        rf"(?i:\b{_WORD_NOUN}\b[^\n?]{{0,40}}\?[^\n]{{0,40}}\r?\n(?:[^\n]{{0,80}}\r?\n){{0,2}}?[^\n]{{0,40}}?"
        r"\b(?:it's|it is|its|it was|try|use|here you go|here it is|here)[ \t]*[:,-]?[ \t]+)" + _VALUE,
        0.8,
    ),
    # a transcript's answer to a request for a password, a chat line that is only the value: "Tech: what's your
    # temp password?⏎User: Newroz-2026-kx"
    Pattern(
        "password answered on a chat line",
        rf"(?i:\b{_WORD_NOUN}\b[^\n?]{{0,40}}\?[ \t]*\r?\n(?:[^\n]{{0,80}}\r?\n){{0,1}}?[^\n:]{{1,40}}:[ \t]*)"
        + _VALUE
        + r"(?=[ \t]*(?:\r?\n|$))",
        0.8,
    ),
    # a PIN of a card or an account, its digits given: "can't reset my PIV PIN without my old one, which is 7391…"
    Pattern(
        "pin given",
        r"(?:\b(?:PIV|CAC|card|badge|account|phone|voicemail|debit|my|old|new|temp|current|the|her|his|their|your)"
        r"[ \t]+(?i:PIN)\b"
        r"[^\n.?!]{0,40}?[ \t](?i:is|was|it's|:)[ \t]*)(?P<q>)(?P<value>\d{4,8})(?![\d/-]|\.\d)",
        0.8,
    ),
    # round 15: an alarm panel's, a door's or a safe's code, its digits given: "Master code: 4092-7713", "the
    # back gate code is 8812#", "Installer code: 6620"
    Pattern(
        "access code given",
        r"(?i:\b(?:master|installer|alarm|arm(?:ing)?|disarm|keypad|door|gate|lockbox|lock[ \t]+box|safe|vault"
        r"|duress|panel|entry|access[ \t]+door)[ \t]+(?:code|pin|combo|combination)\b"
        r"[ \t]*(?::|=|is|was|(?:is|was)[ \t]+now)[ \t]*)(?P<q>)(?P<value>\d{4,8}(?:[- ]\d{2,8})?#?)(?![\d/-]|\.\d)",
        0.8,
    ),
    # a helpdesk's reset, the password unnamed: "i reset it to Fleet$Winter2026! and told her to change it";
    # only a value with every class a typed password has (keep())
    Pattern(
        "password set by a reset",
        r"(?i:\breset[ \t]+(?:it|(?:his|her|their|the|your|my)[ \t]+(?:[a-z]+[ \t]+)?(?:login|account|logon))"
        r"[ \t]+(?:back[ \t]+)?to[ \t]+(?:(?:a|the|temp|temporary|default)[ \t]+){0,2})"
        r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`<>(){}\[\]@/\\,.;:-][^\s\"'`]{7,63})(?P=q)",
        0.8,
    ),
    # round 25: the password named, then given a few words on by a pronoun and a verb of writing it down or setting
    # it: "made me set a password … I wrote it down as Juror2026!Maple#", "changed my pw, set it to Kx-44!rTq"
    Pattern(
        "password given by its pronoun",
        rf"(?i:\b{_WORD_NOUN}s?\b[^\n]{{0,100}}?\b(?:it|one)(?:[ \t]+(?:down|in|out|back|up))?"
        r"(?:[ \t]+(?:as|to)[ \t]+|[ \t]*(?:is|was|:)[ \t]*))" + _VALUE,
        0.75,  # below the patterns it may contain ("the password is X and it was …")
    ),
    # round 25: "the temp one" standing for the password an admin handed out: "reset it and texted me the temp one:
    # Tr1pW!re_7Qm2Xz" (keep: a value with every class, in a text about logging in)
    Pattern(
        "temporary one given",
        r"(?i:\b(?:temp|temporary|new|default|one-time|initial|interim)[ \t]+one[ \t]*(?::|=|-|is|was)[ \t]*)" + _VALUE,
        0.75,
    ),
    # round 27: a value typed the way password rules make people type (lower and upper case, a digit and a symbol)
    # further on in the paragraph that names a password, whatever the words between: "the password is our old
    # building plus the year — i.e. N3br…", "wifi password in rot13 so it's not in plain text — Ovf…" (keep())
    Pattern(
        "typed password in its paragraph",
        rf"(?i:\b{_WORD_NOUN}\b)(?:[^\n]|\n(?![ \t]*\n)){{0,160}}?(?<![^\s\"'`(\u2014\u2013:=-])"
        r"(?=[^\s\"'`]*[a-z])(?=[^\s\"'`]*[A-Z])(?=[^\s\"'`]*[0-9])(?=[^\s\"'`]*[!@#$%^&*+=?~])"
        r"(?P<q>)(?P<value>[^\s\"'`<>(){}\[\]/\\,;:][^\s\"'`<>{}]{7,63})(?=[\s\"'`.,;:)!?]|$)",
        0.7,  # below every pattern it may overlap
    ),
    # round 27: a secret split over environment variables, a random string in each: "CS_A=Qx8~…⏎CS_B=H5c…", in a
    # text that speaks of a secret, password, token or key (keep(): a random key, not a name, ID or address)
    Pattern(
        "random environment value",
        r"(?m:^[ \t]*(?:export[ \t]+)?(?P<name>[A-Z][A-Z0-9_]{0,40})=)(?P<q>[\"']?)(?P<value>[^\s\"'`]{12,128})(?P=q)"
        r"[ \t]*$",
        0.7,
    ),
    Pattern(
        "password in prose",
        r"(?i:\b(?:p[a@4][s$5][s$5]w[o0]rd|passcode|passphrase|pwd)[ \t]+(?:is|was|will be|=)[ \t]*:?[ \t]*)"
        r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`]{6,64})(?P=q)",
        0.8,
    ),
    # Round 27. Browser-test code typing into a password field: Selenium's ``find_element(By.ID, "password")
    # .send_keys("…")``, WebdriverIO's ``$("#pwd").setValue("…")``, Playwright's ``page.fill("#password", "…")``
    Pattern(
        "password typed by test code",
        r"(?i:[\"'][^\"'\n]{0,40}(?:password|passwd|pwd|passcode)[^\"'\n]{0,40}[\"'][ \t]*\)"
        r"[ \t]*\.[ \t]*(?:send_?keys|setvalue|fill|type|press_?sequentially)[ \t]*\([ \t]*)"
        r"(?P<q>[\"'])(?P<value>[^\s\"']{4,64})(?P=q)",
        0.85,
    ),
    Pattern(
        "password filled by test code",
        r"(?i:\.[ \t]*(?:fill|type)[ \t]*\([ \t]*[\"'][^\"'\n]{0,40}(?:password|passwd|pwd|passcode)[^\"'\n]{0,40}"
        r"[\"'][ \t]*,[ \t]*)(?P<q>[\"'])(?P<value>[^\s\"']{4,64})(?P=q)",
        0.85,
    ),
    # Round 27. A password split into string literals joined with "+" and assigned to a password's variable:
    # pw = "Ab" + "cd!" + "_2026" (the joined literals are judged as the password)
    Pattern(
        "concatenated password",
        r"(?i:(?:\b|(?<=_))(?:pw|pwd|passwd|password|pass|passphrase|passcode)\b[ \t]*(?::[ \t]*\w+[ \t]*)?[:=][ \t]*)"
        r"(?P<q>)(?P<value>[\"'][^\"'\n]{1,40}[\"'](?:[ \t]*\+[ \t]*[\"'][^\"'\n]{1,40}[\"']){1,8})",
        0.85,
    ),
]
CONTEXT: list[str] = []
_LITERAL = re.compile(r"[\"']([^\"'\n]*)[\"']")
# A sentence's full stop or comma after a password in prose is not part of it; "!" and "?" often are, and
# redacting one character too many is harmless where one too few leaks it.
_PLAIN_WORD = re.compile(r"(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)[?!]+")
_TRAILING_PUNCTUATION = re.compile(r"[.,;:)]+$")
# Round 14. Digits parted only by a reference number's separators and a bracketed version: no letter, no symbol a
# password rule asks for ("00412(0)", "2023-0017(2)")
_NUMBER_WITH_PARTS = re.compile(r"\d+(?:[-./]\d+)*\(\d*\)?")


def looks_like_a_secret(value: str) -> bool:
    """Mixed character classes, or long enough to be generated; plain words and numbers are not secrets."""
    classes = sum(
        (any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value))
    ) + any(not c.isalnum() for c in value)
    return (classes >= 2 and not value.isdigit()) or len(value) >= 16


class PasswordRecognizer(SecretRecognizer):
    def __init__(self) -> None:
        super().__init__("PASSWORD", PATTERNS, CONTEXT)

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        if pattern_name in (
            "password in prose",
            "password in any language",
            "labelled password",
            "password in other scripts",
            "labelled password in other scripts",
            "password after an arrow",
            "user and password pair",
            "token after its label",
            "curl user password",
            "pgpass line",
            "password further on",
            "admin account and password",
            "named user and password",
            "password set by a reset",
            "password given by its pronoun",
            "temporary one given",
            "pin further on",
            "unquoted password part",
            "password labelled on the next chat line",
            "account and password",
            "network and key",
            "typed password in its paragraph",
        ):
            trimmed = _TRAILING_PUNCTUATION.sub("", value)
            result.end -= len(value) - len(trimmed)
            value = trimmed
        if pattern_name == "unquoted password part":
            return (
                len(value) >= 4
                and any(c.isalpha() for c in value)
                and any(not c.isalpha() for c in value)
                and not is_placeholder(value)
                and _NOT_A_PASSWORD.fullmatch(value) is None
            )
        if pattern_name == "concatenated password":
            joined = "".join(_LITERAL.findall(value))
            return (
                len(joined) >= 6
                and not any(c.isspace() for c in joined)
                and looks_like_a_secret(joined)
                and not is_placeholder(joined)
            )
        if pattern_name == "password spelled out":
            return _spelled_out(value)
        if pattern_name == "spaced password near a login":
            return _typed_out(value)
        if pattern_name == "password in letter groups":
            return _letter_groups(text, result.start, value)
        if pattern_name.endswith("key variable assignment") and not _random_key(value):
            return False  # CACHE_KEY = "user_profile_by_email", sortKey: "createdAtTimestamp2"
        if pattern_name == "key in a request" and not (_generated(value) and any(c.isdigit() for c in value)):
            return False  # "key": "vessel_position_lookup"
        if pattern_name == "password labelled on the next chat line" and not _mixed_case_with_digit(value):
            return False  # "Ticket: INC-40213", "Status: pending-review"
        if pattern_name in ("account and password", "network and key") and not _typed_password(value):
            return False  # "the account is billing / 2024-Q3", "network Lab-2G, key rotation2026"
        if pattern_name == "password further on" and _PORT_BEFORE.search(text, max(0, result.start - 80), result.start):
            return False  # round 23: "postgres://user:password@localhost:5432/dbname", a URL's port and path
        if _NOT_A_PASSWORD.fullmatch(value) or value.count(",") >= 2:
            return False  # round 27: "SHA-512", "kiosk-07.example.internal", "netops/data/ios:password", CSV cells
        if pattern_name in _PAIR_PATTERNS and (
            value.startswith(".") or _PATH_BEFORE.search(text, max(0, result.start - 80), result.start)
        ):
            return False  # round 27: "credentials=/root/.smbcred-ops,vers=3.0": a file's path, not a user and password
        if value.isalpha() and _WORD_JUST_BEFORE.search(text, max(0, result.start - 40), result.start):
            return False  # round 27: a word naming a kind of login, "Auth: Password Authentication", "password Manager"
        if pattern_name == "typed password in its paragraph":
            return (
                _every_class(value)
                and _NOT_TYPED.search(value) is None
                and not _is_example(text, result.start)
                and not is_placeholder(value)
            )
        if pattern_name == "random environment value":
            return _random_env_value(text, result.start, value)
        if pattern_name == "password set by a reset" and not _every_class(value):
            return False  # "reset it to Tuesday's build", "reset it to Build_v2.3"
        if pattern_name == "password given by its pronoun" and not _every_class(value):
            return False  # "password manager, I set it to sync daily", "passwords: it is Q3-Review"
        if pattern_name == "temporary one given" and not (_every_class(value) and _LOGIN_WORDS.search(text)):
            return False  # "the new one: Build-2.4.1", a release; a text about no account
        if pattern_name in ("pin given", "access code given"):
            return not re.fullmatch(r"(?:19|20)\d\d", value)  # "my old PIN expired in 2024"
        if pattern_name in (
            "password given in reply",
            "password answered on a chat line",
            "password further on",
            "admin account and password",
            "named user and password",
            "pin further on",
        ) and not (_generated(value)):
            return False  # "it's Tuesday", "try again": a reply that is words
        if _PLAIN_WORD.fullmatch(value):
            return False  # a word ending a question or an exclamation: "a password policy?", "password manager!"
        if _NUMBER_WITH_PARTS.fullmatch(value):
            return False  # round 14: "PA project PW 00412(0)", a numbered record's reference and its version
        # round 14: the label's "=" the value was read with ("Password=<password>;"): a template's field
        return len(value) >= 6 and looks_like_a_secret(value) and not is_placeholder(value.lstrip("=:").rstrip(";"))


# round 25: a text about logging in, where "the temp one" is a password
_LOGIN_WORDS = re.compile(r"(?i)\b(?:passwords?|pw|log[ -]?in|logon|sign[ -]?in|account|locked|reset|credentials?)\b")
# round 23: a URL's host and the colon before its port, the "value" after it being the port and the path
_PORT_BEFORE = re.compile(r"@[A-Za-z0-9.-]+:$")


# round 27: an example or a rule's counter-example given before a value ("e.g. Tr0ub4dor&3", "passwords like
# P@ssw0rd1 are weak", "never use Summer2024!")
_EXAMPLE_BEFORE = re.compile(
    r"(?i)\b(?:e\.?g\.?|for[ \t]+(?:example|instance)|example|sample|such[ \t]+as|like|avoid|never|not|weak|bad"
    r"|banned|rejects?|instead[ \t]+of|format)\b[^\n]{0,24}$"
)
# Round 27. Values a password pattern may reach that are no password: a hash or cipher algorithm's name, a host's
# dotted name, a secret store's path and key ("secret/data/app:password"), a setting's name and value
_NOT_A_PASSWORD = re.compile(
    r"(?i:sha-?(?:1|224|256|384|512)|md5|aes-?(?:128|192|256)(?:-[a-z]+)?|3?des|hmac-sha\d+|pbkdf2[\w-]*|bcrypt|scrypt"
    r"|argon2\w*)"
    r"|(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.(?i:internal|local|lan|corp|gov|mil|com|org|net|edu"
    r"|example|intranet|localdomain|arpa)"
    r"|[\w.-]+(?:/[\w.-]+)+:[\w.-]+"
    r"|[A-Za-z_][\w.-]*=[^=\s]+"  # a setting's name and value: "name=guest-ssid"
)
_PAIR_PATTERNS = frozenset(
    {"user and password pair", "admin account and password", "account and password", "named user and password"}
)
# the "user/" of a pair read inside a file's path: "/root/.smbcred", "/etc/ssl/"
_PATH_BEFORE = re.compile(r"(?:^|[\s=:\"'])/(?:[\w.-]+/)*[\w.-]+/$")
_WORD_JUST_BEFORE = re.compile(rf"(?i:\b{_WORD}[ \t]+)$")
# a setting and its value, an address or an e-mail rather than one typed password
_NOT_TYPED = re.compile(r"^[A-Za-z_][\w.-]*=|://|^[\w.+-]+@[\w-]+\.[A-Za-z][\w.]*$")
_CREDENTIAL_WORDS = re.compile(r"(?i)\b(?:secrets?|passwords?|passwd|tokens?|credentials?|api[ _-]?keys?|keys?)\b")
# the names of settings that hold identifiers, addresses and versions rather than secrets
_NOT_SECRET_NAME = re.compile(
    r"(?:^|_)(?:ID|IDS|URL|URI|HOST|HOSTNAME|PATH|DIR|NAME|USER|USERNAME|REGION|ZONE|VERSION|ENDPOINT|BUCKET|EMAIL"
    r"|ARN|DOMAIN|PORT|ENV|MODE|LEVEL|TENANT|ACCOUNT|PROJECT|SHA|COMMIT|TAG|IMAGE|BRANCH)$"
)


def _is_example(text: str, start: int) -> bool:
    return _EXAMPLE_BEFORE.search(text, max(0, start - 40), start) is not None


def _random_env_value(text: str, start: int, value: str) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    name = text[line_start:start].strip().removeprefix("export").strip().rstrip("=\"'").strip()
    if _NOT_SECRET_NAME.search(name) or not _CREDENTIAL_WORDS.search(text):
        return False
    return (_random_key(value) or (_every_class(value) and len(value) >= 12)) and not is_placeholder(value)


def _typed_password(value: str) -> bool:
    """A digit, and a password's symbol or both cases: "Rt#VyZjs2y@g", "BlueHeron#1147!" (not "2024-Q3/4")."""
    letters = [c for c in value if c.isalpha()]
    cases = any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    symbol = any(c in _PASSWORD_SYMBOLS for c in value)
    return len(letters) >= 3 and any(c.isdigit() for c in value) and (cases or symbol)


def _every_class(value: str) -> bool:
    """Lower case, upper case, a digit and a symbol that is not a separator (a version's dot, a name's dash):
    what password rules make people type."""
    return (
        any(c.islower() for c in value)
        and any(c.isupper() for c in value)
        and any(c.isdigit() for c in value)
        and any(c in "!@#$%^&*+=?~" for c in value)
    )


def _generated(value: str) -> bool:
    """Letters with digits or symbols, as a password is and a word of a reply is not."""
    letters = any(c.isalpha() for c in value)
    others = any(c.isdigit() for c in value) + any(not c.isalnum() for c in value.rstrip(".,;:!?"))
    return len(value) >= 8 and letters and others >= 1


_CAMEL_WORDS = re.compile(r"(?:[A-Z]?[a-z]+|[A-Z]+)+\d{0,4}")
_HEX_KEY = re.compile(r"(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{32,}")


def _random_key(value: str) -> bool:
    """Both cases and at least two digits, and not words run together ("createdAtTimestamp2", "TenantA-Shard17");
    or 32 hex digits and more, a symmetric key's or an HMAC secret's usual form."""
    if _HEX_KEY.fullmatch(value):
        return True
    return (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and sum(c.isdigit() for c in value) >= 2
        and not all(_CAMEL_WORDS.fullmatch(part) for part in re.split(r"[_+=-]+", value) if part)
    )


def _spelled_out(value: str) -> bool:
    """Characters read out one by one, letters and digits both among them ("a, b, c, d, e, f" is a list)."""
    singles = [p.split()[-1] for p in value.split(",") if len(p.split()[-1]) == 1]
    return any(c.isdigit() for c in singles) and any(c.isalpha() for c in singles)


# round 22: what a password typed out with spaces is made of, as against a formula ("x + 2 = y * 3") or a list
_PASSWORD_SYMBOLS = frozenset("!@#$%&~^?")
# the label of a mail provider's app password, whose four groups need no other sign of being random
_APP_PASSWORD = re.compile(r"(?i)\bapp(?:lication)?[ -]?(?:specific[ -])?p[a@]ss(?:word|code)?\b")
_VOWELS = frozenset("aeiouy")


def _typed_out(value: str) -> bool:
    """Single characters apart, with letters, a digit, and a password's symbol or both cases."""
    chars = value.split(" ")
    if any(len(c) != 1 for c in chars):
        return False
    letters = [c for c in chars if c.isalpha()]
    cases = any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    return (
        len(letters) >= 2 and any(c.isdigit() for c in chars) and (cases or any(c in _PASSWORD_SYMBOLS for c in chars))
    )


def _letter_groups(text: str, start: int, value: str) -> bool:
    """Four groups of four letters that are not a placeholder ("xxxx xxxx …", "abcd efgh …") and, unless an app
    password is named just before, not a phrase of words ("just type your name"): a group without a vowel."""
    groups = value.split(" ")
    if len(set(value.replace(" ", ""))) <= 2:
        return False
    if all(all(ord(b) - ord(a) == 1 for a, b in pairwise(g)) for g in groups):
        return False
    if _APP_PASSWORD.search(text, max(0, start - 60), start):
        return True
    return any(not (set(g) & _VOWELS) for g in groups)


def _mixed_case_with_digit(value: str) -> bool:
    return (
        len(value) >= 8
        and any(c.islower() for c in value)
        and any(c.isupper() for c in value)
        and any(c.isdigit() for c in value)
    )
