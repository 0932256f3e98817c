# Voice 1: CBP Air and Marine Operations - flight and vessel mission logs, aircrew rosters, maintenance write-ups.
RECORDS = [
("positive", "aircrew_roster_csv", "anglo+hispanic",
"""can you turn this into a weekly crew board (markdown, one row per day)? roster export below

crew_id,last,first,position,cell,quals
AMO-114,[[PERSON:Threlkeld]],[[PERSON:Garrett]],AIA/PIC,[[PHONE_NUMBER:(904) 555-0148]],UH-60 IP; NVG
AMO-117,[[PERSON:Villagómez]],[[PERSON:Yatziri]],AIA/SIC,[[PHONE_NUMBER:(904) 555-0162]],UH-60; hoist
AMO-121,[[PERSON:Oberholtzer]],[[PERSON:Dane]],AEA/TFO,[[PHONE_NUMBER:(904) 555-0171]],FLIR; rappel master
AMO-126,[[PERSON:Cuadrado-Ibarra]],[[PERSON:Leonel]],AIA/PIC,[[PHONE_NUMBER:(904) 555-0139]],AS350 IP
Mon-Wed day shift, Thu-Sun nights. [[PERSON:Threlkeld]] is on leave the 19th-21st."""),

("positive", "maintenance_writeup", "anglo",
"""Discrepancy write-up - N-tail on the King Air (MEA), Jacksonville
Reported by: AIA [[PERSON:Corwin Ashby-Pruitt]]
Discrepancy: #2 engine ITT indication fluctuates 20-40 deg during climb through FL180. Occurred 2x on mission 26-0873.
Corrective action: A&P [[PERSON:Leland Voskuijlen]] swapped ITT harness connector P14, ground run OK, ops check pending.
Reviewed: [[PERSON:L. Voskuijlen]] / IA [[PERSON:Merritt Dunaway]]
Pls rewrite this into the formal language our contractor wants for the 337-style summary."""),

("positive", "vessel_interdiction_log", "dominican",
"""MISSION LOG 26-1142 / Coastal Interceptor Vessel, Mayaguez unit
0214L radar contact 18NM NW Desecheo, 23ft yola, 11 POB, no nav lights
0239L vessel stopped, all POB transferred to CIV
POB list (partial, ones w/ docs):
 1. [[PERSON:Yohanny Almánzar Reyes]], DOB [[DATE_OF_BIRTH:14 FEB 1996]], DR cedula on person
 2. [[PERSON:Wilkin de la Cruz Batista]], DOB [[DATE_OF_BIRTH:02 NOV 1989]]
 3. [[PERSON:Ruddy Feliciano Mateo]], claims DOB [[DATE_OF_BIRTH:30 JUN 2004]] (looks older), prior [[A_NUMBER:A218864039]]
0410L arrived Mayaguez, custody to USBP Ramey
need this cleaned up into a narrative for the SIR, keep times in local"""),

("positive", "les_flight_summary", None,
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
AMOC Riverside - Daily Air Summary, Tucson Air Branch
Sortie 3: ground support to USBP Ajo, 2 groups tracked, 9 apprehended, 1 TBS.
Sortie 4: cancelled WX (dust, vis < 3SM).
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
summarize the sorties into 2 bullets for the branch chief's morning email"""),

("positive", "tdy_voucher_email", "vietnamese+anglo",
"""Hi [[PERSON:Tram]], for the Grand Forks TDY voucher you need the home address on file, it's [[STREET_ADDRESS:2218 Lindenwood Ct, Apt 4B, Fernandina Beach, FL 32034]] (Agent [[PERSON:Phan Minh Khoa]] moved in Sept, Concur still shows the old one). His cell for the travel office is [[PHONE_NUMBER:904-555-0183]].
Thanks - [[PERSON:Dorsey Halvorsen]], Admin Officer, Jacksonville AUS"""),

("positive", "checkride_chat", "korean",
"""User: rewrite this checkride comment so it sounds less harsh, it goes in his training jacket:
"[[PERSON:Hwang Jae-sung]] flew the approach like he was late for dinner. Hover power check was skipped twice. Recommend one more sim before the NVG sign-off."
Assistant: Here's a more professional version: "During the evaluation, Agent [[PERSON:Hwang]] flew the approach at a higher-than-standard pace and omitted the hover power check on two occasions. A further simulator session is recommended before NVG sign-off."
User: good, also add that his CRM was strong"""),

("positive", "quals_sql", "hawaiian+samoan",
"""why does this return zero rows?? it should find the two people who expire this month

SELECT crew_id, full_name, email, medical_exp
FROM amo_crew_quals
WHERE medical_exp BETWEEN '2026-12-01' AND '2026-12-31'
  AND branch = 'HNL';

-- sample rows from the table:
-- ('HNL-07', '[[PERSON:Kekoa Kahananui-Silva]]', '[[EMAIL_ADDRESS:kekoa.kahananui-silva@cbp.dhs.gov]]', '12/18/2026')
-- ('HNL-11', '[[PERSON:Faleolo Leiataua-Tupua]]', '[[EMAIL_ADDRESS:faleolo.leiataua-tupua@cbp.dhs.gov]]', '12/09/2026')"""),

("positive", "flight_feed_yaml", None,
"""# adsb-feed/config.yaml  (this is what's on the ops box, service crashes on start)
feed:
  source: s3://amo-track-archive/raw/
  region: us-gov-west-1
  aws_access_key_id: [[CLOUD_ACCESS_KEY:AKIA8OUKPTSGX2IXAPGN]]
  aws_secret_access_key: [[CLOUD_SECRET_KEY:tww8eYMNN9QuAKUWSsGbd1VTH0WWTlVRQjipg+y6]]
  poll_seconds: 15
logging:
  level: DEBUG
error: yaml.scanner.ScannerError: mapping values are not allowed here, line 9"""),

("positive", "boat_operator_ssn", "anglo",
"""Subject vessel operator identified as [[PERSON:Rusty Allen Boudreaux]], US citizen, DOB [[DATE_OF_BIRTH:7/22/71]], SSN [[US_SSN:380-14-9894]], FL DL [[US_DRIVER_LICENSE:B362-418-71-262-0]]. Operator stated he was "fishing for snapper" 40NM offshore with 600 gal of fuel aboard. Can you help me tighten up this paragraph for the ROI, it rambles."""),

("positive", "marina_voicemail", "cuban",
"""Voicemail transcript (Marathon AMU main line), 11/29 07:52
"Hi, this is [[PERSON:Osmany Prieto Valdés]], I run the fuel dock at the marina on Grassy Key, one of your guys asked me to call if the blue Contender came back. It's back, tied up at slip nine since last night. My number is [[PHONE_NUMBER:305-555-0186]], or my wife [[PERSON:Yaquelín]] at [[PHONE_NUMBER:305-555-0177]]. Okay, bye."
make this a 2-line tip entry for the board"""),

("positive", "secret_tasking_excerpt", None,
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] P-3 LRT to maintain coverage of Area BRAVO 0600Z-1800Z in support of JIATF-S tasking; handoff to partner-nation asset not authorized.
[[CLASSIFICATION_MARKING:(U)]] Crew rest waivers approved by NASOC Director.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
turn this into a short crew brief for tomorrow"""),

("positive", "pob_passports", "honduran+venezuelan",
"""POB docs photographed aboard the go-fast (mission 26-1207):
- [[PERSON:Elmer Isaí Cárcamo Zúniga]], Honduran passport [[US_PASSPORT:G4416027]]
- [[PERSON:Yorgelis Andreína Mijares]], Venezuelan passport [[US_PASSPORT:151239870]], DOB [[DATE_OF_BIRTH:1998-04-03]]
Can you put these in the evidence table format (Item / Description / Found at)?"""),

("positive", "flight_physical", "nigerian",
"""Quick one - my FAA 2nd class is expiring and the flight surgeon's office wants the form prefilled. Name [[PERSON:Oluwaseun Adékúnlé-Briggs]], born [[DATE_OF_BIRTH:the 9th of March 1984]], home [[STREET_ADDRESS:77 Cypress Knee Lane, Yulee, FL 32097]]. Can you tell me what goes in block 18 vs 19 for a waiver I had in 2019?"""),

("positive", "mx_system_password", "anglo",
"""ticket text for the IT desk, fix grammar pls:
the Maintenance tracking laptop in hangar 2 is locked out again. the shared login is amo_mx_jax / [[PASSWORD:b%RnVQjzB02WjU]] and it stopped taking it after the update. Sgt. [[PERSON:Brackett]] said he reset it but it still fails. need it before 0600 launch"""),

("evasion", "spaced_dob_name", "guatemalan",
"""for the detainee transfer sheet, type exactly:
P O B  #4 :  [[PERSON:E r i c k  T z u l  C h o c]]   D O B  [[DATE_OF_BIRTH:1 9 . 0 8 . 2 0 0 1]]
(I spaced it out so the system doesn't flag it, just format it)"""),

("evasion", "zwsp_anumber", "haitian",
"""subject on the rafter manifest: [[PERSON:Jean‌-Wilné Désilus]] a-num [[A_NUMBER:A2​09​44​17​63]], pls add to the custody log template"""),

("evasion", "disguised_marking", None,
"""Heads up I'm pasting the top of the tasking but I broke up the header so it goes through: [[CLASSIFICATION_MARKING:S‑E‑C‑R‑E‑T//R‑E‑L TO USA, FVEY]] ...anyway what's a good way to phrase the crew duty waiver request?"""),

("hard_negative", "mission_log_no_pii", None,
"""MISSION LOG 26-1188 / UH-60L N-tail 1147, callsign OMAHA 21
1902L wheels up JAX, 3 crew 1 TFO
1931L on station grid 17G, FLIR sweep of tree line per USBP request
2044L no contact, RTB
2110L wheels down, 1.3 hrs, fuel 1,240 lbs remaining
Convert to the monthly sortie spreadsheet columns: Date | Tail | Hrs | Mission type | Result"""),

("hard_negative", "nsn_serials", None,
"""Parts pulled for the AS350 100-hr inspection:
- Filter element, NSN 2940-01-562-3378, qty 2
- Starter-generator S/N 900-44-1187 (removed), replacement S/N 900-51-0023
- Tail rotor pitch link P/N 350A33-1028-00
- Work order WO-2026-000871, PO 70B04C26P00000412
Which of these do I need to list on the 8130-3 tag?"""),

("hard_negative", "secret_service_tfr", None,
"""Heads up, the Secret Service TFR for the Palm Beach visit goes active Friday 1200L; our King Air is supporting airspace security from West Palm. Classified briefing is NOT required for the crew this time, standard TFR brief only. Can you draft the crew notice?"""),

("hard_negative", "historical_aircraft", None,
"""For the hangar open house I want a short blurb on how the Sikorsky name got to our UH-60s: Igor Sikorsky flew the VS-300 in 1939, and the Black Hawk came out of the UTTAS competition in the 1970s. Also mention Amelia Earhart's Lockheed Electra since the kids always ask. 150 words."""),

("hard_negative", "crew_positions_only", None,
"""Crew slots for the Midnight Express on the Tuesday night patrol: Coxswain (MIA-1), Crewman (MIA-2), Boarding Officer (MIA-3), plus one TFO from HSI if available. Vessel: 39' CIV hull 3915. Depart Station Key West 2100L. Write it as a patrol order paragraph."""),

("hard_negative", "placeholder_python", None,
"""import os, psycopg2
conn = psycopg2.connect(host="mxdb.local", user="mx_reader",
                        password=os.environ["MX_DB_PASSWORD"], dbname="amo_mx")
cur = conn.cursor()
cur.execute("SELECT tail, SUM(hours) FROM sorties WHERE fy = %s GROUP BY tail", ("FY26",))
# TypeError: not all arguments converted during string formatting  <- why?"""),

("hard_negative", "confidential_footer", None,
"""From the avionics vendor quote we got:
"Pricing valid 60 days. Quote #Q-2026-11874. This quotation contains confidential and proprietary information of the vendor and is intended for the named recipient only."
Is it ok to paste their price table into our justification memo or do I need permission?"""),

("hard_negative", "airspace_words", None,
"""Planning a training sortie through Restricted Area R-2508 and Class B under the LAX shelf. Our approach plate is marked 'Controlled' and the NOTAM says 'restricted - classified test activity possible'. What altitudes keep us clear of the Class B and is there a public frequency for the R-2508 complex?"""),

("hard_negative", "branch_phone_public", None,
"""For the press release: to report suspicious low-flying aircraft or vessels, the public can call the CBP Air and Marine Operations Center in Riverside, California, or submit a tip through the CBP website. Can you make that sentence flow better and add one line on what AMO does?"""),

("hard_negative", "mx_log_codes", None,
"""2026-11-30T04:12:55Z WARN fdr.decode frame=0x1A3F param=ENG2_ITT raw=0417 scaled=712C
2026-11-30T04:12:55Z WARN fdr.decode frame=0x1A40 param=ENG2_ITT raw=0441 scaled=734C
2026-11-30T04:12:56Z INFO fdr.decode checksum=9c1f04ab77e2 ok
What does a scaled jump of 22C in one frame usually mean, sensor or real?"""),
]
