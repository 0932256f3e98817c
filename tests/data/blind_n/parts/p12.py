"""Extra name-heavy records: on-call YAML, e-mail threads with Cc lists, JSON exports, signatures."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "oncall_yaml", "pacific_islander+polish+persian+greek", """
convert this on-call yaml to a table by week:

oncall:
  - week: 2026-W50
    primary: [[PERSON:Sitani Havili]]
    phone: "[[PHONE_NUMBER:+1 808-555-0131]]"
  - week: 2026-W51
    primary: [[PERSON:Ewa Dąbrowska]]
    phone: "[[PHONE_NUMBER:+1 571-555-0102]]"
  - week: 2026-W52
    primary: [[PERSON:Hamid Sadeghi]]
    backup: [[PERSON:Georgios Antonakos]]
"""),
R(P, "email_thread_cc", "south_african+ghanaian+dutch+irish+jewish", """
who still owes me a response on this thread? list names

From: [[PERSON:Naledi Dlamini]] <[[EMAIL_ADDRESS:naledi.dlamini@example.gov]]>
To: [[PERSON:Kofi Mensah]] <[[EMAIL_ADDRESS:kofi.mensah@example.gov]]>; [[PERSON:Astrid van der Berg]] <[[EMAIL_ADDRESS:astrid.vanderberg@example.gov]]>
Cc: [[PERSON:O'Sullivan, Cormac]]; [[PERSON:Tamar Ben-David]]
Subject: RE: RE: FY27 training budget inputs

Kofi - got yours. Astrid, Cormac, Tamar: still need your numbers by COB Friday.
"""),
R(P, "json_grades", "native_american+greek+hmong+uzbek", """
compute each student's average from this export:
[
 {"student": "[[PERSON:Nakoma Silversmith]]", "scores": [91, 88, 94]},
 {"student": "[[PERSON:Giorgos Vlachos]]", "scores": [72, 80, 77]},
 {"student": "[[PERSON:Mai Yang]]", "scores": [85, 90, 83]},
 {"student": "[[PERSON:Farrukh Tashmatov]]", "scores": [68, 74, 71]}
]
"""),
R(P, "pcard_holders_csv", "kenyan+polish+ghanaian+pacific_islander", """
which cardholders are over their single-purchase limit? limit is $10,000

cardholder,office,largest_txn
"[[PERSON:Ochieng, Brian]]",FEMA R4,"$9,980.00"
"[[PERSON:Nowicki, Elżbieta]]",CISA,"$11,240.55"
"[[PERSON:Acheampong, Abena]]",TSA HQ,"$4,410.00"
"[[PERSON:Kealamakia, Noelani]]",USCG D14,"$10,002.10"
"""),
R(P, "signature_farsi_latin", "persian", """
make these two signature blocks consistent:

[[PERSON:Bahram Nikzad]] | Program Analyst | [[EMAIL_ADDRESS:bahram.nikzad@example.gov]]
---
[[PERSON:بهرام نیکزاد]]
Program Analyst, S&T
[[PHONE_NUMBER:202-555-0171]]
"""),
R(P, "interview_schedule", "brazilian+korean+ukrainian+ethiopian+welsh+arabic", """
turn into a calendar invite list: 9:00 [[PERSON:Thiago Ramos]]; 9:45 [[PERSON:Sun-hee Oh]]; 10:30 [[PERSON:Aleksandra Petrenko]]; 11:15 [[PERSON:Dawit Tesfaye]]; 1:00 [[PERSON:Rhiannon Pryce]]; 1:45 [[PERSON:Mohammed Al-Qahtani]]
"""),
R(H, "panel_roles_only", None, """
turn into a calendar invite list: 9:00 candidate A; 9:45 candidate B; 10:30 candidate C; panel is the Branch Chief, the HR Specialist and one SME from OCIO. Room 3C-201, Teams link in the invite.
"""),
R(H, "rose_bill_words", None, """
fix this status line: "Costs rose 4% after the bill passed; will monitor. Lane closures on I-395 delayed the delivery. Summer interns start 6/2."
"""),
]
RECORDS += [
R(P, "long_aar", "tongan+lebanese+anglo", """
Can you turn these raw notes into a proper after-action report with sections (Summary, Timeline, What went well, What to improve, Actions)? Keep it under a page.

raw notes -
- 11/18 0610 EDR alert on WKS-FO-2231 (Honolulu FO), encoded powershell launched from outlook.exe. analyst on duty [[PERSON:Losaline Vainikolo]] isolated host at 0618.
- user of the host: [[PERSON:Karim Abou-Jaoude]], he says he opened an "updated telework agreement" attachment. reached him at [[PHONE_NUMBER:808-555-0162]].
- 0702 IR lead [[PERSON:Heather Wakefield]] opened INC-2026-12044, pulled memory image, no lateral movement found in 72h of logs.
- 0815 mail team purged 14 copies of the same message from other inboxes, sender domain telework-hr-update.test registered 11/16.
- 0930 creds for the user reset; he re-enrolled MFA at the help desk.
- 11/19 host reimaged, returned to user.
- gaps: alert sat 8 min before triage because the night queue was unstaffed; the purge needed a change ticket which took 40 min to approve.
- good: isolation was fast, user reported honestly, comms to FO leadership went out by 0745.
- follow-ups: staff night queue, pre-approve emergency purges, phishing refresher for the FO, check for the same lure in other regions ([[PERSON:Heather]] owns).
"""),
R(H, "long_policy_memo", None, """
Please edit this memo for clarity and a more direct tone, keep the numbered list:

MEMORANDUM FOR: All Component Chief Information Officers
SUBJECT: Use of Commercial Generative AI Tools

1. Purpose. This memo sets interim expectations for using commercial generative AI tools on government devices. It does not change existing records, privacy or security requirements.
2. Approved use. Employees may use approved tools for drafting, summarising public information, writing and reviewing code that contains no credentials, and translating material that is not sensitive.
3. Prohibited content. Do not enter classified information, controlled unclassified information, personally identifiable information of the public or of employees, or any password, key or token. The gateway will refuse prompts that contain markings or credentials.
4. Records. Outputs used in agency business are federal records and must be retained under the applicable schedule (GRS 5.2, item 020).
5. Questions. Direct questions to your component privacy office or the Office of the Chief Information Officer help line listed on the intranet.

This memo is effective immediately and remains in effect until superseded by Directive 140-10 rev. 2.
"""),
]
