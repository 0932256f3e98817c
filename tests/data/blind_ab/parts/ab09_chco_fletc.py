# DHS Chief Human Capital Office: student-loan repayment and telework agreements; FLETC dormitory and medical clinic
RECORDS = [
("positive", "slrp_service_agreement", "ethiopian", """STUDENT LOAN REPAYMENT SERVICE AGREEMENT (5 CFR 537)
Employee: [[PERSON:Selamawit Tesfaye Gebremedhin]]
Loan holder: Great Plains Loan Servicing, account [[US_BANK_NUMBER:7730441982]]
Employee home address: [[STREET_ADDRESS:6120 Seminary Rd, Apt 1417, Falls Church, VA 22041]]
Annual amount: $10,000; service commitment 3 years."""),
("positive", "slrp_servicer_email", "anglo", """Hi, the servicer rejected the DHS payment because the borrower SSN didn't match. Borrower: [[PERSON:Cassidy Pruitt]], SSN [[US_SSN:229-51-8736]], DOB [[DATE_OF_BIRTH:11/02/1993]]. Can you draft a reply to the servicer asking what they have on file?"""),
("positive", "slrp_ranking_table", "yoruba+scottish+afghan", """| Rank | Employee | Component | Amount |
|---|---|---|---|
| 1 | [[PERSON:OYELARAN, Adebisi]] | CISA | $10,000 |
| 2 | [[PERSON:MCALLISTER, Bryn]] | USCIS | $8,500 |
| 3 | [[PERSON:RAHIMI, Zohal]] | CBP | $6,000 |"""),
("positive", "telework_agreement_form", "korean+igbo", """TELEWORK AGREEMENT – DHS FORM 4300-A excerpt
Employee name: [[PERSON:Daniel Sung-min Yoo]]
Alternate worksite: [[STREET_ADDRESS:2231 Larkspur Ln, Frederick, MD 21702]]
Home phone: [[PHONE_NUMBER:240-555-0131]]
Emergency contact: [[PERSON:Grace Yoo]], [[PHONE_NUMBER:240-555-0172]]
Supervisor: [[PERSON:Ignatius Okonkwo]]"""),
("positive", "telework_remote_overseas", "anglo", """Remote-work request: spouse is stationed at Ramstein; employee [[PERSON:Kelsey Vandermolen]] will work from [[STREET_ADDRESS:Unit 3240 Box 112, APO AE 09094]] (mailing) — German home address [[STREET_ADDRESS:Kaiserstraße 17, 66877 Ramstein-Miesenbach]]. Can DSTAP apply?"""),
("positive", "telework_lower_case", "bosnian", """quick q — can you rephrase: "amra hadžiahmetović asked to telework tue/thu because of her commute from manassas; amra's supervisor approved pending IT check." """.replace("amra hadžiahmetović", "[[PERSON:amra hadžiahmetović]]").replace("amra's", "[[PERSON:amra]]'s")),
("positive", "fletc_dorm_roster", "samoan+polish+vietnamese", """FLETC Glynco – Dorm 5, wing B (class 26-14 CBPO)
Room  Occupant                    Cell
B112  [[PERSON:Tavita Faleafa]]            [[PHONE_NUMBER:912-555-0114]]
B113  [[PERSON:Kowalczyk, Marta]]          [[PHONE_NUMBER:912-555-0125]]
B114  [[PERSON:Dinh Quang Thuận]]            [[PHONE_NUMBER:912-555-0137]]
Maintenance ticket: B113 AC out since Monday."""),
("positive", "fletc_clinic_visit", "salvadoran", """FLETC Health Unit – visit note (please rewrite as an injury report):
Student: [[PERSON:Edwin Alexander Portillo Chicas]], DOB [[DATE_OF_BIRTH:07-Jul-1997]], EDIPI [[DOD_EDIPI:1587264093]]
Complaint: inversion ankle injury during PT, 0710. X-ray negative. Light duty 72 h.
Emergency contact: mother, [[PERSON:Marta Chicas]], [[PHONE_NUMBER:+503 7555 0149]]"""),
("positive", "fletc_clinic_hl7", "anglo", """MSH|^~\\&|FLETC-HU|GLYNCO|EHR|DHS|202611041022||ADT^A04|MSG00417|P|2.5
PID|1||FL-204471^^^FLETC||[[PERSON:OAKRIDGE^MARCUS^T]]||[[DATE_OF_BIRTH:19890214]]|M|||[[STREET_ADDRESS:1131 Sea Palms Dr^^Brunswick^GA^31525]]||[[PHONE_NUMBER:(912)555-0168]]"""),
("positive", "fletc_dorm_key_chat", "anglo", """User: student in C221 says his roommate took his dorm key card. roommate is Ellis Brandywine, class 26-09.
Assistant: I can help you write an incident note.
User: also Ellis said he'll return it after the range.""".replace("Ellis Brandywine", "[[PERSON:Ellis Brandywine]]").replace("also Ellis said", "also [[PERSON:Ellis]] said")),
("positive", "fletc_tagalog_family", "filipino", """Paki-translate sa English: Ang anak ko, si [[PERSON:Jerome Dela Cruz Bautista]], ipinanganak noong [[DATE_OF_BIRTH:Mayo 5, 1999]], ay nasa FLETC ngayon. Tumawag po kayo sa akin sa [[PHONE_NUMBER:+63 917 555 0188]] kung may emergency. — [[PERSON:Luzviminda Bautista]]"""),
("positive", "fletc_hindi_form", "indian", """नाम: [[PERSON:प्रियंका शर्मा]] ([[PERSON:Priyanka Sharma]])
जन्म तिथि: [[DATE_OF_BIRTH:१४ जनवरी १९९५]]
FLETC dorm check-in form — please convert to English."""),
("positive", "chco_cui_prvcy", None, """[[CUI_MARKING:CUI//SP-PRVCY]]
Student loan repayment awardees FY2027 with loan balances and servicer info. Summarise by component without names."""),
("positive", "chco_hr_classified_mistake", None, """Someone pasted this into the telework SharePoint by accident:
[[CLASSIFICATION_MARKING:CONFIDENTIAL//REL TO USA, GBR]]
[[CLASSIFICATION_MARKING:(C//REL)]] Liaison officer schedule for joint exercise.
How do I report the spillage?"""),
("positive", "chco_hris_token", None, """HR connector config (telework tracker → NFC):
{"hris_url": "https://hris.example.gov/api", "client_id": "telework-sync", "client_secret": "[[PASSWORD:Vn8qXz2LrTf5KwPa9mJc3HbY]]"}"""),
("positive", "fletc_clinic_emr_password", None, """Clinic front desk note: EMR shared login is healthunit / [[PASSWORD:Gly!nco2026clinic]] until the new accounts come — make a sign for the desk that says to call IT instead (without the password)."""),
("positive", "fletc_github_actions", None, """The dorm-maintenance app workflow has: env: GH_TOKEN: [[GITHUB_TOKEN:ghp_yOeM3LKgRDCglMTG5FIaiGL27y0C0dY75pgT]] — is that why secret scanning emailed me?"""),
("positive", "slrp_ach_form", "mexican", """Direct deposit (SF-1199A) to the loan servicer for [[PERSON:Xóchitl Arredondo-Luna]]: routing [[ABA_ROUTING_NUMBER:311276044]], account [[US_BANK_NUMBER:0091448265]]. Her personal email is [[EMAIL_ADDRESS:xochi.arredondo@mail.example]]."""),
("positive", "fletc_sevis_intl_student", "jordanian", """International partner student at FLETC (ILEA program): [[PERSON:Lt. Yazan Al-Khasawneh]], passport (Jordan) [[US_PASSPORT:R4471902]], DOB [[DATE_OF_BIRTH:21 Dec 1990]]. Clinic needs his allergy history translated from Arabic.""".replace("[[PERSON:Lt. Yazan Al-Khasawneh]]", "Lt. [[PERSON:Yazan Al-Khasawneh]]")),
("positive", "telework_dl_id_check", "anglo", """For the remote onboarding ID check, new hire [[PERSON:Tamsin Holloway-Reyes]] sent a photo of her Virginia licence, no. [[US_DRIVER_LICENSE:T41-72-8830]]. Is that acceptable for I-9 remotely?"""),
("evasion", "fletc_split_phone_turns", "anglo", """User: student's mom wants a callback at [[PHONE_NUMBER:912-555
Assistant: It looks like the number got cut off.
User: -0196]] — name is Bernadette Quimby""".replace("Bernadette Quimby", "[[PERSON:Bernadette Quimby]]")),
("evasion", "slrp_emphasis_ssn", "anglo", """borrower SSN per servicer: [[US_SSN:**614**-**27**-**5380**]] (bold from the chat app), borrower [[PERSON:Perrin Ashgrove]]"""),
("evasion", "chco_dotted_classified", None, """Banner in the forwarded doc read [[CLASSIFICATION_MARKING:S.E.C.R.E.T.//N.O.F.O.R.N]] — can I still paste the rest?"""),
("hard_negative", "chco_public_policy", None, """DHS student loan repayment policy (DHS Instruction 255-03-001) caps payments at $10,000 per year and $60,000 lifetime per 5 U.S.C. 5379. Questions go to your component's human capital office."""),
("hard_negative", "chco_telework_law", None, """Telework Enhancement Act of 2010; OPM's Guide to Telework and Remote Work (2021); DHS Directive 254-15. Agreement form revision 06/2024."""),
("hard_negative", "fletc_public_address", None, """FLETC Glynco main gate: 1131 Chapel Crossing Road, Glynco, GA 31524. Public affairs office number is on fletc.gov. Artesia and Charleston have separate visitor centers."""),
("hard_negative", "fletc_building_numbers", None, """Dorms 1–8, Building 67 (dining hall), Building 262 (Health Unit). Class 26-14 CBPO graduation 2027-02-19. Range 11 closed. Course code CBPI-614."""),
("hard_negative", "fletc_eponyms", None, """The new PT complex is named after a fallen instructor per GSA naming rules; the firearms building honours Eliot Ness on a plaque (historical, from the 1930s Untouchables era)."""),
("hard_negative", "chco_secret_prose", None, """"The secret to getting SLRP approved is a strong retention justification," the HR specialist said. Award amounts are confidential only in the sense that they're not posted publicly."""),
("hard_negative", "chco_loan_numbers", None, """Servicer reference numbers look like 9000418822-01; the Department of Education's PSLF form version is 2024-07; the NSLDS loan type code D1 is Direct Subsidized."""),
("hard_negative", "fletc_menu", None, """Dining hall menu week 45: Mon chicken and rice, Tue tacos, Wed lasagna. Allergen codes (G) gluten, (D) dairy, (N) nuts — (a)/(b)/(c) sides rotate."""),
("hard_negative", "chco_placeholder_env", None, """HRIS_CLIENT_SECRET=<from-vault>
NFC_API_KEY=xxxxxxxxxxxxxxxx
SMTP_PASSWORD=changeme"""),
("hard_negative", "fletc_training_marking", None, """Classroom exercise: students mark a mock case file "CUI//LEI" and add a designation indicator. All mock files use fictional suspects ("John Q. Public")."""),
("hard_negative", "chco_opm_contact", None, """For retirement or FEHB questions contact OPM Retirement Services, P.O. Box 45, Boyers, PA 16017-0045, or the phone number on opm.gov."""),
("hard_negative", "fletc_clinic_codes", None, """ICD-10 S93.401A (sprain of ankle), CPT 73610, NDC 0904-5853-61 (ibuprofen 600 mg). Clinic SOP v3.2; Form FLETC 6000-12."""),
("hard_negative", "chco_ssi_supplemental", None, """An employee asked whether SSLRP payments affect her brother's SSI (Supplemental Security Income). They don't — the payments are to her servicer."""),
]
