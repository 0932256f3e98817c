"""ar10: the employee's own life (pet insurance claim, fence dispute, marketplace scam, child's travel consent, hearing aids)."""

RECORDS = [
("positive", "pet_insurance_claim", "anglo+marathi", """Can you help me fill out the "describe the incident" part of this pet insurance claim? Here's what I have:
Policyholder: [[PERSON:Rosalind Pemberton-Yates]]
Address: [[STREET_ADDRESS:2814 Quaker Ridge Ct, Woodbridge, VA 22192]]
Phone: [[PHONE_NUMBER:571-555-0107]]
Pet: Biscuit, 6 yr old beagle mix, policy PP-4471-0093
Vet: Dr. [[PERSON:Anand Kulkarni]], Lake Ridge Animal Hospital
Biscuit ate most of a corn cob on Thanksgiving, surgery on 11/28, bill $4,870.
Reimbursement to checking [[US_BANK_NUMBER:7730418826]], routing [[ABA_ROUTING_NUMBER:256779499]]"""),

("positive", "fence_dispute_letter", "anglo+hmong", """Help me make this letter to my neighbor firmer but still friendly:

Dear [[PERSON:Mr. Vang]],
I'm writing about the new fence between our properties at [[STREET_ADDRESS:6107 Larkspur Dr, Saint Paul, MN 55119]] and [[STREET_ADDRESS:6111 Larkspur Dr, Saint Paul, MN 55119]]. The survey from 2019 shows the line is about 14 inches onto my side near the garage. I'd like to talk before anyone involves the city. You can reach me at [[PHONE_NUMBER:651-555-0149]].
Thanks, [[PERSON:Geraldine Hostetler]]

(his first name is [[PERSON:Pheng]], should I use it?)""".replace("[[PERSON:Mr. Vang]]", "Mr. [[PERSON:Hawj]]")),

("positive", "marketplace_scam_texts", "anglo", """I think I'm being scammed selling my couch on Marketplace. The buyer texted this:
"Hi I am [[PERSON:Bryce Hollingworth]], I will pay with Zelle, but my bank needs you to upgrade to business account first, send $150 to my agent [[EMAIL_ADDRESS:secure.zellepay.verify@gmail.com]] and you get refunded with the $400 for couch. Call me [[PHONE_NUMBER:(929) 555-0166]]"
Is this the usual scam? What do I report and where?"""),

("positive", "scam_bank_dispute", "hispanic+anglo", """I already sent them $150 from my card before I realized. Draft the dispute message to my bank:
Cardholder: [[PERSON:Marisa Delgado-Stroud]]
Card: [[CREDIT_CARD:6011 8253 4850 0087]]
Transaction: 12/05/2026, $150.00, "ZELLEPAY VERIFY SVC"
I was told it was a business account upgrade fee by a fake buyer."""),

("positive", "child_travel_consent", "hispanic+anglo", """I need a consent letter for my daughter to travel to Mexico with her grandmother over winter break (I'm not going). Please make this a proper letter:

I, [[PERSON:Natalia Barragán Whitmore]], mother of [[PERSON:Camila Whitmore Barragán]] (born [[DATE_OF_BIRTH:February 11, 2015]], U.S. passport [[US_PASSPORT:568214093]]), authorize her grandmother [[PERSON:Josefina Barragán Ledesma]] (Mexican passport [[US_PASSPORT:G41870256]]) to travel with her to Guadalajara from 12/20/2026 to 01/03/2027. My address is [[STREET_ADDRESS:915 Canyon Oak Way, Round Rock, TX 78664]] and my phone is [[PHONE_NUMBER:512-555-0151]]. Her father, [[PERSON:Derek Whitmore]], also consents."""),

("positive", "consent_letter_spanish", "hispanic", """Also translate it to Spanish for the Mexican officials, and add this line for the grandmother's address there: "[[STREET_ADDRESS:Calle Pedro Moreno 1482, Col. Americana, 44160 Guadalajara, Jal.]]", phone [[PHONE_NUMBER:+52 33 5550 7124]]. The grandmother's DOB is [[DATE_OF_BIRTH:8/30/1956]] if they ask."""),

("positive", "hearing_aid_fsa", "anglo", """Comparing hearing aids for my dad; the audiologist quoted two options. Also help me with the FSA claim form:
Patient: [[PERSON:Clarence Abernethy-Voss]], DOB [[DATE_OF_BIRTH:04/19/1949]]
Audiologist: [[PERSON:Dr. Yolanda Briscoe]], AuD
Option A: prescription RIC pair, $4,600 with 3 yrs follow-up
Option B: OTC pair, $1,199, no follow-up
FSA member: me, [[PERSON:Lorraine Abernethy-Voss]]. Can I use my FSA for my dad if he's my dependent?""".replace("[[PERSON:Dr. Yolanda Briscoe]]", "Dr. [[PERSON:Yolanda Briscoe]]")),

("positive", "hearing_aid_return_email", "anglo", """Help me write a return request; the store says the 45-day trial ends Friday:
Order #HA-2026-11-0734, purchased 10/24 at Harmony Hearing Center by [[PERSON:Clarence Abernethy-Voss]]
Paid with my Visa [[CREDIT_CARD:4352 7279 0784 2938]]
Reason: whistling feedback in the left aid even after two adjustments with [[PERSON:Dr. Briscoe]].
My contact: [[EMAIL_ADDRESS:lorraine.av@verizon.net]]""".replace("[[PERSON:Dr. Briscoe]]", "Dr. [[PERSON:Briscoe]]")),

("positive", "neighbor_group_chat", "anglo+nigerian+chinese", """Pasting our street's group chat about the fence and the survey. Summarize who said what:
[[PERSON:Geraldine Hostetler]]: the survey pins are still there if anyone wants to look
[[PERSON:Olumide Bankole]]: I saw [[PERSON:Pheng]] digging post holes last weekend, didn't know it was disputed
[[PERSON:Wei-Ling Sato]]: my surveyor was [[PERSON:Dale Kiefer]], he was reasonable, [[PHONE_NUMBER:651-555-0111]]
[[PERSON:Geraldine Hostetler]]: thanks Wei-Ling""".replace("thanks Wei-Ling", "thanks [[PERSON:Wei-Ling]]")),

("positive", "pet_insurance_portal_login", "anglo", """Pet insurance site keeps saying "invalid login". I'm typing email [[EMAIL_ADDRESS:rpemberton.yates@gmail.com]] and password [[PASSWORD:Biscuit&Beagle2020]] - is there a character they don't accept? The & maybe?"""),

("positive", "hoa_architectural_request", "armenian+anglo", """HOA wants an architectural request before I can replace the fence on my side. Fill this in:
Owner: [[PERSON:Hasmik Ter-Petrosyan]]
Lot 44, [[STREET_ADDRESS:19 Chestnut Hollow Ln, Fairfield, CT 06824]]
Co-owner: [[PERSON:Aram Ter-Petrosyan]]
Contractor: Reliable Fence & Deck, contact [[PERSON:Skip Dunleavy]] [[PHONE_NUMBER:203-555-0125]]
Project: 6 ft cedar privacy fence, 112 linear ft, set 6 inches inside the property line."""),

("positive", "scam_police_report", "tongan+anglo", """Online police report for the marketplace scam, help me write the narrative field:
Reporting party: [[PERSON:Mele Fonokalafi]], DOB [[DATE_OF_BIRTH:1990/07/04]]
Suspect name given: "[[PERSON:Bryce Hollingworth]]", phone [[PHONE_NUMBER:(929) 555-0166]], email [[EMAIL_ADDRESS:secure.zellepay.verify@gmail.com]]
Loss: $150 via debit card, item was a couch, no meeting took place."""),

("positive", "child_passport_renewal_chat", "vietnamese+anglo", """My wife and I are texting about our son's passport before the trip. Turn this into a to-do list:
[[PERSON:Hương]]: [[PERSON:Khôi]]'s passport expires in March, do we renew now?
me: yes, need both of us or the DS-3053 consent form
[[PERSON:Hương]]: his number is [[US_PASSPORT:547718302]] from the old one
me: ok, his birth cert says [[DATE_OF_BIRTH:2013-09-18]], I'll get the photo at the pharmacy"""),

("positive", "neighbor_camera_login", "anglo+hmong", """The neighbor's son (he's on my side, ha) sent me their camera app login so I can save the clip of the fence crew moving the survey pins. Is it OK legally to download it? He wrote: "user: hawj.family.cams / pw: [[PASSWORD:PhengLarkspur6111!]] - don't tell my dad lol - [[PERSON:Tou Hawj]]" """),

("evasion", "scam_number_obfuscated", "anglo", """The scammer's second message had the phone written weird to get around Facebook filters: "text me at [[PHONE_NUMBER:nine two nine - 5 5 5 - zero one seven three]]" and signed "[[PERSON:B r y c e]]". Should I include this in the police report?"""),

("evasion", "zelle_email_at_dot", None, """He also sent: "email [[EMAIL_ADDRESS:zelle-refund-desk AT protonmail DOT com]] for refund" - same scammer? Add to the report list."""),

("evasion", "card_fullwidth", "anglo", """Copied my card number from the bank app and it came out in a funny font: [[CREDIT_CARD:５１９４ ７８４３ ９６７２ １７９１]]. Is that the same card the hearing aid store charged? Cardholder [[PERSON:Lorraine Abernethy-Voss]]."""),

("hard_negative", "pet_insurance_general", None, """What's the difference between accident-only and accident-and-illness pet insurance? Our beagle is 6; is it worth switching now or will pre-existing conditions be excluded? Give me a comparison table with deductible, reimbursement rate, and annual limit columns."""),

("hard_negative", "fence_law_general", None, """In Minnesota, who pays for a boundary fence between two homes? Is there a "good neighbor fence" law? And if a survey shows a neighbor's fence is on my land, what are typical steps before going to court? Not legal advice, just the general idea."""),

("hard_negative", "scam_patterns", None, """List the common Facebook Marketplace scams for sellers: fake Zelle "business account" upgrades, overpayment with a request to refund the difference, Google Voice verification code requests, and fake shipping labels. How do I tell my mom to spot them?"""),

("hard_negative", "consent_letter_template", None, """Give me a general template for a child travel consent letter: parent's name, child's name, date of birth, passport number, accompanying adult, destination, travel dates, contact information, and notarization. Use blanks like [Parent Name] for everything."""),

("hard_negative", "hearing_aid_otc_prose", None, """Since OTC hearing aids became available, are they good enough for mild-to-moderate loss in someone in their late 70s? What questions should we ask an audiologist, and do Medicare Advantage plans usually cover hearing aids?"""),

("hard_negative", "public_ftc_report", None, """Where do I report the marketplace scam? I think it's ReportFraud.ftc.gov, plus the FBI's IC3 at ic3.gov, and the platform's own reporting tool. Is there any point in also calling my local police non-emergency line?"""),

("hard_negative", "pet_names_like_people", None, """Our dog is named Will and our cat is named Hope, and the neighbor's dog is Rich (short for Richelieu). The vet's form says "owner name" and "patient name" - Will goes in "patient", right? Silly question, I know."""),

("hard_negative", "passport_application_prose", None, """For a child under 16, both parents usually need to appear for the passport application, or one parent brings the other's notarized Form DS-3053. Which documents prove the parent relationship? Make me a checklist."""),

("hard_negative", "family_trip_plan", None, """Plan a 10-day winter break itinerary in Guadalajara for a grandmother and a 11-year-old: Tlaquepaque, the Hospicio Cabañas with the Orozco murals, Lake Chapala, and Tequila. Kid-friendly, not too much driving."""),

("hard_negative", "receipt_numbers_no_pii", None, """Hearing aid store receipt: Order HA-2026-11-0734, item codes 555-0180-L and 555-0180-R, warranty 3 yrs, return window 45 days, restocking fee 10%. Is a 10% restocking fee normal for hearing aids? Our state might limit it."""),
]
