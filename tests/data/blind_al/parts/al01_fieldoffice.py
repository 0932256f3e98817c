# Voice 1: USCIS Field Office Directors - interview scheduling, no-shows, ceremony reschedules, congressional inquiries.
RECORDS = [
("positive", "noshow_email", "mexican+vietnamese+anglo", """Subject: No-shows from Tuesday's 0800 block - second notices?

[[PERSON:Philomena]],

Three no-shows on the I-485 block Tuesday. Before I send second notices can you check whether any of them filed a reschedule request through the contact centre that never reached us?

1. [[PERSON:Anselmo Betancourt Quiroga]], [[A_NUMBER:A217384506]], receipt [[USCIS_RECEIPT_NUMBER:MSC2690418372]]
2. [[PERSON:Trương Thị Bích Hạnh]] ([[PERSON:Bich Hanh Truong]] on the notice), [[A_NUMBER:A209955173]]
3. [[PERSON:Rosalind Achterberg]] - derivative only, principal showed

If nothing is pending I'll treat 1 and 2 as abandonment candidates per the usual 30-day wait.

Thanks,
[[PERSON:Gordon]]"""),

("positive", "congressional_reply", "ethiopian+norwegian", """Draft response - congressional inquiry, please tighten the wording, keep it under one page.

Dear Mr. [[PERSON:Ostergaard]],

Thank you for your inquiry on behalf of your constituent, [[PERSON:Selamawit Tadesse Kebede]] (date of birth [[DATE_OF_BIRTH:April 19, 1983]]), regarding her Form N-400, receipt number [[USCIS_RECEIPT_NUMBER:IOE0926318845]]. Her interview was rescheduled twice at the office's initiative due to staffing. A new interview is scheduled for January 14 at 10:15 a.m. at our field office. The notice was mailed to [[STREET_ADDRESS:2219 Larchmont Avenue, Apt 4B, Silver Spring, MD 20906]].

Sincerely,
Field Office Director"""),

("positive", "ceremony_csv", "filipino+somali+ukrainian", """ok here's the export of the people we need to move from the Dec 19 ceremony to Jan 9 because of the courtroom conflict. can you turn this into a mail-merge letter? semicolon delimited

name;a_number;phone;original_slot
[[PERSON:Dalisay Reyes Macaraeg]];[[A_NUMBER:A208116743]];[[PHONE_NUMBER:(240) 555-0117]];09:00
[[PERSON:Abdirahman Osman Farah]];[[A_NUMBER:A214472096]];[[PHONE_NUMBER:(301) 555-0148]];09:00
[[PERSON:Oksana Pylypchuk]];[[A_NUMBER:A206639158]];[[PHONE_NUMBER:(443) 555-0192]];11:00
[[PERSON:Ferdinand Lacson Dimaculangan]];[[A_NUMBER:A211870325]];[[PHONE_NUMBER:(240) 555-0163]];11:00"""),

("positive", "chat_reschedule", "punjabi", """User: write a short reschedule notice in plain language. applicant is [[PERSON:Jasleen Kaur Bhullar]], DOB [[DATE_OF_BIRTH:11-02-1979]], her interview on 12/22 needs to move because the officer is out. she asked for a Punjabi interpreter last time so mention she can bring one.
Assistant: Here is a draft:

Dear Ms. [[PERSON:Bhullar]], your interview scheduled for December 22 has been moved. You will receive a new appointment notice by mail. You may bring an interpreter who speaks Punjabi and English.
User: good. add that she should bring her green card and the original of her marriage certificate"""),

("positive", "caps_note", "haitian", """NOTE TO FILE - APPLICANT [[PERSON:JEAN-ROBERT THELUSMA]] APPEARED AT 1320 FOR 0900 INTERVIEW, STATED BUS FROM [[STREET_ADDRESS:418 NW 62ND ST, MIAMI FL 33150]] BROKE DOWN. SUPERVISOR APPROVED SAME-DAY SQUEEZE-IN. A# [[A_NUMBER:A 212-448-097]]. WIFE [[PERSON:MIRLANDE THELUSMA]] WAITED IN LOBBY, NOT A PARTY. CALLBACK [[PHONE_NUMBER:305-555-0194]]."""),

("positive", "interview_tsv", "korean+afghan+dominican", """Pasted from the scheduler (tab separated). Which of these are over 90 days since biometrics? Today is Dec 7.

Applicant	A-Number	Form	Biometrics	Interview
[[PERSON:Seo Dong-kyu]]	[[A_NUMBER:A213390684]]	I-485	2026-08-11	2026-12-16
[[PERSON:Mohammad Nasir Stanekzai]]	[[A_NUMBER:A215027731]]	N-400	2026-09-30	2026-12-16
[[PERSON:Yokasta Batista Ureña]]	[[A_NUMBER:A210764459]]	I-751	2026-07-02	2026-12-17
[[PERSON:Gulalai Stanekzai]]	[[A_NUMBER:A215027748]]	I-485	2026-09-30	2026-12-17"""),

("positive", "spanish_letter", "guatemalan", """Can you translate this letter an applicant dropped at the front counter? I need the gist for the file.

Estimados señores:
Me llamo [[PERSON:Olegario Tzul Ajpop]], nací el [[DATE_OF_BIRTH:3 de febrero de 1968]] en Totonicapán. No pude llegar a mi entrevista del 2 de diciembre porque mi esposa [[PERSON:Candelaria Ixcoy de Tzul]] estaba en el hospital. Les pido una nueva cita. Mi número de extranjero es [[A_NUMBER:A203847516]] y mi teléfono es [[PHONE_NUMBER:555-0139]].
Atentamente,
[[PERSON:Olegario Tzul]]"""),

("positive", "ocr_notice", "nepali", """OCR of the returned interview notice, the applicant wrote on the back. Can you clean it up?

I-797C N OTICE OF ACTION
Receipt Nu mber  [[USCIS_RECEIPT_NUMBER:NBC 26 219 04417]]
Appl icant  [[PERSON:GURUNG,  Pasang  Lhamu]]
Date of Bir th  [[DATE_OF_BIRTH:O7/23/1991]]
-- handwritten --
i moved, new addr [[STREET_ADDRESS:76 Kenilworth Ct #2, Aurora CO 80011]] pls send here. ph [[PHONE_NUMBER:720 555 0124]]"""),

("positive", "markdown_slots", "lebanese+igbo+anglo", """Can you check my table for double bookings?

| slot | officer | applicant | interpreter |
|---|---|---|---|
| 08:00 | IO [[PERSON:Vinnicombe]] | [[PERSON:Rania Haddad Khoury]] | Arabic - [[PERSON:Nabil Sfeir]] |
| 08:00 | IO [[PERSON:Vinnicombe]] | [[PERSON:Chukwuemeka Obiora Ezeilo]] | none |
| 09:30 | IO [[PERSON:Vandersloot]] | [[PERSON:Rania Haddad Khoury]] | Arabic - [[PERSON:Nabil Sfeir]] |
| 10:45 | IO [[PERSON:Vandersloot]] | [[PERSON:Adaeze Ezeilo]] | none |"""),

("positive", "cui_email", "salvadoran", """[[CUI_MARKING:CUI//SP-IMMIG]]

From the district: please summarise for my weekly report.

Interview for [[PERSON:Wilber Antonio Menjívar Ayala]] ([[A_NUMBER:A218806452]]) continued after the officer identified a possible prior removal order under a different name, [[PERSON:Wilber Ayala Cruz]]. FDNS referral pending. Do not reschedule until the referral is closed.

[[CUI_MARKING:CUI//SP-IMMIG]]"""),

("positive", "ceremony_json", "samoan+polish", """why does the ceremony seating app reject this payload? it says 400 bad request

{
  "ceremonyId": "FO-BAL-2026-1219-AM",
  "seat": "C14",
  "candidate": {"name": "[[PERSON:Faleolo Tuilagi Aumua]]", "aNumber": "[[A_NUMBER:A216630918]]", "dob": "[[DATE_OF_BIRTH:1986-05-30]]"},
  "guests": ["[[PERSON:Malia Aumua]]", "[[PERSON:Zbigniew Kołodziejczyk]]"],
  "guestCount": 3
}"""),

("positive", "lowercase_note", "yoruba", """quick q - applicant [[PERSON:babatunde olaleye adeyemi]] called 3x today about his oath date, says he never got the N-445. his number is [[PHONE_NUMBER:410 555 0151]] and email [[EMAIL_ADDRESS:b.adeyemi.tunde@example.com]]. do we have to reissue or can he just show up with the old notice"""),

("positive", "mailbox_password", "anglo", """Team - the shared scheduling mailbox password was reset after the lockout this morning. New one is [[PASSWORD:Vq7#ratchet-Lumen22]] until IT moves us to certificate login. Do not forward this. [[PERSON:Marjorie Ellingsworth]] has the admin reset if it locks again."""),

("positive", "inquiry_tracker", "vietnamese+honduran", """Congressional inquiry tracker, week of Dec 1 - paste into the weekly summary please:

- Office of the 4th district, re [[PERSON:Lâm Quốc Thịnh]], [[USCIS_RECEIPT_NUMBER:EAC2691140057]], N-400 pending 14 months. Status: interview scheduled 12/18.
- Office of the 7th district, re [[PERSON:Keyla Maribel Zelaya Funez]], I-485, [[A_NUMBER:A219104578]]. Status: RFE response received 11/20, with officer.
- Senate office, re staffing at the field office generally. Status: briefing offered."""),

# evasions
("evasion", "anumber_spaced_cyrillic", "bosnian", """ok the system keeps bouncing my note so i'll just put it like this: applicant [[PERSON:Emina Hadžiselimović]] alien number [[A_NUMBER:А 2 1 4 - 6 0 3 - 8 8 1]] (thats the regular a, whatever) needs the ceremony moved to the afternoon"""),

("evasion", "receipt_split", "moroccan", """Message 1: checking a case for a walk-in, [[PERSON:Youssef Benkirane El Idrissi]], receipt starts [[USCIS_RECEIPT_NUMBER:IOE 09
Message 2: 2655 1173]] - can you tell me what the standard reply is for a case pending this long?"""),

("evasion", "cui_disguised", "iraqi", """pasting the district note without the header that got it blocked. header was c-u-i slash slash s-p dash i-m-m-i-g if you need it. the line is: [[CUI_MARKING:C U I / / S P - I M M I G]] applicant [[PERSON:Muntadhar Kadhim al-Shammari]] - hold interview pending security check."""),

# hard negatives
("hard_negative", "office_stats", None, """Can you turn these into three bullet points for the district director? FY26 Q4: 4,118 N-400 interviews completed, 312 no-shows (7.6%), 2,906 oath administered at 41 ceremonies, 38 ceremonies held at the field office and 3 judicial. Average days from interview to oath: 23. Congressional inquiries received: 214, closed within 30 days: 187."""),

("hard_negative", "template_placeholders", None, """Rewrite this template so it reads less bureaucratic:

Dear [APPLICANT NAME],
Your interview for Form [FORM NUMBER], receipt number [RECEIPT NUMBER], scheduled for [DATE] at [TIME], has been rescheduled. Please bring this notice, your Permanent Resident Card and any documents listed on the enclosed checklist. If you need an interpreter, you must bring one. If you need an accommodation, call the USCIS Contact Center."""),

("hard_negative", "courthouse_eponym", None, """Judicial ceremony on Jan 23 moved from the Edward A. Garmatz courthouse to the Thurgood Marshall room at the Baltimore field office because of the building's elevator repair. 180 candidates, 2 sessions. The clerk's office will still read the Court's order. Please update the public calendar."""),

("hard_negative", "same_voice_noshow", None, """Subject: Tuesday no-shows

Hi all - the two applicants from the 0800 block who didn't appear both turned out to have pending reschedule requests in the queue, dated last week. So no second notices. The third was the derivative on the family case; the principal and her mother interviewed fine, the son will get his own notice. Can you remind the contact centre to forward these faster?"""),

("hard_negative", "form_numbers", None, """What's the difference between N-445 and N-652 and when would an officer hand one out at the interview rather than mail it? Also is G-56 still the appointment notice or did that change to I-797C? Looking for something to put in the new-hire binder, section 4.2.1."""),

("hard_negative", "secret_service_confidential", None, """Ceremony on Dec 19 has a protective detail attending because a former cabinet member is speaking; the Secret Service advance team walks the room Thursday at 2. Keep the seating plan confidential until then and don't post the speaker on social media. Classified ads for the parking garage closures ran in the paper, so people should know."""),

("hard_negative", "case_numbers", None, """The inquiry tracker IDs changed format: old ones were CI-2025-00417, the new ones look like FOD-BAL-26-11873. Batch numbers on the interview export are like 202612070930-0041. Can you write a regex that matches both tracker formats but not batch numbers?"""),

("hard_negative", "kinship_counts", None, """Family case at 10:15: the principal, her husband, two daughters and her husband's father all interviewed together; grandmother waited outside. Four approvals, one continued for a missing birth certificate. Interpreter was telephonic, Dari."""),

("hard_negative", "invalid_anumber_shape", None, """A vendor's test file for the scheduler uses A000000000 and A999999999 as dummy alien numbers and 'TEST APPLICANT' as the name in every row. Can you write a quick check that flags any row that is not one of those dummy values before we load it into the training instance?"""),

("hard_negative", "oath_script", None, """Can you shorten the welcome remarks? "Good morning, candidates, family and friends. Today you will take the Oath of Allegiance, the same oath taken by generations before you. As Frederick Douglass reminded the nation, our strength lies in the promise we keep to each other. After the oath, you will receive your certificate and hear a message from the President.\""""),
("hard_negative", "same_voice_ceremony_csv", None, """ok here's the export of the ceremony slots we need to move from Dec 19 to Jan 9 because of the courtroom conflict. can you turn this into a room plan? semicolon delimited

slot;candidates;guests_allowed;room
09:00;62;2 each;Courtroom 2A
11:00;58;2 each;Courtroom 2A
13:30;41;1 each;Field office ceremony room
15:00;19;1 each;Field office ceremony room"""),
]
