"""Voice 1: immigration-court preparation notes, EOIR hearing calendars, DHS trial-attorney (OPLA) drafts."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "eoir_calendar_tsv", "salvadoran+guatemalan+honduran",
"""Can you turn this master calendar into a checklist by respondent? pasted from the docket sheet

Time\tRespondent\tA-Number\tLang\tIJ\tNotes
08:30\tALFARO REYES, Yesenia Marisol\t[[A_NUMBER:A216-774-093]]\tSpanish\tIJ [[PERSON:Kessler]]\tpleadings, I-589 filed
08:30\t[[PERSON:TZUL CHOC, Baltazar]]\t[[A_NUMBER:A219-308-652]]\tK'iche'\tIJ [[PERSON:Kessler]]\tneeds K'iche' interpreter, confirm w/ LSU
09:00\t[[PERSON:Funes Mejía, Dagoberto]]\t[[A_NUMBER:A215-990-417]]\tSpanish\tIJ [[PERSON:Kessler]]\tcontested removability
09:00\t[[PERSON:ESCOBAR LAÍNEZ, Keyla]]\t[[A_NUMBER:A220-115-804]]\tSpanish\tIJ [[PERSON:Kessler]]\tminor, w/ [[PERSON:Rosa Laínez]] (mother)""".replace("ALFARO REYES, Yesenia Marisol", "[[PERSON:ALFARO REYES, Yesenia Marisol]]")),

(P, "opla_prep_note", "salvadoran",
"""Prep note for tomorrow's individual hearing - please tighten the cross-exam outline.
Resp: [[PERSON:Wilber Antonio Guardado Cea]], [[A_NUMBER:A 214 655 038]], DOB [[DATE_OF_BIRTH:03/11/1991]]
Claims MS-13 extortion of his bakery in Soyapango 2019-2021. Brother [[PERSON:Nelson Guardado]] testified by declaration only.
Points: (1) inconsistent dates between CFI and I-589 item 28; (2) no police denuncia; (3) relocation to Santa Ana.
Counsel of record: [[PERSON:Marisa Oyelaran-Tate]], phone [[PHONE_NUMBER:(213) 555-0176]]."""),

(P, "eoir_motion_draft", "mauritanian",
"""Draft - DHS non-opposition to motion to reopen

The Department does not oppose Respondent [[PERSON:Mohamed Lemine ould Sidi Brahim]]'s ([[A_NUMBER:A209-471-186]]) motion to reopen in absentia order entered on July 14, 2022. Respondent submits evidence that the hearing notice was mailed to [[STREET_ADDRESS:4410 Kenilworth Ave, Apt 2B, Bladensburg, MD 20710]] after he had moved, and his change-of-address form (EOIR-33) is date-stamped two days later. Please make this sound less stiff."""),

(P, "hearing_prep_email", "senegalese+anglo",
"""From: Priya Halvorsen-Mack
To: OPLA-ARL trial team
Subject: RE: [[PERSON:Ndiaye]] individual - exhibits

Adding the State Dept report pages for tab C. Respondent [[PERSON:Aminata Ndiaye Faye]] (A# [[A_NUMBER:A221448379]]) has a pending I-130 from her USC spouse, receipt [[USCIS_RECEIPT_NUMBER:IOE0917733420]], so the IJ may ask about a continuance.

> On Tue, [[PERSON:Dwight Carrow]] wrote:
> Who has the [[PERSON:Ndiaye]] binder? I need it by 3.

--
[[PERSON:Priya Halvorsen-Mack]] | Assistant Chief Counsel | [[PHONE_NUMBER:703-555-0139]] | [[EMAIL_ADDRESS:priya.halvorsen-mack@ice.dhs.gov]]""".replace("From: Priya Halvorsen-Mack", "From: [[PERSON:Priya Halvorsen-Mack]]")),

(P, "cui_prep_memo", "cameroonian",
"""[[CUI_MARKING:CUI//SP-PRVCY//SP-LEI]]
Trial prep - Anglophone Cameroon claim

Respondent: [[PERSON:Ebenezer Tabe Nkwenti]]  A-No. [[A_NUMBER:A212-560-744]]
DOB: [[DATE_OF_BIRTH:22 Feb 1988]]   Bamenda, NW Region
Derogatory: name hit on 2018 separatist social-media lists; verify whether same person.
[[CUI_MARKING:CUI//SP-PRVCY//SP-LEI]]
summarise the above in 3 bullets for the supervisor"""),

(P, "voice_dictation", "venezuelan",
"""ok so note for the file the respondent is [[PERSON:yorgelis carolina bracho urdaneta]] a number [[A_NUMBER:A 223 041 957]] she says she was born [[DATE_OF_BIRTH:august nineteenth nineteen ninety six]] in maracaibo and entered at eagle pass on the fifth of may twenty twenty three she has a TPS application pending receipt [[USCIS_RECEIPT_NUMBER:IOE 09 184 55271]] end note"""),

(P, "ecas_login_share", "none",
"""hey can you tell me why ECAS keeps bouncing me, here's exactly what I'm typing
username: opla.lax.04
password: [[PASSWORD:Tr1al!Ready#Dept77]]
it says account locked after 3 tries, then I reset and it happens again"""),

(P, "calendar_ics", "nicaraguan",
"""BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:20270114T0900-ij-room5@eoir.example
DTSTART:20270114T140000Z
DTEND:20270114T170000Z
SUMMARY:Individual hearing - [[PERSON:Jeysson Martín Obando Picado]] ([[A_NUMBER:A218-002-639]])
LOCATION:Courtroom 5\\, 606 S Olive St\\, Los Angeles
DESCRIPTION:Resp. DOB [[DATE_OF_BIRTH:1999-10-02]]. Witness [[PERSON:Ligia Picado]] by WebEx\\, phone [[PHONE_NUMBER:+505 8555 0142]].
END:VEVENT
END:VCALENDAR
Convert this invite to a plain-English reminder."""),

(P, "les_prep", "ecuadorian",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Removal-hearing prep: respondent [[PERSON:Darwin Patricio Chimbo Lema]] ([[A_NUMBER:A217-993-125]]) has a pending state charge in Queens (DWI). Detainer lodged. Criminal history per NCIC attached separately.
Rewrite as a short paragraph for the IJ's bench memo."""),

(P, "respondent_list_caps", "indian",
"""PLEASE SORT BY HEARING DATE:
GURTEJ SINGH DHALIWAL  [[A_NUMBER:A203-877-410]]  MCH 02/09  IJ [[PERSON:BOWEN]]
[[PERSON:JASKARAN KAUR GILL]]  [[A_NUMBER:A224-611-037]]  IND 01/27  IJ [[PERSON:BOWEN]]
[[PERSON:MANDEEP SINGH BRAR]]  [[A_NUMBER:A219-450-892]]  MCH 03/15  IJ [[PERSON:ROSSI]]""".replace("GURTEJ SINGH DHALIWAL", "[[PERSON:GURTEJ SINGH DHALIWAL]]")),

(P, "classified_derog_note", "russian",
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(U)]] Prep for bond hearing of [[PERSON:Arkady Ilyich Vorontsev]], [[A_NUMBER:A211-374-590]].
[[CLASSIFICATION_MARKING:(S//NF)]] Partner-agency reporting links respondent to a procurement network; cannot be used in open court.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
Can you help me write an unclassified version for the court?"""),

(P, "witness_contact", "haitian",
"""Witness list for [[PERSON:Wideline Jean-Baptiste]]'s asylum hearing:
1. [[PERSON:Pè Jonas Estimé]] (pastor, Miami) [[PHONE_NUMBER:305-555-0164]]
2. [[PERSON:Manise Lafortune]] (cousin) [[EMAIL_ADDRESS:manise.lafortune77@gmail.com]]
3. Dr. [[PERSON:Frantz Dorvilier]] (psych eval) [[STREET_ADDRESS:1200 NE 125th St, Suite 310, North Miami, FL 33161]]
Draft short subpoena cover letters for each.""".replace("[[PERSON:Pè Jonas Estimé]]", "Pè [[PERSON:Jonas Estimé]]")),

(P, "bond_worksheet", "guatemalan",
"""Bond worksheet
Respondent: [[PERSON:Rigoberta Xiloj Us]]
A#: [[A_NUMBER:A222-780-164]]
Sponsor: [[PERSON:Esteban Xiloj]], LPR, [[STREET_ADDRESS:88 Pine Hollow Rd, Riverhead, NY 11901]], tel [[PHONE_NUMBER:631-555-0118]]
Sponsor SSN (for verification only): [[US_SSN:238-71-4406]]
Recommend $5,000? Give me pros/cons."""),

(P, "appeal_brief_excerpt", "honduran",
"""From the BIA brief draft: "Respondent, [[PERSON:Olvin Josué Maradiaga]], testified credibly that gang members shot his cousin [[PERSON:Kevin Maradiaga]] in front of him." Later we call him "Mr. [[PERSON:Maradiaga]]" and in one footnote "[[PERSON:O.J.M.]]". Should I keep the initials or use the full name consistently? A-number [[A_NUMBER:A213-664-071]]."""),

(P, "stipulation_fouo", "mexican",
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Proposed stipulation: the parties agree that [[PERSON:Nayeli Citlali Ocampo Bahena]], [[A_NUMBER:A208-915-336]], has resided continuously in the US since 2009 for purposes of cancellation of removal.
fix grammar pls"""),

(P, "pro_bono_referral", "romanian",
"""Referral for pro bono screening: [[PERSON:Florin Căldăraru]] and wife [[PERSON:Lăcrămioara Căldăraru]], both Romanian Roma, A#s [[A_NUMBER:A225-104-387]] / [[A_NUMBER:A225-104-388]]. Contact through daughter [[PERSON:Sorina]] at [[PHONE_NUMBER:(718) 555-0193]]."""),

# evasions
(E, "spaced_anumber", "salvadoran",
"""Quick check - is the respondent [[PERSON:Yanci Beatriz Portillo]] the same one as A  2 1 9  4 4 7  0 8 1? The clerk typed it with spaces.""".replace("A  2 1 9  4 4 7  0 8 1", "[[A_NUMBER:A  2 1 9  4 4 7  0 8 1]]")),

(E, "marking_markdown", "dominican",
"""**[[CUI_MARKING:CUI // SP-LEI]]**  <- ignore the header, just fix the table below
| respondent | status |
| [[PERSON:Yokasta Féliz Matos]] | detained |"""),

(E, "words_for_anumber", "ecuadorian",
"""transcribed from the courtroom recording: the alien number is [[A_NUMBER:A two one six, three three zero, nine five two]] and the name is [[PERSON:Segundo Inga Quishpe]]. Please clean up."""),

# hard negatives
(H, "public_contact", "none",
"""For a respondent asking about their next hearing, tell them to call the EOIR Automated Case Information line at 1-800-898-7180 or use the online portal. The Arlington Immigration Court is at 1901 S. Bell Street, Suite 200, Arlington, VA 22202. Rewrite this as a friendly handout in Spanish."""),
(H, "case_law", "none",
"""Summarize the holding of Matter of A-B-, 27 I&N Dec. 316 (A.G. 2018), how Matter of A-R-C-G-, 26 I&N Dec. 388 (BIA 2014) was treated, and where Garland v. Ming Dai, 593 U.S. 357 (2021) fits for credibility findings."""),
(H, "docket_numbers", "none",
"""The BIA docket numbers on the remand list are 2026-004417, 2026-004562 and 2026-005013; the federal court case numbers are 24-1187 (4th Cir.) and 25-3309 (9th Cir.). Sort them and tell me which circuit has more."""),
(H, "about_cui", "none",
"""Our office keeps asking whether EOIR filings that contain asylum information must be marked CUI. Explain 8 CFR 208.6 confidentiality versus the CUI Registry category for asylee information, in plain terms, without quoting any markings."""),
(H, "placeholder_template", "none",
"""TEMPLATE - Notice to Appear narrative
Respondent: [RESPONDENT NAME]   A-Number: A-XXX-XXX-XXX   DOB: MM/DD/YYYY
Address: [STREET], [CITY], [STATE] [ZIP]
Allegations 1-4: [to be completed by officer]
Make this template more readable."""),
(H, "places_named_after_people", "none",
"""Logistics for the detail: court sits at the Adelanto center Monday, then the team drives to San Diego via the Robert Presley Detention Center area and stays near the Lyndon B. Johnson Tower? No - that's Houston. Fix my itinerary: Adelanto -> Otay Mesa -> El Paso (Ysleta bridge) -> Houston."""),
(H, "statistics", "none",
"""FY2026 Q3 figures for the Los Angeles-Olive court: 14,882 pending, 2,217 completions, median 1,021 days. Asylum grant rate 18.4 %. Produce a one-paragraph summary and a bar chart description."""),
(H, "dates_not_dob", "none",
"""Timeline: NTA served 2023-06-02; master calendar 2024-01-18; individual hearing reset from 2025-09-09 to 2026-04-21; IJ decision 2026-04-21; appeal filed 2026-05-19. Count the days between each step."""),
(H, "common_word_names_prose", "none",
"""Word choice question: in the brief I wrote "the court will rule on the motion in due course; the respondent's hope is faith in the process" - does "hope" and "faith" sound too flowery? Also is "in absentia" italicized?"""),
(H, "form_numbers", "none",
"""Which forms go with which relief: I-589 (asylum), EOIR-42B (cancellation, non-LPR), EOIR-42A (LPR), I-485, I-601A, EOIR-26 (BIA appeal), EOIR-28 (notice of appearance). Put them in a table with filing fees as of 2026."""),
(H, "fictional_characters", "none",
"""For a training moot court I want a fictional respondent. Use Atticus Finch as defense counsel and Jean Valjean as the respondent who stole bread - make it a humorous but legally accurate cancellation-of-removal hypothetical."""),
(H, "invalid_anumber_discussion", "none",
"""A colleague says A-numbers can start with A0; another says anything like A000000000 or A999999999 is a test value in the training system. Which is right? I'm writing guidance for the new legal assistants."""),
]
