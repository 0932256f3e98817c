"""Generate the labelled detection corpus (tests/data/detection_corpus.jsonl); see LABELLING.md for the rules.

    .venv/bin/python -m tests.data.make_corpus            # rewrites the file (deterministic: fixed seed)

Three kinds of record: ``positive`` (employee prompts with labelled entities), ``evasion`` (the same kinds of
values disguised: invisible characters, full-width digits, spaced-out, lower-case or line-broken markings,
look-alike letters) and ``hard_negative`` (text that looks sensitive to a naive detector and is not).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.data import corpus_values as v

OUT = Path(__file__).with_name("detection_corpus.jsonl")
SEED = 139_07


@dataclass
class Doc:
    """A text built piece by piece, recording the span of each labelled value."""

    parts: list[str] = field(default_factory=list)
    entities: list[dict[str, object]] = field(default_factory=list)
    length: int = 0

    def __call__(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def ent(self, entity_type: str, value: str) -> Doc:
        self.entities.append({"type": entity_type, "start": self.length, "end": self.length + len(value)})
        return self(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


Template = Callable[[random.Random], Doc]
FORMS = ("I-485", "I-130", "I-765", "N-400", "I-589", "I-90", "I-131", "I-539", "I-821D", "I-751")
OFFICES = ("Newark", "Houston", "San Diego", "Chicago", "Miami", "Atlanta", "Seattle", "Boston", "El Paso")


# ---------------------------------------------------------------------------------------------------- positives
def case_note(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d(r.choice(["Summarize this case note for my supervisor:\n", "Please clean up the grammar in this note:\n", ""]))
    d(f"Case note {r.randint(1, 12)}/{r.randint(1, 28)}: Interviewed ").ent("PERSON", name)
    d(f" regarding the {r.choice(FORMS)}. Applicant's A-Number is ").ent("A_NUMBER", v.a_number(r))
    d(", receipt number ").ent("USCIS_RECEIPT_NUMBER", v.receipt(r))
    if r.random() < 0.7:
        d(". SSN on file: ").ent("US_SSN", v.ssn(r))
    d(". Best contact is ").ent("PHONE_NUMBER", v.phone(r))
    d(" or ").ent("EMAIL_ADDRESS", v.email(r, name))
    if r.random() < 0.6:
        d(". Current address: ").ent("STREET_ADDRESS", v.street_address(r))
    d(". Next step: request evidence.")
    return d


def email_request(r: random.Random) -> Doc:
    d = Doc()
    sender, subject_person = v.person(r), v.person(r)
    d("Draft a polite reply to this email.\n\nFrom: ").ent("PERSON", sender)(" <").ent(
        "EMAIL_ADDRESS", v.email(r, sender)
    )(">\n")
    d(f"Hello,\nI am writing about my {r.choice(['husband', 'mother', 'son', 'client', 'sister'])}, ")
    d.ent("PERSON", subject_person)(", date of birth ").ent("DATE_OF_BIRTH", v.birth_date(r))
    d(f". {r.choice(['His', 'Her', 'Their'])} passport number is ").ent("US_PASSPORT", v.passport(r))
    d(" and the case is ").ent("USCIS_RECEIPT_NUMBER", v.receipt(r))
    d(". You can reach me at ").ent("PHONE_NUMBER", v.phone(r))(".\nThank you,\n").ent("PERSON", sender)
    return d


def interview_summary(r: random.Random) -> Doc:
    d = Doc()
    officer, subject, other = v.person(r), v.person(r), v.person(r)
    d(f"Rewrite as a formal memo: {r.choice(['Officer', 'Agent', 'Inspector', 'Asylum Officer'])} ").ent(
        "PERSON", officer
    )
    d(" met with ").ent("PERSON", subject)(f" at the {r.choice(OFFICES)} field office. ")
    d(r.choice(["She", "He", "The applicant"]) + " stated that ").ent("PERSON", other)
    d(f" drove {r.choice(['her', 'him', 'them'])} to the appointment from ").ent(
        "STREET_ADDRESS", v.street_address(r, city=True)
    )(". ")
    if r.random() < 0.5:
        d("Social Security number ").ent("US_SSN", v.ssn(r))(" was verified.")
    else:
        d("Alien number ").ent("A_NUMBER", v.a_number(r))(" confirmed in the system.")
    return d


def roster(r: random.Random) -> Doc:
    d = Doc()
    d(r.choice(["Turn this into a table sorted by last name:\n", "Find duplicates in this list:\n", ""]))
    d("name,ssn,phone,email\n")
    for _ in range(r.randint(2, 5)):
        name = v.person(r)
        d.ent("PERSON", name)(",").ent("US_SSN", v.ssn(r, "-"))(",").ent("PHONE_NUMBER", v.phone(r))(",")
        d.ent("EMAIL_ADDRESS", v.email(r, name))("\n")
    return d


def json_record(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d("Why does this JSON fail validation?\n{\n")
    d('  "applicant": "').ent("PERSON", name)('",\n')
    d('  "a_number": "').ent("A_NUMBER", v.a_number(r))('",\n')
    d('  "date_of_birth": "').ent("DATE_OF_BIRTH", v.birth_date(r))('",\n')
    d('  "email": "').ent("EMAIL_ADDRESS", v.email(r, name))('",\n')
    d('  "sevis_id": "').ent("SEVIS_ID", v.sevis(r))('",\n')
    d(f'  "status": "{r.choice(["pending", "approved", "rfe"])}"\n}}')
    return d


def direct_deposit(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d("Fill in the direct deposit form letter for ").ent("PERSON", name)(": bank routing number ")
    d.ent("ABA_ROUTING_NUMBER", v.routing(r))(r.choice([", checking account number ", ", account # ", ", acct "]))
    d.ent("US_BANK_NUMBER", v.bank_account(r))(". Mail to ").ent("STREET_ADDRESS", v.street_address(r, city=True))
    d(".")
    return d


def travel(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d("Traveler profile update for ").ent("PERSON", name)(": Known Traveler Number ").ent(
        "KNOWN_TRAVELER_NUMBER", v.ktn(r)
    )
    d(", passport ").ent("US_PASSPORT", v.passport(r))(", I-94 number ").ent("I94_NUMBER", v.i94(r))
    d(f". Arriving {r.choice(['IAD', 'JFK', 'LAX', 'MIA', 'ORD'])} next week; call ").ent("PHONE_NUMBER", v.phone(r))
    d(" if anything changes.")
    return d


def student(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d(f"Help me write an email to the DSO about {r.choice(['my', 'a'])} F-1 student ").ent("PERSON", name)
    d(". SEVIS ID ").ent("SEVIS_ID", v.sevis(r))(", I-94 admission number ").ent("I94_NUMBER", v.i94(r))
    d(". Email: ").ent("EMAIL_ADDRESS", v.email(r, name))
    return d


def dod(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d(f"{r.choice(['SGT', 'Sgt.', 'Capt.', 'Lt.'])} ").ent("PERSON", name)(" needs CAC access restored. ")
    d(r.choice(["DoD ID: ", "EDIPI ", "DoD ID number "])).ent("DOD_EDIPI", v.edipi(r))
    d(". Reach at ").ent("EMAIL_ADDRESS", v.email(r, name))(".")
    return d


def payment(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    d("The refund for ").ent("PERSON", name)(" went to card ").ent("CREDIT_CARD", v.credit_card(r))
    d(r.choice([". Taxpayer ITIN ", ". ITIN: "])).ent("US_ITIN", v.itin(r))
    if r.random() < 0.5:
        d(r.choice([". Driver's license ", ". Driver license number: "])).ent("US_DRIVER_LICENSE", v.driver_license(r))
    d(". Draft a letter explaining the delay.")
    return d


def chat_question(r: random.Random) -> Doc:
    d = Doc()
    name = v.person(r)
    choice = r.randrange(5)
    if choice == 0:
        d("Can you rewrite this so it sounds friendlier? Dear ").ent("PERSON", name.split()[0])
        d(", your interview is scheduled. Bring your passport and the notice for case ").ent(
            "USCIS_RECEIPT_NUMBER", v.receipt(r)
        )(".")
    elif choice == 1:
        d("Translate into Spanish: Ms. ").ent("PERSON", name.split()[-1])(" should report to ").ent(
            "STREET_ADDRESS", v.street_address(r, city=True)
        )(" on Monday.")
    elif choice == 2:
        d("What is wrong with my SSN format? I typed ").ent("US_SSN", v.ssn(r))(" in the form.")
    elif choice == 3:
        d("My colleague ").ent("PERSON", name)(" (").ent("EMAIL_ADDRESS", v.email(r, name))(", ").ent(
            "PHONE_NUMBER", v.phone(r)
        )(") asked me to summarize the attached policy. Where do I start?")
    else:
        d("Applicant: ").ent("PERSON", name)("\nDOB: ").ent("DATE_OF_BIRTH", v.birth_date(r))("\nA#: ").ent(
            "A_NUMBER", v.a_number(r)
        )("\nMake this into a cover sheet.")
    return d


def classified(r: random.Random) -> Doc:
    d = Doc()
    banner = v.classification_banner(r)
    d(r.choice(["Summarize the following:\n", "Shorten this for a briefing:\n", ""]))
    d.ent("CLASSIFICATION_MARKING", banner)("\n")
    d.ent("CLASSIFICATION_MARKING", v.portion_mark(r))(" The unit moved to the northern crossing at 0400.\n")
    if r.random() < 0.6:
        d.ent("CLASSIFICATION_MARKING", v.portion_mark(r))(" Sources report increased traffic near the port.\n")
    if r.random() < 0.4:
        d.ent("CLASSIFICATION_MARKING", f"Classified By: {v.person(r)}, Director")("\n")
        d.ent("CLASSIFICATION_MARKING", "Derived From: DHS SCG 2023-04")("\n")
        d.ent("CLASSIFICATION_MARKING", f"Declassify On: 2049{r.randint(10, 12)}{r.randint(10, 28)}")("\n")
    if r.random() < 0.7:
        d("\n").ent("CLASSIFICATION_MARKING", banner)
    return d


def single_marking(r: random.Random) -> Doc:
    d = Doc()
    lead = r.choice(["Proofread:\n", "Make this clearer: ", "", "Here is the paragraph: "])
    choice = r.randrange(4)
    if choice == 0:
        d(lead).ent("CLASSIFICATION_MARKING", v.classification_banner(r))("\nThe convoy leaves at dawn.")
    elif choice == 1:
        d(lead).ent("CLASSIFICATION_MARKING", v.portion_mark(r))(" Collection against the target continues.")
    elif choice == 2:
        d(lead)("Classification: ").ent("CLASSIFICATION_MARKING", r.choice(["SECRET", "TOP SECRET", "CONFIDENTIAL"]))
        d("\nMeeting notes follow.")
    else:
        d(lead).ent("CLASSIFICATION_MARKING", r.choice(["SECRET", "TOP SECRET"]))("\n\nThe exercise is moved to May.")
    return d


def cui_doc(r: random.Random) -> Doc:
    d = Doc()
    d(r.choice(["Summarize:\n", "Make this shorter:\n", ""]))
    banner = v.cui_banner(r)
    d.ent("CUI_MARKING", banner)("\n")
    d(f"Case review for the {r.choice(OFFICES)} office. ")
    if r.random() < 0.5:
        d.ent("CUI_MARKING", f"(CUI//{r.choice(v.CUI_CATEGORIES)})")(" The applicant's file was reviewed.\n")
    if r.random() < 0.5:
        block = (
            f"Controlled by: DHS/{r.choice(['USCIS', 'CBP', 'ICE', 'TSA'])}\nCUI Category: "
            f"{r.choice(v.CUI_CATEGORIES)}\nDistribution/Dissemination Control: {r.choice(v.CUI_LDC)}\n"
            f"POC: {v.person(r)}, {v.phone(r)}"
        )
        d("\n").ent("CUI_MARKING", block)
    d("\n").ent("CUI_MARKING", banner)
    return d


def legacy(r: random.Random) -> Doc:
    d = Doc()
    choice = r.randrange(3)
    if choice == 0:
        d(r.choice(["Edit: ", "Summarize: ", ""])).ent("CUI_MARKING", v.legacy_marking(r))
        d(" Staffing plan for the port of entry, second quarter.")
    elif choice == 1:
        d("Reformat this header:\n").ent("CUI_MARKING", v.legacy_marking(r))("\nSubject: Shift schedule")
    else:
        warning = (
            "WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts "
            "15 and 1520."
        )
        d("Make this notice shorter: ").ent("CUI_MARKING", warning)(" No part of this record may be disclosed.")
    return d


def env_file(r: random.Random) -> Doc:
    d = Doc()
    d(r.choice(["Why won't my app start? Here's my .env:\n", "Convert this .env to YAML:\n", ""]))
    d("AWS_ACCESS_KEY_ID=").ent("CLOUD_ACCESS_KEY", v.aws_access_key(r))("\n")
    d("AWS_SECRET_ACCESS_KEY=").ent("CLOUD_SECRET_KEY", v.aws_secret_key(r))("\n")
    d("DATABASE_URL=").ent("CONNECTION_STRING", v.connection_string(r).rstrip(";"))("\n")
    d("DEBUG=false\n")
    return d


def yaml_config(r: random.Random) -> Doc:
    d = Doc()
    d("Fix the indentation:\nservice:\n  name: case-api\n  db:\n    host: db.internal\n")
    d("    user: app\n    password: ").ent("PASSWORD", v.password(r))("\n")
    d("  slack_webhook: ").ent("SLACK_TOKEN", v.slack_token(r))("\n")
    d("  github_token: ").ent("GITHUB_TOKEN", v.github_token(r))("\n")
    return d


def code_snippet(r: random.Random) -> Doc:
    d = Doc()
    choice = r.randrange(5)
    if choice == 0:
        d('This curl fails with 401, why?\ncurl -H "Authorization: Bearer ').ent("JWT", v.jwt(r))
        d('" https://api.example.gov/v1/cases')
    elif choice == 1:
        d('Refactor:\nclient = Gitlab(url, private_token="').ent("GITLAB_TOKEN", v.gitlab_token(r))('")\n')
        d("projects = client.projects.list()")
    elif choice == 2:
        d("Is this key format right?\n").ent("PRIVATE_KEY", v.private_key(r))
    elif choice == 3:
        d('Explain this code:\nconfig = {"api_key": "').ent("PASSWORD", v.password(r) + v.rand(r, v.ALNUM, 6))
        d('", "region": "us-east-1"}\n')
        d('maps = Client(key="').ent("CLOUD_ACCESS_KEY", v.google_api_key(r))('")')
    else:
        cs = v.connection_string(r)
        d("Why can't I connect? conn_str = \"").ent("CONNECTION_STRING", cs)('"')
    return d


def prose_password(r: random.Random) -> Doc:
    d = Doc()
    pw = v.password(r)
    d(
        r.choice(
            ["Write an email telling my team that the shared account password is ", "Remind me: the wifi password is "]
        )
    )
    d.ent("PASSWORD", pw)(r.choice([" until Friday.", ". Keep it short.", " for the conference room."]))
    return d


POSITIVES: list[tuple[Template, int]] = [
    (case_note, 45),
    (email_request, 35),
    (interview_summary, 35),
    (roster, 15),
    (json_record, 15),
    (direct_deposit, 20),
    (travel, 20),
    (student, 15),
    (dod, 12),
    (payment, 20),
    (chat_question, 45),
    (classified, 25),
    (single_marking, 25),
    (cui_doc, 25),
    (legacy, 25),
    (env_file, 15),
    (yaml_config, 15),
    (code_snippet, 30),
    (prose_password, 10),
]


# ---------------------------------------------------------------------------------------------------- evasions
ZW = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")


def sprinkle(r: random.Random, value: str, chars: tuple[str, ...] = ZW) -> str:
    out = value[0]
    for c in value[1:]:
        if r.random() < 0.4:
            out += r.choice(chars)
        out += c
    return out


def fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or (c.isalpha() and c.isascii()) else c for c in value)


def spaced(value: str) -> str:
    return " ".join(value)


def evasion(r: random.Random) -> Doc:
    d = Doc()
    kind = r.randrange(12)
    if kind == 0:
        d("Summarize: applicant SSN is ").ent("US_SSN", sprinkle(r, v.ssn(r)))(" and the file is complete.")
    elif kind == 1:
        d("Check this number: ").ent("US_SSN", fullwidth(v.ssn(r, "-")))(" belongs to the new hire.")
    elif kind == 2:
        d(r.choice(["Proofread:\n", ""])).ent("CLASSIFICATION_MARKING", spaced(v.classification_banner(r)))
        d("\nThe convoy leaves at dawn.")
    elif kind == 3:
        d("Edit this:\n").ent("CLASSIFICATION_MARKING", v.classification_banner(r).lower())(
            "\nSources say the route changed."
        )
    elif kind == 4:
        banner = v.classification_banner(r)
        head, _, tail = banner.partition("//")
        d("Clean up:\n").ent("CLASSIFICATION_MARKING", f"{head}//\n{tail}")("\nMovement planned for Friday.")
    elif kind == 5:
        d("Reformat: ").ent("CUI_MARKING", r.choice(["(u//fouo)", "cui//sp-prvcy", "(cui)", "u//les"]))
        d(" Staffing changes at the port.")
    elif kind == 6:
        d("The A-Number is ").ent("A_NUMBER", sprinkle(r, v.a_number(r)))(", please confirm.")
    elif kind == 7:
        d("Receipt ").ent("USCIS_RECEIPT_NUMBER", fullwidth(v.receipt(r)))(" is still pending.")
    elif kind == 8:
        digits = v.ssn_digits(r)
        sep = r.choice(["\u2013", "\u2014", "\u2212", "\u00a0", "\u2009", "\u202f"])
        d("SSN ").ent("US_SSN", f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}")(" for the payroll form.")
    elif kind == 9:
        banner = v.classification_banner(r)
        disguised = banner.replace("E", "\u0415", 1).replace("O", "\u041e", 1)  # Cyrillic look-alikes
        d("Shorten:\n").ent("CLASSIFICATION_MARKING", disguised)("\nThe meeting moved.")
    elif kind == 10:
        key = v.aws_access_key(r)
        d("aws_access_key_id = ").ent("CLOUD_ACCESS_KEY", sprinkle(r, key, ("\u200b",)))
    else:
        digits = v.ssn(r, "-")
        d("Her social security number is ").ent("US_SSN", spaced(digits))(".")
    return d


# ---------------------------------------------------------------------------------------------------- hard negatives
HARD_NEGATIVES = [
    "Keep it secret until the launch on Monday; the Secret Service will brief the detail at 9.",
    "Our trade secret policy covers recipes, source code and customer lists.",
    "Sign up for the office secret santa by Friday. Budget is $25.",
    "The memo is confidential; please don't forward it outside the team.",
    "We ran a controlled experiment on the new intake form and response times improved.",
    "The U.S. Secret Service and Customs and Border Protection held a joint exercise.",
    "(c) 2024 Department of Homeland Security. All rights reserved.",
    "List the agency(s) and office(s) involved in the review.",
    "Options: (a) approve, (b) deny, (c) request evidence.",
    "(A) Intake. (B) Review. (C) Decision. (D) Appeal.",
    "(C) Copyright 2023 Acme Analytics, Inc.",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient.",
    "Confidential - Attorney Work Product\nPlease review the draft settlement terms.",
    "Eligibility for Supplemental Security Income (SSI) depends on income and resources.",
    "He asked about SSI and SSDI benefits for his mother.",
    "Les enfants jouent dans le parc pendant que les parents parlent.",
    "My LES (Leave and Earnings Statement) shows the new allowance.",
    "The SBU (strategic business unit) reported strong quarterly results.",
    "In UMLS, each concept has a CUI such as C0004238 for atrial fibrillation.",
    'Training slide: markings such as "SECRET//NOFORN" appear at the top and bottom of each page.',
    "For example, a banner like 'CUI//SP-PRVCY' tells readers the document holds privacy information.",
    "The CUI program office publishes the registry of categories every year.",
    "The classified ads section lists apartments near the metro.",
    "His top secret recipe uses smoked paprika and lime.",
    "Invoice 4471-2209 is due on 2024-11-30; PO number 55012.",
    "Ship to ZIP 20500-0001 and 22202-4150.",
    "Upgrade from version 2.3.1 to 10.4.12 before the release on 3/14.",
    "Request id 123e4567-e89b-12d3-a456-426614174000 failed with status 502.",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "Commit 3f2a9c1b7e4d8a6f0c5b2e9d1a7f3c8b6e4d2a1f fixed the login bug.",
    "Docker image digest sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904 was pulled.",
    "md5 of the export: d41d8cd98f00b204e9800998ecf8427e",
    "Ticket 900-12-3456 was closed by the help desk.",
    "Part number 000-45-6789 is out of stock.",
    "Reference 666-23-4512 appears on the shipping label.",
    "Order 123-00-4567 shipped Tuesday.",
    "Tracking code 432-19-0000 was reissued.",
    "NSN 5340-01-234-5678 is the hinge kit for the gate.",
    "CAGE code 1ABC5 and contract HSHQDC-17-D-00012 are on the award.",
    "File the I-485, I-130 and I-765 together; the N-400 comes later.",
    "Form DS-160 asks for travel history; form I-94 is issued at entry.",
    "password: ${DB_PASSWORD}\napi_key: <your-api-key>\nsecret: changeme",
    'db:\n  user: app\n  password: "{{ vault_db_password }}"\n  secretRef: db-credentials',
    "How do I reset my password on the benefits portal?",
    "The API key must be rotated every 90 days and stored in the vault.",
    'password = os.environ["DB_PASSWORD"]\ntoken = get_token()',
    "Our password policy requires at least 14 characters and a passphrase.",
    "Secret: none of the tests cover the timeout path.",
    "The meeting is at 10:30 in room 4-211; dial-in code 7731.",
    "Budget: 1,250,000 for FY25, 1,310,000 for FY26.",
    "Table 3 lists 12 345 678 records processed across 9 regions.",
    "Quarterly totals: 123 45 6789 are the last three column sums.",
    "The exhibit number is 4412 and the docket is 21-cv-01234.",
    "arn:aws:iam::123456789012:role/ReadOnly is used by the reporting job.",
    "Use the placeholder AKIA... in docs, never a real key id.",
    "Send the report to the team channel before noon.",
    "The port of entry processed 2,431 vehicles on Saturday.",
    "Please classify these support tickets by urgency: login, billing, outage.",
    "Top Secret is a 1984 comedy film.",
    "A secret ballot protects voters from intimidation.",
    "Controlled substances are regulated under the CSA.",
    "The data is controlled by the program office and released quarterly.",
    "Proprietary and confidential: product roadmap for internal review.",
    "Dial 911 in an emergency; the non-emergency line is 311.",
    "Error code 0x80070005 means access denied.",
    "Call extension 4471 for the help desk.",
    "The lottery numbers were 4 8 15 16 23 42.",
    "We expect 3,000 to 5,000 attendees; the hall seats 4,200.",
    "Use the regex \\d{3}-\\d{2}-\\d{4} to validate SSN fields in the form.",
    "Format SSNs as XXX-XX-XXXX and never store them in logs.",
    "What is an A-Number and where is it printed on the green card?",
    "Explain what a USCIS receipt number is and how to check case status online.",
    "Write a haiku about the ocean at sunset.",
    "The classification of the species was revised in 2019.",
    "Declassified documents from 1975 were published by the archive.",
    "The unit is secret-shopper tested every quarter.",
    "Define controlled unclassified information in one sentence for new hires.",
]


def hard_negative_numbers(r: random.Random) -> str:
    kind = r.randrange(6)
    if kind == 0:
        return f"Ticket {v.invalid_ssn(r)} was escalated to tier 2."
    if kind == 1:
        return f"Invoice INV-{r.randint(10000, 99999)} totals ${r.randint(100, 9999)}.{r.randint(10, 99)}."
    if kind == 2:
        return f"Build {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)} fixes issue #{r.randint(100, 9999)}."
    if kind == 3:
        return f"The lot number is {v.invalid_ssn(r).replace('-', '')} and expires next year."
    if kind == 4:
        return f"Session {v.rand(r, '0123456789abcdef', 32)} expired."
    return f"ZIP code {r.randint(10000, 99999)}-{r.randint(1000, 9999)} covers the district."


# ---------------------------------------------------------------------------------------------------- assembly
def build(seed: int = SEED) -> list[dict[str, object]]:
    r = random.Random(seed)
    records: list[dict[str, object]] = []

    def add(category: str, tag: str, doc: Doc) -> None:
        records.append(
            {
                "id": f"{category}-{len(records):04d}",
                "category": category,
                "tag": tag,
                "text": doc.text,
                "entities": doc.entities,
            }
        )

    for template, count in POSITIVES:
        for _ in range(count):
            add("positive", template.__name__, template(r))
    for _ in range(180):
        add("evasion", "evasion", evasion(r))
    for text in HARD_NEGATIVES:
        add("hard_negative", "phrase", Doc()(text))
    for _ in range(140):
        add("hard_negative", "numbers", Doc()(hard_negative_numbers(r)))
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for rec in records:
        counts[str(rec["category"])] = counts.get(str(rec["category"]), 0) + 1
    print(f"wrote {len(records)} records to {OUT}: {counts}")


if __name__ == "__main__":
    main()
