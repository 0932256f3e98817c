# Voice: an employee's personal life - a landlord dispute, a grandparent's caregiving, a kid's soccer team,
# a small inheritance, a B-2 visa for a visiting mother-in-law.
RECORDS = [
("positive", "landlord_letter", "anglo",
"""Help me make this letter firmer:
Dear Mr. [[PERSON:Pemberton]],
I have asked three times for the radiator in my unit at [[STREET_ADDRESS:5521 Kansas Ave NW, Apt 3, Washington, DC 20011]] to be fixed. Under my lease I am entitled to heat. If this is not resolved by Friday I will contact the Office of the Tenant Advocate.
Sincerely, [[PERSON:Monique Delacroix-Hayes]]
[[PHONE_NUMBER:202-555-0119]]"""),
("positive", "landlord_text_thread", "german",
"""landlord ([[PERSON:rick stahl]]): rent is late again, $1,850 plus $75 fee
me: [[PERSON:rick]] the heat has been out since nov 20. I'm withholding until it's fixed
landlord: venmo me at @rick-stahl-rentals or I file"""),
("positive", "grandma_caregiving_notes", "polish",
"""Babcia's care notes for the new aide:
Name: [[PERSON:Stanisława Nowicka]] ("Babcia [[PERSON:Stasia]]")
Born: [[DATE_OF_BIRTH:17 lutego 1934]]
Medicare: on the fridge, don't write it down
Meds: metoprolol 25 mg AM, donepezil 10 mg PM
If she falls call me ([[PERSON:Kasia]]) [[PHONE_NUMBER:240-555-0155]] or her neighbour Mrs. [[PERSON:Dorota Zielinski]] next door."""),
("positive", "caregiver_payroll", "guatemalan",
"""I pay my grandmother's aide directly. For the household employment form:
Aide: [[PERSON:Marleny Chún Cac]]
SSN: [[US_SSN:226-48-4655]]
Address: [[STREET_ADDRESS:8807 Piney Branch Rd, Apt 1104, Silver Spring, MD 20903]]
Weekly pay $640, check #2207"""),
("positive", "soccer_roster_csv", "irish+quechua+kenyan+anglo",
"""Player,Jersey,DOB,Parent,Parent phone
[[PERSON:Liam O'Shea]],7,[[DATE_OF_BIRTH:2016-03-11]],[[PERSON:Deirdre O'Shea]],[[PHONE_NUMBER:703-555-0112]]
[[PERSON:Mateo Quispe]],9,[[DATE_OF_BIRTH:2016-07-29]],[[PERSON:Rosa Quispe Mamani]],[[PHONE_NUMBER:703-555-0135]]
[[PERSON:Amani Wanjiku]],4,[[DATE_OF_BIRTH:2015-12-02]],[[PERSON:Grace Wanjiku]],[[PHONE_NUMBER:703-555-0197]]
[[PERSON:Noah Friedman]],11,[[DATE_OF_BIRTH:2016-01-19]],[[PERSON:Will Friedman]],[[PHONE_NUMBER:703-555-0189]]"""),
("positive", "coach_email", "samoan",
"""Coach [[PERSON:Lealaiauloto]] here - practice moved to Field 3. [[PERSON:Tavita Jr.]] needs a ride Saturday; his mom [[PERSON:Leota Faleolo-Schmidt]] can be reached at [[EMAIL_ADDRESS:leota.fs@homemail.example]]."""),
("positive", "inheritance_email", "irish",
"""From the solicitor, re: estate of my great-aunt:
Beneficiary: [[PERSON:Siobhan Keating]]
Beneficiary address: [[STREET_ADDRESS:14 Ashgrove Park, Ballincollig, Co. Cork, P31 X2K8]]
Amount: EUR 12,400
Please provide IBAN or US bank details. I'd send them routing [[ABA_ROUTING_NUMBER:327140452]] account [[US_BANK_NUMBER:88120047712]] - is that safe by e-mail?"""),
("positive", "inheritance_bank_login", None,
"""My online banking keeps locking me out when I try to accept the wire. username: skeating77, password: [[PASSWORD:Shamrock!Wire2026]]. What is a SWIFT code and do I need one?"""),
("positive", "b2_visa_invite", "indian",
"""Invitation letter for B-2 visa
I, [[PERSON:Arjun Venkataraman]], a US citizen residing at [[STREET_ADDRESS:1309 Castlebridge Ct, Herndon, VA 20170]], invite my mother-in-law [[PERSON:Lakshmi Subramanian]], born [[DATE_OF_BIRTH:12 August 1958]], Indian passport [[US_PASSPORT:Z4418263]], residing at [[STREET_ADDRESS:Flat 3B, Sri Sai Apartments, 22 Gandhi Nagar 4th Main Rd, Adyar, Chennai 600020]], to visit from 1 March to 30 May 2027. My phone: [[PHONE_NUMBER:703-555-0147]]."""),
("positive", "ds160_tamil", "tamil",
"""Ammā's DS-160 details (she wrote them in Tamil, please translate):
பெயர்: [[PERSON:லட்சுமி சுப்பிரமணியன்]]
பிறந்த தேதி: [[DATE_OF_BIRTH:12 ஆகஸ்ட் 1958]]
தொலைபேசி: [[PHONE_NUMBER:+91 44 5550 1386]]"""),
("positive", "wifi_and_alarm", None,
"""note for the in-law visit: Wi-Fi "Venkat-Home-5G", password [[PASSWORD:Kolam#Rangoli88]]; alarm code is in the drawer"""),
("positive", "work_doc_in_personal", None,
"""oops - I pasted the wrong doc, this was supposed to be my grandmother's care plan:
[[CUI_MARKING:CUI//SP-PRVCY]]
Employee relations case summary, Branch 4
Please just tell me how to format a care plan."""),
("positive", "credit_card_soccer", "anglo",
"""Team fees: charge my card for the tournament - [[PERSON:Dana Whitford]], [[CREDIT_CARD:5348 1371 8116 1472]], exp 11/28, zip 22015."""),
("positive", "lowercase_dispute_notes", "hispanic",
"""notes for small claims: landlord is [[PERSON:hector salgado-ruiz]], property manager [[PERSON:luz arroyo]]. [[PERSON:luz]] said in writing the deposit would be returned. [[PERSON:hector]]'s address for service is [[STREET_ADDRESS:417 carroll st, brooklyn, ny 11215]]."""),
("positive", "grandpa_hmong_letter", "hmong",
"""Yawg's medication list for the clinic: [[PERSON:Vang Pao Lor]] (not the general - my grandpa!), yug [[DATE_OF_BIRTH:1 Lub Ib Hlis 1941]]. Call [[PERSON:Youa Lor]] at [[PHONE_NUMBER:559-555-0136]]."""),
("evasion", "spaced_ssn_aide", "salvadoran",
"""aide's social for the W-2 form: [[US_SSN:4 9 5 - 4 2 - 2 8 5 4]], [[PERSON:Reina Elizabeth Portillo]]"""),
("evasion", "amex_words", "anglo",
"""card for the team photo order, reading it out for my husband: [[CREDIT_CARD:three seven zero seven seven three two six three six nine five seven one four]] - [[PERSON:Colleen Rafferty]]"""),
("evasion", "dob_with_zero_width", "persian",
"""In-law visa form: [[PERSON:Parvaneh Rostami]], DOB [[DATE_OF_BIRTH:0‌4/2‌2/1‌955]]"""),
("hard_negative", "lease_clause", None,
"""Section 12(b): Landlord shall maintain heating at a minimum of 68 degrees between 6:30 a.m. and 11 p.m. (c) Tenant may not withhold rent except as permitted by DC Code 42-3505.01."""),
("hard_negative", "soccer_schedule", None,
"""U10 Falcons schedule: 12/13 vs Thunder 9:00 Field 3; 12/20 vs Rapids 10:30 Field 1. Snack rotation posted. Referee fees $35/game, receipt #2026-0448."""),
("hard_negative", "famous_soccer_players", None,
"""The kids voted on team nicknames from the old legends: Pelé, Garrincha, Eusébio, Sócrates and Maradona. We went with "the Eusébios"."""),
("hard_negative", "public_visa_info", None,
"""B-2 visitors: apply online with Form DS-160, pay the MRV fee, and schedule an interview via the U.S. Embassy's visa appointment service. The National Visa Center's public contact form is on travel.state.gov."""),
("hard_negative", "probate_law", None,
"""Under Irish succession law, the executor must extract a Grant of Probate before distributing assets. Nothing here is secret; the will becomes a public record after probate."""),
("hard_negative", "care_plan_template", None,
"""Care plan template: Patient name: ______  DOB: __/__/____  Emergency contact: __________  Medications: ______. Print two copies."""),
("hard_negative", "recipe_names", None,
"""Babcia's recipes to make with the aide: pierogi ruskie, gołąbki, and Napoleon cake. The Beef Stroganoff is actually from Aunt Ewa's cookbook."""),
("hard_negative", "rent_ledger", None,
"""Rent ledger 2026: Jan 1850 paid 01/01, Feb 1850 paid 02/03, Mar 1850 paid 03/01 ... Nov 1850 withheld. Total withheld 1,850. Check #1142-#1152."""),
("hard_negative", "classified_ads", None,
"""Selling in the classifieds: kids' soccer cleats size 3, $15; shin guards, $5. Also a "Top Secret" spy kit board game, barely used."""),
("hard_negative", "fiction_grandma", None,
"""Reading with grandma tonight: "Little Women" - Jo, Meg, Beth and Amy March, and Laurie next door. She still cries when Beth dies."""),
("hard_negative", "sha_and_versions", None,
"""The caregiving app update is v3.18.2 (build 4471); my phone is on iOS 18.2.1. Crash ID 7c1e9a04b2f34d5e8a6b1c2d3e4f5a6b."""),
]

RECORDS += [
("positive", "caregiver_agency_caps", "polish+jamaican",
"""AGENCY ASSIGNMENT CONFIRMATION
CLIENT: [[PERSON:NOWICKA, STANISLAWA]]
CAREGIVER: [[PERSON:FITZROY, DELROY A.]]
CAREGIVER CELL: [[PHONE_NUMBER:301-555-0194]]
BACKUP: [[PERSON:MCKENZIE, PAULETTE]]"""),
("positive", "portuguese_senha", None,
"""Sogra chega dia 3. Dados do app da farmácia dela para eu acessar daqui: login sogra.maria / senha: [[PASSWORD:Caju!Bahia1957]]"""),
("evasion", "at_dot_email", "ghanaian",
"""coach, my e-mail for the carpool list is [[EMAIL_ADDRESS:kwame.boateng (at) homemail (dot) example]] - [[PERSON:Kwame Boateng]]"""),
]
