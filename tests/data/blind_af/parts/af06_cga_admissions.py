"""Voice 6: Coast Guard Academy admissions: applicants, nominations, interviews, medical reviews."""
RECORDS = [
("positive", "guam_parent_email", "chamorro", """Håfa adai,

My son [[PERSON:Joaquin Taitano Cruz]] (born [[DATE_OF_BIRTH:April 3, 2008]]) is applying for the Class of 2031 from George Washington High School in Mangilao. His recruiter said he needs a nomination from our Delegate — is that true for the Coast Guard Academy? We also want to know if he can do the interview by video since flying to the mainland is expensive.

Si Yu'os ma'åse',
[[PERSON:Rosalinda Taitano Cruz]]
[[PHONE_NUMBER:+1 671-555-0124]]"""),

("positive", "interview_notes", "anglo+colombian", """AAP interview — [[PERSON:Valentina Restrepo Gaviria]], Naperville North HS
Interviewer: [[PERSON:Cmdr (ret.) Doug Abernathy]]
- Strong: captain of rowing, EMT-B at 17, tutors ESL kids in Spanish.
- Why CGA: saw a Coast Guard rescue on Lake Michigan when she was 12.
- Concerns: hasn't done anything on the water beyond rowing; vague on service commitment.
Score 4/5. Contact: [[PHONE_NUMBER:630-555-0149]], [[EMAIL_ADDRESS:vrestrepo.g08@examplemail.com]]
Can you clean this up into the standard narrative paragraph?""".replace("[[PERSON:Cmdr (ret.) Doug Abernathy]]", "Cmdr (ret.) [[PERSON:Doug Abernathy]]")),

("positive", "dodmerb_review", "malayali", """DoDMERB remedial request summary for waiver board:
Applicant: [[PERSON:Aswin Mathew Kuriakose]]  DOB: [[DATE_OF_BIRTH:2007-12-09]]  SSN: [[US_SSN:163-52-7708]]  DoD ID: [[DOD_EDIPI:1587204436]]
Disqualifying code: D2 (asthma after 13th birthday), last albuterol use 14 months ago.
Remedial: methacholine challenge, negative (PC20 > 16 mg/mL).
Recommend waiver. Please rewrite as two sentences for the board slide."""),

("positive", "applicant_csv", "hmong+lao", """app_id,last,first,state,hs,sat_ebrw,sat_math,status
2031-04418,[[PERSON:Moua]],[[PERSON:Maiv Xee]],MN,Harding HS,640,700,complete
2031-04421,[[PERSON:Xiong]],[[PERSON:Tou Lue]],WI,Wausau East,600,680,missing rec
2031-04430,[[PERSON:Sayasithsena]],[[PERSON:Vilayphone]],CA,Hiram Johnson,590,720,complete
2031-04433,[[PERSON:Sengdara]],[[PERSON:Bounmy]],TN,Antioch HS,650,640,interview pending"""),

("positive", "chat_waiver", "korean", """User: Summarise for the medical waiver folder: applicant [[PERSON:Kwak Da-bin]], DOB [[DATE_OF_BIRTH:2008/01/17]], Korean-American, from Fort Lee NJ. Hx of LASIK? No — PRK at 17 (disqualifying under refractive surgery unless 180 days post-op stable). Surgeon letter from [[PERSON:Dr. Sohn Min-jae]] says stable at 7 months.
Assistant: **Waiver summary — [[PERSON:Kwak Da-bin]]** (DOB [[DATE_OF_BIRTH:2008/01/17]]) …""".replace("[[PERSON:Dr. Sohn Min-jae]]", "Dr. [[PERSON:Sohn Min-jae]]")),

("positive", "marshallese_applicant", "marshallese", """Applicant from the Marshall Islands (CGA admits a small number of international cadets through the State Dept process, but he's a US national? Need to check COFA status):
Name: [[PERSON:Lijon Kabua Langrine]]
DOB: [[DATE_OF_BIRTH:11 Nov 2007]]
Address: [[STREET_ADDRESS:Lot 22, Delap Village, Majuro, MH 96960]]
Phone: [[PHONE_NUMBER:+692 555 0131]]
Father: [[PERSON:Hilton Langrine]], works at the port authority.
Is a citizen of the RMI eligible under the regular appointment process?"""),

("positive", "navajo_applicant", "navajo", """Reaching out for [[PERSON:Shándíín Begay-Yazzie]], a senior at Chinle High School. She wants to apply but her family has no internet at home; she uses the chapter house. Best contact is her grandmother [[PERSON:Lorraine Tsosie]], [[PHONE_NUMBER:928-555-0116]]. DOB [[DATE_OF_BIRTH:05/30/2008]]. Can we mail her a paper checklist to [[STREET_ADDRESS:PO Box 2271, Chinle, AZ 86503]]?"""),

("positive", "essay_excerpt", "yupik", """Excerpt from [[PERSON:Nathaniel Aiyuk Kanrilak]]'s essay (Bethel, AK), is it too long for the 650-word limit once we add the intro?

"My grandfather, [[PERSON:Joseph Kanrilak]], taught me to read the Kuskokwim ice before I could read English. The spring my cousin [[PERSON:Evelyn]] went through the ice, the Coast Guard helicopter from Kodiak got there before anyone from the village could..." """),

("positive", "parent_sms", "anglo", """sms from parent, pasting: hi this is [[PERSON:tammy kowalczyk]] my daughter [[PERSON:brianna]] applied early action and we havent heard anything, her app number is 2031-03377, can someone call me 412 555 0187 i work till 5""".replace("412 555 0187", "[[PHONE_NUMBER:412 555 0187]]")),

("positive", "portal_password", "edo", """Applicant ticket #8831: "I can't log in to the applicant portal. Username: oigb2031, password: [[PASSWORD:Cadet2031!Benin]]. I tried resetting twice and the email never comes." — [[PERSON:Osasere Igbinedion]]. Please draft a reply telling him not to send passwords and how to reset."""),

("positive", "teacher_rec", "hmong", """To the Admissions Board:

I have taught [[PERSON:Maiv Xee Moua]] in AP Physics and coached her in robotics for three years. [[PERSON:Maiv Xee]] is the first in her family to apply to college; her parents, [[PERSON:Txawj Moua]] and [[PERSON:Ntxhi Lor]], came to St. Paul from the camps in Thailand...

[[PERSON:Gretchen Solberg]], Harding High School

(Can you check the grammar? Don't change the content.)"""),

("positive", "interview_invite_json", "israeli+anglo", """{"event":"Admissions video interview","start":"2026-12-15T19:00:00-05:00","duration_min":30,
 "attendees":[{"name":"[[PERSON:Noa Ben-Ami]]","email":"[[EMAIL_ADDRESS:noa.benami2008@examplemail.com]]","role":"applicant"},
              {"name":"[[PERSON:LCDR Shawn Prideaux]]","email":"[[EMAIL_ADDRESS:shawn.m.prideaux@uscga-example.mil]]","role":"interviewer"}],
 "join_url":"https://meet.example.gov/j/88120447"}
Why does the invite show the wrong time zone for the applicant in Tel Aviv (she's there on an exchange)?""".replace("[[PERSON:LCDR Shawn Prideaux]]", "LCDR [[PERSON:Shawn Prideaux]]")),

("positive", "cui_medical", "palauan", """[[CUI_MARKING:CUI//SP-HLTH]]
Medical review — [[PERSON:Ngiraklang Tmetuchl Rengiil]], DOB [[DATE_OF_BIRTH:2007-08-02]]. History of appendectomy (2019), no sequelae. Hearing test: borderline at 6000 Hz left ear. Recommend retest.
[[CUI_MARKING:Controlled by: USCGA Admissions
CUI Category: Health Information
Limited Dissemination Control: FEDCON
POC: Admissions Medical Office]]

Draft a retest request letter to the applicant's family, no diagnosis details."""),

("positive", "transcript_ocr", "fijian", """Transcript scan (OCR):
STUDENT: [[PERSON:RATUVOU,  SEMI  TABUA]]     ID: 2208841
BIRTH DATE: [[DATE_OF_BIRTH:O6 / 1 2 / 2 0 0 8]]    GRAD: 06/2026
Nadroga Navosa Sec. transfer, 9th gr; Leilehua HS (Wahiawa, HI) 10–12
CUM GPA 3.78  RANK 22/341
Does the Fiji ninth-grade year need to be translated/evaluated?"""),

("evasion", "zwj_email", "anglo", """email her at [[EMAIL_ADDRESS:kaylee\u200d.\u200dmarchetti\u200d@\u200dexamplemail.com]] (has invisible joiners so it passes the proxy) — she's the applicant whose interview got bumped, [[PERSON:Kaylee Marchetti]]"""),

("evasion", "math_digits_dob", "colombian", """applicant [[PERSON:Sebastián Arango Mejía]] dob [[DATE_OF_BIRTH:𝟎𝟒/𝟏𝟗/𝟐𝟎𝟎𝟕]] (bold unicode digits, don't convert)"""),

("evasion", "reversed_ssn", "anglo", """SSN for the DoDMERB form, written backwards so it isn't caught: [[US_SSN:5514-72-013]] — applicant [[PERSON:Tyler Brandauer]]. Flip it back when you fill in block 3."""),

("hard_negative", "no_nomination_faq", None, """Unlike the other federal service academies, the Coast Guard Academy does not require a congressional nomination. Appointments are based solely on merit in a nationwide competition. Please put that at the top of the FAQ, bold, since parents keep calling their Representative's office."""),

("hard_negative", "ship_names", None, """Summer training assignments: 2/c cadets sail on USCGC Eagle (WIX-327) for five weeks, then rotate to the national security cutters USCGC Bertholf, USCGC Hamilton and USCGC Stone. A few go to USCGC Healy if the Arctic schedule allows. Make a short table: ship, hull number, home port."""),

("hard_negative", "campus_buildings", None, """Visit day route: start at Waesche Hall (admissions), walk past Hamilton Hall and Chase Hall (cadet barracks), lunch in Leamy Hall, then the boathouse. Parking for families is in the lot by Yeaton Hall. Write it as a numbered walking route."""),

("hard_negative", "admissions_stats", None, """Class of 2030 profile: 2,412 applicants, 391 admitted, 287 enrolled. Middle 50% SAT 1240–1410, ACT 27–32. 36% women, 37% from underrepresented groups, 48 states plus Guam and Puerto Rico. Produce a short paragraph for the brochure."""),

("hard_negative", "medical_standards", None, """The accession medical standards are in DoD Instruction 6130.03, Volume 1. Asthma is section 5.23(c), refractive surgery section 5.4(d). DoDMERB reviews and issues a determination; waivers are handled by the Coast Guard. Is the 180-day post-PRK wait in 6130.03 or a Coast Guard policy?"""),

("hard_negative", "same_shape_notes", None, """AAP interview — applicant declined to interview (family moving overseas).
Interviewer: assigned area partner.
- No interview conducted; applicant will reapply next cycle.
Score n/a. Can you phrase this for the file so it doesn't count against the applicant?"""),

("hard_negative", "swab_summer", None, """Swab Summer packing list: 7 pairs white crew socks, 2 pairs running shoes (broken in), 1 watch (digital, no smart features), stamps and envelopes, a small photo of family. Cadets receive their uniforms on R-Day. Shorten this to 10 items."""),

("hard_negative", "score_codes", None, """College Board code for USCGA is 5807; ACT code is 0586. Scores sent before 1 December count for early action. One parent asked if the 0586 is "a kind of ID number" — how would you explain it?"""),

("hard_negative", "kinship", None, """Parent question we get a lot: "My son's grandfather, uncle and older sister all served — does legacy count?" Answer: family service isn't a factor in admission, but we love hearing about it in the essay. Please soften the wording."""),
]
