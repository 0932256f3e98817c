# Voice 2: USCIS field offices - naturalization interviews, oath ceremonies, name changes at the oath.
RECORDS = [
("positive", "interview_summary", "ethiopian+mexican",
"""Turn my shorthand into a clean interview summary for the A-file:

N-400 interview, ISO [[PERSON:Vasquez]]. Applicant [[PERSON:Meseret Tadesse Gebremariam]], [[A_NUMBER:A208847315]], receipt [[USCIS_RECEIPT_NUMBER:IOE0923381174]]. DOB [[DATE_OF_BIRTH:12/01/1988]].
English: read 1/1, wrote 1/1. Civics 6/10 pass.
Trips: 4 trips to Addis, longest 5 mo (2022), no break in continuous residence.
Name change requested: wants to drop "Gebremariam", new name [[PERSON:Meseret Tadesse]]. Eligible for judicial ceremony only (Baltimore court), so not at the admin oath.
Recommend approval."""),

("positive", "oath_list_tsv", "vietnamese+fulani+uzbek+nicaraguan+tongan",
"""oath ceremony list for Thursday 10am, the printer mangled the certificate names, can you compare old vs new name column and tell me who has a name change

a_number	current_name	name_on_certificate	country_of_birth
[[A_NUMBER:A215503978]]	[[PERSON:Nguyen Van Hieu]]	[[PERSON:Henry Hieu Nguyen]]	Vietnam
[[A_NUMBER:A097621440]]	[[PERSON:Fatoumata Binta Diallo]]	[[PERSON:Fatoumata Binta Diallo]]	Guinea
[[A_NUMBER:A203318947]]	[[PERSON:Gulnara Yusupova]]	[[PERSON:Gulnara Yusupova-Ross]]	Uzbekistan
[[A_NUMBER:A076554109]]	[[PERSON:Rubén Darío Maldonado]]	[[PERSON:Ruben D. Maldonado]]	Nicaragua
[[A_NUMBER:A212980037]]	[[PERSON:Sione Lātū Havili]]	[[PERSON:Sione Havili]]	Tonga"""),

("positive", "rescheduling_letter", "syrian",
"""Please help me write a letter to this applicant. She missed her interview because she was in the hospital.

Applicant: [[PERSON:Rasha Haddad]]
[[A_NUMBER:A-213-664-092]]
Address: [[STREET_ADDRESS:4410 N Sheridan Rd, Apt 605, Chicago, IL 60640]]
She sent a letter from Dr. [[PERSON:Kamal Bitar]] dated Oct 3.
The new interview date is Jan 14 at the Chicago Field Office, 9:20 am."""),

("positive", "oath_name_typo", "cape_verdean",
"""urgent - certificate printed with typo, need to explain to supervisor what happened

Applicant wanted name changed at oath from [[PERSON:Maria de Lurdes Tavares Semedo]] to [[PERSON:Lurdes Semedo Tavares]]. Judge signed the order but certificate says "[[PERSON:Lurdes Semedo Tavarez]]". Her DOB is [[DATE_OF_BIRTH:15-08-1969]], [[A_NUMBER:A089113247]]. She is at the Boston office right now waiting. Can we do an N-565 fee waiver for our error? Her phone [[PHONE_NUMBER:508-555-0133]]."""),

("positive", "ada_accommodation", "russian",
"""Applicant requests a disability waiver (N-648). Help me write the note to the officer:
[[PERSON:Valentina Sergeyevna Orlova]], 81 years old (born [[DATE_OF_BIRTH:March 2, 1944]]), vascular dementia per Dr. [[PERSON:Irina Kovalenko]]. Daughter [[PERSON:Natalia Orlova-Bishop]] will attend as her representative, phone [[PHONE_NUMBER:(718) 555-0106]].
Needs wheelchair access, request 2nd floor room."""),

("positive", "chat_fieldoffice", "pakistani",
"""User: quick q, applicant at window says he changed his name by marriage in Pakistan but the nikah nama has different spelling. [[PERSON:Muhammad Usman Paracha]] on the N-400, nikah nama says [[PERSON:Mohammad Usmaan Paracha]]. his wife is [[PERSON:Ayesha Siddiqa]]
Assistant: Spelling variations from transliteration are common; which name does he want on the certificate?
User: the first one. his A# is [[A_NUMBER:A207715620]] if that matters
Assistant: It doesn't change the analysis. Note both spellings as aliases in the record and use the N-400 spelling."""),

("positive", "interview_no_show_email", "ghanaian",
"""From: [[PERSON:Kwabena Agyeman-Duah]] <[[EMAIL_ADDRESS:kagyemanduah@gmail.com]]>
Subject: missed naturalization interview

Good day, I am [[PERSON:Kwabena Agyeman-Duah]], my receipt number is [[USCIS_RECEIPT_NUMBER:IOE-09-118-72254]]. I missed my interview on November 4 because I was not receiving the letter, I moved to [[STREET_ADDRESS:905 Roosevelt Ave, Unit B, Bronx, NY 10459]]. Kindly reschedule.

-- can you draft a reply telling him to submit an AR-11 and that we'll reschedule?"""),

("positive", "judicial_oath_roster", "irish+vietnamese+igbo+polish+quechua+malian+uzbek",
"""Clerk's office needs this roster by 3 pm. Reformat as a numbered list, surname first:
[[PERSON:Liam O'Donoghue]] (Ireland), [[PERSON:Thi Hong Nhung Pham]] (Vietnam), [[PERSON:Ifeoma Chukwujekwu]] (Nigeria), [[PERSON:Tomasz Grabczyński]] (Poland), [[PERSON:Araceli Quispe Mamani]] (Peru), [[PERSON:Oumar Traoré]] (Mali), [[PERSON:Dilnoza Karimova]] (Uzbekistan)"""),

("positive", "medical_certification", "salvadoran",
"""Can you check my math on continuous residence? Applicant [[PERSON:José Alberto Menjívar Cruz]], DOB [[DATE_OF_BIRTH:22/11/1979]], LPR since 2014-06-02. Trips: El Salvador 2016 (47 days), 2019 (212 days), 2023 (30 days). SSN on N-400 [[US_SSN:617-42-8830]]. Does the 2019 trip break continuity?"""),

("positive", "name_change_petition_korean", "korean",
"""Please translate to plain English for the officer. Applicant wrote this on the name change part of the N-400 in Korean:

"저는 [[PERSON:김지현]]입니다. 미국 이름을 [[PERSON:Jenny Jihyun Kim]]으로 바꾸고 싶습니다. 생년월일: [[DATE_OF_BIRTH:1985년 7월 19일]]."
"""),

("positive", "oath_remarks", "tamil+afghan",
"""Write 2 minutes of remarks for the oath ceremony. Please mention by name two of our new citizens who agreed to be mentioned: Dr. [[PERSON:Anjali Raghunathan]] - no wait, leave the Dr. out - [[PERSON:Anjali Raghunathan]], a pediatric nurse from Chennai, and [[PERSON:Bashir Noorzai]], who served as an interpreter with the Marines in Helmand."""),

("positive", "appointment_notice_ocr", "dominican",
"""OCR from the I-797C the applicant brought, field office says wrong address:

NOTICE  TYPE:  Interview Appointment
RECEIPT  NUMBER  [[USCIS_RECEIPT_NUMBER:IOE 09 245 10336]]
APPLICANT  [[PERSON:FERMIN  ROSARIO,  YOCASTA]]
[[STREET_ADDRESS:128  W 176TH ST  APT 4C
NEW  YORK  NY  10453]]
A#  [[A_NUMBER:A 201 448 573]]"""),

("positive", "whatsapp_from_applicant", "afghan",
"""applicant texted our public line by mistake (it forwards to my work phone). can you write a polite reply? text:

"salam i am [[PERSON:Zarghona Mohmand]] my oath ceremony letter say december 9 but my husband [[PERSON:Abdul Wahid Mohmand]] ceremony is december 16 can we go together same day. my number [[PHONE_NUMBER:(916) 555-0172]] my A number [[A_NUMBER:A218830461]] thank you\""""),

("positive", "file_review_le", "guatemalan",
"""[[CUI_MARKING:CUI//LEI]]
Pre-interview review. [[PERSON:Efraín Tzul Ajanel]] ([[A_NUMBER:A095227186]]), DOB [[DATE_OF_BIRTH:1981-04-09]]. IDENT shows 2017 DUI arrest Omaha, dispo: deferred. Ask about it under GMC. Do not disclose source of record."""),

("positive", "supervisor_escalation", "indo_trinidadian+anglo",
"""Hi, supervisor [[PERSON:Pruszynski]] asked me to summarize the complaint. Applicant [[PERSON:Kavita Ramcharan-Baptiste]] says ISO [[PERSON:Greer]] was rude during her interview on 11/18 and asked about her religion. She's at [[EMAIL_ADDRESS:kavita.rb@protonmail.com]]. Please write two sentences for the ticket."""),

# evasions
("evasion", "anumber_words", "moroccan",
"""applicant [[PERSON:Youssef Benkirane]], A number is [[A_NUMBER:A two zero nine, four four one, six eight three]] -- writing it this way because our chat tool strips numbers. can you tell me if the N-400 fee waiver rules changed?"""),

("evasion", "fullwidth_receipt", "laotian",
"""Receipt for [[PERSON:Somphone Vongsakda]]: [[USCIS_RECEIPT_NUMBER:ＩＯＥ０９２６７１０４５８]] (copied from her phone screenshot, it came out wide). Is it still in the queue for Sacramento?"""),

("evasion", "split_messages", "bosnian",
"""msg 1/2: ok sending the A-number in 2 parts. [[PERSON:Amra Hodžić]], first half [[A_NUMBER:A2041
msg 2/2: 87352]] -- she wants to know if her oath can move to Saint Louis"""),

# hard negatives
("hard_negative", "civics_questions", None,
"""Make flashcards from these civics questions: Who was the first President? (George Washington) Who wrote the Declaration of Independence? (Thomas Jefferson) What did Susan B. Anthony do? (fought for women's rights) Who was President during the Great Depression and World War II? (Franklin Roosevelt)"""),

("hard_negative", "oath_text", None,
"""Please fix the typography of the oath for the big screen: "I hereby declare, on oath, that I absolutely and entirely renounce and abjure all allegiance and fidelity to any foreign prince, potentate, state, or sovereignty..." Keep the line breaks readable at 48pt."""),

("hard_negative", "ceremony_logistics", None,
"""Oath ceremony logistics, Thursday: 212 candidates, 38 countries, doors 9:15, judge arrives 10:00. Need 4 staff for check-in tables (A-L, M-R, S-Z, late/no-show), 1 for the flag, 1 for the sound system. Programs printed: 300. Can you make a run-of-show?"""),

("hard_negative", "receipt_format_training", None,
"""For the new-hire training deck: a receipt number is 13 characters, three letters for the service center followed by ten digits, for example IOE0000000000 or EAC9999999999 in our training environment. Online filings start with IOE. Write a slide explaining this."""),

("hard_negative", "stats_office", None,
"""Our office naturalized 4,112 people in FY25; median processing 5.9 months; 86 judicial ceremonies; top countries Mexico, India, Philippines, Cuba, Dominican Republic. Please turn into a 3-line summary for the district director's email."""),

("hard_negative", "name_change_policy", None,
"""Summarize the rule: a name change at naturalization must be granted by a court, so applicants who want one are scheduled for a judicial ceremony. Administrative ceremonies cannot change names. Exceptions: a legal name change already made by marriage or court order before the interview is simply reflected on the certificate."""),

("hard_negative", "same_shape_roster", None,
"""Clerk's office needs this by 3 pm. Reformat as a numbered list:
Room 201 (judicial, Judge's chambers side), Room 204 (overflow), Lobby A (guests), Lobby B (press), Room 110 (ADA seating, 14 spots), Room 112 (staff break)"""),

("hard_negative", "historic_figures", None,
"""Write an intro paragraph for the ceremony program about famous naturalized Americans, mention Albert Einstein (1940), Madeleine Albright, and Irving Berlin who wrote "God Bless America"."""),

("hard_negative", "form_numbers", None,
"""Which form do I use? N-400 for naturalization, N-565 for a replacement certificate, N-648 for the medical disability exception, N-336 for a hearing on a denied application. Edition date on our stock is 04/01/24. Is that still accepted?"""),

("hard_negative", "greek_letters_confidential", None,
"""An applicant's attorney emailed "CONFIDENTIAL ATTORNEY-CLIENT COMMUNICATION" at the top of a letter that only asks to move the interview from Tuesday to Friday. Do I need to treat that differently? Just draft a generic reply confirming the reschedule request was received."""),
]
