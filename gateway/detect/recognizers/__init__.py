"""Every recognizer the detector runs: Presidio's stock ones that matter for US federal text, and the
department's own, one per file in this package. Each call builds fresh instances (built once per detector)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    DateRecognizer,
    IbanRecognizer,
    IpRecognizer,
    UsMbiRecognizer,
)

from gateway.detect.recognizers.identifiers.a_number import ANumberRecognizer
from gateway.detect.recognizers.identifiers.aamva_barcode import AamvaBarcodeRecognizer
from gateway.detect.recognizers.identifiers.aba_routing import AbaRoutingNumberRecognizer
from gateway.detect.recognizers.identifiers.bank_account import BankAccountRecognizer
from gateway.detect.recognizers.identifiers.card_front import CardFrontRecognizer
from gateway.detect.recognizers.identifiers.credit_card import IssuerCheckedCreditCardRecognizer
from gateway.detect.recognizers.identifiers.dod_edipi import DodEdipiRecognizer
from gateway.detect.recognizers.identifiers.driver_license import (
    CasedUsLicenseRecognizer,
    LabelledDriverLicenseRecognizer,
)
from gateway.detect.recognizers.identifiers.i94 import I94Recognizer
from gateway.detect.recognizers.identifiers.itin import ItinRecognizer
from gateway.detect.recognizers.identifiers.known_traveler import KnownTravelerRecognizer
from gateway.detect.recognizers.identifiers.medical_license import ContextMedicalLicenseRecognizer
from gateway.detect.recognizers.identifiers.mrz import MrzRecognizer
from gateway.detect.recognizers.identifiers.ncic_response import NcicResponseRecognizer
from gateway.detect.recognizers.identifiers.nearby_label import NearbyLabelRecognizer
from gateway.detect.recognizers.identifiers.passport import PassportRecognizer
from gateway.detect.recognizers.identifiers.sevis import SevisRecognizer
from gateway.detect.recognizers.identifiers.split_identifier import SplitIdentifierRecognizer
from gateway.detect.recognizers.identifiers.ssn import SsnRecognizer
from gateway.detect.recognizers.identifiers.uscis_receipt import UscisReceiptRecognizer
from gateway.detect.recognizers.markings.classification_marking import ClassificationMarkingRecognizer
from gateway.detect.recognizers.markings.cui_marking import CuiMarkingRecognizer
from gateway.detect.recognizers.personal.address_forms import AddressFormsRecognizer
from gateway.detect.recognizers.personal.chat_speaker import ChatSpeakerRecognizer
from gateway.detect.recognizers.personal.date_of_birth import DateOfBirthBeforeVerbRecognizer, DateOfBirthRecognizer
from gateway.detect.recognizers.personal.email import OfflineEmailRecognizer
from gateway.detect.recognizers.personal.email_name import EmailNameRecognizer
from gateway.detect.recognizers.personal.intl_phone import IntlPhoneRecognizer
from gateway.detect.recognizers.personal.name_casing import NameCasingRecognizer
from gateway.detect.recognizers.personal.ner import NerRecognizer
from gateway.detect.recognizers.personal.person import PersonRecognizer
from gateway.detect.recognizers.personal.phone import FormattedPhoneRecognizer
from gateway.detect.recognizers.personal.street_address import StreetAddressRecognizer
from gateway.detect.recognizers.personal.table_name import TableNameRecognizer
from gateway.detect.recognizers.personal.url import SimpleUrlRecognizer
from gateway.detect.recognizers.secrets.cloud_access_key import CloudAccessKeyRecognizer
from gateway.detect.recognizers.secrets.cloud_secret_key import CloudSecretKeyRecognizer
from gateway.detect.recognizers.secrets.connection_string import ConnectionStringRecognizer
from gateway.detect.recognizers.secrets.device_config import DeviceConfigSecretRecognizer
from gateway.detect.recognizers.secrets.github_token import GithubTokenRecognizer
from gateway.detect.recognizers.secrets.gitlab_token import GitlabTokenRecognizer
from gateway.detect.recognizers.secrets.jwt import JwtRecognizer
from gateway.detect.recognizers.secrets.password import PasswordRecognizer
from gateway.detect.recognizers.secrets.private_key import PrivateKeyRecognizer
from gateway.detect.recognizers.secrets.slack_token import SlackTokenRecognizer
from gateway.detect.recognizers.structured_field import StructuredFieldRecognizer


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
        CasedUsLicenseRecognizer(),  # round 18: in capitals only
        UsMbiRecognizer(),
    ]


def department_recognizers() -> list[EntityRecognizer]:
    return [
        NerRecognizer(),
        PersonRecognizer(),
        TableNameRecognizer(),
        StructuredFieldRecognizer(),
        NameCasingRecognizer(),
        ChatSpeakerRecognizer(),
        EmailNameRecognizer(),
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
        # round 18: identity documents' machine-readable and printed layouts
        MrzRecognizer(),
        AamvaBarcodeRecognizer(),
        CardFrontRecognizer(),
        NcicResponseRecognizer(),
        AbaRoutingNumberRecognizer(),
        BankAccountRecognizer(),
        DodEdipiRecognizer(),
        StreetAddressRecognizer(),
        AddressFormsRecognizer(),
        DateOfBirthRecognizer(),
        DateOfBirthBeforeVerbRecognizer(),
        NearbyLabelRecognizer(),
        SplitIdentifierRecognizer(),
        CloudAccessKeyRecognizer(),
        CloudSecretKeyRecognizer(),
        PrivateKeyRecognizer(),
        JwtRecognizer(),
        GithubTokenRecognizer(),
        GitlabTokenRecognizer(),
        SlackTokenRecognizer(),
        ConnectionStringRecognizer(),
        PasswordRecognizer(),
        DeviceConfigSecretRecognizer(),
    ]
