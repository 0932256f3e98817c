"""PHONE_NUMBER in other countries' national formats (``020 7946 0321``, ``0806 214 7789``, ``33 3615 2094``) and
with a country code (``+962 79 541 2286``), next to a word that says it is a phone number ("call", "mobile",
"tel.", "reach him on", "WhatsApp"). Google's libphonenumber (the ``phonenumbers`` package) decides whether the
digits are a possible number of one of the countries the department's public most often calls from; a run of
digits without such a word is left alone (it is as likely a reference number)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.detect.recognizers.base import own_result

SCORE = 0.5  # an SSN or another identifier of the same digits wins the overlap (resolve.py)
REGIONS: tuple[str, ...]
REGIONS = ("GB", "MX", "PH", "NG", "EG", "IN", "CN", "VN", "HT", "SV", "GT", "HN", "DO", "CO", "UA", "SO", "PK", "DE")
REGIONS += ("FR", "BR", "KR", "HK", "JP", "KE", "ET", "GH", "JM", "CU", "AF", "IR", "IQ", "SY")
# North American numbers are the US phone recognizer's (phone_recognizer.py)
_EIGHT_DIGITS = re.compile(r"\d(?:[^\d\n]{0,2}\d){7}")
_SEPARATORS = re.compile(r"[ .()-]+")
_NANP = re.compile(r"^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$")
# (a word of a script without spaces may touch the number: "連絡先 090-5555-0164です")
# round 20: after a country code, a one-digit group may come first, as Myanmar's and France's mobiles are written
# ("+95 9 555 01 882", "+33 6 12 34 56 78")
_CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9_+/.-])(\+\d{1,3}[ .-]\d(?:[ .-]\d{2,5}){2,5}|\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,5}\)?){1,5})"
    r"(?![A-Za-z0-9_/-]|\.\d)"
)
# A cue may be glued to a key by "_" ("ph_mobile", "phone_ng"); accents are folded before detection ("ĐT" is DT).
_CUE = re.compile(
    r"(?i)(?<![A-Za-z])(?:call|called|calling|ring|rang|phone|phoned|ph|tel|telephone|mobile|cell|cellphone|whatsapp"
    r"|viber|signal|text|sms|fax|landline|reach(?:ed|able)?(?:[ \t]+\w+){0,3}[ \t]+(?:on|at)|contacts"
    r"|contact(?:[ \t]+\w+)?[ \t]+(?:on|at|is)|contact[ \t]*:|office|number|(?:desk|direct|office|home)[ \t]+line"
    r"|hotline|callback|call[ \t]+back|telefoon\w*|lambarka"
    r"|tel[eé]fono|celular|cel|m[oó]vil|t[eé]l[eé]phone|portable|handy|telefon|numero|nimewo|dt|sdt|dien[ \t]+thoai)"
    r"(?![A-Za-z])[.:]?|\u7535\u8bdd|\u96fb\u8a71|\uc804\ud654|\uc5f0\ub77d\ucc98|\u0647\u0627\u062a\u0641"
    # Japanese 連絡先 (contact), 携帯 (mobile); Chinese 手机 / 手機 (mobile), 联系方式 (contact)
    r"|\u9023\u7d61\u5148|\u643a\u5e2f|\u624b\u673a|\u624b\u6a5f|\u8054\u7cfb\u65b9\u5f0f"
)
# "number" after a word naming another kind of number is no cue ("tracking number 1Z …")
_OTHER_NUMBER = re.compile(
    r"(?i)\b(?:tracking|order|invoice|part|serial|case|ticket|reference|confirmation"
    # round 16: the numbers of trade, court and insurance files ("importer number 94-2877401-00")
    r"|importer|docket|policy|claim|filer|entry|permit|receipt|employer)[ \t]+$"
)
# Round 16. An employer identification number's shape, bare or with an importer's two-digit suffix (CBP writes an
# EIN-based importer number 12-3456789-00): a tax number, never a phone
_EIN_SHAPE = re.compile(r"^\d{2}-\d{7}(?:-\d{2})?$")
# a code glued to the digits by a space: "1Z 4A7 F92 03 1458 7726" is one tracking number
_CODE_BEFORE = re.compile(r"(?<![\w])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,}[ \t]$")


# a date, not a phone: "2026-10-02", "02.10.2026", "2026/10/02"
_DATE = re.compile(r"^(?:(?:19|20)\d\d([-./])[01]?\d\1[0-3]?\d|[0-3]?\d([-./])[01]?\d\2(?:19|20)\d\d)$")


_NEAR_MISS = (phonenumbers.ValidationResult.TOO_LONG, phonenumbers.ValidationResult.TOO_SHORT)


@lru_cache(maxsize=4096)
def _possible(digits: str, adjacent_cue: bool = False) -> bool:
    if digits.startswith("+"):
        try:
            n = phonenumbers.parse(digits, None)
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_possible_number(n):
            return True
        # round 23: right after "tel.", "teléfono": a known country's code and a digit too many or too few for it,
        # as a number is mistyped or invented ("teléfono +51 966 555 0190")
        return (
            adjacent_cue
            and phonenumbers.region_code_for_number(n) not in (None, "ZZ", "001")
            and (phonenumbers.is_possible_number_with_reason(n) in _NEAR_MISS)
        )
    for region in REGIONS:
        try:
            n = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
        # right after "mobile", "tel.": a number of the right length with a trunk 0 (drama ranges, new blocks)
        if adjacent_cue and digits.lstrip("(").startswith("0") and phonenumbers.is_possible_number(n):
            return True
    return False


# a trunk 0 and three groups, as a country writes its own numbers: "0917 555 2841", "(032) 412 8870"
_NATIONAL = re.compile(r"^(?:0\d{2,4}|\(0\d{1,4}\))[ ]\d{3,4}[ ]\d{4}$")


def _national_form(value: str) -> bool:
    """Without a word that says so, only a number written in a national format with its trunk 0 and valid in
    one of the countries is a phone number."""
    return _NATIONAL.match(value) is not None and _possible(value)


@lru_cache(maxsize=4096)
def _valid_us(value: str) -> bool:
    """A North American number the US recognizer takes, or a placeholder in its form ("(555) 555-5555"); "229 184
    5523" (an exchange cannot start with 1) is another country's, Veracruz's here."""
    digits = re.sub(r"\D", "", value)
    digits = digits[1:] if len(digits) == 11 else digits  # the +1
    if digits[0] in "01":
        return False  # no North American area code starts so: "(032) 412 8870" is Cebu's
    if "(" in value or len(set(digits)) <= 4:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, "US"))
    except phonenumbers.NumberParseException:
        return False


# round 20: a mobile number in its country's national format, in text written in that country's script, needs no
# cue ("상주 윤태호 (010-5550-1938)", "田中さんの携帯 090-1234-5678", "王伟 138 1234 5678"): Hangul is Korea's, kana
# Japan's, Han (without kana) China's, Thai script Thailand's; a landline or a number of another type is left alone
_SCRIPT_REGIONS = (
    (re.compile(r"[\uac00-\ud7a3]"), "KR"),
    (re.compile(r"[\u3040-\u30ff]"), "JP"),
    (re.compile(r"[\u4e00-\u9fff]"), "CN"),
    (re.compile(r"[\u0e00-\u0e7f]"), "TH"),
)
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _mobile_in_its_script(around: str, value: str) -> bool:
    if around.isascii():
        return False
    for script, region in _SCRIPT_REGIONS:
        if script.search(around) is None:
            continue
        try:
            n = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in _MOBILE:
            return True
    return False


class IntlPhoneRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], name="IntlPhoneRecognizer", context=[])

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PHONE_NUMBER" not in entities or _EIGHT_DIGITS.search(text) is None:
            return []
        results = []
        for m in _CANDIDATE.finditer(text):
            value = m.group(1)
            n = sum(c.isdigit() for c in value)
            if not 8 <= n <= 15 or (not value.startswith("+") and " " not in value and "-" not in value):
                continue
            if (_NANP.match(value) and _valid_us(value)) or (
                value[0] not in "+0(" and len(_SEPARATORS.findall(value)) < 2
            ):
                continue  # groups or a trunk 0: "33 3615 2094", "07911 123456"; not "4412-0977"
            window = text[max(0, m.start() - 40) : m.start()]
            cue = [c for c in _CUE.finditer(window) if not _OTHER_NUMBER.search(window, 0, c.start())]
            if (
                not cue
                and not value.startswith("+")
                and not _national_form(value)
                and not _mobile_in_its_script(text[max(0, m.start() - 40) : m.end() + 20], value)
            ):
                continue
            if (
                _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _DATE.match(value)
                or _EIN_SHAPE.match(value)
            ):
                continue
            adjacent = bool(cue) and cue[-1].end() >= len(window) - 3
            if not _possible(value, adjacent):
                continue
            results.append(own_result(self, "PHONE_NUMBER", m.start(1), m.end(1), SCORE))
        return results
