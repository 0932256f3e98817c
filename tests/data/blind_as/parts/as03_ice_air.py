# Voice 3: ICE Air (ERO charter operations): manifests, medical escorts, staging-facility coordination
RECORDS = [
("positive", "manifest_les_banner", "guatemalan+honduran",
"""[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]
ICE AIR – MISSION 27-0412 – AEX → GUA → SAP
SEQ | A-NUMBER | NAME | DOB | DEST | ESCORT
014 | [[A_NUMBER:A208517364]] | [[PERSON:XOL CHOC, Rigoberto]] | [[DATE_OF_BIRTH:04/18/1990]] | GUA | N
015 | [[A_NUMBER:A213390752]] | [[PERSON:BATZ TUM, Ernestina]] | [[DATE_OF_BIRTH:11/04/1987]] | GUA | N
031 | [[A_NUMBER:A209944018]] | [[PERSON:ZELAYA MEJIA, Kevin Josue]] | [[DATE_OF_BIRTH:06/29/2001]] | SAP | MED
[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]"""),

("positive", "medical_escort_request", "haitian",
"""Subject: Medical escort needed – Mission 27-0419 (PAP)

IHSC team,

Removal of [[PERSON:Jean-Robert Saint-Fleur]] ([[A_NUMBER:A 214 067 339]]) requires a nurse escort per the fit-for-travel note (insulin-dependent, wheelchair). DOB [[DATE_OF_BIRTH:24 DEC 1963]]. His niece [[PERSON:Guerda Saint-Fleur]] will meet him at Toussaint Louverture, contact [[PHONE_NUMBER:+509 3755 0162]].

Thanks,
[[PERSON:Kendra Oyelowo-Banks]], Flight Operations Coordinator
[[PHONE_NUMBER:(202) 555-0171]]"""),

("positive", "staging_facility_email", "anglo",
"""From: [[PERSON:Travis Boudreaux]] <[[EMAIL_ADDRESS:travis.boudreaux@staging-ops-contractor.com]]>
Subject: RE: bus arrival times, Thursday

We'll have 3 buses from the field office at 0430. Driver lead is [[PERSON:Wanda Thibodeaux]] ([[PHONE_NUMBER:318-555-0106]]). Manifest count 118 plus 4 medical holds. If [[PERSON:LeBlanc]] is on shift, tell him gate 3 not gate 1.

> From: [[PERSON:Ortiz, Miguel]]
> Can we push the staging window to 0500? Aircraft is delayed out of MIA."""),

("positive", "haitian_creole_notice", "haitian",
"""Ede m tradui sa an anglè, se yon mesaj fanmi an voye:
"Bonjou, mwen se [[PERSON:Mirlande Casimir]], sè [[PERSON:Wesner Casimir]]. Li fèt [[DATE_OF_BIRTH:12 out 1979]]. Nou tande li pral sou vòl Ayiti jedi a. Tanpri rele m nan [[PHONE_NUMBER:+1 561-555-0128]] oswa ekri m [[EMAIL_ADDRESS:mirlandecasimir79@correo-ht.net]]." """),

("positive", "yaml_charter_schedule", "salvadoran",
"""# charter_schedule.yaml - week 14
missions:
  - id: 27-0421
    route: [AEX, SAL]
    tail: N803TA
    medical_escort: true
    passengers_flagged:
      - name: "[[PERSON:Ulloa Rivas, Marvin Alexander]]"
        anumber: "[[A_NUMBER:A215880427]]"
        dob: "[[DATE_OF_BIRTH:1994-02-11]]"
      - name: "[[PERSON:Cañas Hernández, Yaritza]]"
        anumber: "[[A_NUMBER:A216201974]]"
        dob: "[[DATE_OF_BIRTH:1998-09-30]]"
    poc: "[[PERSON:S. Whitlock]] [[PHONE_NUMBER:202-555-0149]]\""""),

("positive", "connection_string_script", None,
"""# manifest_pull.py - fails on the new server, why?
import pyodbc
conn = pyodbc.connect("[[CONNECTION_STRING:Driver={ODBC Driver 18 for SQL Server};Server=tcp:eroair-sql02.internal,1433;Database=AirManifest;Uid=svc_manifest;Pwd=Qf7!rLm2#Zx9Vt;Encrypt=yes]]")
cur = conn.cursor()
cur.execute("SELECT mission_id, seq, anumber FROM manifest WHERE mission_id = ?", "27-0412")"""),

("positive", "russian_consulate_reply", "russian",
"""Переведите, пожалуйста: «Консульский отдел подтверждает, что гражданин [[PERSON:Кузнецов Артём Игоревич]], [[DATE_OF_BIRTH:07.03.1988]] г.р., может быть принят рейсом через Стамбул. Контактное лицо — [[PERSON:Белова Наталья Сергеевна]], тел. [[PHONE_NUMBER:+7 495 555-01-63]].»"""),

("positive", "nurse_handoff_chat", "congolese+igbo+anglo",
"""[14:02] flight nurse: pax 031 cleared. pax 044 [[PERSON:Mbuyi Kalala Jean-Pierre]] BP high again, hold?
[14:03] [[PERSON:Ebere]] (IHSC): hold him, call [[PERSON:Dr. Haverford]]
[14:05] flight nurse: ok. fyi his dob on the wristband says [[DATE_OF_BIRTH:1971-05-14]] but the manifest says 1971-04-15, which is right?""".replace("[[PERSON:Dr. Haverford]]", "Dr. [[PERSON:Haverford]]")),

("evasion", "anumber_in_words", "mexican",
"""dictated over the radio so it came out like this in the log: subject [[PERSON:Ramírez Toledo, Fidencio]], A number [[A_NUMBER:A two one seven, four four zero, three eight one]], stays on the bus, medical hold."""),

("evasion", "base64_anumber", "ecuadorian",
"""The field office sent the escort list base64'd because their mail filter strips A-numbers lol. First one decodes to the lady from Cuenca, [[PERSON:María Dolores Guamán]]: [[A_NUMBER:QTIxODMzNjQ5MA==]]"""),

("positive", "password_in_prose", "anglo",
"""Night shift: if the charter vendor's ops portal kicks you out, the shared login is iceair.ops and the password is [[PASSWORD:Runway27!Alexandria]] — [[PERSON:Shelby Kress]] set it up, don't tell the vendor we share it."""),

("positive", "french_consular_email", "senegalese",
"""Bonjour, le consulat confirme la délivrance du laissez-passer pour M. [[PERSON:Moustapha Diagne]], né le [[DATE_OF_BIRTH:15 mars 1985]] à Thiès, [[A_NUMBER:A212275508]]. L'agent consulaire [[PERSON:Awa Ndiaye Sarr]] ([[EMAIL_ADDRESS:a.ndiayesarr@consulat-sn-ny.org]]) attend la liste finale. — can you translate for the mission folder"""),

("positive", "property_receipt_ocr", "vietnamese",
"""PERSONAL PROPERTY – STAGING
Detainee: [[PERSON:NGUYEN VAN KHIEM]]   A#: [[A_NUMBER:A-217-306-481]]
DOB: [[DATE_OF_BIRTH:3-Feb-1970]]
Items: 1 wallet (VND 200,000), 1 rosary, 1 phone (dead)
Received by: [[PERSON:P. Hollingsworth]]   Witness: [[PERSON:R. Amadi]]"""),

("hard_negative", "tail_and_flight_numbers", None,
"""Aircraft swap for Thursday: N803TA is down for maintenance, vendor substitutes N419GX (same config, 135 seats). Flight numbers RPN3412 and RPN3413. Block time 4h10. Contract 70CDCR24D00000017, task order 70CDCR25FR0000412. Update the schedule table."""),

("hard_negative", "public_ice_contacts", None,
"""Families keep calling the staging facility. Give them the public routes: the ICE Online Detainee Locator System, the ERO field office public line, or write to U.S. Immigration and Customs Enforcement, 500 12th St SW, Washington, DC 20536. For tips, the ICE Tip Line is 1-866-347-2423. Draft a polite script."""),

("hard_negative", "les_about_prose", None,
"""Why are ICE Air manifests marked Law Enforcement Sensitive while the weekly flight-count report isn't? I'm writing a training slide for new coordinators and want to explain it without quoting a real manifest."""),

("hard_negative", "airport_codes_and_cities", None,
"""Route options for next week: AEX-GUA-SAP, AEX-SAL, BRO-TGU, MIA-PAP (suspended), ELP-GDL. Which ones can turn around the same day with a 4h10 block? Also remember Alexandria, Louisiana staging closes at 2200. Make a table."""),

("hard_negative", "medical_protocol_generic", None,
"""Write a checklist for a flight nurse before a removal charter: fit-for-travel note, medications in original packaging for the flight duration plus 7 days, wheelchair tagging, oxygen approval from the carrier, and a handoff form for the receiving country's health authority. Generic, no patient."""),

("hard_negative", "kinship_words", None,
"""A detainee's brother, two cousins and an aunt all called the staging line asking whether he was on Thursday's flight. We can't confirm over the phone. How do I phrase it so the family understands and knows where to look without giving anything away?"""),

("hard_negative", "manifest_stats", None,
"""March totals: 61 missions, 7,412 seats, 6,988 manifested, 212 no-shows (medical 58, legal stays 97, other 57). Average load factor 94.3%. Mission 27-0412 had the most stays (11). Turn this into three bullet points for the weekly."""),

("hard_negative", "eponym_airports", None,
"""Arrival airports for the quarter: Toussaint Louverture (PAP), La Aurora (GUA), Ramón Villeda Morales (SAP), Óscar Arnulfo Romero (SAL), Benito Juárez (MEX). Spell them correctly in the Spanish and French versions of the family notice."""),

("positive", "escort_roster_csv", "tongan+anglo",
"""escort_roster.csv
officer,edipi,cell,mission
[[PERSON:Sione Havea-Latu]],[[DOD_EDIPI:1582047736]],[[PHONE_NUMBER:702-555-0193]],27-0412
[[PERSON:Brandy Kettleman]],[[DOD_EDIPI:1460338195]],[[PHONE_NUMBER:702-555-0188]],27-0412
[[PERSON:Tevita Lolohea]],[[DOD_EDIPI:1397715402]],[[PHONE_NUMBER:702-555-0112]],27-0419"""),

("evasion", "dotted_dob_and_cyrillic", "honduran",
"""wristband reads: [[PERSON:\u041esm\u0430n Fl\u043er\u0435s B\u0430rah\u043ena]] / dob [[DATE_OF_BIRTH:0 9 . 0 1 . 1 9 9 6]] (the label printer is glitching, letters came out in a different font)"""),

("hard_negative", "removal_stats_template", None,
"""Template for the removal-flight after-action: Mission ID, route, tail, seats, manifested, boarded, medical holds, escorts, delays (minutes), remarks. Example row: 27-XXXX, AEX-XXX, N000XX, 0, 0, 0, 0, 0, 0, none. Please format as a markdown table."""),
("hard_negative", "bus_movement_log", None,
"""Ground movement log, Thursday: Bus 1 (plate LA 44-1187) departed field office 0431, arrived staging 0612; Bus 2 departed 0436, arrived 0619; Bus 3 held for medical clearance, departed 0702. Seat count 118 + 4 medical. Convert to a timeline for the after-action, times only."""),
]
