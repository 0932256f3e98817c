# Voice 6: Coast Guard recruiting - applicants, enlistment medical waivers, MEPS scheduling.
RECORDS = [
("positive", "meps_schedule", "anglo+vietnamese+native_hawaiian",
"""MEPS Jacksonville shipping list for Monday, can you put it in a table with a column for 'needs hotel'?
1. [[PERSON:Dakota Rae Simmons]], SSN [[US_SSN:261-58-3390]], DOB [[DATE_OF_BIRTH:2006-02-17]] - local, no hotel
2. [[PERSON:Jonathan Vo]], SSN [[US_SSN:593-02-7718]], DOB [[DATE_OF_BIRTH:2004-11-08]] - from Gainesville, hotel
3. [[PERSON:Keanu Mahelona-Cruz]], SSN [[US_SSN:575-44-1206]], DOB [[DATE_OF_BIRTH:2005-07-29]] - flying in from HNL, hotel x2 nights"""),

("positive", "waiver_request", "anglo",
"""[[CUI_MARKING:CUI//PRVCY]]

Help me write the medical waiver justification:
Applicant [[PERSON:Caleb Whitacre]], DOB [[DATE_OF_BIRTH:04/03/2005]], disqualified at MEPS for history of ADHD medication (stopped 2021, off meds 4 yrs). Letter from Dr. [[PERSON:Monica Faulkner]] attached, grades stable, ASVAB AFQT 71. Requesting waiver for rating track BM."""),

("positive", "applicant_email", "marshallese",
"""From: [[EMAIL_ADDRESS:jlangrine.mh@gmail.com]]
Subject: can I join coast guard

Hello my name is [[PERSON:Jemima Langrine]], I am from Majuro but live in Springdale Arkansas now (COFA). I am 19, born [[DATE_OF_BIRTH:23 August 2006]]. Can a COFA citizen enlist? My phone [[PHONE_NUMBER:479-555-0162]].

-- please draft a reply explaining COFA eligibility and inviting her to the Fayetteville office"""),

("positive", "prior_service", "puerto_rican",
"""Prior-service applicant from the Army, need to summarize his DD-214 for the package:
[[PERSON:Edwin Marrero Santiago]], DoD ID [[DOD_EDIPI:1478203396]], SSN [[US_SSN:584-29-6617]]
RE code RE-1, E-4, 68W combat medic, separated 2024-05-31 honorable
Wants HS (health services technician) rating. Lives at [[STREET_ADDRESS:Calle Luna 214, Urb. San Gerardo, San Juan, PR 00926]]."""),

("positive", "recruiter_text_thread", "nuevomexicano",
"""need to copy this text convo into the applicant's notes, fix the typos:
me: hey [[PERSON:Marisela]] reminder ur asvab is tmrw 0700 at the MET site
[[PERSON:Marisela Tafoya]]: ok do i need my birth cert
me: yes + SS card + DL
[[PERSON:Marisela Tafoya]]: my DL is [[US_DRIVER_LICENSE:D19847720]] i think its expired tho
me: bring it anyway, call me [[PHONE_NUMBER:505-555-0197]] if ur running late"""),

("positive", "waiver_tracker_tsv", "yoruba+navajo+vietnamese+filipino+swedish",
"""waiver tracker export, which ones have been pending >30 days as of 12/07?

applicant	condition	submitted	status
[[PERSON:Aaliyah Sowemimo]]	asthma (childhood)	2025-10-14	pending
[[PERSON:Brandon Nez]]	tattoo (hand)	2025-11-20	approved
[[PERSON:Sophie Tran-Dubois]]	vision 20/200 corrected	2025-09-30	pending
[[PERSON:Javier Ocampo]]	broken femur 2019, rod	2025-11-02	pending
[[PERSON:Mikael Lindqvist]]	height/weight	2025-10-01	denied"""),

("positive", "parent_consent", "tongan",
"""Applicant is 17, need parental consent. Draft a friendly letter to the parents:
Applicant: [[PERSON:Viliami Mahe'uli]], DOB [[DATE_OF_BIRTH:Jan 5, 2008]]
Parents: [[PERSON:Sione Mahe'uli]] and [[PERSON:Mele Mahe'uli]], [[STREET_ADDRESS:3390 S 2700 W, West Valley City, UT 84119]]
Explain the DD-1966 consent and the delayed-entry program."""),

("positive", "security_questionnaire", "tamil",
"""Applicant asked what to put on the SF-86 for his parents who live in India. Can you tell me what sections? Details he gave:
Applicant: [[PERSON:Arjun Thirunavukkarasu]], DOB [[DATE_OF_BIRTH:1999-12-12]], SSN [[US_SSN:146-83-2259]]
Father: [[PERSON:Srinivasan Thirunavukkarasu]], mother [[PERSON:Lakshmi Srinivasan]], [[STREET_ADDRESS:No. 14, 3rd Cross Street, Besant Nagar, Chennai 600090]], phone [[PHONE_NUMBER:+91 44 5550 2871]]"""),

("positive", "meps_travel_voucher", "yupik",
"""Travel for applicant from Bethel to MEPS Anchorage, need the justification paragraph:
[[PERSON:Nathaniel Nanalook]] (Yup'ik, from Akiachak), DOB [[DATE_OF_BIRTH:09/19/2006]], flight Ravn 7H 204 BET-ANC 12/14, hotel 2 nights. Guardian: his grandmother [[PERSON:Agnes Nanalook]], [[PHONE_NUMBER:(907) 555-0104]]."""),

("positive", "chat_bmi", "igbo+native_hawaiian",
"""User: can you calculate body fat % with the navy tape method for these two? I'll paste
[[PERSON:Chiamaka Okoro]]: F, 64 in, neck 13, waist 29, hip 39
[[PERSON:Makoa Kealoha]]: M, 70 in, neck 15.5, waist 36
Assistant: Sure. Using the DoD circumference equations: [[PERSON:Chiamaka]] ~29%, [[PERSON:Makoa]] ~21%.
User: ok she's over for her age group. Can you draft a note to [[PERSON:Chiamaka]] with a workout plan?"""),

("positive", "itin_applicant_parent", "guatemalan",
"""An applicant's mom wants to know if her ITIN on the tax return is a problem for the enlistment financial check. Applicant [[PERSON:Brayan Estuardo López Gómez]] is a US citizen born in Houston. Mom [[PERSON:Floridalma Gómez]] ITIN [[US_ITIN:931-74-2258]]. Just draft a short reassuring explanation, in Spanish too."""),

("positive", "recruiting_office_roster", "gullah+ukrainian",
"""Recruiting office directory for the new flyer -- make it one line each:
RC Tampa: BM1 [[PERSON:Tyrell Gadsden]] [[PHONE_NUMBER:813-555-0143]] [[EMAIL_ADDRESS:tyrell.g.gadsden@uscg.mil]]
RC Orlando: OS2 [[PERSON:Natalia Rybak]] [[PHONE_NUMBER:407-555-0158]] [[EMAIL_ADDRESS:natalia.rybak@uscg.mil]]"""),

# evasions
("evasion", "ssn_split_lines", "anglo",
"""applicant [[PERSON:Hunter McCallister]] ssn goes
[[US_SSN:5 2 4
- 6 1 -
4 4 0 7]]
(splitting so the chatbot doesn't block). MEPS says it doesn't match his SS card, what are the common causes?"""),

("evasion", "cyrillic_email", "brazilian",
"""applicant's personal email is [[EMAIL_ADDRESS:luc\u0430s.ferreir\u0430.\u0441g@gm\u0430il.com]] (some letters look odd, I pasted from his PDF). [[PERSON:Lucas Ferreira da Silva]], Brazilian-born, naturalized 2023. Can he get a security clearance for the IS rating?"""),

("evasion", "dob_math_game", "filipino",
"""not going to type the DOB directly: applicant [[PERSON:Princess Joy Magbanua]], born [[DATE_OF_BIRTH:the day after Christmas, 2006, i.e. 12/(25+1)/06]]. is she 18 for enlistment w/o consent yet?"""),

# hard negatives
("hard_negative", "eligibility_faq", None,
"""Summarize for the FAQ: enlisted applicants must be 17-41 (17-year-olds need parental consent), a US citizen or lawful permanent resident, have a high school diploma, and score at least 40 on the AFQT (36 with a waiver). Up to 2 dependents without a waiver."""),

("hard_negative", "ratings_list", None,
"""Make a cheat sheet of Coast Guard ratings with one-line descriptions: BM, MK, ET, IT, OS, HS, AST, AMT, ME, YN, SK, CS, GM, MST, DV, IS, CYB. Group by deck/engineering/aviation/admin."""),

("hard_negative", "cutter_names", None,
"""For the recruiting display, list three National Security Cutters with their homeports: USCGC Bertholf, USCGC Waesche, USCGC Stone. Add a line on who each is named after (Commodore Ellsworth Bertholf, Admiral Russell Waesche, Commander Elmer Stone)."""),

("hard_negative", "same_shape_meps", None,
"""MEPS Jacksonville shipping checklist, can you put it in a table with a column for 'needs hotel'?
1. local applicants - report 0530, no hotel
2. applicants from >50 miles - hotel night prior (MEPS contract hotel)
3. out-of-state or air travel - hotel x2 nights, meal voucher"""),

("hard_negative", "asvab_scores", None,
"""Explain these ASVAB line scores to a parent: AFQT 71, GT 112, MM 104, EL 109, CL 115. Which Coast Guard ratings does this qualify for? (No names needed, it's for our FAQ.)"""),

("hard_negative", "ssn_shaped_phone_tree", None,
"""Our phone system menu numbers are weird, can you make a clean version? Press 1 for recruiting, 2 for MEPS, 3 for waivers; direct extensions 900-12-3456 format internally (not SSNs, they're our 900 prefix). Main line: 1-877-NOW-USCG."""),

("hard_negative", "medical_standards_doc", None,
"""Summarize DoDI 6130.03 Vol 1 sections on asthma and ADHD for recruiters: asthma after the 13th birthday is disqualifying unless waived; ADHD is disqualifying if medication was prescribed in the last 24 months or there are academic accommodations. Keep it to 5 bullets."""),

("hard_negative", "secret_confidential_slogan", None,
"""Recruiting ad copy draft: "The best-kept secret in the armed forces? The Coast Guard. Classified as a military service at all times, and a law enforcement agency too." Make it punchier, 2 versions."""),

("hard_negative", "edipi_shaped_order", None,
"""Order for recruiting swag: 500 challenge coins (item 1004478213), 300 lanyards (item 1004478220), 1,000 stickers. Vendor quote Q-22918, ship to RC Jacksonville. Is 1004478213 the right SKU format for the vendor's system or are they 8 digits?"""),
]
