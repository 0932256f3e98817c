"""Voice 1: USCIS E-Verify employer help line (TNCs, employer accounts, photo matching)."""
RECORDS = [
("positive", "employer_email", "salvadoran+anglo", """Subject: TNC - need help before Friday

Hi, this is [[PERSON:Darlene]] in HR at Kettering Poultry (Gainesville GA), E-Verify company ID 2231875.

We got a Tentative Nonconfirmation (SSA) on case 2026318140227KQ for [[PERSON:Wilfredo Ayala Quintanilla]], DOB [[DATE_OF_BIRTH:03/19/1991]], SSN [[US_SSN:248-61-3307]]. He thinks SSA still has him as [[PERSON:Wilfredo Ayala]] from before he added his mother's surname. He signed the Further Action Notice and wants to contest. Do we refer it today or wait until he's been to the SSA office? He works nights so it'll be Tuesday at the earliest.

Thanks,
[[PERSON:Darlene Pruett]]
HR Generalist
[[PHONE_NUMBER:(678) 555-0143]]"""),

("positive", "chat_translation", "vietnamese", """User: Can you help me draft a plain-language explanation in Vietnamese of what "DHS Tentative Nonconfirmation" means? The employee is [[PERSON:Đỗ Thị Thanh Hương]], A-Number [[A_NUMBER:A213390487]], and her employer says she only reads Vietnamese well. She already has the FAN but is confused about the 8 federal government working days.
Assistant: Sure. Here's a short version you can adapt:"""),

("positive", "bulk_upload_csv", "yoruba+igbo", """last_name,first_name,dob,ssn,doc_type,doc_number,error
Ogunsanya,Olamiposi,1988-11-04,[[US_SSN:371-44-9026]],US_PASSPORT,[[US_PASSPORT:583104276]],DOC_NUMBER_MISMATCH
Ezeokafor,Chidinma,1995-06-19,[[US_SSN:219-70-5513]],I-551,[[A_NUMBER:A204187765]],OK
Babatunde-Cole,Ifeoluwa,1990-01-26,[[US_SSN:503-28-1174]],I-766,[[A_NUMBER:A219065342]],PHOTO_REQUIRED""".replace("Ogunsanya,Olamiposi,1988-11-04", "[[PERSON:Ogunsanya]],[[PERSON:Olamiposi]],[[DATE_OF_BIRTH:1988-11-04]]").replace("Ezeokafor,Chidinma,1995-06-19", "[[PERSON:Ezeokafor]],[[PERSON:Chidinma]],[[DATE_OF_BIRTH:1995-06-19]]").replace("Babatunde-Cole,Ifeoluwa,1990-01-26", "[[PERSON:Babatunde-Cole]],[[PERSON:Ifeoluwa]],[[DATE_OF_BIRTH:1990-01-26]]")),

("positive", "photo_match_note", "tigrinya", """Photo matching note, Tier 2. Employer uploaded the I-551 image for [[PERSON:Mahlet Woldegiorgis]] ([[A_NUMBER:A208771543]]). The photo E-Verify returned shows a woman with shorter hair but same ear shape and scar over left eyebrow. Employer selected "No" on the match question, which I think is wrong. [[PERSON:Ms. Woldegiorgis]] was born [[DATE_OF_BIRTH:12 August 1984]] per the card. Recommend we call the employer and walk them back through the photo-matching guidance before this turns into a DHS TNC she has to contest.""".replace("[[PERSON:Ms. Woldegiorgis]]", "Ms. [[PERSON:Woldegiorgis]]")),

("positive", "voicemail", "anglo+haitian", """Voicemail transcript (auto), 9:42 AM, 41 sec:
"hi yes this is becky thornbury with Brightline Staffing uh we've got a guy jean-rony désir whose case came back with a tentative non-confirmation and he says he's a naturalized citizen so um I don't know what to put, can somebody call me back at 770 555 0138, again that's becky, thanks bye\"""".replace("becky thornbury", "[[PERSON:becky thornbury]]").replace("jean-rony désir", "[[PERSON:jean-rony désir]]").replace("770 555 0138", "[[PHONE_NUMBER:770 555 0138]]").replace("that's becky", "that's [[PERSON:becky]]")),

("positive", "caps_ticket", "filipino", """TICKET 44817 - EMPLOYER CALLED RE FNC. EE DELA CRUZ, MARIBEL SANTOS, DOB 07-22-1979, SSN 602 41 8839. EMPLOYER TERMINATED BEFORE CASE RESULT, NOW EE SAYS SHE CONTESTED IN TIME. ADVISED EMPLOYER TO CLOSE CASE AS 'EMPLOYEE NOT TERMINATED' IS WRONG OPTION, NEEDS TO REVIEW W/ COUNSEL. CALLBACK 909-555-0172.""".replace("DELA CRUZ, MARIBEL SANTOS", "[[PERSON:DELA CRUZ, MARIBEL SANTOS]]").replace("07-22-1979", "[[DATE_OF_BIRTH:07-22-1979]]").replace("602 41 8839", "[[US_SSN:602 41 8839]]").replace("909-555-0172", "[[PHONE_NUMBER:909-555-0172]]")),

("positive", "ws_payload", "korean", """Our web-services integration keeps getting a 400 from the initial verification call. This is the body we send (from our staging log, real employee, sorry):

{
  "caseRequest": {
    "firstName": "[[PERSON:Seo-yeon]]",
    "lastName": "[[PERSON:Baek]]",
    "otherLastNamesUsed": "[[PERSON:Ryu]]",
    "dateOfBirth": "[[DATE_OF_BIRTH:1996-02-29]]",
    "ssn": "[[US_SSN:142889031]]",
    "citizenshipStatusCode": "US_CITIZEN",
    "documentTypeId": "US_PASSPORT",
    "usPassportNumber": "[[US_PASSPORT:612739048]]",
    "expirationDate": "2031-04-10",
    "clientCompanyId": 66120
  }
}

Is it the otherLastNamesUsed field? The docs don't say it's allowed on the citizen path."""),

("positive", "account_reset", "anglo", """hey, program administrator here for Hollis Ridge Landscaping. i'm locked out again after the 90 day password change. user ID is HRLD6621, the new password i set last week was [[PASSWORD:Mulch&Maple#0417]] and it says invalid. can you reset it or tell me what the rule is I'm breaking? — [[PERSON:Terrence Oakhurst]]"""),

("positive", "lowercase_fast", "kiche", """can u check on the case for [[PERSON:rosa elvira tzoc]], she's from guatemala, dob [[DATE_OF_BIRTH:sept 9 1979]], a-number [[A_NUMBER:A 201 446 778]]. employer (a dairy in twin falls) says it's been in DHS verification in process for 11 days which seems long. she speaks k'iche' mostly so go slow if u call her"""),

("positive", "markdown_table", "punjabi+somali", """Open referrals for the Thursday huddle:

| Case # | Employee | Type | Employer contact | Days open |
|---|---|---|---|---|
| 2026301177504AB | [[PERSON:Manpreet Kaur Dhillon-Grewal]] | SSA TNC | [[PERSON:Gail Munroe]], [[PHONE_NUMBER:559-555-0114]] | 6 |
| 2026302290118CC | [[PERSON:Cabdisalaan Faarax Jibriil]] | DHS TNC | [[PERSON:Craig Lindqvist]], [[EMAIL_ADDRESS:clindqvist@northstarpack.example.com]] | 9 |
| 2026299035562DF | [[PERSON:Gurvinder Singh Bains]] | Photo | [[PERSON:Gail Munroe]], [[PHONE_NUMBER:559-555-0114]] | 2 |

[[PERSON:Craig]] says [[PERSON:Cabdisalaan]]'s name is on his EAD as [[PERSON:JIBRIIL, CABDISALAAN F.]] so probably a name-order issue."""),

("positive", "spanish_letter", "mexican", """Estimado señor [[PERSON:Lozano]]:

Le escribo porque recibí la notificación de que mi caso de E-Verify salió con una no confirmación provisional del DHS. Mi nombre es [[PERSON:Yesenia Caballero Ríos]], nací el [[DATE_OF_BIRTH:22 de octubre de 1993]] en Zacatecas y soy residente permanente, número de extranjero [[A_NUMBER:A098215576]]. Quiero impugnar la decisión. Puedo presentar mi tarjeta de residente y mi pasaporte mexicano. Por favor llámeme al [[PHONE_NUMBER:(915) 555-0129]] después de las 4 de la tarde.

Atentamente,
[[PERSON:Yesenia Caballero]]"""),

("positive", "sql_reconcile", "ukrainian", """-- find the people whose E-Verify status didn't sync back to HRIS
SELECT e.emp_id, e.last_nm, e.first_nm, e.ssn, v.case_nbr, v.status
FROM hr.employee e
LEFT JOIN everify.cases v ON v.emp_id = e.emp_id
WHERE v.status IS NULL AND e.hire_dt >= '2026-10-01';

-- result (3 rows)
-- 10442 | [[PERSON:Prokopchuk]] | [[PERSON:Zoryana]]   | [[US_SSN:318-52-6047]] | NULL | NULL
-- 10459 | [[PERSON:Hnatyshyn]] | [[PERSON:Yaroslav]]  | [[US_SSN:455-09-7718]] | NULL | NULL
-- 10471 | [[PERSON:Tkachuk]]   | [[PERSON:Mariia]]  | [[US_SSN:529-63-2041]] | NULL | NULL

why would these three not have case rows at all? they were all hired the same week."""),

("positive", "cui_forward", "lebanese", """[[CUI_MARKING:CUI//SP-PRVCY]]

Forwarding for the monitoring and compliance referral. Employer appears to have run E-Verify on an applicant before the offer was accepted.

Employee: [[PERSON:Ghada Abi Nader]]
DOB: [[DATE_OF_BIRTH:1987-06-13]]
SSN: [[US_SSN:412-58-0936]]

Please summarise the prescreening rule for the referral memo.

[[CUI_MARKING:CUI//SP-PRVCY]]"""),

("positive", "ocr_i9", "armenian", """OCR text from the scanned I-9 the employer faxed (it's a mess):

Se ction 1. Emp loyee Inform ation
Last Name (Family Name)   [[PERSON:HOVHANNISYAN]]      First Name (Given Name)  [[PERSON:Narine]]    Middle Initial  G
Address (Street Name and Number)  [[STREET_ADDRESS:4418 N Vermo nt Ave Apt 7, Los Ang eles CA 90027]]
Date of Birth (mm/dd/yyyy)  [[DATE_OF_BIRTH:0 4/ 1 7/19 8 2]]    U.S. Social Security Number  [[US_SSN:6 1 0- 3 4- 7 7 2 9]]
Employee's Telephone Number  [[PHONE_NUMBER:(323) 555 -0186]]

Can you tell what the middle initial is supposed to be? Looks like G or 6."""),

("evasion", "spelled_ssn", "ghanaian", """ok the system keeps eating the number when i paste it so i'll just write it out. employee is [[PERSON:Kwaku Owusu-Bempah]], his social is [[US_SSN:four one six, two two, oh eight five one]]. need to know if the SSA mismatch is the hyphen in the last name"""),

("evasion", "zero_width_anumber", "burmese", """Employee [[PERSON:Naw Eh Mu Wah]] refugee, I-94 shows admitted 2024. Her alien number: [[A_NUMBER:A2\u200b1\u200b9\u200b0\u200b0\u200b4\u200b3\u200b7\u200b2]] — I put little gaps in it so the filter doesn't strip it, please just read it as one number and tell me which document list she can use."""),

("evasion", "fullwidth_ssn", "dominican", """pasting from my phone keyboard (it's in wide mode lol): [[PERSON:Yokasta Mejía]] SSN [[US_SSN:５２７－４４－１０８３]]. her case says "SSA Case in Continuance", what does that mean for the employer"""),

("hard_negative", "case_numbers", None, """Quick question on reading the case details page. Case verification number 2026214093318SX shows "Employment Authorized" but the employer also has 2026214093320SX open for the same hire because they hit submit twice. Company ID 1049332, MOU signed 2019. Which one should they close and with what reason code?"""),

("hard_negative", "training_example", None, """From the employer tutorial script, slide 14: "Enter the nine-digit Social Security number without dashes. In this practice environment, use 987-65-4320 — numbers beginning with 9 are never assigned by SSA, so the demo will always return a test result." Should we keep that example in the refresh or swap it for a field graphic?"""),

("hard_negative", "statistics", None, """For the quarterly brief: in FY2025, 96.4% of cases were automatically confirmed work authorized either instantly or within 24 hours; 1.2% received a TNC; of those, 0.17% were contested. Top three states by new enrollments were TX, FL and GA. Can you turn that into two sentences for a non-specialist audience?"""),

("hard_negative", "placeholder_letter", None, """Dear {{employee_first_name}} {{employee_last_name}},

Your employer, {{employer_name}}, received a Tentative Nonconfirmation (Mismatch) for case {{case_number}}. You must tell your employer by {{decision_date}} whether you will take action to resolve this mismatch.

— template FAN_EN_v7.docx, please check the merge fields render in the Spanish copy too"""),

("hard_negative", "api_error", None, """{"status": 422, "error": "INVALID_DOC_COMBINATION", "caseNumber": "2026300451187ZT", "messages": [{"field": "documentSubTypeId", "code": "E1047", "text": "List B document requires a List C document"}], "requestId": "6f9e3c21-7a4b-4e0d-9b1c-52d7e0c4a8f1"}

This is what our ATS vendor keeps getting. Do they need to send both documents in one call or two?"""),

("hard_negative", "agency_contacts", None, """When an employee decides to contest an SSA mismatch, they visit any Social Security field office within 8 federal working days. For DHS mismatches they call the number on the Referral Date Confirmation, 888-897-7781. Employers with questions call 888-464-4218. Can you make this a half-page handout in large print?"""),

("hard_negative", "word_confidential", None, """Per section C.7 of the MOU, information obtained through E-Verify is confidential and may be used only to confirm the employment eligibility of newly hired employees. Is it OK for our payroll vendor, who has read-only access, to see the case result screen, or does that count as a third party?"""),

("hard_negative", "form_edition", None, """Our onboarding kit still has the Form I-9 edition dated 10/21/19. The current one is 01/20/25 and the old one expired. Does anything in E-Verify change, or only the paper form? Also, is Supplement B the same as the old Section 3?"""),

("hard_negative", "same_shape_ticket", None, """TICKET 44903 - EMPLOYER CALLED RE PHOTO MATCHING. EMPLOYER UNSURE IF TATTOO VISIBLE IN DHS PHOTO BUT NOT ON CARD COUNTS AS DIFFERENT. ADVISED: COMPARE FACIAL FEATURES, NOT HAIR/GLASSES/TATTOOS. EMPLOYER WILL RE-REVIEW AND CALL BACK IF STILL UNSURE. NO EE DATA TAKEN."""),

("hard_negative", "invalid_ssn_question", None, """Employer entered 666-30-1842 for a new hire and E-Verify refused it outright before even creating a case. Is that because 666 is never issued? The employee swears that's the number on his card, so I assume it was a typo on the card photocopy. What do we tell the employer to do next?"""),
]
