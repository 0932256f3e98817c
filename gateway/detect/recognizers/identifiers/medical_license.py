"""MEDICAL_LICENSE: Presidio's DEA registration number recognizer, without its checksum shortcut.

Presidio scores any two letters + seven digits that pass the DEA checksum at 1.0, with or without context; one
in ten such codes passes by chance, so Known Traveler Numbers (TT1234567), passports and A-Numbers became
"medical licenses". Here a valid checksum keeps the pattern's score and a context word ("DEA", "medical",
"license", "prescriber") raises it."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import MedicalLicenseRecognizer as PresidioMedicalLicenseRecognizer

PATTERNS = PresidioMedicalLicenseRecognizer.PATTERNS
CONTEXT = ["dea", "medical", "license", "licence", "prescriber", "physician", "registration", "certificate"]


class ContextMedicalLicenseRecognizer(PresidioMedicalLicenseRecognizer):
    def __init__(self) -> None:
        super().__init__(context=CONTEXT, name="MedicalLicenseRecognizer")

    # PatternRecognizer documents None as "not validated"; Presidio's subclass narrows its hint to bool
    def validate_result(self, pattern_text: str) -> bool | None:  # type: ignore[override]
        return None if super().validate_result(pattern_text) else False
