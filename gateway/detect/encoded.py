"""Normalisation, second part: what people write to get a value past a filter, or what an export does to it.

Each rewrite keeps the map back to the original characters (normalize.py), so a finding on the rewritten text
lands on what the employee wrote:

- markdown emphasis inside a marking: ``**SECRET**//NOFORN``, ``_TOP SECRET//*SI*//NOFORN_`` → ``SECRET//NOFORN``,
  ``TOP SECRET//SI//NOFORN``;
- ROT13 of a marking: ``FRPERG//ABSBEA`` → ``SECRET//NOFORN``;
- dotted acronyms of markings: ``C.U.I.``, ``F.O.U.O.`` → ``CUI``, ``FOUO``;
- digits for letters in marking words: ``S3CRET``, ``F0U0`` → ``SECRET``, ``FOUO``; letters for digits in a
  number written in groups (O, o, l, I, S, Z, B; one separator throughout): ``7O3-6l4-22O9``, ``O7/O3/1968``,
  ``4S5-8I-2O67`` → ``703-614-2209``, ``07/03/1968``, ``455-81-2067``;
- e-mail addresses written with words: ``leah dot brockmann at uscis dot dhs dot gov``, ``chidi(dot)x(at)y(dot)com``;
- dates written in words (``the fourth of March nineteen eighty-two``, date_words.py);
- numbers written as words, seven or more digits in a row (``five three one, two two, zero eight four six``;
  digit_disguises.py has the words, in English and four more languages);
- an access key or token broken by a line break or a space (``AKIAZ8M3QW⏎7TRXK2LP4D``, ``ghp_ Rt5K…``), an
  A-Number, a receipt number or an area code in parentheses broken by a line break; a number broken by a line
  break after its label (``card: 5568 2828⏎8072 9022``,
  ``routing 0341⏎43564``), after a hyphen or slash (``591-⏎38-2640``, ``04/07/⏎1985``), a date after its month
  (``12 NOV⏎1954``);
- a card number with a hyphen after every digit (``4-1-1-1 - 1-1-1-1 - …``, Luhn-checked), a SEVIS ID broken by a
  line break (``N00012⏎34567``);
- a credential split into string literals joined in code: ``"ghp_Ab12…" + "Xy9…"``, ``'AKIA…' \\⏎ 'Q7…'`` (only
  when the joined run holds letters and digits, as keys do and names never);
- a password wrapped onto the next line after its label: ``the pw is Sabal⏎Palm-7741`` (the next line's first
  word joins when what came before is too short to be a password, or the word holds a digit or a symbol);
- a key shown in groups, as password managers and key cards print them: ``wJ7t Rq2L mV9x Kz4B nC8s`` (five or
  more groups of three to six characters; joined only when upper case, lower case and digits mix in most groups);
- base64 of text (bounded: tokens of 12 to 4096 characters that decode to printable UTF-8 words or to the
  shape of an identifier, ``311-47-2280``; a ``key=`` value too): the decoded text is scanned in place of the
  token, and a finding in it covers the whole token.

After detection, ``encoded_credentials`` reports a base64 token that decodes to a credential on its own:
``user:password`` (a Basic or Docker registry ``auth`` value) or a password-shaped string (upper and lower case,
digits and symbols, no spaces), which no label needs to introduce.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import urllib.parse
from typing import Any

from stdnum import luhn

from gateway.detect import date_words, digit_disguises
from gateway.detect.findings import Finding
from gateway.detect.labels import entity_for
from gateway.detect.recognizers.markings.syntax import MARKING_HEAD
from gateway.detect.recognizers.personal.street_address import STATES as _STATES

_MARKING_WORDS = frozenset(
    {"SECRET", "TOP", "CONFIDENTIAL", "UNCLASSIFIED", "CLASSIFIED", "NOFORN", "FOUO", "CUI", "ORCON", "SENSITIVE"}
    | {"CONTROLLED", "RELIDO", "PROPIN", "IMCON", "NOCONTRACT", "FISA", "LES", "SBU", "PCII", "SSI", "CVI"}
)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)([A-Za-z][A-Za-z /-]{0,40}[A-Za-z])\1(?=\s*(?://|\(|$)|\s+[A-Z]{2,})", re.M)
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.[ ]?){1,15}[A-Za-z]\.?(?![\w])")  # the space after stays
# only tokens with a letter and a digit or symbol in them: the callback runs on few words
_LEET = re.compile(r"(?<![\w])(?=[A-Za-z0-9@$!|]*[A-Za-z])(?=[A-Za-z]*[0-9@$!|])[A-Za-z0-9@$!|]{3,13}(?![\w])")
_LEET_MAP = str.maketrans("0134578@$!|", "OIEASTBASII")
# round 17: the middle word of LAW ENFORCEMENT SENSITIVE, as "LAW ENF0RCEMENT SENSITIVE" disguises it (only
# decoded, never a marking word alone)
_LEET_WORDS = _MARKING_WORDS | {"ENFORCEMENT"}
# round 27: the other words of the legacy markings' phrases, dotted letter by letter or with digits for letters
# ("P.R.O.T.E.C.T.E.D C.R.I.T.I.C.A.L …", "S3NS1T1VE S3CUR1TY 1NF0RMAT10N"); decoded, a word alone is no marking:
# only the whole phrase is (marking_disguises.py)
_PHRASE_WORDS = frozenset(
    {"SECURITY", "INFORMATION", "ENFORCEMENT", "OFFICIAL", "PROTECTED", "CRITICAL", "INFRASTRUCTURE", "LAW", "USE"}
    | {"ONLY", "FOR", "BUT"}
)
_LEET_WORDS |= _PHRASE_WORDS
# round 17: a word of capitals with a lower-case l for its I, as "SENSITlVE" and "CONFIDENTlAL" disguise it (bounded)
_L_FOR_I = re.compile(r"(?<![\w])(?=[A-Z]{1,15}l)[A-Z][A-Zl]{3,15}(?![\w])")
# round 16: the legacy marking's four words with digits for letters: "F0R 0FF!C!AL U$E 0NLY"
_LEET_CHAR = r"[A-Za-z0-9@$!|]"
_LEET_FOUO = re.compile(
    rf"(?<![\w]){_LEET_CHAR}{{3}}[ \t]+{_LEET_CHAR}{{8}}[ \t]+{_LEET_CHAR}{{3}}[ \t]+{_LEET_CHAR}{{4}}(?![\w])"
)
# Korean writes the at sign "골뱅이" (a whelk) and the dot "점" when spelling an address out
_AT = r"(?:[ \t]*(?:\((?:at|골뱅이)\)|\[(?:at|골뱅이)\]|\{at\})[ \t]*|[ \t]+at[ \t]+|[ \t]*@[ \t]*)"
_DOT = r"(?:[ \t]*(?:\((?:dot|점)\)|\[(?:dot|점)\]|\{dot\})[ \t]*|[ \t]+dot[ \t]+|[ \t]*\.[ \t]*)"
# generic names, and the country codes of the department's public that are not also English words
_TLD = (
    r"(?:com|gov|org|net|edu|mil|us|io|co|uk|info|biz|mx|ph|ng|eg|ca|de|fr|in|cn|gr|kr|jp|vn|np|pk|ir|af|ua|ru|pl|tr"
    r"|br|pt|ht|cu|et|ke|gh|mm|th|kh|sa|ae|iq|sy|lb|jo|il|ly|tn|dz|sd|bd|lk|sv|gt|hn|ni|ve|cl"
    r"|ec|bo|py|uy|ro|hu|cz|sk|bg|rs|hr|ge|az|kz|uz|tj|kg|mn|tw|hk|sg|nz|au|za|cm|sn|cd|rw|ug|tz)"
)
_WORDY_EMAIL = re.compile(
    rf"(?i)(?<![\w.])[a-z0-9_+-]+(?:{_DOT}[a-z0-9_+-]+)*{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLD}(?![\w])"
)
_EMAIL_PIECE = re.compile(rf"(?i){_AT}|{_DOT}|.")
_BROKEN_KEY = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:AKIA|ASIA)[A-Z0-9]{2,15}[ \t]*\r?\n[ \t]*[A-Z0-9]{2,15}(?![A-Za-z0-9])"
    r"|(?:gh[pousr]|glpat|xox[bpas])[_-][ \t]+[A-Za-z0-9_-]{16,}"
    # a token cut short at the end of a line, its rest opening the next: "ghp_Sc0h…Pf4⏎GNiM…qrCx"
    r"|(?:gh[pousr]_[A-Za-z0-9]{4,35}|github_pat_[A-Za-z0-9_]{4,81}|gl(?:pat|dt|rt|ptt|cbt|ft|oas)-[A-Za-z0-9_-]{4,19}"
    r"|xox[abposer]-[A-Za-z0-9-]{4,40}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{4,40}"
    # round 25: a payment processor's secret and restricted keys; and the rest over up to three lines
    # ("sk_live_7Qm4⏎vR9tXz2Lp8⏎Wn3Kc6Hd", "join them")
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{2,99})[ \t]*\r?\n[ \t]*[A-Za-z0-9_-]{4,}(?![A-Za-z0-9])"
    # each further line a random piece alone on its line, not the words after the key ("⏎thanks")
    r"(?:[ \t]*\r?\n[ \t]*(?=[a-z_-]*[0-9A-Z])[A-Za-z0-9_-]{4,}(?=[ \t]*(?:\r?\n|$))){0,2})"
    r"|(?<![A-Za-z0-9])A-?\d{3,7}[ \t]*\r?\n[ \t]*\d{2,6}(?!\d)"
    # a receipt number (three letters of the service center, ten digits) and an area code in parentheses
    r"|(?<![A-Za-z0-9])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|ZLA|ZNY|ZSF|ZHN)\d{2,9}[ \t]*\r?\n[ \t]*\d{1,8}(?!\d)"
    r"|\(\d{3}\)[ \t]*\r?\n[ \t]*(?=\d{3}[-. ]\d{4}(?!\d))"
)
# Not inside a dotted, dashed or underscored token (JWT segments, hashes in URLs), nor after "Basic " (a
# credential as it stands).
# A value after "key=" is read ("ssn=MzEx…"); not after "==" (a padded token's tail).
# Round 15: a sentence's full stop may follow the token ("the field reads QTIw…OQ==."), a dotted token's dot may not.
_BASE64 = re.compile(
    r"(?<![A-Za-z0-9+/._-])(?<![=+/]=)(?<!Basic )[A-Za-z0-9+/]{12,4096}={0,2}(?![A-Za-z0-9+/=_-]|\.[A-Za-z0-9+/=_-])"
)
# a word that says the next token is base64, between a value's label and the token: "DL b64 …", "SSN (base64): …"
_ENCODING_WORD = re.compile(
    r"(?i)(?<=[A-Za-z#.:][ \t])[(\[]?(?:b64|base[ \t-]?64)(?:[ \t]+(?:encoded|enc))?[)\]]?[ \t]*[:=]?[ \t]*"
    r"(?=[A-Za-z0-9+/]{12,4096}={0,2}(?![A-Za-z0-9+/=._-]))"
)
# round 21: or glued to the label's end as a field's name says it ("dob_b64=…", "\"ppt_b64\":\"…\"")
_ENCODING_SUFFIX = re.compile(
    r"(?i)(?<=[A-Za-z])[_-](?:b64|base64)"
    r"(?=[\"']?[ \t]*[:=][ \t]*[\"']?[A-Za-z0-9+/]{12,4096}={0,2}(?![A-Za-z0-9+/=._-]))"
)
# what an identifier looks like once decoded: "311-47-2280", "A209331578", "(808) 235-1187"
_DECODED_NUMBER = re.compile(r"[A-Z]{0,3}[ #-]?\(?\d[\d ().+/-]{5,20}\d")
# Round 26. A number's ASCII written as hex, as a test fixture or a dump holds it ("3438372d32362d35353139" is
# "487-26-5519"): only the bytes of digits and a number's separators ("-", "/", ".", " "), two or more separators,
# so a hash or a colour is never read
# Round 26. A card's groups with asides set between them so a filter misses it ("4832 (lol) 0637 (don't) 1408 …",
# "5425 [ok] 2334 …"): three to five groups, one aside at least, Luhn-checked (_card_pairs joins the digits)
_CARD_ASIDES = re.compile(
    r"(?<![\d-])[3-6]\d{3}(?:(?:[ \t]*(?:\([^()\n\d]{1,16}\)|\[[^\[\]\n\d]{1,16}\])[ \t]*|[ -])\d{4,6}){2,4}(?![\d-])"
)
_HEX_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:3[0-9]|2[dDfFeE0]){8,24}(?![0-9A-Za-z])")


# a run around "//" with emphasis characters in it; each side bounded, so a failed match costs little
_EMPHASIS_RUN = re.compile(r"[A-Za-z0-9 *_~/,()-]{0,60}//[A-Za-z0-9 *_~/,()-]{0,60}")
_EMPHASIS_NEAR = re.compile(
    r"//[ \t]*[*_~]|[*_~][ \t]*//|[*_~](?:TOP|SECRET|CONFIDENTIAL|UNCLASSIFIED|CUI|CONTROLLED|\()"
    # round 23: emphasis characters scattered between a level's letters: "**C*U*I//SP-*LEI***", "S*E*C*R*E*T//NF"
    r"|[A-Z][*_~]+[A-Z]{1,11}//"
)
# the level of a banner once every emphasis character is gone (scattered ones too), at a word's start
_BANNER_LEVEL = re.compile(r"(?<![A-Za-z0-9])(?:TOP[ ]?SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|CUI|CONTROLLED)//[A-Z(]")
_ROT13_RUN = re.compile(r"(?<![A-Za-z/])[A-Z]{3,12}(?:[ \t][A-Z]{3,12})?(?://[A-Z][A-Z-]{1,15})+(?![A-Za-z])")
_ROT13_LEVELS = ("SECRET", "TOP SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "CUI", "CONTROLLED")
# groups of digits with letters read as digits (OCR, or typed to get past a filter), one separator throughout:
# "7O3-6l4-22O9", "O7/O3/1968", "915 85O 2261", "4S5-8I-2O67"; a letter before the first group stays a prefix
_DIGIT_LOOKALIKE = re.compile(
    r"(?<![\w-])(?:[A-Z]-?)?[0-9OolISZB]{1,4}(?P<sep>[-/ .])[0-9OolISZB]{2,4}(?:(?P=sep)[0-9OolISZB]{2,4}){1,2}"
    r"(?![\w-])"
)
# round 21: one group, seven to twelve characters ("O21l04723"), or a phone's groups after its area code
# ("(305) 555-O139"); each letter stands alone between digits, so a code's letter pairs ("IS0123456") stay
_LOOKALIKE_TOKEN = re.compile(
    r"(?<![\w-])(?:[0-9OolISZB]{7,12}|\(\d{3}\)[ \t]?[0-9OolISZB]{3}[-. ][0-9OolISZB]{4})(?![\w-])"
)
_LETTER_PAIR = re.compile(r"[OolISZB]{2}")
# a date read through its first character ("O6/21/1969"): no prefix letter comes before a date
_LOOKALIKE_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_LOOKALIKE_NEAR_DIGIT = re.compile(r"\d[OolISZB]|[OolISZB]\d")
_LOOKALIKES = "OolISZB"
_DIGIT_FOR = str.maketrans(_LOOKALIKES, "0011528")
# a line break inside a number: after "-" or "/" between digits, or after a labelled group of digits
_HYPHEN_BREAK = re.compile(r"(?<=\d[-/])[ \t]*\r?\n[ \t]*(?=\d)")
# (not before a time opening the next line, a chat's timestamp: "relief at 11⏎09:14 Kim: …"; round 18: nor before
# a genealogy file's level number and tag, "2 DATE 14 MAR 1931⏎2 PLAC …")
_DIGIT_BREAK = re.compile(
    r"(?<=\d)[ \t]*\r?\n[ \t]*(?=\d+(?:[ \t]\d{4})?(?:\D|$))(?!\d{1,2}[:.]\d{2}\b)"
    r"(?!\d[ \t]+(?:@\w+@|_?[A-Z]{3,5})(?:[ \t\r\n]|$))"
)
# a card number broken after its second group: "4487 3331⏎1387 9810" (kept only if the sixteen digits pass Luhn)
_CARD_BREAK = re.compile(r"(?<![\d-])(\d{4}[ \t]\d{4})[ \t]*\r?\n[ \t]*(\d{4}[ \t]\d{3,4})(?![\d-])")
# Round 25. A card number given in two pieces, each after a label saying which piece it is ("first half 4212 2544
# ⏎second half 1019 9524", "first 8: 4212 2544 / last 8: 1019 9524", "part 1 … part 2 …"): the pieces read as one
# number, their digits only, when together they are a card number's 13 to 19 digits, open with a card's first digit
# and pass Luhn (a card's "first four … last four" is eight digits and stays as written)
_PIECE_NAME = (
    r"(?:half|part|piece|bit|portion|group|(?:\d{1,2}|four|six|seven|eight|nine|ten)(?:[ \t]+(?:digits|numbers))?)"
)
_OF_CARD = r"(?:[ \t]+of[ \t]+(?:the[ \t]+|my[ \t]+|his[ \t]+|her[ \t]+)?(?:card|number|cc))?(?:[ \t]+(?:is|was|=))?"
# (each branch opens on one literal spelling of the cue, so the scan skips from one to the next; a cue inside a
# longer word is dropped by _card_halves)
_FIRST_CUE = "|".join(
    [f"{w}(?i:[ \t]+{_PIECE_NAME})" for w in ("first", "First", "FIRST", "1st")]
    + [f"{w}(?i:[ \t]*(?:1|one))" for w in ("part", "Part", "PART")]
)
_CARD_HALVES = re.compile(
    rf"(?:{_FIRST_CUE})(?i:{_OF_CARD})[ \t]*[:=-]?[ \t]*"
    r"(?P<a>\d{2,8}(?:[ \t-]\d{2,8}){0,3})"
    r"(?i:[ \t]*[,;/|.-]{0,3}[ \t]*(?:\r?\n[ \t]*)?(?:(?:and|then|&)[ \t]+)?(?:the[ \t]+)?"
    rf"(?:(?:second|2nd|last|other|next)[ \t]+{_PIECE_NAME}|part[ \t]*(?:2|two)|rest){_OF_CARD})[ \t]*[:=-]?[ \t]*"
    r"(?P<b>\d{2,8}(?:[ \t-]\d{2,8}){0,3})(?![\w-]|[ \t]\d|[.,]\d)"
)
# a card number read out in pairs: "53  02  18  47  70  06  91  32" (kept only if the digits pass Luhn)
_CARD_PAIRS = re.compile(r"(?<![\d-])\d{2}(?:[ \t]{1,3}\d{2}){6,8}(?:[ \t]{1,3}\d{1,2})?(?![\d-])")
# round 16: a card number with a hyphen after every digit: "4-1-1-1 - 1-1-1-1 - …" (kept only if the digits pass Luhn)
_CARD_DIGIT_DASHES = re.compile(r"(?<![\d-])\d(?:[ \t]*-[ \t]*\d){13,18}(?![ \t]*-?[ \t]*\d)")
# round 16: a SEVIS ID (N and ten digits) broken by a line break, as two cells of a sheet pasted leave it
_SEVIS_BREAK = re.compile(r"(?<![A-Za-z0-9])N\d{2,9}[ \t]*\r?\n[ \t]*\d{1,8}(?![\w-])")
# a JWT broken after a dot: "eyJhbGci….⏎eyJzdWIi….⏎Lm4Qx8…"
_JWT_BREAK = re.compile(r"(?<![\w-])eyJ[\w-]{8,}\.(?:[ \t]*\r?\n[ \t]*[\w-]{8,}\.?){1,2}")
# a JWT wrapped anywhere, mid-segment too: each line after the first is the token's alone to its end
_JWT_WRAP = re.compile(r"(?<![\w.-])eyJ[\w.-]{8,}(?:[ \t]*\r?\n[ \t]*[\w.-]{4,}(?=[ \t]*(?:\r?\n|$))){1,3}")
_JWT_SHAPE = re.compile(r"eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}")
_LABELLED_TAIL = re.compile(r"[A-Za-z#:][ \t]+((?:\d{4}[ \t])?\d{1,9})$")
_ADDRESS_LINE_END = re.compile(
    rf",[ \t]*(?:[A-Za-z][A-Za-z .'-]{{0,40}}[ \t]+)?(?:{_STATES})[ \t]+\d{{5}}(?:-\d{{4}})?$"
)
_ALIGNED_GAP = re.compile(r"[ \t]{2,}+")
_DIGITS_LINE = re.compile(r"[ \t]*(\d{2,9})[ \t]*")
# the last line before the number: a label and a colon, after what introduces it ("Passport no. for the visa:")
_ID_LABEL_LINE = re.compile(
    r"(?:^|[:.]\s)?([A-Za-z][A-Za-z .#'-]{1,40}?)(?:[ \t]+(?:for|of)[ \t][^\n:]{0,40})?[ \t]*:[ \t]*$"
)
_IDENTIFIERS = frozenset(
    {"US_PASSPORT", "US_SSN", "A_NUMBER", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "US_ITIN"}
)
# Round 25. A number cut at a line break with its separator opening the next line ("418-50⏎-8376", "212.555⏎.0187"):
# the break goes when the whole has an SSN's or a phone's shape and the last group stands alone on its line
_SEPARATOR_FIRST_BREAK = re.compile(r"(?<![\w./-])(\d{3}([-.])\d{2,3})[ \t]*\r?\n[ \t]*(?=\2\d{4}[ \t]*(?:\r?\n|$))")
_MONTH_BREAK = re.compile(
    r"(?i)(?<=\d[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[ \t]*\r?\n[ \t]*(?=(?:19|20)\d\d\b)"
)


def _emphasis_run(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if not any(c in "*_~" for c in run):
        return None
    keep = [
        i
        for i, c in enumerate(run)
        if c not in "*_~" or (0 < i < len(run) - 1 and run[i - 1].isalnum() and run[i + 1].isalnum())
    ]
    stripped = "".join(run[i] for i in keep)
    if _BANNER_LEVEL.search(stripped) is None:
        # round 23: emphasis characters between a level's letters too ("C*U*I//…"): dropped when only then does
        # a banner's level stand before "//" (never in code or arithmetic, "a*b//c", which has no such level)
        every = [i for i, c in enumerate(run) if c not in "*_~"]
        joined = "".join(run[i] for i in every)
        if _BANNER_LEVEL.search(joined) is not None:
            return joined, every
    if MARKING_HEAD.search(stripped) is None:
        return None
    return stripped, keep


def _rot13(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if run.split("//")[0] in _ROT13_LEVELS:
        return None
    decoded = codecs.encode(run, "rot13")
    if decoded.split("//")[0] not in _ROT13_LEVELS:
        return None
    return decoded, list(range(len(run)))


def _digit_lookalike(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    prefix = 0
    if run[0] not in _LOOKALIKES and run[0].isalpha():
        prefix = 2 if run[1] == "-" else 1
    body = run[prefix:]
    groups = body.split(m.group("sep"))
    letters = sum(c in _LOOKALIKES for c in body)
    digits = sum(c.isdigit() for c in body)
    if not letters or digits < 2 * letters or digits + letters < 7:
        return None
    if not all(any(c.isdigit() for c in g) for g in groups):
        return None  # "ISO 8601 2019": a word among numbers
    if not any(c in _LOOKALIKES for c in body[1:]) and not _LOOKALIKE_DATE.fullmatch(body.translate(_DIGIT_FOR)):
        return None  # only the first character: a letter prefix ("S123-4567-8901"), not a disguise
    return run[:prefix] + body.translate(_DIGIT_FOR), list(range(len(run)))


def _lookalike_token(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    letters = sum(c in _LOOKALIKES for c in run)
    digits = sum(c.isdigit() for c in run)
    if not letters or digits < 2 * letters or _LETTER_PAIR.search(run):
        return None
    if run[0] != "(" and not any(c in _LOOKALIKES for c in run[1:]):
        return None  # a letter prefix ("B1234567")
    return run.translate(_DIGIT_FOR), list(range(len(run)))


# Round 24. Letter O typed for every zero of an identifier right after its label ("routing O46278207 acct
# 88OO4127O6", "SSN 5O1-22-O918" is the grouped step's): read as zeros wherever they stand, first character and pairs
# too, since the label says a number follows; O is the only letter, and digits are most of the token
_O_NUMBER = re.compile(r"(?<![\w-])[0-9Oo]{7,17}(?![\w-])")
_LABEL_BEFORE = re.compile(r"([A-Za-z][A-Za-z#.' -]{1,30}?)[ \t]*(?:no\.?|number|num|#)?[ \t]*[:#=]?[ \t]*$")


def _o_number(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    letters = sum(c in "Oo" for c in run)
    if not letters or len(run) - letters < 2 * letters:
        return None
    label = _LABEL_BEFORE.search(m.string, max(0, m.start() - 32), m.start())
    if label is None:
        return None
    words = label.group(1).split()
    if not any(entity_for(" ".join(words[i:])) in _IDENTIFIERS for i in range(max(0, len(words) - 3), len(words))):
        return None
    return run.translate(_O_TO_ZERO), list(range(len(run)))


_O_TO_ZERO = str.maketrans("Oo", "00")


def _hyphen_break(m: re.Match[str]) -> tuple[str, list[int]]:
    return "", []


def _separator_first_break(m: re.Match[str]) -> tuple[str, list[int]]:
    head = m.group(1)
    return head, list(range(len(head)))


def _digit_break(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    tail = _LABELLED_TAIL.search(m.string, line_start, m.start()) or _under_identifier_label(m.string, line_start, m)
    if tail is None or _rows_of_a_table(m.string[line_start : m.start()], m.string, m.end()):
        return None
    if _ADDRESS_LINE_END.search(m.string, line_start, m.start()):
        return None  # round 25: "Miami, FL 33126⏎786-555-0198": an address's ZIP, then the next line's phone
    # card numbers keep their groups: "5568 2828⏎8072 9022"; other numbers close up: "0341⏎43564"
    if len(tail.group(1)) == 9 and tail.group(1)[4] in " \t":
        return " ", [(0, len(m.group(0)))]
    return "", []


def _under_identifier_label(text: str, line_start: int, m: re.Match[str]) -> re.Match[str] | None:
    """A number alone on its line right under an identifier's label ("Passport no.:⏎5731⏎84209"): the digits of
    one number broken across lines, when they are the last digits before text again."""
    if line_start < 2:
        return None
    tail = _DIGITS_LINE.fullmatch(text, line_start, m.start())
    if tail is None:
        return None
    label_start = text.rfind("\n", 0, line_start - 1) + 1
    label = _ID_LABEL_LINE.search(text, label_start, line_start - 1)
    if label is None or entity_for(label.group(1)) not in _IDENTIFIERS:
        return None
    next_end = text.find("\n", m.end())
    following = text[m.end() : None if next_end < 0 else next_end]
    return tail if following.strip().isdigit() and len(following.strip()) <= 9 else None


def _rows_of_a_table(line: str, text: str, next_start: int) -> bool:
    """The line and the next are rows of one delimited table ("…,CBRN Det 2⏎1302278844,…"): a row's last cell
    and the next row's first are two values, not one number broken across the line."""
    next_end = text.find("\n", next_start)
    following = text[next_start : None if next_end < 0 else next_end]
    if any(line.count(sep) >= 2 and abs(following.count(sep) - line.count(sep)) <= 1 for sep in ",;\t|"):
        return True
    # round 17: rows set apart by runs of spaces (a data frame's printout, "0  Kwon Min-seo  1990-05-30  UA 893⏎1
    # Kwon …"): the row's last value and the next row's index are two values as well
    cells = len(_ALIGNED_GAP.findall(line.strip()))
    return cells >= 2 and abs(len(_ALIGNED_GAP.findall(following.strip())) - cells) <= 1


def _card_break(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if not luhn.is_valid(re.sub(r"\D", "", m.group(0))):
        return None
    return m.group(1) + " " + m.group(2), [
        *range(len(m.group(1))),
        (len(m.group(1)), m.start(2) - m.start()),
        *range(m.start(2) - m.start(), m.end(2) - m.start()),
    ]


def _card_halves(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if m.start() and m.string[m.start() - 1].isalnum():
        return None  # "outfirst", "depart 1"
    base = m.start()
    keep = [i - base for i in range(m.start("a"), m.end("a")) if m.string[i].isdigit()]
    keep += [i - base for i in range(m.start("b"), m.end("b")) if m.string[i].isdigit()]
    found = m.group(0)
    digits = "".join(found[i] for i in keep)
    if not 13 <= len(digits) <= 19 or digits[0] not in "3456" or not luhn.is_valid(digits):
        return None
    head = m.start("a") - base
    return found[:head] + digits, [*range(head), *keep]


def _card_pairs(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c.isdigit()]
    if not 14 <= len(keep) <= 19 or not luhn.is_valid("".join(run[i] for i in keep)):
        return None
    return "".join(run[i] for i in keep), keep


def _month_break(m: re.Match[str]) -> tuple[str, list[Any]]:
    return " ", [(0, len(m.group(0)))]


def decode_markings(b: Any) -> None:
    """The rewrites of marking disguises, applied before markings split by "//" or a line break are joined."""
    text = b.text
    if "//" in text and _EMPHASIS_NEAR.search(text):
        b.rewrite(_EMPHASIS_RUN, _emphasis_run)
    if "*" in b.text or "_" in b.text or "~" in b.text:
        b.rewrite(_EMPHASIS, _emphasis)
    if "." in b.text:
        b.rewrite(_DOTTED, _dotted)
    if any(c.isdigit() or c in "@$!|" for c in b.text):
        b.rewrite(_LEET_FOUO, _leet_fouo)
        b.rewrite(_LEET, _leet)
    if "l" in b.text:
        b.rewrite(_L_FOR_I, _l_for_i)
    if "//" in b.text:
        b.rewrite(_ROT13_RUN, _rot13)


def _emphasis(m: re.Match[str]) -> tuple[str, list[int]] | None:
    inner = m.group(2)
    if not any(w in _MARKING_WORDS for w in re.split(r"[ /-]+", inner.upper())):
        return None
    k = len(m.group(1))
    return inner, list(range(k, k + len(inner)))


def _dotted(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    keep = [i for i, c in enumerate(run) if c.isalpha()]
    word = "".join(run[i] for i in keep)
    if word.upper() not in _MARKING_WORDS and (len(word) < 8 or word.upper() not in _PHRASE_WORDS):
        return None
    return word.upper(), keep


def _leet_fouo(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if run.replace(" ", "").replace("\t", "").isalpha():
        return None
    if run.upper().translate(_LEET_MAP).split() != ["FOR", "OFFICIAL", "USE", "ONLY"]:
        return None
    keep = [i for i, c in enumerate(run) if c not in " \t"]
    words = run.upper().translate(_LEET_MAP).split()
    plain = " ".join(words)
    rel: list[int] = []
    it = iter(keep)
    for c in plain:
        rel.append(next(it) if c != " " else rel[-1] + 1)
    return plain, rel


def _leet(m: re.Match[str]) -> tuple[str, list[int]] | None:
    token = m.group(0)
    if token.isalpha() or not any(c.isalpha() for c in token):
        return None
    plain = token.upper().translate(_LEET_MAP)
    if plain not in _LEET_WORDS or (len(plain) < 4 and plain not in _PHRASE_WORDS):
        return None
    return plain, list(range(len(token)))


def _l_for_i(m: re.Match[str]) -> tuple[str, list[int]] | None:
    token = m.group(0)
    plain = token.replace("l", "I")
    if plain not in _LEET_WORDS:
        return None
    return plain, list(range(len(token)))


def _wordy_email(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    found = m.group(0)
    if "@" in found and not re.search(r"(?i)\((?:dot|점)\)|\[(?:dot|점)\]|\sdot\s|\s@|@\s|\s\.|\.\s", found):
        return None  # an ordinary address
    out: list[str] = []
    rel: list[Any] = []
    for piece in _EMAIL_PIECE.finditer(found):
        p = piece.group(0)
        word = p.strip().lower().strip("()[]{}")
        if len(p) > 1 and word in ("at", "@", "골뱅이"):
            out.append("@")
        elif len(p) > 1 and word in ("dot", "점"):
            out.append(".")
        elif p.strip() == "@":
            out.append("@")
        elif len(p) > 1 and p.strip() == ".":
            out.append(".")
        else:
            out.append(p)
        rel.append(piece.span())
    return "".join(out), rel


def _broken_key(m: re.Match[str]) -> tuple[str, list[int]]:
    found = m.group(0)
    keep = [i for i, c in enumerate(found) if not c.isspace()]
    return "".join(found[i] for i in keep), keep


def _broken_sevis(m: re.Match[str]) -> tuple[str, list[int]] | None:
    joined, keep = _broken_key(m)
    return (joined, keep) if len(joined) == 11 else None


def _wrapped_jwt(m: re.Match[str]) -> tuple[str, list[int]] | None:
    joined, keep = _broken_key(m)
    return (joined, keep) if _JWT_SHAPE.fullmatch(joined) else None


def _base64(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    token = m.group(0)
    if len(token) % 4 or token.isalpha() or token.isdigit() or token.islower():
        return None
    # one case only is a word in capitals, unless it holds a digit and decodes to a number's shape (round 24: an
    # SSN's base64 is capitals and digits, "NTE1LTE1LTE3MDY=")
    if token.isupper() and not any(c.isdigit() for c in token):
        return None
    try:
        raw = base64.b64decode(token, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not text.isprintable() or (token.isupper() and not _DECODED_NUMBER.fullmatch(text)):
        return None
    if sum(c.isalpha() for c in text) < len(text) * 0.5 and not _DECODED_NUMBER.fullmatch(text):
        return None
    whole = (0, len(token))
    return text, [whole] * len(text)


def _card_asides(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    if "(" not in m.group(0) and "[" not in m.group(0):
        return None  # plain groups: the card recognizer's
    return _card_pairs(m)


def _hex_number(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    token = m.group(0)
    if len(token) % 2:
        return None
    text = bytes.fromhex(token).decode("ascii")
    if sum(not c.isdigit() for c in text) < 2 or not _DECODED_NUMBER.fullmatch(text):
        return None
    whole = (0, len(token))
    return text, [whole] * len(text)


_WORDS_TOKEN = re.compile(r"[A-Za-z0-9+/]{12,4096}={0,2}")


# Round 25. A value written wholly as HTML character references or percent-escapes ("&#90;&#97;…", "&#x5A;…",
# "%5A%61…"): normalize.py decodes it, and a finding on it is judged by what it decodes to, as a base64 token's is
_ESCAPED_VALUE = re.compile(r"(?:(?:&#\d{1,7};|&#[xX][0-9a-fA-F]{1,6};|%[0-9A-Fa-f]{2})[ \t+]?){2,}")


def base64_words(value: str) -> str | None:
    """Round 15. The words a base64 token decodes to ("Um9zYWxp…" → "Rosalind Achterberg Mwangi"), as ``_base64`` read
    them in place of the token; None for anything else. A finding on such a token is judged by these words.
    (Round 25: and the words a run of character references or percent-escapes stands for.)"""
    if ("&#" in value or "%" in value) and _ESCAPED_VALUE.fullmatch(value) is not None:
        decoded = urllib.parse.unquote(html.unescape(value).replace("+", " "))
        words = decoded.split()
        if not decoded.isprintable() or len(words) < 2:
            return None
        from gateway.detect.names_gazetteer import english_word

        # escaped English words ("Save Changes") stay the filters' to judge: only a run with a word no English one
        return None if all(english_word(w.strip(".,;:")) for w in words) else decoded
    if _WORDS_TOKEN.fullmatch(value) is None:
        return None
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.isprintable() and len(decoded.split()) >= 2 else None


# two or more quoted runs without spaces joined by +, ., & or ||, or only by spaces (Python's implicit
# concatenation), optionally across a line continuation
_CONCAT = re.compile(
    r"([\"'])[A-Za-z0-9_+/=.-]{3,200}\1"
    r"(?:[ \t]*(?:\+|\.|&|\|\|)?[ \t]*(?:\\?\r?\n[ \t]*)?\1[A-Za-z0-9_+/=.-]{3,200}\1)+"
)
_CONCAT_GLUE = re.compile(r"[\"'][ \t]*(?:\+|\.|&|\|\|)?[ \t]*(?:\\?\r?\n[ \t]*)?[\"']")
_PASSWORD_LABEL = (
    r"(?:pass(?:word|wd|code|phrase)?|pwd|pw|pin|clave|contrasena|passwort|kennwort|senha|mdp|mot[ \t]+de[ \t]+passe)"
)
_WRAPPED_SECRET = re.compile(
    rf"(?i)\b{_PASSWORD_LABEL}\b[^\n]{{0,40}}?(?:[ \t](?:is|es|est|ist|e|was)|[:=])[ \t]*"
    r"[^\s\"'`*#<>\[\](){}][^\s\"'`<>\[\](){}]{0,39}"
    r"(?:[ \t]*\r?\n[ \t]*[^\s\"'`\-*#>|<\[\](){}][^\s\"'`<>\[\](){}]{0,39})+"
)
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def _concatenated(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    glue = {i for g in _CONCAT_GLUE.finditer(run, 1, len(run) - 1) for i in range(g.start(), g.end())}
    keep = [i for i in range(len(run)) if i not in glue]
    joined = "".join(run[i] for i in keep)
    inner = joined[1:-1]
    if len(inner) < 16 or sum(c.isdigit() for c in inner) < 2 or not any(c.isalpha() for c in inner):
        return None
    return joined, keep


def _wrapped_secret(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    breaks = list(_LINE_BREAK.finditer(run))
    value_start = breaks[0].start()
    while value_start > 0 and not run[value_start - 1].isspace():
        value_start -= 1
    drop: set[int] = set()
    piece = run[value_start : breaks[0].start()]
    for n, br in enumerate(breaks):
        nxt_end = breaks[n + 1].start() if n + 1 < len(breaks) else len(run)
        nxt = run[br.end() : nxt_end].split()[0]
        has_letter = any(c.isalpha() for c in nxt)
        odd = any(not c.isalpha() for c in nxt)
        if not has_letter or ":" in nxt or "=" in nxt or not (len(piece) < 6 or odd):
            break
        drop.update(range(br.start(), br.end()))
        piece += nxt
        if len(run[br.end() : nxt_end].split()) > 1:
            break
    if not drop:
        return None
    keep = [i for i in range(len(run)) if i not in drop]
    return "".join(run[i] for i in keep), keep


# A word spelled with a dot after each letter, as a name typed past a filter: "M.e.s.e.r.e.t A.l.e.m.u" (a capital,
# then three or more lower-case letters; acronyms, "e.g." and "i.e." are not this shape)
_DOTTED_WORD = re.compile(r"(?<![\w.])[A-Z]\.(?:[a-z]\.){2,}[a-z]\.?(?![\w.])")


def _dotted_word(m: re.Match[str]) -> tuple[str, list[int]]:
    keep = [i for i, c in enumerate(m.group(0)) if c.isalpha()]
    return "".join(m.group(0)[i] for i in keep), keep


# A value spelled a character at a time with a dash between characters ("g-l-p-a-t---N-g-w-…", where "---" is a
# dash of the value): ten or more characters, a letter among them (digits alone are digit_disguises.py's).
_DASH_SPELLED = re.compile(r"(?<![\w-])[A-Za-z0-9_](?:-[A-Za-z0-9_]|---[A-Za-z0-9_]){9,}(?![\w-])")


def _dash_spelled(m: re.Match[str]) -> tuple[str, list[int]] | None:
    run = m.group(0)
    if not any(c.isalpha() for c in run):
        return None
    keep = [0]
    i = 1
    while i < len(run):
        if run.startswith("---", i):
            keep += [i + 1, i + 3]
            i += 4
        else:
            keep.append(i + 1)
            i += 2
    return "".join(run[k] for k in keep), keep


# A token's prefix and its body in chunks a PDF or a chat broke with spaces ("gho_ Kkit…7KLT nsMy…HwS4", "AKIA
# DWGH…8J 76E0GC"), or the underscore said in words ("ghs underscore TQG0…"): every chunk looks random (a digit
# and both cases, or a digit in an AWS id's capitals), so words after the token never join it.
_SPACED_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<gh>gh[pousr])(?:_|[ \t]+underscore[ \t]+)|(?P<aws>AKIA|ASIA))"
    r"[ \t]*[A-Za-z0-9]{4,40}(?:[ \t]+[A-Za-z0-9]{4,40}){0,3}(?![A-Za-z0-9])"
)
_CHUNK = re.compile(r"[A-Za-z0-9]+")


def _random_chunk(chunk: str, aws: bool) -> bool:
    """A chunk of a token's body: a digit and both cases (GitHub's base62), or capitals and digits (an AWS id)."""
    if aws:
        return not any(c.islower() for c in chunk) and (chunk.isupper() or any(c.isdigit() for c in chunk))
    return any(c.isdigit() for c in chunk) and any(c.isupper() for c in chunk) and any(c.islower() for c in chunk)


def _spaced_token(m: re.Match[str]) -> tuple[str, list[Any]] | None:
    run = m.group(0)
    aws = m.group("aws") is not None
    prefix_end = len(m.group("gh") or m.group("aws"))
    spoken = not aws and run[prefix_end] != "_"  # "ghs underscore …"
    if aws:
        body_start = prefix_end
    elif spoken:
        body_start = run.index("underscore", prefix_end) + len("underscore")
    else:
        body_start = prefix_end + 1
    chunks = list(_CHUNK.finditer(run, body_start))
    while chunks and not _random_chunk(chunks[-1].group(), aws):
        chunks.pop()  # a word after the token
    if not chunks or not all(_random_chunk(c.group(), aws) for c in chunks):
        return None
    if len(chunks) < 2 and not spoken and run[body_start : chunks[0].start()] == "":
        return None  # nothing was broken: the token as it stands
    if sum(len(c.group()) for c in chunks) < (8 if aws else 28):
        return None
    if aws and not any(c.isdigit() for chunk in chunks for c in chunk.group()):
        return None  # "AKIA PREFIX MEANS …": words in capitals, not an id
    keep: list[Any] = list(range(prefix_end))
    if not aws:
        keep.append((prefix_end, body_start) if spoken else prefix_end)
    keep += [i for c in chunks for i in range(c.start(), c.end())]
    tail = chunks[-1].end()
    body = "".join(c.group() for c in chunks)
    return run[:prefix_end] + ("" if aws else "_") + body + run[tail:], [*keep, *range(tail, len(run))]


_GROUPED_KEY = re.compile(r"(?<![\w-])[A-Za-z0-9+/]{3,6}(?: [A-Za-z0-9+/]{3,6}){4,15}(?![\w-])")


def _grouped_key(m: re.Match[str]) -> tuple[str, list[int]] | None:
    groups = m.group(0).split(" ")
    while groups and not any(c.isdigit() for c in groups[-1]):
        groups.pop()  # a word after the key: "… Ae1U oXr5 how do I join it"
    if len(groups) < 5 or len({len(g) for g in groups[:-1]}) > 1:
        return None  # a key's groups have one length (the last may be shorter)
    mixed = sum(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups)
    joined = "".join(groups)
    if mixed * 4 < len(groups) * 3 or not (any(c.isupper() for c in joined) and any(c.islower() for c in joined)):
        return None
    end = len(" ".join(groups))
    keep = [i for i, c in enumerate(m.group(0)) if c != " " or i >= end]
    return joined + m.group(0)[end:], keep


def decode_all(b: Any) -> None:
    """Apply every rewrite above but the markings' (``decode_markings``) to a normalize._Builder."""
    text = b.text
    if ('" ' in text or "' " in text or '"\\' in text) and ("'" in text or '"' in text):
        b.rewrite(_CONCAT, _concatenated)
        text = b.text
    if "\n" in text:
        b.rewrite(_WRAPPED_SECRET, _wrapped_secret)
        text = b.text
    if " " in text:
        b.rewrite(_GROUPED_KEY, _grouped_key)
        b.rewrite(_CARD_PAIRS, _card_pairs)
        text = b.text
    if ") " in text or "] " in text:
        b.rewrite(_CARD_ASIDES, _card_asides)
        text = b.text
    if "-" in text:
        b.rewrite(_DASH_SPELLED, _dash_spelled)
        b.rewrite(_CARD_DIGIT_DASHES, _card_pairs)
        text = b.text
    if "." in text:
        b.rewrite(_DOTTED_WORD, _dotted_word)
        text = b.text
    if ("gh" in text or "AKIA" in text or "ASIA" in text) and " " in text:
        b.rewrite(_SPACED_TOKEN, _spaced_token)
        text = b.text
    if _LOOKALIKE_NEAR_DIGIT.search(text):
        b.rewrite(_DIGIT_LOOKALIKE, _digit_lookalike)
        b.rewrite(_LOOKALIKE_TOKEN, _lookalike_token)
        b.rewrite(_O_NUMBER, _o_number)
    if ("first" in text or "1st" in text or "part" in text or "First" in text or "Part" in text) and (
        "second" in text or "last" in text or "other" in text or "next" in text or "rest" in text or "part" in text
    ):
        b.rewrite(_CARD_HALVES, _card_halves)
        text = b.text
    if "\n" in text:
        b.rewrite(_HYPHEN_BREAK, _hyphen_break)
        if "\n-" in b.text or "\n." in b.text or "\n " in b.text or "\n\t" in b.text:
            b.rewrite(_SEPARATOR_FIRST_BREAK, _separator_first_break)
        b.rewrite(_DIGIT_BREAK, _digit_break)
        b.rewrite(_MONTH_BREAK, _month_break)
        b.rewrite(_CARD_BREAK, _card_break)
        b.rewrite(_SEVIS_BREAK, _broken_sevis)
        if "eyJ" in b.text:
            b.rewrite(_JWT_BREAK, _broken_key)
            b.rewrite(_JWT_WRAP, _wrapped_jwt)
    lowered = b.text.lower()
    if any(w in lowered for w in ("dot", "(at)", "[at]", " @ ", " . ", "골뱅이")):
        b.rewrite(_WORDY_EMAIL, _wordy_email)
    if "(" in b.text:
        b.rewrite(date_words.CODE_DATE, date_words.rewrite_code_date)  # round 28: "Date.newInstance(1947, 11, 9)"
    digit_disguises.ordinal_months(b)  # round 24: "the fourth of the fourth, nineteen ninety-two"
    # (round 18: or an ordinal day before a year in digits, "the first of March, 2017")
    if "nineteen" in lowered or "twenty" in lowered or "thousand" in lowered or date_words.has_ordinal_day(lowered):
        b.rewrite(date_words.DATE_WORDS, date_words.rewrite)  # before the digit runs: "nineteen eighty-two"
    if " de " in lowered and ("mil" in lowered or " del " in lowered):
        b.rewrite(date_words.SPANISH_DATE_WORDS, date_words.rewrite_spanish)  # "veintidós de octubre del setenta y …"
    if " - " in b.text or " / " in b.text or "slash" in lowered:
        b.rewrite(date_words.SPOKEN_DATE, date_words.rewrite_spoken)  # round 21: "oh-seven slash one-four slash …"
    digit_disguises.decode_spelled(b)  # "five three one, two two, zero eight four six", and in four more languages
    if "\n" in b.text or "_ " in b.text or "- " in b.text:
        b.rewrite(_BROKEN_KEY, _broken_key)
    if len(b.text) >= 12:
        if "64" in b.text:
            b.rewrite(_ENCODING_WORD, lambda m: ("", []))  # "DL b64 VFgg…": the label reaches the decoded value
            b.rewrite(_ENCODING_SUFFIX, lambda m: ("", []))
        b.rewrite(_BASE64, _base64)
        if "2d" in b.text or "2f" in b.text or "2D" in b.text or "2F" in b.text:
            b.rewrite(_HEX_NUMBER, _hex_number)


# base64 as it stands in the original text, also short padded tokens ("cGFzc3dvcmQ=")
_BASE64_TOKEN = re.compile(
    r"(?<![A-Za-z0-9+/._-])(?:[A-Za-z0-9+/]{12,4096}={0,2}|[A-Za-z0-9+/]{6,11}={1,2})(?![A-Za-z0-9+/=._-])"
)
_USER_AND_PASSWORD = re.compile(r"[^\s:]{1,64}:(\S{6,128})")
ENCODED_SCORE = 0.85


# Round 23. A literal handed to a base64 decoder in code: a shell's "echo '…' | base64 -d", Python's b64decode("…"),
# JavaScript's atob("…"), .NET's FromBase64String("…"); and the name of a secret earlier on its line
# ("export RAD_PASS=$(echo "…" | base64 -d)")
_DECODER_AFTER = re.compile(r"[\"']?[ \t]*\|[ \t]*base64[ \t]+(?:-d|-D|--decode)\b")
_DECODER_BEFORE = re.compile(
    r"(?:b64decode|urlsafe_b64decode|atob|FromBase64String|base64_decode|decode64|decodeString|base64\.decode)"
    r"\([ \t]*[bB]?[\"']$|\bbase64[ \t]+(?:-d|-D|--decode)[ \t]+<<<[ \t]*[\"']?$"
)
_SECRET_NAME = re.compile(r"(?i)pass|pwd|secret|token|api[_-]?key|apikey|auth|cred")
# Round 23. A password written as HTML character references ("&#80;&#117;…", "&#x50;…"), as an HTML mail carries
# it: four or more in a row that decode to one word with letters and digits or symbols, a password's word before
# it on its line
_ENTITY_RUN = re.compile(r"(?:&#(?:\d{2,7}|[xX][0-9a-fA-F]{2,6});){4,64}")
_PASSWORD_BEFORE = re.compile(
    r"(?i)\b(?:p[a@]ss(?:word|wd|code|phrase)?|pwd|pw|pin|secret|token|api[ _-]?key|credentials?|creds|login)\b"
)


def encoded_credentials(text: str) -> list[Finding]:
    """Base64 tokens in ``text`` whose decoded form is a credential."""
    out = []
    for m in _BASE64_TOKEN.finditer(text):
        token = m.group(0)
        if len(token) % 4 or token.isalpha() or token.isdigit():
            continue
        try:
            decoded = base64.b64decode(token, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        if not decoded.isprintable():
            continue
        if _user_and_password(decoded) or _password_shaped(decoded) or _decoded_secret(text, m, decoded):
            out.append(Finding("PASSWORD", m.start(), m.end(), ENCODED_SCORE, "EncodedCredential"))
    if "&#" in text:
        out.extend(_entity_passwords(text))
    if _PASSWORD_BEFORE.search(text) is not None:
        out.extend(_hex_passwords(text))
        out.extend(_pieced_passwords(text))
    return out


# Round 24. A password hex-encoded after a password's word ("the DB password is hex-encoded: 52 70 74 21 …",
# "pw=5277…", "\x52\x70…"): byte pairs, spaced, colon-parted, \x-escaped or in one run, that decode to one printable
# word with a letter and a digit or symbol (a digest decodes to bytes no one types, and stays as written)
_HEX_RUN = re.compile(
    r"(?<![0-9A-Za-z\\])(?:[0-9A-Fa-f]{2}(?:[ :][0-9A-Fa-f]{2}){5,63}|(?:[0-9A-Fa-f]{2}){6,64}"
    r"|(?:\\x[0-9A-Fa-f]{2}){6,64})(?![0-9A-Za-z])"
)
_HEX_REACH = 160  # how far before the run the password's word may stand


def _hex_passwords(text: str) -> list[Finding]:
    out = []
    for m in _HEX_RUN.finditer(text):
        digits = m.group(0).replace("\\x", "").replace(" ", "").replace(":", "")
        try:
            decoded = bytes.fromhex(digits).decode("ascii")
        except ValueError:
            continue
        if not decoded.isprintable() or any(c.isspace() for c in decoded) or not 6 <= len(decoded) <= 64:
            continue
        if not any(c.isalpha() for c in decoded) or _classes(decoded) < 2 or decoded.isalpha():
            continue
        if _PASSWORD_BEFORE.search(text, max(0, m.start() - _HEX_REACH), m.start()) is not None:
            out.append(Finding("PASSWORD", m.start(), m.end(), ENCODED_SCORE, "EncodedCredential"))
    return out


# Round 24. A password handed over in numbered pieces to be joined ('part1 = "Wq9$"⏎part2 = "tR4!nZ"', "piece 1:
# Kx7#  piece 2: mP2q"), a password's word in the text: the pieces of one name, numbered from 1 in a row, whose
# joined value has a password's shape (eight characters or more, three kinds of character) are one secret
_PIECE = re.compile(
    r"(?i)(?<![\w])(?P<stem>part|piece|half|chunk|segment|fragment|bit|pt|p|pw|pass|pwd|s)[ _-]?(?P<n>[1-9])\b"
    r"[ \t]*[:=][ \t]*(?P<q>[\"'`]?)(?P<v>[^\s\"'`]{2,40})(?P=q)"
)


def _pieced_passwords(text: str) -> list[Finding]:
    if "1" not in text:
        return []
    by_stem: dict[str, dict[int, re.Match[str]]] = {}
    for m in _PIECE.finditer(text):
        by_stem.setdefault(m.group("stem").lower(), {}).setdefault(int(m.group("n")), m)
    out = []
    for pieces in by_stem.values():
        run = []
        n = 1
        while n in pieces:
            run.append(pieces[n])
            n += 1
        if len(run) < 2:
            continue
        joined = "".join(p.group("v") for p in run)
        if len(joined) >= 8 and _classes(joined) >= 3:
            for p in run:
                out.append(Finding("PASSWORD", p.start("v"), p.end("v"), ENCODED_SCORE, "EncodedCredential"))
    return out


def _decoded_secret(text: str, m: re.Match[str], decoded: str) -> bool:
    """A secret-shaped literal that code decodes from base64 and keeps under a secret's name on its line."""
    if any(c.isspace() or c in '"{}[]<>' for c in decoded) or not 8 <= len(decoded) <= 64:
        return False
    classes = _classes(decoded)
    if classes < 3 and not (len(decoded) >= 12 and classes == 2 and any(c.isdigit() for c in decoded)):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _DECODER_AFTER.match(text, m.end()) is None and _DECODER_BEFORE.search(text, line_start, m.start()) is None:
        return False
    return _SECRET_NAME.search(text, line_start, m.start()) is not None


def _entity_passwords(text: str) -> list[Finding]:
    out = []
    for m in _ENTITY_RUN.finditer(text):
        decoded = html.unescape(m.group(0))
        if not decoded.isprintable() or any(c.isspace() for c in decoded) or not 6 <= len(decoded) <= 64:
            continue
        if not any(c.isalpha() for c in decoded) or _classes(decoded) < 2:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PASSWORD_BEFORE.search(text, max(line_start, m.start() - 80), m.start()) is not None:
            out.append(Finding("PASSWORD", m.start(), m.end(), ENCODED_SCORE, "EncodedCredential"))
    return out


def _user_and_password(decoded: str) -> bool:
    if any(c in '"{}[]<>' for c in decoded):
        return False  # JSON, markup: a JWT's header ('{"alg":"HS256"}'), not a password
    pair = _USER_AND_PASSWORD.fullmatch(decoded)
    return pair is not None and "//" not in decoded and _classes(pair.group(1)) >= 3


def _password_shaped(decoded: str) -> bool:
    if any(c.isspace() or c in '"{}[]<>' for c in decoded):
        return False
    return 8 <= len(decoded) <= 64 and decoded[0].isalnum() and _classes(decoded) == 4


def _classes(value: str) -> int:
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )
