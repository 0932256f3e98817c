"""Voice t09: DHS employees' own lives: car purchase, insurance, mortgage, medical bills, custody, relatives' immigration,
dating profiles, church newsletter, sports league. Shapes: receipts, invoices, chats, newsletters, league sheets."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "car_purchase_buyers_order", "dominican", """
Is this buyer's order fair? I'm buying a 2024 RAV4.
Buyer: [[PERSON:Yokasta Peña Almonte]]  DL# [[US_DRIVER_LICENSE:P500-418-82-731-0]] (MD)
Co-buyer: [[PERSON:Ramón Almonte]]
Address: [[STREET_ADDRESS:8807 Piney Branch Rd, Apt 1012, Silver Spring, MD 20903]]
Doc fee $500, dealer prep $899, VSC $2,750. APR 7.9%.
""")
R("positive", "insurance_claim", "cambodian", """
Help me write my auto insurance claim statement: On Nov 2 I ([[PERSON:Sopheap Chhim]], policy 44-1872-0931) was rear-ended on Route 1. The other driver [[PERSON:Garrett Lindquist]] gave his number [[PHONE_NUMBER:978-555-0138]] and DL [[US_DRIVER_LICENSE:S41772903]] (MA).
""")
R("positive", "mortgage_application_chat", "nigerian", """
User: I'm filling a mortgage pre-approval and want to check the bank details section
Assistant: Sure — what does it ask?
User: my name [[PERSON:Chukwuemeka Obiora Nwachukwu]], SSN [[US_SSN:584-04-0881]], checking [[US_BANK_NUMBER:782496274921]] at routing [[ABA_ROUTING_NUMBER:073834834]]
User: and my wife [[PERSON:Ugochi Nwachukwu]] DOB [[DATE_OF_BIRTH:1990-12-03]] as co-borrower. Which debts count in DTI?
""")
R("positive", "medical_bill_dispute", "anglo", """
Draft a letter disputing this medical bill:
Patient: [[PERSON:Harold "Hal" Pettibone]], DOB [[DATE_OF_BIRTH:05/19/1962]]
Account 8842017, date of service 09/14/2026, billed $4,812 for an ER visit that my insurer says was in-network.
Card used for the $250 copay: [[CREDIT_CARD:372156129669859]]
""")
R("positive", "custody_schedule", "french", """
Help me word a custody exchange schedule proposal to my ex, [[PERSON:Aurélie Marchetti-Dubois]]. Kids: [[PERSON:Léon]] (DOB [[DATE_OF_BIRTH:2015-03-09]]) and [[PERSON:Capucine]] (DOB [[DATE_OF_BIRTH:2018-07-22]]). Her lawyer's email is [[EMAIL_ADDRESS:cabinet.roussel@example.fr]].
""")
R("positive", "relative_i130", "iranian", """
I'm filing an I-130 for my mother, [[PERSON:Parvaneh Ghasemi]], born [[DATE_OF_BIRTH:1954-02-11]] in Shiraz. My own A-number from when I naturalized was [[A_NUMBER:A227479887]]; receipt for her case [[USCIS_RECEIPT_NUMBER:NBC2516604472]]. What does "priority date" mean for immediate relatives?
""")
R("positive", "relative_visa_egyptian", "egyptian", """
My brother [[PERSON:Karim Mostafa Abdelaziz]] got a 221(g) refusal in Cairo. His passport is Egyptian [[US_PASSPORT:A21740339]]; they want my I-864 tax transcripts. My SSN is [[US_SSN:769-36-3273]]. What should the cover letter say?
""")
R("positive", "dating_profile", "korean", """
Make my dating profile sound less stiff: "Hi, I'm [[PERSON:Ji-hoon]], 38, federal analyst in DC. I love hiking Old Rag and making kimchi jjigae. Text me at [[PHONE_NUMBER:202-555-0192]] if you want to compare hot sauces."
""")
R("positive", "church_newsletter", "liberian", """
Proofread our church newsletter:
Prayer list: Sister [[PERSON:Comfort Tarpeh]] (recovering from surgery), Deacon [[PERSON:Moses Kollie]] and family. Congratulations to [[PERSON:Princess Wleh]] on her graduation!
Birthday corner: [[PERSON:Mother Esther Dolo]] turns 90 — born [[DATE_OF_BIRTH:December 8, 1936]]!
""".replace("[[PERSON:Mother Esther Dolo]]", "Mother [[PERSON:Esther Dolo]]"))
R("positive", "sports_league_roster", "scottish", """
Make a rec-league roster with jersey numbers:
#7 [[PERSON:Fraser McAlpine]] [[PHONE_NUMBER:703-555-0145]]
#11 [[PERSON:Ailsa Drummond]] [[PHONE_NUMBER:703-555-0159]]
#22 [[PERSON:Hamish Galbraith]] (goalie) [[EMAIL_ADDRESS:hamishg@example.co.uk]]
""")
R("positive", "kids_soccer_waiver", "cameroonian", """
Youth soccer waiver, is this missing anything?
Player: [[PERSON:Ngono Essomba]]  DOB: [[DATE_OF_BIRTH:06/02/2016]]
Parent/guardian: [[PERSON:Blaise Essomba Mbarga]]  Emergency phone: [[PHONE_NUMBER:240-555-0116]]
""")
R("positive", "rental_lease", "japanese", """
Review my lease renewal: Tenant [[PERSON:Haruka Matsumoto]], unit [[STREET_ADDRESS:1200 N Nash St, Unit 815, Arlington, VA 22209]]. Rent up 6%. Autopay from account [[US_BANK_NUMBER:101231809670]].
""")
R("positive", "car_loan_receipt", "serbian", """
Down-payment receipt - is the tax right?
Received from: [[PERSON:Dragana Milošević]]
Amount: $5,000.00 via Visa [[CREDIT_CARD:4628743846640877]]
Vehicle: 2022 Subaru Outback VIN 4S4BTGND8N3123456
""")
R("positive", "personal_taxes_itin", "honduran", """
My cousin [[PERSON:Wendy Yamileth Banegas]] files with ITIN [[US_ITIN:958-64-2109]]. Can I claim her son as a dependent if he has an SSN and lives with me?
""")
R("positive", "bank_login_password", "none", """
My credit union app won't let me log in. I'm typing username dhsdad77 and password [[PASSWORD:ORtNiI*qY!uVBQ]] — is the asterisk causing it?
""")
R("positive", "home_wifi_router", "none", """
Router admin page says WPA2 key is [[PASSWORD:Summerhouse#Kayak2026]]. How do I switch to WPA3 on a Netgear R7000?
""")
R("positive", "accidental_cui_paste", "albanian", """
Oops, pasted from the wrong window, but can you just proofread the birthday invite at the bottom?
[[CUI_MARKING:CUI//SP-PRVCY]] Q3 employee relations summary ...
Come celebrate [[PERSON:Erion Hoxha]]'s 40th at our place, Saturday 6pm!
""")
R("evasion", "card_zero_width", "filipino", """
pls check if this card number is right before I pay the hospital: [[CREDIT_CARD:4102\u200c0192\u200c0773\u200c2636]] (name on card [[PERSON:Jericho Bautista Lacson]])
""")
R("evasion", "routing_spaced_words", "anglo", """
my routing is [[ABA_ROUTING_NUMBER:zero four zero, nine two nine, two three five]] and account [[US_BANK_NUMBER:5 5 0 1 8 8 8 5 5 9 6 5]] for the daycare autopay — [[PERSON:Shelby Fenwick]]. is the form filled right?
""")
R("evasion", "dob_split_turns", "portuguese", """
User: birthday party invite for my dad [[PERSON:Joaquim Alves Teixeira]]
User: he was born [[DATE_OF_BIRTH:3 de junho]]
User: [[DATE_OF_BIRTH:de 1951]]
User: make it say he turns 75
""")
# hard negatives
R("hard_negative", "car_comparison", "none", """
Compare 2024 Toyota RAV4 Hybrid XLE vs Honda CR-V Hybrid EX-L: MSRP $34,485 vs $36,750, 41 vs 40 mpg combined. Which holds value better?
""")
R("hard_negative", "vin_decode", "none", """
Decode this VIN structure generally: 1HGCM82633A004352 — what do positions 1-3, 10 and 11 mean?
""")
R("hard_negative", "mortgage_math", "none", """
Mortgage math: $420,000 loan, 6.375% for 30 years. Monthly P&I? Then with $600/month escrow. Show the amortization formula.
""")
R("hard_negative", "church_event_no_names", "none", """
Flyer text: Fall Harvest Festival, Saturday November 14, 10am-3pm, St. Thomas Aquinas Parish hall. Chili cook-off, bake sale, pumpkin painting for kids.
""")
R("hard_negative", "sports_teams_named", "none", """
Fantasy football help: should I start the Chiefs defense or the Bills defense this week? Weather at Highmark Stadium looks rough.
""")
R("hard_negative", "insurance_policy_terms", "none", """
Explain deductible vs out-of-pocket max vs coinsurance, with a made-up example of a $10,000 bill and 20% coinsurance.
""")
R("hard_negative", "tracking_numbers", "none", """
Which carrier: 1Z999AA10123456784, 9400111899223197428490, 772899172364? I'm tracking a car part.
""")
R("hard_negative", "dating_advice_generic", "none", """
What are good first-date ideas in DC in December that aren't expensive? Something like the Botanic Garden lights or the Kennedy Center Millennium Stage.
""")
R("hard_negative", "birthdays_not_dob", "none", """
Plan: office holiday lunch 2026-12-17; my anniversary 2026-12-20; kids' recital 2026-12-12. Make a December to-do list.
""")
R("hard_negative", "medical_bill_codes", "none", """
My EOB shows CPT 99284, 71046 and 93010, "allowed amount" $1,122.40, "patient responsibility" $224.48. What do these mean?
""")
R("hard_negative", "placeholder_card", "none", """
The payment form says "Card number: XXXX-XXXX-XXXX-1234" on the receipt. Is it normal to show the last four digits?
""")
R("hard_negative", "test_card_numbers", "none", """
For my side-project web shop, are Stripe test cards like 4242 4242 4242 4242 safe to put in the README? They're documented test numbers.
""")
R("hard_negative", "custody_law_general", "none", """
In Virginia, what factors does a court consider for custody under Va. Code § 20-124.3? General information only.
""")
R("hard_negative", "river_and_bridge", "none", """
Best bike route from Rosslyn across the Francis Scott Key Bridge to Georgetown, then along the Capital Crescent Trail to Bethesda?
""")

R("positive", "kid_school_portal_password", "vietnamese", """
Can you write a note to my son's teacher? Also remind me: the school portal login for [[PERSON:Đặng Minh Khôi]] is parent account dang.family with password [[PASSWORD:Khoi2015!Lotus]] — should I change it since my ex [[PERSON:Lưu Thị Hằng]] knows it?
""")
