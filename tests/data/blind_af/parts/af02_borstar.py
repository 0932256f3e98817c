"""Voice 2: Border Patrol search, trauma and rescue (BORSTAR): desert rescues, 911 transfers, hospital hand-offs."""
from blindlib import b64

RECORDS = [
("positive", "911_transfer_log", "mixtec+anglo", """0214 hrs  Pima Co 911 xfer to TCA dispatch, caller on Mexican mobile [[PHONE_NUMBER:+52 662 555 0190]], ping Phase II approx 9 mi SW of Arivaca Rd / Ruby Rd.
0216  Caller IDs self as [[PERSON:Eusebio Marcial Ortiz]], says group of 6 left them, one female unconscious, name [[PERSON:Leticia]], approx 30 yoa, no water since yesterday afternoon.
0219  BORSTAR 2 ([[PERSON:Agt. Kjellberg]]) and BORSTAR 5 en route, Omaha 60 requested.
0231  Call dropped. Callback attempts x3 no answer.
0304  Omaha 60 FLIR contact, 2 subjects. BORSTAR 2 on scene 0322.""".replace("[[PERSON:Agt. Kjellberg]]", "Agt. [[PERSON:Kjellberg]]")),

("positive", "mist_handoff", "mam", """MIST hand-off to Banner UMC Tucson ED, 1147 hrs

M: found in wash ~4 mi N of border, prolonged heat exposure, est. 3 days walking
I: altered mental status, abrasions both feet, no obvious trauma
S: core temp 40.6 C, HR 138, BP 88/52, RR 28, GCS 11 (E3 V3 M5)
T: active cooling (ice packs axilla/groin), 2 L NS IV, O2 NRB 15 L

Pt: [[PERSON:Ordóñez Bámaca, Wilmer Estuardo]]. DOB per Guatemalan DPI card in his pocket: [[DATE_OF_BIRTH:03/04/1998]]. Speaks Mam, some Spanish. Travel companion [[PERSON:Eliseo]] (no surname given) also transported, stable, by ground.
Receiving RN: [[PERSON:Kayleigh Brandt]]"""),

("positive", "radio_log", "anglo+hispanic", """TCA BORSTAR shift log 07/19
0612 [[PERSON:SBPA Zamarripa]] / [[PERSON:BPA Strickler]] 10-8 Ajo Stn.
0655 Rescue beacon 41 activated (Darby Well Rd). [[PERSON:Strickler]] responding.
0741 One adult male at beacon, conscious, requests water and medical. Name given [[PERSON:Cristóbal Nij Ramírez]], states DOB [[DATE_OF_BIRTH:11/21/2001]].
0802 Ground transport to Ajo Community Health Center, handed to [[PERSON:Dr. Pinnock]].
0915 [[PERSON:Zamarripa]] and [[PERSON:Strickler]] 10-8.""".replace("[[PERSON:SBPA Zamarripa]]", "SBPA [[PERSON:Zamarripa]]").replace("[[PERSON:BPA Strickler]]", "BPA [[PERSON:Strickler]]").replace("[[PERSON:Dr. Pinnock]]", "Dr. [[PERSON:Pinnock]]")),

("positive", "chat_aar", "honduran+salvadoran", """User: I need to turn my notes into an after-action summary for the sector. Keep it factual. Notes: 7/22 approx 1430, two subjects located by Tohono O'odham PD near San Miguel gate, [[PERSON:Dilcia Maradiaga]] (HND, 24) and her cousin [[PERSON:Nehemías Amaya Portillo]] (SLV, 19). Dilcia severe dehydration, Nehemías rolled ankle. Helo hoist not possible due to winds, we carried her 1.2 mi on litter. Both to Sells hospital, then Tucson.
Assistant: Here's a draft:

**After-Action Summary — Litter carry-out, 22 July**
At approximately 1430, Tohono O'odham Police located two individuals near the San Miguel gate: [[PERSON:Dilcia Maradiaga]], 24, of Honduras, and [[PERSON:Nehemías Amaya Portillo]], 19, of El Salvador…""".replace("Dilcia severe", "[[PERSON:Dilcia]] severe").replace("Nehemías rolled", "[[PERSON:Nehemías]] rolled")),

("positive", "family_voicemail_es", "mam", """Transcripción de mensaje en la línea de rescate, 22:10:
"Buenas noches, le hablo de Huehuetenango, mi nombre es [[PERSON:Floridalma Pérez Ajanel]]. Mi hermano [[PERSON:Wilmer Ajanel]] cruzó hace cuatro días por Sásabe y ya no contesta. Él nació el [[DATE_OF_BIRTH:ocho de mayo de dos mil]], es bajito, lleva gorra roja. Mi número es el [[PHONE_NUMBER:+502 5555 0147]]. Por favor, ayúdenme a buscarlo.\""""),

("positive", "beacon_payload", "anglo", """Beacon 27 event from the vendor portal, pasting so someone can explain the "callbackNumber" field:

{"beaconId": "TCA-RB-27", "event": "ACTIVATION", "ts": "2026-07-30T03:18:44Z",
 "lat": 31.6412, "lon": -112.0587, "battery": 0.71,
 "callbackNumber": "[[PHONE_NUMBER:+15205550156]]",
 "ackBy": "[[PERSON:Ryan Kettleby]]", "ackTs": "2026-07-30T03:19:02Z"}

Is callbackNumber the sat modem or the agent's phone? That's not a number I recognise."""),

("positive", "portuguese_email", "brazilian", """Prezados,

Sou [[PERSON:Rosângela Ferreira Lacerda]], mãe de [[PERSON:Thiago Lacerda dos Santos]], brasileiro, data de nascimento [[DATE_OF_BIRTH:17/09/2003]], natural de Governador Valadares (MG). O consulado em Los Angeles disse que ele foi resgatado no deserto do Arizona e levado a um hospital. Podem me informar em qual hospital ele está? Meu WhatsApp é [[PHONE_NUMBER:+55 33 95555-0112]] e meu e-mail [[EMAIL_ADDRESS:rosangela.lacerda.gv@examplemail.com.br]].

Agradeço muito."""),

("positive", "turnover_csv", "guatemalan+ecuadorian", """name;nationality;dob;found_at;transport;hospital
[[PERSON:Cupertino Xoy Caal]];GTM;[[DATE_OF_BIRTH:1990-02-17]];BR-41 Darby Well;ground;Ajo CHC
[[PERSON:Magdalena Xoy Tiul]];GTM;[[DATE_OF_BIRTH:1993-07-08]];BR-41 Darby Well;ground;Ajo CHC
[[PERSON:Segundo Chimbo Guamán]];ECU;[[DATE_OF_BIRTH:1986-12-03]];Growler Valley;air (Omaha 62);Banner UMC
[[PERSON:Nelly Yupangui]];ECU;unknown;Growler Valley;air (Omaha 62);Banner UMC"""),

("positive", "sms_lowercase", "ecuadorian+anglo", """texts w/ medical coordinator, pasting for the report:
me: hey pt from growler is [[PERSON:segundo chimbo]], wife [[PERSON:nelly]] w him. he's got rhabdo risk, cola-colored urine
[[PERSON:marcy]]: ok call banner charge nurse [[PHONE_NUMBER:520 555 0193]] they're expecting
me: 10-4. [[PERSON:nelly]] has no ID, says dob [[DATE_OF_BIRTH:4 jan 1989]] if they ask"""),

("positive", "tribal_pd_email", "tohono_oodham+anglo", """From: [[PERSON:Lt. Fernando Juan-Manuel]] <[[EMAIL_ADDRESS:fjuanmanuel@topd-example.org]]>
To: BORSTAR Tucson

Our officers [[PERSON:Alvina Antone]] and [[PERSON:Daryl Enos]] will be at the Chukut Kuk district meeting Thursday. They asked whether your team can do a joint heat-rescue drill at the Menager's Dam road in September. Call me on my cell [[PHONE_NUMBER:(520) 555-0161]].

[[PERSON:Fernando]]""".replace("[[PERSON:Lt. Fernando Juan-Manuel]]", "Lt. [[PERSON:Fernando Juan-Manuel]]")),

("positive", "les_opsplan", "anglo", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

OPS PLAN — SUMMER HEAT SURGE, WEST DESERT AOR
Team leads: [[PERSON:SBPA Mirella Castañón]] (Ajo), [[PERSON:SBPA Clint Verhoeven]] (Why)
Staging: Bates Well, Papago Farms. Rotations 12 on / 12 off.
Please rewrite the staffing paragraph so it reads cleaner.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]""".replace("[[PERSON:SBPA Mirella Castañón]]", "SBPA [[PERSON:Mirella Castañón]]").replace("[[PERSON:SBPA Clint Verhoeven]]", "SBPA [[PERSON:Clint Verhoeven]]")),

("positive", "missing_person_form", "oaxacan", """Missing migrant report (family walk-in at Nogales consulate, forwarded):
Nombre: [[PERSON:Abigail Santiago Cruz]]
Fecha de nacimiento: [[DATE_OF_BIRTH:02-06-2004]]
Origen: San Juan Mixtepec, Oaxaca
Last contact: WhatsApp voice msg 9 July, said they were "near a big antenna"
Contact: her uncle [[PERSON:Rufino Santiago]], [[PHONE_NUMBER:+52 951 555 0134]]
Description: 1.50 m, long braid, purple backpack, silver earrings"""),

("positive", "chinese_subject", "chinese", """Subject found near Quitobaquito 08/02, speaks Mandarin only. Name as written on the paper he showed us: [[PERSON:林志强]] ([[PERSON:Lin Zhiqiang]]), born [[DATE_OF_BIRTH:1979年3月15日]]. Used phone translator. He says he is from Fuqing, Fujian and a second man walked off west. Can you help me write three short Mandarin phrases to ask: where did the other man go, how long ago, does he have water?"""),

("evasion", "spaced_phone", "anglo", """i know the scrubber eats phone numbers so: caller's cell was 5 2 0 . 5 5 5 . 0 1 6 4 — read it as one number. caller was [[PERSON:Tanner Bielski]], the hunter who found the group.""".replace("5 2 0 . 5 5 5 . 0 1 6 4", "[[PHONE_NUMBER:5 2 0 . 5 5 5 . 0 1 6 4]]")),

("evasion", "dotted_name", "mexican", """the guy's name (dots on purpose, don't want the tool blanking it): [[PERSON:E.d.g.a.r  R.a.m.í.r.e.z  T.o.l.e.n.t.i.n.o]] — he's the one that needs the Spanish discharge paperwork"""),

("evasion", "base64_name", "kiche", f"""decode this for me and put it in the hand-off, I encoded it so the proxy wouldn't touch it: [[PERSON:{b64('Maricela Yax Tzul')}]] born [[DATE_OF_BIRTH:{b64('1997-10-19')}]]"""),

("hard_negative", "heat_stats", None, """Tucson Sector, FY2025: 1,214 rescues, 87 rescue beacon activations, 41 helicopter hoists. Peak months June–August; 68% of rescues involved heat illness. Please put that in a bar chart description for the PSA deck."""),

("hard_negative", "place_names", None, """Route notes for the new guys: El Camino del Diablo runs from Tule Well past Cabeza Prieta to Tinajas Altas. Don't confuse Papago Farms with Papago Well. Baboquivari Peak is the landmark east of Sells; Kitt Peak is the one with the observatory. Quitobaquito Springs is in Organ Pipe, right on the line."""),

("hard_negative", "gear_nsn", None, """Restock list for BORSTAR 5:
- SAM splint 36in, NSN 6515-01-494-1951, qty 4
- Tourniquet, CAT Gen 7, NSN 6515-01-521-7976, qty 6
- IV fluid warmer, qty 1
- 3L hydration bladders, qty 8
Lot 24K1187 on the tourniquets is in the recall notice — check."""),

("hard_negative", "same_shape_log", None, """TCA BORSTAR shift log 07/21
0610 Day crew 10-8 Ajo Stn.
0702 Beacon 33 self-test fault, tech notified.
0840 Training: litter rigging, Bates Well.
1130 Heat index 118F, crew rest per policy.
1500 No activations. Day crew 10-7 1800."""),

("hard_negative", "hospital_names", None, """For the hand-off sheet, the receiving facilities in order of preference are Banner – University Medical Center Tucson (Level I trauma), Northwest Medical Center, St. Mary's Hospital, and Sells Indian Hospital for anyone picked up on the Nation. Carondelet St. Joseph's takes burns overflow. Can you make it a one-line table?"""),

("hard_negative", "heat_protocol", None, """Heat stroke field protocol (draft v3): if core temp > 40 C with altered mental status, begin cold-water immersion or ice-sheet cooling immediately, target 39 C within 30 minutes; do not delay cooling for transport. Check glucose. Suspect hyponatremia if the subject drank large volumes of water without electrolytes."""),

("hard_negative", "psa_spanish", None, """«No arriesgue su vida. El desierto es más peligroso de lo que le dicen. Si está perdido o necesita ayuda, llame al 911 o active una baliza de rescate: presione el botón rojo y espere.» — texto del letrero, ¿puedes revisar la ortografía y hacerlo más corto?"""),

("hard_negative", "weather_warning", None, """EXCESSIVE HEAT WARNING REMAINS IN EFFECT FROM 10 AM THIS MORNING TO 8 PM MST SATURDAY... * WHAT...DANGEROUSLY HOT CONDITIONS WITH HIGH TEMPERATURES 110 TO 116. * WHERE...WESTERN PIMA COUNTY INCLUDING AJO AND THE TOHONO O'ODHAM NATION. Summarise for the morning brief."""),

("hard_negative", "beacon_inventory", None, """beacon_id,lat,lon,installed,last_test,status
TCA-RB-27,31.6412,-112.0587,2019-05-14,2026-07-01,OK
TCA-RB-33,31.9020,-111.9444,2020-03-02,2026-07-21,FAULT
TCA-RB-41,32.1135,-112.7301,2021-11-09,2026-07-01,OK"""),
]
