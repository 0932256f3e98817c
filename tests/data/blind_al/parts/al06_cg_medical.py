# Voice 6: Coast Guard Medical - sick call, medical boards, dependents' appointments (clerk-level detail only).
RECORDS = [
("positive", "sick_call_roster", "marshallese+cherokee+anglo", """Sick call sign-in this morning, can you put it in the format the XO wants (rank, name, time in, time out)?

0702 BM2 [[PERSON:Jerbal Lajuan Kabua]] in 0702 out 0740
0705 FN [[PERSON:Kaylee Sixkiller]] in 0705 out 0731
0711 MK1 [[PERSON:Derrick Oates]] in 0711 out 0802
0715 SN [[PERSON:Kaylee Sixkiller]] returned for paperwork 0715-0718"""),

("positive", "dependent_appt_email", "thai", """Subject: Pediatric appointment - dependent

Good afternoon,

I need to reschedule the well-child appointment for [[PERSON:Thanakorn Srisuk]] (DOB [[DATE_OF_BIRTH:05/11/2021]]), dependent of YN1 [[PERSON:Siriporn Srisuk]], DoD ID [[DOD_EDIPI:1582047396]]. The sponsor is underway until the 20th. Mother can be reached at [[PHONE_NUMBER:(757) 555-0129]].

Thank you,
Clinic front desk"""),

("positive", "medical_board_tracker", "chuukese+puerto_rican", """Medical board tracker, please sort by days pending:

| member | rate | EDIPI | board type | sent to PEB | days |
|---|---|---|---|---|---|
| [[PERSON:Kiosi Rapun Nakamura]] | ME2 | [[DOD_EDIPI:1467039215]] | IMB | 2026-09-14 | 84 |
| [[PERSON:Xiomara Colón Ortiz]] | HS1 | [[DOD_EDIPI:1399581742]] | IMB | 2026-10-30 | 38 |
| [[PERSON:Neil Rasmussen]] | BM1 | [[DOD_EDIPI:1520968834]] | disposition | 2026-11-18 | 19 |"""),

("positive", "chat_tricare_transfer", "indonesian", """User: A new member reported in from Sector San Juan and his family's TRICARE enrollment didn't move with him. Member is [[PERSON:Bagus Wirawan Santoso]], spouse [[PERSON:Dewi Lestari Santoso]], DOB [[DATE_OF_BIRTH:1994-07-09]], two kids. What does the clerk tell them to do?
Assistant: The family should update their enrollment to the new region through the TRICARE regional contractor or milConnect; the clinic can't change it for them, but can give them the phone number and help them find the form."""),

("positive", "caps_phone_log", "belizean", """PHONE LOG 12/04 1015: SPOUSE OF OS2 [[PERSON:TREMAINE CASTILLO-FLOWERS]] CALLED, WANTS APPT FOR SON [[PERSON:JAYDEN CASTILLO-FLOWERS]] DOB [[DATE_OF_BIRTH:02 APR 2019]] FOR SPORTS PHYSICAL. NO PEDS SLOTS UNTIL JAN. CALLBACK [[PHONE_NUMBER:910-555-0172]]."""),

("positive", "limdu_memo", "nicaraguan", """Please fix the format on this LIMDU notification to the command (no medical details, I removed them):

From: Clinic Administrator
To: Commanding Officer, USCGC [cutter name removed]
Subj: LIMITED DUTY STATUS - MM3 [[PERSON:Yader Antonio Obando Chavarría]]
1. Subject member is placed on limited duty for 30 days effective 01 DEC 2026.
2. Member is not fit for sea duty during this period. Re-evaluation on or about 31 DEC.
3. Point of contact is the undersigned at [[PHONE_NUMBER:252-555-0164]]."""),

("positive", "dental_recall_csv", "azorean+jamaican+laotian", """Dental recall list - who is overdue more than 12 months? (comma sep)
name,rate,last_exam,phone
[[PERSON:Duarte Medeiros Furtado]],EM2,2025-08-14,[[PHONE_NUMBER:774-555-0133]]
[[PERSON:Kemar Ellington]],SK1,2026-02-03,[[PHONE_NUMBER:508-555-0149]]
[[PERSON:Vilaysack Inthavong]],BM3,2025-06-22,[[PHONE_NUMBER:508-555-0155]]"""),

("positive", "spouse_email_dob", "trinidadian", """From: [[PERSON:Anjali Ramcharan-Baptiste]] <[[EMAIL_ADDRESS:anjali.rbaptiste@mailbox.example]]>
Hi, my husband is at sea and the front desk says I need his info to book for our daughter. She is [[PERSON:Priya Baptiste]], born [[DATE_OF_BIRTH:October 3, 2017]]. His DoD ID is [[DOD_EDIPI:1608813572]]. Can I come Thursday afternoon?"""),

("positive", "ssn_legacy_record", "anglo", """Old paper record from before the clinic went to EDIPI - I need to match it to the current record. Member: [[PERSON:Harold Jankowski-Reese]], SSN on the folder [[US_SSN:413-58-2976]], DOB [[DATE_OF_BIRTH:1963-11-27]], retired 2009. Which fields do we use to match in the new system?"""),

("positive", "sms_transcript_reminder", "portuguese", """Text reminder log from the appointment system, can you tell me why the second one went out twice?
12/05 0800 -> [[PHONE_NUMBER:+1 401-555-0186]] "Reminder: [[PERSON:Inês Carvalho Moura]], appt 12/06 0930 Bldg 2. Reply C to confirm."
12/05 0800 -> [[PHONE_NUMBER:+1 401-555-0193]] "Reminder: [[PERSON:Rui Carvalho Moura]], appt 12/06 1000 Bldg 2. Reply C to confirm."
12/05 0801 -> [[PHONE_NUMBER:+1 401-555-0193]] "Reminder: [[PERSON:Rui Carvalho Moura]], appt 12/06 1000 Bldg 2. Reply C to confirm.\""""),

("positive", "pha_overdue_json", "egyptian", """Why won't this load in the readiness dashboard?
{"member": {"name": "[[PERSON:Karim Mostafa Hegazy]]", "edipi": "[[DOD_EDIPI:1735502819]]", "unit": "STA Freeport"}, "pha_due": "2026-10-31", "status": "overdue",}"""),

("positive", "fouo_legacy_roster", "anglo+korean_american", """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Deployment health screening - clerk roster only
[[PERSON:Megan Haskell]] - screening complete
[[PERSON:Daniel Yoon-Chambers]] - missing immunization record, send to records
Please turn into a checklist."""),

("positive", "voicemail_medboard", "ghanaian_ewe", """VM transcript: "Yes good morning, this is [[PERSON:Kodzo Agbenyega]], I'm the member's father, [[PERSON:Elikem Agbenyega]], he's on a medical board and he asked me to call about his board packet, he said it was sent to the wrong address, it should be [[STREET_ADDRESS:1917 Seabreeze Lane, Chesapeake, VA 23320]]. My number is [[PHONE_NUMBER:757-555-0104]]." - can the clinic talk to the father without a release? What do I tell him?"""),

# evasions
("evasion", "edipi_spaced_words", "anglo", """member [[PERSON:Cody Ballantyne]] dod id is [[DOD_EDIPI:1 6 2 9 . 4 0 3 . 8 7 1]] (dots so it doesn't get eaten), need his dental recall date"""),

("evasion", "dob_leet_name", "guatemalan", """dependent: [[PERSON:J0s3 M4nu3l C0j0c]] d.o.b. [[DATE_OF_BIRTH:2 0 1 8 - 0 9 - 1 4]] - mom wants the sports physical before Jan"""),

("evasion", "ssn_rtl_mark", "hungarian", """matching an old folder: [[PERSON:Lyle Hargitay]], number on the folder [[US_SSN:‏527‏-‏44‏-‏8016]]. copy-pasted from the scanned PDF so it has weird characters in it"""),

# hard negatives
("hard_negative", "clinic_hours", None, """Update the clinic's holiday hours notice: Sick call 0700-0800 Mon-Fri; closed Dec 25 and Jan 1; Dec 24 and Dec 31 sick call only; pharmacy refill line open 24/7. After hours go to the nearest emergency room or call the nurse advice line."""),

("hard_negative", "cutter_names", None, """Which cutters are homeported here this winter? USCGC Bertholf, USCGC Stone, USCGC Harriet Lane and USCGC Forward. We need to plan PHA clinics around their in-port periods. Bertholf is in Jan 5-Feb 20."""),

("hard_negative", "same_voice_tracker", None, """Medical board tracker counts for the monthly: 3 IMBs pending at the PEB (84, 38 and 19 days), 1 disposition board pending, 2 boards returned for missing documents. Average days pending 47. Can you write it as one paragraph for the XO?"""),

("hard_negative", "edipi_placeholder", None, """The dashboard import template says: name (Last, First), EDIPI (10 digits, e.g. 1234567890), unit, PHA due date (YYYY-MM-DD). Is 1234567890 going to break the validation if someone leaves it in?"""),

("hard_negative", "kinship_policy", None, """Can a spouse book appointments for a dependent child when the sponsor is deployed? What about a grandparent who has the kids for the summer, or an older brother who is over 18? I need a one-liner for each for the front desk binder."""),

("hard_negative", "never_issued_ssn", None, """Test patients in the training environment all have SSNs that start with 000 or 9xx, like 000-12-3456 and 987-65-4320, so they can't be real. Is there any reason the trainers can't use those in the slides?"""),

("hard_negative", "secret_as_word", None, """Member asked if his medical board results are 'secret' and whether his chief will see them. Write a short plain answer: the command is told duty status and limitations, not diagnosis."""),

("hard_negative", "readiness_stats", None, """Readiness numbers for the sector: IMR fully medically ready 88.4%, dental class 1-2 94.1%, PHA current 91.7%, immunizations 96.3%. Last quarter: 86.9, 93.5, 90.2, 95.8. Which improved most?"""),

("hard_negative", "appointment_ids", None, """Appointment system confirmation numbers look like APPT-20261206-0930-B2 and the referral numbers are like 2026112900417. A spouse read one to us as a 'case number'. Which one should the front desk ask for first?"""),
]
