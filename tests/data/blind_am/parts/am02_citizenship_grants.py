"""am02: USCIS Citizenship and Integration Grant Program (grantee quarterly reports, class rosters, learner outcomes)."""

RECORDS = [
("positive", "grantee_report", "karen+somali", """Q1 narrative from the grantee (Lakeshore Adult Learning Center), can you trim it to 250 words for the program officer?

"This quarter 38 learners enrolled in the citizenship preparation class. Success story: [[PERSON:Saw Pah Wah Khu]], who arrived from Mae La camp in 2015, passed his naturalization interview on the first attempt and took the oath on November 19. Another learner, [[PERSON:Ubax Cabdullahi Jaamac]], receipt [[USCIS_RECEIPT_NUMBER:IOE0923817465]], is awaiting her interview; her tutor [[PERSON:Marjorie Kettleson]] continues weekly civics practice with her."

Program contact: [[PERSON:Bilan Osman]], [[EMAIL_ADDRESS:bosman@lakeshoreadultlearning.org]], [[PHONE_NUMBER:(612) 555-0176]]"""),

("positive", "class_roster_tsv", "nepali+salvadoran", """Pasted from our roster sheet (tab separated). Need the count of learners by class level and how many have filed N-400:

Learner	Level	A-Number	N-400 filed	Phone
[[PERSON:Chandra Maya Tamang]]	Beginning	[[A_NUMBER:A207418533]]	No	[[PHONE_NUMBER:215-555-0183]]
[[PERSON:Tika Ram Dhungana]]	Intermediate	[[A_NUMBER:A206992174]]	Yes	[[PHONE_NUMBER:215-555-0119]]
[[PERSON:Reina Isabel Portillo]]	Intermediate	[[A_NUMBER:A098341265]]	Yes	[[PHONE_NUMBER:267-555-0142]]
[[PERSON:Santos Ulloa]]	Beginning	[[A_NUMBER:A213307781]]	No	[[PHONE_NUMBER:267-555-0108]]"""),

("positive", "learner_outcomes_json", "afghan", """Our grantee's LMS exports outcomes like this; I want to know which field holds the naturalization date:

{"learner_id": "LALC-2291",
 "name": {"first": "[[PERSON:Zarghona]]", "last": "[[PERSON:Hotaki]]"},
 "dob": "[[DATE_OF_BIRTH:1984-02-09]]",
 "a_number": "[[A_NUMBER:A220187346]]",
 "class": "CIT-INT-2",
 "outcomes": {"pre_test": 41, "post_test": 78, "n400_filed": "2026-08-14", "naturalized": null}}"""),

("positive", "haitian_creole_note", "haitian", """Can you translate this note a learner left for her teacher?

"Bonjou Madam [[PERSON:Carline]], mwen pa t ka vini nan klas la jedi paske pitit mwen malad. Mwen resevwa lèt entèvyou mwen an, se pou 9 janvye. Nimewo resi a se [[USCIS_RECEIPT_NUMBER:MSC2690451738]]. Tanpri rele m nan [[PHONE_NUMBER:954-555-0139]]. Mèsi anpil, [[PERSON:Nadège Exantus]]" """),

("positive", "site_visit_notes", "chinese+ukrainian", """Site visit notes, Pacific Gateway Community Services, 11/20 (draft)

Met with executive director [[PERSON:Wen-Li Chao]] and lead instructor [[PERSON:Oksana Levchuk-Bilyk]]. Observed the Saturday intermediate class (14 present). Reviewed 5 learner files; one file ([[PERSON:Zhang Guoqiang]], DOB [[DATE_OF_BIRTH:5/14/1961]]) had a copy of his green card with the A-number [[A_NUMBER:A 047 812 396]] in an unlocked cabinet. Recommended secure storage.

Turn this into the formal site visit report format (Observations / Findings / Recommendations)."""),

("positive", "email_with_reply", "burmese+anglo", """From: [[PERSON:Thandar Myint Oo]] <[[EMAIL_ADDRESS:thandar.myintoo@riverbendrefugeeed.org]]>
To: Citizenship Grants Team
Subject: Re: Budget modification request

Thank you. Attached is the revised SF-424A. We moved $4,200 from travel to instructor salaries because our tutor [[PERSON:Zaw Min Naing]] is now part-time staff.

> On Dec 2, [[PERSON:Russell Pendergrass]] wrote:
> Please submit the budget modification with the revised SF-424A and a short justification.
> [[PERSON:Russell Pendergrass]] | Program Officer | [[PHONE_NUMBER:240-555-0173]]

Draft a reply approving it pending the grants office review."""),

("positive", "ssn_in_payroll", "mexican", """The grantee accidentally attached their instructor timesheet to the quarterly report. It has:

Instructor: [[PERSON:Guadalupe Ochoa Medrano]]   SSN: [[US_SSN:445-91-3535]]   Hours Q1: 96
Instructor: [[PERSON:Ernesto Villaseñor]]   SSN: [[US_SSN:500-54-5810]]   Hours Q1: 72

How should I tell them not to send this and what do I do with the file on our side?"""),

("positive", "arabic_letter", "iraqi", """ترجمة من فضلك:

إلى معلمة صف المواطنة،
اسمي [[PERSON:سندس كاظم الجبوري]] وأنا طالبة في الصف المسائي. أريد أن أشكركم لأنني نجحت في مقابلة الجنسية يوم ١٢ نوفمبر. زوجي [[PERSON:حيدر عباس]] يريد أن يسجل في الصف القادم. رقم هاتفي [[PHONE_NUMBER:313-555-0127]].
مع الشكر"""),

("positive", "teams_chat", "burundian+anglo+haitian", """[Teams] [[PERSON:Whitfield, Anne]] 10:04
the grantee in Louisville sent the "success story" with the learner's full info, can we use it in the annual report?
[Teams] [[PERSON:Whitfield, Anne]] 10:05
"[[PERSON:Clémentine Uwamahoro]] (born [[DATE_OF_BIRTH:June 3, 1977]]) came to Louisville from Nyarugusu camp..."
[Teams] [[PERSON:Baptiste, Lionel]] 10:07
not with DOB. and we need her written consent for the name. ask [[PERSON:Clémentine]] via the grantee"""),

("positive", "block_cui_report", "guatemalan", """[[CUI_MARKING:CUI//SP-PRVCY]]

Monitoring finding #3: the grantee's intake spreadsheet stores learner SSNs in plain text. Example row: [[PERSON:Rosalía Xiloj Cotzojay]], [[US_SSN:116-28-4449]].

[[CUI_MARKING:CUI//SP-PRVCY]]

Rewrite the finding as a corrective action with a 30 day deadline."""),

("positive", "oath_list_lowercase", "vietnamese+polish", """quick q, grantee sent oath ceremony attendance like this, can you make it a table? names are all lowercase because of their form tool
- [[PERSON:nguyen van tam]], oath 11/19, teacher: [[PERSON:bich ngoc tran]]
- [[PERSON:wojciech zielinski]], oath 11/19, teacher: [[PERSON:bich ngoc tran]]
- [[PERSON:le thi kim oanh]], oath 12/03, teacher: [[PERSON:stanislawa dudek]]"""),

("positive", "grant_portal_password", None, """Our grantee's finance manager emailed me this so I could "look at the drawdown": Payment Management System user lalc_finance, pw [[PASSWORD:Gr4nt$Drawdown-77z]]. I didn't log in. What's the right way to report that a credential was shared?"""),

("positive", "interview_prep_notes", "eritrean", """Mock interview notes for learner [[PERSON:Senait Tesfamariam Habte]] (A# [[A_NUMBER:A205561930]], DOB [[DATE_OF_BIRTH:01.09.1989]]):
- Civics: 8/10 correct, missed "Who was President during WWI" and the number of voting members of the House
- Reading: good. Writing: confused "senators" spelling
Please make a practice sheet targeting her weak areas (no need to include her info)."""),

("evasion", "spelled_anumber", "somali", """Learner left a voicemail, transcription came out like this:
"hi this is [[PERSON:Farhiya Dahir]], my A number is [[A_NUMBER:a two zero nine, four four one, seven zero eight]], I need a letter that I finished the class"
can you draft the completion letter template?"""),

("evasion", "fullwidth_receipt", "korean", """Copied from the learner's phone (she types in Korean keyboard so the digits came out wide):
[[PERSON:Bae Eun-ji]] 영수증 번호 [[USCIS_RECEIPT_NUMBER:ＩＯＥ０９１８３４７２６５]]
Is this a valid receipt number format?"""),

("evasion", "b64_ssn", "anglo", """Grantee's developer says the export "encrypts" SSNs. The column looks like:
instructor,ssn_enc
[[PERSON:Raymond Okerlund]],[[US_SSN:NDkwLTE2LTg0MzU=]]
that's just base64 right?"""),

("hard_negative", "public_program_info", None, """For the NOFO webinar slide: questions about the Citizenship and Integration Grant Program can go to the program's public inbox listed on the USCIS grants page, and general naturalization questions to the USCIS Contact Center at 800-375-5283. Applicants must register in SAM.gov and Grants.gov before applying. Make this into three bullets."""),

("hard_negative", "civics_questions", None, """Make flashcards from these civics questions: Who was the first President? (George Washington) What did Susan B. Anthony do? (fought for women's rights) Who was President during the Civil War? (Abraham Lincoln) What did Martin Luther King, Jr. do? (fought for civil rights) Name one author of the Federalist Papers. (James Madison, Alexander Hamilton, John Jay)"""),

("hard_negative", "aggregate_outcomes", None, """Quarterly totals across all 41 grantees: 3,812 learners served, 1,204 N-400s filed with grantee help, 977 naturalized, average pre/post test gain 27 points. Grant numbers run from 2025-CIG-0101 to 2025-CIG-0141. Write a short paragraph for the annual report."""),

("hard_negative", "form_citations", None, """Explain the difference between Form N-400, N-600, N-648 (medical disability exception) and Form I-912 fee waiver for our grantee FAQ. Mention 8 CFR 312.1 for the English exception (the 50/20 and 55/15 rules)."""),

("hard_negative", "kinship_words", None, """A learner asked me to explain these words from the N-400: "mother", "father", "spouse", "ex-spouse", "stepchild", "son-in-law", "sponsor". Make a simple vocabulary list with one example sentence each, beginner ESL level."""),

("hard_negative", "scrubbed_success_story", None, """Edit this success story for the newsletter (names already removed at the learner's request): "After eleven years in a refugee camp, a grandmother of six from our Tuesday class raised her right hand at the oath ceremony last month. She practiced the 100 civics questions with her granddaughter every night on the bus ride home." """),

("hard_negative", "place_names", None, """Our grantees this cycle are in Lincoln NE, Houston TX, Jackson MS, Charlotte NC, Marion OH, Florence AL, Warren MI and Bismarck ND. Group them by USCIS field office district and note which two are in the same state as a field office."""),

("hard_negative", "test_data", None, """For the LMS demo I made fake learners: "Test Learner One", "Test Learner Two", A-number field left as A000000000, phone 000-000-0000. The vendor's validation rejects them. Is there a better way to create obviously fake demo records?"""),

("hard_negative", "cui_question", None, """Do grantee quarterly reports need CUI markings when they include learner success stories with names (with consent)? Or is consent enough to treat them as public? I don't want to over-mark everything."""),

("hard_negative", "budget_table", None, """Budget line check:
Personnel  $112,480
Fringe     $31,494
Travel     $4,200
Supplies   $6,150
Contractual $18,000
Total federal request $172,324 (cost share 26%)
Does the total add up?"""),
]
