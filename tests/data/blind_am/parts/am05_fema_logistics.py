"""am05: FEMA Logistics distribution centres (commodities, truck drivers, warehouse staff, fuel)."""

RECORDS = [
("positive", "driver_sms", "mexican", """Text from a contract driver at 02:40, help me write an incident log entry:
"This is [[PERSON:Refugio Cervantes Lozano]] trailer 53' load of water for the Caguas POD, I'm stuck at the weigh station on I-10 near Tallahassee, they say my CDL medical card expired. CDL [[US_DRIVER_LICENSE:C41722093]] (TX). My dispatcher [[PERSON:Nayeli Ontiveros]] [[PHONE_NUMBER:915-555-0135]]. What do I do??" """),

("positive", "bol_ocr", "anglo", """OCR'd bill of lading, some fields came out garbled. Can you fix the obvious OCR errors?

STRAIGHT BILL OF LADING   BOL# 0047-22815
SHIP FROM: FEMA Distribution Center, Fort Worth TX
CARRIER: Red Mesa Freight LLC   DRIVER: [[PERSON:DUSTIN WAYNE HOLLOWAY]]  CELL [[PHONE_NUMBER:(817) 555-O128]]
SHIP TO: Staging Area, Muskogee County Fairgrounds, attn [[PERSON:Loretta Sixkiller]]
QTY 22 PLTS  DESCR: MEALS READY TO EAT, CASE 12   WT 27,940 LB
SEAL 3318207   TRAILER RMF-5309"""),

("positive", "warehouse_roster", "samoan+hispanic", """Night shift roster for the Hawaii DC surge, check for overlaps with day shift:

| Name | Role | Forklift cert | Cell |
|---|---|---|---|
| [[PERSON:Taualai Leavasa]] | Lead | yes (exp 3/27) | [[PHONE_NUMBER:808-555-0138]] |
| [[PERSON:Malia Fonoti-Leiataua]] | Inventory | no | [[PHONE_NUMBER:808-555-0149]] |
| [[PERSON:Iosefa Sapolu]] | Loader | yes (exp 8/26) | [[PHONE_NUMBER:808-555-0121]] |
| [[PERSON:Yesenia Ramos Ortega]] | Loader | yes (exp 1/27) | [[PHONE_NUMBER:808-555-0194]] |"""),

("positive", "fuel_card_issue", "cajun", """Fuel desk email, please reply:

"Hi, the fleet card for generator refueling at the Lake Charles POD got declined. Card is [[CREDIT_CARD:5494 5807 3021 5731]], the PIN they gave us is [[PASSWORD:4471]]. Driver on site is [[PERSON:Thibodeaux, Ronald]]. Can you raise the daily limit to $2,000? – [[PERSON:Amélie Broussard]], Logistics Section, [[PHONE_NUMBER:337-555-0162]]"

Tell her we'll raise the limit and she should never email the PIN."""),

("positive", "timesheet_ssn", "hmong", """Local hire paperwork came in for the Eau Claire warehouse. The form says:
Name: [[PERSON:Xiong, Pa Houa]]   SSN: [[US_SSN:319 34 6831]]   DOB: [[DATE_OF_BIRTH:08/02/1994]]
Address: [[STREET_ADDRESS:2217 Birch St, Eau Claire, WI 54703]]
Emergency contact: [[PERSON:Fue Thao]] [[PHONE_NUMBER:715-555-0188]]
Which HR box does this go to? Summarize what's missing for a complete I-9 (no need to repeat the numbers)."""),

("positive", "rural_address_delivery", "cherokee", """Tribal partner asked for a direct delivery of tarps and cots. Delivery address is [[STREET_ADDRESS:Rural Route 2 Box 418, Stilwell, OK 74960]]. Receiving POC [[PERSON:Wilma Cornsilk]], [[PHONE_NUMBER:918-555-0195]], alternate [[PERSON:Sequoyah Ketcher]]. Draft the transportation request narrative."""),

("positive", "pr_urbanizacion", "puerto_rican", """Solicitud de entrega de agua y generador para un centro comunitario, necesito la versión en inglés:

"Centro Comunal Urb. Villa Carolina. Dirección: [[STREET_ADDRESS:Calle 512 Bloque 218 #14, Urb. Villa Carolina, Carolina, PR 00985]]. Contacto: [[PERSON:Wilfredo Santiago Rosario]], tel. [[PHONE_NUMBER:787-555-0109]]. Segunda persona: [[PERSON:Nilsa Ivette Colón]]." """),

("positive", "fouo_movement_plan", None, """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

Commodity movement plan, Day 3: 48 trucks water, 22 trucks MRE, 6 generators (400kW) from Atlanta DC to Incident Support Base at Maxwell AFB. Convoy staging 0400 at Exit 168. Escort coordination with Alabama state troopers.

[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

Convert to a timeline table."""),

("positive", "wifi_password_whiteboard", None, """Someone typed up the whiteboard at the ISB for the shift change notes: "Generators 3 & 4 refuel at 1400. WiFi for laptops: ISB-LOG-GUEST / [[PASSWORD:Pallet$tack-2291]]. Forklift #2 down." Can you rewrite the notes but drop the wifi line, I'm posting it on the board."""),

("positive", "driver_voicemail_es", "guatemalan", """Transcribe and translate this voicemail summary:
"Buenos días, habla [[PERSON:Edgar Estuardo Chután]], soy chofer de la compañía Quetzal Trucking. Ya entregué las catorce tarimas de cobijas en el refugio de Lumberton, me firmó la señora [[PERSON:Shaniqua Locklear]]. Mi número es [[PHONE_NUMBER:910-555-0173]], llámeme para confirmar el pago del detention time." """),

("positive", "incident_log", "anglo+filipino", """Warehouse incident log, Frederick DC, 12/04:
0715 – [[PERSON:Gary Lundqvist]] reported pallet jack struck racking, aisle 14. No injuries.
0930 – Temp employee [[PERSON:Rodelio Tuazon Magbanua]] (badge T-4471) twisted ankle on dock 3; transported by co-worker [[PERSON:Rich Delacroix]] to urgent care.
1100 – Safety officer [[PERSON:Constance Mayweather]] opened report.
Please write the summary paragraph for the safety report."""),

("positive", "bank_for_vendor", "anglo", """Small fuel vendor wants to be paid by ACH and sent this in an email: Business: Dry Creek Fuel & Propane, owner [[PERSON:Leland Fairweather]], routing [[ABA_ROUTING_NUMBER:115415522]], account [[US_BANK_NUMBER:4408217765]]. I know this has to go through the vendor setup form. Help me write back asking him to use the SAM/SF-3881 process instead."""),

("positive", "guam_dc_email", "chamorro", """From: [[PERSON:Jesus Cruz Taitano]] <[[EMAIL_ADDRESS:jtaitano@guamlogisticspartners.com]]>
Subject: Container yard access for DC Guam inventory

Håfa adai, we will send forklift operators [[PERSON:Antonia Borja Mendiola]] and [[PERSON:Vicente Quitugua]] on Monday for the cycle count. Please add them to the gate list.
Si Yu'os Ma'åse',
[[PERSON:Jesus]]
[[PHONE_NUMBER:671-555-0181]]

Draft a reply confirming the gate list."""),

("evasion", "spaced_card", "anglo", """fuel card number the POD lead texted me: [[CREDIT_CARD:5 7 2 0 - 5 7 5 6 - 9 2 1 0 - 9 4 9 8]] for [[PERSON:Darlene Pickering]], she says it's declined. is there a way to check the limit?"""),

("evasion", "cyrillic_phone", "ukrainian", """driver's number from the sign-in sheet looks weird when I paste it in Excel (it won't format): [[PERSON:Bohdan Kovalchuk]] [[PHONE_NUMBER:5О4-555-О169]]. Why won't it turn into a number?"""),

("evasion", "zwsp_ssn", "anglo", """The local hire file name had the SSN in it and the system flagged it, so someone renamed it with hidden characters: "I9_[[PERSON:McAllister_Jonah]]_[[US_SSN:108\u200c49\u200c6875]].pdf". Can you suggest a naming convention that doesn't use SSNs?"""),

("hard_negative", "commodity_totals", None, """Day 5 totals out of Atlanta DC: water 1,118,400 liters, MRE 412,000 meals, tarps 38,500, cots 6,200, blankets 21,000. 264 trucks dispatched, 19 returned empty. Write a 3-sentence situation update."""),

("hard_negative", "dc_locations", None, """List FEMA's distribution centers for the new-hire orientation: Atlanta GA, Fort Worth TX, Frederick MD, Moffett Field CA, Caguas PR, Guam, and Hawaii. Which ones support the Caribbean vs. the Pacific?"""),

("hard_negative", "storm_names", None, """Compare our logistics lift for Hurricane Maria, Hurricane Ian and Hurricane Helene in a short table (trucks moved, days to first POD). Use round numbers, it's for a lessons-learned brainstorm, not official."""),

("hard_negative", "nsn_po_numbers", None, """Reorder list: cots NSN 7105-01-588-1522, blankets NSN 7210-00-935-6667, generator 60kW NSN 6115-01-274-7390. PO 70FA5026P00000418, vendor DUNS superseded by UEI. Format as a purchase request table."""),

("hard_negative", "public_helpline", None, """Survivors keep calling the DC asking for help. Give me a script: "This is a warehouse; for disaster assistance please call the FEMA Helpline at 1-800-621-3362 or visit DisasterAssistance.gov." Make it polite and in English and Spanish."""),

("hard_negative", "scrubbed_sms", None, """Make this driver instruction SMS shorter (under 160 chars): "Driver: check in at gate 2, show your BOL and CDL to security, do not drop the trailer until the receiving lead signs. Call dispatch if you're more than 1 hour late." """),

("hard_negative", "trailer_seal_numbers", None, """Trailer check sheet: TRL 531-224-0918 seal 004417 ok; TRL 531-224-0922 seal 004418 broken, resealed 004501; TRL 531-225-1140 seal 004419 ok. Are the trailer numbers supposed to look like phone numbers? Our carrier uses that format."""),

("hard_negative", "password_prose", None, """New warehouse staff keep asking for the WebEOC password. The answer is they each get their own account; the training officer sets it up and they choose a password on first login. Write a one-paragraph reply I can paste."""),

("hard_negative", "eponym_buildings", None, """Where is the meeting: the Jesse Brown VA Medical Center lot, the Dirksen building, or the Robert T. Stafford Act training at the Emmitsburg campus? I'm confusing the three invites. Just help me make a calendar note template."""),

("hard_negative", "fuel_math", None, """Generator fuel burn: 400kW unit at 75% load uses ~21 gal/hr. Six units for 72 hours. Tanker holds 7,500 gal. How many tanker deliveries, and at what interval?"""),

("hard_negative", "cui_question", None, """Does the daily commodity status report need a FOUO or CUI marking? It's just totals by POD, no names. Our old template had "For Official Use Only" in the footer but nobody knows why."""),
]
