"""Voice u08: procurement (SAM.gov onboarding, invoices, contract mods, past performance), motor-pool logs, PIV badge office."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "sam_sole_prop", "armenian", """A small vendor is a sole proprietor and registered in SAM with her SSN as TIN. Help me explain why she should get an EIN instead:
Vendor: [[PERSON:Anahit Ter-Petrosyan]] dba Ararat Interpreting
TIN on file: [[US_SSN:548-30-1927]]   UEI: K7LMN4QZ2HB8   CAGE: 8TQ41
POC phone [[PHONE_NUMBER:(818) 555-0192]], [[STREET_ADDRESS:1140 North Louise Street, Unit 6, Glendale, CA 91207]]"""),

(P, "sql_dump_piv", "yoruba", """Our PIV appointment table dump, why does the INSERT fail?
INSERT INTO piv_appt (appt_id, full_name, dob, edipi, slot) VALUES
 (4411, '[[PERSON:Oluwaseun Adebayo-Ogunleye]]', '[[DATE_OF_BIRTH:1984-02-27]]', '[[DOD_EDIPI:1528047719]]', '2026-12-09 08:30'),
 (4412, '[[PERSON:Folasade Odutola]]', '[[DATE_OF_BIRTH:1990-10-15]]', '[[DOD_EDIPI:1603398152]]', '2026-12-09 08:45'),
 (4413, '[[PERSON:Babatunde Olasupo-Ige]]', '[[DATE_OF_BIRTH:1977-06-31]]', NULL, '2026-12-09 09:00');"""),

(P, "invoice_ach", "hausa", """Check this vendor invoice for errors before I approve it:
INVOICE #AIC-2026-117   Vendor: Arewa Interpreting Co. (owner [[PERSON:Abubakar Sadiq Danjuma]])
Remit via ACH: routing [[ABA_ROUTING_NUMBER:101459314]]  acct [[US_BANK_NUMBER:55092871364]]
Hausa interpretation, 18.5 h @ $72.00 = $1,332.00; travel $96.40; total $1,438.40
Contact: [[EMAIL_ADDRESS:a.danjuma@arewa-interp.com]]"""),

(P, "past_performance", "pakistani", """Polish this CPARS narrative:
The contractor's program manager, [[PERSON:Farhan Qureshi]], and lead analyst [[PERSON:Sana Iftikhar Malik]] delivered all 14 data-migration sprints on time. Mr. [[PERSON:Qureshi]] was responsive to every change request. Rating: Very Good."""),

(P, "motor_pool_log", "afghan", """Fixed-width motor-pool log, convert to CSV:
DATE      DRIVER                    LICENSE          VEH   MILES
20261201  [[PERSON:AHMADZAI, MOHAMMAD NAVEED]]  [[US_DRIVER_LICENSE:A418-3062-7715]]   G41-2231 112
20261201  [[PERSON:NOORI, FARIBA]]                [[US_DRIVER_LICENSE:N720-5512-3390]]   G41-2236 47
20261202  [[PERSON:SAHAK, ZABIHULLAH]]            [[US_DRIVER_LICENSE:S310-0984-7726]]   G41-2231 208"""),

(P, "pashto_translation_invoice", "pashtun", """Translate this note from the contract interpreter into English:
«زه [[PERSON:ګل احمد یوسفزی]] یم. زما تلیفون [[PHONE_NUMBER:(703) 555-0105]] دی. د نومبر د میاشتې بل لا نه دی ورکړل شوی.»
(His English name on the contract is [[PERSON:Gul Ahmad Yousafzai]].)"""),

(P, "tigrinya_badge_request", "eritrean", """Draft a PIV appointment confirmation for a new contractor:
Name: [[PERSON:Senait Tesfamariam Woldegiorgis]]
Appointment: Dec 10, 10:15, Badge Office Room B-120
Bring two IDs. She gave DOB [[DATE_OF_BIRTH:1988-03-07]] and passport [[US_PASSPORT:567193284]]. Also offer Tigrinya: ሰላም [[PERSON:ሰናይት]]"""),

(P, "amharic_receipt", "ethiopian", """Reimbursement receipt OCR, please extract the fields:
ABYSSINIA TAXI LLC  Receipt 00921
Passenger: [[PERSON:Meseret Alemayehu Tadesse]]
Card: [[CREDIT_CARD:4151 0201 9207 7326]]  Exp 08/29
Fare $41.50 Dulles -> Mt Weather; Driver [[PERSON:Dawit Gebreyes]]"""),

(P, "egyptian_contract_mod", "egyptian", """Summarise contract modification P00004: changes COR from [[PERSON:Tarek Abdelrahman Soliman]] to [[PERSON:Nermeen Fouad El-Sayed]] ([[EMAIL_ADDRESS:nermeen.elsayed@hq.dhs.gov]], [[PHONE_NUMBER:202-555-0136]]), extends period of performance to 09/30/2027, no cost change."""),

(P, "address_labels", "yoruba", """Print these as Avery 5160 address labels (for mailing award letters):
[[PERSON:Adewale Okonjo-Bakare]]
[[STREET_ADDRESS:5521 Bellehaven Court, Lanham, MD 20706]]

[[PERSON:Titilayo Fashola]]
[[STREET_ADDRESS:88 Rhode Island Avenue NE, Apt 402, Washington, DC 20002]]"""),

(P, "sam_api_key", "none", """My SAM.gov entity API call returns 403. Is it the key?
curl "https://api.sam.gov/entity-information/v3/entities?ueiSAM=K7LMN4QZ2HB8&api_key=[[PASSWORD:SAM-q8Wn3Kx2Lp9Vr7Tz5Bm4Hc6Jd1Fg0]]\""""),

(P, "fleet_db_conn", "none", """The fleet telematics import fails, here's the appsettings.json:
{ "ConnectionStrings": { "Fleet": "[[CONNECTION_STRING:Server=tcp:fleetdb.agency.test,1433;Initial Catalog=Telematics;User ID=fleet_etl;Password=M0torP00l#Etl!;Encrypt=True]]" } }"""),

(P, "cui_procurement", "none", """[[CUI_MARKING:CUI//SP-PROCURE]]
Source selection: offeror B's price is 11% below the IGCE; technical rating Acceptable. Recommend award to offeror B.
[[CUI_MARKING:CUI//SP-PROCURE]]
Can you write the award memo intro?"""),

(P, "sbu_legacy", "none", """Old file from 2009: [[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]] - vehicle barrier contract specifications for the Nebraska Avenue Complex gate. Is this still restricted? Summarise."""),

(P, "piv_kiosk_jwt", "none", """Badge kiosk API log - why 401?
GET /api/v1/appointments?date=2026-12-09 Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiJmbGVldC1raW9zay0xMiIsImV4cCI6MTc2NzIyNTYwMH0.Lm9QaR2tY7vC4xN8bE1kW6zS3hJ0pD5fG8uA2iO7rTq]]"""),

(P, "edipi_email", "pakistani", """Email a reminder: [[PERSON:Ayesha Rafiq Chaudhry]] (EDIPI [[DOD_EDIPI:1471095538]]) has her PIV renewal at 2 pm; her cert expires 12/15. Cc her supervisor [[PERSON:Imran Hashmi]]."""),

# evasions
(E, "words_card", "hausa", """Vendor [[PERSON:Zainab Lawal Bello]] read her card over the phone: [[CREDIT_CARD:four eight one three, seven one eight one, one six one four, seven six seven five]]. Write the registration-fee receipt (we shouldn't keep the number, right?)."""),
(E, "dot_separated_routing", "afghan", """Interpreter [[PERSON:Homayoun Karimi]] sent ACH details with dots: routing [[ABA_ROUTING_NUMBER:1.2.4.1.6.1.9.1.9]], account [[US_BANK_NUMBER:6.6.0.1.2.8.4.7.5]]. Fix the format for the vendor form."""),
(E, "zwj_edipi", "ethiopian", """Badge list row copied from a PDF: [[PERSON:Bereket Haile]] EDIPI [[DOD_EDIPI:1611\u200d2048\u200d73]]. Why does Excel show it wrong?"""),

# hard negatives
(H, "contract_numbers", "none", """Contract 70RSAT26C00000117, order 70RSAT26F00000412, solicitation 70RSAT26R00000009; line item 0001AA. Which is the task order?"""),
(H, "uei_cage", "none", """Explain the difference between a UEI (12 characters, e.g. K7LMN4QZ2HB8), a CAGE code (5 characters, e.g. 8TQ41), and an EIN like 52-1749381. Which is needed for SAM registration?"""),
(H, "nsn_parts", "none", """Order these parts: NSN 2540-01-565-9273 (mirror assembly), NSN 6140-01-446-9498 (battery), qty 4 each, for G41-series vehicles. Write the requisition description."""),
(H, "vin_plates", "none", """Fleet disposal list: VIN 1FTFW1E58PFA31742, plate G41-2231; VIN 1C4RJFAG9KC551203, plate G41-2236. Draft the GSA Auctions listing blurb."""),
(H, "far_clauses", "none", """Which FAR clauses apply? 52.204-21 (basic safeguarding), 52.212-4, 52.219-14; HSAR 3052.204-71 contractor employee access. Short explanation each."""),
(H, "buildings_named", "none", """Meeting rooms for the industry day: Ronald Reagan Building Atrium Hall or the Mary E. Switzer building auditorium? Also is the St. Elizabeths West Campus Center Building accessible by Metro?"""),
(H, "invoice_math", "none", """Invoice totals: $12,481.20 + $7,330.05 - credit memo CM-2026-014 of $1,200.00. Prompt payment interest at 4.625% for 17 days late? Show calculation."""),
(H, "piv_policy", "none", """Summarise HSPD-12 and FIPS 201-3 requirements for PIV issuance in plain language, including the two-ID rule and the 6-year maximum validity."""),
(H, "public_office", "none", """Where is the badge office? DHS Headquarters, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528; visitors call the main line 202-282-8000. Write directions from the Metro."""),
(H, "placeholder_vendor", "none", """Vendor onboarding template: Legal name: <LEGAL NAME>, UEI: <UEI>, TIN: XX-XXXXXXX, Bank routing: #########. Make it a fillable checklist."""),
(H, "password_policy_vendor", "none", """Contract clause draft: the contractor shall not embed passwords, API keys or connection strings in source code and shall use a secrets manager; credentials rotate every 60 days. Tighten the language."""),
(H, "product_names", "none", """Compare the Ford Explorer Police Interceptor Utility and the Chevrolet Tahoe PPV for motor-pool use, and whether the Tesla Model Y qualifies under the ZEV acquisition goal."""),
(H, "fouo_discussion", "none", """Our old procurement folders say 'For Official Use Only' on the cover sheets; the new policy says replace with CUI. What's the transition rule for legacy material? General explanation only."""),
]
