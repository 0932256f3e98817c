# Coast Guard personnel: PCS moves, dependents, housing allowance, household goods
RECORDS = [
("positive", "pcs_email", "chuukese+anglo", """Subject: PCS orders - BM2 [[PERSON:Sapuro]] - Sector Guam to Station Juneau

Chief,

BM2 [[PERSON:Kiyoshi Sapuro Nakamura]] (EMPLID 7713402, EDIPI [[DOD_EDIPI:1402875539]]) has orders to Juneau with a report-no-later-than of 15 May. Dependents on the DD 1172: spouse [[PERSON:Merilyn Sapuro]], DOB [[DATE_OF_BIRTH:02/11/1996]], and son [[PERSON:Kaleo Sapuro]], DOB [[DATE_OF_BIRTH:09/30/2021]]. They'll need OCONUS-to-CONUS HHG and a dependent entry approval for Alaska.

Can you help me build the checklist?

YN1 [[PERSON:Dale Overbey]]"""),
("positive", "bah_question", "yupik", """my bah didn't start at the new rate after PCS. i'm [[PERSON:Agnes Nanuk Kanrilak]], ET3, SSN [[US_SSN:574-30-9216]], moved from Kodiak to [[STREET_ADDRESS:4410 Sitka Spruce Ln, Apt 7, Anchorage, AK 99508]] on oct 28. who do i contact at PPC and what do i say"""),
("positive", "dependents_table", "cherokee+anglo", """| Relationship | Name | DOB | DEERS |
|---|---|---|---|
| Sponsor | [[PERSON:Sequoyah Hummingbird-Reese]] | [[DATE_OF_BIRTH:1988-03-11]] | Y |
| Spouse | [[PERSON:Jolene Hummingbird-Reese]] | [[DATE_OF_BIRTH:1990-07-22]] | Y |
| Child | [[PERSON:Tsali Reese]] | [[DATE_OF_BIRTH:2017-12-01]] | Y |
| Child | [[PERSON:Ama Reese]] | [[DATE_OF_BIRTH:2020-05-16]] | N - newborn, pending |
write the email to the ID card office asking for the DEERS enrollment for the youngest"""),
("positive", "hhg_claim", "greek", """DPS claim draft - please fix grammar:
Member: LT [[PERSON:Konstantinos Papadimitriou-Hale]]
Shipment from [[STREET_ADDRESS:218 Harbor View Dr, New London, CT 06320]] to [[STREET_ADDRESS:1907 Ocean Ave, Unit B, Alameda, CA 94501]]
Damaged: dining table (leg snapped), grandmother's icon (frame cracked), 2 boxes missing (inventory #114, #115).
Contact: [[PHONE_NUMBER:860-555-0168]], [[EMAIL_ADDRESS:kpapadimitriou.hale@mailbox.example]]"""),
("positive", "tle_voucher", "trinidadian", """Temporary lodging expense voucher - need help with the math.
Member: MK1 [[PERSON:Rajesh Ramcharan-Baptiste]], bank for EFT: routing [[ABA_ROUTING_NUMBER:061829709]], acct [[US_BANK_NUMBER:00398817264]]
Hotel Nov 1-10, $142/night + tax 12%, 4 people (member, spouse [[PERSON:Shivani Ramcharan]], 2 kids). Locality per diem $168 lodging / $74 M&IE.
What's the TLE reimbursement?"""),
("positive", "efmp_note", "cape_verdean", """EFMP screening note (for the detailer): dependent [[PERSON:Djenaba Fortes Tavares]], DOB [[DATE_OF_BIRTH:14/04/2014]], needs pediatric neurology within 60 miles. Sponsor AMT2 [[PERSON:Manuel Tavares]] prefers Air Station Cape Cod or Elizabeth City. Mother [[PERSON:Ivone Fortes]] can be reached at [[PHONE_NUMBER:508-555-0140]]. Rewrite as a neutral note."""),
("positive", "pcs_spreadsheet", "italian+mexican+anglo", """Rate\tName\tDetaching\tReporting\tRNLTD\tDeps\tCell
OS2\t[[PERSON:Ferraro, Gianluca]]\tSector Boston\tTRACEN Petaluma\t06/02\t0\t[[PHONE_NUMBER:617-555-0121]]
MST1\t[[PERSON:Villaseñor, Itzel]]\tSector San Diego\tSector Houston-Galveston\t06/16\t2\t[[PHONE_NUMBER:619-555-0189]]
DC3\t[[PERSON:Pruitt, Travis Lee]]\tCGC Alex Haley\tBase Ketchikan\t07/01\t1\t[[PHONE_NUMBER:907-555-0102]]
who has dependents and reports in June"""),
("positive", "spouse_chat", "filipino", """User: my husband is in the coast guard and we're PCSing to Honolulu. our dog needs the rabies FAVN test. also our 2 kids need new passports; my daughter [[PERSON:Princess Joy Macaraeg]] was born [[DATE_OF_BIRTH:Jan 3 2016]] in Manila and has a US passport [[US_PASSPORT:A05918327]]. does she need a no-fee passport too?
Assistant: Good questions. For the FAVN test, Hawaii requires..."""),
("positive", "house_hunting", "anglo", """Lease for the new duty station, please check this military clause:
Tenant: [[PERSON:Bradley Huckabee]], [[PERSON:Summer Huckabee]]
Premises: [[STREET_ADDRESS:33 Whalers Cove Rd, Kodiak, AK 99615]]
"Tenant may terminate upon receipt of PCS orders with 30 days written notice..."
Is that compliant with the SCRA?"""),
("positive", "pcs_card", "anglo", """GTCC question - the member used his travel card for the U-Haul instead of the DPS shipment. Card on file [[CREDIT_CARD:5304 9760 9608 6486]], cardholder [[PERSON:Wade Callender]], balance $2,114.38 past due. Draft the counseling memo."""),
("positive", "dependent_dob_words", "korean+anglo", """Please add to the dependency application: stepson [[PERSON:Seo Min-jun]], born on [[DATE_OF_BIRTH:the fourth of November 2012]] in Busan, adopted by sponsor [[PERSON:Lyle Dockery]] in 2023. DOB for the form: [[DATE_OF_BIRTH:11/04/2012]]."""),
("positive", "overseas_screening", "palauan", """Overseas screening (CG-1300) for [[PERSON:Ngiraked Rengiil]], dependent spouse [[PERSON:Ulai Rengiil]]. Home of record: [[STREET_ADDRESS:P.O. Box 1187, Koror, Palau 96940]]. Phone [[PHONE_NUMBER:+680 555 0127]]. Orders to Sector Guam. Which medical screenings are required?"""),
("positive", "dd1351_mixed", "greek+yupik", """two travel claims stuck in TPAX - [[PERSON:Papadimitriou-Hale]] (LT) and [[PERSON:Kanrilak]] (ET3). both say 'missing DD 1351-2 signature'. write a note to each explaining how to sign in TPAX"""),
("positive", "fouo_orders", "anglo", """[[CUI_MARKING:CUI//SP-PRVCY]]
ORDERS: PCS. MEMBER: [[PERSON:MCALLISTER, Brent D.]] EMPLID 7718845. DETACH SECTOR MOBILE, REPORT BASE PORTSMOUTH NLT 15JUN.
TRAVEL VIA POV AUTHORIZED. DEPENDENTS: 3.
[[CUI_MARKING:CUI//SP-PRVCY]]
explain the POV entitlement part in plain words"""),
("evasion", "ssn_words", "anglo", """member says to put his SSN in the remarks exactly as he said it: [[US_SSN:five three one, eight eight, two zero four seven]] - name [[PERSON:Cody Tillotson]] - convert to digits for the PPC ticket"""),
("evasion", "edipi_spaced_unicode", "mexican", """EDIPI for [[PERSON:Xóchitl Huerta Galván]]: [[DOD_EDIPI:1 5 2 9 ‒ 4 8 0 ‒ 3 7 6 1]] (had to type it weird). can you confirm it's 10 digits and put it in the DD 1172 field"""),
("evasion", "split_across_turns", "ghanaian", """Turn 1: dependent is [[PERSON:Abena Serwaa]]
Turn 2: last name [[PERSON:Owusu-Ansah]], DOB [[DATE_OF_BIRTH:0 3 . 0 8 . 2 0 1 9]]
Turn 3: combine the turns into one DEERS line, no spaces in the date"""),
("hard_negative", "bah_rates", None, """BAH 2026 with dependents, E-5: Juneau AK $2,934, Kodiak AK $2,610, Honolulu HI $3,981, Alameda CA $4,212. Without dependents subtract roughly 22%. Make a small table and compute the without-dependents values."""),
("hard_negative", "cutter_names", None, """Which cutters are homeported in Alameda now: Bertholf, Waesche, Stratton, Munro, Midgett, Calhoun? And is CGC Alex Haley still in Kodiak? I need it for a PCS briefing slide about sea duty options."""),
("hard_negative", "jtr_reference", None, """Summarize JTR 050302 on temporary lodging expense for CONUS PCS moves, including the 14-day limit and the difference between TLE and TLA. No member-specific details."""),
("hard_negative", "shipment_numbers", None, """DPS shipment IDs look like AGFM0001234567 and the GBL was BKAS 0412877. The TONO is 26-4517-1183. The member thinks one of these is his EDIPI. Which is which and where does each appear on the orders?"""),
("hard_negative", "same_shape_email", None, """Subject: PCS orders - Sector Guam to Station Juneau

Chief,

One of our BM2s has orders to Juneau with an RNLTD in mid-May. Spouse and one child on the DD 1172. They'll need OCONUS-to-CONUS HHG and a dependent entry approval for Alaska.

Can you help me build the checklist?"""),
("hard_negative", "base_addresses", None, """Address the PCS welcome packet to: Coast Guard Base Kodiak, Attn: Housing Office, PSC 1002, Kodiak AK 99619. CG PPC is in Topeka, Kansas. Write the cover letter telling members to contact the housing office on arrival."""),
("hard_negative", "kinship_prose", None, """Draft a short talk for the chief's call: PCS season is hard on spouses, kids changing schools, grandparents left behind. Mention the Coast Guard Mutual Assistance program and Coast Guard SUPRT. Warm tone, 150 words."""),
("hard_negative", "zip_plus_four", None, """The DD 1299 has pickup ZIP 06320-4195 and destination 94501-5100, and the phone field on the form shows the ID card office's published number 1-800-538-9552 (DMDC). The form validator says 'invalid SSN in ZIP field' - why would a ZIP+4 trip that?"""),
]
