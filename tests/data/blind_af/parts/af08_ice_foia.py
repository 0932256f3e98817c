"""Voice 8: ICE records: FOIA requests from attorneys and families for detention and A-file records."""
from blindlib import b64

RECORDS = [
("positive", "attorney_request", "venezuelan+anglo", """FOIA REQUEST — DETENTION RECORDS

Subject: [[PERSON:Yorman Alexander Briceño Peraza]]
A-Number: [[A_NUMBER:A216 554 089]]
Date of birth: [[DATE_OF_BIRTH:19 January 1996]]
Country of birth: Venezuela

Records requested: all detention, transfer, medical and disciplinary records from 01/01/2025 to present, including records from the Otay Mesa and Adelanto facilities. Form G-28 and signed consent attached.

[[PERSON:Caroline Fitzwater]], Esq.
Fitzwater Immigration Law, PLLC
[[PHONE_NUMBER:(619) 555-0186]] · [[EMAIL_ADDRESS:cfitzwater@fitzwaterlaw.example.com]]"""),

("positive", "daughter_request", "nicaraguan", """To ICE FOIA,

I am requesting the records of my late father, [[PERSON:Rigoberto Saúl Obando Martínez]], A-number [[A_NUMBER:A071829034]], date of birth [[DATE_OF_BIRTH:8/2/1952]]. He died in March of this year. He was detained at Krome in 2003 and we need the records for a family matter. I attached his death certificate and my birth certificate showing he was my father.

[[PERSON:Xiomara Obando Téllez]]
[[STREET_ADDRESS:3712 NW 7th St, Apt 5, Miami, FL 33126]]
[[PHONE_NUMBER:786-555-0198]]"""),

("positive", "portal_json", "wolof", """{"trackingNumber":"2026-ICFO-18842","component":"ICE","receivedDate":"2026-11-20",
 "requester":{"firstName":"[[PERSON:Aminata]]","lastName":"[[PERSON:Sèye]]","email":"[[EMAIL_ADDRESS:aminata.seye.dkr@examplemail.com]]","phone":"[[PHONE_NUMBER:+221 77 555 01 42]]"},
 "subject":{"name":"[[PERSON:Cheikh Tidiane Sèye]]","aNumber":"[[A_NUMBER:A209913476]]","dob":"[[DATE_OF_BIRTH:1989-05-05]]"},
 "description":"All records of my brother's detention and removal in 2024","feeCategory":"other"}
Why would this route to the ERO queue rather than records?"""),

("positive", "chat_summary", "haitian", """User: Summarise this incoming request in 2 lines for the tasking memo: Attorney [[PERSON:Marie-Lourdes Jean-Baptiste]] requests for client [[PERSON:Wilner Saint-Juste]] (A [[A_NUMBER:A214-607-325]], DOB [[DATE_OF_BIRTH:12/25/1984]]) all records of his 2025 detention at the Broadview facility, including use-of-force reports and sick-call requests. Consent signed, expedite requested due to pending removal.
Assistant: Request from counsel for [[PERSON:Wilner Saint-Juste]] ([[A_NUMBER:A214-607-325]]) seeking 2025 Broadview detention records, including use-of-force and medical sick-call records; consent provided. Expedited processing requested based on pending removal."""),

("positive", "fee_waiver", "cameroonian", """Madame, Monsieur,

Je sollicite une dispense de frais pour ma demande FOIA concernant mon mari, [[PERSON:Emmanuel Nkwenti Tabi]], né le [[DATE_OF_BIRTH:3 avril 1980]] à Bamenda, numéro A [[A_NUMBER:A208 341 756]]. Je n'ai pas de revenu aux États-Unis. Mon adresse: [[STREET_ADDRESS:Quartier Bastos, Rue 1.750, Yaoundé, Cameroun]]. Téléphone: [[PHONE_NUMBER:+237 6 55 50 01 38]].

[[PERSON:Bernadette Ngum Tabi]]

(Please translate and tell me whether this meets the fee-waiver standard.)"""),

("positive", "doj361_ocr", "uzbek", """OCR — Certification of Identity (DOJ-361)
Full Name of Requester:  [[PERSON:Rustamov  Jasur  Bakhtiyorovich]]
Citizenship Status: LPR    Social Security Number (optional): [[US_SSN:615 - 30 - 9927]]
Current Address: [[STREET_ADDRESS:2240 Ocean Pkwy Apt 6F Brooklyn NY 11223]]
Date of Birth: [[DATE_OF_BIRTH:1 7 / 0 9 / 1 9 9 3]]   Place of Birth: Samarkand, Uzbekistan
Signature: (illegible)     Date: 11/02/2026
The date of birth looks day-first. Do we reject or perfect?"""),

("positive", "backlog_csv", "georgian+turkish", """tracking,received,requester,subject,subject_anum,track,status
2026-ICFO-17710,2026-09-02,[[PERSON:Nino Khvedelidze]],[[PERSON:Giorgi Khvedelidze]],[[A_NUMBER:A219005611]],complex,searching
2026-ICFO-17722,2026-09-03,[[PERSON:Av. Elif Karaca]],[[PERSON:Murat Yıldırım]],[[A_NUMBER:A216842207]],simple,review
2026-ICFO-17731,2026-09-03,[[PERSON:Levan Kapanadze]],[[PERSON:Levan Kapanadze]],[[A_NUMBER:A204417380]],simple,closed
which of these are past the 20-working-day limit as of today?""".replace("[[PERSON:Av. Elif Karaca]]", "Av. [[PERSON:Elif Karaca]]")),

("positive", "mother_spanish", "venezuelan", """Buenas tardes. Soy [[PERSON:Carmen Elena Peraza de Briceño]], madre de [[PERSON:Yorman Briceño]]. Quiero saber si ustedes tienen los papeles de cuando a mi hijo lo trasladaron de Otay Mesa. Su número de extranjero es [[A_NUMBER:A-216-554-089]]. Yo vivo en Maracaibo, mi teléfono es [[PHONE_NUMBER:+58 261 555 0177]]. El abogado no me contesta. Que Dios les bendiga."""),

("positive", "les_review", "angolan+anglo", """Redaction review note, 2026-ICFO-16204:
Page 14 carries [[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] header; withhold in part under (b)(7)(E). Subject [[PERSON:Domingos Kiala Manuel]] ([[A_NUMBER:A213570884]]) — release his own statements; redact officer names ([[PERSON:SDDO Rachel Okafor-Benn]], [[PERSON:DO Kyle Mersey]]) under (b)(6)/(b)(7)(C).
Second-line reviewer: [[PERSON:Jonah Whitlatch]]. Can you turn this into the standard Vaughn-style entry?""".replace("[[PERSON:SDDO Rachel Okafor-Benn]]", "SDDO [[PERSON:Rachel Okafor-Benn]]").replace("[[PERSON:DO Kyle Mersey]]", "DO [[PERSON:Kyle Mersey]]")),

("positive", "receipt_i94", "bangladeshi", """From: [[PERSON:Farzana Akter Munni]] <[[EMAIL_ADDRESS:farzana.munni@examplemail.com]]>
I am asking for my own file. I had an asylum case (receipt [[USCIS_RECEIPT_NUMBER:ZLA2690417723]]) and my I-94 number is [[I94_NUMBER:74209931845]]. A-number [[A_NUMBER:A217 330 468]]. I was detained for 2 days at the border in 2023. Please send records to my email.""".replace("[[USCIS_RECEIPT_NUMBER:ZLA2690417723]]", "[[USCIS_RECEIPT_NUMBER:SRC2690417723]]")),

("positive", "paralegal_lowercase", "peruvian", """fyi from the paralegal at the clinic: they sent the consent for [[PERSON:nilton quispe mamani]] but the dob on consent says [[DATE_OF_BIRTH:02/11/1990]] and the request says [[DATE_OF_BIRTH:11/02/1990]]. a-number [[A_NUMBER:A 215 098 663]] matches. can we just process or do we need a new form"""),

("positive", "russian_request", "kyrgyz", """Здравствуйте! Прошу предоставить документы о задержании моего сына, [[PERSON:Азамат Токтосунов]] ([[PERSON:Azamat Toktosunov]]), дата рождения [[DATE_OF_BIRTH:21.06.1998]], номер A [[A_NUMBER:A218776045]]. Его держали в Батавии с мая по август. Мой телефон: [[PHONE_NUMBER:+996 555 010 166]]. [[PERSON:Гульнара Токтосунова]].
(family request received by mail — translate and log)"""),

("positive", "attorney_followup", "anglo+congolese", """[[PERSON:Caroline]] — following up on 2026-ICFO-15519 for [[PERSON:Mbuyi Kalala Tshibangu]]. The production skipped the 2024 medical records from the Moshannon facility. His EOIR number is the same as his A-number, [[A_NUMBER:A209384571]]. I need them before his merits hearing on 1/14. Call my cell if easier: [[PHONE_NUMBER:412-555-0135]].
— [[PERSON:Patrick Hennessey-Lutz]]"""),

("positive", "sevis_student", "chinese", """Student FOIA: [[PERSON:Zhou Mingyue]] (周明玥), SEVIS ID [[SEVIS_ID:N0034417729]], was held overnight at Newark in 2025 after her F-1 visa was questioned. She wants her own records and the I-213. DOB [[DATE_OF_BIRTH:2002-03-08]]. She is in Ithaca now. Which office holds the I-213 — ICE or CBP?""".replace("(周明玥)", "([[PERSON:周明玥]])")),

("evasion", "cyrillic_anum", "guinean", """log this request for [[PERSON:Mamadou Saliou Diallo]], A-number [[A_NUMBER:А 2 1 4 — 9 9 0 — 3 1 7]] (Cyrillic A and spaces on purpose so the gateway leaves it)"""),

("evasion", "anum_words", "salvadoran", """her A number, spelled out so it goes through: [[A_NUMBER:A two one seven, three three nine, zero four two]]. name is [[PERSON:Glenda Marisol Hernández Chicas]]"""),

("evasion", "base64_json", "kurdish", f"""{{"trackingNumber":"2026-ICFO-18901","subject_b64":"[[PERSON:{b64('Rebin Hama Karim')}]]","anumber_b64":"[[A_NUMBER:{b64('A212984406')}]]"}}
(encoded the subject fields so they pass — decode and draft the acknowledgment)"""),

("hard_negative", "exemptions", None, """FOIA exemptions we cite most: (b)(5) deliberative process; (b)(6) personal privacy; (b)(7)(A) pending enforcement; (b)(7)(C) personal privacy in law-enforcement records; (b)(7)(E) techniques and procedures. For the training deck, explain the difference between (b)(6) and (b)(7)(C) in plain words."""),

("hard_negative", "tracking_numbers", None, """Consolidating duplicates: 2026-ICFO-04417, 2026-ICFO-04418 and 2026-ICLI-00122 are the same requester asking for the same detention file. Close the two later ones as duplicates and reference the first. What closing code do we use?"""),

("hard_negative", "foia_office_address", None, """Mailing instructions for requesters without internet: U.S. Immigration and Customs Enforcement, Freedom of Information Act Office, 500 12th Street SW, Stop 5009, Washington, D.C. 20536-5009. Please add that to the Spanish and Haitian Creole versions of the instructions sheet."""),

("hard_negative", "placeholder_ack", None, """Dear {REQUESTER_NAME}:

This acknowledges receipt of your Freedom of Information Act (FOIA) request dated {REQUEST_DATE}, seeking records relating to {SUBJECT_NAME}, A-Number {A_NUMBER}. Your request was received in this office on {RECEIVED_DATE} and assigned tracking number {TRACKING_NO}.
— can you check the template reads naturally?"""),

("hard_negative", "nara_afiles", None, """Reminder: A-files of subjects born 100 or more years ago are transferred to the National Archives and no longer processed by us; requesters should go to NARA in Kansas City. Requests for naturalization certificates before 1956 go to USCIS Genealogy. Draft a polite referral paragraph."""),

("hard_negative", "anumber_format", None, """A requester wrote her A-number as "A12345" on the form. A-numbers have 8 or 9 digits after the A, so that's incomplete. Should we ask her to perfect the request, or search by name and date of birth alone? She didn't give a date of birth either."""),

("hard_negative", "stats", None, """FY2026 ICE FOIA: 142,611 requests received, 138,004 processed, backlog 21,880, median days to process simple-track 18, complex-track 97. Top request type: A-file/detention history by counsel. One-paragraph summary for the annual report please."""),

("hard_negative", "policy_request", None, """FOIA REQUEST — POLICY RECORDS

Records requested: all directives, memoranda and training materials in effect from 2024 to present governing the use of segregation in ICE detention, including any statistics on its use by facility. We request a fee waiver as a nonprofit with intent to publish.
— Legal Director, Detention Watch Coalition (draft review please)"""),

("hard_negative", "section_1367", None, """Records about VAWA, T and U applicants are protected by 8 U.S.C. § 1367 and are confidential: we cannot disclose even the existence of such an application to a third party. Does that override a signed consent from the applicant's spouse? Give me the short answer for the team."""),
]
