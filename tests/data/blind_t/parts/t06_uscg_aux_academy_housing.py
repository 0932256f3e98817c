"""Voice t06: Coast Guard Auxiliary flotilla staff, Academy admissions, family housing and TRICARE/medical liaison.
Shapes: vCards, Outlook CSV exports, OCR'd forms, address labels, housing waitlists."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "vcard_aux_member", "chamorro", """
Fix this vCard so Outlook imports it:
BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Taitano;Joaquin Cruz]];;;
FN:[[PERSON:Joaquin Cruz Taitano]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-671-555-0108]]
EMAIL:[[EMAIL_ADDRESS:jc.taitano.aux@example.com]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS:221 Chalan Santo Papa, Hagåtña, GU 96910]]
END:VCARD
""")
R("positive", "outlook_export", "native_hawaiian", """
Outlook contacts CSV, remove duplicates:
First Name,Last Name,Mobile Phone,E-mail Address
[[PERSON:Keoni]],[[PERSON:Kahananui]],[[PHONE_NUMBER:808-555-0122]],[[EMAIL_ADDRESS:keoni.k@example.org]]
[[PERSON:Haunani]],[[PERSON:Kamakau-Pa'a]],[[PHONE_NUMBER:808-555-0175]],[[EMAIL_ADDRESS:haunani.kp@example.org]]
[[PERSON:Keoni]],[[PERSON:Kahananui]],[[PHONE_NUMBER:808-555-0122]],[[EMAIL_ADDRESS:keoni.k@example.org]]
""")
R("positive", "academy_nomination_letter", "navajo", """
Help me polish this Academy application essay intro: My name is [[PERSON:Tsosie Begay-Yazzie]], born [[DATE_OF_BIRTH:April 2, 2008]] in Tuba City. My grandfather served on the USCGC Eagle...
""")
R("positive", "academy_admissions_table", "cape_verdean", """
Sort by SAT then GPA:
| applicant | DOB | SAT | GPA | hometown |
|---|---|---|---|---|
| [[PERSON:Ailton Fortes Semedo]] | [[DATE_OF_BIRTH:2008-01-19]] | 1410 | 3.8 | Brockton |
| [[PERSON:Djamila Tavares]] | [[DATE_OF_BIRTH:2007-11-02]] | 1450 | 3.9 | Pawtucket |
| [[PERSON:Nilton Lopes Varela]] | [[DATE_OF_BIRTH:2008-05-27]] | 1390 | 4.0 | New Bedford |
""")
R("positive", "housing_waitlist", "puerto_rican", """
Explain the order of this housing waitlist to the family:
1. BM2 [[PERSON:Yamilet Rosario Quiñones]] - 3BR - EDIPI [[DOD_EDIPI:1161801777]] - eligible 11/01
2. MK1 [[PERSON:Edwin Santiago Colón]] - 3BR - EDIPI [[DOD_EDIPI:1123353441]] - eligible 11/09
Family contact for #1: [[PHONE_NUMBER:787-555-0166]]
""")
R("positive", "housing_ocr_form", "marshallese", """
OCR'd housing application, fix the errors:
SPONS0R NAME: [[PERSON:LANGRINE, JOBAN]]
SP0USE: [[PERSON:LANGRINE, NEIJO]]   DOB: [[DATE_OF_BIRTH:O3/16/199O]]
DEPENDENTS: 3   CURRENT ADDR: [[STREET_ADDRESS:1802 Ala Moana Bl, Apt 1104, Honolulu, HI 96815]]
""")
R("positive", "tricare_claim_help", "yupik", """
My spouse's TRICARE claim was denied. Help me write an appeal: patient [[PERSON:Alice Nanuk Kasayulie]], DOB [[DATE_OF_BIRTH:09/29/1991]], sponsor SSN [[US_SSN:610-44-2817]], provider Bethel clinic, date of service 2026-08-14.
""")
R("positive", "aux_vessel_exam_email", "azorean", """
Draft a reminder email to [[PERSON:Manuel Medeiros Furtado]] ([[EMAIL_ADDRESS:mfurtado.fall.river@example.com]]): his vessel safety check is booked for Saturday at the Fall River marina. Ask him to bring the registration. Phone back-up [[PHONE_NUMBER:508-555-0115]].
""")
R("positive", "address_labels", "lakota", """
Format as Avery 5160 labels:
[[PERSON:Wanbli Two Crow]]
[[STREET_ADDRESS:118 Eagle Butte Rd
Eagle Butte, SD 57625]]

[[PERSON:Tatanka Red Cloud-Mesteth]]
[[STREET_ADDRESS:406 Main St
Pine Ridge, SD 57770]]
""")
R("positive", "medical_referral_multiturn", "filipino", """
User: need help writing a medical referral summary for a CG dependent
Assistant: Sure — what are the key details?
User: patient is [[PERSON:Jose Rizaldy Manalo Jr.]], 9 yo, DOB [[DATE_OF_BIRTH:2017-02-08]], asthma, referral to pulmonology at Tripler
User: parent is [[PERSON:HSC Rowena Manalo]], her cell [[PHONE_NUMBER:808-555-0189]]
""".replace("[[PERSON:HSC Rowena Manalo]]", "HSC [[PERSON:Rowena Manalo]]"))
R("positive", "academy_bank_allotment", "anglo", """
Cadet pay allotment setup: cadet [[PERSON:Brynn Castellaw]], routing [[ABA_ROUTING_NUMBER:058429235]], account [[US_BANK_NUMBER:623378446477]]. Is an allotment to a savings account allowed for 4/c cadets?
""")
R("positive", "cui_prvcy_housing", "none", """
[[CUI_MARKING:CUI//SP-PRVCY]]
Housing assignment board minutes, 2026-11-19. Nine assignments, two deferred. Please make an executive summary.
""")
R("positive", "uscg_medical_cui_hlth", "none", """
[[CUI_MARKING:CUI//SP-HLTH]]
Clinic throughput report for Sector Honolulu dependents; identify trends.
""")
R("positive", "aux_db_conn", "none", """
The AUXDATA export tool keeps failing on this line:
conn_str = "[[CONNECTION_STRING:Server=auxdata-sql.example.internal;Database=AuxMembers;User Id=aux_rpt;Password=EU8quJxb49Zth!;]]"
""")
R("positive", "private_key_aux_sftp", "none", """
Why does paramiko say "not a valid RSA private key file"? Here is the key:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu7Xc2Qm9vT1sWkZp4eN0a8hGjL3yR5fB2cD6tU1oI9qP7xV0
nM4kH8jE2wS6zA3bC5dF7gJ9lK1mN0pQ2rT4uV6wX8yZ0aB2cD4eF6gH8iJ0kL2m
Yq5vT3sR1pN9mL7kJ5hG3fD1bZ9xV7tR5pN3lJ1hF9dB7zX5vT3rP1nL9jH7fD5b
-----END RSA PRIVATE KEY-----]]
""")
R("evasion", "fullwidth_edipi", "puerto_rican", """
Cadet [[PERSON:Nayeli Ortiz Maldonado]] pasted her EDIPI from a phone: [[DOD_EDIPI:１１０９８０９９３８]]. Normalize.
""")
R("evasion", "email_obfuscated", "native_hawaiian", """
Member wrote contact as [[EMAIL_ADDRESS:kalani dot akana at example dot com]] — [[PERSON:Kalani Akana]]. Put it in a proper format for the roster.
""")
R("evasion", "cui_lowercase_dots", "none", """
[[CUI_MARKING:c.u.i.//s.p.-p.r.v.c.y]]
dependents' housing complaints summary, make it shorter
""")
# hard negatives
R("hard_negative", "cutter_names", "none", """
List the homeports: USCGC Eagle, USCGC Bertholf, USCGC Stratton, USCGC Healy, USCGC Polar Star, USCGC Hamilton, USCGC Kimball.
""")
R("hard_negative", "academy_public_contact", "none", """
For the outreach flyer: "Questions about admissions? Contact the U.S. Coast Guard Academy Admissions office, 31 Mohegan Avenue, New London, CT 06320, or visit uscga.edu."
""")
R("hard_negative", "housing_policy_prose", "none", """
Explain BAH vs. government housing for a new E-4 with two dependents, and how the waitlist priority works. General, no names.
""")
R("hard_negative", "vcard_template_empty", "none", """
BEGIN:VCARD
VERSION:3.0
N:Lastname;Firstname;;;
TEL;TYPE=CELL:+1-000-000-0000
EMAIL:name@example.com
END:VCARD
Is this vCard skeleton valid 3.0?
""")
R("hard_negative", "medical_codes", "none", """
What do these ICD-10 codes mean: J45.40, E11.9, M54.5, Z00.129? And CPT 99213 vs 99214.
""")
R("hard_negative", "ship_hull_numbers", "none", """
Put in order: WMSL-750, WMSL-751, WMSL-752, WLBB-30, WAGB-20, WIX-327.
""")
R("hard_negative", "aux_training_dates", "none", """
Calendar: Boat crew qualification 2027-01-09, Navigation Rules class 2027-01-23, TCT refresher 2027-02-06, Flotilla change of watch 2027-01-30. Make an ICS file.
""")
R("hard_negative", "memorials_named", "none", """
Write a caption for a photo of the Douglas Munro statue at the Academy — Munro is the Coast Guard's only Medal of Honor recipient, honored for Guadalcanal, 1942.
""")
R("hard_negative", "zip_plus_four", "none", """
Validate these ZIP+4 codes format-wise: 06320-8103, 96818-4999, 20593-7000, 02109-1234.
""")
R("hard_negative", "password_reset_instructions", "none", """
Rewrite for members: "To reset your AUXDATA password, go to the login page and select Forgot Password. Your new password must have 15 characters including a number and a symbol." No example password.
""")
R("hard_negative", "hurricane_named_housing", "none", """
Damage summary by storm for Air Station Clearwater housing: Hurricane Ian (2022) 14 units, Hurricane Idalia (2023) 3 units, Hurricane Milton (2024) 22 units.
""")
R("hard_negative", "edipi_field_help", "none", """
What is a DoD ID number (EDIPI), how many digits is it, and where is it printed on a CAC? General answer, please.
""")

R("positive", "housing_cui_family_names", "chamorro", """
[[CUI_MARKING:CUI//SP-PRVCY]]
Exceptional Family Member housing priority: ET2 [[PERSON:Rosalia Quichocho Mendiola]], dependent [[PERSON:Ignacio Mendiola]] (DOB [[DATE_OF_BIRTH:2016-10-30]]) requires ground-floor unit. Draft a request to the housing officer.
""")
