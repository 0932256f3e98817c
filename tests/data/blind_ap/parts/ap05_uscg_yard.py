# Voice ap05: Coast Guard Yard and cutter maintenance -- shipyard contractors, workers' access lists, dry-dock schedules


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "access_list_csv", "hispanic+anglo+bosnian", L(
"""Contractor access list for CGC dry dock, due to the gate by 1500. Check for missing DOBs:
Last,First,DOB,DL State,DL No,Company
Orellana,Filiberto,04/19/1979,MD,M-462-318-907-224,Chesapeake Marine Welding
Tillinghast,Brenda,,MD,T-118-204-663-091,Chesapeake Marine Welding
Hadžić,Emir,1988-12-07,VA,T71460382,Tidewater Blasting & Coating""",
("PERSON", "Orellana"), ("PERSON", "Filiberto"), ("DATE_OF_BIRTH", "04/19/1979"), ("US_DRIVER_LICENSE", "M-462-318-907-224"),
("PERSON", "Tillinghast"), ("PERSON", "Brenda"), ("US_DRIVER_LICENSE", "T-118-204-663-091"),
("PERSON", "Hadžić"), ("PERSON", "Emir"), ("DATE_OF_BIRTH", "1988-12-07"), ("US_DRIVER_LICENSE", "T71460382"))),

("positive", "dry_dock_schedule_email", "anglo+samoan",
"""Subject: Syncrolift schedule change – CGC STURGEON BAY moved to 1/6

All, the docking of the 140' icebreaking tug slips a week. Docking officer is [[PERSON:LT Ainsley Corwin]]; yard ship superintendent [[PERSON:Tavita Faamausili]] ([[PHONE_NUMBER:410-555-0121]]). The crane contractor POC is [[PERSON:Merle Gatewood]], [[EMAIL_ADDRESS:mgatewood@baltcranesvc.com]].
v/r
[[PERSON:Petra Szymańska-Hale]], Production Control""".replace("[[PERSON:LT Ainsley Corwin]]", "LT [[PERSON:Ainsley Corwin]]")),

("positive", "worker_badge_request", "yoruba",
"""Yard badge application – check it's filled right:
Applicant: [[PERSON:Oluwaseun Adeyinka Bamidele]]
Employer: Patapsco Pipefitters Inc.
Date of Birth: [[DATE_OF_BIRTH:29-JUN-1987]]
SSN: [[US_SSN:275349936]]
Home address: [[STREET_ADDRESS:2214 Edmondson Ave, Baltimore, MD 21223]]
Phone: [[PHONE_NUMBER:443-555-0167]]"""),

("positive", "sms_foreman", "vietnamese",
"""text from the blasting foreman, help me reply that the hull can't be blasted until the gas-free cert is signed:
"Sir this is [[PERSON:Đặng Quốc Khánh]], my crew ready 0600 tmrw for CGC hull, can u confirm? my guys [[PERSON:Vũ Minh Tâm]] and [[PERSON:Hồ Văn Lực]] need escort badge\""""),

("positive", "cutter_work_list_md", "anglo+filipino",
"""| Item | Description | Yard lead | Contractor lead |
|---|---|---|---|
| 631-02 | Shaft seal replacement | [[PERSON:Nathaniel Crisp]] | [[PERSON:Arnel Sumagaysay]] |
| 243-11 | Rudder bearing clearance | [[PERSON:Nathaniel Crisp]] | [[PERSON:Jovelyn Tabuena]] |
| 079-01 | Hull UT gauging | [[PERSON:Imogen Halvorsen]] | — |
Add a "status" column, all "open"."""),

("positive", "vendor_invoice_bank", "greek",
"""Contractor wants his payment to a new account, does this letter look legit?
"Please remit all future payments for contract 70Z02326C0041 to:
Beneficiary: [[PERSON:Spyridon Kalogeropoulos]] dba Ionian Marine Electric
Bank account: [[US_BANK_NUMBER:7730418822]]
ABA: [[ABA_ROUTING_NUMBER:069882625]]
Signed, [[PERSON:S. Kalogeropoulos]]\""""),

("positive", "visitor_escort_log", "korean+anglo",
"""Escort log from the weekend, any gaps over 2 hours?
12/05 0710 [[PERSON:KIM JAE-HYUN]] (Hyundai Heavy tech rep) escorted by [[PERSON:BM1 Carver Stokely]]
12/05 0935 [[PERSON:KIM JAE-HYUN]] left Bldg 88
12/05 1240 [[PERSON:KIM JAE-HYUN]] back, escorted by [[PERSON:MK2 Della Royster]]""".replace("[[PERSON:BM1 Carver Stokely]]", "BM1 [[PERSON:Carver Stokely]]").replace("[[PERSON:MK2 Della Royster]]", "MK2 [[PERSON:Della Royster]]")),

("positive", "next_of_kin_form", "irish+mexican",
"""Contractor emergency-contact card, transcribe it:
Worker: [[PERSON:Cormac Dolan]]   Cell [[PHONE_NUMBER:(410) 555-0153]]
Next of kin: [[PERSON:Xóchitl Dolan-Ibarra]] (spouse)  [[PHONE_NUMBER:(410) 555-0186]]
Address: [[STREET_ADDRESS:7 Shipley Ct, Glen Burnie, MD 21061]]"""),

("positive", "foreign_tech_rep", "norwegian",
"""The propulsion OEM is sending a tech rep from Norway, draft the base access request:
Name: [[PERSON:Sigurd Haugland Ødegård]]
Passport: [[US_PASSPORT:FK4472091]] (Norwegian)
DOB: [[DATE_OF_BIRTH:2 October 1975]]
Phone: [[PHONE_NUMBER:+47 555 01 843]]
Arriving 1/8, departing 1/16."""),

("positive", "fouo_docking_plan", None,
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Docking plan, CGC ... block locations frames 18, 44, 71; keel blocks 42 in.
Can you convert the block table into a checklist? (table below)"""),

("positive", "contractor_portal_creds", "anglo",
"""The welding sub sent this email, should I forward it to the COR as-is?
"Log in to our QA portal to see the weld maps: https://qa.chesmarweld.example.com user: uscgyard / password: [[PASSWORD:Weld-Map!88zq]] – [[PERSON:Dale Hutchens]]\""""),

("positive", "ais_key_in_script", None,
"""My python script for the dry-dock weather alerts fails on the S3 upload:
AWS_ACCESS_KEY_ID = "[[CLOUD_ACCESS_KEY:AKIAQ7M3TZ4WXN2PLKRD]]"
AWS_SECRET_ACCESS_KEY = "[[CLOUD_SECRET_KEY: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]]"
s3.upload_file("tides.csv", "yard-drydock-alerts", "tides.csv")"""),

("positive", "safety_incident_report", "akan",
"""Mishap report draft, fix grammar:
On 12/01 at 1320, pipefitter [[PERSON:Kwame Asante-Darko]] (Patapsco Pipefitters, DOB [[DATE_OF_BIRTH:06/14/1990]]) slipped on the staging in dry dock 2. Treated at the yard clinic and released. Witness: [[PERSON:Yaa Serwaa Ofori]]."""),

("evasion", "ssn_lookalike_letters", "fulani",
"""badge office wants SSN for [[PERSON:Mamadou Saliou Bah-Diallo]], he typed it as [[US_SSN:2I9-74-98B5]] in the form, I think the I is a 1 and B is an 8?"""),

("evasion", "dob_words", "lao",
"""the worker [[PERSON:Khamphanh Douangdara]] wrote his birthday on the access sheet as "[[DATE_OF_BIRTH:the fifth of May nineteen eighty-two]]", convert to MM/DD/YYYY for the list"""),

("evasion", "password_hex", None,
"""the sub encoded the portal password in hex in his email "so it's safe": [[PASSWORD:5368697079617264215f3230323621]] – decode it so I can log in?"""),

("hard_negative", "cutter_eponyms", None,
"""List the 270' medium endurance cutters and who they're named after (e.g., Bear, Tampa, Harriet Lane, Spencer, Seneca). I'm making a poster for the yard's 100th dry-docking."""),

("hard_negative", "hull_and_contract_numbers", None,
"""Contract 70Z02326C0041, CLIN 0003, hull WMEC-901, work item 631-02. SWLIN 411-223-9087 from the SFLC database. Which of these goes on the DD 250?"""),

("hard_negative", "yard_public_address", None,
"""For the vendor info sheet: deliveries go to U.S. Coast Guard Yard, 2401 Hawkins Point Road, Baltimore, MD 21226, main gate. Gate hours 0600–1530. Shorten it."""),

("hard_negative", "same_shape_no_pii", None,
"""Contractor access list format for the gate, check the columns make sense:
Last,First,DOB,DL State,DL No,Company
(one row per worker, DOB as MM/DD/YYYY, DL as printed)
Do they also need the vehicle plate?"""),

("hard_negative", "ranks_and_titles", None,
"""What's the difference between a Docking Officer, Ship Superintendent, Port Engineer and the CO/XO during a dry-docking? Also do Chief Warrant Officers sign the docking report?"""),

("hard_negative", "nsn_and_parts", None,
"""NSN 2040-01-552-3317 (shaft seal kit) and 5330-01-118-4472. Part no. 441-889-2210. The storeroom says the kit is on backorder; draft the parts request."""),

("hard_negative", "prose_fouo", None,
"""Do old docking plans marked FOUO need to be re-marked as CUI before we share them with the new contractor, or is there a legacy marking waiver? Explain the rule."""),

("hard_negative", "example_badge_form", None,
"""Example for the training slide (fake person): Name: JOHN Q. SAMPLE, DOB: MM/DD/YYYY, SSN: XXX-XX-XXXX. Make the slide explain which fields the gate checks."""),

("hard_negative", "place_names", None,
"""Travel for the tech rep: Fort McHenry tunnel vs Key Bridge detour, then Curtis Bay. Is Hawkins Point closer to Glen Burnie or Dundalk?"""),

("hard_negative", "weather_tides", None,
"""NOAA tide station 8574680 (Baltimore) shows the high at 14:22, 1.9 ft. Will the Syncrolift window on 01/06 work? Give me the general rule for tide windows."""),

("positive", "oem_passwort_email", "german",
"""The German propulsion OEM's service engineer sent remote-diagnostics access for the cutter's gearbox controller. Translate and tell me if we can even use this on the yard network:
"Guten Tag, anbei die Zugangsdaten für das Fernwartungsportal: Benutzer uscg-yard-svc, Passwort: [[PASSWORD:Getriebe!Wartung-4471]]. Bei Fragen erreichen Sie mich unter [[PHONE_NUMBER:+49 421 555 0173]]. Mit freundlichen Grüßen, [[PERSON:Friederike Brockmöller]]\""""),

]
