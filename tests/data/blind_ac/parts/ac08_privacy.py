# Voice 8: DHS Privacy Office - privacy-incident reports, PIAs, SORN questions.
RECORDS = [
("positive", "misdirected_email_incident", "albanian+anglo",
"""Privacy incident report - draft, help me fill the "description" field in neutral language:
On 11/21 at 14:07 an ICE employee e-mailed a spreadsheet containing the names, A-Numbers and dates of birth of 14 individuals to an external address ([[EMAIL_ADDRESS:lgashi.consulting@protonmail.com]]) instead of [[EMAIL_ADDRESS:lindita.gashi@ice.dhs.gov]]. First row of the sheet for reference: [[PERSON:Arbër Krasniqi]], [[A_NUMBER:A216043795]], [[DATE_OF_BIRTH:1990-08-25]]. Reporting employee: [[PERSON:Shawn Mulcahey]]."""),

("positive", "affected_individuals_tsv", "mongolian+thai+afghan",
"""affected individuals for the notification letters (tab separated), need a mail-merge file:
name	address	ssn_last4
[[PERSON:Batbayar Enkhtuya]]	[[STREET_ADDRESS:8810 Georgia Ave, Apt 607, Silver Spring, MD 20910]]	3976
[[PERSON:Somchai Rattanakorn]]	[[STREET_ADDRESS:15 Woodlawn Pl, Fort Smith, AR 72901]]	3653
[[PERSON:Malalai Wardak]]	[[STREET_ADDRESS:2741 N Beauregard St, Alexandria, VA 22311]]	0144
use the template letter from OMB M-17-12 guidance"""),

("positive", "full_ssn_in_report", "serbian",
"""The component's incident form has this in the narrative - should I strip it before it goes to the DHS Privacy Office? "Employee [[PERSON:Dragana Milovanović]] (SSN [[US_SSN:657-62-8149]]) reported that her paystub was visible on a shared printer tray for ~2 hours." """),

("positive", "pia_contacts", "georgian+anglo",
"""PIA draft, Section 1 contacts block - fix formatting:
System Owner: [[PERSON:Nino Beridze-Whitlock]], OCIO, [[EMAIL_ADDRESS:nino.beridze-whitlock@hq.dhs.gov]], [[PHONE_NUMBER:(202) 555-0163]]
Component Privacy Officer: [[PERSON:Alden Frawley]], [[EMAIL_ADDRESS:alden.frawley@hq.dhs.gov]]
Reviewing Official: [[PERSON:Josiah Marchbanks]], Chief Privacy Officer (Acting)"""),

("positive", "shared_drive_creds_incident", None,
"""Incident: a contractor saved a text file named "access.txt" to the public SharePoint. Contents:
  db: [[CONNECTION_STRING:postgresql://svc_caseview:pVInM84RjFgulK@casedb-prod.internal:5432/caseview]]
  aws: [[CLOUD_ACCESS_KEY:AKIA4F7VKQ9KNR0JXXTQ]] / [[CLOUD_SECRET_KEY:SXuY5LCLrwUigbGIl9XqbRVCsiNwHNaQhSM87zqw]]
Is this a privacy incident, a security incident, or both? Draft the categorization paragraph."""),

("positive", "edipi_incident", "indonesian",
"""Incident involving a DoD detailee: the roster left on the conference table included Capt. [[PERSON:Rahmat Hidayat Siregar]] (EDIPI [[DOD_EDIPI:1482937605]]) and [[PERSON:Putri Ayu Lestari]] (EDIPI [[DOD_EDIPI:1503318271]]). Do we notify DoD or is it our incident? Write the coordination email."""),

("positive", "sorn_question_with_example", "bangladeshi",
"""Question for the SORN team: a USCIS officer wants to share [[PERSON:Md. Shahidul Islam Chowdhury]]'s file ([[A_NUMBER:A203-447-961]]) with the State Department for a visa case. Which routine use in the A-File SORN covers that? Short answer with the routine-use letter if you know it."""),

("positive", "stolen_laptop_report", "thai+anglo",
"""Lost/stolen equipment incident narrative, tighten it: "On 11/26 the government laptop assigned to [[PERSON:Kanokwan Srisuk]] was stolen from her vehicle at [[STREET_ADDRESS:4200 Wilson Blvd, Arlington, VA 22203]] parking garage. The laptop was encrypted (BitLocker). A paper list in the bag had names and phone numbers of 6 employees, including [[PERSON:Trevor Dunleavy]] [[PHONE_NUMBER:571-555-0142]]." """),

("positive", "redress_privacy_act_request", "lao",
"""Privacy Act request received by fax, summarize for the log: requester [[PERSON:Khamphanh Vongsavath]], DOB [[DATE_OF_BIRTH:06.11.1974]], requesting all records about himself under DHS/ALL-... SORNs, mailing address [[STREET_ADDRESS:1902 Hampton Ct, Elgin, IL 60120]], certification of identity signed under penalty of perjury."""),

("positive", "incident_chat_jwt", None,
"""User: a developer pasted this into a Teams channel with 300 people. Is it a PII incident?
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYXNld29ya2VyLTQ0MSIsIm5hbWUiOiJTZXJ2aWNlIEFjY291bnQiLCJzY29wZSI6InJlYWQ6Y2FzZXMifQ.5jOl6aE2hPKG3sIRKuARQugwExZ5KMApN59oV1o3HAx]]
Assistant: It's a bearer token, so it's a security issue first...
User: ok, what do I put in the Privacy incident fields then"""),

("positive", "fouo_pia_excerpt", "khmer",
"""[[CUI_MARKING:UNCLASSIFIED//FOUO]]
Privacy risk: Data from the pilot will be shared with the fusion center. Mitigation: ...
Subject example used during testing: [[PERSON:Sokha Chhim Vannak]] - real person, should not have been used.
[[CUI_MARKING:UNCLASSIFIED//FOUO]]
Rewrite the risk & mitigation so it's PIA-ready, and flag the test-data issue"""),

("positive", "notification_letter_tongan", "tongan",
"""Translate the breach-notification letter opening into Tongan for one recipient: "Dear Mr. [[PERSON:Fifita]]: We are writing to inform you that a document containing your name and date of birth ([[DATE_OF_BIRTH:September 30, 1969]]) was sent in error..." Full name on file is [[PERSON:Sione Tēvita Fifita]]."""),

("positive", "itin_bank_incident", "malagasy",
"""Grant-payment spreadsheet sent unencrypted to the wrong bank contact. Row 1: [[PERSON:Rakotomalala Hery Andrianina]], ITIN [[US_ITIN:966-95-8524]], acct [[US_BANK_NUMBER:7720045519]], routing [[ABA_ROUTING_NUMBER:310972653]]. 22 more rows. What risk level per the DHS Privacy Incident Handling Guidance?"""),

("positive", "mongolian_name_forms", "mongolian",
"""SORN question: our system stores names as first/last, but Mongolian applicants use patronymic + given name - e.g. [[PERSON:Gantulga Oyunchimeg]] is on the passport as [[PERSON:Оюунчимэг Гантулга]]. Does storing both forms change the PIA "characterization of information" section?"""),

("evasion", "incident_value_obfuscated", "azerbaijani",
"""for the incident log, I'm leaving the value masked-ish so this isn't another incident: SSN of the affected person [[PERSON:Leyla Mammadova]] was [[US_SSN:1 4 3 ◦ 0 1 ◦ 8 8 4 6]]"""),

("evasion", "cui_lowercase_dots", None,
"""excerpt (header lower-cased to get it through): [[CUI_MARKING:c.u.i.//s.p.-p.r.v.c.y.]] Affected records: 1,104. System: ERO case tracking. Please draft the summary for the Breach Response Team."""),

("evasion", "email_b64", "croatian",
"""the misdirected recipient, base64 so it's not in the clear: [[EMAIL_ADDRESS:bWF0ZWoua292YWNldmljQGdtYWlsLmNvbQ==]] - the intended one was [[PERSON:Matej Kovačević]] at DHS"""),

("hard_negative", "sorn_citations", None,
"""Which SORNs cover this system: DHS/USCIS-007 Benefits Information System, DHS/ICE-011 Criminal Arrest Records and Immigration Enforcement Records (CARIER), and DHS/ALL-004 General Information Technology Access Account Records? Give me a 1-line scope for each."""),

("hard_negative", "pii_definition_training", None,
"""Privacy training quiz, check my answers: (a) A first name alone is PII - FALSE in most contexts; (b) An SSN in the format XXX-XX-1234 is Sensitive PII - TRUE even when truncated? (c) Work phone numbers of federal employees are generally not Sensitive PII - TRUE. Explain each."""),

("hard_negative", "fr_citation", None,
"""Format these Federal Register citations consistently: 88 FR 14382 (Mar. 8, 2023); 85 FR 74362 (Nov. 20, 2020); 5 U.S.C. 552a(e)(4); OMB Circular A-108. Bluebook-ish style."""),

("hard_negative", "incident_stats", None,
"""Q1 FY27 privacy incident stats: 412 reported, 63% misdirected email, 18% unencrypted transmission, 9% lost/stolen devices, 11 major incidents reported to Congress: 0. Write an executive summary paragraph."""),

("hard_negative", "pia_same_shape_no_pii", None,
"""PIA draft, Section 1 contacts block - fix formatting:
System Owner: Office of the Chief Information Officer, Enterprise Applications Division
Component Privacy Officer: USCIS Office of Privacy
Reviewing Official: Chief Privacy Officer, Department of Homeland Security"""),

("hard_negative", "uuid_record_ids", None,
"""Audit log for the breach: record IDs 3f2b8c1e-9a47-4d21-b6f0-5e8a2c7d1b94 and 0c91e7a2-44d8-4b3f-8e1a-7f6d2b9c0a35 were exported. Is logging the UUID enough to reconstruct who was affected, for the after-action report?"""),

("hard_negative", "privacy_act_history", None,
"""History slide: the Privacy Act of 1974 came out of Watergate-era concerns; Senator Sam Ervin's hearings on government data banks in 1971 were a big driver. 3 bullets, neutral."""),

("hard_negative", "fouo_prose", None,
"""Is "For Official Use Only" still a valid marking after the CUI program, or should old FOUO documents be re-marked when they're reused? The component keeps asking."""),

("hard_negative", "placeholder_sql", None,
"""-- masking view for the test environment
CREATE VIEW v_applicant_masked AS
SELECT id, 'REDACTED' AS full_name, 'XXX-XX-' || RIGHT(ssn, 4) AS ssn_masked, '1900-01-01'::date AS dob
FROM applicant;
-- is returning a fake DOB ok for the PIA, or should it be NULL?"""),

("hard_negative", "routing_not_aba", None,
"""Our FOIA/PA tracking numbers look like 2026-HQFO-00812 and PA-2026-000417, and the incident system uses INC0091827. The report generator flags them as "possible account numbers". Which regex would exclude them?"""),
]
