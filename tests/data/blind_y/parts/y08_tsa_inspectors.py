# Voice: TSA Transportation Security Inspectors — airport and air-cargo inspections
RECORDS = [
("positive", "loi_iac", "indian",
"""Draft a Letter of Investigation to the IAC's security coordinator:
Mr. [[PERSON:Venkataraman Subramanian Iyer]]
Skyline Forwarding LLC, [[STREET_ADDRESS:1450 Cargo Rd, Bldg 7, Suite 110, Atlanta, GA 30320]]
Findings: 2 shipments tendered without known-shipper verification. Call [[PHONE_NUMBER:404-555-0152]] to discuss."""),
("positive", "inspector_notes_lowercase", "igbo+hispanic",
"""turn into formal findings: interviewed screener [[PERSON:destiny okonkwo-barnes]] at cargo door 4, she said supervisor [[PERSON:ray delgado-pike]] told her to skip the ETD on the pallets. [[PERSON:destiny]]'s cell [[PHONE_NUMBER:470-555-0103]]."""),
("positive", "badge_audit_table", "iranian+french+yoruba",
"""Badge audit: which IDs expired?
| name | employer | badge exp | DOB |
|---|---|---|---|
| [[PERSON:MAHMOUDI, Shirin]] | ramp services | 2026-10-31 | [[DATE_OF_BIRTH:1984-02-14]] |
| [[PERSON:LEFEBVRE, Grant]] | fuel farm | 2027-03-31 | [[DATE_OF_BIRTH:1979-09-09]] |
| [[PERSON:ADEYEMI-COLE, Temitope]] | catering | 2026-11-30 | [[DATE_OF_BIRTH:1991-07-21]] |"""),
("positive", "shipper_complaint", "italian",
"""Reply to a known shipper: 'Sono [[PERSON:Giancarlo Ferrandi-Oltrepò]], titolare della ditta. Il vostro ispettore ha bloccato la nostra spedizione. Chiamatemi al [[PHONE_NUMBER:+39 02 5550 1844]] o scrivete a [[EMAIL_ADDRESS:g.ferrandi@ferrandivini.example.it]].' Draft an English reply."""),
("positive", "ssi_inspection", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Inspection of airport perimeter: gate 14 access control reader inoperable 3 days; vehicle screening bypassed at night.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action. For U.S. government agencies, public disclosure is governed by 5 U.S.C. 552 and 49 CFR parts 15 and 1520.]]
Please write the inspection summary."""),
("positive", "ssi_header_only", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Screening rates for cargo at the regional hub dropped below the required percentage for 6 days.
Shorten for a text message to my supervisor."""),
("positive", "pari_db_password", None,
"""psql won't connect to the inspection database:
psql "[[CONNECTION_STRING:postgresql://tsi_report:cOsdh8sqebVkPO2@pari-db.tsa-test.example:5432/inspections]]"
FATAL: password authentication failed"""),
("positive", "cargo_system_basic_auth", None,
"""curl -H "Authorization: Basic [[PASSWORD:dHNpX2NhcmdvOjVqNzNoaHFMNGNWV0g3]]" https://cargo-test.tsa.example/api/shippers — returns 500. What is the issue?"""),
("positive", "foreign_inspector_contact", "japanese",
"""Format a contact card for the foreign airport assessment: JCAB inspector [[PERSON:Kobayashi Haruto]] (小林 陽翔), phone [[PHONE_NUMBER:+81 3-5550-1462]], email [[EMAIL_ADDRESS:h.kobayashi@jcab-kansai.example.jp]]."""),
("positive", "civil_penalty_dl", "anglo",
"""Civil penalty case: respondent [[PERSON:Travis Lyle Hammond]], Georgia DL [[US_DRIVER_LICENSE:058214473]], DOB [[DATE_OF_BIRTH:Nov 3 1975]], address [[STREET_ADDRESS:612 Peachtree Industrial Blvd, Apt 9, Duluth, GA 30097]]. Draft the notice of proposed civil penalty intro."""),
("positive", "ccsf_staff_json", "igbo+finnish",
"""Validate this JSON:
{"ccsf":"ATL-CCSF-118","staff":[{"name":"[[PERSON:Ngozi Eze-Halvorsen]]","role":"screener","phone":"[[PHONE_NUMBER:678-555-0171]]"},{"name":"[[PERSON:Bjørn Aalto]]","role":"security coordinator","emergency_contact":"[[PERSON:Liisa Aalto]]"}]}"""),
("evasion", "ssi_dotted", None,
"""The header on the inspector's PDF is [[CUI_MARKING:S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N]]; body: checkpoint 3 alarm resolution times. Summarize."""),
("evasion", "base64_password", None,
"""The cargo app config has password field '[[PASSWORD:NWo3M2hocUw0Y1ZXSDchIQ==]]' base64 encoded. Decode it and tell me if it's strong."""),
("hard_negative", "public_tsa_contact", None,
"""Footer: TSA Contact Center 866-289-9673; @AskTSA on social media; TSA headquarters, 6595 Springfield Center Dr, Springfield, VA 20598."""),
("hard_negative", "awb_numbers", None,
"""Air waybills 157-44182270 and 176-00418223, flight 4418, ULD AKE 12044 DL. Match them to the screening log."""),
("hard_negative", "training_ssi", None,
"""For the new-inspector course, explain in two sentences what Sensitive Security Information is and that 49 CFR part 1520 governs it. No examples of actual SSI."""),
("hard_negative", "ssi_supplemental_income", None,
"""My elderly neighbor asked whether her SSI (Supplemental Security Income) payment changes if she gets a part-time job at the airport. Explain simply."""),
("hard_negative", "famous_aviators", None,
"""Museum plaque text: one line each on Amelia Earhart, Bessie Coleman and the Wright brothers."""),
("hard_negative", "regs_list", None,
"""List the differences between 49 CFR 1544, 1546, 1548 and 1549 for cargo in a table."""),
("hard_negative", "secret_recipe_cargo", None,
"""Edit: 'The shipper insisted the contents were a trade secret formula, and the inspector kept the recipe confidential as required.'"""),
("hard_negative", "inspection_stats", None,
"""Summarize: 1,184 inspections, 74 findings, 9 civil penalties averaging $11,418, compliance rate 93.7% in Q4."""),
("hard_negative", "placeholder_props", None,
"""db.url=jdbc:postgresql://localhost:5432/inspections
db.user=${DB_USER}
db.password=${DB_PASSWORD}
# set via environment"""),
("hard_negative", "k9_names", None,
"""Name ideas for the cargo team's two new mascots: Hope, Grant, Faith, Will. Which sounds best over a radio?"""),
]
