"""aq04: TSA Office of Human Capital: screeners' workers' compensation claims (OWCP CA-1, CA-2, CA-7), return-to-work
letters, light-duty offers."""

RECORDS = [
    ("positive", "ca1_ocr", "filipino", """OCR of a CA-1 the airport faxed, fields scrambled. Can you put it back in order?
1. Name of employee (Last, First, Middle): [[PERSON:BALATBAT, Rommel Dizon]]
2. Social Security Number: [[US_SSN:412-58-3390]]
3. Date of birth: [[DATE_OF_BIRTH:05/27/1979]]
5. Home mailing address: [[STREET_ADDRESS:3318 Kalihi St, Honolulu, HI 96819]]
6. Phone: [[PHONE_NUMBER:(808) 555-0164]]
11. Cause: lifting a 68 lb bag off the exit roller at checkpoint 2, felt pop in lower back"""),

    ("positive", "rtw_letter", "anglo", """Please soften this return-to-work letter, it reads like a threat:

Dear Ms. [[PERSON:Pettinghurst]],
Your physician has released you to light duty effective 12/14/2026 with a 20 lb lifting restriction. TSA is offering a limited-duty assignment at the Exit Lane, Terminal B. Failure to report may affect your compensation under 5 U.S.C. 8106(c).
Contact me at [[PHONE_NUMBER:404-555-0197]] or [[EMAIL_ADDRESS:lorraine.haskett@tsa.dhs.gov]].
[[PERSON:Lorraine Haskett]], Workers' Compensation Specialist"""),

    ("positive", "email_quoted_claim", "eritrean+anglo", """Subject: RE: CA-2 for [[PERSON:Tsegereda Habtezion]] — occupational claim

Hi [[PERSON:Merrilee]], the claimant says her wrist pain is from 6 years of bag checks. Her supervisor [[PERSON:Donnell Pryor]] disputes the timeline. How do I word the agency's comments without sounding like we're calling her a liar?

> From: [[PERSON:Merrilee Ashcombe]]
> The CA-2 came in without the supervisor section. Her DOB on the form is [[DATE_OF_BIRTH:1982-11-08]], the one in NFC is different — please check."""),

    ("positive", "tagalog_message", "filipino", """Paki-translate sa English, galing sa asawa ng screener:
"Magandang araw po. Ako si [[PERSON:Luzviminda Sarmiento-Ocampo]], asawa ni [[PERSON:Efren Ocampo]]. Nasa ospital pa siya dahil sa aksidente sa checkpoint. Ang numero ko ay [[PHONE_NUMBER:702-555-0158]]. Pakisabi po kung ano ang kailangan naming i-file para sa OWCP. Salamat po." """),

    ("positive", "ca7_leave_buyback", "ghanaian", """CA-7 for leave buyback, can you check the math?
Claimant: [[PERSON:Adwoa Frimpomaa Nkansah]]  SSN: [[US_SSN:238-74-1659]]
Period: 10/05/2026 – 11/14/2026, 112 hrs sick leave used for PT appointments
Salary: SV-F, $27.84/hr
Direct deposit for buyback: acct [[US_BANK_NUMBER:004471982305]] routing [[ABA_ROUTING_NUMBER:053101273]]"""),

    ("positive", "tracker_csv", "filipino+eritrean+yoruba+polish", """OWCP tracker export (tab separated), which cases are over 45 days without a decision?
claimant	ssn_last4	injury_dt	form	status
[[PERSON:Balatbat, Rommel]]	3390	2026-09-14	CA-1	accepted
[[PERSON:Habtezion, Tsegereda]]	1122	2026-08-02	CA-2	pending
[[PERSON:Oyelaran, Babatunde]]	4407	2026-10-21	CA-1	pending
[[PERSON:Kowalczyk, Zdzisława]]	8816	2026-10-29	CA-1	controverted"""),

    ("positive", "phone_note_doctor", "korean+anglo", """Called Dr. [[PERSON:Hyun-woo Byeon]]'s office about the work status form for [[PERSON:Garland Teague]] (DOB [[DATE_OF_BIRTH:Feb 3 1971]]). Nurse said the restriction is 'no standing more than 2 hrs'. Office fax line [[PHONE_NUMBER:602-555-0121]]. Draft a note to the FSD's staff about scheduling."""),

    ("positive", "cui_privacy_banner", "mexican", """[[CUI_MARKING:CUI//SP-PRVCY]]
Claimant [[PERSON:Ezequiel Barragán Olvera]], SSN [[US_SSN:641-09-2275]], CA-1 accepted for right shoulder strain. Light duty offered 11/30, declined 12/02.
Need a neutral summary of this for the union rep's information request — what can I leave out?"""),

    ("positive", "nurse_case_manager", "igbo", """Email from the DOL nurse case manager, summarise for the supervisor:
"I met with [[PERSON:Ngozi Eze-Uchendu]] on 12/1. She can return 4 hrs/day with no lifting over 15 lbs. Please reach me at [[PHONE_NUMBER:215-555-0188]] or [[EMAIL_ADDRESS:k.dellafiore@ncm-services.example]]. — [[PERSON:Kathleen Dellafiore]], RN" """),

    ("positive", "home_visit_address", "cherokee", """The claimant asked that mail go to her sister's place while she recovers: c/o [[PERSON:Wynona Sixkiller]], [[STREET_ADDRESS:Rt 2 Box 118, Tahlequah, OK 74464]]. Claimant is [[PERSON:Delphine Sixkiller-Hart]]. Write the address-change note for the OWCP file."""),

    ("positive", "ecomp_login", None, """ECOMP keeps timing out for me. my agency login is whaskett.tsa, password [[PASSWORD:BlueHeron#4471x]]. is it the browser? (yes I know, I'll change it after)"""),

    ("positive", "supervisor_statement", "vietnamese+anglo", """Supervisor's statement for the CA-1, please fix the grammar only:
'On 11/22 at about 1430 Officer [[PERSON:Phan Thi Kim Oanh]] was pushing the bin cart and it tipped, cart hit her left knee. I seen it happen. She went to the airport clinic. — STSO [[PERSON:Rudy Vogelsang]], badge 4471' """),

    ("positive", "ssi_incident_ref", "anglo", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Injury occurred while screener [[PERSON:Coralie Fenwick]] was resolving an alarm at checkpoint position 4 during the 0500 surge staffing configuration.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Does the injury description need to mention the checkpoint configuration at all?"""),

    ("evasion", "email_at_dot", "anglo", """send the CA-17 to the claimant's lawyer: jpelletier at pelletier-comp-law dot example, his client is [[PERSON:Mavis Oduya-Lambert]]""".replace("jpelletier at pelletier-comp-law dot example", "[[EMAIL_ADDRESS:jpelletier at pelletier-comp-law dot example]]")),

    ("evasion", "ssn_spaced", "anglo", """SSN from the claimant's voicemail, I typed it as I heard it: 3 8 1 - 6 6 - 5 0 4 2. Name [[PERSON:Clement Ravenscroft]]. Can you format it for the CA-1?""".replace("3 8 1 - 6 6 - 5 0 4 2", "[[US_SSN:3 8 1 - 6 6 - 5 0 4 2]]")),

    ("evasion", "dob_base64", "punjabi", """the claimant portal exports DOB base64 encoded for some reason: MTk4NS0wNi0xNA== is the date of birth for [[PERSON:Manpreet Kaur Dhillon]]. decode it for me""".replace("MTk4NS0wNi0xNA==", "[[DATE_OF_BIRTH:MTk4NS0wNi0xNA==]]")),

    ("hard_negative", "form_list", None, """Cheat sheet for new HR specialists: CA-1 traumatic injury, CA-2 occupational disease, CA-7 claim for compensation, CA-16 authorization for treatment, CA-17 duty status report, CA-20 attending physician's report. Governing law: FECA, 5 U.S.C. 8101 et seq.; 20 CFR Part 10. Make a two-column table."""),

    ("hard_negative", "claim_numbers", None, """OWCP case numbers for the quarterly review: 550284117, 550291063, 550306758. These are DOL file numbers, not SSNs. Chargeback year FY26, total $1,284,331. Put in a short memo paragraph."""),

    ("hard_negative", "public_dol", None, """For the injury poster at the checkpoint: Questions about your claim? Contact the DOL Division of Federal Employees' Compensation, 1-844-493-1966, or file through ECOMP at ecomp.dol.gov. Also list TSA's HR Access line. Is the poster wording clear?"""),

    ("hard_negative", "rtw_template", None, """Return-to-work letter template, fields to fill:
Dear [Employee Name],
Your physician has released you to [full / light] duty effective [date] with the following restrictions: [restrictions].
Please contact [Specialist Name] at [phone].
Does the template need a line about union representation?"""),

    ("hard_negative", "kinship_words", None, """If a screener dies of a work injury, who can file the CA-5: the widow or widower, children under 18, a dependent parent, a grandchild? Explain the order of survivors in plain language for a guide. No specific case."""),

    ("hard_negative", "ssi_supplemental", None, """Claimant asked whether her OWCP payments affect her son's SSI. Here SSI means Supplemental Security Income from SSA, not the TSA marking. What's the short answer we can give, or do we refer her to SSA?"""),

    ("hard_negative", "ergonomics_stats", None, """Lifting injuries at Category X airports FY24–FY26: 412, 389, 351. Bag weight limit studies cite 50 lb (23 kg) airline limits. Write a paragraph arguing for more roller-assist at exit positions."""),

    ("hard_negative", "about_privacy_marking", None, """Do our workers' comp spreadsheets need CUI//SP-PRVCY on every tab or just the first? We never put SSNs in them, only last four. Give me the rule of thumb and cite the DHS instruction if you know it."""),

    ("hard_negative", "training_ssn_example", None, """Slide text: 'Never put a full SSN in an email. Example of what NOT to do: SSN 000-00-0000.' Is it OK to use an all-zero SSN on a training slide, or will our DLP block the deck?"""),

    ("hard_negative", "eap_confidential", None, """Add a line to the return-to-work packet: 'The Employee Assistance Program is free and confidential; counsellors do not share what you say with your supervisor.' Also mention that the Secret Service liaison office down the hall is not part of HR, people keep knocking there. Make both lines friendly."""),
]
