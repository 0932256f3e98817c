# Part 7: evasive personal data, remaining identifier types, and hard negatives from all voices.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("evasion", "ssn_fullwidth", "hispanic", "Paste from the scanned form came out in wide characters, can you convert to normal text? Nombre: [[PERSON:Verónica Paredes Luna]] — SSN: [[US_SSN:\uff17\uff10\uff18\uff0d\uff14\uff19\uff0d\uff19\uff16\uff16\uff12]] — it's for her SSA-7050 earnings request.\n")

R("evasion", "ssn_zero_width", "anglo", "Format this as a table row for the payroll correction: [[PERSON:Holly Barnett]] | SSN [[US_SSN:5\u200b6\u200b6\u200b-\u200b5\u200b2\u200b-\u200b3\u200b2\u200b1\u200b5]] | GS-0343-11 | step 4\n")

R("evasion", "ssn_split_lines", "filipino", """
The OCR split the SSN across two lines, can you reassemble the record into JSON?

Name: [[PERSON:Arnel Tolentino Garcia]]
SSN: [[US_SSN:047-74-
3275]]
Position: Program Analyst
""")

R("evasion", "email_obfuscated", "iranian", """
Add this contact to the distribution list template: [[PERSON:Nasrin Farahani]], [[EMAIL_ADDRESS:nasrin dot farahani at example dot org]], she asked to be cc'd on the FOIA appeal decision.
""")

R("evasion", "phone_spelled_out", "somali", """
Convert this voicemail to a callback ticket: "Hi, this is [[PERSON:Ifrah Jama]] about my mother's case, please call me back at [[PHONE_NUMBER:six one two, five five five, zero one five two]], thank you."
""")

R("evasion", "credit_card_irregular_spacing", "korean", """
The purchase card reconciliation shows this card twice, once as [[CREDIT_CARD:4479 1186 6564 6760]] and once as [[CREDIT_CARD:447911 8665 646760]]. Cardholder [[PERSON:Yoon Da-eun]]. Are they the same card?
""")

R("evasion", "a_number_words", "ethiopian", """
Transcribe this dictated note: "Respondent [[PERSON:Dawit Mengistu]], A-number [[A_NUMBER:A two zero six, four one eight, three three seven]], next hearing in Arlington."
""")

R("evasion", "dob_in_words", "anglo", """
Clean up this statement for the file: "I'm [[PERSON:Mary Katherine Doyle]], I was born on [[DATE_OF_BIRTH:the fourth of July, nineteen sixty-two]] in Scranton, and I've lived at [[STREET_ADDRESS:19 Prospect St, Scranton, PA 18503]] my whole life."
""")

R("positive", "edipi_cac_issue", "pacific_islander", """
A Coast Guard reservist can't get her CAC to work on the DHS network. Draft a ticket: [[PERSON:Losaline Taufa]], EDIPI [[DOD_EDIPI:6771714164]], work phone [[PHONE_NUMBER:(510) 555-0153]], error "certificate not trusted".
""")

R("positive", "edipi_csv_pipes", "anglo+hispanic", """
Dedupe this export (pipe-delimited) by EDIPI:

edipi|last|first|unit
[[DOD_EDIPI:2632200989]]|[[PERSON:MORGAN]]|[[PERSON:TYLER]]|Sector San Juan
[[DOD_EDIPI:8004891653]]|[[PERSON:VEGA]]|[[PERSON:ISABEL]]|Sector San Juan
[[DOD_EDIPI:2632200989]]|[[PERSON:MORGAN]]|[[PERSON:TYLER]]|Sector San Juan
""")

R("positive", "sevis_yaml_fixture", "chinese", """
Integration test fixture for the SEVIS sync — the loader chokes on the second record:

- sevis_id: [[SEVIS_ID:N0047401691]]
  name: [[PERSON:Liu Zhenyu]]
  program_end: 2027-05-15
- sevis_id: [[SEVIS_ID:N0018167301]]
  name: [[PERSON:Zhou Jiahui]]
  program_end: 2027-05-15
""")

R("positive", "itin_tax_question", "hispanic", """
Help a coworker: her husband [[PERSON:Ernesto Villalobos]] has ITIN [[US_ITIN:925-78-9948]] and just got his SSN. Should they amend the last 3 years' returns? Her own ITIN [[US_ITIN:998-88-3619]] is still active.
""")

R("positive", "jwt_log_line", None, """
Is it a problem that our API gateway logs the Authorization header? Example log line:

10.0.4.17 - - [01/Dec/2026:10:02:44 +0000] "GET /api/cases/4412 HTTP/1.1" 200 812 "-" "python-requests/2.32.3" auth="Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZm9pYSIsInJvbGUiOiJyZWFkZXIiLCJleHAiOjE3OTY2MDE2MDB9.wconHLq76Ywo43_AXDlqVjFeiAu7Hh5AtKvm3mFVcpc]]"
""")

R("positive", "slack_user_token", None, """
Our cleanup script uses a user token to delete old messages. Is xoxp the right type or should it be a bot token?

SLACK_USER_TOKEN=[[SLACK_TOKEN:xoxp-64989210752-40307813058-6775449226737-787b369245b43608bdd0b894880909e9]]
""")

R("hard_negative", "uuid_table", None, """
Which of these request IDs appear in both logs?

log A: e190adeb-cbd9-01b3-e149-dd13ccc92daf, 12f5fbb9-4a2f-118b-b2ed-0f44e2f2a99e
log B: 12f5fbb9-4a2f-118b-b2ed-0f44e2f2a99e, 7c1f0e52-9a4b-4d3e-8f21-6b0c2d9e1a77
""")

R("hard_negative", "contract_numbers", None, """
Check the format of these contract and order numbers before I put them in the CLIN table: 70RDAD26C00000042, 70SBUR26F00000317, 47QTCA22D003G, and GS-35F-0119Y. Which are DHS and which are GSA schedule numbers?
""")

R("hard_negative", "phone_shaped_case_ids", None, """
Our ticket IDs look like phone numbers (e.g. 202-418-0042, 703-300-1187) and people keep calling them. Suggest a new ID format that can't be mistaken for a phone number and still sorts by date.
""")

R("hard_negative", "nine_digit_invalid_ssn", None, """
Why does the validator reject 000-45-1234, 123-00-4567 and 912-77-0000? The developer says they're "structurally invalid" — explain the SSA rules.
""")

R("hard_negative", "classified_prose_history", None, """
Write a 200-word history of how the U.S. government classification system evolved from Executive Order 10290 (1951) to EO 13526 (2009), mentioning the three levels Confidential, Secret and Top Secret only in general terms.
""")

R("hard_negative", "secret_service_public", None, """
The U.S. Secret Service Uniformed Division is hiring. Turn this job posting summary into a LinkedIn post: starting salary range, locations (Washington, DC), and the requirement to obtain a Top Secret clearance.
""")

R("hard_negative", "cui_umls", None, """
In my UMLS query, CUI C0011849 is diabetes mellitus and C0020538 is hypertension. Write a SQL query over MRCONSO that returns the English preferred names for a list of CUIs.
""")

R("hard_negative", "copyright_and_lists", None, """
Proofread: "(c) 2024 Example Corp. All rights reserved. Options: (a) approve, (b) deny, (c) request evidence. See section (S) of the manual for the glossary." Is "(S)" OK as a section label or confusing?
""")

R("hard_negative", "sample_code_no_secret", None, """
Review this Go handler for error handling only:

func (h *Handler) GetCase(w http.ResponseWriter, r *http.Request) {
    id := chi.URLParam(r, "id")
    c, err := h.store.Case(r.Context(), id)
    if err != nil { http.Error(w, "not found", 404); return }
    json.NewEncoder(w).Encode(c)
}
""")

R("hard_negative", "pandas_aggregate_only", None, """
>>> df.groupby("port")["encounters"].sum().sort_values(ascending=False).head(3)
port
El Paso      41872
Laredo       38110
Nogales      20945
Name: encounters, dtype: int64

How do I add a percent-of-total column?
""")

R("hard_negative", "version_strings_ip_like", None, """
Our dependency report lists numpy 1.26.4, pandas 2.2.3, protobuf 4.25.3 and a build number 2026.12.1.4418. The scanner thinks "2026.12.1.4418" is an IP address. Is there a cleaner versioning scheme?
""")

R("hard_negative", "public_fema_address", None, """
For the flyer: the FEMA Disaster Recovery Center is at the public library, 100 Main St, and is open 8 a.m. to 7 p.m. Call the FEMA Helpline at 1-800-621-3362. Translate the flyer into Spanish and Haitian Creole.
""")

R("hard_negative", "foia_tracking_numbers", None, """
Sort these FOIA tracking numbers by component and year: 2026-HQFO-00412, 2025-ICFO-18811, CBP-2026-004417, 2026-NPRD-00291. Which component uses which prefix?
""")

R("hard_negative", "hash_checksums", None, """
Verify my download: the site lists SHA-256 a3f1c9e2b7d04f8e6a5c3b1d9e7f0a2c4b6d8e0f1a3c5e7b9d0f2a4c6e8b0d1f3 and my file gives a3f1c9e2b7d04f8e6a5c3b1d9e7f0a2c4b6d8e0f1a3c5e7b9d0f2a4c6e8b0d1f4. Is a one-character difference meaningful?
""")
