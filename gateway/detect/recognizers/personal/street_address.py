"""STREET_ADDRESS: US street addresses: house number, optional direction, a capitalised street name and a USPS
street suffix, optional direction, unit, and city, state and ZIP (on the same line or the next); PO boxes and
numbered highways. A number + words without a known suffix ("3 Key Points") is not an address."""

from __future__ import annotations

from presidio_analyzer import Pattern

from gateway.detect.recognizers.base import DepartmentRecognizer

SUFFIXES = (
    "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy"
    "|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Pike|Alley|Aly|Loop|Plaza|Plz|Crescent|Cres|Expressway|Expy"
    "|Freeway|Fwy|Turnpike|Tpke|Crossing|Xing|Ridge|Rdg|Hollow|Holw|Cove|Cv|Heights|Hts|Landing|Lndg|Run|Row"
)
STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK"
    "|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP"
)
_DIRECTION = r"(?:NE|NW|SE|SW|N|S|E|W|North|South|East|West)\b\.?"
# round 25: a scan's OCR may part an ordinal from its ending ("NW 54 th St")
_NAME_WORD = r"(?:[A-Z][a-zA-Z'-]*|\d{1,3}[ ]?(?:st|nd|rd|th))"
_UNIT = r"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Fl|Floor|Bldg|Building|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6})?"
_CITY_STATE_ZIP = (
    rf"(?:(?:,[ \t]*|[ \t]*\r?\n[ \t]*)[A-Z][a-zA-Z.'-]+(?:[ \t]+[A-Z][a-zA-Z.'-]+){{0,3}},?[ \t]+(?:{STATES})\b"
    # round 25: or the ZIP's digits parted by OCR's spaces ("FL 3 3 1 2 7")
    r"(?:[ \t]+(?:\d{5}(?:-\d{4})?|\d(?:[ ]\d){4}(?![ ]?\d)))?)?"
)
PATTERNS = [
    Pattern(
        "street address",
        # round 17: the number may follow Chinese or Japanese text with no space ("地址改成1288 S Atlantic Blvd")
        rf"(?<![A-Za-z0-9_])\d{{1,6}}(?:-\d{{1,4}})?[A-Z]?[ \t]+(?:{_DIRECTION}[ \t]+)?(?:{_NAME_WORD}[ \t]+){{1,4}}"
        rf"(?:{SUFFIXES})\b\.?(?:[ \t]+{_DIRECTION}(?![a-z]))?{_UNIT}{_CITY_STATE_ZIP}",
        0.7,
    ),
    Pattern(
        "numbered highway",
        rf"\b\d{{1,6}}[ \t]+(?:(?:US|U\.S\.|State|County)[ \t]+)?(?:Highway|Hwy|Route|Rte)\.?[ \t]+\d{{1,4}}{_UNIT}"
        rf"{_CITY_STATE_ZIP}",
        0.6,
    ),
    # round 17: and a caller box, the USPS caller service the territories use ("Caller Box 10007, Saipan, MP 96950")
    Pattern(
        "po box",
        r"\b(?:P\.?[ \t]?O\.?[ \t]+Box|Post[ \t]+Office[ \t]+Box|Caller[ \t]+Box)[ \t]+\d{1,6}\b" + _CITY_STATE_ZIP,
        0.7,
    ),
]
CONTEXT = ["address", "lives", "live", "resides", "residence", "mailing", "street", "home", "located", "moved"]


class StreetAddressRecognizer(DepartmentRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=PATTERNS,
            context=CONTEXT,
            name="StreetAddressRecognizer",
            global_regex_flags=0,
        )
