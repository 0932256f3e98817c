# Voice 4: FEMA National Flood Insurance Program - claims and adjusters.
RECORDS = [
("positive", "adjuster_report", "cajun",
"""Preliminary report, NFIP claim - please rewrite in plain language for the policyholder letter:
Insured: [[PERSON:Thibodeaux, Rémy Joseph]] and [[PERSON:Thibodeaux, Claudette A.]]
Risk address: [[STREET_ADDRESS:118 Bayou Lafourche Rd, Raceland, LA 70394]]
Date of loss 09/11/2026. Water line 31" interior, slab on grade. Building damage est. $74,210 RCV; contents $18,930.
Adjuster: [[PERSON:Wendell Guidry]], FCN 26-0418, cell [[PHONE_NUMBER:985-555-0197]]"""),

("positive", "direct_deposit_claim", "puerto_rican",
"""Policyholder wants the claim payment by direct deposit instead of a two-party check. Form says:
Name on account: [[PERSON:Yadira Santiago Colón]]
Routing: [[ABA_ROUTING_NUMBER:224376484]]
Account: [[US_BANK_NUMBER:0398817265]]
Mortgagee is still on the policy though - can we do this? Explain the rule in 3 sentences."""),

("positive", "proof_of_loss_ocr", "jamaican",
"""OCR'd Proof of Loss, blocks 1-4 came out garbled, can you reconstruct them:
lnsured :  [[PERSON:Desmond  Aloysius  Whyte-Campbell]]
Propert y  Address :  [[STREET_ADDRESS:2907 NW 183rd  Terr ,  Miami  Gardens ,  FL  33056]]
Ph one :  [[PHONE_NUMBER:(305)  555-0168]]
Amount  Cla imed :  $ 42 , 118 . 60"""),

("positive", "appeal_email", "greek",
"""Dear Mr. [[PERSON:Papadimitriou]],
Thank you for your appeal dated November 18 regarding the denial of your basement finished-floor items. Under the Standard Flood Insurance Policy, ...
-- finish this letter for me, the appeal is from [[PERSON:Konstantinos Papadimitriou]] at [[STREET_ADDRESS:61 Seawall Blvd, Unit 2, Galveston, TX 77550]], email [[EMAIL_ADDRESS:kpapadim.galveston@yahoo.com]]. Basement contents are excluded but the furnace and water heater are covered."""),

("positive", "icc_claim_chat", "lumbee",
"""User: homeowner [[PERSON:Arlinda Locklear Oxendine]] in Pembroke, NC wants Increased Cost of Compliance for elevating. Substantial damage letter from Robeson County came in. Her SSN on the ICC form is [[US_SSN:218-35-3648]] - do we even need that?
Assistant: The ICC claim form may request an SSN for payment reporting; verify with the WYO carrier's form before storing it.
User: ok draft the checklist for her, she's 71 and doesn't use email, phone is [[PHONE_NUMBER:910-555-0145]]"""),

("positive", "adjuster_roster_pipe", "cajun+igbo+vietnamese",
"""IA roster for the Fort Myers deployment (pipe delimited, from the vendor):
FCN|Name|Cell|Email|Cert
26-0611|[[PERSON:Broussard, Neville]]|[[PHONE_NUMBER:337-555-0118]]|[[EMAIL_ADDRESS:nbroussard.adj@gulfclaimsgrp.com]]|NFIP/Large Loss
26-0614|[[PERSON:Okafor, Chidinma]]|[[PHONE_NUMBER:832-555-0119]]|[[EMAIL_ADDRESS:c.okafor@gulfclaimsgrp.com]]|NFIP
26-0619|[[PERSON:Trương, Bảo Ngọc]]|[[PHONE_NUMBER:281-555-0164]]|[[EMAIL_ADDRESS:bngoc.truong@gulfclaimsgrp.com]]|NFIP/Commercial
who is certified for commercial? write the assignment email"""),

("positive", "mortgage_company_letter", "polish",
"""Draft a letter to the mortgage servicer: claim check #2 for insured [[PERSON:Zbigniew Ciesielski]] and [[PERSON:Halina Ciesielska]] needs endorsement; loan number is on the servicer's letter. Property [[STREET_ADDRESS:44 Harbor View Dr, Toms River, NJ 08753]]. Their phone [[PHONE_NUMBER:732-555-0172]]."""),

("positive", "contents_inventory_csv", "trinidadian",
"""contents list from the insured, convert to the NFIP contents worksheet columns:
owner,item,qty,age_yrs,replacement
[[PERSON:Kamla Ramnarine-Baptiste]],sectional sofa,1,4,1899
[[PERSON:Kamla Ramnarine-Baptiste]],deep freezer,1,7,649
[[PERSON:Devendra Baptiste]],dress shoes,6,2,540
[[PERSON:Devendra Baptiste]],steel pan (tenor),1,12,1200"""),

("positive", "underwriting_dob", "korean",
"""The WYO carrier says the policy was issued to the wrong person: [[PERSON:Kim Hye-sook]] (DOB [[DATE_OF_BIRTH:1964.03.08]]) is the owner but the declarations page has her son [[PERSON:Kim Tae-yoon]]. Write the correction request."""),

("positive", "adjuster_portal_jwt", None,
"""Claims portal API returning 401. Request I'm sending:
GET /api/v2/claims/26FL00418877/photos
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZGotMjYtMDYxNCIsInJvbGUiOiJhZGp1c3RlciIsImV4cCI6MTc5NjQ4MDAwMH0.9T0JWcyrr8geny0vobgN5YqtzfB4l4Ma_CS1Nb_mE9R]]
is the token expired or is the role wrong?"""),

("positive", "fraud_referral_les", "anglo",
"""[[CUI_MARKING:(U//LES)]] Referral to OIG: contractor [[PERSON:Travis Kimbrough Yates]] submitted photos for three separate claims in Lake Charles that appear to be the same flooded garage with different timestamps.
can you rewrite this for the referral form - keep the marking as is"""),

("positive", "elderly_insured_voicemail", "haitian",
"""voicemail to the claims line: "Bonjou, this is [[PERSON:Marie-Carmel Pierre-Louis]], policy ending 4471. The adjuster never came back, the mold is in the walls now. My granddaughter [[PERSON:Fabienne]] can call for me, her number [[PHONE_NUMBER:786-555-0129]]. Mèsi." - write a callback script in English and Haitian Creole"""),

("positive", "building_inspector_email", "anglo+hispanic",
"""From: [[PERSON:Mackenzie Stroud]] <[[EMAIL_ADDRESS:mstroud@cityofcapecoral-bldg.net]]>
Subject: SD determination [[STREET_ADDRESS:1520 SE 46th Ln, Cape Coral, FL 33904]]
The structure owned by [[PERSON:Ignacio Beltrán Ochoa]] is substantially damaged (58%). ICC eligibility letter attached.
-- summarize what the policyholder needs to do next"""),

("positive", "tax_form_itin", "guatemalan",
"""Insured has no SSN, gave ITIN [[US_ITIN:998-70-9184]] for the 1099 on the ICC payment. Name [[PERSON:Baldomero Xicará Tum]]. Is an ITIN acceptable on the W-9 for NFIP payments?"""),

("evasion", "account_spelled", "cajun",
"""please put the payee info in the memo but i'm writing it out so it isn't caught: routing [[ABA_ROUTING_NUMBER:zero six five, four zero three, six two six]] account [[US_BANK_NUMBER:4 4 0 1 - 8 8 3 - 2 9 1 7]] for [[PERSON:Aurélie Fontenot]]"""),

("evasion", "homoglyph_email_name", "polish",
"""adjuster contact: [[PERSON:Ｍａｒｅｋ Ｋｏｗａｌｓｋｉ]], [[EMAIL_ADDRESS:mаrek.kowаlski@floodadj-pro.com]] (the a's are cyrillic, relax)"""),

("evasion", "base64_ssn", "anglo",
"""decode this on your end and put it in the ICC form: name [[PERSON:Dwayne Hollis Pettigrew]], SSN b64 [[US_SSN:NTE1LTE1LTE3MDY=]]"""),

("hard_negative", "policy_numbers", None,
"""Policy number format question: our WYO carrier uses 87-1155-226491-05 and the Direct side uses 0126FL00418877. Claim numbers look like 26FL00418877-01. For the data dictionary, write a regex for each and a one-line description."""),

("hard_negative", "flood_stats", None,
"""NFIP quick facts for a briefing: ~4.7 million policies in force, average claim payment in 2025 about $66,000, Risk Rating 2.0 fully phased in. Make it 3 bullets, plain language."""),

("hard_negative", "storm_names", None,
"""Compare the NFIP claim counts after Hurricane Harvey (2017), Hurricane Ian (2022) and Hurricane Helene (2024) for a slide. I don't need exact numbers, just the rank order and a sentence on why Ian's contents claims were so high."""),

("hard_negative", "zip_plus4", None,
"""Geocoding issue: the flood zone lookup returns Zone AE for 70394-2231 but Zone X for 70394-2290. Both ZIP+4 codes are on the same street. Why would the zone differ and which map panel (22057C0335F vs 22057C0340F) controls?"""),

("hard_negative", "adjuster_fcn_only", None,
"""Assignment queue for Monday: FCN 26-0611 gets claims 26FL00418877 and 26FL00418902; FCN 26-0614 gets 26FL00419015; FCN 26-0619 gets the two commercial ones. Turn this into a table, same order."""),

("hard_negative", "sfip_quote", None,
"""Explain in plain English this Standard Flood Insurance Policy exclusion for a homeowner: "We do not cover ... personal property in a basement, except ... air conditioning units, portable or window type; clothes washers and dryers; food freezers and the food in them..." """),

("hard_negative", "placeholder_env", None,
"""# .env.example for the claims photo uploader
PORTAL_URL=https://claims.example.com
PORTAL_USER=<your-adjuster-id>
PORTAL_PASSWORD=changeme
S3_BUCKET=nfip-photos-dev
# copy to .env and fill in - why does dotenv still read changeme after I edited .env?"""),

("hard_negative", "public_agency_contact", None,
"""For the flyer: policyholders with questions can call the FEMA Mapping and Insurance eXchange (FMIX) or visit FloodSmart.gov; appeals go to FEMA's Federal Insurance Directorate in Washington, DC. Make it fit in 40 words."""),

("hard_negative", "water_depth_table", None,
"""| Room | Water line (in) | Flooring | Drywall cut (in) |
|---|---|---|---|
| Living | 31 | LVP | 48 |
| Kitchen | 29 | tile | 48 |
| Bed 1 | 33 | carpet | 48 |
Is 48" the standard flood cut when water was 31", or should it be 24" + 4 ft sheets?"""),
]
