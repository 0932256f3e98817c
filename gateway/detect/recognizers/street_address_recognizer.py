"""STREET_ADDRESS: US street addresses (number, street name, suffix, optional unit, city, state and ZIP)."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy"
    r"|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Pike|Alley|Row|Loop)\.?"
)
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*[A-Za-z0-9-]+)?"
_CITY_STATE_ZIP = r"(?:,\s*[A-Z][a-zA-Z .'-]+,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?)?"
PATTERNS = [
    Pattern(
        "street address",
        rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][a-zA-Z0-9'-]*\s+){{1,4}}{_SUFFIX}\b{_UNIT}{_CITY_STATE_ZIP}",
        0.75,
    ),
    Pattern("po box", r"\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b", 0.7),
]
CONTEXT = ["address", "lives", "resides", "residence", "mailing", "street", "home"]


class StreetAddressRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=PATTERNS,
            context=CONTEXT,
            name="StreetAddressRecognizer",
            global_regex_flags=0,
        )
