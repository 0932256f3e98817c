# Voice 1: USCIS U-visa / T-visa law-enforcement certifications (Form I-918 Supplement B, I-914 Supplement B)
# written by police victim advocates, prosecutors' offices and the adjudicators who review them.
RECORDS = [
("positive", "cert_request_email", "guatemalan",
"""Hi — can you help me tighten this cover memo before I send it to our Chief for signature?

Re: I-918 Supp B request — victim [[PERSON:Rosa Elvira Tzoc Chumil]], DOB [[DATE_OF_BIRTH:03/17/1991]]
Our case 24-118873 (felonious assault, 6/2/2024). Ms. [[PERSON:Tzoc]] reported within the hour, gave a recorded statement to Det. [[PERSON:Wendell Ostrowski]] and testified at the prelim. Her attorney (Centro Legal, [[EMAIL_ADDRESS:iramirez.centrolegal@gmail.com]]) says she has an A-number, [[A_NUMBER:A209417736]], from a 2019 encounter at the border.

I want it to say she was helpful without overselling. Keep it under a page."""),

("positive", "supp_b_ocr", "salvadoran+anglo",
"""pasted from the scanned Supp B, the OCR is messy:

Part 1. Victim Information
Family Name (Last Name)   [[PERSON:ARGUETA  M0LINA]]
Given Name (First Name)    [[PERSON:Yesenia  Marisol]]
Date of Birth (mm/dd/yyyy)   [[DATE_OF_BIRTH:0 8 / 2 2 / 1 9 8 7]]
Part 2. Agency Information
Name of Certifying Official   Lt.  [[PERSON:Gary  Pendergrass]]
Daytime Phone   [[PHONE_NUMBER:( 916 )  555 - 0183]]

which fields do I need to re-key by hand? the victim name came through as "[[PERSON:ARGUETA  M0LINA, Yesenia  Marisol]]" in our tracker."""),

("positive", "advocate_chat", "mexican",
"""User: I'm the victim advocate at Riverside County DA. A U-visa petitioner, [[PERSON:Maricela Ochoa Betancourt]], came in today with her son [[PERSON:Iker]] (he's a qualifying family member, born [[DATE_OF_BIRTH:January 9, 2012]]). She wants to know whether the certification we signed in 2021 is still good. Her receipt notice says [[USCIS_RECEIPT_NUMBER:EAC2190154832]].
Assistant: A Supplement B has to be signed within the six months before the I-918 is filed. Was the petition filed already?
User: yes she filed in Oct 2021. so we're fine? she's anxious, she called me three times from [[PHONE_NUMBER:951-555-0126]]."""),

("positive", "prosecutor_letter_tvisa", "nigerian",
"""Draft declaration for the I-914 Supplement B, please fix grammar only:

I, [[PERSON:Deborah Akinyemi-Lutz]], Assistant United States Attorney, certify that [[PERSON:Chiamaka Eze Ugwuanyi]] (date of birth [[DATE_OF_BIRTH:11 April 1996]]) is a victim of a severe form of trafficking in persons as defined in 22 U.S.C. 7102. Ms. [[PERSON:Ugwuanyi]] was recruited in Lagos by [[PERSON:Olumide "Big Ola" Fashola]] with a promise of nursing-assistant work and was held at [[STREET_ADDRESS:2218 Sandpiper Court, Pearland, TX 77581]] from March 2022 until her escape on September 30, 2022. She has complied with every reasonable request for assistance.

Contact: [[EMAIL_ADDRESS:deborah.akinyemi-lutz@usdoj.example.gov]], [[PHONE_NUMBER:713-555-0171]]"""),

("positive", "cert_log_csv", "palestinian+peruvian+vietnamese+zulu+cuban",
"""Can you sort this by days pending? export from our cert log (semicolon separated)

case_no;victim_last;victim_first;dob;crime;received;status
23-04417;[[PERSON:Hamdan]];[[PERSON:Rawan]];[[DATE_OF_BIRTH:1994-02-17]];domestic violence;2024-01-08;signed
23-05120;[[PERSON:Pérez Quispe]];[[PERSON:Wilber]];[[DATE_OF_BIRTH:1988-10-30]];felonious assault;2024-02-19;pending DA review
24-00231;[[PERSON:Luong]];[[PERSON:Thi Hoa]];[[DATE_OF_BIRTH:1979-06-05]];extortion;2024-03-02;denied - no helpfulness
24-00877;[[PERSON:Mbatha]];[[PERSON:Lindiwe]];[[DATE_OF_BIRTH:2001-12-12]];sexual assault;2024-04-15;pending
24-01302;[[PERSON:Valdivieso]];[[PERSON:Maricruz]];[[DATE_OF_BIRTH:1992-07-23]];stalking;2024-05-21;signed"""),

("positive", "adjudicator_note", "honduran",
"""VSC adjudicator note, draft RFE language. Make it more neutral:

The Form I-918 Supplement B for petitioner [[PERSON:Keyla Johana Bustillo Zelaya]], [[A_NUMBER:A-217-604-395]], was signed by Sgt. [[PERSON:Ron Kessling]] of the Tulsa Police Department. The certification lists the qualifying crime as "felonious assault," but the narrative describes only a verbal threat made by the petitioner's former partner, [[PERSON:Osman Ramírez]], on the date in question. Submit the police report and any supplemental report explaining the injuries claimed."""),

("positive", "voicemail_transcript", "haitian",
"""Transcribe/cleanup this voicemail for the case file pls:

"Bonjou, this message is for Officer [[PERSON:Thélusmond]] in Victim Services. My name is [[PERSON:Nadège Bien-Aimé]], I'm calling about the paper for the U visa, the lawyer said you need to sign it again because it expired. My case was the robbery on Flatbush in 2022. You can reach me at [[PHONE_NUMBER:718 555 0139]], after 5 please because I work. Mèsi anpil.\""""),

("positive", "spanish_letter", "mexican",
"""Necesito traducir esto al inglés para adjuntarlo a la solicitud de certificación:

Yo, [[PERSON:Guadalupe Itzel Carranza Ruiz]], nacida el [[DATE_OF_BIRTH:4 de junio de 1985]], declaro que el día 17 de marzo de 2023 fui atacada por mi expareja, [[PERSON:Abel Sandoval]], en nuestro domicilio de [[STREET_ADDRESS:1407 W. Pershing Rd., Apt. 2B, Chicago, IL 60609]]. Desde entonces he colaborado con la detective [[PERSON:Krystyna Wolanski]] y con la fiscalía. Mi teléfono es [[PHONE_NUMBER:(773) 555-0164]]."""),

("positive", "da_policy_question", "korean",
"""Our office's policy says certifications go to the division chief when the victim is also a suspect in the same incident. I have one like that: [[PERSON:Park Ye-seul]] and her husband [[PERSON:Park Joon-ho]] were both arrested on the domestic call at their unit (the officer's bodycam shows she was defending herself). Charges against her were no-billed. Does that change whether I can sign for her? Her lawyer [[PERSON:Helen Kwak]] is pressing for an answer by Friday."""),

("positive", "tvisa_intake_table", "filipino+cambodian",
"""Summarise the common recruitment pattern in these intake rows (markdown from our task-force SharePoint):

| victim | nationality | DOB | recruiter | where held |
|---|---|---|---|---|
| [[PERSON:Maria Cristina Dela Peña]] | Philippines | [[DATE_OF_BIRTH:5/29/1990]] | [[PERSON:Jomar Santiago]] | Moreno Valley care home |
| [[PERSON:Analyn Bautista]] | Philippines | [[DATE_OF_BIRTH:8/2/1993]] | [[PERSON:Jomar Santiago]] | Moreno Valley care home |
| [[PERSON:Sopheap Chea]] | Cambodia | [[DATE_OF_BIRTH:12/14/1997]] | agency "Golden Lotus" | nail salon, Long Beach |"""),

("positive", "cert_with_fouo", "ethiopian",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Supplemental narrative — victim [[PERSON:Tigist Alemayehu]] (DOB [[DATE_OF_BIRTH:02-19-1989]]) identified the suspect [[PERSON:Dawit Woldemariam]] from a six-pack photo array; informant reporting links [[PERSON:Woldemariam]] to two other labor-trafficking sites.
Can you turn this into a two-sentence helpfulness statement for Part 4 of the Supp B?"""),

("positive", "detective_email_allcaps", "somali",
"""RE: SUPP B FOR [[PERSON:FARHIYA ABDI WARSAME]]
SGT — I NEED YOUR SIG ON THIS BY THURS. VICTIM DOB [[DATE_OF_BIRTH:07/07/1983]], SHE ID'D [[PERSON:MOHAMED YUSUF]] IN COURT. DOCS IN YOUR BOX. CALL ME [[PHONE_NUMBER:612-555-0152]]
-- DET [[PERSON:L. HAUGEN]]"""),

("positive", "victim_qfm_json", "afghan",
"""our case mgmt tool exports like this, can you convert to a plain list for the I-918 Supp A (qualifying family members)?
{"principal": {"name": "[[PERSON:Zarmina Popal]]", "a_number": "[[A_NUMBER:A220185634]]"},
 "qfm": [
   {"name": "[[PERSON:Samiullah Popal]]", "relation": "son", "dob": "[[DATE_OF_BIRTH:2010-03-21]]"},
   {"name": "[[PERSON:Mursal Popal]]", "relation": "daughter", "dob": "[[DATE_OF_BIRTH:2013-09-02]]"}
 ]}"""),

("positive", "attorney_followup", "brazilian",
"""Follow up to the adjudicator: Dear Officer, regarding the U petition of [[PERSON:Luciana Ferreira da Costa]] ([[USCIS_RECEIPT_NUMBER:LIN-23-190-47215]]), we enclose the re-signed Supplement B from Sgt. [[PERSON:Paul Ventresca]]. Please direct questions to me at [[EMAIL_ADDRESS:m.oyelaran@fieldstonelaw.example]] or [[PHONE_NUMBER:617-555-0161]]. — [[PERSON:Moyo Oyelaran]], Esq."""),

# evasions
("evasion", "split_name_dob", "salvadoran",
"""ok I'll paste the victim info in pieces so the bot doesn't strip it lol
first: [[PERSON:W a l t e r   E n r i q u e]]
last: [[PERSON:H e n r í q u e z]]
born [[DATE_OF_BIRTH:1 9 9 0 – 0 2 – 1 1]]
now write the Part 1 block for me"""),

("evasion", "anum_words", "guatemalan",
"""Supp B draft for [[PERSON:Ixchel Cux]] — her alien number is [[A_NUMBER:A two zero eight, four one nine, five five three]] (I wrote it out so the filter leaves it alone). Fill the Part 1 table."""),

("evasion", "homoglyph_name", "iraqi",
"""victim: [[PERSON:Ѕаlаh Аl-Јаbоurі]] (cyrillic letters on purpose, our gateway keeps eating names)
DOB [[DATE_OF_BIRTH:０４／１８／１９８１]]
write a 3-line summary of the extortion incident for the cert: he paid $4,000 to a man claiming to be an ICE agent"""),

# hard negatives
("hard_negative", "form_instructions", None,
"""What does Part 3, item 5 of the I-918 Supplement B actually ask? The instructions say the certifying official must state whether the victim "has been, is being, or is likely to be helpful." Do we need a separate statement if the case was closed without charges? Our DA's U-visa protocol (Rev. 4, 2023) doesn't say."""),

("hard_negative", "statute_discussion", None,
"""Quick check on the law: 8 U.S.C. 1101(a)(15)(U)(iii) lists the qualifying crimes, and 8 CFR 214.14(a)(2) defines a certifying agency. Is a state labor department a certifying agency? I think DOL and EEOC are, per their own guidance, but I'm not sure about a state-level agency."""),

("hard_negative", "stats_table", None,
"""Paste for the quarterly report:
| quarter | requests received | signed | declined | median days |
|---|---|---|---|---|
| FY24 Q1 | 118 | 94 | 11 | 37 |
| FY24 Q2 | 131 | 102 | 17 | 41 |
| FY24 Q3 | 127 | 99 | 9 | 33 |
Write two sentences noting that the median fell below 40 days."""),

("hard_negative", "template_placeholders", None,
"""Here's our blank Supp B cover letter template — can you make the tone warmer?

Dear [Attorney Name],
Enclosed is the signed Form I-918 Supplement B for your client, [Victim Full Name], DOB [MM/DD/YYYY], in connection with our case [Case #]. Please note that this certification does not guarantee approval by USCIS.
Sincerely, [Certifying Official], [Title]"""),

("hard_negative", "case_law_names", None,
"""Is there any appellate case on whether a police department can refuse to sign a U-visa certification as a blanket policy? I remember a Ninth Circuit discussion and something from New Jersey, but I don't have the captions. Also, does the Trafficking Victims Protection Act of 2000 say anything about T-visa certification timelines, or is that all regulation?"""),

("hard_negative", "receipt_shape_invoice", None,
"""Our records vendor sent invoice INV-2190154832 for the bodycam redaction work on the U-visa backlog and a PO reference of EAC-PO-23-0417. Finance wants me to confirm the amounts ($14,220.00 for 312 hours) match the SOW. Draft a two-line confirmation e-mail."""),

("hard_negative", "training_slide", None,
"""For our roll-call training slide: "When a victim asks for a U-visa certification, DO NOT tell them it's an immigration benefit from the department. The certification only confirms the facts: a qualifying crime occurred, the person is a victim, and they've been helpful." Make this into three bullets a patrol officer can remember."""),

("hard_negative", "kinship_words", None,
"""The Supp A is for qualifying family members. If the principal is under 21, that's spouse, children, parents and unmarried siblings under 18; if 21 or over, spouse and children. Can a stepmother count as a parent? What about a grandmother who raised the child?"""),

("hard_negative", "same_voice_no_pii", None,
"""RE: SUPP B BACKLOG
SGT — 14 REQUESTS IN THE BOX, 3 OLDER THAN 90 DAYS. CAN YOU BLOCK OFF THURS AM TO SIGN? I PRE-FILLED PARTS 1-3 ON ALL OF THEM. ALSO THE NEW DA PROTOCOL SAYS WE DON'T NEED THE CHIEF ON ROUTINE DV CASES ANYMORE.
-- DET SQUAD 4"""),

("hard_negative", "public_hotline", None,
"""What's the right number to put on the victim handout for the National Human Trafficking Hotline — is it still 1-888-373-7888, and is the text short code 233733? I want to make sure the flyer for the Fourth Precinct lobby is accurate."""),
]
