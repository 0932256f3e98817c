"""Voice r05: FDNS site-visit reports and immigration-court preparation notes (OCR'd forms, Dari/Tigrinya/French)."""
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "fdns_site_visit", "indian+anglo",
"""FDNS ASVVP Site Visit — H-1B worksite verification (help me shorten findings section)
Petitioner: Saanvi Data Labs LLC, [[STREET_ADDRESS:2200 Commerce Pkwy, Suite 310, Edison, NJ 08837]]
Beneficiary: [[PERSON:Harshvardhan Kulkarni]], receipt [[USCIS_RECEIPT_NUMBER:EAC2490338821]]
Interviewed HR contact [[PERSON:Debra Ostrowski]] ([[PHONE_NUMBER:732-555-0115]]). Beneficiary works remotely from [[STREET_ADDRESS:71 Pinecrest Dr, Cary, NC 27513]], not the LCA worksite."""))

R.append((P, "fdns_marriage_fraud", "cameroonian+anglo",
"""SOF (statement of findings) draft — I-130/I-485 — need neutral language:
Petitioner [[PERSON:Brittany Lynn Causey]] (USC, DOB [[DATE_OF_BIRTH:02/09/1997]]) and beneficiary [[PERSON:Emmanuel Nkwenti Fon]] (A# [[A_NUMBER:A213906574]]) claim to reside at [[STREET_ADDRESS:3340 Lakeshore Blvd, Apt 118, Jacksonville, FL 32210]]. Neighbor Mrs. [[PERSON:Orr]] stated she has never seen Mr. [[PERSON:Fon]]."""))

R.append((P, "court_prep_notes_dari", "afghan",
"""Prep notes for master calendar hearing 12/09 (EOIR Annandale) — client [[PERSON:Mohammad Nasim Sharifi]], A# [[A_NUMBER:A-220-418-906]]
Dari declaration excerpt (translate please): «من [[PERSON:محمد نسیم شریفی]] هستم. در تاریخ [[DATE_OF_BIRTH:۱۳۶۹/۰۴/۱۲]] در هرات به دنیا آمدم. برادرم [[PERSON:عبدالولی]] توسط طالبان کشته شد.»"""))

R.append((P, "court_prep_tigrinya", "eritrean",
"""Asylum prep — client [[PERSON:Senait Tesfamariam Ghebremedhin]], DOB [[DATE_OF_BIRTH:1998-01-15]], A# [[A_NUMBER:A219 556 032]]
Tigrinya statement line to translate: "ኣነ [[PERSON:ሰናይት ተስፋማርያም]] እየ። ካብ ኣስመራ መጺአ።"
Witness: her cousin [[PERSON:Filmon Gebrezgi]], [[PHONE_NUMBER:(206) 555-0104]]."""))

R.append((P, "fdns_ocr_form", "nigerian",
"""OCR of the site visit worksheet (broken lines, please reconstruct):
NAME OF BENEFICIARY: [[PERSON:ADEWALE
OLUWASEUN BABATUNDE]]
DATE OF BIRTH: [[DATE_OF_BIRTH:17/05/19
86]]
ADDRESS: [[STREET_ADDRESS:48 Greenleaf St,
Malden, MA 02148]]
RELIGIOUS WORKER SITE: Redeemed Fellowship, Lynn"""))

R.append((P, "bond_hearing_packet", "honduran+anglo",
"""Bond hearing packet checklist — respondent [[PERSON:Kevin Josué Maradiaga]], A [[A_NUMBER:A214-377-905]]. Sponsor: [[PERSON:Nancy Whitcomb]], [[STREET_ADDRESS:602 Harlan St, Lakewood, CO 80214]], [[PHONE_NUMBER:720-555-0183]], SSN for the I-134 [[US_SSN:521-84-3390]]. Which docs are missing?"""))

R.append((P, "eoir_filing_email", "guinean",
"""Bonjour Maître,
Pour le dossier de [[PERSON:Aïssatou Diallo]] (A# [[A_NUMBER:A211 048 763]]), l'audience est reportée. Son nouveau numéro: [[PHONE_NUMBER:+224 622 55 50 14]]. Elle est née le [[DATE_OF_BIRTH:15 mars 1992]] à Conakry.
Pouvez-vous corriger mon français ?"""))

R.append((P, "fdns_les_sof", "mongolian",
"""[[CUI_MARKING:CUI//SP-IMMG//SP-LEI]]
Statement of Findings — EB-5 regional center
Investor [[PERSON:Batbayar Ganbold]], receipt [[USCIS_RECEIPT_NUMBER:IOE0927746158]], funds traced to Khan Bank acct held by [[PERSON:Oyunchimeg Ganbold]].
[[CUI_MARKING:CUI//SP-IMMG//SP-LEI]]"""))

R.append((P, "court_calendar_csv", "cuban+nicaraguan+venezuelan",
"""Docket prep sheet (sort by time):
time,respondent,a_number,interpreter
08:30,[[PERSON:Yanelis Ortega Batista]],[[A_NUMBER:A201448917]],Spanish
09:00,[[PERSON:Byron José Lacayo]],[[A_NUMBER:A209337106]],Spanish
09:30,[[PERSON:Oriana Valentina Briceño]],[[A_NUMBER:A218004522]],none"""))

R.append((P, "site_visit_photo_log", "thai",
"""Photo log captions for the R-1 site visit (temple in Murfreesboro): 'IMG_0441 — Phra [[PERSON:Somchai Kittisak]] in dormitory'; 'IMG_0442 — lay volunteer [[PERSON:Malee Srisawat]] at kitchen'. Make captions consistent and drop 'Phra'?"""))

R.append((P, "fdns_sevis_school", "nepali",
"""Site visit to Pioneer Valley Language Institute: 14 F-1s listed, 6 present. Absent: [[PERSON:Sujan Thapa Magar]] (SEVIS [[SEVIS_ID:N0034478210]]), [[PERSON:Anjali Shrestha]] (SEVIS [[SEVIS_ID:N0034478355]]). DSO [[PERSON:Roger Pelletier]] could not produce attendance. Summarize."""))

R.append((P, "court_prep_phone_notes", "burmese",
"""phone notes w/ client (Burmese interp): [[PERSON:Saw Ler Moo]] — Karen; arrested 2019 in Hpa-An; wife [[PERSON:Naw Paw Wah]] still in Mae La camp; client's number [[PHONE_NUMBER:(616) 555-0176]]. hearing 1/14 Detroit. organize into a declaration outline."""))

R.append((P, "fdns_db_export", "none",
"""Our FDNS-DS report extract script died, here's the error — what's wrong?
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
  engine = create_engine("[[CONNECTION_STRING:postgresql://fdns_rpt:Kx7!vQ2pWm@fdnsds-rpt.uscis.local:5432/fdnsds]]")"""))

# evasions
R.append((E, "anum_newline_split", "ukrainian",
"""the A-number wrapped in the PDF: client [[PERSON:Taras Hnatyshyn]], A# [[A_NUMBER:A2204
47913]] — is that 9 digits?"""))
R.append((E, "name_letter_spaced", "anglo",
"""Respondent's name appears as "[[PERSON:D E V O N  A L L S O P P]]" in the NTA header and SSN [[US_SSN:2 4 6 - 5 8 - 1 1 9 3]] — fix the spacing."""))
R.append((E, "marking_markdown", "none",
"""Rendered from the wiki: [[CUI_MARKING:**CUI**//*SP-IMMG*]] — the bold messed up the table. Row 3: fraud indicator 'shared address' appears in 11 of 40 petitions."""))

R += [(H, "hn_case_law_bia", "none", """Summarize Matter of Acosta, Matter of A-B-, and Matter of M-E-V-G- on particular social group, with the circuit split if any."""),
(H, "hn_court_locations", "none", """EOIR courts in Virginia: Annandale, Sterling, and the Arlington court that closed. Which ones handle detained dockets?"""),
(H, "hn_judge_schedule_generic", "none", """Master calendar hearings start at 8:30 and individual hearings at 1:00. Make a generic prep timeline, T-30, T-14, T-7, T-1 days."""),
(H, "hn_visa_bulletin", "none", """Visa Bulletin Dec 2025: EB-2 India final action date 01JAN13, EB-3 Philippines 01FEB23. Explain final action vs dates for filing."""),
(H, "hn_fdns_explainer", "none", """What is FDNS and how is an ASVVP site visit different from a targeted site visit? General public-facing answer."""),
(H, "hn_form_edition", "none", """Form I-589 edition 01/20/25 vs 05/31/22 — which is accepted? And the I-130 edition date 04/01/24?"""),
(H, "hn_statute_cites", "none", """INA 212(a)(6)(C)(i), 8 CFR 208.13(b)(1), 8 U.S.C. 1158 — put these in Bluebook form."""),
(H, "hn_place_person_names", "none", """Routes to court: Martin Luther King Jr. Ave, then the Frederick Douglass Memorial Bridge, past the Anacostia station. Which bus is fastest?"""),
(H, "hn_unclassified_only", "none", """UNCLASSIFIED
Training handout: how to prepare a client for a credible fear interview. 1. Explain the process. 2. Practice the chronology. 3. Bring documents.
UNCLASSIFIED"""),
(H, "hn_eb5_numbers", "none", """EB-5 TEA thresholds: 150% of national unemployment; investment $800,000 vs $1,050,000. Project #RC-2019-0433. Summarize the RIA 2022 changes."""),
(H, "hn_tigrinya_greeting", "none", """How do I say 'good morning, please sit down, the interpreter will help you' in Tigrinya and Dari? For the court waiting room sign."""),
(H, "hn_detention_center_names", "none", """Distances from Krome, Stewart, Otay Mesa and Port Isabel detention centers to the nearest immigration court."""),
(H, "hn_sample_declaration", "none", """Sample declaration template: 'I, [FULL NAME], born on [DATE OF BIRTH] in [CITY, COUNTRY], declare under penalty of perjury…' — improve the wording."""),
]
R.insert(13, (P, "fdns_cui_immg_senegal", "senegalese",
"""[[CUI_MARKING:CUI//SP-IMMG]]
FDNS Referral Summary — I-751 joint petition
Conditional resident [[PERSON:Mamadou Lamine Gueye]] and spouse [[PERSON:Khady Sarr]]; interview at the Newark FO found separate residences. Witness [[PERSON:Ousmane Faye]] confirmed.
[[CUI_MARKING:CUI//SP-IMMG]]
Draft the neutral referral paragraph."""))

RECORDS = R
