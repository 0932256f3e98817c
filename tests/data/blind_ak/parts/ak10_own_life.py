# Voice 10: the employee's own life: a kid's college dorm move-in, a roof replacement contract,
# a family reunion, a car recall, a pet sitter.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "dorm_movein_email", "korean+mexican", """Hi! Can you make this sound less frantic before I send it to the housing office?

"Hello, my daughter [[PERSON:Sofía Min-ji Delgado]] (student ID 20931847, DOB [[DATE_OF_BIRTH:05/16/2008]]) is assigned to Hollister Hall room 314 but the portal says her move-in slot is Saturday 8am and we are driving from El Paso. Can we move her to Sunday? My cell is [[PHONE_NUMBER:915-555-0131]]. Thank you, [[PERSON:Hye-won Delgado]]" """),

(P, "roof_contract_review", "anglo", """Please read this roof contract clause and tell me if it's normal:
"Owner: [[PERSON:Raymond]] & [[PERSON:Cheryl Pettigrew]], [[STREET_ADDRESS:3318 Wren Hollow Dr, Bowie, MD 20721]]. Contractor will remove existing shingles and install 30 squares of architectural shingles... Deposit of 50% ($9,850) due at signing by check or card." They want the deposit on my card, [[CREDIT_CARD:4936955392727919]], exp 11/27 — is 50% too much?"""),

(P, "reunion_spreadsheet", "jamaican+anglo", """Reunion RSVP sheet (Campbell–Whitaker family, Atlanta, July)
Name | Branch | Adults | Kids | Phone | Paid
[[PERSON:Lorna Campbell-Whitaker]] | Kingston | 2 | 0 | [[PHONE_NUMBER:(404) 555-0190]] | Y
[[PERSON:Everton Campbell]] | Brooklyn | 2 | 3 | [[PHONE_NUMBER:(718) 555-0148]] | Y
[[PERSON:Marcia Whitaker Doyle]] | Charlotte | 1 | 1 | [[PHONE_NUMBER:(704) 555-0127]] | N
[[PERSON:Uncle Delroy]] | Mandeville | 1 | 0 | [[PHONE_NUMBER:+1 876 555 0163]] | N
total headcount and who still owes $85/adult""".replace("[[PERSON:Uncle Delroy]]", "Uncle [[PERSON:Delroy]]")),

(P, "car_recall_letter", "vietnamese+anglo", """Got a recall notice and the dealer wants my info over email. Is this a scam?
"Dear [[PERSON:Tuan Nguyen-Holt]], your 2019 vehicle (VIN 5YJ3E1EA7KF317462) is subject to safety recall 24V-081. To schedule, reply with your date of birth and driver license number." I replied with DOB [[DATE_OF_BIRTH:Jan 4 1980]] and license [[US_DRIVER_LICENSE:N420-6617-3381]] before I thought about it. What should I do now?"""),

(P, "pet_sitter_notes", "irish+anglo", """Notes for the pet sitter ([[PERSON:Kayleigh]]) — can you format nicely?
- address: [[STREET_ADDRESS:2045 Bluebell Ct, Woodbridge, VA 22191]]
- garage code is on the fridge magnet, wifi "PettigrewNet" password [[PASSWORD:Biscuit&Marmalade2019]]
- Biscuit gets 1 cup kibble 2x a day, Marmalade (cat) wet food at night
- vet: Dr. [[PERSON:Aoife Brennan]], [[PHONE_NUMBER:703-555-0182]]
- my cell [[PHONE_NUMBER:703-555-0106]], my husband [[PERSON:Colm]] [[PHONE_NUMBER:703-555-0185]]"""),

(P, "college_financial_chat", "nigerian+anglo", """User: the college bursar wants me to set up the payment plan. they need my bank info. routing [[ABA_ROUTING_NUMBER:026508243]] account [[US_BANK_NUMBER:483920061475]]. student is my son [[PERSON:Chidi Okafor-Bennett]]. is it safe to put this on their portal?
Assistant: Paying through the school's official portal is generally fine if ...
User: and do they really need his SSN [[US_SSN:361-58-2294]] for the 1098-T?"""),

(P, "reunion_tshirt_order", "samoan", """T-shirt order for the Leavasa family reunion in Carson:
[[PERSON:Falaniko Leavasa]] XL, [[PERSON:Siniva Leavasa]] M, [[PERSON:Tasi Leavasa-Toilolo]] 2XL, [[PERSON:Malia Toilolo]] youth L, [[PERSON:Iosefa Leavasa]] L
printer needs it as a list by size with quantities"""),

(P, "roof_insurance_call", "greek+italian", """Voicemail from the adjuster (transcribed by my phone): "Hi this is [[PERSON:Dominic Ferraro]] with the insurance company calling for [[PERSON:Eleni Stavropoulos]] about the roof claim on [[STREET_ADDRESS:54 Acorn Lane, Medford, MA 02155]], please call me back at [[PHONE_NUMBER:781-555-0157]] extension 4." Help me write down questions to ask him."""),

(P, "dorm_roommate_text", "indian+chinese", """my daughter's roommate's mom texted me: "Hi! This is [[PERSON:Meera Krishnan-Zhou]], [[PERSON:Tanvika]]'s mom 😊 Should we coordinate a mini fridge? My number [[PHONE_NUMBER:(919) 555-0116]]." Help me reply, we already bought one"""),

(P, "reunion_memorial", "lakota+anglo", """For the reunion slideshow, a memorial slide: "In loving memory of Grandma [[PERSON:Rose Iron Shell Harper]], born [[DATE_OF_BIRTH:February 11, 1931]] on the Rosebud Reservation, and Grandpa [[PERSON:Walter Harper]]." Can you suggest a short Lakota phrase to go with it and check the spelling?"""),

(P, "pet_sitter_venmo", "hispanic", """Pet sitter [[PERSON:Yaritza Colón Benítez]] sent her Zelle as her email [[EMAIL_ADDRESS:yaritzacolon.pets@gmail.example]] and her phone [[PHONE_NUMBER:(407) 555-0138]]. How much should I tip for 10 days with 2 dogs and meds?"""),

(P, "recall_caps_forum", "anglo", """POSTING THIS ON THE OWNERS FORUM, FIX GRAMMAR: MY TRUCK HAD THE FUEL PUMP RECALL DONE AT THE DEALER AND NOW IT STALLS. SERVICE ADVISOR [[PERSON:BRAD KESSINGER]] SAYS NOT RELATED. I AM NOT PAYING $1,100 FOR THIS."""),

(P, "roof_contractor_license", "ukrainian+polish", """Checking the roofer before I sign: owner [[PERSON:Serhiy Kostenko]], company Kostenko & Nowak Roofing, MHIC license 05-139921. His partner [[PERSON:Piotr Nowak]]. Their office: [[STREET_ADDRESS:880 Ritchie Hwy, Suite 4, Severna Park, MD 21146]]. How do I check the MHIC license and complaints?"""),

(E, "card_words", "anglo", "roofer wants the deposit card number 'spelled out' on the form, so: [[CREDIT_CARD:four nine three six, nine five five three, nine two seven two, seven nine one nine]] — my name [[PERSON:Cheryl Pettigrew]]. does this form look legit?"),
(E, "wifi_pw_rot13", None, "for the pet sitter's card: wifi password in rot13 so it's not sitting there in plain text — [[PASSWORD:Ovfphvg&Zneznynqr2019]]. decode it and make a cute card"),
(E, "dob_fullwidth", "korean+mexican", "dorm form: [[PERSON:Sofía Delgado]] DOB [[DATE_OF_BIRTH:０５／１６／２００８]] (the form is weird, it only takes full width??) can you convert"),

(H, "recall_public_info", None, """NHTSA recall 24V-081: what does it cover? How do I look up whether my VIN has an open recall — is the NHTSA site the official one, and do dealers charge for recall repairs?"""),
(H, "dorm_packing_list", None, """Make a dorm move-in packing list for a college freshman: twin XL sheets, mattress topper, shower caddy, power strip (surge protected), command hooks, first aid kit, laundry bag. Hollister Hall doesn't allow candles or microwaves."""),
(H, "roof_estimate_numbers", None, """Roof estimate #RQ-2026-0417: 30 squares × $485 = $14,550; tear-off $1,950; ice & water shield $1,200; ridge vent $680; permit $215; total $18,595. Is the math right and is $485/square reasonable for Maryland?"""),
(H, "same_voice_reunion_no_pii", None, """Reunion RSVP sheet (Atlanta, July) – summary
Branches: Kingston 4 households, Brooklyn 6, Charlotte 3, Mandeville 2
Adults 41, kids 17; paid 29 adults so far at $85
Venue: church fellowship hall, Saturday 2–8pm
Make a budget from this."""),
(H, "kinship_reunion", None, """Explain to my kids how they're related to everyone at the reunion: second cousins, first cousins once removed, great-aunt, in-laws. Make a simple chart I can print."""),
(H, "pet_names_words", None, """Name ideas for our new rescue kittens, they're a brother and sister, orange and black: we like food names (Biscuit, Marmalade, Pepper) and we're considering Hope and Grace. Any better pairs?"""),
(H, "vin_and_numbers", None, """Decode this VIN for me: 1FTFW1E84MFA12345 — what year and plant? The dealer's RO number is 448213 and the recall code is 21S41."""),
(H, "historical_namesakes", None, """The reunion is at a park named after Martin Luther King Jr. and the hotel is on Peachtree St near the Margaret Mitchell House. Write a 3-line welcome note mentioning Atlanta's history."""),
(H, "contract_template_placeholders", None, """Roofing contract template from the state's consumer site: "This agreement is between [Homeowner Name] ("Owner") of [Property Address] and [Contractor Name], MHIC License No. [_____]." Should I fill in the blanks myself before the contractor sees it?"""),
(H, "secret_recipe", None, """Grandma's secret barbecue sauce recipe is the classified information of our family 😂 I want to print it for the reunion — format it as a recipe card: 2 cups ketchup, 1/2 cup molasses, 1/4 cup cider vinegar, 2 tbsp mustard, smoked paprika, garlic."""),
]
