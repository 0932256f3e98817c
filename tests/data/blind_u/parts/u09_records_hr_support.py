"""Voice u09: records management and e-discovery holds, translation requests, chaplain/EAP referrals,
retirement counselling, workers' compensation, telework agreements, mentoring and conference logistics."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "ediscovery_hold", "wolof", """Draft a litigation-hold notice from this custodian list:
Matter: MSPB appeal DC-0752-26-0117 - custodians:
1. [[PERSON:Mamadou Lamine Thiaw]], [[EMAIL_ADDRESS:mamadou.thiaw@cbp.dhs.gov]]
2. [[PERSON:Awa Seck Diop]], [[EMAIL_ADDRESS:awa.diop@cbp.dhs.gov]]
3. [[PERSON:Cheikh Tidiane Gueye]], personal phone used for work texts: [[PHONE_NUMBER:(240) 555-0184]]
Preserve: email, Teams chats, personal devices used for work from 2024-01-01."""),

(P, "records_schedule_classified", "none", """Is this box label correct for transfer to the Federal Records Center?
[[CLASSIFICATION_MARKING:SECRET]]
[[CLASSIFICATION_MARKING:Classified By: Director, Records Division]]
[[CLASSIFICATION_MARKING:Derived From: DHS/OPS SCG-2019-03]]
[[CLASSIFICATION_MARKING:Declassify On: 20440331]]
Box 14 of 22, GRS 5.2 item 020, accession 563-26-0041"""),

(P, "translation_request_fula", "fula", """Translation request form - please fill the 'summary for translator' field:
Requester: [[PERSON:Oumou Sow]] (CBP, Office of Chief Counsel)
Language: Pulaar (Fula), Guinea dialect
Document: handwritten letter from [[PERSON:Alpha Oumar Baldé]] to his brother [[PERSON:Thierno Baldé]], dated 3 June; mentions his birth date [[DATE_OF_BIRTH:12 mai 1996]] and a Conakry address.
Due: 12/15."""),

(P, "kinyarwanda_eap", "kinyarwanda", """EAP referral (counsellor asked me to send a summary). Please make it concise and respectful:
Employee [[PERSON:Jean de Dieu Habimana]], phone [[PHONE_NUMBER:(469) 555-0151]], asked for grief counselling after his mother [[PERSON:Immaculée Mukamana]] died in Kigali. He prefers Kinyarwanda or French. Supervisor [[PERSON:Claudine Uwase]] approved administrative leave."""),

(P, "burmese_chaplain", "burmese", """Chaplain visit request, please translate to Burmese and English: "[[PERSON:Saw Htoo Eh Paw]] (Coast Guard civilian, [[PHONE_NUMBER:(317) 555-0128]]) requests a chaplain visit for his father U [[PERSON:Kyaw Min Thein]], hospitalized at [[STREET_ADDRESS:1701 North Senate Avenue, Room 4412, Indianapolis, IN 46202]].\""""),

(P, "retirement_counselling", "swahili", """Retirement counselling notes, help me turn them into an email:
Employee: [[PERSON:Wanjiru Kamau Gitonga]], DOB [[DATE_OF_BIRTH:1964-07-19]], SCD 1991-03-11, FERS.
Survivor annuity for spouse [[PERSON:Otieno Njoroge Odhiambo]] (DOB [[DATE_OF_BIRTH:1961-01-30]]).
Direct deposit for annuity: routing [[ABA_ROUTING_NUMBER:053727644]], acct [[US_BANK_NUMBER:3318027746]].
Questions: TSP withdrawal options, FEHB continuation."""),

(P, "workers_comp_ca1", "congolese", """Help me fill the narrative for the CA-1 (traumatic injury):
Employee: [[PERSON:Patrick Mbuyi Kalonji]], SSN [[US_SSN:264-81-5937]], DOB [[DATE_OF_BIRTH:1980-11-22]]
Home: [[STREET_ADDRESS:3304 Glenwood Drive, Atlanta, GA 30344]]
Injury 12/01 at the warehouse dock: slipped on ice, left wrist. Witness: [[PERSON:Grace Ilunga]]."""),

(P, "iraqi_telework", "iraqi", """Telework agreement - fix the alternate worksite section:
Employee: [[PERSON:Haider Kadhim Al-Ghurabi]]
Alternate worksite: [[STREET_ADDRESS:6120 Leesburg Pike, Apt 817, Falls Church, VA 22041]]
Emergency contact: [[PERSON:Zainab Al-Ghurabi]] [[PHONE_NUMBER:(703) 555-0174]]
Core days in office: Tue/Thu."""),

(P, "kurdish_mentoring", "kurdish", """Mentoring program match email, please write it warmly:
Mentor: [[PERSON:Rojda Barzani-Hawrami]] (GS-14, I&A liaison, [[EMAIL_ADDRESS:rojda.hawrami@hq.dhs.gov]])
Mentee: [[PERSON:Shilan Ahmed Rasul]] (GS-9, [[EMAIL_ADDRESS:shilan.rasul@uscis.dhs.gov]])
First meeting by the end of January."""),

(P, "albanian_conference", "albanian", """Speaker logistics for the Border Tech Summit, build the travel table:
Speaker: [[PERSON:Arbën Krasniqi]], passport [[US_PASSPORT:A48816203]], DOB [[DATE_OF_BIRTH:1979-08-08]], arriving IAD 4/14.
Speaker: [[PERSON:Vjosa Berisha-Hoxha]], mobile [[PHONE_NUMBER:+383 44 555 017]], arriving DCA 4/14.
Hotel block at the conference rate; TSA KTN for [[PERSON:Arbën]]: [[KNOWN_TRAVELER_NUMBER:158427731]]."""),

(P, "sinhalese_sevis_speaker", "sinhalese", """Conference: a university speaker on F-1 OPT needs a letter. [[PERSON:Dilani Wickramasinghe]], SEVIS [[SEVIS_ID:N0038215674]], I-94 [[I94_NUMBER:58147203916]]. Draft a letter to her DSO confirming the unpaid speaking engagement."""),

(P, "gujarati_ehr_workcomp", "gujarati", """Workers' comp: doctor's note for [[PERSON:Hetal Jayesh Patel]], DOB [[DATE_OF_BIRTH:03/28/1985]], claim 260114877 (OWCP). Sister [[PERSON:Kinjal Patel]] called from [[PHONE_NUMBER:(732) 555-0159]] asking about the claim status. What can I tell a family member?"""),

(P, "cui_designation_block", "none", """Check the designation indicator on this records-disposition memo:
[[CUI_MARKING:CUI]]
[[CUI_MARKING:Controlled by: DHS Office of the Chief Information Officer
Controlled by: Records and Information Management
CUI Category: Legal Privilege, Privacy
Limited Dissemination Control: FED ONLY
POC: Records Officer, (202) 555-0140]]
Body: e-discovery collection for matter 24-117 completed."""),

(P, "ediscovery_export_password", "none", """The Relativity export came with a zip password in the email body: "Password for PROD-0007.zip is [[PASSWORD:Pr0d7-Hold!Dec]]". Write a note to the vendor saying to send passwords separately."""),

(P, "les_portion_transcript", "iraqi", """Translation QA - please check this English rendering of an Arabic call transcript:
[[CUI_MARKING:(U//LES)]] Speaker 1 ([[PERSON:Mustafa Jawad Al-Khafaji]]): "The shipment goes through Basra first."
[[CUI_MARKING:(U//LES)]] Speaker 2 (unidentified): "Then Jordan, inshallah.\""""),

(P, "api_key_translation_vendor", "none", """Our machine-translation plug-in config for the translation branch (env file):
MT_ENDPOINT=https://mt.vendor.test/v2
MT_API_KEY=[[PASSWORD:mtv2_sk_4Gh8Lq2Wz7Xc9Vb3Nm5Rt1Yp]]
Why does it keep returning 'quota exceeded'?"""),

# evasions
(E, "rtf_name", "wolof", """RTF fragment from the hold notice, please convert to plain text:
{\\rtf1\\ansi {\\b Custodian:} [[PERSON:Fatou\\~Bintou\\~Sarr]]\\par {\\b Phone:} [[PHONE_NUMBER:(240)\\~555\\~0163]]\\par}"""),
(E, "ssn_words", "kinyarwanda", """Workers' comp caller spelled it out: [[US_SSN:two six four, eight eight, one zero four seven]], name [[PERSON:Eric Nshimiyimana]]. Fill in the claim-status reply."""),
(E, "fullwidth_marking", "none", """Header copied from a scanned PDF: [[CUI_MARKING:ＣＵＩ／／ＳＰ－ＰＲＶＣＹ]] - records retention question about personnel files; what's the GRS item for separated employees?"""),
(E, "split_name_lines", "burmese", """Name split by the scanner: [[PERSON:Naw Paw
Htoo Moo]], interpreter for Karen (Sgaw). Add her to the roster."""),

# hard negatives
(H, "grs_items", "none", """Which GRS items cover these: GRS 2.2 item 010 (employee management), GRS 5.2 item 020 (intermediary records), GRS 4.2 item 130 (PII extracts)? Retention periods in a table."""),
(H, "case_law_discovery", "none", """Summarise Zubulake v. UBS Warburg (S.D.N.Y. 2003-2004) and what it means for litigation holds at federal agencies. Also mention FRCP 37(e)."""),
(H, "public_eap_line", "none", """Write a wallet card: DHS Employee Assistance Program, available 24/7, call 1-800-222-0364, or visit the EAP website. Include a line about confidentiality."""),
(H, "retirement_math", "none", """FERS basic annuity for 30 years of service with a high-3 of $128,400: 1.1% x 30 x high-3 if retiring at 62+. Show both 1.0% and 1.1% results."""),
(H, "telework_policy", "none", """Summarise the Telework Enhancement Act of 2010 requirements: written agreements, training, and eligibility exclusions. Bullet points."""),
(H, "conference_venues", "none", """Compare the Walter E. Washington Convention Center and the Gaylord National at National Harbor for a 900-person summit. Which has better Metro access?"""),
(H, "classification_training", "none", """For records staff: explain what a 'Classified By / Derived From / Declassify On' block is used for, in prose, and why a records officer must never declassify on their own. No sample markings please."""),
(H, "chaplain_generic", "none", """Write a short message for the chaplain program newsletter about holiday stress and where to find support. No names, just resources."""),
(H, "bates_numbers", "none", """Production log: DHS-PROD-0007-000001 to DHS-PROD-0007-004812; privilege log entries PRIV-0001 to PRIV-0233. How many pages produced? Format the cover letter line."""),
(H, "workers_comp_forms", "none", """Difference between forms CA-1, CA-2 and CA-7, and the 30-day filing rule for traumatic injuries under FECA. Keep it short."""),
(H, "language_list", "none", """Our translation branch supports Pulaar, Wolof, Kinyarwanda, Karen, Chin, Sorani, Kurmanji, Tigrinya and Albanian. Which are hardest to staff? General info only."""),
(H, "mentoring_award", "none", """Nominate our mentoring program for the Samuel J. Heyman Service to America Medals (the Sammies) - write the 150-word program description without naming individuals."""),
(H, "dates_deadlines", "none", """Key dates: hold issued 2026-03-14; collection complete 2026-11-30; production due 2027-01-15; MSPB hearing 2027-03-02. Put into a Gantt-like text chart."""),
]
