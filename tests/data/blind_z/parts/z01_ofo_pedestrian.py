# Voice: CBP OFO land-border pedestrian lanes and SENTRI (San Ysidro / El Paso / Nogales style)
RECORDS = [
("positive", "lane_log", "hispanic", """PED WEST 0614 shift log
0722 lane 4 - traveler [[PERSON:MONTAÑO ESQUIVEL, Rosaura]] presented BCC, DOB [[DATE_OF_BIRTH:14 de marzo de 1979]], referred for I-94 issuance; address in Tijuana: [[STREET_ADDRESS:Calle Río Sonora 2214, Col. Revolución, 22015 Tijuana, B.C.]]
0731 cleared."""),
("positive", "sentri_renewal_email", "anglo", """Hi team - [[PERSON:Chance Whitcombe]] called about his SENTRI renewal. PASSID [[KNOWN_TRAVELER_NUMBER:983104572]], vehicle already removed. He asked us to call back at [[PHONE_NUMBER:(619) 555-0147]]. [[PERSON:Chance]] says the card was mailed to his old address, [[STREET_ADDRESS:2807 Otay Lakes Rd Apt 12, Chula Vista, CA 91915]]."""),
("positive", "csv_pedestrian", "hispanic+filipino", """lane;traveler;dob;doc
3;[[PERSON:Itzel Baños Quiroga]];[[DATE_OF_BIRTH:1991-07-30]];BCC
5;[[PERSON:Marivic Dela Peña]];[[DATE_OF_BIRTH:1986-02-11]];US PP [[US_PASSPORT:564203918]]
"""),
("positive", "lowercase_chat", "hispanic", """User: write a short note thanking officer for helping [[PERSON:maria guadalupe cervantes]] at ped east this morning, she forgot her sentri card and we verified her with passid [[KNOWN_TRAVELER_NUMBER:981557203]]
Assistant: Of course. Here is a draft:"""),
("positive", "sentri_form_spanish", "hispanic", """Solicitud de reemplazo de tarjeta SENTRI
Nombre: [[PERSON:Faustino Ledezma Arriaga]]
Fecha de nacimiento: [[DATE_OF_BIRTH:9 de noviembre de 1968]]
Domicilio: [[STREET_ADDRESS:Av. Tecnológico 1540, Fracc. Las Palmas, 32330 Ciudad Juárez, Chih.]]
Teléfono: [[PHONE_NUMBER:+52 656 555 0183]]
Correo: [[EMAIL_ADDRESS:fledezma.arriaga@correo-ejemplo.mx]]"""),
("positive", "supervisor_summary", "vietnamese+norwegian", """Summary for the port director: At 1410 the pedestrian kiosk froze while processing [[PERSON:KHUC, Thi Bich Hoa]] (US LPR, A-number [[A_NUMBER:A207 418 365]]). Officer [[PERSON:Halvorsen]] re-ran her manually. Ms. [[PERSON:Khuc]] waited 40 minutes and filed a comment card."""),
("positive", "cui_brief", None, """[[CUI_MARKING:CUI//SP-LEI]]
SUBJECT: Pedestrian lane staffing change, San Ysidro PedWest
[[CUI_MARKING:(CUI//SP-LEI)]] Starting Monday the 0600-1400 shift adds two officers to lane 7 for the trusted-traveler pilot.
Please summarise this for the shift briefing."""),
("positive", "les_muster", None, """Can you shorten this muster note? "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] - Lookout for counterfeit BCC laminates observed at DeConcini pedestrian, see attached exemplars. Do not share outside CBP." """),
("positive", "kiosk_config", None, """# ped-kiosk sync config (lane 1-12)
[upstream]
host = kiosk-sync.ofo.example.internal
user = kioskagent
password = [[PASSWORD:Qv7#mL2x!pRe94tZ]]
retry = 3"""),
("positive", "portal_basic_auth", None, """curl -s https://sentri-queue.example.gov/api/lanes/status \\
  -H "Authorization: Basic [[PASSWORD:cGVkbGFuZTpUNm53LWpYcjQyLWJx]]" """),
("positive", "sentri_dotted_fouo", None, """Traffic counts attached. Header on the spreadsheet says [[CUI_MARKING:U//FOUO]] - can you make a chart of the hourly crossings?
06:00 412
07:00 655
08:00 701"""),
("evasion", "spaced_passid", "anglo", """User: my sentri passid is [[KNOWN_TRAVELER_NUMBER:9 8 2 0 4 4 1 7 6]] and my name is [[PERSON:hope ashworth]], does the lane close at 10pm on sundays?"""),
("evasion", "split_turns_ssn", "hispanic", """User: agent asked me for the traveler's ssn for the secondary referral, first part is [[US_SSN:527-83
Assistant: Please don't share full SSNs here.
User: -4016]] anyway, traveler is [[PERSON:Eulalio Terrazas]]"""),
("hard_negative", "public_contact", None, """For SENTRI questions the public can contact the Otay Mesa enrollment center or call the CBP Information Center at 1-877-227-5511. Hours are posted on cbp.gov; we do not take appointments by phone."""),
("hard_negative", "crossing_stats", None, """Pedestrian crossings, FY26 Q3 (public dashboard extract)
port,northbound_peds,change
San Ysidro 2504,1845220,+3.1%
Calexico 2503,702118,-0.4%
El Paso 2402,1210774,+1.9%"""),
("hard_negative", "secret_service_prose", None, """Reminder: the Secret Service advance team will walk the pedestrian plaza Thursday ahead of the bilateral visit. This is not a confidential notice; the mayor's office already announced it."""),
("hard_negative", "training_markings", None, """Training slide 12: Markings you may see on lane bulletins include 'CUI//SP-LEI' and the legacy 'FOUO'. If a bulletin carries them, do not paste it into external tools. This slide itself is unmarked."""),
("hard_negative", "eponym_street", None, """The new pedestrian queue will be routed along Virginia Avenue past the old César Chávez mural, then to the Benito Juárez memorial gate. Signage contract 70B03C26C00000417."""),
("hard_negative", "ticket_numbers", None, """Facilities ticket INC0048812 (turnstile 3 jammed) closed; part NSN 5340-01-612-4470 reordered under PO 4500318822. Tracking 1Z 9W4 71R 03 5518 2204."""),
("hard_negative", "placeholder_config", None, """[upstream]
host = kiosk-sync.ofo.example.internal
user = ${KIOSK_USER}
password = ${KIOSK_PASSWORD}
# replace with values from the vault before deploying"""),
("hard_negative", "fiction_crossing", None, """Book club pick this month: a novel where the narrator, Lupe, walks across the bridge every morning to sell tamales, and Don Chuy at the turnstile always calls her 'mija'. Discussion questions welcome."""),
("hard_negative", "version_hashes", None, """Kiosk firmware 4.12.7-rc2 rolled to lanes 1-12. Build sha256 9c41e0a7b2d38f5e6a1c7d04b9e82f3a56d1c0e7b4a92f8d3e6c5b1a0f7d2e94; previous 4.12.6."""),
]
