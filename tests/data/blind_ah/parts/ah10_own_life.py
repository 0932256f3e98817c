# The employee's own life: medical bill dispute, kid's team roster, selling a car, lease renewal, grandparents' visa visit
RECORDS = [
("positive", "invitation_letter", "wolof+anglo", """Can you fix up this invitation letter for my in-laws' B-2 visa interview in Dakar?

To the Consular Officer, U.S. Embassy Dakar:
I, [[PERSON:Brian Tollefsen]], a U.S. citizen residing at [[STREET_ADDRESS:2207 Pinecrest Dr, Woodbridge, VA 22192]], invite my parents-in-law, [[PERSON:Mamadou Lamine Mbengue]] (born [[DATE_OF_BIRTH:12 février 1952]], passport [[US_PASSPORT:A01785524]]) and [[PERSON:Aïssatou Diop Mbengue]] (born [[DATE_OF_BIRTH:3 mai 1957]], passport [[US_PASSPORT:A01785531]]), to visit from 10 March to 25 April for the birth of our second child. My wife, [[PERSON:Fatou Mbengue-Tollefsen]], and I will cover all expenses. I can be reached at [[PHONE_NUMBER:571-555-0161]]."""),
("positive", "medical_bill_dispute", "anglo", """help me write a dispute letter to the hospital billing office. they charged me twice for my son's ER visit.
patient: [[PERSON:Owen Tollefsen]], DOB [[DATE_OF_BIRTH:08/19/2017]]
guarantor: [[PERSON:Brian Tollefsen]]
account # HB-4471029, statement date 11/14, balance $1,842.60
I already paid $1,842.60 on 10/30 with card [[CREDIT_CARD:4026 9633 6677 8398]], confirmation 77120. insurance EOB says patient responsibility $250."""),
("positive", "soccer_roster", "liberian+croatian+salvadoran+iraqi+anglo+korean+mexican", """U10 Girls - Lightning - Spring roster (for the snack + carpool sheet)
#4  [[PERSON:Hawa Kollie]]            parent: [[PERSON:Comfort Kollie]]  [[PHONE_NUMBER:571-555-0112]]
#7  [[PERSON:Lucija Babić]]           parent: [[PERSON:Ivan Babić]]      [[PHONE_NUMBER:571-555-0174]]
#9  [[PERSON:Brisa Amaya Portillo]]   parent: [[PERSON:Reina Portillo]]  [[PHONE_NUMBER:703-555-0155]]
#11 [[PERSON:Zainab Al-Saadi]]        parent: [[PERSON:Haider Al-Saadi]] [[PHONE_NUMBER:703-555-0170]]
#14 [[PERSON:Hunter Story]]           parent: [[PERSON:Dana Story]]      [[PHONE_NUMBER:540-555-0193]]
#17 [[PERSON:Mina Cho-Villarreal]]    parent: [[PERSON:Andrés Villarreal]] [[PHONE_NUMBER:571-555-0196]]
make a 6-week snack rotation, no family twice in a row"""),
("positive", "birth_certificate_league", "anglo", """league wants birth certificates for age verification. my daughter is [[PERSON:Hunter Story]], born [[DATE_OF_BIRTH:June 5th, 2016]]. the registrar asked for the long form. what's the difference between the short and long form and can I order from the state online?"""),
("positive", "car_sale_bill", "sierra_leonean", """Bill of sale draft - check it covers everything for Virginia:
Seller: [[PERSON:Brian Tollefsen]], VA DL [[US_DRIVER_LICENSE:T64-118-902]]
Buyer: [[PERSON:Abubakarr Sesay Kamara]], VA DL [[US_DRIVER_LICENSE:A19-553-207]], [[STREET_ADDRESS:6120 Backlick Rd, Apt 302, Springfield, VA 22150]]
Vehicle: 2014 Toyota Sienna, VIN 5TDYK3DC8ES458103, odometer 141,220
Price $7,900, paid by cashier's check. Sold as-is."""),
("positive", "car_listing_messages", "anglo", """Marketplace messages, is this a scam?
Buyer "[[PERSON:Travis Kimbrell]]": I'll send a cashier's check for $9,400, $1,500 over asking, you wire the extra to my shipper. Send me your bank routing and account to set up the transfer.
Me: My routing is [[ABA_ROUTING_NUMBER:044206284]] and account [[US_BANK_NUMBER:3381 0947 22]]
(I haven't sent that yet - should I?)"""),
("positive", "lease_renewal", "lithuanian+anglo", """Lease renewal from our landlord, anything weird in here?
Landlord: [[PERSON:Rūta Žemaitienė]], [[EMAIL_ADDRESS:ruta.zemaitiene.rentals@mailbox.example]]
Tenants: [[PERSON:Brian Tollefsen]], [[PERSON:Fatou Mbengue-Tollefsen]]
Premises: [[STREET_ADDRESS:2207 Pinecrest Dr, Woodbridge, VA 22192]]
Term: 12 months from 2/1/2027, rent $2,650 (up from $2,425), paid by ACH to landlord's account [[US_BANK_NUMBER:55180463]], routing [[ABA_ROUTING_NUMBER:031805135]].
Late fee $150 after the 3rd."""),
("positive", "grandparent_i94", "wolof", """my mother-in-law [[PERSON:Aïssatou Mbengue]]'s I-94 shows admit until 09/08 but she only wants to stay till April. her I-94 number is [[I94_NUMBER:63517829044]]. do we need to do anything when she leaves or does the airline record it?"""),
("positive", "medical_portal_chat", "zimbabwean", """User: the pediatric practice I use has a nurse, [[PERSON:Tendai Mukwena-Shumba]], who said I could text her at [[PHONE_NUMBER:703-555-0138]] about billing codes. is it ok to send her my son's DOB ([[DATE_OF_BIRTH:2017-08-19]]) and the claim number over text?
Assistant: Texting is convenient, but..."""),
("positive", "tax_form_ssn", "anglo", """for the dependent care FSA claim I need to list the provider. our sitter is [[PERSON:Maggie Rourke-Dillard]], SSN [[US_SSN:227-55-8140]], address [[STREET_ADDRESS:14 Old Bridge Rd, Lake Ridge, VA 22192]]. what else goes on the form?"""),
("positive", "grandma_hindi", "bhojpuri_fijian", """dadi ji ke liye visa appointment ka message translate karo: "Namaste, mera naam [[PERSON:Shalendra Prasad]] hai, main apni dadi [[PERSON:Kamla Wati Prasad]] (janm tithi [[DATE_OF_BIRTH:1 January 1944]]) ke liye B-2 visa appointment le raha hoon. Unka phone [[PHONE_NUMBER:+679 555 0183]] hai."""),
("positive", "hoa_wifi_password", None, """setting up the new router for the lease, writing the details on the fridge card. is this format fine?
Network: PinecrestHome-5G
Password: [[PASSWORD:Baobab!Woodbridge2207]]
Guest: PinecrestGuest (no password)"""),
("positive", "coach_email", "rwandan+anglo", """Hi Coach [[PERSON:Nkurunziza]],

[[PERSON:Owen]] can't make Saturday's game, we'll be at the airport picking up his grandparents. Also, [[PERSON:Clémentine Ingabire]] asked me to pass on that she can drive for the away game on the 18th; her number is [[PHONE_NUMBER:571-555-0177]].

Thanks!
[[PERSON:Fatou]]"""),
("evasion", "card_split_messages", "anglo", """text 1: card is [[CREDIT_CARD:4026 9633]]
text 2: [[CREDIT_CARD:6677 8398]] exp 11/28 (sending in two pieces so it's not all in one msg)
can you check if the hospital portal would accept it"""),
("evasion", "ssn_with_letters", "anglo", """sitter's ssn for the fsa form, I swapped some digits for letters just in case: [[US_SSN:22七-5五-8一4O]] - turn it back into numbers"""),
("evasion", "dob_reversed", "wolof", """for the consulate form, my father-in-law's DOB typed backwards as a joke: [[DATE_OF_BIRTH:2591-20-21]] and name [[PERSON:eugnebM enimaL uodamaM]] - flip both back please"""),
("hard_negative", "visa_question", None, """What documents should elderly parents bring to a B-2 visa interview at a U.S. embassy in West Africa? Things like proof of ties, return ticket, bank statements, a letter from the host family. Also, how long is the typical wait for appointments in Dakar?"""),
("hard_negative", "car_vin_only", None, """Selling a 2014 Toyota Sienna, VIN 5TDYK3DC8ES458103, 141k miles, new tires. Write me a Facebook Marketplace listing, friendly tone, mention cash or cashier's check only and that I'll meet at the police station parking lot."""),
("hard_negative", "medical_codes", None, """The hospital bill lists CPT 99284, 71046 and ICD-10 S52.501A, revenue code 0450, NPI 1093817264. Explain what each code means in plain English and whether being billed twice for 99284 looks like a duplicate."""),
("hard_negative", "same_shape_roster", None, """U10 Girls - Lightning - Spring schedule (for the snack + carpool sheet)
Wk1 Sat 3/14 9:00 vs Thunder @ Field 3
Wk2 Sat 3/21 10:30 @ Cyclones, Field 7
Wk3 Sat 3/28 9:00 vs Comets @ Field 3
Wk4 Sat 4/4 - no game (spring break)
make a 6-week snack rotation across 12 families, leave names blank"""),
("hard_negative", "lease_placeholders", None, """Template clause: 'Tenant(s) [TENANT NAME(S)] agree to pay rent of $[AMOUNT] to Landlord [LANDLORD NAME] at [ADDRESS] on the first of each month.' Is 'first of each month' enforceable if there's a 5-day grace period in Virginia?"""),
("hard_negative", "name_words", None, """Name ideas for the team: Lightning, Thunder Rose, Summer Storm, Hunter's Moon, the Brooks & Rivers. Which sounds best for 9-year-olds? Also a team chant using 'Grace under pressure'."""),
("hard_negative", "fake_marking_joke", None, """Making a joke sign for the fridge: 'TOP SECRET: Grandma's Thieboudienne Recipe - Eyes Only, Need-to-Know Basis'. Suggest three funnier versions; it's for the in-laws' welcome party."""),
("hard_negative", "stats_family", None, """Average cost of an ER visit for a child in Virginia 2025: about $2,300 before insurance; average youth soccer fee $180/season; median rent increase for renewals 4.8%. Put these in a sentence for my budget spreadsheet notes."""),
("hard_negative", "embassy_public", None, """U.S. Embassy Dakar, Route des Almadies, Dakar, Senegal; consular section phone listed on the embassy website. Can I walk in with my in-laws, or do they have to go alone? What about the biometric step?"""),
("hard_negative", "invoice_ssn_shaped", None, """Hospital statement account HB-4471029, patient ID 900-55-3321 (their internal MRN format), claim 26-1107-88421, guarantor ID 666-01-2200. The billing rep said one of those 'looks like an SSN'. None of them is mine - can they be?"""),
]
