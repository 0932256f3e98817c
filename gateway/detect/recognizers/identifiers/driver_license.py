"""US_DRIVER_LICENSE after a licence label: each state has its own format (Florida S530-412-86-719-0, New York
718 402 955, California D1234567), too many and too plain to find unlabelled, so the label decides: "DL",
"driver's license no.", "OLN", "licencia de conducir", "Führerschein", "면허번호". The finding is the number only.

Round 18: a bare "license" counts when its state or its holder stands before it ("her Texas license 4193…", "my
license # is …"), or in a text about driving that names no licence of another kind, and the number has a state's
shape; a licence of another kind named in the same phrase (contractor, business, software, liquor, FCC …) rules
the weaker labels out. A card's own header makes its field labels licence labels ("Nº REGISTRO" on a Brazilian
CNH, "Số/No" on a Vietnamese licence, "番号 第…号" on a Japanese one). Presidio's own licence shapes are read in
capitals only (CasedUsLicenseRecognizer).
"""

from __future__ import annotations

import re
from typing import Any

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.predefined_recognizers import UsLicenseRecognizer

from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex, WordShapes
from gateway.detect.recognizers.labelled import LabelledValueRecognizer
from gateway.detect.recognizers.personal.street_address import STATES
from gateway.detect.recognizers.required_text import RequiredText

_STATE = r"(?:[A-Z]{2}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|state)"
# round 18: the states and territories by name, as prose writes them before or after the licence ("her Texas
# license", "Driver's license: Pennsylvania …")
_STATE_NAME = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
    r"|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi"
    r"|Missouri|Montana|Nebraska|Nevada|New[ \t]+(?:Hampshire|Jersey|Mexico|York)|(?:North|South)[ \t]+(?:Carolina"
    r"|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island|Tennessee|Texas|Utah|Vermont"
    r"|(?:West[ \t]+)?Virginia|Washington|Wisconsin|Wyoming|Puerto[ \t]+Rico|Guam|CNMI|D\.C\.)"
)
_LABEL = (
    # DLN: the AAMVA card's field 4d, as an OCR of the licence prints it ("4d DLN W-162-…")
    # CDL: a commercial driver's licence
    r"(?:DLN|DL|CDL|D\.L\.|driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e|licencia(?:[ \t]+de[ \t]+conducir)?"
    r"|permis[ \t]+de[ \t]+conduire|F(?:u|ue)hrerschein(?:nummer)?|carteira[ \t]+de[ \t]+motorista"
    # round 18: an operator's licence and its number (OLN), "D/L", "DL/ID", an Enhanced Driver's Licence (EDL);
    # Spanish, French, Tagalog and Russian labels
    r"|OLN|operator'?s?[ \t]+licen[cs]e|D/L|DL/ID|EDL|licencia[ \t]+de[ \t]+(?:manejo|conduccion)"
    r"|(?:numero|no\.?|num\.?)[ \t]+de[ \t]+licencia|n[o°]\.?[ \t]*(?:du|de)[ \t]+permis(?:[ \t]+de[ \t]+conduire)?"
    r"|lisensya(?:[ \t]+sa[ \t]+pagmamaneho)?|(?:номер[ \t]+)?водительск(?:ое|ого)[ \t]+удостоверени[ея]"  # noqa: RUF001 - Cyrillic on purpose
    # Italian, Polish, Dutch, Swedish, Turkish
    r"|patente[ \t]+di[ \t]+guida|(?:numer[ \t]+)?prawa?[ \t]+jazdy|rijbewijs(?:nummer)?|k(?:o|oe)rkort(?:snummer)?"
    r"|ehliyet"
    # round 23: a police report's "OL#" / "OL No." (operator's licence), the number sign or "No." after it
    r"|OL(?=[ \t]*#|[ \t]+(?:No\.?|Number|Num)(?![A-Za-z])))"
    r"(?![A-Za-z])"
)
# Round 18. Labels that also name other things ("lic." of a contractor, a venue's permit): a licence of another
# kind in the same phrase rules them out (keep)
_WEAK_LABEL = (
    r"(?:lic\.?|permit/licen[cs]e|licen[cs]e/permit"
    r"|(?:learner'?s?|instruction(?:al)?|learning|provisional|beginner'?s?)(?:[ \t]+(?:instruction(?:al)?|driver'?s?))?"
    r"[ \t]+permit)(?![A-Za-z])"
)
# what stands between a label and its number: the state or the card named in Spanish ("de Nueva Jersey") or in
# parentheses ("(EDL)", "(NY)"), the state's code, a qualifier ("ID no.", "Blg.", "№"), a form's dot leaders
_GLUE = (
    rf"(?:[ \t]+(?:of|de|from)[ \t]+(?-i:{_STATE_NAME}|[A-Z][a-z]+(?:[ \t]+(?:del[ \t]+)?[A-Z][a-z]+)?))?"
    r"(?:[ \t]*\((?-i:[A-Za-z][A-Za-z. ]{1,18})\))?"
    rf"(?:[ \t]+(?-i:(?:{STATES}))(?=[ \t]))?"
    r"(?:[,-]?[ \t]*(?:ID[ \t]+)?(?:number|num|nbr\.?|nr\.?|no\.?|#|id|blg\.?|№|n[°o]\.?|n\.)(?![A-Za-z]))?"
    r"(?:[ \t]*\((?-i:[A-Za-z][A-Za-z. ]{1,18})\))?"
    r"(?:[ \t]*\.{2,})?"
    r"[ \t]*(?:is|es|:|#|=)?[ \t]*#?[ \t]*"
)
# the value, after the state that issued it when the label comes first ("CDL: CA B3390172")
_VALUE = (
    rf"(?:(?-i:{STATES}|{_STATE_NAME})[ \t]+)?"
    r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])"
)
# the value beside writing without spaces between words (Chinese, Japanese, Korean)
_CJK_VALUE = r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![A-Za-z0-9-])"
_OWNER = r"(?:my|his|her|their|your|our)(?:[ \t]+(?:current|new|old|expired|suspended|revoked|valid|temporary|own))?"
# round 18: a state's or a holder's licence or ID card named in prose, then its number a few words on
_MENTION = (
    rf"(?:(?:(?-i:\b(?:{STATES}))|\b{_STATE_NAME}|\bstate|\b{_OWNER})[ \t]+(?:ID[ \t]+card|licen[cs]e)"
    r"|\bdriver'?s?[ \t]+licen[cs]e|\b(?:learner'?s?|instruction(?:al)?)(?:[ \t]+instruction(?:al)?)?[ \t]+permit"
    r"|(?-i:\b(?:EDL|CDL|DL)))"
)
PATTERNS = [
    # a state's ID card or licence called by the state's code: "NY ID 748 215 903", "CA ID# D4410297", "NY license
    # 731 042 668"
    Pattern(
        "labelled state id",
        rf"\b(?:{STATES})[ \t]+(?:ID|DL|CDL|(?i:licen[cs]e))(?:[ \t]+(?:card|number|no\.?))?[ \t]*[:#]?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,20})(?![\w-])",
        0.8,
    ),
    Pattern(
        "labelled driver license",
        rf"(?:\b{_STATE}[ \t]+)?(?i:\b{_LABEL}"
        # the issuing state in parentheses after the label: "DL (NY) 738 …", "driver's license (Ohio): …"
        # round 15: the state's code after the label, no parentheses: "CDL VA T-402-…", "DL NY 738 …"
        rf"{_GLUE}){_VALUE}",
        0.85,
    ),
    Pattern("labelled weak licence label", rf"(?i:\b{_WEAK_LABEL}{_GLUE}){_VALUE}", 0.85),
    # round 24: the label, then a few words that say where the number was read, closed by a colon: "Buyer's DL per
    # the dealer's log: KS K08-…", "driver's license as shown on the citation: …" (keep: no other number named)
    Pattern(
        "labelled driver license, words before a colon",
        r"(?i:\b(?:DL|CDL|D/L|DLN|OLN|driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e)(?![A-Za-z/])"
        r"(?P<words>(?:[ \t]+[^\W\d][\w'\u2019.]{0,15}){1,5}?)[ \t]*:[ \t]*)"
        rf"{_VALUE}",
        0.8,  # below "labelled driver license", which keeps a span both match ("DL number: …")
    ),
    # round 15: a licence named by the bare word, its number in the shape of the states that give a letter and
    # twelve digits (Florida, Maryland, Michigan, Minnesota): "the license as S530-412-887-109"; a software
    # licence key is letters and digits in blocks, not one letter and twelve digits
    Pattern(
        "labelled licence, a letter and twelve digits",
        r"(?i:\blicen[cs]e\b[^\n\d]{0,24}?)(?P<value>(?-i:[A-Z])[- ]?\d{3}(?:[- ]?\d){9})(?![\w-])",
        0.8,
    ),
    # round 18: the bare word after the state or the holder: "her Texas license 41938275", "Georgia license number
    # 061847392", "my license # is 604 218 937"
    Pattern(
        "labelled licence of a state or a holder",
        rf"(?:(?-i:\b(?:{STATES}))|(?i:\b{_STATE_NAME}|\b{_OWNER}(?:[ \t]+{_STATE_NAME}|[ \t]+(?-i:{STATES}))?))"
        r"[ \t]+(?i:licen[cs]e|lic\.?)(?![A-Za-z])"
        rf"(?:[ \t]*\((?:{STATES}|{_STATE_NAME})\))?(?i:[ \t]+(?:number|num|no\.?|#)(?![A-Za-z]))?"
        # a few words that end in a colon or a parenthesis: "Utah license for the carpool form: …", "RI license
        # for Ana Gomes (V418293, …"
        r"(?:[ \t]+[^\n\d:.;()]{1,40}?(?=[:(]))?"
        # round 19: the line may break before the verb ("her TX license⏎is 4193…")
        r"(?:[ \t]*\r?\n(?=[ \t]*(?i:is|was)[ \t]))?"
        r"[ \t]*(?i:is|was|:|#|=)?[ \t]*#?[ \t]*\(?"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])",
        0.85,
    ),
    # round 18: the bare word before a number of a state's shape, in a text about driving (keep): "copy, license
    # 46092281 valid"
    Pattern(
        "labelled bare licence",
        rf"(?i:\blicen[cs]e(?:[ \t]*\((?-i:{STATES}|{_STATE_NAME})\))?(?:[ \t]+(?:number|num|no\.?|#)(?![A-Za-z]))?"
        r"[ \t]*(?:is|was|:|#|=)?[ \t]*#?[ \t]*)"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])",
        0.8,
    ),
    # round 18: a state's ID card by the state's name or as a non-driver ID: "North Carolina ID card 0000…",
    # "Arizona ID card (not a DL), number D0771…"
    Pattern(
        "labelled state id card",
        rf"(?:\b(?i:{_STATE_NAME}|state(?:-issued)?|non-?driver(?:'?s)?))[ \t]+(?i:(?:photo[ \t]+)?ID(?:[ \t]+card)?"
        r"|identification[ \t]+card)(?![A-Za-z])(?:[ \t]*\([^()\n]{1,30}\))?,?[ \t]*"
        r"(?i:(?:number|no\.?|#)(?![A-Za-z])[ \t]*)?(?i:is|was|:|#)?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])",
        0.85,
    ),
    # round 18: the licence, the ID card or the permit, then its number a few words on: "my new Wisconsin ID card
    # came in. Number is P5120-…", "a learner's instructional permit. Permit no. P-318-…"
    Pattern(
        "labelled licence mentioned before its number",
        rf"(?i:{_MENTION})(?![A-Za-z/-])[^\n\d]{{1,40}}?(?i:\b(?:number|no\.|#))[ \t]*(?i:is|was|:)?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])",
        0.8,
    ),
    # round 20: the number first, then the issuing state and the label in parentheses: "41708821 (TX DL)",
    # "R355-018-79-912-0 (FL driver's license)", "D4410297 (DL, CA)"; up to three letters before the digits (keep:
    # a state's shape), so a capitalised word before the number does not join it
    Pattern(
        "licence number, then its state and label",
        r"(?<![\w-])(?P<value>(?:[A-Z]{1,3}[- ]?)?\d(?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,20})[ \t]*"
        rf"\((?:(?:{STATES}|{_STATE_NAME})[ \t]+(?:CDL|DL|(?i:driver'?s?[ \t]+licen[cs]e|licen[cs]e))"
        rf"|(?:CDL|DL|(?i:driver'?s?[ \t]+licen[cs]e))[ \t]*,?[ \t]*(?:{STATES}|{_STATE_NAME}))\)",
        0.85,
    ),
    # round 18: labels in writing without spaces between words: Korean 면허번호, Chinese 驾照号码, Japanese
    # 免許証番号, Arabic رقم الرخصة ("licence number"); a few words may stand before the colon (驾照号码对不对, "is the
    # licence number right")
    Pattern(
        "labelled licence number, other scripts",
        r"(?:(?:운전)?면허(?:증)?[ \t]*번호|驾照号码?|駕照號碼?|驾驶证号码?|駕駛證號碼?|駕駛執照號碼|驾驶执照号码?"
        r"|(?:運転)?免許証?番号|رقم[ \t]+(?:ال)?رخصة(?:[ \t]+(?:ال)?قيادة)?)"
        rf"[\u4e00-\u9fff]{{0,4}}[ \t]*[:\uff1a]?[ \t]*(?:第[ \t]*)?{_CJK_VALUE}",
        0.85,
    ),
    # round 18: a card's field labels, licence labels under the card's header (keep): Chinese "證號", Japanese
    # "番号 第 … 号", Vietnamese "Số/No", Brazilian "Nº REGISTRO"
    Pattern(
        "labelled card field, other scripts",
        rf"(?:(?:證號|证号|號碼|号码|編號|编号)[ \t]*[:\uff1a]?|番号[ \t]*第)[ \t]*{_CJK_VALUE}",
        0.85,
    ),
    Pattern(
        "labelled card field, Vietnamese",
        r"(?m:^)[ \t]*(?i:s[oố])(?:[ \t]*/[ \t]*(?i:no)\.?)?[ \t]*:[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9])){4,21})(?![\w-])",
        0.85,
    ),
    Pattern(
        "labelled card field, Portuguese",
        r"(?i:\bn[o°º]\.?[ \t]*(?:de[ \t]+|do[ \t]+)?registro)[ \t]*:?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[- .](?=[A-Z0-9])){4,21})(?![\w-])",
        0.85,
    ),
]
# Where the patterns that open with a state, an owner or a label of many spellings are looked for (anchored.py): near
# a word every match contains, with at most so many runs of spaces or tabs between the match's start and that word.
# Each anchor is the pattern's own word under the pattern's own case rule; the counts, read off the patterns:
# - "of a state or a holder": "lic" after an owner, a word, a state of two words, a space (4);
# - "mentioned before its number": "licen" / "card" / "permit" after a state of two words or an owner and a word,
#   and "card" after "ID" (3), or "DL" of "EDL", "CDL", "DL" (0);
# - "driver license": the label's first word or its distinctive part, after a state of two words (2) and, inside
#   the label, "numero de", "n° du", "номер", "numer" (2);
# - "state id card": "photo", "ID" or "identification" after a state of two words (2);
# - "state id": "ID", "DL" or "licen" after the state's code (1).
ANCHORS: dict[str, tuple[Anchor, int]] = {
    "labelled licence of a state or a holder": (Anchor(folded_word=("lic",)), 4),
    "labelled licence mentioned before its number": (Anchor(folded_word=("licen", "card", "permit"), exact=("DL",)), 3),
    "labelled driver license": (
        Anchor(
            folded_word=("dl", "cdl", "edl", "d.l", "d/l", "driv", "oln", "operator", "ol"),
            folded=(
                *("licen", "permis", "hrerschein", "carteira", "lisensya", "водительск", "patente", "praw"),
                *("rijbewijs", "rkort", "ehliyet"),
            ),
        ),
        4,
    ),
    "labelled driver license, words before a colon": (
        Anchor(folded_word=("dl", "cdl", "d/l", "dln", "oln", "driv")),
        0,
    ),
    "labelled state id card": (Anchor(folded_word=("photo", "id", "identification")), 2),
    "labelled state id": (Anchor(folded=("licen",), exact=("ID", "DL")), 1),
    # round 20: "DL" or "licen" after the number (at most ten runs, a run before the parenthesis, a state of two
    # words, "driver's license": 14)
    "licence number, then its state and label": (Anchor(folded=("licen",), exact=("DL",)), 14),
}
# the header that makes a card's field labels licence labels
_CARD_HEADERS = {
    "labelled card field, other scripts": re.compile(r"駕照|驾照|驾驶证|駕駛證|駕駛執照|驾驶执照|運転免許|免許証"),
    "labelled card field, Vietnamese": re.compile(r"(?i)gi[aấ]y[ \t]+ph[eé]p[ \t]+l[aá]i[ \t]+xe|\bGPLX\b"),
    "labelled card field, Portuguese": re.compile(r"(?i)habilita[cç][aã]o|\bCNH\b"),
}
# Round 18. A licence of another kind, named in the phrase before the number: these words never name a driver's
_OTHER_LICENCE = re.compile(
    r"(?i)\b(?:software|product|volume|keys?|seats?|subscription|enterprise|validator|version|business|contractors?"
    r"|contracting|professional|medical|nursing|nurse|liquor|alcohol|beverage|fcc|gmrs|amateur|ham|radio|mhic"
    r"|firearms?|ffl|dealer|pilot|marriage|cpa|engineer(?:ing)?|real[ \t]+estate|insurance|broker|fishing|hunting"
    r"|building|electrical|electrician|plumbing|plumber|pharmacy|pharmacist|physician|dental|teaching|cosmetology"
    r"|barber|vendor|food|sales|tax|music|commission|board|home[ \t]+improvement|on-premises|abc"
    # the professions' licences by their letters: a professional engineer's, a nurse's, a mortgage originator's
    r"|(?-i:PE|RN|LPN|DEA|NPI|NMLS|EMT|CPA))\b"
)
# Round 18. A number of another thing in the words between a licence's mention and "number"
_OTHER_NUMBER = re.compile(
    r"(?i)\b(?:passport|phone|cell|claim|policy|case|confirmation|ticket|citation|account|receipt|order|ssn"
    r"|social|plate|vin|tag|tracking|reference|ref|appointment|invoice|employee|badge|member|registration"
    r"|routing|card[ \t]+number|serial|permit[ \t]+for)\b"
)
# Round 24. Words before the colon that list the licence with other things
# (or "DL" is a distribution list: "DL distribution for ops: …")
_LISTED_BEFORE = re.compile(
    r"(?i)(?:\b(?:and|or|plus|with|distribution)\b|[&/,])[^:\n]{0,80}:[ \t]*(?:[A-Z]{2}[ \t]+)?$"
)
_CHECKED = frozenset(
    {
        "labelled weak licence label",
        "labelled licence of a state or a holder",
        "labelled state id card",
        "labelled licence mentioned before its number",
        "labelled bare licence",
    }
)
_SHAPED = frozenset(
    {
        "labelled licence of a state or a holder",
        "labelled licence mentioned before its number",
        "labelled bare licence",
        "licence number, then its state and label",
    }
)
# Round 18. Words of driving and of the agencies that license drivers: a text with none does not mean a driver's
# licence by the bare word
_DRIVING = re.compile(
    r"(?i)\b(?:driv(?:er|ers|er's|ing|e)|motorist|motor[ \t]+vehicles?|DMV|MVA|BMV|RMV|MVC|DDS|DPS|DL|CDL|OLN|traffic"
    r"|vehicle|car|tow|dispatch|road[ \t]+test|suspended|REAL[ \t]+ID)\b"
)
# a number a form or a guide prints as an example: a counting run, one digit over and over
_PLACEHOLDER = re.compile(r"0?123456789?0?|9876543210?|(\d)\1{5,}")


class LabelledDriverLicenseRecognizer(LabelledValueRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_DRIVER_LICENSE",
            patterns=PATTERNS,
            context=[],
            name="LabelledDriverLicenseRecognizer",
            global_regex_flags=re.MULTILINE,
        )
        self._anchored: tuple[list[Any], list[tuple[Pattern, Any, RequiredText | None]]] | None = None

    def _pattern_plan(self, flags: int) -> list[tuple[Pattern, Any, RequiredText | None]]:
        """The base's plan, with the patterns of ``ANCHORS`` looked for near their anchor (same matches)."""
        steps = super()._pattern_plan(flags)
        if self._anchored is None or self._anchored[0] is not steps:
            anchored = [
                (
                    pattern,
                    AnchoredRegex(compiled, *ANCHORS[pattern.name], word_start=True)
                    if pattern.name in ANCHORS
                    else compiled,
                    req,
                )
                for pattern, compiled, req in steps
            ]
            self._anchored = (steps, anchored)
        return self._anchored[1]

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        # round 25: the issuing state's code, then the number ("my license is MD H-364-…"): the number alone
        state = _STATE_PREFIX.match(value)
        if state is not None and _state_shaped(value[state.end() :]):
            result.start += state.end()
            value = value[state.end() :]
        # a licence number has digits; trailing words the spaces let in are not part of it
        while " " in value and not value.rsplit(" ", 1)[1].isdigit():
            value = value.rsplit(" ", 1)[0]
            result.end = result.start + len(value)
        header = _CARD_HEADERS.get(pattern_name)
        if header is not None and header.search(text) is None:
            return False
        if pattern_name in _CHECKED and (
            _OTHER_LICENCE.search(_phrase_before(text, result.start))
            or ((after := _PARENTHESIS_AFTER.match(text, result.end)) and _OTHER_LICENCE.search(after.group(0)))
        ):
            return False
        if pattern_name == "labelled driver license, words before a colon" and _LISTED_BEFORE.search(
            text, max(0, result.start - 100), result.start
        ):
            return False  # "DL and passport numbers: …": the value may be the other one
        if pattern_name == "labelled licence mentioned before its number" and _OTHER_NUMBER.search(
            text, max(0, result.start - 60), result.start
        ):
            return False
        if pattern_name in _SHAPED and not _state_shaped(value):
            return False
        # the bare word: a text about driving, and about no licence of another kind
        if pattern_name == "labelled bare licence" and (
            _DRIVING.search(text) is None or _OTHER_LICENCE.search(text) is not None
        ):
            return False
        if _PLACEHOLDER.fullmatch(re.sub(r"\D", "", value)):
            return False
        # round 17: "DL" glued to the digits as one of a list of codes of the same shape under other prefixes
        # ("DN66213801, SR98456702, DL77213305", a breed registry's numbers): a registry's prefix, not a label
        if text[result.start - 2 : result.start] == "DL" and _among_other_codes(text, result.start - 2, result.end):
            return False
        # round 17: an airline's flight number and its route ("DL 5593 ATL-BWI 09:15"), not a licence
        if _FLIGHT_ROUTE.match(value):
            return False
        # round 16: Washington's older licence, five letters of the surname and two initials (padded with "*"),
        # three digits and two check characters: "WA DL SMITHJQ123AB"
        return sum(c.isdigit() for c in value) >= 5 or WASHINGTON.fullmatch(value) is not None


def _phrase_before(text: str, start: int) -> str:
    """The words of the phrase before a number, back to the line's or the sentence's start (at most 60
    characters)."""
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind("\n"), window.rfind(". "), window.rfind(";"))
    return window[cut + 1 :]


# the parenthesis after a number, which may name its kind ("Lic. 0448213 (real estate)")
_PARENTHESIS_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)")


# Round 18. What a state's licence number looks like once its spaces and dashes are gone: up to three letters,
# then digits, a letter or two at the end (Iowa's 472KP8193 has them in the middle); not a phone number or a year
_STATE_SHAPE = re.compile(r"[A-Z]{0,3}\d{5,14}[A-Z]{0,2}|\d{2,3}[A-Z]{2,3}\d{3,6}")
_NOT_A_LICENCE = re.compile(r"\d{3}[- ]\d{3}[- ]\d{4}|(?:19|20)\d\d(?:[-/ ]\d{1,4})*")


_STATE_PREFIX = re.compile(rf"(?:{STATES})[ ](?=[A-Z0-9])")


def _state_shaped(value: str) -> bool:
    return _STATE_SHAPE.fullmatch(re.sub(r"[- ]", "", value)) is not None and not _NOT_A_LICENCE.fullmatch(value)


_CODE_LIST = re.compile(
    r"\b[A-Z]{2}\d{6,10}\b(?:(?:,[ \t]*+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]{2}\d{6,10}\b)+"
)


def _among_other_codes(text: str, start: int, end: int) -> bool:
    for m in _CODE_LIST.finditer(text, max(0, start - 200), min(len(text), end + 200)):
        if m.start() <= start and end <= m.end():
            return len({c for c in re.findall(r"[A-Z]{2}(?=\d)", m.group()) if c != "DL"}) >= 2
    return False


_FLIGHT_ROUTE = re.compile(r"\d{1,4} [A-Z]{3}-[A-Z]{3}\b")
WASHINGTON = re.compile(r"[A-Z*]{7}\d{3}[A-Z0-9]{2}")


class CasedUsLicenseRecognizer(UsLicenseRecognizer):
    """Round 18. Presidio's licence shapes (weak, raised by "license" or "driver" nearby), read in capitals only, as
    the states print their letters: without it, "v2" of "license-validator v2.7.14" or "x0147" of an extension is a
    letter and digits."""

    def __init__(self) -> None:
        super().__init__()
        self.global_regex_flags = re.DOTALL | re.MULTILINE
        # Presidio's two shapes, tried only at the words of capitals and digits (anchored.py's WordShapes: every
        # match is one, but for the branch "A-Z]{2}…" Presidio's pattern has, which needs "A-Z]"): the same
        # matches, so the same results from Presidio's own loop. The patterns are this recognizer's own copies.
        # Every branch of the alphanumeric shape has a capital; the other shape is digits only.
        presidios: list[Pattern] = self.patterns  # type: ignore[has-type]  # Presidio sets it untyped
        self.patterns = [Pattern(p.name, p.regex, p.score) for p in presidios]  # type: ignore[has-type]
        for pattern in self.patterns:  # type: ignore[has-type]
            pattern.compiled_regex = WordShapes(
                regex.compile(pattern.regex, flags=self.global_regex_flags),
                capital=bool(re.search("[A-Z]", pattern.regex)),
                unless=("A-Z]",),
            )
            pattern.compiled_with_flags = self.global_regex_flags
