"""Voice t05: CBP agriculture specialists' seizure notes, TSA canine handler records, Federal Air Marshal mission scheduling.
Shapes: seizure notes, kennel logs, TOML, schedule grids, receipts."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "ag_seizure_note", "samoan", """
Rewrite as a formal Emergency Action Notification summary:
Pax [[PERSON:Faleolo Leiataua Tuimavave]] arriving from Apia declared "no food" but bag held 3 kg of uncooked pork (pua'a) and taro. DOB [[DATE_OF_BIRTH:1966-09-03]]. US address [[STREET_ADDRESS:9412 Pioneer Blvd, Santa Fe Springs, CA 90670]]. Civil penalty $300 issued; receipt to [[EMAIL_ADDRESS:f.tuimavave@example.ws]].
""")
R("positive", "ag_note_tongan", "tongan", """
Short summary please: Pax [[PERSON:Sione Vaipulu Havili]] ([[PHONE_NUMBER:801-555-0151]]) brought kava root and fresh 'ufi yams. Yams seized, kava released after inspection.
""")
R("positive", "ag_mango_vietnamese", "vietnamese", """
Explain to the traveler in Vietnamese why her mangoes were seized. Her name is [[PERSON:Nguyễn Thị Bích Ngọc]]; the penalty notice was mailed to [[STREET_ADDRESS:1516 Tully Rd, Apt 9, San Jose, CA 95122]].
""")
R("positive", "ag_armenian_cheese", "armenian", """
Passenger [[PERSON:Anahit Grigoryan-Mkrtchyan]], passport [[US_PASSPORT:592071839]], had 4 kg lori cheese and dried apricots from Yerevan. Cheese allowed? Draft the note.
""")
R("positive", "canine_kennel_log", "irish", """
Convert this kennel log to a table:
Handler [[PERSON:Siobhán Ní Chonchubhair]] / K9 "Bruno" (German shepherd) - 0600 exercise, 0715 PSC training aids, 0930 checkpoint B.
Handler [[PERSON:Declan Fitzmaurice]] / K9 "Tessa" (Vizsla) - 0600 vet check, 0800 cargo screening.
Backup handler cell: [[PHONE_NUMBER:571-555-0179]]
""")
R("positive", "canine_vet_invoice", "anglo", """
Is this vet invoice charged correctly?
Blue Ridge Veterinary Clinic - Invoice 88213
Client: [[PERSON:Dale Ferebee]], [[STREET_ADDRESS:14 Kennel Club Rd, Lackland AFB, TX 78236]]
Patient: "Rex" (canine, 6y) - dental cleaning $410, x-ray $180
Paid by card [[CREDIT_CARD:4783 1281 6342 4439]]
""")
R("positive", "canine_handler_cert", "jamaican", """
Draft a certificate line: "This certifies that [[PERSON:Delroy Ainsworth McKenzie]] and K9 'Zara' completed the Passenger Screening Canine course." And an email to him at [[EMAIL_ADDRESS:delroy.mckenzie@example.com]].
""")
R("positive", "fams_schedule_grid", "polish", """
Reformat this mission grid for the team lead:
Mon  IAD-LHR  [[PERSON:Wojciech Przybylski]] / [[PERSON:Kasia Brzezińska]]
Tue  LHR-IAD  same team
Wed  DCA-ORD  [[PERSON:Stanisław Nowicki]]
Return call-ins: [[PHONE_NUMBER:703-555-0133]]
""")
R("positive", "fams_personal_ktn", "greek", """
My colleague [[PERSON:Eleni Papadakis]] wants to know if her KTN [[KNOWN_TRAVELER_NUMBER:989212471]] should be on her personal leisure bookings when she's not on mission. Draft a quick answer.
""")
R("positive", "fams_ssi_schedule", "none", """
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
FAMS mission coverage, week 49: international long-haul coverage target adjusted. Please condense the two paragraphs below.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action.]]
""")
R("positive", "canine_ssi_short", "none", """
[[CUI_MARKING:SSI]] K9 deployment pattern for Terminal C changes on Monday. Can you help me make a shift rotation?
""")
R("positive", "ag_toml_config", "none", """
Why won't this TOML load?
[pest_db]
host = "aqi-pests.example.internal"
user = "ag_reader"
password = "[[PASSWORD:B%dv8ogQ*qV#zP]]"
[cloud]
aws_access_key_id = "[[CLOUD_ACCESS_KEY:AKIAXRIVYF60VLZIO6UR]]"
aws_secret_access_key = "[[CLOUD_SECRET_KEY:vcQnyBlRspqOazwBHPzHxsGwVXvGcB1HQkuspVlB]]"
""")
R("positive", "fams_hmong_family", "hmong", """
Personal: my sister-in-law [[PERSON:Pa Der Moua]] is flying with her baby; DOB of the infant [[PERSON:Txiab Vang]] is [[DATE_OF_BIRTH:2025-09-14]]. Does a lap infant need an ID for TSA?
""")
R("positive", "fouo_canine_sop", "none", """
[[CUI_MARKING:FOUO]] Canine team rest cycle: 45 minutes on, 15 off. Rewrite as a poster.
""")
R("positive", "ag_lebanese_letter", "lebanese", """
ترجم للإنجليزية: أنا [[PERSON:ريتا خوري]]، تمت مصادرة زيت الزيتون والزعتر مني في مطار ديترويت. عنواني [[STREET_ADDRESS:22310 Michigan Ave, Dearborn, MI 48124]] ورقم هاتفي [[PHONE_NUMBER:313-555-0147]].
""")
R("evasion", "card_words", "anglo", """
The handler read her card over the phone as [[CREDIT_CARD:five three zero one, six seven two two, eight four eight nine, two four four six]] for the kennel fee — cardholder [[PERSON:Tammy Lou Brisbois]]. Write a receipt.
""")
R("evasion", "aws_key_split", "none", """
config line broke in two when I pasted:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIA513DW28Y
9K06WD7L]]
is the newline the problem?
""")
R("evasion", "ssi_spaced", "none", """
[[CUI_MARKING:S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N]]
canine screening lanes reassigned. summarize.
""")
# hard negatives
R("hard_negative", "pest_names", "none", """
Make flashcards: Mediterranean fruit fly (Ceratitis capitata), Khapra beetle (Trogoderma granarium), Spotted lanternfly, Asian longhorned beetle, Giant African snail.
""")
R("hard_negative", "dog_names", "none", """
Suggest names for our new puppy class, in the style of our past dogs: Max, Bella, Rocky, Duke, Daisy, Oakley, Remy, Sadie. The dogs are the only names needed.
""")
R("hard_negative", "seizure_stats", "none", """
Chart these: FY26 Q1 pests intercepted 18,402; quarantine materials seized 412,880 kg; EANs issued 9,104. Compare to FY25 Q1: 17,990 / 398,100 / 8,870.
""")
R("hard_negative", "ssi_discussion", "none", """
For a new-hire FAQ: What kinds of information does TSA treat as Sensitive Security Information, in general terms, and why should it never go into a commercial chatbot? Don't quote the warning text.
""")
R("hard_negative", "award_names", "none", """
Write a nomination blurb for the Gordon Paul Award for canine excellence and the Secretary's Award for Valor (team nominations only, no individual names yet).
""")
R("hard_negative", "aircraft_registrations", "none", """
Sort these aircraft tail numbers by operator: N12116, N778UA, N201AA, N905DL, G-XLEA, C-FIVQ.
""")
R("hard_negative", "aws_docs_example", "none", """
The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the example key pair. Are those safe to use in our training slides?
""")
R("hard_negative", "receipt_no_pii", "none", """
Reimbursement question: Petco receipt #4471-2209-118, 2 x dog treats $12.99, 1 x collar $24.50, paid cash. Is pet supply for a government canine reimbursable?
""")
R("hard_negative", "country_of_origin_produce", "none", """
Which of these are admissible per the FAVIR database, generally: avocados from Mexico, mangoes from India, lychee from China, citrus from Japan, apples from New Zealand? I will confirm in ACIR.
""")
R("hard_negative", "usda_hotline", "none", """
Make a sign: "Questions about agricultural items? Call the USDA APHIS Plant Health customer service line listed on aphis.usda.gov or ask a CBP agriculture specialist."
""")
R("hard_negative", "flight_schedule_no_names", "none", """
Convert to 24h clock: BA 216 departs 6:40 PM, arrives 7:20 AM; VS 22 departs 9:30 PM. Add day offsets.
""")
R("hard_negative", "classified_word_prose", "none", """
My kid's school project: "How dogs are classified by breed groups" — sporting, hound, working, terrier, toy, non-sporting, herding. Make it fun for 4th graders.
""")
R("hard_negative", "breed_registry_ids", "none", """
AKC registration numbers for the breeding stock: DN66213801, SR98456702, DL77213305. Are these the new format?
""")
R("hard_negative", "nsn_numbers", "none", """
Order form: NSN 6530-01-520-3380 (canine first aid kit), NSN 8465-01-524-7226 (harness). Quantity 4 each. Format as a table.
""")

R("positive", "fams_ssi_team_names", "japanese", """
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Team 12 rotation: [[PERSON:Kenji Harada]], [[PERSON:Emiko Tanabe-Lowe]] and [[PERSON:Ryo Fujisawa]] move to the Pacific routes in January. Please draft the notification email.
""")
