"""Round 6, what must be refused: markings and credentials in the shapes earlier rounds missed, each with the
hard negatives that must still pass. The texts are this file's own."""

from __future__ import annotations

import pytest

from .conftest import Boundary, refused, untouched

# -- legacy CUI acronyms applied to the text at hand -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tighten this: PCII submission from the grid operator lists three unpatched relays.",
        "Turn into bullets: CVI assessment for the plant flags the ammonia tank perimeter.",
        "Merge: (SBU) shift roster and (CVI) tank inventory for the county.",
        "Notes from the visit. (PCII) Substation 4 relies on one feeder.",
    ],
)
def test_legacy_cui_applied(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I make a PCII submission to CISA?",
        "Write a short description of the PCII program for the newsletter.",
        "Explain what a CVI assessment covers for new inspectors.",
        "Chemical-terrorism Vulnerability Information (CVI) covers top-screens and site plans.",
        "The SBU (strategic business unit) met its quarterly target.",
    ],
)
def test_legacy_cui_talked_about(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# -- markings in disguise ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "proofread: f.o.u.o. budget figures for the quarter.",
        "Shorten: TOP\u200b SEC\u200bRET assessment of the border crossing.",
        "Translate: \uff23\uff35\uff29 contractor list for the pilot.",
        "Summarize: (5//NF) the team met the source twice.",
        "Rewrite: S3CRET summary of the convoy schedule.",
    ],
)
def test_disguised_markings(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "proofread: F.O.U.O. is being retired as a marking.",
        "What does C.U.I. mean for contractors?",
        "Our grandmother kept the recipe a s-e-c-r-e-t for years.",
        "The job needs a TOP\u00a0SECRET clearance.",
        "Python: print((5//2) + (7//3))",
        "grammar check: the S.E.C.R.E.T. program teaches kids online safety.",
    ],
)
def test_disguise_like_text_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


# -- credentials -------------------------------------------------------------------------------------------------


def test_variable_reference_is_not_a_secret(boundary: Boundary) -> None:
    untouched(boundary, 'token = os.environ["SVC_TOKEN"]\npayload = {"authToken": svc_token}')


@pytest.mark.parametrize(
    "text",
    [
        "fix the wording: the pw for the badge printer is Cedar\nLake-2290 (the mail client wrapped it)",
        "She said the locker pass is Gr\nanite$Owl (it broke across lines).",
        'const k = "ghp_R2kd8QmW7xLpA4vN" + "c9Tz3HbY6eJu1sFgXo5K";',
        "creds = ('AKIAZ7Q3M8W2' \\\n    'X4KD9TRL')",
        "Can you check this id: A K I A Z 7 Q 3 M 8 W 2 X 4 K D 9 T R L",
    ],
)
def test_credentials_wrapped_split_or_spaced(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'pw = getpass("Badge printer password: ")\nclient.login("printer", pw)',
        "Password: ********\nUser: admin",
        "the password is simple\nPlease advise.",
        "Your password must be 12 characters\nand contain a digit.",
        'label = "Ana" + " " + "Lopez"',
    ],
)
def test_wrapped_or_joined_non_secrets_pass(boundary: Boundary, text: str) -> None:
    blocked, _ = boundary(text)
    assert not blocked, text


@pytest.mark.parametrize(
    "text",
    [
        "パスワードは Kumo#5823 です",
        "密码是 Lotus#8812q",
        "пароль: Volga_7731!",
        "moje haslo: Wisla#2290",
        "VPN password for the field laptop → Heron8Creek",
        "vpn creds: fieldtech / Gr4vel!road",
        "mysqldump -u backup -pS3cure!Dump db1 > out.sql",
        "the wifi key is Harbor-6620",
        "auth token 4c7d1e9a2b8f3c6d5e0a1b2c3d4e5f6a",
        "DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=q8Zk3Lm9Vx2Rt7Wp4Ns6Hd1Fg5Jc0Yb8Ke3Qa7Mu2Xo9Pi4==",
        "twilio key SK0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    ],
)
def test_credentials_in_more_shapes(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The access token is expired, how do I refresh it?",
        "Rotate the api key every 90 days and keep the client secret in the vault.",
        "Use a bearer token in the Authorization header.",
        "The login page - user / pass fields are too small.",
        "The key is Q3-2026 planning.",
        "He was released on parole in 2019.",
    ],
)
def test_credential_words_without_a_credential(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Summarize: " + "U2VjcmV0Ly9PUkNPTg==" + " tasking",  # base64 of a mixed-case marking
        "Tidy: the attached memo contains Protected Critical Infrastructure Information about two dams.",
        "Rewrite: S//NF The liaison met the source on Friday.",
        "Shorten: TS//SI//NF collection summary for the week.",
    ],
)
def test_markings_encoded_abbreviated_or_described(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "If the memo contains Sensitive Security Information, who may read it?",
        "Explain whether a report that contains CUI can be emailed.",
        "Job posting: TS//SCI clearance required, relocation offered.",
        "Hiring now, S//NF access level preferred.",
    ],
)
def test_marking_talk_and_clearances_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "what is this? " + "S2VzdHJlbCNCYXk5MQ==",  # base64 of a password-shaped string
        '{"auths": {"reg.example.org": {"auth": "' + "YnVpbGQ6UmF2ZW4mU2t5NzI=" + '"}}}',  # user:password
    ],
)
def test_base64_of_a_credential(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"',
        "What is dGVzdA== in plain text?",
    ],
)
def test_base64_of_no_credential_passes(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "read my new pw to the desk, it's capital K, e, s, t, r, e, l, 4, 4, hash",
        "from my password manager: Qw3e Rt5y Ui7o Pa9s Df2g Hj4k, how do I paste it?",
    ],
)
def test_credentials_spelled_out_or_grouped(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Password rules: use a, b, c, d, e, f and more letters.",
        "The password policy bans 1, 2, 3, 4, 5, 6 as a sequence.",
        "Hex dump: 4f3a 9b2c 11de 7a0f 55c1 e2d4",
    ],
)
def test_character_lists_and_groups_pass(boundary: Boundary, text: str) -> None:
    blocked, _ = boundary(text)
    assert not blocked, text


@pytest.mark.parametrize(
    "text",
    [
        "docker login -u deploy --password-stdin < token.txt",
        "export DB_PASSWORD=$(vault kv get -field=pw secret/app)",
    ],
)
def test_password_flags_and_vault_paths_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


def test_document_said_to_be_marked_secret(boundary: Boundary) -> None:
    refused(boundary, "Condense: the cable is marked SECRET and lists the patrol times.")
    untouched(boundary, "If the cable is marked SECRET, may I paste it here?")
    untouched(boundary, "The envelope is marked CONFIDENTIAL; summarize the offer letter.")
    untouched(boundary, "The recipe card is marked secret by grandma.")


@pytest.mark.parametrize(
    "text",
    [
        "kubeconfig:\n  client-key-data: " + "LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVF",
        "db02.example.net:5432:claims:report_ro:Tq7!mWz3Lp",
        "curl -u builder:Sl8te#Hill40 https://ci.example.net/api/jobs",
        'r = requests.post(url, auth=("svc_ingest", "Gl4cier!Bay"))',
        "sshpass -p 'Dune7#Wind' ssh ops@host1",
        "https://acct.blob.core.windows.net/box/a.csv?sv=2023-01-03&sp=r&sig=Zx8Lm2Qv7Rt4Wp9Ns3Hd6Fg1Jc5Yb0Ke%3D",
        "Ocp-Apim-Subscription-Key: 7c1e9a2b8f3c6d5e0a1b2c3d4e5f6a7b",
    ],
)
def test_credentials_in_config_and_command_lines(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "private_key: ./keys/deploy_rsa",
        "ssl:\n  secret_key: ~/.ssh/site.pem",
        "Terraform shows `secret_access_key = (sensitive value)` in the plan.",
        "encryption_key = aes256",
        "The match ran 10:30:45:00 into overtime",
    ],
)
def test_key_file_references_and_masked_values_pass(boundary: Boundary, text: str) -> None:
    blocked, _ = boundary(text)
    assert not blocked, text


def test_placeholder_before_a_semicolon_passes(boundary: Boundary) -> None:
    untouched(boundary, "Format: Server=myServer;Database=myDB;User Id=myUser;Password=myPassword;")


@pytest.mark.parametrize(
    "text",
    [
        "Tidy: CONTROLLED UNCLASSIFIED INFORMATION - interview notes for the Reno office.",
        "Summarize: NOFORN - attendee list for the tabletop.",
        "Shorten: the ORCON annex from the partner lists two vessels.",
        "Edit: SBU//NOFORN cable about the consular backlog.",
    ],
)
def test_spelled_banner_controls_and_legacy_levels(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "What does NOFORN mean on a cable?",
        "NOFORN and ORCON are dissemination controls.",
        "Explain the difference between ORCON and PROPIN.",
        "What is CONTROLLED UNCLASSIFIED INFORMATION?",
    ],
)
def test_controls_asked_about_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "<settings><password>Qu4rtz#Ridge</password></settings>",
        "Pass-word: Qu4rtz#Ridge",
    ],
)
def test_xml_and_hyphenated_password_labels(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I set a password policy?",
        "Is there a password manager?",
        "<password>${env.REPO_PASSWORD}</password>",
    ],
)
def test_password_questions_and_xml_references_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: the NOFORN training is due next week.",
        "OPENAI_API_KEY=sk-...",
        "AKIAXXXXXXXXXXXXXXXX is the placeholder in our docs.",
    ],
)
def test_training_and_templates_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)
