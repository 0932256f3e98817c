"""Every recognizer the detector runs: Presidio's stock ones that matter for US federal text, and the
department's own, one per file in this package. Each call builds fresh instances (built once per detector)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    DateRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsMbiRecognizer,
)

from gateway.detect.recognizers.a_number_recognizer import ANumberRecognizer
from gateway.detect.recognizers.aba_routing_recognizer import AbaRoutingRecognizer
from gateway.detect.recognizers.classification_marking_recognizer import ClassificationMarkingRecognizer
from gateway.detect.recognizers.credential_recognizer import credential_recognizers
from gateway.detect.recognizers.cui_marking_recognizer import CuiMarkingRecognizer
from gateway.detect.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from gateway.detect.recognizers.dod_edipi_recognizer import DodEdipiRecognizer
from gateway.detect.recognizers.email_recognizer import OfflineEmailRecognizer
from gateway.detect.recognizers.i94_recognizer import I94Recognizer
from gateway.detect.recognizers.passport_recognizer import PassportRecognizer
from gateway.detect.recognizers.sevis_recognizer import SevisRecognizer
from gateway.detect.recognizers.ssn_recognizer import SsnRecognizer
from gateway.detect.recognizers.street_address_recognizer import StreetAddressRecognizer
from gateway.detect.recognizers.uscis_receipt_recognizer import UscisReceiptRecognizer

NER_ENTITIES = ("PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME")


def stock_recognizers() -> list[EntityRecognizer]:
    """Presidio's recognizers kept as they are. Replaced: SSN (SSA rules), e-mail (offline suffix list), passport
    and ABA routing (tuned, in this package). Left out: other countries' identifiers, crypto wallets, MAC, UUID."""
    return [
        SpacyRecognizer(supported_entities=list(NER_ENTITIES)),
        PhoneRecognizer(),
        UrlRecognizer(),
        IpRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        DateRecognizer(),
        MedicalLicenseRecognizer(),
        UsItinRecognizer(),
        UsLicenseRecognizer(),
        UsBankRecognizer(),
        UsMbiRecognizer(),
    ]


def department_recognizers() -> list[EntityRecognizer]:
    return [
        OfflineEmailRecognizer(),
        SsnRecognizer(),
        ClassificationMarkingRecognizer(),
        CuiMarkingRecognizer(),
        ANumberRecognizer(),
        UscisReceiptRecognizer(),
        I94Recognizer(),
        SevisRecognizer(),
        PassportRecognizer(),
        AbaRoutingRecognizer(),
        DodEdipiRecognizer(),
        StreetAddressRecognizer(),
        DateOfBirthRecognizer(),
        *credential_recognizers(),
    ]
