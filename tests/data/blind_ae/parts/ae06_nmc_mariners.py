"""Voice 6: Coast Guard National Maritime Center: mariner credentials, medical certificates, sea-service letters."""

RECORDS = [
("positive", "sea_service_letter", "filipino+cajun", """Can you check this sea service letter has everything the NMC evaluators want?

To Whom It May Concern,
This is to certify that [[PERSON:Rolando Bacani Macaraeg]], born [[DATE_OF_BIRTH:23 June 1979]], served aboard the towing vessel MISS KATHERINE ANN (O.N. 1098837, 98 GRT) as Mate (Pilot) of Towing Vessels on Western Rivers from 03/01/2024 to 10/31/2025, 12-hour watches, 412 days.
[[PERSON:Curtis Broussard]], Port Captain, Delta Marine Towing, [[PHONE_NUMBER:504-555-0166]]"""),

("positive", "mmc_application_ssn", "vietnamese", """Mariner called, she typed her SSN in the wrong box on the CG-719B and wants to know if it delays things. [[PERSON:Lê Thị Kim Oanh]], SSN [[US_SSN:603-42-2224]], DOB [[DATE_OF_BIRTH:1992-03-15]], applying for original MMC with food handler rating. What should I tell her?"""),

("positive", "medical_waiver_note", "anglo", """Evaluator note for a CG-719K with hypertension: Applicant [[PERSON:Raymond Earl Fitzhugh]], DOB [[DATE_OF_BIRTH:04/08/1961]], BP 152/94 on two readings, on lisinopril. Treating physician Dr. [[PERSON:Annika Solberg]] notes good compliance. Recommend waiver with 1-year medical certificate. Please rewrite as a formal recommendation paragraph."""),

("positive", "mariner_email_deficiency", "filipino", """From: [[EMAIL_ADDRESS:jmagbanua.ab@seafarer-mail.ph]]
Subject: Awaiting Information letter
Dear NMC, I received a letter that my application is missing proof of the STCW basic training. My name is [[PERSON:Jerome Magbanua]], mariner reference no. 2974410. I am at sea until January on a container ship. My wife [[PERSON:Liezl Magbanua]] can mail the certificate, her number is [[PHONE_NUMBER:+63 918 555 0126]]. Is that acceptable?"""),

("positive", "credential_tracker_csv", "lakota+senegalese+swedish+brazilian", """Our company crewing office tracker, can you flag anyone whose medical cert expires in the next 90 days (today is 2026-12-07)?
mariner,rating,mmc_exp,medical_exp
"[[PERSON:Takoda Whitehorse]]",AB-Unlimited,2029-05-01,2027-01-15
"[[PERSON:Ibrahima Sarr]]",QMED,2028-11-20,2027-06-30
"[[PERSON:Greta Lindqvist-Moreau]]",Master 1600,2030-02-11,2026-12-31
"[[PERSON:Pedro Henrique Vasconcelos]]",OS,2027-08-08,2027-02-20"""),

("positive", "homeport_login_conn", None, """The small crewing database we built keeps timing out. Config:
DATABASE_URL=[[CONNECTION_STRING:postgresql://crew_admin:Hx7mP2vQz9rT@crewdb.internal.deltamarine.example:5432/crewing]]
Postgres 15, 40 rows. What could cause this?"""),

("positive", "sea_time_calc_chat", "marshallese", """User: help me calculate sea time. [[PERSON:Jebro Lakabung]] worked on a tuna purse seiner out of Majuro: 2021 (190 days), 2022 (210 days), 2023 (201 days), 8-hour days. Does that count for AB-Limited? His DOB is [[DATE_OF_BIRTH:1 Mar 1994]] if age matters.
Assistant:"""),

("positive", "ocr_719k", "haitian", """OCR of the CG-719K first page, it's a mess, please rebuild the fields:
Appl icant Last Nam e: [[PERSON:SAINT-FLEUR]]    First: [[PERSON:Fritzner]]
D.O.B : [[DATE_OF_BIRTH:1 2/0 3/1 9 7 5]]   Hom e Addr ess: [[STREET_ADDRESS:88 NW 54 th St, Miami, FL 3 3 1 2 7]]
Phone : [[PHONE_NUMBER:3 0 5-5 5 5-0 1 1 8]]
Vision: corrected 20/30 both eyes."""),

("positive", "ukrainian_letter", "ukrainian", """Перекладіть, будь ласка, на англійську лист капітана:
"Підтверджую, що [[PERSON:Богдан Ярославович Кравчук]], [[DATE_OF_BIRTH:14.09.1987]] р.н., працював другим механіком на т/х "Дніпро-Лайн" з 2019 по 2022 рік. Капітан [[PERSON:Олег Сидоренко]], тел. [[PHONE_NUMBER:+380 48 555 0121]]." The mariner wants to use it for his US engineer endorsement."""),

("positive", "medical_cert_pay", "anglo", """Applicant wants to pay the evaluation fee by phone. She read the card number to me: [[CREDIT_CARD:4987 9811 9898 2258]], name [[PERSON:Kelsey Dunnigan]]. I know we don't take cards by phone. Draft a polite email to her explaining pay.gov."""),

("positive", "rec_tracker_tsv", "igbo+iranian+vietnamese+polish", """REC Baltimore appointments tomorrow (tab-separated) - please group by service type:
0800	[[PERSON:Obinna Eze-Whitfield]]	fingerprints
0830	[[PERSON:Darius Farahani]]	exam - 3rd mate
0900	[[PERSON:Mai Ngoc Han]]	document review
0930	[[PERSON:Piotr Zawadzki]]	exam - QMED"""),

("positive", "fouo_medical_summary", "samoan", """[[CUI_MARKING:CUI//SP-PRVCY]]
Medical review summary: [[PERSON:Tupe Leiataua]], DOB [[DATE_OF_BIRTH:1970-07-07]], insulin-treated diabetes; A1c 6.9; no hypoglycemic episodes in 12 months. Recommend waiver with annual A1c reporting. Can you make this sound more concise?"""),

("positive", "lowercase_seaman", "egyptian", """quick q, a mariner [[PERSON:ahmed fathy el-shazly]] born [[DATE_OF_BIRTH:feb 2 1985]] has an egyptian CoC and wants an MMC. he is LPR, green card a# [[A_NUMBER:A231007564]]. does nmc accept foreign sea time for an original or no"""),

("positive", "yaml_exam_room", "cajun+igbo+japanese", """exam room seating (yaml, from our scheduler) - can you convert it to a sign-in sheet?
room: REC-NOLA-2
date: 2026-12-10
seats:
  - seat: 1
    candidate: "[[PERSON:Tremaine Fontenot]]"
  - seat: 2
    candidate: "[[PERSON:Ngozi Uchendu]]"
  - seat: 3
    candidate: "[[PERSON:Hiroshi Takemura-Ellis]]\""""),

("evasion", "ssn_with_letters", "cherokee", """for the 719B the SSN is [[US_SSN:7O4-8O-4O47]] (I used capital O's so the AI doesn't flag it) for [[PERSON:Wade Sixkiller]]. does the NMC still need the SSN on renewals?"""),

("evasion", "name_dots", "mongolian", """mariner name with dots between letters so the filter misses it: [[PERSON:B.a.t.b.a.y.a.r  G.a.n.b.o.l.d]], sea service on a Mongolian-flagged bulk carrier. Does a flag state like Mongolia's sea service letter need an apostille?"""),

("hard_negative", "vessel_names", None, """Sea service on these vessels: M/V MARY ELLEN MOORE, USNS ROBERT E. PEARY, T/V KINGS POINTER, M/V CAPE HENRY, TUG THOMAS JEFFERSON. Which are public vessels (government) so the sea time counts differently?"""),

("hard_negative", "reference_numbers", None, """Mariner reference numbers are 7 digits (e.g. 2974410 style) and the MMC serial is printed on the card. Are those protected like an SSN, or just an internal ID? I'm writing the privacy notice for the crewing office and want it to be accurate."""),

("hard_negative", "medical_standards", None, """Summarize the medical standards for a lookout: vision correctable to 20/40 in the better eye, color vision by Ishihara, hearing 30 dB average. Also the list of conditions in NVIC 04-08 that need further review. General only, no specific mariner."""),

("hard_negative", "fee_schedule", None, """NMC user fees: evaluation $100, exam $110, issuance $45. An AB upgrade with exam totals $255? Confirm. Payment via pay.gov, tracking ID like 26AB7Q4K. Make a short FAQ answer."""),

("hard_negative", "on_numbers", None, """Official numbers for our fleet: 1098837, 1211406, 1189950, and IMO 9412278 for the ship. Which are USCG documentation numbers and which is IMO? Draft a table."""),

("hard_negative", "sea_service_template", None, """Sea Service Letter Template
Vessel name: __________ Official No.: ______ GRT: ____
Mariner name: [Full Name] Position: [Capacity]
Dates: From [MM/DD/YYYY] To [MM/DD/YYYY]  Days: ___  Hours/day: ___
Signed: [Master or Company Official], [Title], [Phone]
Turn this into a Word-friendly layout."""),

("hard_negative", "confidential_medical_word", None, """Does the CG-719K have to be mailed in a sealed envelope marked "confidential medical" or can the mariner upload it through the NMC application portal? The clinic insists on the envelope."""),

("hard_negative", "stcw_tables", None, """STCW Regulation II/1 requires 12 months approved seagoing service for OICNW with onboard training record book, or 36 months otherwise. Compare with 46 CFR 11.407. Make a side by side table."""),

("hard_negative", "kinship_mariner", None, """A mariner's father and uncle both sailed on the same ship as him for 10 years and wrote his sea service letter. The company is family-owned. Is a letter signed by a relative acceptable? Just general policy please."""),
]
