# Voice: USCIS Refugee Corps officers on overseas circuit rides - travel, lodging, panel-physician exams, cultural orientation logistics.
RECORDS = [
("positive", "circuit_travel_roster", "anglo+hispanic",
"""Circuit ride NBO-27 - team travel roster (do not forward outside RAD)
| Officer | Passport | DOB | Mobile |
|---|---|---|---|
| [[PERSON:Whitaker, Lauren]] | [[US_PASSPORT:G45106134]] | [[DATE_OF_BIRTH:1983-02-26]] | [[PHONE_NUMBER:+1 703 555 0121]] |
| [[PERSON:Castañeda, Rubén]] | [[US_PASSPORT:X29091588]] | [[DATE_OF_BIRTH:1977-10-30]] | [[PHONE_NUMBER:+1 703 555 0164]] |
| [[PERSON:Okafor-Lindqvist, Ada]] | [[US_PASSPORT:L24318239]] | [[DATE_OF_BIRTH:1990-06-05]] | [[PHONE_NUMBER:+1 571 555 0190]] |"""),
("positive", "hotel_booking_email", "kenyan",
"""Hello [[PERSON:Nyokabi]],
Please confirm 6 rooms at the guesthouse for 12-23 January. Billing contact: [[PERSON:Nyokabi Kamau Njoroge]], [[PHONE_NUMBER:+254 20 555 0177]], [[EMAIL_ADDRESS:n.njoroge@rsc-africa.example]]. Corporate card on file [[CREDIT_CARD:5180-7032-9488-8839]].
Asante,
[[PERSON:Peter Mwangi]]"""),
("positive", "panel_physician_schedule", "congolese",
"""Medical exam schedule - Kakuma, panel physician Dr. [[PERSON:Mbuyi]]
08:00  [[PERSON:MUKENDI KABONGO Jean-Pierre]]  né le [[DATE_OF_BIRTH:14 février 1975]]  TB sputum follow-up
08:30  [[PERSON:Furaha Mukendi]]  née le [[DATE_OF_BIRTH:2 août 2009]]  vaccines (MMR 2)
09:00  [[PERSON:Amani Bisimwa]]  né le [[DATE_OF_BIRTH:30 décembre 1968]]  Class B1 review"""),
("positive", "co_attendance_csv", "rohingya",
"""case_no,principal,hh_size,co_session,interpreter
KL-4417,[[PERSON:Mohammed Arafat]],5,day 1-3,[[PERSON:Nur Begum]]
KL-4418,[[PERSON:Hasina Khatun]],2,day 2-3 only,[[PERSON:Nur Begum]]
KL-4431,[[PERSON:Rashid Ullah]],7,absent (fever),none"""),
("positive", "driver_whatsapp", "afghan",
"""[07:42] Driver [[PERSON:Hamid]]: salam, I am at hotel gate, white Land Cruiser
[07:43] You: thanks, please call Ms. [[PERSON:Farzana]] when you reach the IOM office
[07:44] Driver [[PERSON:Hamid]]: her number?
[07:44] You: [[PHONE_NUMBER:+92 51 555 0138]], name is [[PERSON:Farzana Noorzai]]"""),
("positive", "ukrainian_dob_form", "ukrainian",
"""Анкета для культурної орієнтації
ПІБ: [[PERSON:Коваленко Оксана Миколаївна]]
Дата народження: [[DATE_OF_BIRTH:11 березня 1992 р.]]
Телефон: [[PHONE_NUMBER:+48 22 555 01 46]]
Адреса в Польщі: [[STREET_ADDRESS:ul. Grochowska 214/18, 04-357 Warszawa]]"""),
("positive", "per_diem_reimb", "anglo",
"""Per diem claim - circuit ride AMM-11
Traveler: [[PERSON:Timothy O'Rourke]]
Bank: routing [[ABA_ROUTING_NUMBER:729981455]], acct [[US_BANK_NUMBER:4471902263]] (checking)
Home: [[STREET_ADDRESS:Unit 8400 Box 0127, DPO AE 09892]]"""),
("positive", "cui_schedule", None,
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Circuit ride schedule - processing location and dates are CUI until 72 h before arrival.
[[CUI_MARKING:(CUI//SP-PRVCY)]] Interviews in the northern camp move to the 3rd week.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),
("positive", "sbu_cable", None,
"""[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
SUBJECT: SECURITY CONDITIONS FOR USCIS CIRCUIT RIDE, RSC ASIA
1. [[CUI_MARKING:(SBU)]] Embassy RSO advises movement only in armored vehicles between hotel and site."""),
("positive", "vpn_creds_message", None,
"""Team - for the laptop VPN on the circuit use the travel profile, user rad-travel-04, password: [[PASSWORD:wIDOvmPYju0YO5]]. Token PIN is your own."""),
("positive", "s_portion", None,
"""Draft threat paragraph for the circuit brief:
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Armed group activity reported within 20 km of the processing site during the last rotation.
Can you tighten the wording?"""),
("positive", "lost_passport_report", "somali",
"""Lost document report: Officer [[PERSON:Ayaan Xasan Cabdi]] lost her diplomatic passport [[US_PASSPORT:K41190084]] at Mogadishu airport. Embassy ACS notified. Her emergency contact in the US: [[PERSON:Xasan Cabdi Warsame]], [[STREET_ADDRESS:2940 Cedar Ave S, Minneapolis, MN 55407]], [[PHONE_NUMBER:612-555-0185]]."""),
("evasion", "leet_name_ssn", "anglo",
"""travel voucher rejected for [[PERSON:M4rcus Pe11egrini]], SSN field shows [[US_SSN:O92-I4-6848]] - is that an OCR problem?"""),
("evasion", "base64_password", None,
"""The circuit laptop bootstrap script has this line, is it safe to share with the vendor?
export RAD_PASS=$(echo "[[PASSWORD:b2d4RE9yUDduR2M4SWs=]]" | base64 -d)"""),
("hard_negative", "co_curriculum", None,
"""Cultural orientation day 2: banking, renting, and jobs. Slide 14 shows a sample lease for "John Doe, 123 Main Street, Anytown". Slide 15 explains that a Social Security number looks like XXX-XX-XXXX and must never be shared with strangers."""),
("hard_negative", "flight_itinerary_generic", None,
"""Itinerary: ET 501 IAD-ADD 10:25, ET 308 ADD-NBO 09:10 (+1). Booking class Y, fare basis YLOWUS. Record locator will be sent separately. Baggage 2 x 23 kg."""),
("hard_negative", "public_un_contact", None,
"""UNHCR Kenya's public line and the IOM Nairobi main number are on their websites; refugees should use those, not officers' phones. The Refugee Affairs Division mailbox is monitored during business hours."""),
("hard_negative", "vaccine_lot", None,
"""Vaccine lots used: MMR lot Y013512, varicella lot T094338, Tdap lot 3CA17C2. Expiry 2027-09. NDC 0006-4681-00."""),
("hard_negative", "historical_refugee_figures", None,
"""Reading for the team: Albert Einstein, Madeleine Albright and Henry Kissinger all arrived as refugees or displaced persons. The 1980 Refugee Act was sponsored by Ted Kennedy."""),
("hard_negative", "classified_joke", None,
"""Whoever took the last of the good coffee, your identity is classified and your secret is safe with me. Top secret recipe for the team chai is on the fridge."""),
("hard_negative", "per_diem_rates", None,
"""Per diem Nairobi: lodging $268, M&IE $121. Amman: lodging $212, M&IE $129. Rates per State Dept table effective 2026-12-01, section 925.4."""),
("hard_negative", "placeholder_vpn", None,
"""VPN profile template:
[travel]
user = <officer-username>
password = changeme
server = vpn.example.gov"""),
("hard_negative", "fiction_book_club", None,
"""Team book for the long flights: "The Kite Runner" - Amir and Hassan, Baba and Assef. Next month "Americanah": Ifemelu and Obinze."""),
("hard_negative", "case_numbers", None,
"""Cases pending medical clearance: RSC case NB-2611-0473, NB-2611-0488, NB-2611-0502. IOM ref 26/MED/44871."""),
]

RECORDS += [
("positive", "khmer_exam_slip", "cambodian",
"""Panel physician slip (Khmer/English)
ឈ្មោះ / Name: [[PERSON:សុខ ចាន់ធា]] / [[PERSON:SOK Chantha]]
ថ្ងៃខែឆ្នាំកំណើត / DOB: [[DATE_OF_BIRTH:១៥ មិថុនា ១៩៨៨]]
Chest X-ray: normal. Vaccines: Td, MMR."""),
("hard_negative", "co_signature_lesson", None,
"""CO lesson 9: "Put your John Hancock here" means sign your name. Practice signing a sample form for "Jane Q. Public". Never sign a blank form for anyone."""),
]
