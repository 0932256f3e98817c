# Voice 10: the employee's own life: a wedding, a child's college financial-aid forms, a car accident claim,
# a tax preparer, a church fundraiser.
RECORDS = [
("positive", "wedding_seating", "yoruba+irish",
"""help me balance the seating chart, 8 per table, keep the aunties apart lol
Table 4: Auntie [[PERSON:Bola]], Uncle [[PERSON:Femi Adesanya]], [[PERSON:Grace Adesanya]], [[PERSON:Tobi]], [[PERSON:Kemi Oduwole]], [[PERSON:Sean Brennan]], [[PERSON:Maeve Brennan]], Fr. [[PERSON:Declan]]
Table 5: Auntie [[PERSON:Ronke]], [[PERSON:Deirdre Brennan-Walsh]], [[PERSON:Colm Walsh]], [[PERSON:Ifeoma Obiora]], [[PERSON:Niamh]], [[PERSON:Patrick Brennan]]
Auntie [[PERSON:Bola]] and Auntie [[PERSON:Ronke]] haven't spoken since 2019."""),

("positive", "fafsa_help", "mexican",
"""my daughter is filling out the FAFSA and I'm the contributor. what do I put for these:
Student: [[PERSON:Camila Reyes Ortega]], SSN [[US_SSN:612-48-3097]], DOB [[DATE_OF_BIRTH:05/02/2007]]
Parent 1 (me): [[PERSON:Héctor Reyes]], I don't have an SSN, I have an ITIN [[US_ITIN:912-74-5530]]
Parent 2: [[PERSON:Adriana Ortega Lugo]], SSN [[US_SSN:598-21-4406]]
Is it true I need to create a StudentAid.gov account without an SSN?"""),

("positive", "car_accident_claim", "anglo+korean",
"""Help me write my statement to the insurance company:
On Saturday I was stopped at the light at Route 1 and Cherry Hill Rd when a white SUV hit me from behind. The other driver, [[PERSON:Kyung-soo Han]], gave me his insurance info (GEICO, policy 4419-87-221) and his phone [[PHONE_NUMBER:240-555-0156]]. My passenger [[PERSON:Beth Ann Carrow]] had neck pain and went to urgent care. My address for the claim is [[STREET_ADDRESS:11604 Quarry Ridge Ln, Beltsville, MD 20705]]. I'm [[PERSON:Darnell Whitfield-Rose]], DOB [[DATE_OF_BIRTH:10/21/1981]]."""),

("positive", "tax_preparer_email", "vietnamese+anglo",
"""To my tax preparer, can you make this clearer:
Hi [[PERSON:Linh]], here's what you asked for: my W-2s, the 1099-INT from the credit union, and the childcare receipts. Our daughter [[PERSON:Madison Tran]]'s SSN is [[US_SSN:267-31-8854]] (she was born [[DATE_OF_BIRTH:August 14, 2023]] so this is her first year as a dependent). Direct deposit to routing [[ABA_ROUTING_NUMBER:073963925]] account [[US_BANK_NUMBER:12004785531]] please.
Thanks, [[PERSON:Kevin Tran]]"""),

("positive", "church_fundraiser_list", "african_american+yoruba+igbo",
"""Church fish fry volunteer list — make it into a shift schedule:
Fri 4-6: Sister [[PERSON:Agnes Oyelowo]] (cashier), Bro. [[PERSON:Lamont Gaines]] (fryer), [[PERSON:Nia Gaines]] (drinks)
Fri 6-8: Deacon [[PERSON:Thomas Achebe]], Mrs. [[PERSON:Lucille Barnwell]], [[PERSON:Tiana Barnwell]]
Sat 11-2: Pastor [[PERSON:Ray]], Mother [[PERSON:Ernestine Pough]]
Text reminders to everyone from my phone [[PHONE_NUMBER:(404) 555-0130]]"""),

("positive", "wedding_vendor_payment", "anglo",
"""the florist wants the final payment by card over email, I'm not comfortable. draft a reply asking for a payment link instead. (for my records, the card would be [[CREDIT_CARD:6011 4983 9512 4167]], name [[PERSON:Allison Dreyfus]])"""),

("positive", "css_profile", "chinese",
"""CSS Profile asks for the noncustodial parent. My ex is [[PERSON:Qiu Haoran]], he lives at [[STREET_ADDRESS:88 Linden Blvd, Unit 5C, Brooklyn, NY 11226]], and our son [[PERSON:Ethan Qiu]] (DOB [[DATE_OF_BIRTH:2006-12-09]]) is applying to schools that require it. How do I ask for a waiver if he won't cooperate?"""),

("positive", "wedding_guest_rsvp_csv", "japanese+iraqi+mexican+maori",
"""RSVP export from the wedding site, who hasn't answered?
Name,Email,Party size,Response
[[PERSON:Hana Suzuki]],[[EMAIL_ADDRESS:hana.suzuki.0711@gmail.com]],2,Yes
[[PERSON:Tariq Al-Hashimi]],[[EMAIL_ADDRESS:tariq.alhashimi@outlook.com]],1,
[[PERSON:Esperanza Lozano]],[[EMAIL_ADDRESS:espe.lozano@yahoo.com]],4,Yes
[[PERSON:Rangi Parata]],[[EMAIL_ADDRESS:rangi.parata@xtra.example.nz]],2,"""),

("positive", "accident_police_report_ocr", "anglo+salvadoran",
"""police report OCR, what's the report number and who was cited?
MARYLAND MOTOR VEHICLE ACCIDENT REPORT   Report # MCP3918004V
Driver 1: [[PERSON:WHITFIELD-ROSE,  DARNELL]]  DL: [[US_DRIVER_LICENSE:W-143-672-918-204]]   DOB: [[DATE_OF_BIRTH:10 21 1981]]
Driver 2: [[PERSON:HAN,  KYUNG  SOO]]  DL: [[US_DRIVER_LICENSE:H-520-884-163-557]]
Witness: [[PERSON:AMAYA  CRUZ,  WALTER]]  Ph: [[PHONE_NUMBER:301 555 0189]]
Citation issued: Driver 2, TA 21-801.1 (failure to control speed)"""),

("positive", "wedding_officiant_license", "anglo",
"""Our officiant (Rev. [[PERSON:Jolene Armistead]]) needs to file the marriage license. Does the county need our SSNs on it? My fiancé [[PERSON:Paul Ferrante]] wrote his on the draft, [[US_SSN:143-62-5518]] — is that normal in Virginia?"""),

("positive", "gofundme_text", "tongan",
"""Edit this fundraiser page for our church's youth trip:
"Malo e lelei! Our youth group at the Tongan Methodist church is raising $6,000 to attend the national youth conference. Led by [[PERSON:Siaosi Havili]] and [[PERSON:Losana Taufa]]. Questions? Call [[PERSON:Siaosi]] at [[PHONE_NUMBER:650-555-0174]] or email [[EMAIL_ADDRESS:siaosi.havili.ymc@gmail.com]]. ʻOfa atu!\""""),

("positive", "college_aid_appeal", "nepali",
"""Help me write a financial aid appeal for my son [[PERSON:Aarav Shrestha]] (student ID 20481577). My husband [[PERSON:Rajendra Shrestha]] lost his job in March. We live at [[STREET_ADDRESS:2740 Cedar Hill Dr, Apt 9, Irving, TX 75061]]. Keep it respectful and short."""),

("positive", "wifi_and_venue_chat", "anglo",
"""User: for the wedding welcome sign, is it tacky to put the venue wifi on it?
Assistant: It's common — many couples include it.
User: ok make a cute sign: "Welcome to the wedding of [[PERSON:Rachel]] & [[PERSON:Idris]] — WiFi: WillowbrookBarn / [[PASSWORD:Hitched2025!]]\""""),

("positive", "tax_prep_chat_lowercase", "lao",
"""my tax guy asked for my brother's info since i claim him. [[PERSON:souksavanh vongphachanh]], ssn [[US_SSN:533-70-1846]], dob [[DATE_OF_BIRTH:3/3/1962]], he lives with me. do i qualify for head of household or just the credit for other dependents"""),

("positive", "accident_claim_adjuster_email", "anglo",
"""Reply to the adjuster for me, she wants my medical provider info:
[[PERSON:Beth]] — my passenger — saw Dr. [[PERSON:Nandini Rao]] at the urgent care on Powder Mill Rd. The adjuster is [[PERSON:Kristy Palumbo]], [[EMAIL_ADDRESS:kpalumbo@claims.example-insurance.com]]. Claim number 0584-22-1937."""),

# evasions
("evasion", "ssn_spelled", "anglo",
"""for the FAFSA chat helper I'll spell it: my son's social is [[US_SSN:five four two, one one, eight six zero three]]. his name is [[PERSON:Tyler Voskuil]]. tell me which box"""),

("evasion", "name_with_dots", "jamaican",
"""church treasurer is [[PERSON:M.a.r.c.i.a  B.r.o.w.n.-.L.e.v.y]], her email [[EMAIL_ADDRESS:marcia[.]brownlevy[@]gmail[.]com]] — write the thank-you note"""),

("evasion", "card_interleaved_text", "anglo",
"""the caterer's deposit — card [[CREDIT_CARD:4832 (lol) 0637 (don't) 1408 (read) 1365]] — exp 11/28, cardholder [[PERSON:Megan Lisowski]]. compose a message to the caterer confirming the deposit"""),

# hard negatives
("hard_negative", "fafsa_general", None,
"""What counts as the "contributor" on the 2025–26 FAFSA for a married couple filing jointly? And does the SAI replace the EFC completely? Explain in plain language for a parent."""),

("hard_negative", "wedding_budget", None,
"""Wedding budget check: venue $8,500, catering $62/person × 140, photographer $3,200, flowers $1,800, DJ $1,250. What's the total, and what percent goes to catering?"""),

("hard_negative", "kinship_speech", None,
"""Help me write a toast as the maid of honor: mention my sister, her new husband, his grandmother who flew in from abroad, and our late dad. No names — I'll add them when I practice it."""),

("hard_negative", "church_names_public", None,
"""For the fundraiser flyer: St. Joseph's Catholic Church, the Knights of Columbus council, and the Saint Vincent de Paul Society are co-hosting. Is "Lenten Fish Fry" capitalized? Also, the parish hall is on Church Street — do I need the full address on the flyer?"""),

("hard_negative", "tax_forms_numbers", None,
"""My preparer says to enter the amount from box 1 of the W-2 and box 12 code DD is just informational. Also the 1095-C: line 14 code 1E, line 15 $117.23. Do I need to file the 1095-C with my return?"""),

("hard_negative", "same_voice_accident_noname", None,
"""Help me write my statement to the insurance company: I was stopped at a red light when an SUV hit me from behind. No one was badly hurt; my passenger had some neck pain and went to urgent care the next day. The other driver admitted fault at the scene. I have photos and the police report number."""),

("hard_negative", "public_figure_quote", None,
"""Looking for a quote for our wedding program — something from Maya Angelou or Rumi about love. Give me three options under 25 words each with the source."""),

("hard_negative", "itin_shaped_ids", None,
"""My son's college sent a student ID 900-12-3456 and a financial-aid PIN request. The ID starts with 9 so my tax preparer thought it was an ITIN. It's just the school's number, right? Their IDs all start with 900."""),

("hard_negative", "car_specs", None,
"""The body shop estimate says: 2019 Honda CR-V EX, VIN on file, rear bumper cover (part 71501-TLA-A50ZZ), labor 6.2 hrs at $68, paint 3.1 hrs. Insurance says they'll only pay aftermarket. Is that allowed in Maryland?"""),
]
