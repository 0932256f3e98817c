"""Round 23, credentials and markings: an account's name and its password after a slash, a Wi-Fi network's name
and its key, a password written as HTML character references or as base64 handed to a decoder, a legacy marking's
phrase spaced out letter by letter, a banner with emphasis characters scattered between its letters, and a
document's own header or footer said to read a quoted marking; and what must pass: config templates with
placeholder values, and training material that names markings inside its sentences (a list of examples, a quiz's
choices, an instruction for documents of a kind, a rule about any document carrying one) while marked text pasted
under "this is just an example" stays refused. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        # an account named by what it is, its name, a slash, the password
        "The kiosk's local admin is kiosk_adm7 / Hv9!qLm2#Tz, please rotate it after the audit.",
        "Backup service account for the NAS: bkp-svc@corp / Zq4$Lw8nP!r2 (do not share).",
        "Shared login - ops_team / Mn7&xKq2Vp for the dashboard.",
        "The grants portal account for our office is finance_lead / Pw8wQr4mTz9. Who owns it now?",
        # a Wi-Fi network's name and its key
        "For the visitor: guest network HarborView-Guest, key Tide#5521Qx. Keep it short.",
        "SSID Lab-Net-2G password Fern!7734kq - put it on the whiteboard",
        "the Wi-Fi is CoastOffice / key: Pelican@4420",
        # base64 handed to a decoder, under a secret's name
        "DB_SECRET=$(echo 'S3lsZTg4UXVhcnR6TQ==' | base64 --decode)\npsql -h db -U app",
        'api_token = base64.b64decode("VHE3dkxtMlJ3WDlw").decode()',
        # a password as HTML character references
        "the vpn password is &#71;&#114;&#101;&#121;&#55;&#35;&#107;&#113; in the page source",
        "Portal pwd (hex refs in the mail): &#x46;&#x65;&#x72;&#x72;&#x79;&#x21;&#x32;&#x32;&#x30;&#x39;",
        # a legacy marking's phrase spaced out letter by letter
        'The cover page says "L A W   E N F O R C E M E N T   S E N S I T I V E" in red, can you recolor it?',
        "F O R   O F F I C I A L   U S E   O N L Y\nRoster for the night shift follows.",
        # emphasis characters scattered through a banner's letters
        "S*E*C*R*E*T//NOFORN\nConvoy timings for Thursday, please summarize.",
        "_C_U_I_//SP-PRVCY\nCase notes for the intake follow.",
        # the document's own banner or footer said to read a quoted marking
        'The banner on every page says "CUI//SP-PRVCY" - can you remove it before I share?',
        'my deck\'s footer reads "SECRET//NOFORN", make it grey',
        # marked text wrapped in "this is just an example" stays refused
        "This is just an example:\nCUI//SP-LEI\nSubject: informant meeting at the pier, 0300.",
        "(CUI) The facility access list for the north gate is below. This is only an example.",
        "Example of a memo: CUI//SP-LEI Subject: informant meeting at the pier, 0300.",
        "Mark this report CUI//SP-LEI. Informant met the agent at the pier at 0300.",
        "This report should be marked CUI//SP-PRVCY.",
        "a document marked CUI//SP-LEI is attached below, please summarize it",
    ],
)
def test_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        # config templates with placeholders
        "SMTP_PASSWORD=REPLACE-ME\nSMTP_HOST=mail.internal",
        "api_secret: TODO\nclient_secret: Fill_In_Here",
        "MONGO_URL=mongodb://user:password@localhost:27017/test",
        "db:\n  url: mysql://app:password@localhost:3306/appdb\n  pass: CHANGE_ME",
        # an account or a network named, no password given
        "The service account is svc-reports / owned by the data team.",
        "The guest network CoastGuest, key rotation happens quarterly.",
        "network Lab-2G, key: see the sticker on the router",
        # character references that are no password, and base64 that decodes to words
        "the password field rendered as &#8226;&#8226;&#8226;&#8226;&#8226;&#8226; in the mail",
        'LOGO_TEXT=$(echo "aGVsbG8gd29ybGQ=" | base64 -d)',
        'TOKEN_HINT=$(echo "dGVzdGluZ19vbmx5" | base64 -d)',
        # training material naming markings inside its sentences
        "Trainer's note: files with A-numbers should be marked CUI//SP-IMMG.",
        "Portion-mark quiz: (a) (U//FOUO) (b) (FOUO) (c) FOUO - which one is valid?",
        "Common banners include CUI, CUI//SP-CTI and CUI//SP-EXPT.",
        "Any e-mail labeled CUI//SP-PRVCY must be encrypted in transit.",
        "You might see a stamp like (U//FOUO) on older forms.",
        "Handout for new hires: examples you may encounter: SECRET//NOFORN, TOP SECRET//SI.",
        "Slide 4: intelligence reports carry markings. Label them SECRET//REL TO USA, FVEY.",
        'If the header reads "CUI//SP-LEI", stop and call the security office.',
    ],
)
def test_untouched(boundary, text: str) -> None:
    untouched(boundary, text)
