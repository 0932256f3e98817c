"""The department's own recognizers, one per file; ``department_recognizers`` builds them all once."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from gateway.detect.recognizers.a_number_recognizer import ANumberRecognizer
from gateway.detect.recognizers.aba_routing_recognizer import AbaRoutingRecognizer
from gateway.detect.recognizers.classification_marking_recognizer import ClassificationMarkingRecognizer
from gateway.detect.recognizers.credential_recognizer import credential_recognizers
from gateway.detect.recognizers.cui_marking_recognizer import CuiMarkingRecognizer
from gateway.detect.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from gateway.detect.recognizers.dod_edipi_recognizer import DodEdipiRecognizer
from gateway.detect.recognizers.i94_recognizer import I94Recognizer
from gateway.detect.recognizers.passport_recognizer import PassportRecognizer
from gateway.detect.recognizers.sevis_recognizer import SevisRecognizer
from gateway.detect.recognizers.ssn_recognizer import SsnRecognizer
from gateway.detect.recognizers.street_address_recognizer import StreetAddressRecognizer
from gateway.detect.recognizers.uscis_receipt_recognizer import UscisReceiptRecognizer


def department_recognizers() -> list[EntityRecognizer]:
    return [
        ClassificationMarkingRecognizer(),
        CuiMarkingRecognizer(),
        ANumberRecognizer(),
        UscisReceiptRecognizer(),
        I94Recognizer(),
        SevisRecognizer(),
        PassportRecognizer(),
        AbaRoutingRecognizer(),
        DodEdipiRecognizer(),
        SsnRecognizer(),
        StreetAddressRecognizer(),
        DateOfBirthRecognizer(),
        *credential_recognizers(),
    ]
