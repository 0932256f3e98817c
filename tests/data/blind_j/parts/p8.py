# Part 8: mixed voices, values in both tables and prose, more hard negatives.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "csv_comma_and_prose", "nigerian+vietnamese", """
Write a short summary paragraph from this CSV, then a chart of cases by status:

name,a_number,status,phone
"[[PERSON:Okonkwo, Adaeze]]",[[A_NUMBER:A088412375]],interview scheduled,[[PHONE_NUMBER:404-555-0106]]
"[[PERSON:Dang, Thanh Long]]",[[A_NUMBER:A209337461]],RFE issued,[[PHONE_NUMBER:404-555-0179]]

(For context, [[PERSON:Adaeze Okonkwo]] is the one whose RFE response is overdue, not [[PERSON:Thanh Long Dang]].)
""")

R("positive", "json_and_prose_dl", "anglo", """
The DMV verification came back "no match" for this driver even though the license is valid. Payload:

{"first":"[[PERSON:Cody]]","last":"[[PERSON:Harrington]]","state":"VA","dl":"[[US_DRIVER_LICENSE:T62418570]]","dob":"[[DATE_OF_BIRTH:1994-08-17]]"}

[[PERSON:Cody Harrington]]'s Virginia DL [[US_DRIVER_LICENSE:T62418570]] — is the format wrong for VA?
""")

R("positive", "ca_driver_license_tsa", "hispanic", """
TSA document checker question: the passenger's California license [[US_DRIVER_LICENSE:D4471829]] shows "[[PERSON:Xochitl Hernández]]" but the boarding pass says "[[PERSON:XOCHITL HERNANDEZ]]". Is the missing accent a mismatch under the ID rules?
""")

R("positive", "uscis_biometrics_notice", "turkish", """
Explain this notice to the applicant in plain language:

ASC Appointment Notice — Receipt [[USCIS_RECEIPT_NUMBER:MSC2371539478]]
Applicant: [[PERSON:Zeynep Kaya Aksoy]]   A#: [[A_NUMBER:A204517830]]
Application Support Center: [[STREET_ADDRESS:8550 Arlington Blvd, Fairfax, VA 22031]]
""")

R("positive", "uscg_boarding_report", "anglo", """
Summarize this boarding report:
Vessel: M/V NORTHERN STAR (recreational). Operator [[PERSON:Dale Sorensen]], DOB [[DATE_OF_BIRTH:1958-02-11]], address [[STREET_ADDRESS:403 Harbor View Dr, Port Angeles, WA 98362]]. BUI test administered, BAC 0.04. Warning issued for expired flares.
""")

R("positive", "ice_hsi_tip_email", "chinese", """
Rewrite this tip-line email into an intake summary, neutral tone:

"My former employer [[PERSON:Wang Deshun]] keeps workers' passports at the restaurant at [[STREET_ADDRESS:1120 Grant Ave, San Francisco, CA 94133]]. My name is [[PERSON:Lin Meifang]], you can text me at [[PHONE_NUMBER:415-555-0145]] but please don't tell him."
""")

R("positive", "fema_appeal_letter", "anglo", """
Make this appeal letter more persuasive:

FEMA Registration: 483-112-907
Applicant: [[PERSON:Sharon Delgado-Pruitt]]
Address of damaged home: [[STREET_ADDRESS:77 Magnolia Ct, Panama City, FL 32404]]
I am appealing the "insufficient damage" decision. The inspector only looked at the outside of the house...
""")

R("positive", "pandas_describe_leak", "indian+pakistani", """
why does describe() ignore my 'ssn' column? Output:

>>> df.sample(2, random_state=0)
      emp_name          ssn   grade
17   [[PERSON:Sandeep Gill]]  [[US_SSN:708-49-9662]]    GS-13
42   [[PERSON:Saima Rizvi]]   [[US_SSN:009-60-8203]]    GS-11
>>> df.describe()
         grade_num
count   118.000000
""")

R("positive", "eeo_mediation_notes", "arabic+anglo", """
Please turn my mediation notes into a settlement term sheet:
- Complainant [[PERSON:Layal Haddadin]] agrees to withdraw the formal complaint.
- Agency restores 40 hours of annual leave and removes the LOR from her eOPF.
- [[PERSON:Mr. Kowalski]] will not be her rater for 12 months.
""".replace("[[PERSON:Mr. Kowalski]]", "Mr. [[PERSON:Kowalski]]"))

R("positive", "background_check_references", "filipino+korean", """
Put these references in a markdown table (name, relationship, email):
1. [[PERSON:Jasmine Aquino Flores]] — neighbor, [[EMAIL_ADDRESS:jaflores@example.net]]
2. [[PERSON:Han Dong-hyun]] — former manager, [[EMAIL_ADDRESS:dh.han@example.co.kr]]
""")

R("positive", "cbp_passport_multi_country", "slavic+japanese+iranian", """
Explain why the kiosk rejected these three passports but accepted the fourth:

| traveler | country | passport |
|---|---|---|
| [[PERSON:Milan Horvat]] | HRV | [[US_PASSPORT:118204377]] |
| [[PERSON:Ito Yuki]] | JPN | [[US_PASSPORT:TK4418207]] |
| [[PERSON:Parisa Karimi]] | IRN | [[US_PASSPORT:X95208814]] |
| (crew) | USA | — |
""")

R("positive", "tsa_redress", "arabic", """
Help a passenger with DHS TRIP. He wrote: "I am [[PERSON:Mohammed Abdullah Al-Qahtani]], born [[DATE_OF_BIRTH:1979-10-02]]. Every flight I get SSSS. My US passport [[US_PASSPORT:A62479531]]." What should the reply say?
""")

R("positive", "haitian_creole_fema", "haitian", """
Tradui an anglè: "Non mwen se [[PERSON:Fabiola Jean-Charles]]. Mwen fèt [[DATE_OF_BIRTH:22 oktòb 1970]]. Adrès mwen se [[STREET_ADDRESS:640 NE 125th St, North Miami, FL 33161]]. Telefòn mwen [[PHONE_NUMBER:305-555-0193]]."
""")

R("positive", "i94_paroled", "slavic", """
Uniting for Ukraine parolee needs her I-94 printed for the DMV. Help me write instructions. Her details: [[PERSON:Olena Shevchenko]], I-94 [[I94_NUMBER:490542383C9]], passport [[US_PASSPORT:FK881204]], DOB [[DATE_OF_BIRTH:16.03.1985]].
""")

R("positive", "sevis_dso_email", "japanese", """
From a DSO — draft a polite reply asking for the I-20: "Student [[PERSON:Nakamura Sora]] ([[SEVIS_ID:N0013794604]]) was admitted at LAX on 8/20, I-94 [[I94_NUMBER:23546391818]], but SEVIS still shows Initial."
""")

R("positive", "ach_vendor_form", "hispanic", """
Review this vendor ACH form for missing fields:

Payee: [[PERSON:Rogelio Cárdenas]] (sole proprietor, interpreter services)
Bank routing: [[ABA_ROUTING_NUMBER:250467778]]
Account: [[US_BANK_NUMBER:215864260857]] (checking)
Phone: [[PHONE_NUMBER:956-555-0121]]
""")

R("positive", "lowercase_names_chat", "brazilian+anglo", """
make this teams chat sound professional for the after-action report:

"caio moreira and jenna scott handled the overflow at gate 4, caio called me at 555-0111 to say the tsa line was 40 min. jenna's cell is 202-555-0184 if we need her"
""".replace("caio moreira", "[[PERSON:caio moreira]]").replace("jenna scott", "[[PERSON:jenna scott]]").replace("caio called", "[[PERSON:caio]] called").replace("jenna's", "[[PERSON:jenna]]'s").replace("555-0111", "[[PHONE_NUMBER:555-0111]]").replace("202-555-0184", "[[PHONE_NUMBER:202-555-0184]]"))

R("positive", "litigation_hold_custodians_yaml", "ethiopian+slavic", """
Convert this YAML into a custodian notification email:

custodians:
  - name: [[PERSON:Bethlehem Alemu]]
    email: [[EMAIL_ADDRESS:b.alemu@example.gov]]
  - name: [[PERSON:Piotr Zieliński]]
    email: [[EMAIL_ADDRESS:piotr.zielinski@example.gov]]
matter: 2026-OGC-0114
""")

R("positive", "ktn_json_array", "pakistani+nigerian", """
Validate this JSON for the PreCheck enrollment batch:

[
  {"name": "[[PERSON:Zainab Malik]]", "ktn": "[[KNOWN_TRAVELER_NUMBER:TT4417209]]"},
  {"name": "[[PERSON:Ifeanyi Okeke]]", "ktn": "[[KNOWN_TRAVELER_NUMBER:156128119]]"}
]
""")

R("positive", "credit_card_refund", "iranian", """
A passenger was double-charged for the PreCheck fee. Draft the refund request: [[PERSON:Kourosh Jafari]], card [[CREDIT_CARD:5551 7956 9051 2436]], charges on 11/03 and 11/04, $78 each.
""")

R("positive", "privacy_incident_json", "korean", """
Check this JSON against our incident schema:

{"incident_id": "PI-2026-0517", "pii_types": ["SSN","DOB"], "individuals": [{"name": "[[PERSON:Jung Eun-ji]]", "ssn": "[[US_SSN:275-21-8178]]", "dob": "[[DATE_OF_BIRTH:1991-03-05]]"}], "contained": true}
""")

R("positive", "uscis_interview_turkish", "turkish", """
Summarize my I-751 interview notes: Petitioner [[PERSON:Burak Şahin]] and beneficiary [[PERSON:Elif Arslan Şahin]]; joint lease at [[STREET_ADDRESS:2901 N Clark St, Apt 7, Chicago, IL 60657]]; receipt [[USCIS_RECEIPT_NUMBER:IOE2362799010]]; couple answered consistently about daily routine.
""")

R("positive", "ice_sevp_letter", "indian", """
Proofread this letter to a student: "Dear [[PERSON:Rohan Mehta]], our records show your SEVIS record [[SEVIS_ID:N0031187264]] was terminated for failure to enroll. Contact your DSO within 15 days."
""")

R("positive", "credit_card_markdown", "anglo", """
| cardholder | card | limit |
|---|---|---|
| [[PERSON:Janet Holloway]] | [[CREDIT_CARD:4916 3381 0427 5549]] | $2,500 |

Turn this into a memo requesting a limit increase for the fire season deployment.
""")

R("positive", "dod_edipi_prose", "hispanic", """
The reservist says his EDIPI is [[DOD_EDIPI:1082947361]] but the roster shows a different one for [[PERSON:Sgt. Rubén Olivares]]. Write an email asking the unit admin to confirm.
""".replace("[[PERSON:Sgt. Rubén Olivares]]", "Sgt. [[PERSON:Rubén Olivares]]"))

R("positive", "ssn_dots_format", "anglo", """
Our form validation rejects SSNs with dots. Example entered by a user: [[US_SSN:381.62.4407]] for [[PERSON:Tanner Lowe]]. Should we accept dots and normalize?
""")

R("positive", "bank_account_dispute", "haitian", """
Help me word this salary overpayment waiver: the employee, [[PERSON:Rose-Marie Étienne]], says the overpayment went to her old account [[US_BANK_NUMBER:000123884472]], routing [[ABA_ROUTING_NUMBER:026304719]], which she closed in 2025.
""")

R("positive", "foia_appeal", "vietnamese", """
Rewrite my FOIA appeal more formally:

From: [[PERSON:Quach Bao Ngoc]], [[STREET_ADDRESS:1850 Story Rd, Apt 22, San Jose, CA 95122]], [[EMAIL_ADDRESS:ngoc.quach@example.com]]
Re: FOIA 2026-ICFO-20417 — I appeal the "no records" response. I was detained at the processing center in 2024 and records must exist.
""")

R("hard_negative", "dhs_org_chart_prose", None, """
Describe the relationship between the DHS Office of Intelligence and Analysis, the Privacy Office and the Office for Civil Rights and Civil Liberties in the review of intelligence products. Keep it under 150 words.
""")

R("hard_negative", "notebook_model_metrics", None, """
In [7]: print(classification_report(y_test, y_pred))
              precision    recall  f1-score   support
         pii       0.91      0.88      0.89       412
     non_pii       0.95      0.97      0.96      1188
    accuracy                           0.94      1600

Is 0.88 recall on the pii class good enough to deploy?
""")

R("hard_negative", "stack_trace_no_pii", None, """
Traceback (most recent call last):
  File "/app/etl/load.py", line 88, in <module>
    main()
  File "/app/etl/load.py", line 71, in main
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
KeyError: 'DATABASE_URL'

How do I pass this env var in the GitHub Actions workflow from repository secrets?
""")

R("hard_negative", "api_error_json", None, """
{"error": {"code": "INVALID_RECEIPT_FORMAT", "message": "Receipt number must be 3 letters followed by 10 digits", "request_id": "7f3e2a1c-5b8d-4e6f-9a0b-1c2d3e4f5a6b", "docs": "https://api.example.com/docs/errors#INVALID_RECEIPT_FORMAT"}}

Write a friendlier user-facing message for this error.
""")

R("hard_negative", "test_data_generator_code", None, """
Review this Faker-based test data generator — is it deterministic?

from faker import Faker
fake = Faker("en_US")
Faker.seed(42)
rows = [{"name": fake.name(), "ssn": fake.ssn(), "dob": fake.date_of_birth()} for _ in range(100)]
""")

R("hard_negative", "uscg_sar_stats", None, """
In FY2026 Coast Guard District 7 conducted 3,412 SAR cases and saved 1,018 lives. Compare to District 8's 2,987 cases and 744 lives saved and make a short table.
""")

R("hard_negative", "tsa_checkpoint_sop_generic", None, """
Write a generic checklist (no SSI) for opening a checkpoint lane: power up the AIT and X-ray, run the daily test kits, verify the bins are stocked, and log the opening time on the lane sheet.
""")

R("hard_negative", "public_uscis_contact", None, """
Add to the customer FAQ: the USCIS Contact Center is 800-375-5283 (TTY 800-767-1833), and the USCIS Tucson Field Office is at 6431 S Country Club Rd, Tucson, AZ 85706. Format as a bulleted list.
""")

R("hard_negative", "grpc_proto_definition", None, """
Review this proto for backward compatibility:

syntax = "proto3";
message Traveler {
  string full_name = 1;
  string passport_number = 2;
  google.type.Date date_of_birth = 3;
  reserved 4;
  string ktn = 5;
}
""")

R("hard_negative", "classification_level_enum", None, """
Our records system has an enum: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP_SECRET. Should CUI be part of the classification enum or a separate dimension? Explain with reference to EO 13526 and 32 CFR 2002.
""")

R("hard_negative", "sql_schema_no_data", None, """
Suggest indexes for this table:

CREATE TABLE applicant (
  id BIGSERIAL PRIMARY KEY,
  a_number CHAR(9) NOT NULL UNIQUE,
  ssn_hash BYTEA,
  dob DATE,
  created_at TIMESTAMPTZ DEFAULT now()
);
""")

R("hard_negative", "time_and_dates_log", None, """
Parse these timestamps into UTC: "2026-12-01 09:14:55 EST", "01/12/2026 14:02 CET", "Dec 1, 2026 6:02 AM PST". They come from three vendor logs with different conventions.
""")

R("hard_negative", "lat_long_mmsi_list", None, """
Plot these AIS contacts: MMSI 338214000 at 25.7617,-80.1918; MMSI 367455120 at 24.5551,-81.7800; MMSI 319187000 at 26.1224,-80.1373. Label by MMSI.
""")

R("hard_negative", "secret_in_recipes", None, """
My team's potluck is Friday. Give me a chili recipe where the secret ingredient is cocoa powder, and a sign for the table that says "Top Secret Recipe — Not for Disclosure" as a joke.
""")

R("hard_negative", "nsn_and_part_numbers", None, """
Reconcile these supply items: NSN 6545-01-539-6449 (first aid kit), NSN 8415-01-598-4473 (glove), part no. 4473-112-09. Are the NSN formats correct?
""")

R("hard_negative", "sevis_fee_generic", None, """
What is the current I-901 SEVIS fee for F-1 students versus J-1 au pairs, and can a third party pay it on the student's behalf?
""")

R("hard_negative", "phone_format_regex", None, """
Write a regex for US phone numbers that accepts the common layouts — parentheses around the area code, dots, dashes, or a leading +1 — but rejects numbers with an extra digit. Generate the unit-test strings with placeholder digits like NXX-NXX-XXXX rather than real numbers.
""")
