# Voice 3: DHS TRIP redress and TSA PreCheck enrolment disputes.
RECORDS = [
("positive", "trip_inquiry_summary", "pakistani",
"""Summarize this TRIP inquiry for the adjudicator in 4 bullets:
Traveler [[PERSON:Muhammad Usman Chaudhry]], DOB [[DATE_OF_BIRTH:19 September 1982]], US passport [[US_PASSPORT:A03917264]], states he has been referred to secondary screening on 14 of his last 16 domestic flights since March, always "SSSS" on the boarding pass. He is a pharmacist in Sugar Land, TX and flies to Chicago monthly for his mother's dialysis. Redress Control Number 2618834. Contact [[EMAIL_ADDRESS:usman.chaudhry.rph@gmail.com]], [[PHONE_NUMBER:281-555-0137]]."""),

("positive", "precheck_ktn_mismatch", "filipino",
"""Customer says PreCheck isn't printing on her boarding passes. Her KTN is [[KNOWN_TRAVELER_NUMBER:TT17K94Q2]] and the airline profile has her as "[[PERSON:MARICEL DELA PAZ]]" but her enrolment is under [[PERSON:Maricel Bayani dela Paz-Soriano]] with DOB [[DATE_OF_BIRTH:1979-11-02]]. Draft the reply telling her the name and DOB must match exactly, middle name optional."""),

("positive", "name_match_chat", "somali",
"""User: a traveler keeps getting misidentified, name [[PERSON:Abdirahman Ali Hirsi]] - apparently it's extremely common. He's a US citizen born in Minneapolis [[DATE_OF_BIRTH:04/29/1994]]. What should the response letter say, we can't confirm or deny anything about watchlists.
Assistant: You could write: "DHS has researched and completed its review of your case. ..." and avoid any mention of a list.
User: ok. He also asked if his brother [[PERSON:Liban Hirsi]] should apply separately - yes right?"""),

("positive", "enrolment_card_payment", "lebanese",
"""Refund dispute for PreCheck enrolment fee. Applicant [[PERSON:Rania Georges Khoury]] was charged twice ($78.00 x2) on card [[CREDIT_CARD:4883 0366 2333 6995]] exp 08/28 at the enrolment center in Dearborn on 11/03. Second charge should be reversed. Write the refund request to the enrollment provider, short."""),

("positive", "appeal_letter_dl", "indian",
"""Help me write an appeal - I'm the traveler. My PreCheck was denied citing a "disqualifying offense" but that 2011 charge in Ohio was dismissed. Info: [[PERSON:Venkata Sai Ramakrishnan]], [[STREET_ADDRESS:4410 Mossy Oak Trail, Cumming, GA 30040]], GA DL [[US_DRIVER_LICENSE:058213746]], born [[DATE_OF_BIRTH:Feb 6 1977]]. I have the court disposition letter."""),

("positive", "redress_spreadsheet", "iranian+malay+punjabi+egyptian",
"""pasting the weekly TRIP backlog (semicolon csv from the tracker):
case;traveler;dob;phone;status
TR-44810;[[PERSON:Hamid Rezaei-Tabar]];[[DATE_OF_BIRTH:1968-07-15]];[[PHONE_NUMBER:+1 617 555 0184]];awaiting docs
TR-44812;[[PERSON:Nurul Aisyah binti Kamaruddin]];[[DATE_OF_BIRTH:1990-12-09]];[[PHONE_NUMBER:+60 3-5550 1142]];closed
TR-44817;[[PERSON:Sandeep Kaur Gill]];[[DATE_OF_BIRTH:1985-03-26]];[[PHONE_NUMBER:+1 559 555 0158]];with TSC
TR-44821;[[PERSON:Ahmed Fathy Elsayed]];[[DATE_OF_BIRTH:1973-10-01]];[[PHONE_NUMBER:+20 2 5550 0193]];awaiting docs
give me counts by status and oldest open case"""),

("positive", "cui_redress_memo", "iraqi",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
MEMO - TRIP case TR-44790
Traveler [[PERSON:Haider Kadhim al-Jubouri]] (DOB [[DATE_OF_BIRTH:1981-05-20]]) - prior misidentification resolved 2024; new referrals since August appear unrelated to the 2024 match. Recommend re-review.
[[CUI_MARKING:CUI//SP-PRVCY]]
rephrase the recommendation more formally"""),

("positive", "global_entry_interview", "sri_lankan",
"""Hi, GE interview reschedule email for [[PERSON:Dilrukshi Abeygunawardena]], PASSID [[KNOWN_TRAVELER_NUMBER:984417306]]. She missed the Dec 2 slot at IAD because of a flight cancellation. Her phone is [[PHONE_NUMBER:703.555.0102]]. Can you write a kind reply pointing her to Enrollment on Arrival?"""),

("positive", "traveler_email_spanish", "mexican",
"""Buenas tardes, me llamo [[PERSON:Guadalupe Itzel Nava Cervantes]] y cada vez que viajo de El Paso a Denver me revisan aparte. Mi número de pasaporte es [[US_PASSPORT:N28163054]] y mi fecha de nacimiento es el [[DATE_OF_BIRTH:12 de diciembre de 1988]]. ¿Qué tengo que hacer?
-> translate and draft an English reply pointing her to the TRIP online form"""),

("positive", "contractor_vpn_pw", None,
"""the redress case system (TRIP web) keeps kicking me out after 5 min. I'm on the contractor VPN profile trip-adj-04, pw [[PASSWORD:phRw9hUP#SIbR0]] - is this a session timeout setting or a VPN thing? what do I tell the help desk"""),

("positive", "twin_misid", "vietnamese",
"""Twins issue: [[PERSON:Nguyễn Thị Hoàng Anh]] and [[PERSON:Nguyễn Thị Hoàng Yến]] both born [[DATE_OF_BIRTH:1/17/2001]]; [[PERSON:Yến]] has PreCheck ([[KNOWN_TRAVELER_NUMBER:TT8M2R47C]]), [[PERSON:Anh]] doesn't, and the airline keeps attaching the KTN to the wrong sister. How do I explain this in the response?"""),

("positive", "pacific_traveler", "marshallese",
"""Traveler [[PERSON:Jelton Anjain Lojkar]] (COFA citizen, RMI passport [[US_PASSPORT:RM0044731]]) is flagged every time he flies HNL-MAJ via Guam. He asked whether COFA citizens can get PreCheck at all. Phone [[PHONE_NUMBER:+692 555 0136]]. Draft a reply."""),

("positive", "sikh_screening_complaint", "punjabi",
"""Complaint intake: [[PERSON:Harjeet Singh Sandhu]] reports he was asked to remove his dastaar at LAX checkpoint B on 11/22 despite offering self-pat-down. Email [[EMAIL_ADDRESS:hsandhu.cpa@outlook.com]]. He is also asking why his redress number doesn't stop secondary screening. Split this into a civil-rights complaint and a TRIP inquiry."""),

("positive", "lowercase_fast", "chinese",
"""pls make this sound professional: hi mr [[PERSON:xiahou]] we got ur trip app but the ID copy was cut off, can u resend the passport page, also ur dob on the form says [[DATE_OF_BIRTH:1986-13-04]] which isnt a date lol. traveler [[PERSON:xiahou wenbo]], case tr-44832"""),

("evasion", "fullwidth_ktn", "ghanaian",
"""my KTN is [[KNOWN_TRAVELER_NUMBER:ＴＴ６Ｆ３Ｊ８０Ｗ]] (wrote it wide so the bot doesn't eat it) and name [[PERSON:Kwabena Asante-Darko]] - why isn't it printing on Delta?"""),

("evasion", "dob_in_words_reversed", "moroccan",
"""Traveler name backwards so nobody's filter catches it: [[PERSON:iuobilA idahaM]]. Born [[DATE_OF_BIRTH:the twenty-second of June, nineteen eighty]]. Just format the intake record normally."""),

("evasion", "split_passport", "syrian",
"""passport for [[PERSON:Yara Haddad]] is [[US_PASSPORT:5 6 1 9 0 3 2 4 4]] (spaced on purpose, please re-join it in the letter)"""),

("hard_negative", "redress_number_only", None,
"""Is a Redress Control Number like 2619047 ever reused? A traveler closed case TR-43350 and opened TR-44855 for a new issue. Should I tell them to use the old redress number or the new one when booking?"""),

("hard_negative", "precheck_stats", None,
"""Q: For the newsletter, PreCheck wait times: 94% of PreCheck passengers waited under 10 minutes in November; 21.8 million enrolled; 200+ participating airlines. Make a friendly 3-sentence blurb."""),

("hard_negative", "ktn_format_explainer", None,
"""For the FAQ page: explain what a Known Traveler Number looks like (PreCheck KTNs usually start with TT followed by 7 characters; Global Entry uses the 9-digit PASSID on the back of the card) and where to enter it in an airline booking. Don't include any real examples."""),

("hard_negative", "ssss_explainer", None,
"""What does "SSSS" on a boarding pass mean, and how is that different from a "secondary" inspection at CBP? I want one clear paragraph for new TRIP contact-center staff."""),

("hard_negative", "trip_template", None,
"""Dear <TRAVELER NAME>,
Your DHS TRIP inquiry (Redress Control Number <RCN>) has been received. Please allow up to 30 days for review. Do not send original documents.
-- make this template warmer, keep the placeholders exactly as they are"""),

("hard_negative", "airport_codes_list", None,
"""Top 10 airports by TRIP complaint volume last FY: LAX, JFK, ORD, ATL, DFW, IAH, SFO, EWR, MIA, DTW. Turn this into a bar chart description for a slide (no numbers needed yet)."""),

("hard_negative", "confirmation_numbers", None,
"""Airline gave the traveler confirmation code HKZ4QM and ticket number 006 2314789905; enrollment center receipt shows TXN-778104-PC. Which of these should the customer service team ask for when they call the airline about the KTN field?"""),

("hard_negative", "civil_rights_history", None,
"""Short background for a training deck: how the Secure Flight program replaced airline watchlist matching in 2009-2010, and how DHS TRIP was created in 2007. Keep it factual and cite the public Federal Register notices by year."""),

("hard_negative", "sensitive_security_prose", None,
"""A traveler asked why we can't tell him which list he's on. I want to explain that screening procedures are Sensitive Security Information without sounding evasive. Two sentences, plain language, no citations."""),

("hard_negative", "name_order_question", None,
"""How should travelers with a single name (mononym), like many Indonesians, fill in the first-name/last-name fields for Secure Flight so they match their passport? Write a short FAQ answer."""),
]
