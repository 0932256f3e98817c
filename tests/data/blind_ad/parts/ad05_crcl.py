# Voice 5: DHS Office for Civil Rights and Civil Liberties - complaint intake, referrals, language access.
RECORDS = [
("positive", "intake_summary", "punjabi",
"""Summarize this complaint for the intake log (2-3 sentences, neutral):

Complainant: [[PERSON:Harpreet Kaur Bains]], DOB [[DATE_OF_BIRTH:06/21/1990]]
Contact: [[EMAIL_ADDRESS:hkbains.rx@gmail.com]], [[PHONE_NUMBER:(559) 555-0182]]
Allegation: at FAT airport 10/30, a TSO required her husband [[PERSON:Gurpreet Singh Bains]] to remove his turban in public view rather than offering private screening. She says the officer laughed. Both are US citizens."""),

("positive", "detention_complaint", "cameroonian+yoruba",
"""Referral memo draft - please tighten:
Complainant [[PERSON:Ndifor Emmanuel Tabi]] ([[A_NUMBER:A212445908]]), detained at Otero, alleges he has been denied his hypertension medication for 9 days and that a guard called him a slur. His attorney [[PERSON:Rachel Oyelowo]] ([[EMAIL_ADDRESS:roye@immjusticeclinic.org]]) filed on his behalf. We propose referring to ICE Health Service Corps and retaining the slur allegation at CRCL."""),

("positive", "language_access", "chuukese",
"""A complainant's daughter called for her: mom [[PERSON:Kiomi Sapwo]] speaks Chuukese only, lives in [[STREET_ADDRESS:1720 Kaahumanu Ave Apt 5, Wailuku, HI 96793]]. Says FEMA DRC staff told her to come back with an English speaker. Daughter [[PERSON:Merilyn Sapwo]], [[PHONE_NUMBER:808-555-0117]]. Can you help me draft an acknowledgment letter and flag the language access issue?"""),

("positive", "email_forward", "egyptian",
"""FW: Complaint - CBP secondary at JFK

-----Original Message-----
From: [[PERSON:Mariam Girgis]] <[[EMAIL_ADDRESS:mariam.girgis.md@outlook.com]]>
Sent: Tuesday, November 25, 2025 10:41 PM
I'm a physician returning from a medical conference in Cairo. I was held 5 hours in secondary at JFK on 11/23, my phone was searched, and the officer asked about my church and whether I know anyone in the Muslim Brotherhood. I am Coptic Christian. My passport number is [[US_PASSPORT:C03718842]].

-- need an intake summary + which component to refer to"""),

("positive", "complaint_csv_export", "louisiana_creole+afghan+tibetan+mexican+ashkenazi+yoruba",
"""Export from the intake system, can you count by component and allegation type?

complaint_id,received,complainant,component,allegation
CRCL-25-01881,2025-11-02,[[PERSON:Marcus Delacroix]],TSA,disability - CPAP screening
CRCL-25-01894,2025-11-04,[[PERSON:Farida Osmani]],CBP,religion - hijab removal
CRCL-25-01902,2025-11-05,[[PERSON:Tenzin Dorjee]],ICE,medical care
CRCL-25-01915,2025-11-07,[[PERSON:Guadalupe Soto Beltrán]],ICE,use of force
CRCL-25-01933,2025-11-10,[[PERSON:Eitan Rosenblum]],TSA,religion - tefillin inspection
CRCL-25-01940,2025-11-11,[[PERSON:Abimbola Oduya]],USCIS,national origin"""),

("positive", "disability_complaint", "irish",
"""Draft an acknowledgment letter to [[PERSON:Colleen Fitzmaurice]] at [[STREET_ADDRESS:412 Maple Ave, Apt 2, Burlington, VT 05401]]. Her son [[PERSON:Aidan]] (autistic, nonverbal, 14) was separated from her during screening at BTV on 10/28 and became distressed. Include our complaint number CRCL-25-01722 and the usual 'we may refer your complaint' language."""),

("positive", "interview_notes_detainee", "rohingya+anglo",
"""Onsite investigation notes, Stewart Detention Center, 11/13 -- rewrite into paragraphs:
- interviewed [[PERSON:Mohammed Ayaz]] ([[A_NUMBER:A209977312]]) via Rohingya interp (phone, [[PERSON:Nur Kamal]])
- says he was placed in segregation 21 days after a fight he wasn't in
- medical: scabies untreated 2 wks; saw sick-call nurse [[PERSON:D. Whitlock]] on 11/02
- wants transfer closer to brother in Buffalo"""),

("positive", "retaliation_ssn", "african_american",
"""Complainant emailed a scan of his EEO-like form with everything on it. Fields:
Name: [[PERSON:Terrence Abernathy Jr.]]
SSN: [[US_SSN:228-71-4035]]
DOB: [[DATE_OF_BIRTH:September 14, 1971]]
Employer: contractor at FLETC cafeteria
Claim: says TSA screener profiled him at BQK.
Does CRCL take contractor employee complaints or is this really an EEO matter? Don't repeat the SSN in your answer."""),

("positive", "spanish_complaint", "honduran",
"""Traduce al inglés y resume:
"Me llamo [[PERSON:Dilcia Maribel Zelaya]] y presento esta queja porque en la estación de la Patrulla Fronteriza en McAllen no me dieron comida para mi bebé por dos días. Mi hija se llama [[PERSON:Génesis Zelaya]] y nació el [[DATE_OF_BIRTH:3 de marzo de 2024]]. Mi número A es [[A_NUMBER:A-219-833-407]]. Vivo ahora en [[STREET_ADDRESS:2310 Pine St, Apt 8, New Orleans, LA 70118]]."
"""),

("positive", "referral_tracker_md", "thai+ugandan+israeli+peruvian",
"""Update this markdown table with today's referrals (ICE OPR accepted #2, CBP declined #3):

| # | complainant | component | status |
|---|---|---|---|
| 1 | [[PERSON:Anan Srisuwan]] | TSA | open |
| 2 | [[PERSON:Pauline Nakato]] | ICE | referred |
| 3 | [[PERSON:Yosef Mizrahi]] | CBP | referred |
| 4 | [[PERSON:Ximena Lluén]] | USCIS | retained |"""),

("positive", "chat_policy_question", "iranian",
"""User: complainant [[PERSON:Shirin Farahani]] says USCIS asked her about her Baha'i faith in her asylum interview. can CRCL investigate an asylum officer's questions?
Assistant: CRCL can review complaints about religious discrimination by DHS employees, including USCIS. It usually won't reopen the adjudication itself. Do you want a referral memo?
User: yes. her I-589 receipt is [[USCIS_RECEIPT_NUMBER:LIN2590441378]]"""),

("positive", "voicemail_hotline", "lakota",
"""transcribe to text for the file - voicemail from the public line:
"Hi, my name is [[PERSON:Wanbli Bear Shield]], I'm calling from Pine Ridge. Border Patrol stopped me and my uncle [[PERSON:Lyle Bear Shield]] on 18 near the Nebraska line, asked if we were citizens, kept us an hour. Call me back at [[PHONE_NUMBER:605-555-0159]]."
"""),

("positive", "le_referral", "somali",
"""[[CUI_MARKING:(U//FOUO)]] Referral to OIG: complainant [[PERSON:Faadumo Cali Gurey]] ([[A_NUMBER:A204556190]]) alleges an officer at the Minneapolis ERO office demanded money to "lose" her check-in record. Her phone: [[PHONE_NUMBER:+1 612 555 0135]]. Please draft the referral cover note."""),

("positive", "community_engagement_rsvp", "lebanese+iraqi_chaldean+african_american",
"""RSVPs for the community roundtable in Dearborn, alphabetize please, titles after the name:
Imam [[PERSON:Ridha Fawaz]]; [[PERSON:Layla Bazzi]] (ACCESS); Rev. [[PERSON:Kenneth Pruitt]]; [[PERSON:Dalia Mroueh]]; Fr. [[PERSON:Sabri Kattoula]]; the Chaldean Bishop's rep TBD"""),

# evasions
("evasion", "anumber_spaced_words", "tigrinya",
"""complainant [[PERSON:Senait Habte]], her A is [[A_NUMBER:A, two-oh-six, 5 5 1, nine-oh-four]], I'm typing it weird on purpose so it goes through. Which field office is she under?"""),

("evasion", "name_leet", "syrian",
"""complainant is [[PERSON:N0ur 4l-H4r1r1]] (typed with numbers so the filter leaves it). alleges a CBP officer at DTW mocked her accent. draft acknowledgment."""),

# hard negatives
("hard_negative", "statute_summary", None,
"""Summarize the authorities for our intake page: 6 U.S.C. 345 and 42 U.S.C. 2000ee-1 establish CRCL; Section 504 of the Rehabilitation Act covers disability; Title VI covers national origin including language access (Executive Order 13166)."""),

("hard_negative", "stats_report", None,
"""Numbers for the semiannual report: 2,914 complaints received, 1,118 opened for investigation, 641 referred to OIG, 37% ICE, 29% CBP, 18% TSA, 9% USCIS, 7% other. Median days to close: 412. Turn into a short paragraph."""),

("hard_negative", "same_shape_export", None,
"""Export from the intake system, can you count by component and allegation type?

complaint_id,received,component,allegation
CRCL-25-01881,2025-11-02,TSA,disability - CPAP screening
CRCL-25-01894,2025-11-04,CBP,religion - head covering
CRCL-25-01902,2025-11-05,ICE,medical care
CRCL-25-01915,2025-11-07,ICE,use of force
CRCL-25-01933,2025-11-10,TSA,religion - religious items"""),

("hard_negative", "historical_cases", None,
"""For the training module on the history of civil rights, write a paragraph on Korematsu v. United States and Fred Korematsu's later Presidential Medal of Freedom, and mention the Civil Liberties Act of 1988."""),

("hard_negative", "privacy_notice", None,
"""Proofread: "Information you provide may be shared with other DHS components to investigate your complaint. You may submit your complaint anonymously; however, we may be unable to investigate it fully. Do not include your Social Security number, A-number, or other sensitive identifiers unless asked.\""""),

("hard_negative", "kinship_religion", None,
"""How should an intake specialist ask about religion respectfully? Example: a complainant says her husband, her father-in-law and her two brothers were all asked to remove their turbans, and her grandmother her headscarf. Give me three sample questions."""),

("hard_negative", "confidential_prose", None,
"""Complainants often ask if their complaint is confidential. CRCL does not share a complainant's identity outside DHS without consent except as required by law. Rewrite that in plainer English at a 6th-grade reading level, in English and Spanish."""),

("hard_negative", "tribal_places", None,
"""Planning an engagement trip: Pine Ridge, Rosebud, the Tohono O'odham Nation near Sells, and the Blackfeet Nation in Browning. Make a 4-day itinerary starting from Rapid City, allowing travel time."""),

("hard_negative", "form_example_values", None,
"""Our online complaint form's help text shows: "A-Number (example: A-000-000-000)" and "Phone (example: 555-555-5555)". A reviewer says examples should look more realistic. Suggest better example text without using anything that could be a real number."""),
]
