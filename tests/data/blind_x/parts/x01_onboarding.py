# Voice: DHS component HR onboarding, I-9 List B review, REAL ID enrolment help desk
RECORDS = [
("positive", "i9_list_b_note", "hmong",
"""I-9 Section 2 check for new hire [[PERSON:Nkauj Lis Xiong]] (start 01/04/2027). List B: Minnesota driver's license, DL# [[US_DRIVER_LICENSE:X518-274-903-612]], exp 08/19/2030. List C: SS card. Employee DOB on Section 1 is [[DATE_OF_BIRTH:07/22/1994]] and it matches the card. Please file in the eOPF folder."""),

("positive", "realid_ocr_front", "anglo",
"""Pasting the OCR from the scanner, can you tell me which fields are missing for REAL ID?

USA  ILLINOIS  DRIVER'S LICENSE  ★
4d DLN [[US_DRIVER_LICENSE:P426-3108-5597]]
1 [[PERSON:PENDERGAST]]
2 [[PERSON:CORINNE MAE]]
8 [[STREET_ADDRESS:1187 W LOCUST HOLLOW DR, SPRINGFIELD, IL 62704]]
3 DOB [[DATE_OF_BIRTH:11/03/1981]]
4a ISS 06/14/2023   4b EXP 11/03/2027
15 SEX F  16 HGT 5'-06"  18 EYES BLU
9 CLASS D   9a END NONE   12 RESTR B"""),

("positive", "aamva_barcode", "polish",
"""the PDF417 reader on the badge kiosk spits this out and then errors, is the DBB field the problem?

@
ANSI 636020090102DL00410278ZM03190008DLDAQ[[US_DRIVER_LICENSE:14-906-3382]]
DCS[[PERSON:WOJCIECHOWSKA]]
DAC[[PERSON:HALINA]]
DAD[[PERSON:TERESA]]
DBD06092022
DBB[[DATE_OF_BIRTH:04171969]]
DBA04172028
DBC2
DAYBRO
DAU065 IN
DAG[[STREET_ADDRESS:3340 S ZENOBIA CT]]
DAIDENVER
DAJCO
DAK802195521
DCFD23160-7712-0081
DCGUSA
DDEN
DDFN
DDGN"""),

("positive", "realid_checklist_email", "nigerian",
"""Subject: REAL ID appt docs - need your help

Hi team, my appointment is at the Gwinnett DDS on Friday. I'm bringing my passport ([[US_PASSPORT:A04817362]]), my current license [[US_DRIVER_LICENSE:058214736]] which expires next month, two utility bills for [[STREET_ADDRESS:2290 Tanager Ridge Ln, Lawrenceville, GA 30043]], and my W-2. My birth certificate says [[DATE_OF_BIRTH:March 9, 1986]] but my license says [[DATE_OF_BIRTH:03/19/1986]] — do I need an amended certificate first?
Thanks,
[[PERSON:Ifeoluwa Babatunde-Ezeoke]]
Facilities, x0147"""),

("positive", "i9_audit_table", "vietnamese+afghan+ghanaian",
"""| Employee | List B doc | Doc # | Issuing auth | DOB (Sec 1) |
|---|---|---|---|---|
| [[PERSON:Tran Thi Bich Ngoc]] | DL | [[US_DRIVER_LICENSE:D6620418]] | CA DMV | [[DATE_OF_BIRTH:1990-02-13]] |
| [[PERSON:Soraya Haidari]] | State ID | [[US_DRIVER_LICENSE:S91407385]] | MA RMV | [[DATE_OF_BIRTH:1976-10-05]] |
| [[PERSON:Kwame Ofori-Atta Mensah]] | DL | [[US_DRIVER_LICENSE:T44-07-8812]] | VA DMV | [[DATE_OF_BIRTH:1988-06-30]] |

Audit finding: row 3 expiration left blank in Section 2."""),

("positive", "realid_chat", "somali",
"""User: I'm helping my cousin with the REAL ID form on the Ohio BMV site. It asks for OLN. Her license says [[US_DRIVER_LICENSE:TK718294]]. Is that the OLN?
Assistant: On Ohio licences the OLN is usually the two letters followed by six digits, so yes, that looks like the field they want.
User: ok and DOB box wants mm/dd/yyyy, hers is [[DATE_OF_BIRTH:12/04/1999]], name [[PERSON:Ubah Xirsi Cawaale]]. Does the middle name go in the first name box?"""),

("positive", "state_id_card_notes", "navajo",
"""Onboarding note - [[PERSON:Harlan Tsosie Nakai]], seasonal hire, Window Rock. Presented an Arizona ID card (not a DL), number [[US_DRIVER_LICENSE:D07719254]], and tribal enrollment card. DOB [[DATE_OF_BIRTH:05-14-1972]]. Tribal card is acceptable List B; scanned both."""),

("positive", "enhanced_dl", "canadian_french",
"""Verification request to Personnel Security:
Candidate: [[PERSON:Genevieve Thibodeau-Lachance]]
Document: New York ENHANCED driver license (EDL), ID no. [[US_DRIVER_LICENSE:731 482 906]]
Date of birth: [[DATE_OF_BIRTH:28 Feb 1983]]
Residential address: [[STREET_ADDRESS:64 Rouses Point Rd, Champlain, NY 12919]]
Reason: EDL used for WHTI land border crossings as part of duty; please confirm the record with NYS DMV."""),

("positive", "learner_permit_intern", "korean",
"""Hi, the summer intern [[PERSON:Seo-yeon Park]] only has a Maryland learner's instructional permit. Permit no. [[US_DRIVER_LICENSE:P-318-552-907-146]], birthdate [[DATE_OF_BIRTH:9/2/2008]]. She's under 18 — can a learner permit count as List B for I-9? Her parent [[PERSON:Jin-ho Park]] can come sign if needed."""),

("positive", "dc_license_form", "ethiopian",
"""EMPLOYEE INFORMATION UPDATE (SF-like internal form)
Name ........................ [[PERSON:Meskerem Tadesse Alemu]]
Date of Birth ............... [[DATE_OF_BIRTH:17 JUL 1979]]
DC DMV Permit/License No. ... [[US_DRIVER_LICENSE:6021945]]
Home Phone .................. [[PHONE_NUMBER:(202) 555-0113]]
Home Address ................ [[STREET_ADDRESS:1415 Gallatin St NW, Apt 2, Washington, DC 20011]]"""),

("positive", "texas_dl_i9_reverify", "mexican",
"""Reverification for [[PERSON:Jesús Alejandro Villarreal Garza]] is due. In 2024 he presented her-- sorry, HIS Texas license [[US_DRIVER_LICENSE:41938275]] plus his EAD. DOB per Section 1: [[DATE_OF_BIRTH:Nov. 23, 1991]]. Only the EAD needs reverifying, not the DL, correct?"""),

("positive", "pa_license_spaces", "irish",
"""pls double check before I key it into USA Staffing: [[PERSON:Siobhan Mulcahy]], PA DL [[US_DRIVER_LICENSE:27 418 903]], D.O.B. [[DATE_OF_BIRTH:01.08.1985]] (she wrote it European style, it's 8 Jan not Aug 1)"""),

("positive", "realid_denial_letter", "haitian",
"""Dear Mr. [[PERSON:Jean-Wilner Descollines]],

Your application for a REAL ID-compliant credential was not completed. The name on your identity document ([[PERSON:JEAN WILNER DESCOLLINES]]) does not match the name on your current Florida license [[US_DRIVER_LICENSE:L253-471-66-318-0]]. Your date of birth, [[DATE_OF_BIRTH:October 2, 1964]], matched. Please bring a certified marriage certificate or court order."""),

("positive", "wisconsin_id_email", "lao",
"""From: [[EMAIL_ADDRESS:keo.phommachanh@fema.dhs.gov]]
To: HR Helpdesk

My new Wisconsin ID card came in. Number is [[US_DRIVER_LICENSE:P5120-6693-4781-02]], DOB [[DATE_OF_BIRTH:06/06/1970]]. Please update my emergency-travel profile. - [[PERSON:Keo Phommachanh]]"""),

# hard negatives
("hard_negative", "i9_instructions", None,
"""Reminder from the I-9 training deck: List B documents establish identity only. Acceptable List B items include a driver's license or ID card issued by a state or outlying possession, provided it contains a photograph or information such as name, date of birth, sex, height, eye color and address. Do NOT photocopy documents unless your component's policy requires it for all hires. Form I-9 edition 01/20/25 is current; older editions are no longer valid after the transition date."""),

("hard_negative", "realid_deadline", None,
"""All-hands: Starting May 7, 2025, every air traveler 18 or older needs a REAL ID-compliant license or another acceptable form of ID (e.g., a passport) at TSA checkpoints. Check for the star in the upper-right corner. If your license expires before your travel date, renew at least 8 weeks ahead. Questions: see tsa.gov/real-id."""),

("hard_negative", "dl_distribution_list", None,
"""Please add the three new branch chiefs to DL-OCHCO-Onboarding and remove them from DL-Interns-2026. The DL owner is the front office; changes take 2 business days. Also the DL for REAL ID questions is being retired on 03/31/2027."""),

("hard_negative", "sample_license_guidance", None,
"""Training slide 12: "Sample" driver licenses shown to I-9 reviewers. The specimen card reads SAMPLE / DL NO. 123456789 / DOB 01-01-1980 / EXP 01-01-2030 / NAME: SAMPLE, CARDHOLDER. These values are printed on every state's training specimen and are not real. Compare the security features (ghost image, microprint, UV ink), not the numbers."""),

("hard_negative", "hire_dates_table", None,
"""Onboarding cohort schedule
| Cohort | EOD date | Orientation | Badge pickup |
|---|---|---|---|
| 27-01 | 01/04/2027 | 01/04/2027 | 01/06/2027 |
| 27-02 | 02/01/2027 | 02/01/2027 | 02/03/2027 |
| 27-03 | 03/01/2027 | 03/01/2027 | 03/03/2027 |
Born-digital personnel records (e-OPF) are created on the EOD date."""),

("hard_negative", "license_type_prose", None,
"""Quick question on the job announcement wording: "Must possess a valid state driver's license" — does a learner permit count? I think the announcement should say "valid, unrestricted" because our fleet policy (Directive 112-05, Rev. 3) excludes provisional licenses. Also the GS-1811 posting says license number will be collected after the tentative offer, not with the application."""),

("hard_negative", "professional_licenses", None,
"""Credential tracker for the contracting office (professional licences, not driving):
- CPA license #CPA-0048271 (Virginia Board of Accountancy), exp 12/31/2027
- PE license PE-0412998, renewal due 06/30/2027
- Contractor license CBC1259903 (FL), class: certified building contractor
- Liquor license for the HQ cafeteria vendor: ABC 02-47-11893
None of these go in the driver roster."""),

("hard_negative", "forms_numbers", None,
"""For new-hire document questions, point people to the right form: I-9 for employment eligibility, DS-11 for a first adult passport in person, DS-82 for renewal by mail, DS-5504 for name changes within a year, and SF-85P for the public-trust questionnaire. The I-9 form number is not the same as the E-Verify case number (format 2027012345678AB)."""),

("hard_negative", "realid_office_contact", None,
"""The Virginia DMV REAL ID help line is 804-497-7100 and the main customer-service center is at 2300 West Broad Street, Richmond, VA 23269. Appointments open 90 days ahead. Bring two proofs of residency; a bank statement dated within the past 60 days is fine."""),

("hard_negative", "anniversary_note", None,
"""Happy 10-year service anniversary to our whole records branch — the office was founded on March 1, 2003, together with the Department. The cake is in the 4th floor kitchen at 2:30. Yes, it's the same day as the birthday celebration for the department, so expect a crowd."""),

("hard_negative", "expiry_reminder", None,
"""Auto-reminder: Your government driver authorization (OF-346 replacement record GDA-2026-00417) expires 01/15/2027. Your state license EXP date on file is 09/2028. No action needed until 30 days before expiry."""),

("hard_negative", "famous_birthday_trivia", None,
"""Friday trivia for the onboarding class: On what date was the Homeland Security Act signed? (Nov 25, 2002.) Bonus: Benjamin Franklin, born January 17, 1706, was the first Postmaster General — and the Franklin stove is named after him."""),

("hard_negative", "i9_case_numbers", None,
"""E-Verify log excerpt
case 2026338104527XY  status: Employment Authorized  closed 12/04/2026
case 2026339100962KQ  status: Tentative Nonconfirmation  referred 12/05/2026
Document type: List B + C combination. Document numbers are not stored in this log by design."""),
]
