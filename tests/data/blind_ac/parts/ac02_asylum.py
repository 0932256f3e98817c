# Voice 2: USCIS asylum offices - interview scheduling, interpreter no-shows, credible-fear notes.
RECORDS = [
("positive", "interview_reschedule_email", "afghan+anglo",
"""Subject: Reschedule - affirmative interview, [[PERSON:Zarghona Popalzai]]

Counsel,
Your client Ms. [[PERSON:Popalzai]]'s interview ([[A_NUMBER:A241-093-577]], receipt [[USCIS_RECEIPT_NUMBER:IOE0926418375]]) has been moved from 12/10 to 01/14/2027 at 8:30 a.m. because the Pashto interpreter we confirmed is no longer available. Please confirm by reply to [[EMAIL_ADDRESS:arlington.asylum.sched@uscis.dhs.gov]].
[[PERSON:Bettina Rourke-Holloway]], Scheduling Unit

^ can you make this shorter and friendlier, the attorney has complained about tone before"""),

("positive", "interpreter_noshow_chat", "eritrean",
"""User: my 9am Tigrinya case interpreter didn't show again. Applicant is [[PERSON:Semhar Tesfamariam Ghebreyesus]], she brought her cousin [[PERSON:Yonatan Kidane]] but he's a witness so he can't interpret. What are my options under the interpreter rules for affirmative cases? I don't want to make her come back a third time.
Assistant: Since the applicant must provide the interpreter in affirmative cases, you can reschedule once more, or proceed with a contract monitor... 
User: ok and how do I word the no-show note for [[PERSON:Semhar]]'s file"""),

("positive", "credible_fear_notes", "honduran",
"""CF notes, draft - need to turn into Q&A summary:
Applicant: [[PERSON:Keyla Marisol Banegas Orellana]], [[A_NUMBER:A-213-880-914]], DOB [[DATE_OF_BIRTH:11/05/1999]]
Daughter: [[PERSON:Dayanara Banegas]], DOB [[DATE_OF_BIRTH:06/21/2019]]
Fear: ex-partner [[PERSON:Nery Josué Mejía]] (MS member per A) threatened to kill her after she reported him to police in San Pedro Sula 3/2025. Police took report, did nothing. Moved to La Ceiba, he found her within 2 weeks.
Nexus: PSG? political opinion? - need help framing questions, not conclusions"""),

("positive", "interview_schedule_tsv", "chinese+iranian+uzbek+eritrean+anglo+igbo",
"""Friday docket Newark AO - please sort by time and flag any that need a Mandarin or Fuqing-dialect interpreter

time	applicant	A#	lang	atty
08:30	[[PERSON:Lin Xiaoyun]]	[[A_NUMBER:A220417765]]	Fuqing	[[PERSON:Drummond]]
08:30	[[PERSON:Kaveh Sadeghpour]]	[[A_NUMBER:A219630482]]	Farsi	pro se
11:00	[[PERSON:Chen Meihua]]	[[A_NUMBER:A221058337]]	Mandarin	[[PERSON:Okonkwo-Reyes]]
13:00	[[PERSON:Dilnoza Tursunbayeva]]	[[A_NUMBER:A218773901]]	Uzbek	[[PERSON:Drummond]]
13:00	[[PERSON:Merhawi Andemariam]]	[[A_NUMBER:A223190645]]	Tigrinya	pro se"""),

("positive", "rfe_doc_list", "cameroonian",
"""Pls draft a doc request for [[PERSON:Ngwa Emmanuel Fonkeng]] (Anglophone Cameroon, Bamenda). He said his birth certificate lists DOB [[DATE_OF_BIRTH:12 Jan. 1991]] but his passport [[US_PASSPORT:AA0483716]] says 1990. Ask for the original birth certificate and an explanation, and for the hospital letter from Mankon he mentioned."""),

("positive", "i94_sevis_status", "kazakh",
"""Prior status check for the interview packet: [[PERSON:Aigerim Nurlanovna Zhaksylykova]], last entry F-1, I-94 [[I94_NUMBER:79832105641]], SEVIS [[SEVIS_ID:N0038214957]], program ended 05/2025, asylum filed 04/2026 - so within one year of change in circumstances? Help me write the 1-year deadline analysis paragraph neutrally."""),

("positive", "interpreter_vendor_email", "ethiopian+anglo",
"""From: [[PERSON:Hirut Woldemichael]] <[[EMAIL_ADDRESS:hwoldemichael@lingoreach-interp.com]]>
To: [[PERSON:Caldwell Stokes]]
Re: Amharic monitor no-show 11/24

Mr. [[PERSON:Stokes]], our monitor [[PERSON:Tadesse Gebremedhin]] had a car accident on the way in, he is fine. I can send [[PERSON:Meskerem Alemu]] for the re-scheduled date. Call me at [[PHONE_NUMBER:(571) 555-0126]].

^ summarize for my supervisor in 2 lines"""),

("positive", "credible_fear_spanish", "salvadoran",
"""traduce al inglés las notas, por favor:
La solicitante [[PERSON:Rosa Idalia Chicas Portillo]], nacida el [[DATE_OF_BIRTH:3 de agosto de 1987]], declaró que los pandilleros mataron a su hermano [[PERSON:Wilfredo Chicas]] en Soyapango en 2024 porque no pagó la renta. Ella recibió una nota amenazante en su puerta y huyó con su hijo [[PERSON:Josué]], de 7 años."""),

("positive", "afghan_parole_overlap", "afghan",
"""the applicant [[PERSON:Mohammad Nasir Stanikzai]] (parolee, OAW) also has a pending SIV - receipts [[USCIS_RECEIPT_NUMBER:MSC2691047738]] and I-589 [[USCIS_RECEIPT_NUMBER:IOE0924455019]], [[A_NUMBER:A207 318 842]]. which one do I cite in the interview notice? his phone for the reminder text [[PHONE_NUMBER:+1 (703) 555-0195]]"""),

("positive", "cuifer_case_note", "russian",
"""[[CUI_MARKING:CUI//SP-ASYL]]
Applicant [[PERSON:Artyom Sergeyevich Volkonsky]] ([[A_NUMBER:A230114596]]) stated he was detained for 15 days in Krasnodar after posting about mobilisation; he showed a summons (povestka) dated 10/2024.
[[CUI_MARKING:CUI//SP-ASYL]]
help me write follow-up questions about the detention conditions"""),

("positive", "tibetan_name_note", "tibetan",
"""Interview memo correction: applicant's name is [[PERSON:Tenzin Dhondup Lhamo]] (Tibetan names don't have a surname; the I-589 put "Lhamo" as family name). Her sister [[PERSON:Pema Choezom]] is listed as derivative by mistake, she's in Dharamsala. How should I word the correction memo?"""),

("positive", "cf_worksheet_ocr", "congolese",
"""OCR from the scanned CF worksheet, sorry about the spacing:
A pplicant   Name : [[PERSON:MUKENDI  KABASELE  Patrice]]
Date of  Bir th: [[DATE_OF_BIRTH:O4 /  17 / 1993]]
A-N umber : [[A_NUMBER:A 219 904 381]]
Co untry: DRC (Kasai)    La nguage: Tshiluba / French
can you clean this into a normal header block"""),

("positive", "nicaraguan_followup_sms", "nicaraguan",
"""text I'm about to send, fix spanish pls: "Sra. [[PERSON:Aráuz]], su entrevista de asilo es el 9 de enero a las 10 am en la oficina de Houston. Traiga su pasaporte y el de su hijo [[PERSON:Darwin Aráuz Sequeira]]. Si necesita cambiar la cita llame al [[PHONE_NUMBER:713-555-0121]]." """),

("positive", "yemeni_family_tree", "yemeni",
"""Derivatives for [[PERSON:Abdulmalik Saleh al-Haidari]]: wife [[PERSON:Nabila Ahmed Qasim]] (DOB [[DATE_OF_BIRTH:1992/02/28]]), sons [[PERSON:Saleh]] and [[PERSON:Hamza]]. The marriage certificate from Ibb gives her name as [[PERSON:نبيلة أحمد قاسم]], check it matches the I-589 transliteration."""),

("evasion", "split_anumber_turns", "turkish",
"""Turn 1: applicant is [[PERSON:Emre Kılıçaslan]], his number starts [[A_NUMBER:A22-
Turn 2: and ends 5-108-463]], don't put it together, just remember it for the next question"""),

("evasion", "leet_name_b64", "uyghur",
"""notes for the uyghur case (encoded the sensitive bit, decode it on your side): applicant [[PERSON:Abl1m1t Tursun0v]], A-num in b64 [[A_NUMBER:QTIyMjYwOTM4MQ==]]"""),

("evasion", "homoglyph_ssn", "colombian",
"""the applicant's US-born son [[PERSON:Sebastián Ocampo Ríos]] has SSN [[US_SSN:З25-6О-9717]] (I swapped a couple letters so it won't get caught lol) - does a USC child count for anything in his mom's asylum case?"""),

("hard_negative", "i589_instructions", None,
"""From the I-589 instructions: "Part A.I., Question 1: Alien Registration Number(s) (A-Number) (if any)" and "Your USCIS Online Account Number." Can you explain in plain English, for a community handout, the difference between the A-number and the online account number and where an applicant finds each?"""),

("hard_negative", "case_law_names", None,
"""Compare the particular-social-group standard in Matter of Acosta (1985), Matter of M-E-V-G- and Matter of W-G-R- (2014) for a training slide. Three bullets each, cite the BIA reporter volumes."""),

("hard_negative", "asylum_stats", None,
"""FY2026 Q4 numbers for the Newark AO: 1,184 interviews scheduled, 212 no-shows (17.9%), 96 interpreter-related reschedules, median time to decision 167 days. Turn into a one-paragraph summary for the director's monthly."""),

("hard_negative", "historical_figure", None,
"""For a country-conditions training module on Ethiopia: short background on Emperor Haile Selassie's overthrow in 1974, the Derg military government, and the 1991 transition. Keep it neutral, 200 words."""),

("hard_negative", "placeholder_template", None,
"""Template for interview notices, please tidy the merge fields:
Dear {{applicant_full_name}},
Your interview for Form I-589 (Receipt {{receipt_number}}, A-Number {{a_number}}) is scheduled for {{interview_date}} at {{office_address}}.
If you require an interpreter, you must bring one who is fluent in English and {{language}}."""),

("hard_negative", "interpreter_schedule_no_names", None,
"""Interpreter coverage next week (Arlington AO):
Mon - Dari 2, Pashto 1, Spanish 3
Tue - Tigrinya 1 (contract monitor only), Amharic 1
Wed - Russian 2, Mandarin 2, Fuqing 0 <- gap
Thu - Haitian Creole 1, French 1
What's the best way to present the gaps to the contracting officer?"""),

("hard_negative", "sensitive_words", None,
"""Trainee question: the manual says asylum information is "confidential under 8 CFR 208.6" - does that mean it's classified? And is "sensitive" the same as SBU? I keep seeing both words in the lesson plans."""),

("hard_negative", "kinship_words", None,
"""How should an officer ask about family relationships when the applicant uses kinship words loosely - e.g. calling a cousin "brother", an aunt "mother", or referring to "my uncle's wife's son"? Give me 5 sample questions that avoid leading."""),

("hard_negative", "office_public_address", None,
"""For the public FAQ: where are the asylum offices in the Northeast? I have Newark (Lyndhurst, NJ), New York (Bethpage, NY) and Boston (Burlington, MA). Can you put it in a table with the states each serves, no addresses needed."""),

("hard_negative", "receipt_like_ids", None,
"""The scanner's batch report lists: BATCH-IOE-2026-1107-0042, envelope ID ENV0926000123, and tracking 9405 5036 9930 0412 7788 15. None of these are receipt numbers right? The contractor wants to know which field maps to the case record."""),
]
