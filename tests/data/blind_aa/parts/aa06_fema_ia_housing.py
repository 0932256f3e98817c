# Voice: FEMA Individual Assistance housing inspectors and direct temporary housing (group sites, MHU hauls, lease-and-repair).
RECORDS = [
("positive", "inspection_pr_spanish", "puerto_rican",
"""Inspección de vivienda - DR-4871-PR
Solicitante: [[PERSON:Carmen Iris Rodríguez Vélez]]
Dirección dañada: [[STREET_ADDRESS:Urb. Villa del Carmen, Calle Sauco D-14, Ponce, PR 00716]]
Teléfono: [[PHONE_NUMBER:787-555-0124]]
Fecha de nacimiento: [[DATE_OF_BIRTH:8 de enero de 1956]]
Co-solicitante: [[PERSON:Ángel Luis Ortiz]]
Daños: techo de zinc perdido, cocina inundada. FVL estimada $14,200."""),
("positive", "mhu_haul_log", "cajun",
"""MHU haul log - Group site "Pine Hollow", Lake Charles
Unit 14 -> pad 22, occupant [[PERSON:Loretta Mae Hebert]], [[PHONE_NUMBER:337-555-0104]]
Unit 15 -> pad 23, occupant [[PERSON:HEBERT, Wendell]] (son), c/o [[PERSON:Loretta Mae Hebert]]
Unit 16 -> pad 24, vacant, awaiting ADA ramp"""),
("positive", "rural_route_inspection", "anglo",
"""Inspector note: could not find [[STREET_ADDRESS:RR 4 Box 1187, Hazard, KY 41701]] on GPS - applicant [[PERSON:Virgil Combs]] met me at the church and drove me up the holler. Applicant's DOB [[DATE_OF_BIRTH:June 30, 1948]]. Daughter [[PERSON:Tammy Combs-Slone]] ([[PHONE_NUMBER:606-555-0145]]) handles his mail."""),
("positive", "lease_repair_json", "samoan",
"""{
  "program": "Multi-Family Lease and Repair",
  "household": [
    {"name": "[[PERSON:Tavita Faleolo]]", "role": "head", "dob": "[[DATE_OF_BIRTH:1972-11-03]]"},
    {"name": "[[PERSON:Siniva Faleolo]]", "role": "spouse", "dob": "[[DATE_OF_BIRTH:1975-04-19]]"}
  ],
  "assigned_unit": "[[STREET_ADDRESS:41-220 Ilauhole St, Unit 3, Waimanalo, HI 96795]]",
  "contact_phone": "[[PHONE_NUMBER:808-555-0176]]"
}"""),
("positive", "direct_deposit_form", "vietnamese",
"""Rental assistance - direct deposit update
Payee: [[PERSON:Trần Văn Bình]]
Routing: [[ABA_ROUTING_NUMBER:085535309]]
Account: [[US_BANK_NUMBER:000381774519]]
SSN: [[US_SSN:506-40-2034]]
Signature on file"""),
("positive", "site_manager_email", "tongan",
"""Subject: Pad 9 noise complaint
Hi - the occupant on pad 9, [[PERSON:Viliami Tupou Fakatava]], called again about the generator. Could maintenance call him at [[PHONE_NUMBER:(251) 555-0158]]? His emergency contact is his niece [[PERSON:Mele Fakatava]]. [[PERSON:Viliami]] is elderly and doesn't check e-mail.
Thanks, [[PERSON:Renata Kolb]]"""),
("positive", "inspector_tablet_creds", None,
"""Tablet sync broke after the reset. Inspector app settings:
INSPECT_API_USER=insp_r6_0411
INSPECT_API_PASS=[[PASSWORD:wnDQhMgq#RIyJh]]
MAPS_KEY=[[CLOUD_ACCESS_KEY:AIzaIwUfpcbWd2Z05uZ8mKZg413YCypQd8_dfkA]]"""),
("positive", "cui_pii_list", None,
"""[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
Occupant move-out list, Pine Hollow group site, week of 12/14 - attached spreadsheet has names and phones.
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]"""),
("positive", "designation_block", None,
"""[[CUI_MARKING:Controlled by: FEMA Recovery Directorate
Controlled by: Individual Assistance Division
CUI Category: PRVCY
Limited Dissemination Control: FED ONLY
POC: IA Housing Branch, housing-branch@fema.example]]
Draft: Direct housing site closeout plan, DR-4871"""),
("positive", "ssh_key_inspect_server", None,
"""can you tell me why ssh rejects this key? it's the inspection upload box key
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
HTqGhvLQABrnfMIgD5h3QSWT/rT/u3qrAzNgXeFUEKwXAywdgC9rJLqXDfHuaKhMmqNEOC
vUcr3nCCNyapV/7K+A4bodM+lJLgHQCLnVAlSjaENQeqtA3x02lCKGMFF9ui9B3sq9sjY/
lNq3QJ9Pi9USINQ9bor3+aYLF2OObSvZpYGoaSNZKxJH7+q6MWnpyf1AcI45C/ex8YAaBO
-----END OPENSSH PRIVATE KEY-----]]"""),
("positive", "haitian_creole_call", "haitian",
"""Nòt apèl: Madanm [[PERSON:Roseline Pierre-Louis]] di kay li nan [[STREET_ADDRESS:1187 NE 82nd Ter, Miami, FL 33138]] gen dlo nan plafon. Li fèt [[DATE_OF_BIRTH:12 me 1961]]. Nimewo: [[PHONE_NUMBER:305-555-0139]]."""),
("positive", "lowercase_text_thread", "anglo",
"""text from applicant: hi this is [[PERSON:bobby ray]] from lot 31 my wife [[PERSON:june]] says the ac unit leaks. call me [[PHONE_NUMBER:318-555-0120]]"""),
("evasion", "words_for_phone", "anglo",
"""Voicemail transcript: "this is [[PERSON:Merle Duchesne]], my number is [[PHONE_NUMBER:nine oh four, five five five, oh one six three]], about my inspection\""""),
("evasion", "base64_ssn", "anglo",
"""inspector export field 'ssn_b64' for [[PERSON:Clyde Arnette]]: [[US_SSN:NDQ0LTU3LTA5ODk=]]"""),
("hard_negative", "public_fema_helpline", None,
"""Survivors can apply at DisasterAssistance.gov or call the FEMA Helpline, or visit any Disaster Recovery Center. Inspectors will never ask for a fee or for bank passwords."""),
("hard_negative", "disaster_numbers", None,
"""DR-4871-PR, DR-4868-LA, EM-3612-KY. FEMA Registration IDs are 9 digits; examples in training use 999-99-9999 style placeholders, never real ones."""),
("hard_negative", "storm_names", None,
"""Hurricanes Maria and Fiona hit Puerto Rico; Ida and Laura hit Louisiana. The new group site is off Martin Luther King Jr. Boulevard next to the Hurricane Katrina memorial."""),
("hard_negative", "unit_inventory", None,
"""MHU inventory: VIN 1T9FB2429R1055821, serial TT-26-44812, HUD tag LOU1042217, invoice 260-44711. Weight 14,400 lb."""),
("hard_negative", "damage_codes", None,
"""FVL codes: RF-02 roof, FL-11 flooring, HV-04 HVAC, EL-01 electrical. Repair cap per IHP $43,600 for FY27. ZIP+4 for the warehouse: 70601-5512."""),
("hard_negative", "confidential_prose", None,
"""Remind inspectors: applicants' situations are confidential; don't discuss them at the diner. Nothing in this memo is controlled - it's a general reminder."""),
("hard_negative", "placeholder_yaml", None,
"""inspector_app:
  api_user: "{{ insp_user }}"
  api_pass: "{{ vault_insp_pass }}"
  maps_key: "<google-maps-key>\""""),
("hard_negative", "famous_housing", None,
"""Background reading: Jacob Riis, "How the Other Half Lives"; Eleanor Roosevelt's work on subsistence homesteads; FEMA trailers after Katrina (the formaldehyde issue)."""),
("hard_negative", "site_capacity", None,
"""Group site capacity: 48 pads, 41 occupied, 3 in maintenance. Commercial park lease #CP-2026-318. Utility account numbers are on the property manager's sheet."""),
("hard_negative", "fiction_names_movie", None,
"""Movie night at the community tent: "Forrest Gump" - Jenny, Lieutenant Dan and Bubba. Bring chairs."""),
]

RECORDS += [
("positive", "ny_dl_inspector", "dominican",
"""Rental for the Bronx inspections: inspector [[PERSON:Yaneris Peralta Mercedes]], NY DL [[US_DRIVER_LICENSE:712 448 390]], pick-up [[STREET_ADDRESS:2110 Grand Concourse, Bronx, NY 10457]]."""),
("evasion", "nbhyphen_routing", "lao",
"""applicant [[PERSON:Khamla Phommachanh]] read the routing number as [[ABA_ROUTING_NUMBER:0‑6‑5‑9‑6‑4‑5‑1‑8]] (copied from the bank app, hyphens look odd)"""),
("hard_negative", "site_move_in_checklist", None,
"""Move-in checklist: keys (2), smoke detector test, propane level >= 80 %, meter reading, photo of each room. Occupant signs form FF-104-FY-26-127. Unit serial TT-26-44813."""),
]
