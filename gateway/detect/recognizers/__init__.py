"""Every recognizer the detector runs: Presidio's stock ones that matter for US federal text, and the
department's own, one per file in this package. Each call builds fresh instances (built once per detector)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    DateRecognizer,
    IbanRecognizer,
    IpRecognizer,
    UsLicenseRecognizer,
    UsMbiRecognizer,
)

from gateway.detect.recognizers.a_number_recognizer import ANumberRecognizer
from gateway.detect.recognizers.aba_routing_recognizer import AbaRoutingNumberRecognizer
from gateway.detect.recognizers.address_forms_recognizer import AddressFormsRecognizer
from gateway.detect.recognizers.bank_account_recognizer import BankAccountRecognizer
from gateway.detect.recognizers.classification_marking_recognizer import ClassificationMarkingRecognizer
from gateway.detect.recognizers.cloud_access_key_recognizer import CloudAccessKeyRecognizer
from gateway.detect.recognizers.cloud_secret_key_recognizer import CloudSecretKeyRecognizer
from gateway.detect.recognizers.connection_string_recognizer import ConnectionStringRecognizer
from gateway.detect.recognizers.credit_card_recognizer import IssuerCheckedCreditCardRecognizer
from gateway.detect.recognizers.cui_marking_recognizer import CuiMarkingRecognizer
from gateway.detect.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from gateway.detect.recognizers.dod_edipi_recognizer import DodEdipiRecognizer
from gateway.detect.recognizers.driver_license_recognizer import LabelledDriverLicenseRecognizer
from gateway.detect.recognizers.email_recognizer import OfflineEmailRecognizer
from gateway.detect.recognizers.github_token_recognizer import GithubTokenRecognizer
from gateway.detect.recognizers.gitlab_token_recognizer import GitlabTokenRecognizer
from gateway.detect.recognizers.i94_recognizer import I94Recognizer
from gateway.detect.recognizers.intl_phone_recognizer import IntlPhoneRecognizer
from gateway.detect.recognizers.itin_recognizer import ItinRecognizer
from gateway.detect.recognizers.jwt_recognizer import JwtRecognizer
from gateway.detect.recognizers.known_traveler_recognizer import KnownTravelerRecognizer
from gateway.detect.recognizers.medical_license_recognizer import ContextMedicalLicenseRecognizer
from gateway.detect.recognizers.name_casing_recognizer import NameCasingRecognizer
from gateway.detect.recognizers.ner_recognizer import NerRecognizer
from gateway.detect.recognizers.passport_recognizer import PassportRecognizer
from gateway.detect.recognizers.password_recognizer import PasswordRecognizer
from gateway.detect.recognizers.person_recognizer import PersonRecognizer
from gateway.detect.recognizers.phone_recognizer import FormattedPhoneRecognizer
from gateway.detect.recognizers.private_key_recognizer import PrivateKeyRecognizer
from gateway.detect.recognizers.sevis_recognizer import SevisRecognizer
from gateway.detect.recognizers.slack_token_recognizer import SlackTokenRecognizer
from gateway.detect.recognizers.ssn_recognizer import SsnRecognizer
from gateway.detect.recognizers.street_address_recognizer import StreetAddressRecognizer
from gateway.detect.recognizers.structured_field_recognizer import StructuredFieldRecognizer
from gateway.detect.recognizers.table_name_recognizer import TableNameRecognizer
from gateway.detect.recognizers.url_recognizer import SimpleUrlRecognizer
from gateway.detect.recognizers.uscis_receipt_recognizer import UscisReceiptRecognizer


def stock_recognizers() -> list[EntityRecognizer]:
    """Presidio's recognizers kept as they are. Replaced or tuned in this package: spaCy NER (filtered), SSN
    (SSA rules), ITIN (needs context), e-mail (offline suffix list), URL (cheaper pattern), phone (scored by
    form), credit card (issuer prefixes), medical licence (no checksum shortcut), passport, bank account and ABA
    routing (labelled forms, checksums). Left out: other countries' identifiers, crypto wallets, MAC, UUID."""
    return [
        SimpleUrlRecognizer(),
        IpRecognizer(),
        IbanRecognizer(),
        DateRecognizer(),
        UsLicenseRecognizer(),
        UsMbiRecognizer(),
    ]


def department_recognizers() -> list[EntityRecognizer]:
    return [
        NerRecognizer(),
        PersonRecognizer(),
        TableNameRecognizer(),
        StructuredFieldRecognizer(),
        NameCasingRecognizer(),
        FormattedPhoneRecognizer(),
        IntlPhoneRecognizer(),
        IssuerCheckedCreditCardRecognizer(),
        ContextMedicalLicenseRecognizer(),
        OfflineEmailRecognizer(),
        SsnRecognizer(),
        ItinRecognizer(),
        ClassificationMarkingRecognizer(),
        CuiMarkingRecognizer(),
        ANumberRecognizer(),
        UscisReceiptRecognizer(),
        I94Recognizer(),
        SevisRecognizer(),
        KnownTravelerRecognizer(),
        PassportRecognizer(),
        LabelledDriverLicenseRecognizer(),
        AbaRoutingNumberRecognizer(),
        BankAccountRecognizer(),
        DodEdipiRecognizer(),
        StreetAddressRecognizer(),
        AddressFormsRecognizer(),
        DateOfBirthRecognizer(),
        CloudAccessKeyRecognizer(),
        CloudSecretKeyRecognizer(),
        PrivateKeyRecognizer(),
        JwtRecognizer(),
        GithubTokenRecognizer(),
        GitlabTokenRecognizer(),
        SlackTokenRecognizer(),
        ConnectionStringRecognizer(),
        PasswordRecognizer(),
    ]
