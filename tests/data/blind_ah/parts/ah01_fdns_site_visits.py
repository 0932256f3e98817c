# USCIS FDNS: administrative site visits to H-1B employers and religious-worker petitioners
RECORDS = [
("positive", "site_visit_email", "telugu+anglo", """Hi [[PERSON:Renata]],

Quick recap of today's ASVVP visit before I write it up in FDNS-DS. Petition [[USCIS_RECEIPT_NUMBER:WAC2619052731]], beneficiary [[PERSON:Venkata Sai Kiran Gollapudi]] (DOB [[DATE_OF_BIRTH:03/14/1993]]). Listed worksite was [[STREET_ADDRESS:2210 Innovation Pkwy, Suite 410, Plano, TX 75024]] but the suite is a shared coworking desk; the receptionist had never heard of him. Reached Mr. [[PERSON:Gollapudi]] by phone at [[PHONE_NUMBER:(469) 555-0147]] and he said he works from the end-client office in Irving three days a week. HR contact [[PERSON:Deepthi Nalluri]] confirmed the LCA wage but could not produce an itinerary.

Can you help me phrase the "discrepancy noted" paragraph so it stays factual?

Thanks,
[[PERSON:Lonnie]]"""),
("positive", "religious_worker_notes", "igbo", """R-1 site inspection - Living Waters Assembly, Bowie MD
Petitioner signatory: Pastor [[PERSON:Chukwuemeka Obiorah-Nnadi]]
Beneficiary: [[PERSON:Ifeoma Adaeze Okonkwo-Ibe]], A# [[A_NUMBER:A219874305]], born [[DATE_OF_BIRTH:22 Aug 1988]]
Residence per I-129 supp: [[STREET_ADDRESS:6315 Glenarden Pl, Apt 2B, Bowie, MD 20716]]
- Congregation approx 140 on Sunday, sanctuary matches photos in petition
- Beneficiary present, leads choir + youth ministry, paid $2,150/mo by check (saw 3 stubs)
- Parsonage not on site; she rents the apt above with her cousin
- Pastor says denomination ordination cert is "with the bishop in Enugu", will email
Please turn these into a narrative for the SOF, 2 paragraphs max."""),
("positive", "chat_turn", "tamil", """User: draft a short notice to the employer that we'll be doing an unannounced follow-up. employer POC is [[PERSON:Kalaiselvi Thirunavukkarasu]], [[EMAIL_ADDRESS:k.thirunavukkarasu@vellorinfotech.example]], and the beneficiary is [[PERSON:Arulmozhi Sivagnanam]], receipt [[USCIS_RECEIPT_NUMBER:EAC-26-114-50936]]. keep it neutral, no mention of the tip.
Assistant: Sure. Here is a neutral draft you can adapt:"""),
("positive", "csv_schedule", "nepali+filipino+kenyan+korean+anglo", """visit_date,receipt,beneficiary_last,beneficiary_first,dob,worksite_city,officer
2026-12-09,[[USCIS_RECEIPT_NUMBER:WAC2620150338]],[[PERSON:Bhattarai]],[[PERSON:Pratikshya]],[[DATE_OF_BIRTH:1991-07-12]],Sunnyvale CA,IO [[PERSON:Haskell]]
2026-12-09,[[USCIS_RECEIPT_NUMBER:WAC2620151164]],[[PERSON:Dela Rosa]],[[PERSON:Jericho Miguel]],[[DATE_OF_BIRTH:1989-11-27]],San Jose CA,IO [[PERSON:Haskell]]
2026-12-10,[[USCIS_RECEIPT_NUMBER:EAC2619847720]],[[PERSON:Oduya]],[[PERSON:Brenda Atieno]],[[DATE_OF_BIRTH:1994-02-15]],Edison NJ,IO [[PERSON:Pruett]]
2026-12-11,[[USCIS_RECEIPT_NUMBER:EAC2619849013]],[[PERSON:Bae]],[[PERSON:Seo-yul Dana]],[[DATE_OF_BIRTH:1990-05-29]],Fort Lee NJ,IO [[PERSON:Pruett]]
sort this by city then date and tell me how many visits per officer"""),
("positive", "ocr_form", "filipino", """Pls clean up this OCR from the wage docs the employer handed us:

EMPL0YEE  NAME :  [[PERSON:MAGBANUA ,  Ro sario  Lim]]
SSN :  [[US_SSN:4 31 - 58 - 2276]]
P ay  Period  11/01  -  11/15
Gr oss   4,583.33    Fed  W/H  611.20
Addr ess :  [[STREET_ADDRESS:88 Kimball  Ct ,  Daly  City ,  CA  94014]]

the name should read [[PERSON:Rosario Lim Magbanua]]"""),
("positive", "sof_paragraph", "korean+anglo", """Statement of Findings (draft) - please tighten the grammar only:

On November 19, 2026, IO [[PERSON:Pruett]] and IO [[PERSON:Whitbread]] conducted an unannounced site visit at the petitioner's office. The beneficiary, [[PERSON:Nam Ji-hoon]] (DOB [[DATE_OF_BIRTH:1987.09.04]]), was not present. The office manager, [[PERSON:Cha Eun-bi]], stated that Mr. [[PERSON:Nam]] had been "on leave since summer." Payroll records provided for [[PERSON:Nam Ji-hoon]] showed deposits to account ending 4471 through October. The officers left a business card and requested that Mr. [[PERSON:Nam]] call [[PHONE_NUMBER:571-555-0191]]."""),
("positive", "teams_message", "ghanaian+anglo", """@[[PERSON:Tavon]] the religious worker in Columbus, [[PERSON:Kwabena Owusu-Bempah]], gave me his cell as [[PHONE_NUMBER:614.555.0162]] and his wife [[PERSON:Maame Adwoa]] answered. she said he's at the church in the mornings only. his I-94 is [[I94_NUMBER:78231640527]], can you check the admit until date in ADIS when you get a sec"""),
("positive", "interview_notes", "brazilian", """Entrevista com a beneficiária (notes in Portuguese, translate to English for the file pls):
Nome: [[PERSON:Luciana Ferreira de Albuquerque]]
Data de nascimento: [[DATE_OF_BIRTH:5 de março de 1992]]
Disse que trabalha no escritório da Rua Harrison, mas mora em [[STREET_ADDRESS:41 Marlborough St, Unit 3, Framingham, MA 01702]] com o irmão [[PERSON:Thiago Ferreira]]. O gerente, Sr. [[PERSON:Rodrigo Campanhã]], confirmou o salário de US$ 96.000."""),
("positive", "fdns_ds_export", "lebanese", """Case ID|Subject|Role|DOB|A-Number|Finding
FDNS-26-0118842|[[PERSON:HADDAD, Rami Georges]]|Beneficiary|[[DATE_OF_BIRTH:1985-12-08]]|[[A_NUMBER:A208117654]]|Fraud not found
FDNS-26-0118842|[[PERSON:ABOU-KHALIL, Nadine]]|Petitioner signatory||| n/a
can you turn this pipe table into a markdown table for my weekly report?"""),
("positive", "cui_report", "sinhala", """[[CUI_MARKING:CUI//SP-PRVCY]]

SITE VISIT REPORT - H-1B
Beneficiary: [[PERSON:Dilshan Wickramasinghe]]   DOB: [[DATE_OF_BIRTH:17-Jan-1990]]
Receipt: [[USCIS_RECEIPT_NUMBER:WAC2621044519]]
Worksite verified; duties consistent with SOC 15-1252. No derogatory information.

[[CUI_MARKING:CUI//SP-PRVCY]]
Summarize this in one sentence for the tracker."""),
("positive", "voicemail", "kenyan", """Voicemail transcript, 12/02 4:51 PM: "Hi, this is [[PERSON:Wanjiru Kamau-Ndegwa]] returning a call from an officer about the site visit at our clinic. The beneficiary Dr. [[PERSON:Otieno]] is on shift until seven. You can reach me at [[PHONE_NUMBER:three one two, five five five, zero one three eight]]. Thanks." - please summarize and draft a callback note"""),
("positive", "sql", "nepali", """why does this return zero rows?
SELECT * FROM site_visits
WHERE beneficiary_name = '[[PERSON:Prabin Raj Shrestha]]'
  AND beneficiary_dob = '[[DATE_OF_BIRTH:1993-04-31]]'
  AND receipt_no LIKE 'WAC26%';"""),
("positive", "secret_in_script", None, """my script to pull the day's visit list keeps 401ing, here it is:

import requests
r = requests.get("https://vsm-reports.uscis.example/api/v2/visits?date=today",
                 auth=("fdns.svc.reports", "[[PASSWORD:Tq8!rVw2#LmZ94pc]]"))
print(r.status_code)"""),
("positive", "cover_email_mixed", "sinhala+telugu+anglo", """From: [[PERSON:Patrice Holloway]]
To: SCOPS liaison
Subject: RFE recommendation

Two linked petitions, same petitioner:
1) [[PERSON:Nirosha Jayawardena]], receipt [[USCIS_RECEIPT_NUMBER:EAC2620377185]]
2) [[PERSON:Srinivas Madabhushi]], receipt [[USCIS_RECEIPT_NUMBER:EAC2620377209]]
Both list [[STREET_ADDRESS:400 Commerce Dr, Suite 120, Parsippany, NJ 07054]] as worksite; building management says that suite has been vacant since March.
Recommend RFE for both."""),
("evasion", "spaced_receipt", "punjabi", """ok so the system keeps redacting my notes lol. beneficiary is [[PERSON:g u r p r e e t   k a u r   s a n d h u]], receipt [[USCIS_RECEIPT_NUMBER:W A C - 2 6 - 2 0 1 - 9 9 4 7 3]], can you write a two line summary that she was present and duties matched"""),
("evasion", "split_messages", "vietnamese", """msg 1: beneficiary DOB is [[DATE_OF_BIRTH:04/
msg 2: 09/1991]] and name is [[PERSON:Trịnh]] ... [[PERSON:Thu Hà]] (I split it so the filter doesn't eat it), put them back together and fill in the visit form"""),
("evasion", "homoglyph_anumber", "ethiopian", """Subject A-number is [[A_NUMBER:А2О9З3１７６４]] (typed on my phone sorry), name [[PERSON:Mekdes Gebreyohannes]]. Is she the same person as the one in the other visit?"""),
("hard_negative", "guidance_question", None, """What does the Administrative Site Visit and Verification Program actually check for H-1B petitions? I'm new to FDNS and want a plain-language summary of the scope, the typical questions asked at the worksite, and what happens if the officer can't verify the information."""),
("hard_negative", "template_placeholders", None, """Site Visit Report - TEMPLATE (do not fill in here)
Beneficiary: <LAST, First>
DOB: <MM/DD/YYYY>
Receipt #: <XXX-YY-DDD-NNNNN>
Worksite: <street, city, state ZIP>
Finding: [ ] Verified  [ ] Not verified  [ ] Unable to locate
Can you suggest two more checkboxes that would help reviewers?"""),
("hard_negative", "stats_table", None, """FY26 Q4 site visits by visa class (national, rounded):
| class | visits | verified | not verified |
|---|---|---|---|
| H-1B | 6,410 | 5,210 | 1,200 |
| R-1 | 1,020 | 870 | 150 |
| L-1 | 480 | 430 | 50 |
write one paragraph comparing the not-verified rates"""),
("hard_negative", "case_number_shapes", None, """The FDNS-DS case IDs look like FDNS-26-0118842 and the lead tracker uses LT-2026-004417; the SOC code for software developers is 15-1252 and the LCA case number format is I-200-26310-418772. Which of these should go into the 'related case' field in the SOF template?"""),
("hard_negative", "religious_context", None, """For the R-1 training deck: explain the difference between a religious occupation and a religious vocation, with examples like a cantor, a deacon, a Buddhist monk and a Catholic sister. Mention that Saint Paul and Mother Teresa are often used as textbook examples of vocation. Keep it to 5 bullets."""),
("hard_negative", "same_shape_no_pii", None, """Hi all,

Quick recap before I write it up: the worksite in Plano was a coworking space, the HR manager produced the LCA and three months of payroll summaries, and the beneficiary was working remotely that day. Nothing derogatory. Can you help me phrase the 'verified with minor discrepancy' paragraph?

Thanks!"""),
("hard_negative", "public_officials", None, """Who is the current USCIS Director and who signed the 2017 'Buy American and Hire American' executive order? I need it for the background section of a memo on H-1B site visits, along with the name of the statute that created the H-1B category (Immigration Act of 1990)."""),
("hard_negative", "secret_word_prose", None, """The employer's HR director kept saying their client list was a trade secret and confidential, so she wouldn't show us the end-client contracts. Is 'confidential business information' a valid reason to refuse an FDNS officer during an ASVVP visit, or should I note it as non-cooperation?"""),
("hard_negative", "invalid_ssn_shape", None, """Payroll summary the employer gave us uses an internal employee number that looks like an SSN: 900-41-7728, 000-12-5541, 666-30-1209. HR says these are badge numbers, not SSNs. Does it matter for the SOF if I mention the format?"""),
("hard_negative", "street_names_only", None, """Worksite list for next week's run: downtown Columbus near Broad and High, the Dublin office park off Frantz Road, and the church on Cleveland Avenue. Can you group these so I drive the fewest miles starting from the field office?"""),
]
