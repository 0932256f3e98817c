"""aq10: The employee's own life: a mother's SSA disability appeal, a kid's orthodontist payment plan, a used RV,
a credit-card fraud dispute, a rental deposit dispute."""

RECORDS = [
    ("positive", "ssa_appeal_letter", "mexican_american", """Help me write the reconsideration request letter for my mom's disability claim. Her info:
Name: [[PERSON:Eustolia Treviño Garza]]
SSN: [[US_SSN:449-62-1083]]
DOB: [[DATE_OF_BIRTH:September 14, 1961]]
Address: [[STREET_ADDRESS:2407 Calle Mirasol, Laredo, TX 78043]]
Denied 11/19 because they say she can do 'light work'. Her rheumatologist Dr. [[PERSON:Anjali Mehra-Coutts]] disagrees. I'm her representative."""),

    ("positive", "spanish_mom_text", "mexican_american", """mi mamá me mandó esto, ayúdame a entender qué quiere decir el seguro social:
"mija, me llegó una carta que dice que tengo que ir a una cita con el doctor [[PERSON:Reinaldo Cuéllar]] el 12 de enero en [[STREET_ADDRESS:1701 E Saunders St, Suite 210, Laredo, TX 78041]]. Llámame al [[PHONE_NUMBER:956-555-0126]]. Te quiere, [[PERSON:Tolita]]" """),

    ("positive", "ortho_payment_plan", "mexican_american+anglo", """Orthodontist payment plan for [[PERSON:Juniper]] — does this math work out?
Patient: [[PERSON:Juniper Castellanos-Reid]], DOB [[DATE_OF_BIRTH:2013-05-09]]
Total $5,850, down $850, 24 monthly payments
Autopay card: [[CREDIT_CARD:4024 0071 8836 2155]] (mine)
Responsible party: [[PERSON:Dana Castellanos-Reid]]"""),

    ("positive", "ortho_portal_cred", None, """I made a login for the ortho's payment portal and I'm going to forget it: user danacr, password [[PASSWORD:Braces4June!2026]]. Can you remind me what else I need for the FSA claim?"""),

    ("positive", "rv_seller_text", "anglo", """texts with the RV seller, want to make sure I'm not getting scammed:
[[PERSON:Rusty Pellerin]]: still have the 2017 Winnebago, 41k miles, title in hand
me: can I see it Saturday?
[[PERSON:Rusty Pellerin]]: sure, [[STREET_ADDRESS:1190 County Road 14, Bucyrus, OH 44820]], call [[PHONE_NUMBER:419-555-0188]] when you're close
[[PERSON:Rusty Pellerin]]: I'd need a cashier's check, my wife [[PERSON:Marlys]] handles it"""),

    ("positive", "rv_bill_of_sale", "anglo+mexican_american", """Bill of sale draft for the RV, check it for holes:
Seller: [[PERSON:Russell J. Pellerin]], Ohio DL [[US_DRIVER_LICENSE:RP481230]]
Buyer: [[PERSON:Dana Castellanos-Reid]]
VIN 1FDXE4FS8HDC41728, sold as-is, $38,500
Payment: cashier's check drawn on account [[US_BANK_NUMBER:7720058134]], routing [[ABA_ROUTING_NUMBER:264179052]]"""),

    ("positive", "fraud_dispute_letter", "mexican_american+anglo", """Write a dispute letter to the card issuer. Charges I didn't make:
Card: [[CREDIT_CARD:3497 215530 81622]]
11/28 $612.40 'ELECTROSHOP MIAMI'
11/29 $1,204.00 'GIFTCARDS ONLINE'
Name on account: [[PERSON:Dana Castellanos-Reid]], [[STREET_ADDRESS:58 Whitcomb Road, Manassas, VA 20110]], phone [[PHONE_NUMBER:703-555-0132]]
I still have the physical card."""),

    ("positive", "deposit_dispute_email", "indian+mexican_american", """Subject: Security deposit — [[STREET_ADDRESS:4410 Lee Hwy, Apt 3C, Arlington, VA 22207]]

Mr. [[PERSON:Venkatesh]], it's been 52 days since we moved out. Virginia law says 45. Please send the $2,100 deposit or an itemized list of deductions to my new address.
[[PERSON:Dana Castellanos-Reid]]

> From: [[PERSON:Prakash Venkatesh]] <[[EMAIL_ADDRESS:pvenkatesh.rentals@yahoo.com]]>
> The carpet in the second bedroom needs replacement, I will deduct."""),

    ("positive", "ssa_phone_notes", "mexican_american", """notes from my call with SSA today, turn into a to-do list:
- rep Ms. [[PERSON:Villaseñor-Páez]] said mom's file is at the DDS in Austin
- need form SSA-3441 and SSA-827 signed by mom
- fax to [[PHONE_NUMBER:512-555-0117]] attn [[PERSON:Delia Fuentes-Ybarra]]
- mom's claim # is her SSN ([[US_SSN:449-62-1083]]), no separate number"""),

    ("positive", "bank_login_prose", None, """my husband keeps asking for the credit union login so he can check the fraud refund. it's dcreid77 and my password is [[PASSWORD:Marigold&Pine93]]. how do I set up a joint login instead so I stop sharing mine?"""),

    ("positive", "kid_school_form", "mexican_american+anglo", """ortho appointment conflicts with school, need an early dismissal note:
Student: [[PERSON:Juniper Castellanos-Reid]], grade 7, homeroom Mr. [[PERSON:Pettifer-Lowe]]
Parent: [[PERSON:Dana Castellanos-Reid]], cell [[PHONE_NUMBER:703-555-0199]]
Dismissal 1:15 pm on 12/10"""),

    ("positive", "russian_neighbor", "russian", """соседка по старой квартире прислала, переведи пожалуйста:
«Дана, это [[PERSON:Людмила Баранова]] из 3B. Хозяин тоже не вернул мне депозит! Давай вместе пожалуемся. Мой номер [[PHONE_NUMBER:571-555-0190]]. Он живёт по адресу [[STREET_ADDRESS:912 N Kensington St, Arlington, VA 22205]].»"""),

    ("positive", "ssa_representative_form", "mexican_american", """SSA-1696 appointment of representative, I'm filling it in for mom — am I doing the claimant section right?
Claimant: [[PERSON:Eustolia Treviño Garza]]  SSN [[US_SSN:449621083]]
Representative: [[PERSON:Dana Castellanos-Reid]] (daughter), non-attorney, no fee
Rep address: [[STREET_ADDRESS:58 Whitcomb Road, Manassas, VA 20110]]"""),

    ("evasion", "card_spaced_pairs", "mexican_american+anglo", """the fraud dept asked me to confirm the replacement card number, I wrote it in pairs so it's not 'a card number' lol: 54 12 75 06 33 18 90 49. that's the NEW one right? name on it [[PERSON:Dana Castellanos-Reid]]""".replace("54 12 75 06 33 18 90 49", "[[CREDIT_CARD:54 12 75 06 33 18 90 49]]")),

    ("evasion", "routing_fullwidth", "indian", """landlord's bank info for the small-claims filing came from a PDF with weird characters: routing ３２１１７４６９９, account １１９０４７７３６２. landlord is [[PERSON:Prakash Venkatesh]]""".replace("３２１１７４６９９", "[[ABA_ROUTING_NUMBER:３２１１７４６９９]]").replace("１１９０４７７３６２", "[[US_BANK_NUMBER:１１９０４７７３６２]]")),

    ("evasion", "ssn_dots_words", "mexican_american", """mom's ssn for the appeal: 4.4.9 sixty-two 1.0.8.3 — [[PERSON:Eustolia Treviño Garza]]. does the form want dashes?""".replace("4.4.9 sixty-two 1.0.8.3", "[[US_SSN:4.4.9 sixty-two 1.0.8.3]]")),

    ("hard_negative", "ssa_public", None, """Where do I send the appeal? SSA says call 1-800-772-1213 or appeal online at ssa.gov/benefits/disability/appeal. Is online faster than mailing to the local field office? General advice is fine."""),

    ("hard_negative", "rv_specs", None, """Comparing two RVs: 2017 Winnebago Minnie Winnie 22R, 41k miles, $38,500 vs 2018 Thor Four Winds 28A, 33k miles, $44,900. Which has the better generator and what should I check on a used Ford E-450 chassis?"""),

    ("hard_negative", "ortho_codes", None, """The ortho's estimate lists CDT codes D8080 (comprehensive treatment), D8670 (periodic visits), D8680 (retention). Insurance lifetime max $1,500. How much will the FSA need to cover if total is $5,850?"""),

    ("hard_negative", "deposit_law", None, """What does Virginia Code § 55.1-1226 say about returning security deposits? 45 days, itemized deductions, and what happens if the landlord misses it? Plain English, I'm not a lawyer."""),

    ("hard_negative", "fraud_reference_numbers", None, """The bank gave me dispute case numbers 4471-2209-8817 and 4471-2209-8822, and a provisional credit reference PC-00931857. Which do I put on the police report? Nothing else personal, just want the right field."""),

    ("hard_negative", "ssi_vs_ssdi", None, """Explain SSI vs SSDI for my mom: SSI is Supplemental Security Income (need-based), SSDI is based on work credits. She worked 30 years, so SSDI? And does the 5-month waiting period apply? Simple words."""),

    ("hard_negative", "kinship_prose", None, """My mother, my daughter, my husband and my mother-in-law all want to come on the first RV trip. Is a 22-foot Class C realistic for four adults and a 13-year-old for a week? Be honest."""),

    ("hard_negative", "card_tips", None, """What should I do after card fraud: freeze credit at the three bureaus, change passwords, turn on transaction alerts? Is a credit freeze worth it if the card was replaced? General steps please."""),

    ("hard_negative", "campground_names", None, """RV route ideas from Manassas: Shenandoah's Big Meadows, Douthat State Park, Assateague, Hungry Mother State Park, Natural Bridge. Which ones take 25-foot rigs in March?"""),

    ("hard_negative", "landlord_template", None, """Template demand letter: 'Dear [Landlord Name], I vacated [Property Address] on [Date]. Under [State Code], you were required to return my deposit of [$amount] within [N] days...' Fill in only the legal parts for Virginia, leave the brackets."""),

    ("positive", "flight_ktn", "mexican_american+anglo", """Booking flights to Laredo for mom's hearing. Airline form wants: name [[PERSON:Dana Marisol Castellanos-Reid]], DOB [[DATE_OF_BIRTH:07/29/1984]], Known Traveler Number [[KNOWN_TRAVELER_NUMBER:157284093]]. Does the name have to match my license exactly with the hyphen?"""),
]
