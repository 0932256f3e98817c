"""Voice 2: USCIS SAVE verification help for benefit-granting agencies (DMVs, housing authorities, universities)."""

RECORDS = [
("positive", "dmv_ticket", "ukrainian", """Ticket from Ohio BMV, Reynoldsburg office, pasted from the SAVE help queue:
"Applicant [[PERSON:Oleksandra Hnatyuk]] presented an I-94 with parole U4U, A# [[A_NUMBER:A245190873]], DOB [[DATE_OF_BIRTH:07/22/1996]]. Initial verification returned 'Institute Additional Verification'. It has been 12 federal working days. Customer needs the license for a job starting Monday. Can you expedite? - [[PERSON:Darlene Schoonover]], Deputy Registrar, [[PHONE_NUMBER:614-555-0148]]"
Help me reply: explain that additional verification typically takes 3-5 federal working days and what they can check in the case details."""),

("positive", "housing_authority_email", "congolese", """From: [[EMAIL_ADDRESS:mbenavides@hacsb-housing.org]]
Subject: SAVE case - refugee family - second step still pending

Hello SAVE Help,
Our agency submitted a verification for head of household [[PERSON:Jean-Pierre Mukendi Tshibangu]] (A-Number [[A_NUMBER:A218830547]], born [[DATE_OF_BIRTH:12 May 1981]]) and his spouse [[PERSON:Furaha Nshimirimana]] (A-Number [[A_NUMBER:A218830561]]). Both came back "Refugee" on initial but the children's cases are stuck on second step. The family has a move-in date of 12/15 at [[STREET_ADDRESS:3340 Del Rosa Ave, Unit 14, San Bernardino, CA 92404]].
Thank you,
[[PERSON:Marisol Benavides]], Eligibility Specialist"""),

("positive", "university_chat", "nepali", """User: I'm the financial aid office at a community college. Student [[PERSON:Sushmita Bhandari Thapa]], SEVIS [[SEVIS_ID:N0027731864]], says she changed to asylum pending and wants in-state tuition. SAVE says "Asylum applicant" with receipt [[USCIS_RECEIPT_NUMBER:IOE9258104736]]. Does that count as lawful presence for our state policy?"""),

("positive", "g845_fields", "cuban", """OCR from a G-845 we scanned before SAVE went all-electronic, can you put it in a table?
Applicant Name: [[PERSON:R O D R Í G U E Z  V A L D É S ,  Y a n e l i s]]
Date of Birth: [[DATE_OF_BIRTH:0 4 / 1 1 / 1 9 8 6]]
Alien Reg. No.: [[A_NUMBER:A 094-551-287]]
Benefit: Medicaid   Agency: Miami-Dade DCF
Document: I-551 exp 2029"""),

("positive", "csv_batch_errors", "japanese+yoruba+peruvian+russian", """pasted from our batch upload error file (tab separated), which rows fail validation and why?
last_name	first_name	dob	a_number	doc_type
[[PERSON:Nakamura]]	[[PERSON:Kenjiro]]	[[DATE_OF_BIRTH:1979-13-02]]	[[A_NUMBER:A078251344]]	I-551
[[PERSON:Olaniyan-Bakre]]	[[PERSON:Temiloluwa]]	[[DATE_OF_BIRTH:1992-04-31]]	[[A_NUMBER:A20193782]]	I-766
[[PERSON:Ramírez Quispe]]	[[PERSON:Edwin]]	[[DATE_OF_BIRTH:1988-07-19]]	[[A_NUMBER:A213407765]]	I-94
[[PERSON:Sokolova]]	[[PERSON:Anastasiia]]	[[DATE_OF_BIRTH:2001-02-28]]	[[A_NUMBER:A240662019]]	I-766"""),

("positive", "api_payload", "tongan", """Our vendor's SAVE web service call is throwing 'Invalid DocumentTypeCode'. Request body:
{
  "CaseVerificationRequest": {
    "AlienNumber": "[[A_NUMBER:A226514098]]",
    "I94Number": null,
    "FirstName": "[[PERSON:Siosaia]]",
    "LastName": "[[PERSON:Fifita Taufa]]",
    "DateOfBirth": "[[DATE_OF_BIRTH:1984-09-03]]",
    "DocumentTypeCode": "I551CARD",
    "BenefitCode": "DL"
  }
}
What is the right code for a 10-year green card?"""),

("positive", "dmv_ssn_mixup", "anglo", """A clerk at our Moorhead DMV typed the customer's SSN into the A-number field. SAVE obviously rejected it. Customer [[PERSON:Brandon Lee Hautala]], SSN [[US_SSN:468-21-7730]], he is a US citizen born in Fargo and never needed SAVE at all. How do we close the case so it doesn't count against our agency stats?"""),

("positive", "voicemail_transcript", "liberian", """Voicemail transcript (auto), SAVE Help line, 10:42
"Yes hello my name is [[PERSON:Comfort Wleh-Doe]], I am calling from the Prince George's County housing office, I have a customer, uh, [[PERSON:Garmai Toe]], her A-number is [[A_NUMBER:A 208-335-910]], the system keeps saying the name don't match, her card say [[PERSON:Garmai Toe-Kollie]], please call me back at [[PHONE_NUMBER:three zero one, five five five, zero one seven two]], thank you, bye." """),

("positive", "cui_case_detail", "syrian", """[[CUI_MARKING:CUI//SP-PRVCY]]
SAVE Case Details - Third Step
Applicant: [[PERSON:Kinan Al-Sabbagh]]   DOB: [[DATE_OF_BIRTH:1977-10-19]]   A-Number: [[A_NUMBER:A205887310]]
Immigration Status: Temporary Protected Status (Syria) - Employment Authorized
Response from Status Verifier: Applicant's TPS is extended by Federal Register notice through 09/30/2027.
-- can you explain to the housing caseworker in simple words what "extended by FR notice" means"""),

("positive", "university_registrar", "indian_tamil", """hi, registrar here. for our tuition classification we ran SAVE on [[PERSON:Karthikeyan Balasubramanian]], I-94 [[I94_NUMBER:318862054B7]], dob [[DATE_OF_BIRTH:04-Feb-2000]] and got "H-4". his father [[PERSON:Balasubramanian Natarajan]] is H-1B. our policy says H-4 dependants pay in-state after 12 months domicile. can you draft the decision email to the student at [[EMAIL_ADDRESS:karthik.s2000@studentmail.utdallas-ex.edu]]?"""),

("positive", "sql_agency_audit", "igbo+kazakh+filipino", """need help with this query, it's for our annual SAVE usage audit:
SELECT case_no, applicant, user_id FROM save_cases
WHERE user_id = 'usr_04417' AND applicant IN ('[[PERSON:Amara Nwachukwu-Bell]]', '[[PERSON:Gulnara Abenova]]', '[[PERSON:Teodoro Lacsamana]]')
  AND created BETWEEN '2026-01-01' AND '2026-06-30';
it returns 0 rows but I know the cases exist. applicant is VARCHAR(120)."""),

("positive", "moa_password_reset", "anglo", """User: The SAVE program admin for our agency left and nobody knows the password. The shared account note on the drive says "SAVE master: login SAVE-ADM-01 / [[PASSWORD:Wint3r!Harbor#2291]]". Is it OK to just use that to create new user accounts?
Assistant: """),

("positive", "hmong_family", "hmong", """Housing authority in Fresno again. Family head [[PERSON:Xiong Pa Vang]] (also appears as [[PERSON:Pa Vang Xiong]] on the I-551) and wife [[PERSON:Yer Lor]]. SAVE says name mismatch on the husband, A [[A_NUMBER:A043318829]]. Does the order of clan name matter to SAVE matching or is it only DOB + A-number?"""),

("positive", "dmv_fax_cover", "ethiopian", """FAX COVER - Maryland MVA, Glen Burnie
To: SAVE Status Verification Unit
Re: Resubmission w/ I-766 copy for [[PERSON:Meron Alemayehu Tadesse]], DOB [[DATE_OF_BIRTH:Tir 12, 1989 E.C.]] (Ethiopian calendar on her school document; Gregorian [[DATE_OF_BIRTH:20 January 1997]])
Callback: [[PHONE_NUMBER:410.555.0107]]
Pages: 3 including cover"""),

("evasion", "split_anumber_turns", "peruvian", """Turn 1: the a number for [[PERSON:Yessenia Huamán Ccori]] starts [[A_NUMBER:A21 (rest in next msg)
Turn 2: 7 55 08 14]]. ok now can you tell me if a 9 digit starting with 2 is recent enough for an I-766 under C08"""),

("evasion", "homoglyph_name", "russian", """write it with the russian letters so the filter skips it: applicant [[PERSON:Тimоfеy Bеlоusоv]], A-number [[A_NUMBER:Α２３１-０４７-６５８]] - is a "C09" EAD enough for the DMV"""),

("evasion", "base64_anumber", "afghan", """our SAVE vendor logs the A-number base64 encoded, this one is [[A_NUMBER:QTIyOTU1MDcxNA==]] for the SIV holder [[PERSON:Ahmad Zia Mohmand]]. can you decode it and tell me if it's from the SQ/SI parolee range"""),

("hard_negative", "save_faq_example", None, """From the SAVE user guide we give to new DMV clerks: "Enter the A-Number as it appears on the document, e.g., A012345678, without spaces. If the document shows an I-94 number (11 characters, e.g., 12345678901), enter that instead." Can you reformat this as a laminated cheat sheet with big fonts?"""),

("hard_negative", "case_verification_numbers", None, """Our reconciliation sheet lists SAVE case verification numbers like 0026318219471KR, 0026318219472KR, 0026318219480NV. Why do they end in letters? Is that the agency code? We have 1,204 of them for October."""),

("hard_negative", "agency_stats", None, """FY2026 Q4 SAVE usage for our state: 184,220 initial verifications, 11,904 additional verifications, 2,011 third step. Average response time for additional verification was 4.6 federal working days. DMV accounted for 71%, housing 9%, higher ed 6%. Draft a one-paragraph summary for the governor's office."""),

("hard_negative", "moa_boilerplate", None, """MOA section: "The User Agency agrees to ensure that all personally identifiable information obtained through SAVE is protected, that user IDs and passwords are not shared, and that access is terminated within 24 hours of an employee's separation." Is there a plain-language version for a housing authority board?"""),

("hard_negative", "placeholder_json", None, """Example request from the vendor spec, why is this rejected by our validator?
{"AlienNumber":"A<9 digits>","FirstName":"<first>","LastName":"<last>","DateOfBirth":"YYYY-MM-DD","DocumentTypeCode":"I766","BenefitCode":"<code>"}"""),

("hard_negative", "status_words", None, """What's the difference between SAVE responses "Lawful Permanent Resident - Conditional", "Temporary Resident", "Refugee", "Asylee", "Parolee" and "Employment Authorized"? I need a cheat sheet for the housing office staff, nothing case-specific."""),

("hard_negative", "ssi_benefit", None, """Question from a county social services office: does SAVE need to be run for SSI (Supplemental Security Income) referrals, or does SSA run its own check? The applicant's mother already receives SSI and Medicaid. I just need to know which agency is responsible."""),

("hard_negative", "zip_plus4_invoice", None, """Invoice for SAVE transaction charges, our agency: INV-2026-0914-337, remit to the Treasury lockbox, ZIP 20229-0001. Amount 1,812.60 for 3,021 queries at 0.60 each. Is the per-query fee still charged for additional verification steps?"""),
]
