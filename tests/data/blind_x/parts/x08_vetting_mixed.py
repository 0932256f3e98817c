# Voice: personnel security, background-check vendors, territory field offices; evasions and look-alikes
RECORDS = [
("positive", "sf86_helper_chat", "assyrian",
"""User: I'm filling the e-QIP for my reinvestigation. Section 2 asks my DOB, it's [[DATE_OF_BIRTH:6/13/1976]]. Section on driver's license: New Mexico [[US_DRIVER_LICENSE:041829370]]. Passport: [[US_PASSPORT:590418273]]. Can you check nothing's inconsistent with my name [[PERSON:Ninos Yonan Khoshaba]]?
Assistant: Those look consistent in format. Make sure the passport issue and expiration dates match the book exactly."""),

("positive", "vendor_bg_request", "irish+zulu+finnish",
"""Background screening order — vendor portal export (tab-separated)
order	candidate	dob	dl_state	dl_number	package
BX-118204	[[PERSON:Corrigan, Aoife B]]	[[DATE_OF_BIRTH:1992-09-04]]	SC	[[US_DRIVER_LICENSE:104829371]]	MVR+CRIM
BX-118205	[[PERSON:Mbeki-Dlamini, Sizwe]]	[[DATE_OF_BIRTH:1981-03-27]]	AL	[[US_DRIVER_LICENSE:8047192]]	MVR
BX-118206	[[PERSON:Halonen, Eero]]	[[DATE_OF_BIRTH:1970-12-12]]	ME	[[US_DRIVER_LICENSE:7184029]]	MVR+CRIM+EDU"""),

("positive", "mvr_report", "lakota",
"""MOTOR VEHICLE RECORD — SOUTH DAKOTA
Name: [[PERSON:WHITE EAGLE, TATANKA J]]   DL No: [[US_DRIVER_LICENSE:01928473]]   Birth Date: [[DATE_OF_BIRTH:1988-05-02]]
Status: VALID   Class: A   Endorsements: N
Violations (36 mo): 2025-07-14 speeding 11-15 over (citation SD-25-0071829)"""),

("positive", "territory_usvi_realid", "virgin_islander",
"""St. Thomas BMV REAL ID pilot — enrollment log line
2026-12-03 10:14 AST  applicant=[[PERSON:Kareem O. Hodge-Benjamin]]  doc=VI DL [[US_DRIVER_LICENSE:9184027]]  dob=[[DATE_OF_BIRTH:03/03/1983]]  status=DOCS_VERIFIED"""),

("positive", "cnmi_license_email", "chamorro+carolinian",
"""Hafa adai, for the Saipan TDY vehicle pool I need copies of both drivers' CNMI licenses: [[PERSON:Juanita Sablan Camacho]], lic. no. [[US_DRIVER_LICENSE:MP-0418273]], DOB [[DATE_OF_BIRTH:21-Sep-1979]]; and [[PERSON:Ignacio Rogolifoi]], lic. no. [[US_DRIVER_LICENSE:MP-0529174]], DOB [[DATE_OF_BIRTH:02-Jan-1986]]."""),

("positive", "court_fta_letter", "montenegrin",
"""Draft a letter for me. The Connecticut DMV says my license [[US_DRIVER_LICENSE:071829364]] is suspended for failure to appear, but I paid the ticket. My name is [[PERSON:Vesna Radulović]], date of birth [[DATE_OF_BIRTH:27 June 1969]], I live at [[STREET_ADDRESS:55 Maple Ave, Apt 7, Wethersfield, CT 06109]]."""),

("positive", "wyoming_idaho_roster", "basque+shoshone",
"""Wildfire support crew (personal vehicles authorized):
- [[PERSON:Iñaki Etxeberria]] — ID Lic # [[US_DRIVER_LICENSE:KR418293C]] — b. [[DATE_OF_BIRTH:1977]]
- [[PERSON:Lena Tindore Pahvitse]] — WY lic [[US_DRIVER_LICENSE:104829-371]] — b. [[DATE_OF_BIRTH:11/5/1990]]"""),

("positive", "nebraska_westva", "bosnian+anglo",
"""Two clearance files with license issues:
1) [[PERSON:Adnan Šehović]], NE OLN [[US_DRIVER_LICENSE:H18402937]], DOB [[DATE_OF_BIRTH:12.10.1985]] - name on license lacks the háček.
2) [[PERSON:Bobbie Jo Scarbrough]], WV OLN [[US_DRIVER_LICENSE:E418293]], DOB [[DATE_OF_BIRTH:4-22-71]] - license expired during the investigation."""),

("positive", "i9_rhode_delaware", "cape_verdean+anglo",
"""Section 2 list B entries to correct: RI license for [[PERSON:Adilson Fortes Gomes]] ([[US_DRIVER_LICENSE:V418293]], DOB [[DATE_OF_BIRTH:1994/01/18]]) and Delaware license for [[PERSON:Marybeth Schoonover]] ([[US_DRIVER_LICENSE:4182937]], DOB [[DATE_OF_BIRTH:1966/07/07]]). Both had the expiration date typed into the document number field."""),

("positive", "mississippi_montana_cdl", "choctaw+anglo",
"""CDL verification via CDLIS: [[PERSON:Ronnie Wesley Billie]] MS CDL [[US_DRIVER_LICENSE:801927364]] DOB [[DATE_OF_BIRTH:19720430]] - status LICENSED. [[PERSON:Dusty Haugland]] MT CDL [[US_DRIVER_LICENSE:0718198440271]] DOB [[DATE_OF_BIRTH:19850909]] - status LICENSED, medical self-cert NI."""),

("evasion", "nbsp_soft_hyphen_dl", "anglo",
"""Copied from the PDF, the number has weird spaces: FL DL [[US_DRIVER_LICENSE:R416\u00a0382\u00a071\u00ad204\u00a05]] for [[PERSON:Lyle Brumfield]]"""),

("evasion", "latin_lookalikes_dob", "hungarian",
"""Subject [[PERSON:Zsófia Bártfai-Kovács]], DOB [[DATE_OF_BIRTH:l9/O4/l98l]] (the old OCR turned ones into l and zeros into O)"""),

("evasion", "split_turns_dob", "lithuanian",
"""User: date of birth for my application is [[DATE_OF_BIRTH:05/
User: 17/1992]] and name is [[PERSON:Rūta Žemaitytė]]"""),

("evasion", "base64_passport", "anglo",
"""{"traveler":"[[PERSON:Bertram Ellingwood]]","ppt_b64":"[[US_PASSPORT:NTYwMjk0ODE3]]","dob_b64":"[[DATE_OF_BIRTH:MTk3MS0wOC0yMw==]]"}"""),

("evasion", "dashes_every_digit", "afghan",
"""passport pls: [[US_PASSPORT:P-0-4-1-8-2-9-3-7]] for [[PERSON:Zarghona Ahmadzai]], born [[DATE_OF_BIRTH:1-9-9-8-/-0-3-/-2-1]]"""),

("evasion", "spanish_words_dl", "honduran",
"""Le dicto el número de licencia de Carolina del Norte: [[US_DRIVER_LICENSE:cero cero cero, cuatro uno ocho, dos nueve tres, siete uno]]. Nombre: [[PERSON:Keyla Yamileth Banegas]]."""),

("evasion", "url_encoded_dob", "czech",
"""GET /api/verify?name=[[PERSON:Kate%C5%99ina%20Dvo%C5%99%C3%A1kov%C3%A1]]&dob=[[DATE_OF_BIRTH:1983%2D02%2D14]]&dl=[[US_DRIVER_LICENSE:K%2D082%2D41%2D9375]] 400 Bad Request"""),

("evasion", "fullwidth_chinese_dl", "chinese_american",
"""帮我查一下这个驾照号码对不对：[[US_DRIVER_LICENSE:Ｄ４７１９０２８]]（加州），持有人 [[PERSON:司徒慧敏]]，出生日期 [[DATE_OF_BIRTH:１９６５年８月２日]]。"""),

# hard negatives
("hard_negative", "sf86_instructions", None,
"""e-QIP tip: Section 2 asks for your date of birth; Section 7 for your passport number and issue date; the driver's license is optional. Answer "I don't know" with an estimate rather than leaving blanks. Your investigation request number (e.g., 2027-00418) is not your case number."""),

("hard_negative", "mvr_policy", None,
"""Motor vehicle record checks are run at hire and every 3 years for employees who drive government vehicles. More than 6 points in 36 months disqualifies. The vendor contract is 70B06C27F00000418; task order TO-0007."""),

("hard_negative", "contractor_license_numbers", None,
"""Vendor credentials for the fence project: Maryland Home Improvement Commission license MHIC 141827, Virginia Class A contractor license 2705-184293, DC basic business license 400326000418. Bond no. SUR-88210-4."""),

("hard_negative", "liquor_and_business", None,
"""Permit check for the retirement party venue: ABC on-premises license 073-418-2093, food service permit FSP-26-7712, occupancy load 120. The venue was founded in 1987."""),

("hard_negative", "expiry_dates_report", None,
"""Credential expirations next 90 days: 14 PIV cards, 6 government driver authorizations, 3 official passports (exp 01/2027, 02/2027, 03/2027). Notifications go out 60 days prior. No personal data in this summary."""),

("hard_negative", "classified_prose", None,
"""In the SF-86 training, the instructor said "classified" information you learn during an investigation is handled under separate rules, and "confidential" sources are protected. None of this involves driver's license data, which is simply PII."""),

("hard_negative", "dl_distribution_email", None,
"""Please send the weekly clearance metrics to DL-PERSEC-Leads and cc DL PSD Adjudicators. Don't reply-all to the DL. The DL membership review is due 01/15/2027."""),

("hard_negative", "nsn_and_contract", None,
"""ID card printer ribbons: NSN 7510-01-618-4427 (qty 12), laminate NSN 7530-01-602-1188. Contract HSHQDC-17-D-00418, CLIN 0004. Delivery to 20528-0001."""),

("hard_negative", "famous_birthdays_newsletter", None,
"""This week in history: Harriet Tubman, born around 1822 in Dorchester County, Maryland; Frederick Douglass chose February 14 as his birthday because he never knew his real birth date. Both are honored on the new Freedom Trail exhibit."""),

("hard_negative", "fcc_license", None,
"""The land mobile radio system renewal: FCC call sign WQXR418, FRN 0027184293 is the agency's registration number, license expires 2031-05-14. Coordinate with the spectrum office before filing."""),

("hard_negative", "sample_dl_numbers_aamva", None,
"""AAMVA DL/ID card design standard, Annex D, data element DAQ (customer ID number), DCS (family name), DBB (date of birth, MMDDCCYY for US). Example in the standard: DAQ0123456789ABC, DBB01071990 — test data only."""),

("hard_negative", "version_numbers", None,
"""Release notes: license-validator v2.7.14 (build 20261204.3) adds Puerto Rico and Guam formats; dob-normalizer 1.9.0 fixes dd/mm ambiguity; passport-mrz 3.2.1 handles TD1 cards."""),

("hard_negative", "court_case_not_dl", None,
"""Cite as: State v. Licensing Board, No. 2026-CA-00418 (App. Div. 2026). The opinion discusses whether a suspended professional license may be reinstated; it does not involve driver licensing."""),

("hard_negative", "passport_dl_public_number", None,
"""For questions about a US passport, contact the National Passport Information Center at 1-877-487-2778 (TDD/TTY 1-888-874-7793). For a REAL ID question, contact your state's motor vehicle agency. DHS does not issue driver's licenses."""),

("hard_negative", "birthday_deadline_confusion", None,
"""The retirement system calls it "date of birth eligibility": you may retire at MRA + 10 years. For FERS, MRA is 57 for anyone born in 1970 or later. Submit the SF-3107 90 days before your chosen date."""),

("hard_negative", "born_other_senses", None,
"""The initiative was born from a 2019 pilot, and the first-born version of the app supported only the Texas format. Born-again interest in the project came after the 2025 REAL ID deadline."""),
]
