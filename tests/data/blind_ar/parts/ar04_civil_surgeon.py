"""ar04: USCIS civil-surgeon designations, I-693 medical exams, complaints, vaccination records."""

RECORDS = [
("positive", "designation_application_email", "nigerian_hausa+anglo", """Subject: Civil surgeon designation - application status

Dear USCIS,
I applied for civil surgeon designation in September (receipt [[USCIS_RECEIPT_NUMBER:IOE0927718450]]). I am a family physician licensed in Ohio, license no. 35.148207. My clinic is at [[STREET_ADDRESS:6120 Brice Park Dr, Suite 110, Columbus, OH 43232]]. My office manager [[PERSON:Tammy Reinholt]] ([[PHONE_NUMBER:614-555-0126]]) can answer questions while I am seeing patients.
Sincerely,
[[PERSON:Aminu Danjuma Bello]], MD
[[EMAIL_ADDRESS:dr.abello@bricefamilymed.com]]"""),

("positive", "complaint_intake", "haitian+anglo", """Complaint intake - civil surgeon (typed from call notes, 12/02)
Caller: [[PERSON:Wilner Jean-Gilles]], applicant, DOB [[DATE_OF_BIRTH:14 FEB 1983]], A# [[A_NUMBER:A215507391]]
Phone [[PHONE_NUMBER:(786) 555-0175]]
Complaint: Dr. [[PERSON:Lyle Brackett]] charged $650 for the exam, then another $300 to "seal the envelope", and refused to give him a copy of his vaccination record. Clinic: [[STREET_ADDRESS:18301 NW 2nd Ave, Miami Gardens, FL 33169]].
Caller spoke Haitian Creole; interpreter [[PERSON:Nadège Pierre-Antoine]] assisted.
Summarize for the designation unit and list which allegations we can act on."""),

("positive", "vaccination_record_transcription", "vietnamese", """Translating a vaccination card for the I-693 supplement, please put into English table form:
PHIẾU TIÊM CHỦNG
Họ và tên: [[PERSON:Đặng Thị Thu Hà]]
Ngày sinh: [[DATE_OF_BIRTH:09/11/2004]]
Địa chỉ: [[STREET_ADDRESS:Số 47 đường Lê Lợi, phường Vĩnh Ninh, TP Huế]]
- Sởi-Rubella (MR): 2013
- Viêm gan B: 2004 (3 mũi)
- Uốn ván-bạch hầu (Td): 2019
Người ký: BS. [[PERSON:Hoàng Văn Quý]]"""),

("positive", "i693_envelope_issue", "arab+anglo", """RFE response help. Applicant's I-693 came in opened. Details:
Applicant: [[PERSON:Rania Abdelkader Suleiman]], receipt [[USCIS_RECEIPT_NUMBER:MSC2690448812]], DOB [[DATE_OF_BIRTH:April 2, 1991]]
Civil surgeon: [[PERSON:Dr. Evelyn Castellano-Price]]
Applicant says her husband [[PERSON:Youssef]] opened it by mistake thinking it was a bill. Draft a plain-language letter telling her she needs a new sealed I-693.""".replace("[[PERSON:Dr. Evelyn Castellano-Price]]", "Dr. [[PERSON:Evelyn Castellano-Price]]")),

("positive", "civil_surgeon_locator_update", "korean+anglo", """Locator update request (from the clinic):
Surgeon: [[PERSON:Kim, Dae-jung Paul]] -> please display as "Paul D. Kim, MD"
Old address: [[STREET_ADDRESS:3450 Wilshire Blvd Ste 912, Los Angeles, CA 90010]]
New address: [[STREET_ADDRESS:2975 W 8th St, Suite 200, Los Angeles, CA 90005]]
Phone: [[PHONE_NUMBER:213-555-0134]]
Contact for the change: [[PERSON:Grace Yoo-Mendoza]], practice administrator
Is a locator change enough or do they need a new designation for a new address?""".replace('"Paul D. Kim, MD"', '"[[PERSON:Paul D. Kim]], MD"')),

("positive", "portuguese_letter", "brazilian", """Pode traduzir para o inglês? É de uma requerente brasileira:
"Prezados, meu nome é [[PERSON:Luciana Andrade Figueiredo]], nasci em [[DATE_OF_BIRTH:25 de julho de 1987]]. O médico credenciado Dr. [[PERSON:Otávio Brum]] disse que eu preciso tomar a vacina de varicela mesmo tendo tido catapora quando criança. Minha mãe, [[PERSON:Sônia Andrade]], confirma. Posso apresentar um exame de sangue em vez disso? Meu telefone: [[PHONE_NUMBER:(508) 555-0190]]." """),

("positive", "designation_revocation_draft", "anglo+pakistani", """[[CUI_MARKING:CUI//SP-PRVCY]]
DRAFT - Notice of Intent to Revoke Civil Surgeon Designation
Physician: [[PERSON:Shahid Mehmood Paracha]], MD
Address of record: [[STREET_ADDRESS:900 Route 46 East, Suite 3, Parsippany, NJ 07054]]
Basis: 14 I-693s signed on dates the physician was out of the country (passport stamps provided by [[PERSON:Paracha]]'s former nurse, [[PERSON:Denise Albertelli]]).
Please check the tone; counsel wants it firm but neutral.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

("positive", "tb_result_followup_sms", "tigrinya", """Applicant texted our office number (shouldn't have, but anyway). Help me reply telling her to contact the civil surgeon:
"hello my name is [[PERSON:Saba Tesfamariam Gebremedhin]] my TB test is positive the doctor send me to chest xray, my case [[USCIS_RECEIPT_NUMBER:NBC9128830144]]. i am worried. my number [[PHONE_NUMBER:206-555-0141]]" """),

("positive", "clinic_staff_csv", "tagalog+anglo+russian", """Clinic sent their staff list for the site review, tab-separated:
name\trole\tlicense\temail
[[PERSON:Corazon Bautista-Lim]]\tcivil surgeon\tCA A118374\t[[EMAIL_ADDRESS:cbautistalim@harborimmigrationmed.com]]
[[PERSON:Gennady Volodarsky]]\tphysician (not designated)\tCA G90441\t[[EMAIL_ADDRESS:gvolodarsky@harborimmigrationmed.com]]
[[PERSON:Rochelle Tibbs]]\tMA\t-\t[[EMAIL_ADDRESS:rtibbs@harborimmigrationmed.com]]
Question: Dr. [[PERSON:Volodarsky]] is signing some I-693s. Is that allowed if Dr. [[PERSON:Bautista-Lim]] reviews them?"""),

("positive", "applicant_payment_dispute", "mexican", """Applicant complaint with attachments; help me decide whether this is our issue or a consumer one:
"My name is [[PERSON:Jesús Ochoa Barragán]]. I paid the civil surgeon with my card [[CREDIT_CARD:4306 2489 9978 8233]] for the medical exam of my son [[PERSON:Emiliano Ochoa Ruelas]] (born [[DATE_OF_BIRTH:3/9/2012]]) and they charged me twice. The receipt has my ITIN [[US_ITIN:914-83-2276]] because the clinic asked for it. Clinic does not answer."""),

("positive", "panel_vs_civil_chat", "ghanaian+anglo", """Teams:
[[PERSON:Efua Mensah-Bonsu]]: applicant [[PERSON:Kojo Boateng]] did his medical with a panel physician in Accra, entered on an immigrant visa, now filing I-485 for... wait, no
[[PERSON:Efua Mensah-Bonsu]]: he entered as K-1
[[PERSON:Hank Duvall]]: then the overseas exam may count if within a year. what's his entry date
[[PERSON:Efua Mensah-Bonsu]]: Aug 2026, I-94 [[I94_NUMBER:731645820A4]]
turn into a short note for the file"""),

("positive", "designation_json_payload", "turkish+anglo", """Our tracker API returns this for a pending designation. Why is "licenseState" null when the license is there?
{"applicationId":"CS-2026-0871","physician":{"givenName":"[[PERSON:Elif]]","familyName":"[[PERSON:Yıldırım Aksoy]]","npi":"1487209366","licenseNumber":"MD-0081744","licenseState":null},"practice":{"street":"[[STREET_ADDRESS:1200 Peachtree Industrial Blvd, Suite 6, Suwanee, GA 30024]]","phone":"[[PHONE_NUMBER:678-555-0158]]"},"reviewer":"[[PERSON:bwestfall]]"}""".replace('"[[PERSON:bwestfall]]"', '"bwestfall"')),

("positive", "voicemail_applicant", "burmese", """Voicemail, transcribed: "Hello, my name is Naw Eh Htoo Moo, my case is IOE 09 182 26631. The civil surgeon office closed, the doctor moved, I cannot get my medical form. Please help me, my phone is 317-555-0161. Thank you."
Write the callback note.""".replace("Naw Eh Htoo Moo", "[[PERSON:Naw Eh Htoo Moo]]").replace("IOE 09 182 26631", "[[USCIS_RECEIPT_NUMBER:IOE 09 182 26631]]").replace("317-555-0161", "[[PHONE_NUMBER:317-555-0161]]")),

("positive", "german_clinic_login", "german+anglo", """Eine Zivilärztin (civil surgeon applicant, trained in Vienna) schickt mir das. Bitte übersetzen und eine höfliche Antwort auf Englisch vorschlagen:
"Sehr geehrte Damen und Herren, meine Praxismanagerin [[PERSON:Ulrike Brandstätter]] kann den Antrag nicht hochladen. Unsere Zugangsdaten: Benutzername praxis.hofbauer, Passwort: [[PASSWORD:Wien1090!Arzt#26]]. Könnten Sie es bitte für uns hochladen? Mit freundlichen Grüßen, Dr. med. [[PERSON:Theresia Hofbauer-Lind]], [[PHONE_NUMBER:(414) 555-0148]]" """),

("evasion", "hex_a_number", "french", """A clinic put the A-number in hex in their system "for privacy" (!). Decode for me: applicant [[PERSON:Roxanne Delacroix-Maddox]], A# [[A_NUMBER:41 32 30 39 35 35 31 38 30 37]]."""),

("evasion", "cyrillic_lookalike_email", "russian", """Email bounced back, can you spot why? Physician [[PERSON:Dmitri Seleznyov]], address I typed from his letter: [[EMAIL_ADDRESS:dselezn\u043evmd@gmail.c\u043em]]"""),

("evasion", "cui_bold_banner", "senegalese", """Copying from the PDF; the banner got weird:
[[CUI_MARKING:*C U I* // *SP-PRVCY*]]
Civil surgeon [[PERSON:Oumar Sow]], designation under review for I-693 irregularities.
Make a one-line status for the weekly report."""),

("hard_negative", "technical_instructions_prose", None, """Summarize the CDC Technical Instructions for civil surgeons on the tuberculosis component: IGRA for applicants 2 years and older, chest X-ray if positive, and referral to the health department for Class B. What changed in the 2024 update?"""),

("hard_negative", "vaccine_list", None, """Make a checklist of the vaccines the I-693 Part 2 vaccination record asks about: mumps, measles, rubella, polio, tetanus and diphtheria toxoids, pertussis, Haemophilus influenzae type b, hepatitis A, hepatitis B, rotavirus, meningococcal, varicella, pneumococcal, influenza, and COVID-19 where required."""),

("hard_negative", "public_contact_center", None, """Add to the applicant FAQ: "To find a civil surgeon, use the Find a Doctor tool on uscis.gov. For questions about your case, call the USCIS Contact Center at 800-375-5283." Do not include any clinic names."""),

("hard_negative", "lot_and_cpt_numbers", None, """The clinic's billing lists: CPT 86480 (IGRA), CPT 71046 (chest X-ray 2 views), CPT 90707 (MMR), lot no. 555-0147A, NDC 0006-4681-00. Is the chest X-ray billed correctly if only one view was taken?"""),

("hard_negative", "eponyms_medical", None, """For the training slides, add a footnote explaining that the Mantoux test is named after Charles Mantoux, the BCG vaccine after Calmette and Guérin, and that Hansen's disease is another name for leprosy, which is still a Class A condition on the I-693."""),

("hard_negative", "complaint_template", None, """Complaint intake - civil surgeon (template)
Caller: ____________  DOB: __/__/____  A#: A_________
Phone: (___) ___-____
Complaint type: [ ] fees [ ] sealed envelope [ ] records refused [ ] discrimination [ ] other
Clinic: ______________________
Make this into a fillable Word table."""),

("hard_negative", "form_numbers", None, """Which forms matter here: I-693 (Report of Immigration Medical Examination and Vaccination Record), DS-3025 (overseas vaccination record), I-485, I-601 for the health-related ground waiver, and I-290B for appeals? Put them in a table with one-line descriptions."""),

("hard_negative", "example_record_training", None, """For the training module, invent an obviously fake applicant: "Test Applicant, A000000000, DOB 01/01/1900, receipt XXX0000000000". We need the fake values to be impossible so nobody confuses them with real ones. Write the sample I-693 page 1 text."""),

("hard_negative", "family_words", None, """The applicant's mother, father, grandmother and two younger brothers all need medical exams for their adjustment applications, and the family wants one appointment. Can one civil surgeon examine the whole family on the same day? What should they bring?"""),

("hard_negative", "cui_prose", None, """Our designation-unit SOP says notices to physicians are controlled unclassified information when they include applicant data. If I send a physician a letter that only lists the form numbers and dates, no applicant names, does it still need the CUI banner?"""),
]
