# Part 4: TSA, FEMA, USCIS field staff.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "tsa_screening_incident", "anglo", r"""
Write this up as a TSA incident report narrative (past tense, third person):

at checkpoint B, DCA, approx 0615, pax Kyle Brennan Whitaker alarmed the AIT, pat-down resolved, then bag check found a loaded .380 in the laptop sleeve. Boarding pass showed KTN 154443224. DOB 10/30/1990. MWAA police responded. Pax phone 540-555-0129.
""".replace("Kyle Brennan Whitaker", "[[PERSON:Kyle Brennan Whitaker]]").replace("154443224", "[[KNOWN_TRAVELER_NUMBER:154443224]]").replace("DOB 10/30/1990", "DOB [[DATE_OF_BIRTH:10/30/1990]]").replace("540-555-0129", "[[PHONE_NUMBER:540-555-0129]]"))

R("positive", "tsa_ssi_warning", None, r"""
Shorten this screening checklist for the break room whiteboard:

1. Verify boarding pass and ID at the TDC.
2. Direct selectee passengers to lane 4.
3. Alarm resolution per the current SOP.

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
""")

R("hard_negative", "tsa_public_guidance", None, r"""
Summarize TSA's public liquids rule (3.4 oz / 100 ml containers in one quart-size bag) for a travel FAQ. Mention that TSA PreCheck members still follow it and that the TSA Contact Center can be reached through the number on tsa.gov.
""")

R("hard_negative", "ssi_supplemental_income", None, r"""
My mother receives SSI (Supplemental Security Income) and I'm her representative payee. If she moves in with me, does her SSI payment get reduced? Explain the one-third reduction rule simply.
""")

R("positive", "fema_ia_call", "haitian", r"""
Summarize this FEMA Individual Assistance call for the case file:

Applicant: [[PERSON:Widlene Toussaint]], reg. no. 771-402-339 (disaster DR-4834-FL). Damaged dwelling: [[STREET_ADDRESS:1512 NW 62nd St, Miami, FL 33147]]. She requested direct deposit to acct [[US_BANK_NUMBER:885371674168]], routing [[ABA_ROUTING_NUMBER:048180131]]. Callback [[PHONE_NUMBER:786-555-0137]]. Speaks Haitian Creole; interpreter used.
""")

R("positive", "fema_ia_spanish", "hispanic", r"""
Traduce al inglés estas notas de la llamada, por favor:

Solicitante: [[PERSON:María José Ortiz Velázquez]]. Fecha de nacimiento: [[DATE_OF_BIRTH:3 de marzo de 1958]]. Dirección dañada: [[STREET_ADDRESS:Calle Luna 214, Ponce, PR 00730]]. Teléfono: [[PHONE_NUMBER:787-555-0172]]. Dice que el techo se voló durante el huracán y que vive sola.
""")

R("hard_negative", "fema_disaster_numbers", None, r"""
List the FEMA disaster declarations in my spreadsheet by state: DR-4834-FL, DR-4829-NC, EM-3612-PR, FM-5521-CA. What do the DR, EM and FM prefixes mean?
""")

R("positive", "uscis_interview_notes", "iranian", r"""
Turn my N-400 interview notes into the decision summary template:

Applicant [[PERSON:Mahsa Ahmadi-Karimi]], [[A_NUMBER:A100794289]], receipt [[USCIS_RECEIPT_NUMBER:NBC2373718309]]. DOB [[DATE_OF_BIRTH:1983/06/21]] (Iranian calendar 1362/03/31 on the birth certificate). Passed English and civics. Disclosed a 2015 trip of 8 months to Tehran; continuous residence not broken (under 1 year, rebuttal evidence provided).
""".replace("1362/03/31", "[[DATE_OF_BIRTH:1362/03/31]]"))

R("positive", "uscis_receipt_list", "vietnamese+arabic+slavic+ethiopian", r"""
Which service centre handles each of these receipts? I'm building a lookup.

| receipt | beneficiary |
|---|---|
| [[USCIS_RECEIPT_NUMBER:EAC2296792962]] | [[PERSON:Bui Quang Huy]] |
| [[USCIS_RECEIPT_NUMBER:WAC-22-174-53530]] | [[PERSON:Fatima Zahra Benali]] |
| [[USCIS_RECEIPT_NUMBER:LIN 21 341 55299]] | [[PERSON:Oleksandr Hnatiuk]] |
| [[USCIS_RECEIPT_NUMBER:SRC2058115157]] | [[PERSON:Abebe Girma]] |
""")

R("hard_negative", "uscis_form_numbers", None, r"""
Make a cheat sheet of USCIS forms: I-130, I-485, I-765, I-131, N-400, N-600, I-90 and I-751. One line each on what it's for and the current filing fee range.
""")

R("positive", "uscis_asylum_interview", "arabic", r"""
Help me write the assessment to refer. Notes:

Applicant: [[PERSON:Omar Abdelrahman Khalil]], DOB [[DATE_OF_BIRTH:1 January 1994]] (applicant says date is assumed, actual unknown). Syrian passport [[US_PASSPORT:N010284473]]. I-94 [[I94_NUMBER:94560781419]]. Claims persecution on account of political opinion; testimony internally consistent; country conditions corroborate.
""")

R("positive", "tsa_precheck_complaint", "vietnamese", r"""
Draft a reply to this passenger complaint:

"I have PreCheck (known traveler number [[KNOWN_TRAVELER_NUMBER:TT1561281]]) but it didn't show on my boarding pass at SJC. My name on the airline profile is [[PERSON:Phan Quoc Vinh]], birthdate [[DATE_OF_BIRTH:1977-11-09]]. Please fix it. — [[EMAIL_ADDRESS:vinh.phan77@example.com]]"
""")

R("hard_negative", "tsa_throughput", None, r"""
TSA screened 3,088,836 passengers on the Sunday after Thanksgiving. Compare that with 2,908,785 the year before and give me the percentage change. Format the numbers with thousands separators.
""")

R("positive", "fema_duplication_of_benefits", "chinese", r"""
Explain to the applicant in simple words why her SBA loan counts as duplication of benefits. Her info: [[PERSON:Chen Xiaoling]], FEMA registration 661-029-184, SSN [[US_SSN:003-73-4863]] (from the SBA form). Address [[STREET_ADDRESS:3318 Bayou Rd, Lake Charles, LA 70605]].
""")

R("positive", "uscis_sevis_transfer", "nigerian", r"""
Is the SEVIS transfer release date correct? Student [[PERSON:Ifunanya Obiora]], [[SEVIS_ID:N0046051004]], transferring from a university in Texas to one in Georgia; release date 12/15/2026; new program start 1/10/2027. DOB [[DATE_OF_BIRTH:2001-07-04]].
""")

R("hard_negative", "uscis_processing_times", None, r"""
The USCIS processing times page says the Nebraska Service Center takes 8.5 months for I-765 (c)(9). Our customer asks why it's faster at Potomac. Draft a generic response without promising a date.
""")

R("positive", "tsa_lost_id", "ethiopian", r"""
Rewrite this TSA notice of a found ID for the lost and found log:

Found at checkpoint C, BWI, 12/02: Maryland driver's license [[US_DRIVER_LICENSE:G-412-603-187-329]] for [[PERSON:Hirut Wolde]], address on card [[STREET_ADDRESS:9 Linden Ct, Columbia, MD 21044]], DOB [[DATE_OF_BIRTH:19 APR 1999]].
""")

R("positive", "fema_ia_vietnamese", "vietnamese", r"""
Dịch giúp tôi sang tiếng Anh:

Người nộp đơn: [[PERSON:Võ Thị Lan Anh]], sinh ngày [[DATE_OF_BIRTH:12/08/1966]], số điện thoại [[PHONE_NUMBER:(504) 555-0119]], địa chỉ [[STREET_ADDRESS:4417 Chef Menteur Hwy, New Orleans, LA 70126]]. Nhà bị ngập nước 1 mét.
""")

R("hard_negative", "cve_and_versions", None, r"""
Our scanner flagged CVE-2024-3094 (xz-utils 5.6.0/5.6.1) on host build-07 running Ubuntu 22.04.4 LTS, kernel 5.15.0-122-generic. Is that a false positive if the installed xz is 5.2.5-2ubuntu1?
""")

R("positive", "uscis_itin_question", "brazilian", r"""
Customer asked if he needs an SSN for his I-765 if he has an ITIN. Draft an answer. Context he gave: [[PERSON:joão vitor bittencourt]], ITIN [[US_ITIN:975-91-3074]], pending asylum, receipt [[USCIS_RECEIPT_NUMBER:YSC2472977663]].
""")

R("hard_negative", "boarding_pass_barcode", None, r"""
What fields are encoded in the PDF417 barcode of a boarding pass (BCBP, IATA Resolution 792)? I only need the field list and lengths for a training slide, no real example.
""")

R("positive", "tsa_credentialing", "korean", r"""
An airport badge applicant's STA keeps failing on name mismatch. Her documents: passport name "[[PERSON:LEE SOOJIN]]", badge application "[[PERSON:Soo Jin Lee]]", DOB [[DATE_OF_BIRTH:02/11/1989]], US passport [[US_PASSPORT:A22275690]]. Which name should the airport enter?
""")

R("positive", "fema_contractor_inspector", "haitian+anglo", r"""
Inspector sent this text; is it OK to forward to the applicant?

"Hi Ms. [[PERSON:Delacroix]], this is [[PERSON:Wade Perkins]], FEMA inspector, ID 4402. I'll be at [[STREET_ADDRESS:212 Pine Hollow Rd, Hendersonville, NC 28792]] on Tuesday between 9 and 11. Reach me at [[PHONE_NUMBER:828-555-0165]]."
""")
