# CBP trade, cargo and field operations voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("hard_negative", "entry_summary", None,
"Turn into a table: Entry No. 231-4478912-6, Importer of Record: Harrison & Crowe Imports LLC (IOR 27-4419823-00), HTS 8471.30.0100, 6204.62.4011, 9403.60.8081. B/L MAEU 238841177, Container MSKU 7732945, Port 2704 (LA/LB). Duty deposit $14,882.10.")
add("hard_negative", "brand_names", None,
"Write a short summary of the seizure stats by brand for the IPR bulletin: counterfeit 'Michael Kors' handbags (1,240), 'Tommy Hilfiger' polos (3,100), 'Ralph Lauren' hats (880), 'Louis Vuitton' wallets (410). Total MSRP if genuine: $2.1M. Port of Savannah, FY26 Q1.")
add("positive", "broker_email", "chinese",
"Draft a response to the broker asking for the missing commercial invoice.\n\n---- original ----\nFrom: [[PERSON:Chen Jiaxuan]] <[[EMAIL_ADDRESS:jiaxuan.chen@pacbridge-customs.example]]>\nSent: Tue 12/1\nRe: CF-28 for entry 112-0093347-1\nPlease advise. Our client contact is [[PERSON:Wong Ka-ming]], [[PHONE_NUMBER:+852 5555 0138]].\n[[PERSON:Jiaxuan]]")
add("positive", "seizure_report", "hispanic",
"Summarize this incident for the shift log: At 1420 at Lane 9, Nogales DeConcini, CBPO referred a 2014 Ford F-150 driven by [[PERSON:Julio César Maldonado Ruiz]] (DOB [[DATE_OF_BIRTH:14/02/1993]], MX pasaporte [[US_PASSPORT:G38172455]]) to secondary. K9 alert on rear quarter panel. 14.2 kg methamphetamine recovered. Passenger [[PERSON:Karla Yadira Ochoa]] released.")
add("hard_negative", "vin_fleet", None,
"Which of these fleet vehicles are due for the recall? 1FTFW1E83PFA41277 (F-150, Calexico), 1GNSKEKD3PR190342 (Tahoe, El Paso), 3C6UR5CL9PG612905 (Ram 2500, Laredo). Recall 23V-451 applies to 2023 F-150 rear axle.")
add("positive", "passport_ops", "russian",
"translate to russian for the traveler: 'Sir, your passport number [[US_PASSPORT:75 4821936]] does not match the ESTA. Please wait here.' The traveler is [[PERSON:Дмитрий Алексеевич Соколов]] / [[PERSON:SOKOLOV DMITRII]].")
add("hard_negative", "manifest_codes", None,
"Explain these ACE manifest codes in plain language for a new trade specialist: 1J, 1W, 4E, 7H, and what a 'hold intact' means. Example bill: HLCU HAM241193884.")
add("positive", "cbp_les", "hispanic",
"make this more concise:\n\n[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]\nSubject [[PERSON:Arturo \"El Flaco\" Benítez Zamora]] is believed to coordinate loads through the Santa Teresa POE using commercial carrier Transportes Benítez SA de CV.")
add("hard_negative", "company_given_names", None,
"Our audit list has these importers, can you alphabetize: Bobby Jones Golf Supply Inc, Juan Valdez Café Imports, Johnnie Walker Distribution Co., Betty Crocker Bakeware (a General Mills brand), Marie Callender's Foods, Ben & Jerry's Homemade.")
add("positive", "field_ops_apprehension", "hispanic",
"Translate to english & format as a table:\nNombre: [[PERSON:Kevin Alexander Mejía Orellana]]\nFecha de nacimiento: [[DATE_OF_BIRTH:05-11-2001]]\nLugar: San Pedro Sula, Honduras\nNúmero A: [[A_NUMBER:A218-447-903]]\nTeléfono familiar: [[PHONE_NUMBER:+504 9555-0173]]")
add("hard_negative", "tracking_numbers", None,
"Reconcile these: FedEx 7781 2290 4415, UPS 1Z999AA10123456784, USPS 9400 1118 9922 3344 5566 77, DHL 4011 8855 23. Which ones were delivered to the Port of Baltimore CES?")
add("positive", "cbp_sql", "indian",
"why does this query fail?\nINSERT INTO trade_contacts (name, email, phone) VALUES ('[[PERSON:Subramaniam Venkataraman]]', '[[EMAIL_ADDRESS:s.venkataraman@ganeshexports.example.in]]', '[[PHONE_NUMBER:+91 98455 50123]]')\nERROR: column \"phone\" is of type integer")
add("positive", "seizure_notice_letter", "ghanaian",
"Draft a seizure notice letter (19 CFR 162.31) for: [[PERSON:Kwame Asante-Boateng]], [[STREET_ADDRESS:4120 Georgia Ave NW, Apt 3B, Washington, DC 20011]]. Property: 2 boxes of kente-pattern textiles, case no. 2026-5301-000817-01. Tell him his options.")
add("hard_negative", "case_numbers", None,
"Format these for the docket tracker: FP&F case 2026-2704-000331-01, CIT Court No. 24-00187, CBP Form 4607 dated 09/12/2026, Ruling HQ H338127.")
add("positive", "airport_secondary", "afghan",
"write a short summary of secondary: SIV holder [[PERSON:Ahmad Shah Noorzai]] arrived IAD with wife [[PERSON:Fereshta Noorzai]] and 3 kids. Afghan passport [[US_PASSPORT:P01873364]]. Sponsor [[PERSON:Gul Agha Sherzad]] phone [[PHONE_NUMBER:571-555-0104]]. Admitted SQ/SI.")
add("hard_negative", "ip_docs", None,
"Write a firewall change request summary: allow TCP 443 from 198.51.100.0/24 to ACE gateway 203.0.113.17, deny 192.0.2.0/24. Ticket CHG0091244. No PII involved.")
