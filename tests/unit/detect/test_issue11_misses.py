"""Every kind of miss issue 11 lists, one test each, through the proxy boundary under the shipped commercial
policy: a personal-data value must not reach the upstream, a marking or credential must be refused, a hard
negative must pass untouched. The texts are this file's own (the blind sets stay in tests/data)."""

from __future__ import annotations

import pytest

from .conftest import kept_back, refused, untouched

# -- names outside clean Title Case prose -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("pls remind ask maria fernandez to sign the i-9 today", ["maria fernandez"]),
        ("SUBJ: OKONJO CHIDINMA ADAEZE\nNAT: NGA", ["OKONJO CHIDINMA ADAEZE"]),
        ("Convert to mixed case: TRAN VAN MINH, arrived 2024", ["TRAN VAN MINH"]),
        ("Manifest: SEAT 14F NOWAK/AGNIESZKA MRS", ["NOWAK/AGNIESZKA"]),
        (
            "Order these names:\nGarcia, Luis Alberto\nHuang, Mei Ling\nPatel, Rohan",
            ["Huang, Mei Ling", "Patel, Rohan"],
        ),
        ("Panel: OKAFOR, Chinedu; MWANGI, Wanjiru", ["OKAFOR, Chinedu", "MWANGI, Wanjiru"]),
    ],
)
def test_names_in_other_casings(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('{"payee": "Rosa Delgado", "amount": 120}', ["Rosa Delgado"]),
        ("beneficiary_name,amount\nHamid Qureshi,300", ["Hamid Qureshi"]),
        ("record = {'name': 'sun li', 'dob': '1991-04-05'}", ["sun li", "1991-04-05"]),
        ("Please address it c/o Teodora Marinescu", ["Teodora Marinescu"]),
        ("last,first,dob\nXu,Jiahui,1987-02-03", ["Jiahui", "Xu"]),
    ],
)
def test_names_as_values_and_under_labels(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


def test_first_name_alone_after_the_full_name(boundary) -> None:
    """A common word that is the first name of a person named earlier is carried, but not as the verb."""
    text = "Ask Will Okafor about the log. If he is out, Will can hand it to Dana."
    blocked, forwarded = boundary(text)
    assert not blocked and "Will" not in forwarded.replace("Will can", "") and "Will can" not in forwarded
    untouched(boundary, "Will you check the log? We hope it went well.")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Interview with Søren Dahlgård and Zoë Brontë-Hale on Tuesday.", ["Søren Dahlgård"]),
        ("El solicitante vive con su hija Begoña Ortíz en Ponce.", ["Begoña Ortíz"]),
        ("Dịch: Ông Đỗ Quang Vinh sinh ngày 02/03/1950.", ["02/03/1950"]),
    ],
)
def test_names_with_diacritics(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Payee: Hope Alvarez, Beneficiary: Faith Morgan", ["Hope Alvarez", "Faith Morgan"]),
        ("Field note: SDDO Pemberton met the subject; SA Kowalski took the photos.", ["Pemberton", "Kowalski"]),
        ("Secondary notes: Brother Tariq Haddad waited in the hall.", ["Tariq Haddad"]),
        ("Hola Mateo, tu cita es el martes.", ["Mateo"]),
    ],
)
def test_names_next_to_a_clear_cue(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


# -- column and key awareness ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("id;Name;Geburtsdatum;Pass-Nr.\n1;Jürgen Baumann;04.05.1966;C4J9KT2L7", ["04.05.1966", "C4J9KT2L7"]),
        ('[{"passportNumber": "K7755310", "dob": "1979-12-01"}]', ["K7755310", "1979-12-01"]),
        ("name\tssn9\nAda Ekwueme\t305114872", ["305114872", "Ada Ekwueme"]),
        ("user=aokafor ssn=318-40-2291 dob=1983-06-07 status=ok", ["318-40-2291", "1983-06-07"]),
    ],
)
def test_headers_and_keys_label_their_values(boundary, text: str, values: list[str]) -> None:
    kept_back(boundary, text, *values)


def test_a_name_key_in_a_config_is_not_a_person(boundary) -> None:
    untouched(boundary, "steps:\n  - name: Install dependencies\n    run: pip install -e .")


@pytest.mark.parametrize("text", ["ssn: 0.001953125", "SSN 212-67-4093: 0.001953125"])
def test_a_decimal_under_an_ssn_label_is_not_an_ssn(boundary, text: str) -> None:
    """Nine digits after a decimal point are part of a number, not an SSN the label introduces."""
    blocked, forwarded = boundary(text)
    assert not blocked and forwarded.endswith(text.rsplit(": ", 1)[1])


# -- addresses ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "PSC 2210 Box 91, APO AE 09021",
        "Unit 4410 Box 3, DPO AP 96520",
        "RR 4 Box 112, Pikeville, KY 41501",
        "Urb. Las Lomas, Calle 7 #22, Guaynabo, PR 00969",
        "27 Rue de la Paix, Lyon 69002",
        "Lindenstraße 14, 50674 Köln",
        "Forty Two Maple Avenue, Burlington, VT 05401",
    ],
)
def test_addresses_beyond_number_and_us_street(boundary, value: str) -> None:
    kept_back(boundary, f"Please format this mailing address: {value}.", value)


# -- non-US formats -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kenyan passport AK0457821, issued Nairobi.", "AK0457821"),
        ("Passport (Mexico): G44102875", "G44102875"),
        ("please call her on 0803 555 1290 (Abuja)", "0803 555 1290"),
        ("mobile 07911 123456 after six", "07911 123456"),
        ("tel. 55 5123 4567 (CDMX)", "55 5123 4567"),
        ("DOB 07 OCT 1971, applicant", "07 OCT 1971"),
        ("date of birth 23-NOV-1984.", "23-NOV-1984"),
        ("nacida el 3 de junio de 1990 en Lima", "3 de junio de 1990"),
        ("the receipt is WAC-21-190-12345, please check", "WAC-21-190-12345"),
        ("Texas DL 24681357 presented at the counter", "24681357"),
        ("card 4111 1111 1111 1111, CVV: 737", "737"),
        ("USCIS online account number: 1234 5678 9012", "1234 5678 9012"),
        ("SSN 931-44-5678 (from the test fixture)", "931-44-5678"),
    ],
)
def test_other_countries_and_labelled_formats(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_ip_addresses_are_pseudonymised(boundary) -> None:
    kept_back(boundary, "The host at 10.44.3.21 keeps timing out.", "10.44.3.21")


# -- credentials without = or : -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my password is Gl4cier!Peak and I keep forgetting it",
        "machine git.example.gov login deploy password Xy7#kPq2Lm9",
        'psycopg2.connect("db.internal", "etl_user", "S3cure_Pass_77", "warehouse")',
        'curl -H "Authorization: Basic dXNlcjpQYXNzdzByZCE=" https://api.example.gov',
        "la contraseña del sistema es Montaña#2291",
        "Passwort Edelweiss!7731 bitte nicht teilen",
        "le mot de passe est Lumiere@8812",
        "use pass: Vq82!mZr0t for the shared account",
    ],
)
def test_credentials_in_prose_and_code(boundary, text: str) -> None:
    refused(boundary, text)


# -- encodings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<p>TOP SECRET&#47;&#47;NOFORN</p>",
        "__SECRET__//REL TO USA",
        "C.U.I.//SP-CTI export list",
        "T0P S3CR3T//NOFORN summary",
        "header: U0VDUkVULy9OT0ZPUk4= then the text",
        "F.O.U.O. - duty roster",
        "token ghp_ Ab3Kx8Vm2Qz9Lb4Nw7Jc1Hd6Fs3Ga0Ye8UoQ",
        "AWS_ACCESS_KEY_ID=AKIA4TQ2ZX\nLM81PRWQ6D",
        "CHEMICAL-TERRORISM VULNERABILITY INFORMATION\nSite security plan, tier 2.",
    ],
)
def test_disguised_markings_and_keys_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Write to jo dot park at fema dot dhs dot gov", "jo dot park at fema dot dhs dot gov"),
        ("mail kofi(dot)mensah(at)example(dot)com", "kofi(dot)mensah(at)example(dot)com"),
        ("SSN&#58; &#50;12-67-4&#48;93", "&#50;12-67-4&#48;93"),
        ("my social is two one two, six seven, four zero nine three", "two one two, six seven, four zero nine three"),
        ("A-Number A1234\n56789 on the card", "A1234\n56789"),
    ],
)
def test_encoded_values_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


# -- false positives ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For help call the FEMA Helpline at 1-800-621-3362.",
        "Report incidents to report@cisa.gov or 888-282-0870.",
        "E-Verify: employers call 888-464-4218.",
        "Mail it to 245 Murray Lane SW, Washington, DC 20528.",
        "PO 470-22-1195 has not arrived; invoice INV-2026-0315.",
        "Work order 312-55-8890 was closed; ticket 800-291-4477 too.",
        "Fix grammar: Aunt and Uncle cases are not eligible.",
        "Reword: the demo stays secret until Friday.",
        "The Secret Service and Customs and Border Protection met.",
        "What does this log line mean? INFO login ok user=svc password=******** (masked)",
        "Explain cui bono for my ethics slide.",
        "We coordinated with Victoria, British Columbia, and Paris.",
        "Test SSN 987-65-4321 is used only in training materials.",
    ],
)
def test_hard_negatives_pass_untouched(boundary, text: str) -> None:
    untouched(boundary, text)
