"""am04: TSA Alien Flight Student Program and flight-school security awareness."""

RECORDS = [
("positive", "provider_email", "saudi", """Subject: AFSP request stuck in "Pending Fingerprints"

Hello,

Our candidate [[PERSON:Abdulrahman Fahad Al-Otaibi]] (DOB [[DATE_OF_BIRTH:02/27/2001]], passport [[US_PASSPORT:X42881307]]) submitted his training request for the Category 3 private pilot course two weeks ago. He did fingerprints on 11/21 at the enrollment center in Daytona but the status hasn't changed. His course starts 12/15.

Thanks,
[[PERSON:Marissa Vandergriff]]
Chief Flight Instructor / Security Coordinator, Halifax Coast Aviation
[[PHONE_NUMBER:386-555-0141]]

Can you make this more concise before I forward it to the AFSP help desk?"""),

("positive", "student_roster_csv", "nigerian+brazilian+vietnamese", """semicolon export from our scheduling software, need a list of which foreign students don't have an AFSP approval date:

student;nationality;DOB;AFSP_approved;I-20 SEVIS
[[PERSON:Chinonso Obiageli Eze]];NGA;[[DATE_OF_BIRTH:1999-10-05]];2026-09-18;[[SEVIS_ID:N0034817265]]
[[PERSON:Gabriel Nogueira Lins]];BRA;[[DATE_OF_BIRTH:2002-01-30]];;[[SEVIS_ID:N0035190472]]
[[PERSON:Phạm Đức Thịnh]];VNM;[[DATE_OF_BIRTH:2000-07-11]];2026-10-02;[[SEVIS_ID:N0034462918]]"""),

("positive", "portuguese_email", "brazilian", """Translate please:

"Prezados, sou [[PERSON:Larissa Cavalcanti Moura]], aluna da escola de aviação em Fort Lauderdale. Minha solicitação no AFSP foi negada porque o nome no passaporte está diferente do I-20 (no passaporte está [[PERSON:Larissa Cavalcanti de Moura]]). Meu número de telefone é [[PHONE_NUMBER:+55 11 95550-1374]] e meu e-mail é [[EMAIL_ADDRESS:larissa.cmoura@gmail.com]]. O que devo fazer? Obrigada." """),

("positive", "security_awareness_records", "anglo+mongolian", """Flight school security awareness training records for the inspection tomorrow, can you check who is overdue (initial within 60 days of hire, recurrent annually)?

Employee | Hire date | Initial | Recurrent
[[PERSON:Wade Pritchett]] | 2019-03-04 | 2019-03-20 | 2025-11-02
[[PERSON:Temuujin Batbayar]] | 2026-08-15 | — | —
[[PERSON:Shelby Ann Tyrrell]] | 2024-05-01 | 2024-05-09 | 2025-05-12
[[PERSON:Hope Villanueva-Orr]] | 2026-10-01 | 2026-10-20 | —"""),

("positive", "ssi_directive_excerpt", None, """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

Section 4. Flight training providers in the affected region shall report any request for heavy-aircraft simulator time from a candidate without an approved AFSP determination to the TSA Operations Center within 24 hours.

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action.]]

Summarize what section 4 requires of flight schools in one sentence."""),

("positive", "provider_portal_password", "indian", """Ticket from a flight school: "We changed the Security Coordinator. The old one, [[PERSON:Srinivas Reddy Kolluri]], still has the AFSP provider account. His login was srkolluri@skyharboraviation.com and password [[PASSWORD:Cessna172$kyH!9]]. Please transfer the account to [[PERSON:Pooja Venkataraman]], [[EMAIL_ADDRESS:pvenkataraman@skyharboraviation.com]]."
Write a reply explaining how a provider changes security coordinators and that they should reset that password immediately."""),

("positive", "trinidad_student_chat", "trinidadian", """[chat] student: hi miss, its [[PERSON:Rishi Ramsaran]], I paid the AFSP fee twice by mistake, the card ending 8814
[chat] student: full card is [[CREDIT_CARD:4663 9233 2146 8814]] if you need it for refund
[chat] me: please don't send the full card number here
[chat] student: sorry!! my number is [[PHONE_NUMBER:+1 868-555-0177]]
what's the refund process for duplicate AFSP fees?"""),

("positive", "inspector_note", "ghanaian", """Compliance inspection note, Gulf Breeze Flight Academy, 12/02:
Reviewed AFSP records for 9 candidates. For [[PERSON:Yaw Darko Asante]] (DOB [[DATE_OF_BIRTH:17 Jan 1997]]), flight training began 11/04 but the photo upload (required on arrival) was not done until 11/19. Security Coordinator [[PERSON:Lorraine Bisset]] stated the student's arrival was not logged because the front desk employee, [[PERSON:Joy Nakamura]], was on leave.
Rewrite as a finding with a citation to 49 CFR 1552.3(h)."""),

("positive", "vietnamese_parent_letter", "vietnamese", """Dịch giúp tôi sang tiếng Anh:

"Kính gửi trường bay, tôi là [[PERSON:Đoàn Thị Mai Phương]], mẹ của học viên [[PERSON:Trịnh Gia Huy]] (sinh ngày [[DATE_OF_BIRTH:21 tháng 6 năm 2003]]). Con tôi nói hồ sơ AFSP bị trễ vì dấu vân tay không đọc được. Xin cho tôi biết cháu phải làm lại ở đâu. Số điện thoại của tôi: [[PHONE_NUMBER:+84 28 3555 0196]]." """),

("positive", "recurrent_candidate", "german+colombian", """Two recurrent-training candidates from the same airline for the A320 type rating, can you draft the notification emails?
1. [[PERSON:Friedrich-Wilhelm Auer]], Lufthansa-type carrier, passport [[US_PASSPORT:C7HK29XLM]], training 01/06-01/17
2. [[PERSON:María Camila Suárez Londoño]], passport [[US_PASSPORT:AT0419837]], training 01/06-01/17
Both are Category 1 (existing type rating holders)."""),

("positive", "ktn_student", "filipino", """A US-citizen instructor asked why she got a TSA letter. Her info: [[PERSON:Analyn Bautista-Reyes]], KTN [[KNOWN_TRAVELER_NUMBER:TT7103459]], DL [[US_DRIVER_LICENSE:B462-718-93-551-0]] (FL). I think she's just confused and the letter is about security awareness training. Help me write a friendly explanation."""),

("positive", "api_jwt_debug", None, """Our flight school software calls the AFSP provider API and returns 401. Here's the request header from the log:

POST /afsp/provider/v2/trainingrequests HTTP/1.1
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwcm92aWRlci0wMDQxMTgiLCJzY29wZSI6InRyYWluaW5nLnJlYWQiLCJleHAiOjE3OTU5MDQwMDB9.Vn3kQ8pXr2Lw7tYbM0sJ5cHf1ZaE9uGdKq4oRi6NxWy]]
Content-Type: application/json

Is the token expired?"""),

("evasion", "lookalike_passport", "mongolian", """student typed his passport with letter O instead of zero in the form and now the system rejects it: [[PERSON:Ganbold Erdenebileg]], passport [[US_PASSPORT:E1O7O4829]] – should I correct it or ask him?"""),

("evasion", "dob_words", "saudi", """voice note from the student, transcription: "my name is [[PERSON:Turki Nasser Al-Harbi]], date of birth is [[DATE_OF_BIRTH:twenty-second of May, two thousand one]], passport number [[US_PASSPORT:B as in boy, seven seven one, four zero nine, eight two]]" — put this in the standard intake format"""),

("evasion", "ssi_emphasis", None, """Pasted from the security coordinator's newsletter draft, it starts with *[[CUI_MARKING:S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N]]* in italics and then just talks about locking aircraft and keys after hours. Is it appropriate for a newsletter?"""),

("hard_negative", "regulation_summary", None, """Summarize 49 CFR Part 1552 Subpart A (flight training for aliens) and Subpart B (security awareness training) in a table: who is covered, what's required, deadlines. Mention the four candidate categories."""),

("hard_negative", "tail_numbers", None, """Aircraft availability next week: N172SP (C172S), N3516K (PA-28-181), N80412 (DA40), N911XW (SR20, in maintenance until 12/12). Build me a schedule grid Mon-Fri 0700-1900 with two-hour blocks."""),

("hard_negative", "aviation_history", None, """For the security awareness slide deck intro: a short paragraph on how flight training security changed after 2001, plus a fun fact line about the Wright brothers' first flight at Kitty Hawk and Amelia Earhart's transatlantic solo. No more than 100 words."""),

("hard_negative", "public_contact", None, """Flight schools can reach the TSA Contact Center at 866-289-9673 for general questions, and AFSP-specific questions go through the help desk link on the AFSP portal. Put that in the footer of our handout along with "tsa.gov/for-industry/flight-schools"."""),

("hard_negative", "scrubbed_finding", None, """Finding (sanitized for training): During the inspection, the flight training provider could not show the photograph of one candidate taken upon arrival. The Security Coordinator stated the front desk was short-staffed. Corrective action: designate a backup employee for arrival logging. Rewrite this as a lessons-learned bullet."""),

("hard_negative", "fee_question", None, """AFSP fee is $130 per training request. A student was charged on 11/30 (transaction 2026113055501842) and again on 12/01 (transaction 2026120155501907). Transaction IDs from the pay.gov receipt. What's the refund route for a duplicate charge?"""),

("hard_negative", "kinship_titles", None, """Can you fix this sentence for the newsletter: "Our Chief Pilot, Director of Maintenance and the Security Coordinator will host families — moms, dads, grandparents — at the open house on Saturday; the Captain and First Officer from our charter side will give hangar tours." """),

("hard_negative", "password_policy", None, """The inspector asked whether our scheduling software enforces password rules. It requires 14 characters, locks after 5 failed attempts, and forces a password change every 90 days; we don't store passwords in plain text. Write a short paragraph for our security program describing that."""),

("hard_negative", "place_names", None, """Students ask about cross-country routes: Sebring to Marathon, Punta Gorda to Venice, Cedar Key to Perry, Lakeland to Winter Haven, Ocala to Williston. Which of these have a towered airport at both ends?"""),

("hard_negative", "aircraft_models", None, """Explain the difference for a new student between a Piper Seminole, Piper Archer, Cessna Skyhawk, Beechcraft Bonanza, and a Diamond DA42 Twin Star. Which count as "aircraft 12,500 lbs or less" for AFSP categories?"""),

("hard_negative", "ssi_prose", None, """Do flight school security awareness materials count as SSI? The TSA-provided course isn't marked, and I want to put parts of it on our public website. Is there a 49 CFR 1520 issue or not?"""),
]
