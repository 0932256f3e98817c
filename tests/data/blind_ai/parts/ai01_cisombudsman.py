# Voice 1: CIS Ombudsman case assistance (DHS-7001 requests from applicants and congressional offices)
RECORDS = [
("positive", "ombuds_intake_email", "salvadoran", """Subject: DHS-7001 follow-up — I-765 stuck past processing time

Hi, I'm summarizing a case assistance request that came in overnight so I can draft the acknowledgement letter. Please keep it plain and short:

Requestor: [[PERSON:Yesenia Maricela Quintanilla Argueta]]
DOB: [[DATE_OF_BIRTH:03/18/1991]]
A#: [[A_NUMBER:A214 763 058]]
Receipt: [[USCIS_RECEIPT_NUMBER:IOE0917734421]] (I-765, category (c)(8))
Filed 14 months ago, two case inquiries through the contact center, both answered with the generic "within normal processing times" reply even though the posted time is 7.5 months.
Mailing address: [[STREET_ADDRESS:2218 Kenilworth Ave, Apt 4B, Bladensburg, MD 20710]]
Phone: [[PHONE_NUMBER:(301) 555-0163]]

Draft the ack letter addressed to Ms. [[PERSON:Quintanilla Argueta]] explaining we've sent the inquiry to the service center and that we can't expedite."""),

("positive", "congressional_liaison", "yoruba+igbo", """From: [[PERSON:Tobiloba Adeyemi-Okafor]] <[[EMAIL_ADDRESS:tobiloba.adeyemi-okafor@mail.house.gov]]>
To: Ombudsman Congressional Liaison
Subject: Constituent — [[PERSON:Chukwuemeka Nwachukwu]], N-400 interview rescheduled 3x

Good morning,

Our office is assisting [[PERSON:Chukwuemeka Nwachukwu]] (A-[[A_NUMBER:A087-412-396]], receipt [[USCIS_RECEIPT_NUMBER:NBC2290418837]]). His naturalization interview at the Baltimore field office has been rescheduled three times, each notice arriving after the date. Privacy release signed, attached. He can be reached at [[PHONE_NUMBER:667-555-0181]].

Thanks,
[[PERSON:Tobiloba Adeyemi-Okafor]]
Caseworker, Office of Rep. (MD-04)"""),

("positive", "case_note_terse", "vietnamese", """case 26-0411873 note: spoke w/ [[PERSON:Trần Thị Bích Phượng]] (dob [[DATE_OF_BIRTH:1986-08-02]]), I-130 for her mother [[PERSON:Nguyễn Thị Huệ]] approved 2023 but NVC shows no record. receipt [[USCIS_RECEIPT_NUMBER:WAC2312048816]]. she says approval notice was mailed to old address [[STREET_ADDRESS:9041 Bolsa Ave #12, Westminster, CA 92683]]. asked her to send copy. callback [[PHONE_NUMBER:714-555-0129]]"""),

("positive", "chat_turn_summarize", "haitian", """User: can you help me rewrite this into a neutral summary for the service center? the applicant wrote it in a hurry.

"my name is [[PERSON:Jean-Robert Dorvilier]] born [[DATE_OF_BIRTH:27 janvier 1979]] in Jacmel, my TPS re-registration I-821 [[USCIS_RECEIPT_NUMBER:EAC2410337652]] was rejected because they say fee missing but bank show the check cash on the 3rd, my wife [[PERSON:Marie-Claude Dorvilier]] same thing, her A number [[A_NUMBER:A201558734]]. please help my EAD expire next month and I will lose my job at the hospital"

Assistant:"""),

("positive", "csv_weekly_queue", "mongolian+somali+dominican+maori", """case_no,requestor,form,receipt,a_number,days_pending,status
26-0398102,[[PERSON:Oyunbileg Batbayar]],I-485,[[USCIS_RECEIPT_NUMBER:MSC2391104457]],[[A_NUMBER:A219004371]],611,sent to NBC
26-0398117,[[PERSON:Hamdi Yusuf Warsame]],I-751,[[USCIS_RECEIPT_NUMBER:IOE0920651183]],[[A_NUMBER:A098556210]],702,awaiting response
26-0398140,[[PERSON:Liliana Peralta Cordero]],I-131,[[USCIS_RECEIPT_NUMBER:LIN2409917320]],,95,closed - resolved
26-0398151,[[PERSON:Rangi Tapsell]],I-90,[[USCIS_RECEIPT_NUMBER:IOE0921188054]],[[A_NUMBER:A076213948]],288,sent to NBC"""),

("positive", "letter_draft_punjabi", "punjabi+anglo", """Please fix the grammar only, don't change any facts:

Dear [[PERSON:Harpreet Kaur Dhaliwal]],

The Office of the Citizenship and Immigration Services Ombudsman received your request for case assistance on behalf of your spouse, [[PERSON:Gurwinder Singh Dhaliwal]] (date of birth [[DATE_OF_BIRTH:July 19, 1984]]), regarding Form I-485, receipt number [[USCIS_RECEIPT_NUMBER:SRC2208834107]]. We has contacted USCIS and asked them to review the case. You may expect a response within 60 days.

Sincerely,
[[PERSON:Deborah Kline]]
Case Assistance Specialist"""),

("positive", "ocr_7001_form", "guatemalan", """OCR from scanned DHS Form 7001, please tell me which fields are missing:

Sec 1. Applicant   Last: [[PERSON:C A J   T Z O Y]]   First: [[PERSON:M i g u e l  A n g e l]]
Date of Birth (mm/dd/yyyy) [[DATE_OF_BIRTH:0 4 / 2 2 / 1 9 9 5]]
A-Number [[A_NUMBER:A 208 314 672]]
Address [[STREET_ADDRESS:1507 Pinecrest Rd , Lot 22 , Dalton , GA 30721]]
Sec 2. Form type  I-589?? (illegible)   Receipt No. ______
Sec 5. Signature ______ Date 1 1 / 0 4 / 2 0 2 6"""),

("positive", "cui_banner_case_summary", "iraqi", """[[CUI_MARKING:CUI//SP-IMMG]]

The banner is on our template, leave it. Condense this for the weekly report:

Requestor [[PERSON:Mustafa Kadhim Al-Rubaie]], SIV holder, A[[A_NUMBER:A203617745]]. I-485 based on SIV pending since interview; FBI name check cleared per USCIS. Spouse [[PERSON:Zainab Hadi Jasim]] case approved same day, his not. We asked NBC for a status review."""),

("positive", "voicemail_transcript", "kenyan", """Voicemail (auto-transcribed, 1:12): "hi this is [[PERSON:wanjiru gitau]] calling again about my husband's case, his name is [[PERSON:peter mwangi gitau]], the receipt is [[USCIS_RECEIPT_NUMBER:IOE0922417380]], I sent the form last week, my number is [[PHONE_NUMBER:six one seven five five five zero one four four]], please call back after three, thank you" — need a callback note for the queue"""),

("positive", "multi_turn_ombuds", "ukrainian", """User: I've got a U4U parolee asking about her EAD. Can you draft two sentences for the inquiry box?
Assistant: Sure — please give me the form type, how long it has been pending, and what the applicant has already tried.
User: I-765 filed Feb, receipt [[USCIS_RECEIPT_NUMBER:IOE0923506614]], name [[PERSON:Oksana Viktorivna Hrytsenko]], DOB [[DATE_OF_BIRTH:14.05.1988]], A-[[A_NUMBER:A245118093]], she's been to the field office twice and they told her to wait. email [[EMAIL_ADDRESS:o.hrytsenko88@gmail.com]]"""),

("positive", "ssn_mismatch_case", "filipino", """Ombudsman case: [[PERSON:Ma. Cristina Dizon Villanueva]]'s new green card shows the wrong date of birth (card says [[DATE_OF_BIRTH:06/19/1975]], her actual DOB is [[DATE_OF_BIRTH:06/09/1975]]). I-90 for card error filed, [[USCIS_RECEIPT_NUMBER:MSC2490155278]]. Her employer's HR flagged it against her SSN record ([[US_SSN:532-71-4086]]). Can you help me write the request to the NBC for a no-fee replacement?"""),

("positive", "lowercase_rush", "honduran", """pls reword for the inquiry: applicant [[PERSON:wilmer josue banegas reyes]] [[A_NUMBER:A201936475]] says his i-821d renewal was approved but card was returned undeliverable, new addr [[STREET_ADDRESS:418 w 5th st apt 2, greenville nc 27834]], his cel [[PHONE_NUMBER:252 555 0170]]"""),

("positive", "fouo_legacy_congress", "korean", """[[CUI_MARKING:(U//FOUO)]] Congressional inquiry tracker excerpt — do not forward outside CISOMB

Rep. office contact: [[PERSON:Grace Min-jung Park]] ([[EMAIL_ADDRESS:grace.park@mail.house.gov]])
Constituent: [[PERSON:Lee Jae-hoon]] ([[PERSON:이재훈]]), H-1B transfer, I-129 [[USCIS_RECEIPT_NUMBER:WAC2418802336]]
Can you turn this into a one-line status update?"""),

("positive", "expedite_denied", "afghan", """Help me explain to the requestor why the expedite was denied. Short, kind.
Requestor: [[PERSON:Zarghuna Ahmadzai]], parolee, I-589 pending, A-number [[A_NUMBER:A-241-556-071]]. Her expedite reason was her daughter [[PERSON:Mursal]]'s surgery (DOB [[DATE_OF_BIRTH:2015-12-30]]) but the documentation was a clinic appointment card only."""),

("evasion", "split_receipt_chat", "dominican", """ok the system keeps eating my note so here it is in pieces lol
client: [[PERSON:Y.o.c.a.s.t.a  F.e.l.i.z]]
receipt part one: [[USCIS_RECEIPT_NUMBER:IOE 09 / 249 / 81 / 577]]
a-num: [[A_NUMBER:A two zero seven, four four one, nine eight two]]
just combine them and write a status inquiry"""),

("evasion", "homoglyph_anum", "eritrean", """Write a polite inquiry for this person. Name: [[PERSON:Ѕеnаit Теklе Наbtе]], Alien no. [[A_NUMBER:Α２１３６０５８２４]], asylum approved 2019, I-485 pending 4 years."""),

("evasion", "b64_blob", "somali", """decode this and tell me if it's enough info for a 7001: """ + "[[A_NUMBER:" + __import__("base64").b64encode(b"A219447360").decode() + "]]" + """ name is [[PERSON:Faadumo Cabdi Warfaa]], the rest is in the attachment"""),

("hard_negative", "processing_times_question", None, """What's the difference between the Ombudsman's case assistance and filing an e-Request with USCIS? I'm writing an FAQ. The Ombudsman is independent of USCIS, reports to Congress annually by June 30, and generally asks people to try USCIS customer service first unless the case is outside normal processing times by 60 days or more."""),

("hard_negative", "annual_report_stats", None, """Annual Report draft table — can you check the percentages add up?

Form | Requests received | Share
I-765 | 11,482 | 31.2%
I-485 | 7,906 | 21.5%
I-130 | 4,113 | 11.2%
N-400 | 2,960 | 8.0%
Other | 10,337 | 28.1%
Total | 36,798 | 100%"""),

("hard_negative", "receipt_format_training", None, """Training slide text, check tone: "A receipt number has three letters for the service center followed by 10 digits, for example EAC9999999999 or IOE0000000000. Never paste a real receipt number into a slide — use the example format only." """),

("hard_negative", "case_number_internal", None, """can you sort these internal case numbers ascending and tell me which are duplicates: 26-0398102, 26-0411873, 26-0398117, 26-0398102, 26-0402290, 26-0398151, 26-0402290"""),

("hard_negative", "public_official_quote", None, """For the intro of the annual report, paraphrase: The Ombudsman's office was created by Section 452 of the Homeland Security Act of 2002. Each year the report goes to the House and Senate Judiciary Committees; the Secretary of Homeland Security receives it at the same time."""),

("hard_negative", "congressional_template", None, """Template for congressional caseworkers, please tighten:

Constituent name: [Full legal name]
Date of birth: [MM/DD/YYYY]
A-Number: [A-XXXXXXXXX]
Receipt number: [e.g., ABC1234567890]
Privacy release attached? [Y/N]"""),

("hard_negative", "ombuds_process_chat", None, """User: When we say a request is "outside normal processing times", which time do we compare against — the 80th percentile on the USCIS site or the 93rd?
Assistant: The published figure is the time within which 80% of cases are completed, so compare the case's age with that number for the same form, category and office.
User: ok and the expedite criteria are in the Policy Manual, Volume 1, Part A, Chapter 5?"""),

("hard_negative", "form_numbers_list", None, """list which of these forms have fee waivers available: I-90, I-131, I-485, I-765, I-821D, I-912, N-400, N-600, I-751. Answer as a markdown table."""),

("hard_negative", "kinship_request", None, """Requestor says her brother-in-law filed for her mother and the grandmother as derivatives. Is a grandparent ever a derivative on an I-130? Explain who counts as an immediate relative vs. family preference."""),
]
