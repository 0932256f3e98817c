# ruff: noqa: RUF001 - evasion test data: full-width and look-alike characters are the point
"""Generate the hold-out corpus (tests/data/holdout_corpus.jsonl): prompts written separately from the main
corpus, with other names, other phrasings and other document shapes, to see how far the main corpus's numbers
carry. The detector was not tuned on it before its first measurement (see LABELLING.md).

    .venv/bin/python -m tests.data.make_holdout
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.data.make_corpus import Doc

OUT = Path(__file__).with_name("holdout_corpus.jsonl")


def positives() -> list[Doc]:
    docs: list[Doc] = []
    d = Doc()
    d("hey can you make this sound more professional: i talked to ").ent("PERSON", "Beatriz Nakamura")
    d(" yesterday and she said her green card renewal is stuck, receipt ").ent("USCIS_RECEIPT_NUMBER", "IOE0923456781")
    d(". her A# is ").ent("A_NUMBER", "A-088-123-456")(" if that matters")
    docs.append(d)
    d = Doc()
    d("Please summarize the attached intake.\n\nSubject: ").ent("PERSON", "Tomas Eriksen")("\nDOB: ").ent(
        "DATE_OF_BIRTH", "03/07/1979"
    )("\nSSN: ").ent("US_SSN", "531-22-7845")("\nAddress: ").ent(
        "STREET_ADDRESS", "47 Birchwood Terrace, Apt 3, Hyattsville, MD 20782"
    )("\nPhone: ").ent("PHONE_NUMBER", "(301) 927-4410")
    docs.append(d)
    d = Doc()
    d("Translate to French: Mr. ").ent("PERSON", "Okwuosa")(" will meet you at ").ent(
        "STREET_ADDRESS", "2707 Martin Luther King Jr Ave SE, Washington, DC 20032"
    )(" at 10 am.")
    docs.append(d)
    d = Doc()
    d("Write a short bio for our newsletter about Dr. ").ent("PERSON", "Hannelore Vasquez-Tate")
    d(", who joined the Office of Intelligence and Analysis last month.")
    docs.append(d)
    d = Doc()
    d("I need a cover letter. Applicant name: ").ent("PERSON", "Rustam Karimov")("; A-Number: ").ent(
        "A_NUMBER", "A213004567"
    )("; I-94: ").ent("I94_NUMBER", "693021457B2")("; passport no. ").ent("US_PASSPORT", "X21938475")
    docs.append(d)
    d = Doc()
    d("Convert to a table:\nEmployee | Email | Phone\n").ent("PERSON", "Gwendolyn Achterberg")(" | ").ent(
        "EMAIL_ADDRESS", "g.achterberg@fema.dhs.gov"
    )(" | ").ent("PHONE_NUMBER", "202-646-2500")("\n").ent("PERSON", "Rafael Quintero")(" | ").ent(
        "EMAIL_ADDRESS", "rafael.quintero@tsa.dhs.gov"
    )(" | ").ent("PHONE_NUMBER", "571-227-1800")("\n")
    docs.append(d)
    d = Doc()
    d("My husband ").ent("PERSON", "Emeka Obi")("'s social is ").ent("US_SSN", "402-18-6671")(
        " — can you check if the W-2 form looks right?"
    )
    docs.append(d)
    d = Doc()
    d("Payroll fix: employee ").ent("PERSON", "Keiko Anand")(" changed banks. New routing ").ent(
        "ABA_ROUTING_NUMBER", "121000358"
    )(", account ").ent("US_BANK_NUMBER", "3849202217")(". Update direct deposit please.")
    docs.append(d)
    d = Doc()
    d("Draft an email to ").ent("EMAIL_ADDRESS", "priscilla.mwangi@ice.dhs.gov")(" asking ").ent("PERSON", "Priscilla")(
        " to confirm the SEVIS record "
    ).ent("SEVIS_ID", "N0034567890")(" for her J-1 scholar.")
    docs.append(d)
    d = Doc()
    d("Global Entry renewal for ").ent("PERSON", "Arvid Lindqvist")(": PASSID ").ent(
        "KNOWN_TRAVELER_NUMBER", "987123456"
    )(", expires next spring.")
    docs.append(d)
    d = Doc()
    d("Sgt. ").ent("PERSON", "Mercedes Lozano")(" (DoD ID ").ent("DOD_EDIPI", "1402938475")(
        ") requested leave; draft the approval."
    )
    docs.append(d)
    d = Doc()
    d("Summarize the claim: card ending in full number ").ent("CREDIT_CARD", "4111 1111 1111 1111")(
        " was charged twice for the TSA PreCheck fee."
    )
    docs.append(d)
    d = Doc()
    d("Fix the typos: The detainee, ").ent("PERSON", "Yohannes Gebremedhin")(", born ").ent(
        "DATE_OF_BIRTH", "14 March 1991"
    )(", was transfered to the Krome facility.")
    docs.append(d)
    d = Doc()
    d("Can you tell what's wrong with this call?\n\nimport boto3\ns3 = boto3.client('s3', aws_access_key_id='").ent(
        "CLOUD_ACCESS_KEY", "AKIAZ7QX3MPLW4RTY2UV"
    )("', aws_secret_access_key='").ent("CLOUD_SECRET_KEY", "q9Vf2Lr+Tz8kWm1Xp4Hc7Nd0Sb6Jy3Ge5Ua2Qo8Ri")("')")
    docs.append(d)
    d = Doc()
    url = "https://oauth2:glpat-Xy7Kq2Lm9Np4Rs6Tv8Wz@gitlab.example.gov/team/app.git"
    d("git remote set-url origin ")
    d.entities.append({"type": "GITLAB_TOKEN", "start": d.length + 15, "end": d.length + 41})
    d.ent("CONNECTION_STRING", url)("  <- why does push fail?")
    docs.append(d)
    d = Doc()
    d("export SLACK_BOT_TOKEN=").ent("SLACK_TOKEN", "xoxb-2048-4096-Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7")(
        "\nexport GH_TOKEN="
    ).ent("GITHUB_TOKEN", "ghp_R2d2C3poBb8Yoda5LukeLeiaHanSoloChew")("\nWhat do these env vars do?")
    docs.append(d)
    d = Doc()
    d("Why does the JDBC URL fail? ").ent(
        "CONNECTION_STRING",
        "jdbc:sqlserver://sql01.agency.local:1433;databaseName=hr;user=svc_hr;password=Wint3r!Gr33n",
    )
    docs.append(d)
    d = Doc()
    d('settings.json:\n{\n  "smtp_user": "alerts",\n  "smtp_password": "').ent("PASSWORD", "v8#Kd!29qLzP")(
        '",\n  "port": 587\n}\nIs this valid JSON?'
    )
    docs.append(d)
    d = Doc()
    d("Decode this token for me: ").ent(
        "JWT",
        "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJqc21pdGgiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU",
    )
    docs.append(d)
    d = Doc()
    d("Here's the key from the server, is it RSA or EC?\n").ent(
        "PRIVATE_KEY",
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oJnqV9yK2nQnoAoGCCqGSM49\n"
        "AwEHoUQDQgAEj8xZ7fQ2kLwR1hT5b3nV0yP4cX6sM9dA2eF7gH1iJ3kL5mN7oP9q\n-----END EC PRIVATE KEY-----",
    )
    docs.append(d)
    d = Doc()
    d("Make this paragraph shorter:\n\n").ent("CLASSIFICATION_MARKING", "SECRET//NOFORN")("\n\n").ent(
        "CLASSIFICATION_MARKING", "(S//NF)"
    )(" Intercepts indicate the vessel will divert to a secondary port.\n")
    d("\n").ent("CLASSIFICATION_MARKING", "SECRET//NOFORN")
    docs.append(d)
    d = Doc()
    d("Rewrite in plain language: ").ent("CLASSIFICATION_MARKING", "(TS//SI//REL TO USA, FVEY)")(
        " The network operates relay nodes in three countries."
    )
    docs.append(d)
    d = Doc()
    d.ent("CLASSIFICATION_MARKING", "TOP SECRET//HCS-P//ORCON/NOFORN")("\nSummarize the source reporting below.\n")
    d.ent("CLASSIFICATION_MARKING", "(TS//HCS-P//OC/NF)")(" The source stated the shipment moved Tuesday.")
    docs.append(d)
    d = Doc()
    d("Proofread the header block:\n").ent("CLASSIFICATION_MARKING", "Classified By: A. Whitcombe, Chief, I&A")(
        "\n"
    ).ent("CLASSIFICATION_MARKING", "Derived From: DHS/I&A SCG, 2022")("\n").ent(
        "CLASSIFICATION_MARKING", "Declassify On: 20480131"
    )
    docs.append(d)
    d = Doc()
    d("Summarize:\n").ent("CUI_MARKING", "CUI//SP-PRVCY//FEDCON")("\nThe enclosed roster lists detainee transfers.\n")
    d.ent("CUI_MARKING", "CUI//SP-PRVCY//FEDCON")
    docs.append(d)
    d = Doc()
    d("Shorten this: ").ent("CUI_MARKING", "(CUI//SP-LEI)")(" Surveillance of the warehouse continues through June.")
    docs.append(d)
    d = Doc()
    d("Turn into bullets:\n").ent("CUI_MARKING", "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE")(
        "\nTarget vehicle: gray pickup, partial plate 7KD.\n"
    )
    docs.append(d)
    d = Doc()
    d("Edit for tone:\n").ent("CUI_MARKING", "(U//FOUO)")(" Port staffing will drop by 15% during the holidays.")
    docs.append(d)
    d = Doc()
    d("Condense the notice: ").ent(
        "CUI_MARKING",
        "WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 "
        "and 1520.",
    )(" Unauthorized release may result in civil penalty.")
    docs.append(d)
    d = Doc()
    d("Is this banner right?\n").ent("CUI_MARKING", "CONTROLLED")("\n").ent(
        "CUI_MARKING",
        "Controlled by: DHS/CISA\nCUI Category: SP-PCII\n"
        "Limited Dissemination Control: FED ONLY\nPOC: IPOC@cisa.dhs.gov",
    )
    docs.append(d)
    d = Doc()
    d("Sort these contacts by city:\n")
    d.ent("PERSON", "Ingrid Solberg")(", ").ent("STREET_ADDRESS", "1200 Pine Ridge Rd, Tallahassee, FL 32301")("\n")
    d.ent("PERSON", "Malik Thornton")(", ").ent("STREET_ADDRESS", "88 W Elm St, Chicago, IL 60610")("\n")
    d.ent("PERSON", "Chen Jiahui")(", ").ent("STREET_ADDRESS", "5 Harbor Way, Boston, MA 02210")("\n")
    docs.append(d)
    d = Doc()
    d("Draft a condolence note to Mrs. ").ent("PERSON", "Adaeze Umeh")
    d(" whose son served with CBP in Nogales.")
    docs.append(d)
    d = Doc()
    d("Who should I contact about ITIN ").ent("US_ITIN", "912-78-4410")(" for my client ").ent(
        "PERSON", "Ximena Paredes"
    )("?")
    docs.append(d)
    d = Doc()
    d("Re-word: the beneficiary, ").ent("PERSON", "Dragan Petrovic")(", listed his Medicare number as ").ent(
        "US_MBI", "1EG4-TE5-MK73"
    )(".")
    docs.append(d)
    d = Doc()
    d("Write a reminder to ").ent("PERSON", "Fiona Gallagher")(" that her driver's license ").ent(
        "US_DRIVER_LICENSE", "G4821937"
    )(" expires soon.")
    docs.append(d)
    d = Doc()
    d("ssn ").ent("US_SSN", "219099999")(" and dob ").ent("DATE_OF_BIRTH", "1988-11-02")(
        " for the background check, put them in a table"
    )
    docs.append(d)
    d = Doc()
    d("Email from ").ent("PERSON", "Lucas Ferreira")(" <").ent("EMAIL_ADDRESS", "lferreira@usss.dhs.gov")(
        ">: call me on my cell "
    ).ent("PHONE_NUMBER", "202 406 5708")(" after 5.")
    docs.append(d)
    d = Doc()
    d("Notes from today: Agent ").ent("PERSON", "Soto")(" and ").ent("PERSON", "Nkechi Adebayo")(
        " searched the vehicle; "
    ).ent("PERSON", "Adebayo")(" logged the evidence.")
    docs.append(d)
    return docs


def evasions() -> list[Doc]:
    docs: list[Doc] = []
    for value in ("5\u200b3\u200b1-22-7845", "531\u201322\u20137845", "５３１-２２-７８４５", "531 - 22 - 7845"):
        d = Doc()
        d("please file SSN ").ent("US_SSN", value)(" today")
        docs.append(d)
    for value in (
        "s e c r e t / / n o f o r n",
        "Secret//Noforn",
        "SECRET\u200b//\u200bNOFORN",
        "ＳＥＣＲＥＴ／／ＮＯＦＯＲＮ",
        "S\u0332E\u0332C\u0332R\u0332E\u0332T\u0332//NOFORN",
        "TOP SECRET //\nSCI",
    ):
        d = Doc()
        d("Summarize:\n").ent("CLASSIFICATION_MARKING", value)("\nThe courier arrives Thursday.")
        docs.append(d)
    for value in ("c u i / / s p - p r v c y", "(u//f o u o)", "C\u00adU\u00adI//LEI", "cui//noforn"):
        d = Doc()
        d("Reformat:\n").ent("CUI_MARKING", value)("\nRoster attached.")
        docs.append(d)
    for value in ("A\u2060213004567", "A\u00a0213\u00a0004\u00a0567", "Ａ２１３００４５６７"):
        d = Doc()
        d("The A-number is ").ent("A_NUMBER", value)(".")
        docs.append(d)
    for value in ("EAC\u200b2190012345", "eac2190012345"):
        d = Doc()
        d("status of case ").ent("USCIS_RECEIPT_NUMBER", value)("?")
        docs.append(d)
    d = Doc()
    d("key: ").ent("CLOUD_ACCESS_KEY", "AKIA\u200bZ7QX3MPLW4RTY2UV")
    docs.append(d)
    d = Doc()
    d("token ").ent("GITHUB_TOKEN", "ghp\u200c_R2d2C3poBb8Yoda5LukeLeiaHanSoloChew")
    docs.append(d)
    return docs


HARD_NEGATIVES = [
    "The Secret Service protects the President; the agency was founded in 1865.",
    "Please keep the surprise party a secret from the team.",
    "Trade secrets are protected under the Defend Trade Secrets Act of 2016.",
    "This message is confidential and intended only for the addressee.",
    "Controlled burns reduce wildfire risk in the spring.",
    "Form SSA-1099 shows Supplemental Security Income (SSI) paid last year.",
    "Les données sont disponibles sur le site.",
    "(c) Copyright 2025 National Weather Service",
    "Each applicant(s) must sign section(s) 3 and 4.",
    "(i) scope, (ii) timeline, (iii) budget",
    "Version 4.12.0 was released on 2025-03-01; build 20250301.4.",
    "Your order #112-4417392-5530218 has shipped.",
    "Flight UA 1234 departs gate C17 at 14:05.",
    "Room 900-12 is reserved; call x4455 to change it.",
    "The docket number is 24-1189 and the hearing is set for 9:00.",
    "UUID: 9b2f7c1e-44d0-4c1b-a6f2-0e3f9a7d5b21",
    "SHA-1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    "We processed 1,284,559 records in 3.2 seconds.",
    "ZIP+4 20528-0075 is the mailing code for DHS headquarters.",
    "Serial 000-00-0000 is a placeholder in our test data.",
    "Test SSN 987-65-4321 is used only in training materials.",
    "The contract number is 70RSAT24C00000123.",
    "Set DB_PASSWORD in your environment; never hard-code it.",
    "api_key: ${API_KEY}",
    "password: <insert password here>",
    "The JWT spec is RFC 7519; tokens begin with eyJ when base64url-encoded.",
    "AWS access keys start with AKIA for long-term credentials.",
    "GitHub tokens now start with ghp_ for personal access tokens.",
    "Classification guides tell you how to mark documents.",
    "CUI stands for Controlled Unclassified Information.",
    "What does NOFORN mean in a marking?",
    "The word secret appears 14 times in the novel.",
    "Top secret recipe: add cinnamon to the chili.",
    "She works in Homeland Security's Office of Policy.",
    "Call 1-800-FLY-FAA for the FAA hotline.",
    "Temperature readings: 98.6, 99.1, 100.4 degrees.",
    "Coordinates 38.8977, -77.0365 mark the building.",
    "IP 10.0.0.1 is the gateway on the lab network.",
    "The budget line 123-45-678 funds the pilot.",
    "Standard form SF-86 asks about foreign contacts.",
    "Hello team, the meeting moved to Thursday.",
    "Thanks for the update, see you Monday.",
    "Press release: DHS announces new grant program for cities.",
    "The classified section of the paper is on page 12.",
    "Phone numbers must be entered as (XXX) XXX-XXXX.",
    "A-numbers have 9 digits, for example A-XXX-XXX-XXX.",
    "The SECRET Act of 2021 passed the Senate.",
    "secret: production-db-creds",
    "token = os.getenv('GITHUB_TOKEN')",
    "Bearer tokens expire after one hour.",
]


def main() -> None:
    records = []
    for category, docs in (
        ("positive", positives()),
        ("evasion", evasions()),
        ("hard_negative", [Doc()(t) for t in HARD_NEGATIVES]),
    ):
        for doc in docs:
            records.append(
                {
                    "id": f"holdout-{len(records):04d}",
                    "category": category,
                    "tag": "holdout",
                    "text": doc.text,
                    "entities": doc.entities,
                }
            )
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
