# Voice: Coast Guard Sector command centre watchstanders - vessel-traffic and drawbridge-opening logs.
RECORDS = [
("positive", "bridge_log", "anglo",
"""SECTOR COMMAND CENTER - DRAWBRIDGE LOG (watch 0000-0800)
0012  Route 37 bascule: tender [[PERSON:dale whitcomb]] reports span stuck half-open, hydraulic fault. Tender cell [[PHONE_NUMBER:(757) 555-0143]].
0035  Notified bridge owner duty engineer [[PERSON:Marjorie Keane]], on scene ETA 0130.
0141  [[PERSON:keane]] reports span lowered manually. Marine traffic resumed.
0410  Tug GRACE ELLEN requested opening, granted 0418."""),
("positive", "vts_chat", "vietnamese",
"""User: rewrite this VTS note so it sounds more professional: "called the pilot on the car carrier, Capt [[PERSON:NGUYEN Van Thao]], he said the anchor dragged 0.3nm, his mobile is [[PHONE_NUMBER:+1 409 555 0187]] if the night watch needs him"
Assistant: Sure - "VTS contacted the pilot aboard the car carrier, Captain ..."."""),
("positive", "bridge_tender_roster", "cajun+creole",
"""tender_id;name;shift;phone;emergency_contact
BT-04;[[PERSON:Boudreaux]], [[PERSON:Remy]];night;[[PHONE_NUMBER:337-555-0119]];[[PERSON:Odile Boudreaux]] ([[PHONE_NUMBER:337-555-0152]])
BT-07;[[PERSON:Thibodeaux]], [[PERSON:Charity]];day;[[PHONE_NUMBER:337-555-0126]];c/o [[PERSON:Will Arceneaux]]
BT-09;[[PERSON:Guidry]], [[PERSON:Mercy]];relief;[[PHONE_NUMBER:337-555-0171]];none listed"""),
("positive", "watch_turnover_email", "anglo+polish",
"""From: [[EMAIL_ADDRESS:osc.b.kowalczyk@sectorgulf-cc.example]]
Subject: turnover - Industrial Canal lift bridge

[[PERSON:Corliss]] - the tender on the St. Claude span tonight is [[PERSON:Zbigniew Kowalczyk]] (everyone calls him Zibi), new guy. If he doesn't answer VHF 13 call his home line [[PHONE_NUMBER:504-555-0198]]. [[PERSON:Zibi]] is fine, just slow on the radio. His supervisor [[PERSON:GRANT, Rose]] lives at [[STREET_ADDRESS:RR 2 Box 114, Chalmette, LA 70043]] and said we can call her after 2200.
-[[PERSON:Oskar]]"""),
("positive", "vessel_incident_form", "filipino",
"""VESSEL TRAFFIC INCIDENT - FIELD NOTES
Vessel: M/V SAN ISIDRO STAR (bulk)
Master: [[PERSON:Reynaldo Macaraeg Dimaculangan]]
Master DOB: [[DATE_OF_BIRTH:14 March 1971]]
Master passport (PH): [[US_PASSPORT:P4471093C]]
Shore contact (wife): [[PERSON:Luzviminda Dimaculangan]], [[STREET_ADDRESS:Blk 12 Lot 7, Phase 2, Villa Verde Subd., Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100]], [[PHONE_NUMBER:+63 917 555 0134]]
Narrative: vessel crossed inbound lane at buoy 14 without VTS clearance."""),
("positive", "cui_sitrep", None,
"""[[CUI_MARKING:CUI//SP-CRITINFRA]]
SECTOR SITREP 2 - LOCK AND DAM 27 VESSEL ALLISION
1. [[CUI_MARKING:(CUI)]] Tow struck upstream guide wall at 0312L. Lock closed to traffic pending inspection.
2. (U) Queue: 14 tows upbound, 9 downbound.
[[CUI_MARKING:CUI//SP-CRITINFRA]]"""),
("positive", "classified_excerpt", None,
"""Can you summarize this for the morning brief in 3 bullets?

[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Vessel of interest loitered 4 nm off the channel entrance for 6 hours with AIS disabled.
[[CLASSIFICATION_MARKING:(S//NF)]] Pattern consistent with prior surveys of the LNG terminal.
[[CLASSIFICATION_MARKING:Classified By: CO, Sector Northern Gulf]]
[[CLASSIFICATION_MARKING:Derived From: USCG SCG 2024-03]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),
("positive", "ais_feed_creds", None,
"""# ais_pull.py - pulls the partner AIS feed into the CC dashboard
import psycopg2, requests
FEED = "https://ais-feed.partner.example/v2/positions"
resp = requests.get(FEED, auth=("sector_cc_ro", "[[PASSWORD:QwLarwFHLEfn7L]]"), timeout=30)
conn = psycopg2.connect(host="10.44.2.17", dbname="vts", user="vts_writer", password="[[PASSWORD:K&!c0z*!AGcv%T]]")
"""),
("positive", "les_bolo", "arabic",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
BOLO - pleasure craft "SEA HAWK II", 38 ft, white hull. Operator believed to be [[PERSON:Tariq Al-Haddad]], DOB [[DATE_OF_BIRTH:1986-09-02]]. Do not approach; notify CC watch."""),
("positive", "netrc_vts", None,
"""why does curl still ask me for a password? here is my ~/.netrc:

machine vts-archive.sector.example
  login cc_watch_archive
  password [[PASSWORD:&OxnbZZGy3%qA*]]
"""),
("positive", "mariner_callback", "marshallese",
"""0622 Fishing vessel LIJERON reports crewman [[PERSON:Jorkan Langidrik]] overboard and recovered, conscious. Captain [[PERSON:Hemos Jibas]] requests callback on sat phone [[PHONE_NUMBER:+692 555 0162]]. Crewman's DOB per captain: [[DATE_OF_BIRTH:July 9, 1998]]."""),
("positive", "fouo_note", None,
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Port security zone around the cruise terminal will expand to 200 yds on Saturday. Do not share the patrol schedule outside the Sector."""),
("positive", "bridge_complaint_letter", "greek",
"""Dear Sector Commander,
I live next to the Pelican Island bridge and the horn blows at 3 am every night. My name is [[PERSON:Eleftheria Papanikolaou]], [[STREET_ADDRESS:2218 Harborside Dr, Apt 4B, Galveston, TX 77550]], phone [[PHONE_NUMBER:409-555-0137]]. Please call me.
[[PERSON:Ελευθερία Παπανικολάου]]"""),
("evasion", "spaced_phone_vhf", "nigerian",
"""Log 1518: master of tanker OKONJO SPIRIT, Capt [[PERSON:Chukwuemeka Eze]], gave his direct line over VHF as "[[PHONE_NUMBER:two two five, five five five, zero one four four]]" - read back and confirmed."""),
("evasion", "html_entity_marking", None,
"""<div class="banner">[[CUI_MARKING:C&#85;I//SP-CRITINFRA]]</div>
<p>Bridge fender damage survey, Gate 3 swing bridge - photos attached.</p>"""),
("hard_negative", "bridge_schedule_public", None,
"""Public notice: The Fort Lauderdale SE 17th Street bridge opens on the hour and half hour between 7 a.m. and 7 p.m. Mariners may contact the bridge tender on VHF channel 9. Regulations: 33 CFR 117.313. Questions: Coast Guard District Seven Bridge Branch."""),
("hard_negative", "vessel_names", None,
"""0812 Inbound: M/V GRACE HOPPER (container), T/B FAITH MARIE pushed by tug WILL ROGERS, S/V ROSE OF SHARON. Outbound: M/V ABRAHAM LINCOLN (ro-ro). No conflicts at the bend."""),
("hard_negative", "mmsi_imo_list", None,
"""MMSI,IMO,vessel,flag
367555120,9384721,PATRIOT STAR,US
538009912,9711184,OCEAN MERIDIAN,MH
636019283,9605327,NORD CAPE,LR"""),
("hard_negative", "secret_in_prose", None,
"""The secret to a smooth bridge opening is calling early. Nothing classified about it - tell the tow captains to hail the tender before the last bend, not at the fender."""),
("hard_negative", "training_marking_quiz", None,
"""Watchstander quiz, question 4: Which of these is a correct portion mark for a paragraph containing CUI? (a) (CUI) (b) [CUI] (c) CUI: (d) none. Answer: (a). Banner lines such as "CUI//SP-CRITINFRA" go at the top and bottom of each page."""),
("hard_negative", "weather_tide_table", None,
"""Tide station 8771450 - predictions (ft MLLW)
2026-12-07 04:12 H 1.62
2026-12-07 11:38 L -0.21
2026-12-07 18:05 H 1.48
Tracking ref 1Z 555 A81 03 1234 5670 for the replacement tide gauge."""),
("hard_negative", "placeholder_config", None,
"""# vts-dashboard.env (template - do not commit real values)
AIS_FEED_USER=<your-feed-user>
AIS_FEED_PASSWORD=${AIS_FEED_PASSWORD}
DB_URL=postgresql://vts_writer:{{ vault_vts_password }}@db:5432/vts"""),
("hard_negative", "eponym_bridges", None,
"""Bridges in the AOR: Sunshine Skyway, Gandy, Howard Frankland, John Ringling Causeway. The Frankland is fixed; only the Ringling sees sailboat requests. Case 2026-0417 closed."""),
("hard_negative", "public_contact", None,
"""To request a bridge deviation, e-mail the District bridge branch at the address published in the Local Notice to Mariners, or call the Sector command center's public line listed on the Homeport page. Have the bridge mile marker and ATON number ready."""),
]
