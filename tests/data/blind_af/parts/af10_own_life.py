"""Voice 10: the employee's own life: refinancing, a child's IEP meeting, volunteer firefighting, moving a parent
to assisted living, a neighbour dispute."""
RECORDS = [
("positive", "refi_email", "anglo+filipino", """Hi [[PERSON:Trent]],

Here's what you asked for to lock the refi. Sorry it's all in one e-mail, I'm on lunch at work.

Borrower: [[PERSON:Kevin Aldous Whitcombe]], SSN [[US_SSN:219-83-4406]], DOB [[DATE_OF_BIRTH:02/27/1984]]
Co-borrower: [[PERSON:Ma. Luisa Whitcombe]] (née [[PERSON:Sumulong-Evangelista]]), SSN [[US_SSN:603-19-2275]]
Property: [[STREET_ADDRESS:9014 Quarry Ridge Ct, Laurel, MD 20723]]
Escrow refund should go to checking [[US_BANK_NUMBER:4410 2938 5516]], routing [[ABA_ROUTING_NUMBER:055003308]]

Can we still close before the 15th?
[[PERSON:Kevin]]
[[PHONE_NUMBER:240-555-0192]]"""),

("positive", "lender_portal_password", "anglo", """text to my wife, pasting so you can tell me if it's weird: "login for the Meridian Home Lending portal is kw_qr2024 and the password is [[PASSWORD:Quarry!Ridge9014]] — upload the two paystubs in the Documents tab, I'm in meetings all day\""""),

("positive", "iep_prep", "ojibwe", """User: Help me prepare for my son's IEP meeting Thursday. He's [[PERSON:Makwa Thunderbird-Lussier]], 2nd grade at Lincoln Elementary, born [[DATE_OF_BIRTH:September 12, 2018]]. His case manager is [[PERSON:Ms. Vandenberg]] and the speech therapist is [[PERSON:Mr. Okoro]]. I want to ask about more speech minutes, a quiet space for tests, and whether the Ojibwe language class counts against his pull-out time. Give me a list of questions and what to bring.""".replace("[[PERSON:Ms. Vandenberg]]", "Ms. [[PERSON:Vandenberg]]").replace("[[PERSON:Mr. Okoro]]", "Mr. [[PERSON:Okoro]]")),

("positive", "iep_email", "ojibwe+anglo", """From: [[PERSON:Heidi Vandenberg]] <[[EMAIL_ADDRESS:hvandenberg@isd-example.k12.mn.us]]>
To: [[PERSON:Odessa Thunderbird]]
Subject: IEP annual review — [[PERSON:Makwa]]

Hi [[PERSON:Odessa]], confirming Thursday at 3:15 in the conference room. Attending: me, [[PERSON:Chidi Okoro]] (SLP), [[PERSON:Barb Lindahl]] (2nd grade), and [[PERSON:Mr. Fairbanks]] from the district. Please bring any outside evaluations. [[PERSON:Makwa]]'s DOB on the draft says [[DATE_OF_BIRTH:09/21/2018]] — I think that's a typo, can you confirm?""".replace("[[PERSON:Mr. Fairbanks]]", "Mr. [[PERSON:Fairbanks]]")),

("positive", "fire_roster_csv", "irish+italian", """member,position,cell,emt,driver_cert
[[PERSON:Declan Ruane]],Lieutenant,[[PHONE_NUMBER:410-555-0131]],Y,Engine
[[PERSON:Siobhán Ruane-McGrath]],Firefighter,[[PHONE_NUMBER:410-555-0153]],Y,
[[PERSON:Salvatore "Sal" Iacobucci]],Chief,[[PHONE_NUMBER:410-555-0184]],N,All
[[PERSON:Gianna Iacobucci]],Junior,[[PHONE_NUMBER:410-555-0197]],N,
(Glen Arm VFC roster — make me a phone tree for the Sunday training)"""),

("positive", "nfirs_narrative", "anglo", """Narrative for NFIRS (I'm the officer this month, help me clean it up): E12 dispatched 0214 for smoke in residence, [[STREET_ADDRESS:3 Kettle Hill Ln, Glen Arm, MD 21057]]. Occupant [[PERSON:Harold Voss]], DOB [[DATE_OF_BIRTH:6/3/1938]], self-evacuated, c/o SOB, transported by Medic 4. Cause: pan on stovetop. Minor smoke damage to kitchen. Daughter [[PERSON:Lynn Voss-Hardy]] notified at [[PHONE_NUMBER:443-555-0163]]."""),

("positive", "assisted_living_intake", "italian", """Assisted living intake form (Brightwater Commons), section 1 — I'm filling it in for my mom:
Resident: [[PERSON:Concetta Marie Iacobucci]]
Date of birth: [[DATE_OF_BIRTH:11/08/1941]]
SSN: [[US_SSN:148-22-6039]]
Current address: [[STREET_ADDRESS:77 Pleasant St, Apt 3, Revere, MA 02151]]
Power of attorney: [[PERSON:Salvatore Iacobucci]] (son), [[PHONE_NUMBER:410-555-0184]]
Secondary contact: [[PERSON:Rosemarie Iacobucci DiNapoli]] (daughter)
Is "responsible party" the same thing as POA on these forms?"""),

("positive", "neighbour_letter", "persian+anglo", """User: Help me write a calm letter to my neighbour about his fence. He's [[PERSON:Khosrow Ebtehaj]] at [[STREET_ADDRESS:9016 Quarry Ridge Ct, Laurel, MD 20723]]. The new fence is about 18 inches onto our side per the survey we paid for. We've talked twice. I don't want to involve the HOA yet but will if needed.
Assistant: Dear [[PERSON:Mr. Ebtehaj]],

I hope you're well. I wanted to follow up in writing on our conversations about the new fence between our properties…""".replace("[[PERSON:Mr. Ebtehaj]]", "Mr. [[PERSON:Ebtehaj]]")),

("positive", "sibling_texts", "cape_verdean", """group text w/ my brothers, need help figuring out who does what:
[[PERSON:nelson]]: papa's appt with the geriatric dr is tues 10am
me: i can take him. [[PERSON:djalma]] can u do the pharmacy
[[PERSON:djalma]]: ya. what's his medicare thing again
[[PERSON:nelson]]: it's on his card. also the facility wants his ssn, it's [[US_SSN:022-40-7731]], and dob [[DATE_OF_BIRTH:3/19/1944]]
me: ok don't text that again lol
(dad is [[PERSON:Joaquim Fortes Tavares]])"""),

("positive", "deposit_card", "italian", """Brightwater wants the $3,500 community fee by card over the phone. Can you write me a short script so I don't forget anything? Card is [[CREDIT_CARD:4422 9617 0792 5884]], exp 11/29, billing zip 21057, name [[PERSON:Salvatore Iacobucci]]."""),

("positive", "voicemail_admissions", "anglo", """Voicemail transcript: "Hi, this is [[PERSON:Courtney]] from admissions at Brightwater Commons, calling for [[PERSON:Sal Iacobucci]] about [[PERSON:Concetta]]'s move-in. We have the second-floor suite available the 9th. Please call me back at [[PHONE_NUMBER:781-555-0114]], extension 2. Thanks!\""""),

("positive", "form_1098_itin", "haitian", """Our 1098 from the old lender lists the borrower TIN as my husband's ITIN [[US_ITIN:912-83-5127]] even though he has had an SSN since 2021 ([[US_SSN:239-51-6684]]). His name is [[PERSON:Jean-Wesly Bellegarde]]. Do I need a corrected 1098 before we file, or can we just enter the SSN?"""),

("positive", "gift_letter", "tibetan", """Gift letter draft for the lender:
We, [[PERSON:Dechen Wangmo]] and [[PERSON:Lobsang Gyatso]], of [[STREET_ADDRESS:41-22 63rd St, Apt 4C, Woodside, NY 11377]], are giving $20,000 to our daughter [[PERSON:Pema Yangzom]] toward the refinance of her home. This is a gift and not a loan. Funds were transferred from our account [[US_BANK_NUMBER:000723418865]] on 11/18.
Does this wording meet the usual Fannie Mae requirements?"""),

("positive", "fender_bender", "hmong+anglo", """Neighbour backed into my car in the cul-de-sac. Info we swapped: [[PERSON:Kou Yang Her]], Virginia license [[US_DRIVER_LICENSE:T61027755]], phone [[PHONE_NUMBER:703-555-0125]], insurance with Erie. Help me write the claim description, 4 sentences, no blame language."""),

("evasion", "spaced_ssn_sister", "anglo", """to my sister, weird spacing so the work laptop doesn't flag it: mom's s-s-n is [[US_SSN:2 4 1 . 3 8 . 9 0 6 7]] and her name on the card is [[PERSON:Patricia Ann Holloway]]"""),

("evasion", "split_card", "anglo", """card for the fire company fundraiser, I'm splitting it so it doesn't get caught: first half [[CREDIT_CARD:4212 2544
second half 1019 9524]] — [[PERSON:Deb Kessinger]]"""),

("hard_negative", "rate_compare", None, """Refi quotes: Lender A 6.125% / 0.5 pts / APR 6.287%, Lender B 5.990% / 1.25 pts / APR 6.301%, Lender C 6.250% no points / APR 6.312%. Loan amount $312,400, 30-yr fixed. Break-even on the points if I stay 7 years?"""),

("hard_negative", "iep_acronyms", None, """Decoder for the IEP meeting: FAPE = free appropriate public education; LRE = least restrictive environment; PLAAFP = present levels; ESY = extended school year; a 504 plan comes from Section 504 of the Rehabilitation Act, not IDEA. What's the difference between an accommodation and a modification?"""),

("hard_negative", "fire_apparatus", None, """Apparatus roster for the open house: Engine 12 (2019 Pierce Enforcer), Tanker 12 (3,000 gal), Brush 12, Medic 4 (county). Demo: Hurst eDRAULIC tools on a junk car at 2 pm. Station address for the flyer is the firehouse on Glen Arm Rd. Make a kid-friendly schedule."""),

("hard_negative", "facility_names", None, """Places I've toured for mom: Brookdale Towson, Sunrise of Severna Park, Atria Annapolis, The Kensington, and St. Agnes Senior Living. Compare them on price band, memory care and distance — I'll fill in the numbers, just give me the table."""),

("hard_negative", "fence_code", None, """County code § 59-6.4.3 says fences in the side yard can be up to 6.5 ft; the HOA covenants (Article VII, Section 3(c)) cap them at 4 ft and require architectural review. Which one wins? Lot 14 vs Lot 15 on the plat, boundary pin found at the NE corner."""),

("hard_negative", "kinship_words", None, """My mom, my dad and my mother-in-law all need help at the same time, and my brother lives out of state. Grandma keeps asking when she's going home. How do other people split caregiving between siblings without resentment? Give me a few practical ideas."""),

("hard_negative", "reading_scores", None, """His reading scores: fall DIBELS ORF 38 wcpm (benchmark 52), winter 47 (benchmark 72); Lexile 310L. Speech goals met 2 of 4. Is that progress "meaningful" the way the IEP team means it?"""),

("hard_negative", "same_shape_texts", None, """group text w/ my brothers:
me: who's taking papa to the dentist next week
brother 1: not me, I'm on nights
brother 2: I can do wed if it's after 3
me: ok, I'll call and move it
(help me make a shared calendar so we stop doing this by text)"""),

("hard_negative", "hipaa_notice", None, """From the fire company's EMS policy: "Patient care reports are confidential and may not be shared outside the agency except as permitted by HIPAA." I'm the new secretary — does that cover the run log we post in the station (date, incident type, unit, no names)?"""),

("hard_negative", "same_shape_refi", None, """Hi, here's what I still need from the lender side to lock: appraisal report, title commitment, and the updated payoff letter. I've uploaded the two paystubs and the W-2s already. Can we still close before the 15th? Thanks."""),
]
