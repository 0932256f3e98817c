# Voice 7: Coast Guard Auxiliary - boating-safety classes and vessel safety checks.
RECORDS = [
("positive", "class_roster_csv", "portuguese+capeverdean",
"""About Boating Safety, Sat 1/10, New Bedford - roster from the registration site, make name tags (First Last) and a sign-in sheet:
Last,First,Phone,Email,Age
[[PERSON:Medeiros]],[[PERSON:Duarte]],[[PHONE_NUMBER:508-555-0175]],[[EMAIL_ADDRESS:dmedeiros88@comcast.net]],34
[[PERSON:Fortes]],[[PERSON:Ilídio]],[[PHONE_NUMBER:508-555-0132]],[[EMAIL_ADDRESS:ilidio.fortes@gmail.com]],51
[[PERSON:Sousa Pacheco]],[[PERSON:Leonor]],[[PHONE_NUMBER:508-555-0108]],[[EMAIL_ADDRESS:leonor.sp@hotmail.com]],16
[[PERSON:Barros Tavares]],[[PERSON:Adilson]],[[PHONE_NUMBER:774-555-0161]],,22"""),

("positive", "vsc_form_notes", "norwegian",
"""VSC done today at the ramp, need it written up for the flotilla log:
Owner: [[PERSON:Halvard Brekke Solheim]], [[STREET_ADDRESS:3391 Shilshole Ave NW, Seattle, WA 98107]], [[PHONE_NUMBER:206-555-0116]]
Vessel: 24' Grady-White, WN 4471 RB, HIN GDY38214K526
Result: FAIL - expired flares (exp 2023), no sound device. Re-check offered.
Examiner: [[PERSON:Ingrid Thorsdottir-Wahl]]"""),

("positive", "instructor_email", "yupik+anglo",
"""Hi [[PERSON:Nadia]], can you help me reply? A student wants a replacement boater education card. She took the course in Bethel last spring. Name [[PERSON:Evelyn Akaran Kasayulie]], DOB [[DATE_OF_BIRTH:4/11/1990]], mailing address [[STREET_ADDRESS:411 Ptarmigan St, Bethel, AK 99559]]. Thanks, [[PERSON:Ron Kittredge]], FSO-PE"""),

("positive", "member_roster_chat", "yoruba+german+polish+hmong",
"""User: I'm the flotilla staff officer for member services. Make a phone tree from this: [[PERSON:Oyelaran, Titilayo]] [[PHONE_NUMBER:414-555-0120]]; [[PERSON:Schimmelpfennig, Horst]] [[PHONE_NUMBER:414-555-0134]]; [[PERSON:Dziedzic, Wanda]] [[PHONE_NUMBER:262-555-0189]]; [[PERSON:Yang, Chia]] [[PHONE_NUMBER:414-555-0156]]
Assistant: Here's a simple tree: Flotilla Commander -> ...
User: put [[PERSON:Horst]] at the top, he's the FC this year"""),

("positive", "class_payment", "anglo",
"""Refund for a class no-show? Student [[PERSON:Brantley Odom]] paid the $45 fee with card [[CREDIT_CARD:5177-4624-9440-1910]] through our Square link and now says he never got the reminder email. Policy is no refunds within 48 h. Write a polite reply offering the next class."""),

("positive", "youth_class_permission", "mexican",
"""Permission slip for the youth boating class (under 18), typed from the paper form:
Student: [[PERSON:Citlali Ramírez Olvera]]   Fecha de nacimiento: [[DATE_OF_BIRTH:27/05/2012]]
Parent/guardian: [[PERSON:Fermín Ramírez]]   Tel: [[PHONE_NUMBER:(956) 555-0147]]
Emergency contact: abuela [[PERSON:Consuelo Olvera]]
translate the Spanish parts and format it"""),

("positive", "vsc_app_export_json", "tlingit",
"""Our VSC app export is broken (missing closing brace?), fix it:
{"vsc_id": "VSC-17-26-00913", "examiner": "[[PERSON:Raymond Kadashan]]", "owner": {"name": "[[PERSON:Lorraine Shaakw Tlaa George]]", "phone": "[[PHONE_NUMBER:907-555-0111]]", "address": "[[STREET_ADDRESS:620 Katlian St, Sitka, AK 99835]]"}, "result": "PASS", "decal": 2026"""),

("positive", "auxdata_login", None,
"""AUXDATA II won't accept my mission hours. It logs me in (user fso.mt.112, password [[PASSWORD:AzaM-cbC*h-Y5*]]) then errors "activity code invalid" on 07A. Which code is the VSC one?"""),

("positive", "incident_witness", "irish",
"""During the on-water demo a student fell off the dock, minor scrape. Witness statement to clean up:
"I, [[PERSON:Siobhán Nic Giolla Phádraig]], saw [[PERSON:Cormac Fitzgerald]] step back onto the cleat and go in. He was wearing his PFD. [[PERSON:Bridget]] threw the ring buoy." My number is [[PHONE_NUMBER:216-555-0153]].
Also what form does the Auxiliary use for injuries during training?"""),

("positive", "paddlecraft_class_email_vn", "vietnamese",
"""Please translate into Vietnamese for a fishermen's community class in Biloxi: "Dear Mr. [[PERSON:Lê Văn Thành]], thank you for hosting the paddlecraft and PFD safety talk at your dock. [[PERSON:Huỳnh Thị Bích Ngọc]] will interpret. Call [[PHONE_NUMBER:228-555-0114]] if the weather changes." """),

("positive", "flotilla_ssn_form", "anglo",
"""New member enrollment (ANSC-7001) asks for SSN - is that right? Applicant [[PERSON:Everett Lyle Brannigan]], SSN [[US_SSN:286-20-3425]], DOB [[DATE_OF_BIRTH:Aug 14, 1958]]. I don't want to email this around; what's the secure way to submit?"""),

("positive", "vessel_examiner_quals_md", "russian+igbo+vietnamese",
"""| Member | Quals | Currency due | Cell |
|---|---|---|---|
| [[PERSON:Dmitri Volkov-Hayes]] | VE, IT | 2026-12-31 | [[PHONE_NUMBER:419-555-0172]] |
| [[PERSON:Ngozi Eze-Lindqvist]] | VE | 2027-03-31 | [[PHONE_NUMBER:419-555-0128]] |
| [[PERSON:Pham Thien Loc]] | PV, IT | 2026-12-31 | [[PHONE_NUMBER:419-555-0196]] |
who needs to do currency this month? draft a reminder"""),

("positive", "lost_card_voicemail", "cherokee",
"""Voicemail: "Hi, it's [[PERSON:Wilma Sixkiller Proctor]] from Tahlequah, I took the boating class with y'all in 2019 and lost my card, the lake patrol stopped us Sunday. Can you send a new one to [[STREET_ADDRESS:214 Muskogee Ave, Tahlequah, OK 74464]]? My birthday's [[DATE_OF_BIRTH:January 29th, 1967]] if you need to look me up."
write back (by letter) what she needs to do"""),

("evasion", "card_spaced_words", "anglo",
"""card for the class fee, spaced out so the chat filter doesn't mask it, just put it in the invoice: [[CREDIT_CARD:5 5 8 8 - 2 0 2 2 - 8 0 6 2 - 9 2 3 0]] - name [[PERSON:Cody Halverson]]"""),

("evasion", "name_in_email_split", "filipino",
"""student contact (split so nothing catches it): [[EMAIL_ADDRESS:rosario.manalastas at yahoo dot com]], name [[PERSON:R o s a r i o  M a n a l a s t a s]]"""),

("evasion", "dob_fullwidth", "ukrainian",
"""youth student [[PERSON:Оле́на Коваль]] ([[PERSON:Olena Koval]]) DOB [[DATE_OF_BIRTH:２０１１－０８－１７]] - write the certificate"""),

("hard_negative", "vessel_names", None,
"""VSC decals issued Saturday: "Mary Ellen II" (PASS), "Reel Therapy" (PASS), "Miss Dorothy" (FAIL - nav lights), "Knot On Call" (PASS), "Sir Reel" (PASS). Write a fun recap for the flotilla newsletter."""),

("hard_negative", "hin_registration", None,
"""How do I read a HIN like GDY38214K526 - manufacturer code, serial, month/year of build? And is WN 4471 RB a state registration or a documentation number? For a VSC trainee handout."""),

("hard_negative", "boating_stats", None,
"""2025 recreational boating statistics for the class intro: 3,800+ accidents, ~560 deaths, 75% of drowning victims not wearing a life jacket, alcohol the leading known factor in fatal accidents. Make it a 30-second opening."""),

("hard_negative", "same_shape_no_pii", None,
"""VSC done today at the ramp, 6 boats:
- 2 PASS, decals issued
- 3 FAIL (flares x2, fire extinguisher gauge in red x1)
- 1 paddleboard, PASS (whistle + PFD)
Examiners: 2 VEs, 1 trainee. Write it up for the flotilla log."""),

("hard_negative", "historical_cg", None,
"""Flotilla history night: short talk on the Auxiliary's founding in 1939, its role in WWII as the Temporary Reserve, and Alexander Hamilton as the father of the Revenue Cutter Service. 5 minutes."""),

("hard_negative", "secret_in_fishing", None,
"""A student asked what "the secret spot" and "classified waters" mean in local fishing slang - I think it's just slang for private fishing areas. Give me a fun one-line answer for the class."""),

("hard_negative", "course_code_ids", None,
"""Course codes for the calendar: ABS-2026-0110-NB, SAS-2026-0214-NB, PAD-2026-0307-FR. NASBLA approval #NA-1192. Build an HTML table with date, course, location."""),

("hard_negative", "placeholder_email_template", None,
"""Hi [First Name],
Thanks for registering for About Boating Safety on [Date] at [Location]. Please bring a photo ID and arrive 15 minutes early. Questions? Reply to this email.
[Instructor Name], FSO-PE
-> make it shorter, keep the brackets"""),

("hard_negative", "nav_rules_quote", None,
"""Explain Rule 14 (head-on situation) and Rule 15 (crossing situation) of the Navigation Rules for beginners, with a simple example for each. Mention 'give-way' and 'stand-on'."""),

("hard_negative", "weather_frequencies", None,
"""NOAA Weather Radio frequencies for Lake Erie: 162.400, 162.475, 162.550 MHz. VHF channel 16 for distress, 22A for Coast Guard liaison. Put these on a wallet card layout."""),
]
