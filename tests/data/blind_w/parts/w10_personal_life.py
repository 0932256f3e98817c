# Voice: an employee's own life of another kind -- medical appointments, school enrolment, buying a car,
# planning a wedding, settling a parent's estate.
RECORDS = [
("positive", "medical_referral_italian", "italian",
"""Can you translate my father's referral letter from his doctor in Bari before his appointment here?
"Si certifica che il Sig. [[PERSON:Vincenzo Abbracciavento]], nato il [[DATE_OF_BIRTH:14 agosto 1948]], residente in [[STREET_ADDRESS:Via Giuseppe Capruzzi 212, 70124 Bari BA]],
è affetto da fibrillazione atriale. Recapito del figlio: [[PHONE_NUMBER:+39 333 555 0147]].\""""),

("positive", "patient_portal_password", None,
"""I keep getting locked out of the hospital patient portal. My username is my email and the password I set is
[[PASSWORD:Bl00dOrange!Marsh72]] -- is it too long? What are the usual rules for these portals?"""),

("positive", "appointment_reminder_sms", "anglo",
"""Appointment reminder: [[PERSON:GRANT, Wilhelmina]] -- DOB [[DATE_OF_BIRTH:Apr 11 1956]] -- Cardiology, Tue 12/16 9:40 AM, Suite 210.
Reply C to confirm. Questions: [[PHONE_NUMBER:703-555-0179]]
(this is my mom's, help me make a calendar entry)"""),

("hard_negative", "medical_codes_npi", None,
"""What do these codes on my explanation of benefits mean? CPT 93000 (ECG), 99214 (office visit), ICD-10 I48.91 and
Z79.01. Provider NPI 1457392847, claim number 26331-0048812-00, group 0926417. Amount billed $412.00, plan paid
$288.40."""),

("positive", "school_enrolment_form", "kenyan+anglo",
"""KINDERGARTEN ENROLMENT -- Fairfax County (draft, check before I submit)
Child: [[PERSON:Imani Wanjiru Hollis]]   DOB: [[DATE_OF_BIRTH:September 1, 2021]]
Parent/guardian: [[PERSON:Njeri Kamau Hollis]], [[PHONE_NUMBER:(703) 555-0141]]
Home address: [[STREET_ADDRESS:4107 Willow Oak Ct, Annandale, VA 22003]]
Emergency contact: [[PERSON:Faith Hollis]] (grandmother), [[PHONE_NUMBER:(540) 555-0105]]
Previous school: Little Acorns Academy, P.O. Box 14529-00800, Westlands, Nairobi"""),

("positive", "school_portal_vietnamese_label", None,
"""Tài khoản cổng phụ huynh của trường:
Tên đăng nhập: phuhuynh.lop3b
Mật khẩu: [[PASSWORD:Hoasen#2026!ab]]
Nhờ bạn viết email xin cho con nghỉ học ngày thứ Sáu."""),

("hard_negative", "school_eponyms", None,
"""Which is better for a second grader who loves science: Thurgood Marshall Elementary or the Cesar Chavez
magnet program? Both are in the district; Marshall has the STEM lab, Chavez has the dual-language track. The
district enrolment office number is on the website. Boundary ZIP+4 22003-1407."""),

("positive", "car_credit_application", "pakistani",
"""Dealer credit app -- is this what they need?
Buyer: [[PERSON:Usman Tariq Chaudhry]]   DOB [[DATE_OF_BIRTH:02/27/1989]]   SSN [[US_SSN:213-47-6659]]
VA driver's license [[US_DRIVER_LICENSE:T61-48-2295]]
Down payment from checking: routing [[ABA_ROUTING_NUMBER:254429987]], acct [[US_BANK_NUMBER:1049338271]]
Co-signer: [[PERSON:Ayesha Chaudhry]]"""),

("hard_negative", "car_deal_numbers", None,
"""Compare these two offers: 2024 RAV4 XLE, VIN 2T3P1RFV8RW417092, stock #U4417, 36k miles, $27,950, APR 6.49 % for
60 months; or 2023 CR-V EX, VIN 7FARW2H85PE026183, stock #P0926, $26,400 at 6.9 %. Dealer fee $899. Which is the
better deal after taxes at 4.15 %?"""),

("positive", "wedding_guest_csv", "filipino+welsh",
"""Wedding invites -- address labels (semicolon CSV from my spreadsheet)
guest;address;country
[[PERSON:Lourdes Macapagal-Reyes]];[[STREET_ADDRESS:Blk 12 Lot 7, Phase 2, Villa Verde Subdivision, Brgy. San Isidro, Cainta, Rizal 1900]];Philippines
[[PERSON:SSgt Dylan Prosser]];[[STREET_ADDRESS:PSC 3, Box 6120, APO AP 96266]];USA (Japan posting)
[[PERSON:Eleri Prosser]];[[STREET_ADDRESS:Flat 4, 19 Heol y Nant, Aberystwyth SY23 1LD]];UK""".replace("[[PERSON:SSgt Dylan Prosser]]", "SSgt [[PERSON:Dylan Prosser]]")),

("positive", "wedding_site_stripe_key", None,
"""my fiancé built our RSVP site and the payment button for the honeymoon fund broke -- here's the code:
const stripe = require('stripe')('[[PASSWORD:sk_live_xWv0bUhSCxD1Kf6XqF04FMon]]');
app.post('/gift', async (req, res) => { /* ... */ });"""),

("positive", "rsvp_app_connection_string", None,
"""DATABASE_URL=[[CONNECTION_STRING:postgres://rsvp_owner:Zq8!wedding26Lk@db.our-rsvp-site.example:5432/rsvps]]
The RSVP count page shows 0 -- is the URL format right?"""),

("positive", "wedding_map_google_key", None,
"""<iframe src="https://www.google.com/maps/embed/v1/place?key=[[CLOUD_ACCESS_KEY:AIza9tGV_ccBxz84UQDqMZWbWs-Z6XkoqLw6g-M]]&q=Rose+Hill+Barn"></iframe>
The map on our wedding page shows an error -- is the iframe right?"""),

("hard_negative", "wedding_business_names", None,
"""Vendors so far: florist Faith & Hope Floral Co., cake from Sweet Grace Bakery, DJ booked through Will Rock You
Events, reception at the Rose Hill Barn. Contract #WB-2026-0417, deposit receipt 004417. The secret to a good toast
is keeping it under three minutes, right?"""),

("positive", "honeymoon_passports", "anglo+thai",
"""For the honeymoon booking: [[PERSON:Colin Ashgrove]], US passport [[US_PASSPORT:572048113]], DOB [[DATE_OF_BIRTH:1990-06-23]];
[[PERSON:Siriporn Ashgrove]] (née [[PERSON:Wongsawat]]), Thai passport [[US_PASSPORT:AB4471902]], DOB [[DATE_OF_BIRTH:1992-01-30]].
Does her passport need 6 months validity for Bali?"""),

("positive", "estate_inventory_parent", "ojibwe+anglo",
"""Estate of my mother -- inventory for the probate court (help me format it):
Decedent: [[PERSON:Winona Marie Beaulieu]], born [[DATE_OF_BIRTH:November 3, 1944]], SSN [[US_SSN:470-28-3315]]
Last address: [[STREET_ADDRESS:16 Lakeshore Dr, Cass Lake, MN 56633]]
Checking acct [[US_BANK_NUMBER:7720044816]] at Northwoods Credit Union, balance $14,212.07
Executor: [[PERSON:Dennis Beaulieu]] (me)"""),

("positive", "father_bank_login_found", None,
"""Going through Dad's desk I found a card that says "online banking -- user: harold.fenn44 pw: [[PASSWORD:Marigold1957!!]]". Is it legal for me
as executor to log in to see the statements, or do I have to go through the bank?"""),

("hard_negative", "probate_case_numbers", None,
"""Probate questions: our case is 2026-PR-004417 in the county probate court, letters testamentary issued 11/20.
Under the state's small-estate rule (estates under $50,000) can we skip formal administration? The court's form
PC-104 asks for the date of death and an EIN for the estate (we have 93-4417092)."""),

("evasion", "card_in_words", "anglo",
"""Phone order notes for the caterer deposit, I wrote it out so I wouldn't mix up digits:
cardholder [[PERSON:Megan Stroudwick]], card [[CREDIT_CARD:four five two six, eight four six three, three two one four, two six five five]], exp 08/29"""),

("evasion", "name_split_turns", "french+igbo",
"""User: my late mother's name was [[PERSON:Marguerite
User: Delacroix-Obi]] -- how do I word the obituary so it mentions both sides of the family?"""),

("evasion", "passport_spaced", "anglo",
"""writing this from my phone, please check the honeymoon visa form: passport no. [[US_PASSPORT:5 7 0 3 1 8 4 9 2]], holder [[PERSON:Jared Whitcombe]]"""),

("positive", "work_paste_fouo_leave", "anglo",
"""Help me write a short leave request for my dad's surgery. I pasted my boss's email below so you know the dates:
"[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]] -- [[PERSON:Kendra]], approved 12/15-12/19. Coverage plan for the ops brief is in the folder." """.rstrip()),

("hard_negative", "surprise_party_secret", None,
"""Keep this secret from my sister: surprise 60th for Mom on the 14th at the Italian place. Confidential guest count so
far: 32. Reservation number 4417-0926. Dress code: classified (just kidding, casual)."""),

("hard_negative", "pride_prejudice_toast", None,
"""Maid-of-honor toast idea: open with the Elizabeth Bennet and Mr. Darcy line about pride, then a story about how
the couple met at a trivia night, then raise a glass. Keep it under 3 minutes. Something borrowed, something blue."""),

("hard_negative", "rsvp_template", None,
"""RSVP card text: "Dear [Guest Name], please reply by May 1. ___ Joyfully accepts ___ Regretfully declines.
Meal: chicken / fish / vegetarian. Number attending: __". The website password for guests is on the invitation
insert, not here."""),

("hard_negative", "shipping_tracking", None,
"""Where is my dress? UPS tracking 1Z 4F7 392 03 4417 0926, shipped 11/28, last scan Louisville KY. The alterations
appointment is booked, confirmation ALT-26-118. Order #WD-884417."""),

("hard_negative", "medical_general_question", None,
"""My doctor says my A1C went from 6.1 to 5.8 % and LDL is 96 mg/dL. Is that good? The lab order number was 26-0417-883.
Also, what does "confidential HIV test" mean on the form -- is it different from anonymous?"""),

("positive", "school_nurse_form_lowercase", "ethiopian+anglo",
"""allergy action plan for my son -- student: [[PERSON:dawit alemu brooks]], dob [[DATE_OF_BIRTH:3/8/2018]], peanut + tree nut, epipen in nurse's office.
parent contacts: [[PERSON:selam alemu]] [[PHONE_NUMBER:301-555-0167]], [[PERSON:hope brooks]] [[PHONE_NUMBER:301-555-0114]]. can you turn it into a one-page sheet?"""),

("hard_negative", "car_insurance_quote", None,
"""Insurance quote comparison: policy quote Q-884417-26, $1,214/6 months with $500 deductible vs. $1,388 with $250.
Garaging ZIP 22003-1407. VIN on the quote ends in 417092. Which one makes sense for a 2024 RAV4?"""),

("positive", "estate_heir_letter_armenian", "armenian",
"""Please translate this into Armenian for my aunt: "Dear Aunt [[PERSON:Siranush]], the court needs your date of birth
([[DATE_OF_BIRTH:19 March 1951]]) and your address ([[STREET_ADDRESS:Tumanyan St 34, apt 9, Yerevan 0001]]) to list you as an heir of [[PERSON:Grandpa Levon]]'s estate.\"""".replace("[[PERSON:Grandpa Levon]]", "Grandpa [[PERSON:Levon]]")),

("hard_negative", "wifi_no_password", None,
"""Notes for the house sitter: the Wi-Fi name is FENN-HOME-5G and the password is on the fridge. Trash goes out
Tuesday. Vet: Dr. Seuss Animal Clinic (yes, really) on Route 7. Thermostat code is on the back of the door."""),
]
