# Voice 2: CBP cruise-terminal passenger processing (manifests, in-transit, missed-ship, crew shore leave)
RECORDS = [
("positive", "pipe_manifest_excerpt", "dominican+haitian+jamaican",
"""Debarkation exceptions, voyage 7C1214, terminal F. Flag these for secondary:

LAST|FIRST|DOB|DOC|CABIN|NOTE
[[PERSON:ALMÁNZAR]]|[[PERSON:YOSAIRA]]|[[DATE_OF_BIRTH:1983-07-23]]|[[US_PASSPORT:588173204]]|8241|name mismatch w/ booking
[[PERSON:CHARLES]]|[[PERSON:MARC-ANTOINE]]|[[DATE_OF_BIRTH:1969-12-02]]|[[US_PASSPORT:HT4410927]]|6110|LPR card expired
[[PERSON:BRAITHWAITE]]|[[PERSON:ONSLOW]]|[[DATE_OF_BIRTH:1991-03-27]]|[[US_PASSPORT:JM0385512]]|9032|no-show at reboarding St. Maarten"""),

("positive", "missed_ship_email", "anglo+italian",
"""From: Port Agent Desk, Meridian Cruise Line
Subject: Missed-ship guests - arriving by air to rejoin in Cozumel? NO - returning to port

Officer,

Two guests missed the ship in Nassau and flew back to Miami on their own: [[PERSON:Gerald Pennycuick]] (DOB [[DATE_OF_BIRTH:08/14/1952]]) and his wife [[PERSON:Lorraine Pennycuick]]. They presented at the terminal kiosk this morning with US passports. Their stateroom attendant, [[PERSON:Davide Lo Presti]], has their luggage. Mr. [[PERSON:Pennycuick]]'s cell is [[PHONE_NUMBER:954-555-0126]].

Regards,
[[PERSON:Fiona Gallardo]] | Port Services | [[EMAIL_ADDRESS:fgallardo@meridiancl-portops.com]]"""),

("positive", "crew_shore_leave_list", "indonesian+filipino",
"""Crew requesting D-1 shore leave, vessel MV Coral Lantern, Port Canaveral, 06:00-22:00:

1. [[PERSON:PUTU AYU WIDIASTUTI]]  - galley  - seaman book ID 72115  - DOB [[DATE_OF_BIRTH:22 APR 1994]]
2. [[PERSON:REYNALDO B. MACAPAGAL]]  - deck    - DOB [[DATE_OF_BIRTH:04 NOV 1986]]
3. [[PERSON:KADEK SURYAWAN]]          - spa     - DOB [[DATE_OF_BIRTH:13 JAN 1999]]
4. [[PERSON:JOVELYN TAN-OCAMPO]]      - hotel   - DOB [[DATE_OF_BIRTH:29 SEP 1990]]

Crew #3 has a prior I-95 refusal, pull the record before granting."""),

("positive", "in_transit_passenger", "nigerian",
"""In-transit pax (booked to Bermuda, no US admission intended): [[PERSON:Olumide Fashola-Cole]], Nigerian passport [[US_PASSPORT:A09418276]], DOB [[DATE_OF_BIRTH:1 May 1979]], I-94 [[I94_NUMBER:58213307461]]. He wants to step off for the day at the terminal shops. Is he eligible without a visa or does he stay aboard?"""),

("positive", "teams_chat_terminal", "dominican+igbo",
"""[06:52] Cruz, Ana: line 4 kiosk keeps rejecting the lady in the wheelchair, name [[PERSON:Altagracia Batista de los Reyes]], dob [[DATE_OF_BIRTH:3/3/46]]
[06:53] Okafor, Ben: manual then. Her son [[PERSON:Ezequiel]] is with her?
[06:53] Cruz, Ana: yes, he says call him [[PHONE_NUMBER:787-555-0153]] if she gets separated
[06:54] Okafor, Ben: ok. send both to podium 2""".replace("Cruz, Ana:", "[[PERSON:Cruz, Ana]]:").replace("Okafor, Ben:", "[[PERSON:Okafor, Ben]]:")),

("positive", "les_memo", "anglo",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

Cruise terminal intel note: passenger [[PERSON:Trevor Lyle Hackett]], DOB [[DATE_OF_BIRTH:11/30/1975]], booked on the 7-night Western Caribbean, has an outstanding federal warrant per NCIC. Coordinate with HSI before debarkation; do not alert the cruise line.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

("positive", "api_call_basic_auth", None,
"""The cruise line's manifest API returns 401 on our test harness. Here's the request, what's wrong?

GET /v2/manifests/voyage/7C1214/debark HTTP/1.1
Host: manifest-api.meridiancl-portops.com
Authorization: Basic [[PASSWORD:Y2JwX3Rlcm1pbmFsRjpSaXZlcnNpZGUjNDQxOHdx]]
Accept: application/json"""),

("positive", "italian_crew_message", "italian",
"""Can you translate this message the staff captain sent?

"Buongiorno, vi comunico che il marittimo [[PERSON:Salvatore Incardona]], nato il [[DATE_OF_BIRTH:27/06/1981]] a Torre del Greco, è stato sbarcato per motivi medici. Il suo collega [[PERSON:Gennaro Esposito]] resterà a bordo. Per informazioni: [[PHONE_NUMBER:+39 081 555 0174]]." """),

("positive", "ticket_lost_passport", "chinese",
"""INC0048812 | Terminal 3 | Lost document
Reporter: [[PERSON:Wu Jiaxin]] ([[EMAIL_ADDRESS:wujiaxin.travel@mailbox.cn]])
Details: Pax lost PRC passport [[US_PASSPORT:EG8827163]] ashore in Key West; traveling with husband [[PERSON:Liang Zhiwei]]. DOB [[DATE_OF_BIRTH:1966-08-09]]. Cruise line requesting CBP letter for reboarding."""),

("evasion", "split_across_messages", "filipino",
"""Message 1 (port agent): crew member [[PERSON:Marvin Dela Cruz Bautista]] passport no. [[US_PASSPORT:P7741
Message 2 (port agent): sorry hit send, rest is 9820A]]
Message 3 (port agent): he is the one who missed the tender in Belize"""),

("evasion", "fullwidth_dob", "japanese",
"""パスポートの写真ページです。Name: [[PERSON:SUGIMOTO HARUKA]]  生年月日 [[DATE_OF_BIRTH:１９７４年１０月２日]]  旅券番号 [[US_PASSPORT:ＴＫ２２０４８８１]] — she missed the ship in Ensenada, can you confirm the entry was recorded?"""),

("positive", "tagalog_crew_sms", "filipino",
"""translate pls: "Sir si [[PERSON:Jomar Villareal]] po ito, crew ng Coral Lantern. Naiwan po ako ng barko sa Port Canaveral kasi na-delay ang bus. Nasa terminal po ako ngayon. Numero ko [[PHONE_NUMBER:321-555-0190]]. Kapitan namin si [[PERSON:Capt. Ioannis Makris]]." """.replace("[[PERSON:Capt. Ioannis Makris]]", "Capt. [[PERSON:Ioannis Makris]]")),

("positive", "password_port_portal", "anglo",
"""Shift note for nights: the cruise line's port-agent portal (for pulling the crew lists) - login terminal_f_cbp / [[PASSWORD:Lantern$Pier9-2026]]. [[PERSON:Roy]] said it expires end of month, ask [[PERSON:Kathleen Mraz]] for the new one."""),

("hard_negative", "ship_and_voyage_ids", None,
"""Tomorrow's arrivals: the Coral Lantern (IMO 9412337), voyage 7C1214, berth 25, then the Marco Polo Spirit, voyage 0412-118, berth 21. Expected pax 4,112 and 2,870. Crew lists by 0400. Draft the staffing plan, 14 officers per ship."""),

("hard_negative", "public_cbp_contact", None,
"""Passengers keep asking us how to request records of their entries. Point them to the CBP Information Center (1-877-227-5511) or the I-94 website, and for written correspondence U.S. Customs and Border Protection, 1300 Pennsylvania Avenue NW, Washington, DC 20229. Make me a short handout."""),

("hard_negative", "process_prose", None,
"""Explain the difference between an in-transit passenger who stays aboard, a closed-loop cruise passenger under the WHTI exemption, and a crew member requesting D-1 shore leave. Audience is new CBP officers at the cruise terminal. Include what documents each needs."""),

("hard_negative", "manifest_headers_only", None,
"""The manifest export has these columns and keeps shifting them: LAST|FIRST|DOB|DOC|CABIN|NOTE|NATIONALITY|EMBARK_PORT. Can you write a pandas snippet that reads it with sep='|', strips whitespace, and parses DOB as a date? No real data please, use a dummy row like DOE|JOHN|1900-01-01|000000000|0000."""),

("hard_negative", "stats_numbers", None,
"""Terminal F debark stats, Sunday: 4,112 pax processed in 2h41m, 38 referred to secondary, 3 missed-ship returns, 0 refusals. Case numbers CR-2026-041-229 and CR-2026-041-230 closed. Kiosk uptime 97.6%. Summarize for the chief in two lines."""),

("hard_negative", "les_prose", None,
"""Quick question: do cruise-terminal shift notes that mention NCIC hits need to be marked Law Enforcement Sensitive, or only when they leave the office? My supervisor says to put LES on anything with warrant info. What does the policy actually say? No specifics needed."""),

("hard_negative", "place_names_like_names", None,
"""Western Caribbean itinerary this season: Port Canaveral, Cozumel, Roatán, Belize City, Costa Maya, then back. Eastern: San Juan, St. Thomas, Philipsburg, Charlotte Amalie, Grand Turk. Which of these ports are foreign for CBP purposes and which are US territory?"""),

("hard_negative", "crew_roster_no_pii", None,
"""Our shift roster for the cruise surge: Team Alpha (podiums 1-6), Team Bravo (kiosks), Team Charlie (crew processing), K-9 rotating. Overtime codes OT-11 and OT-14. Lunch relief at 1100 and 1300. Can you turn this into a grid for the whiteboard?"""),

("positive", "medical_debark_sms", "haitian",
"""SMS from ship's doctor: Pax [[PERSON:Nadège Pierre-Antoine]] cabin 4418 being debarked by ambulance, stroke symptoms. DOB [[DATE_OF_BIRTH:02.11.1958]]. Daughter [[PERSON:Wislande]] flying in, cell [[PHONE_NUMBER:+1 (347) 555-0181]]. Please expedite CBP clearance at gangway 2."""),

("evasion", "zero_width_phone", "samoan",
"""the passenger's sister called about the missed-ship man, [[PERSON:Tavita Leavasa]]. she gave her number as [[PHONE_NUMBER:808\u200b-555\u200b-0114]] (copied from her email, it pastes weird)"""),

("hard_negative", "eponym_terminals", None,
"""Signage request for the new building: "Welcome to the Sen. Claude Pepper Memorial Terminal" — wait, that's not the name, it's just Cruise Terminal B. Also the waiting area is the Hemingway Lounge and the gangway is Gangway Magellan. Draft three options for the bilingual sign."""),

("positive", "crew_deserter_report", "indian",
"""Deserter notification (I-259 follow-up): crew [[PERSON:Anilkumar Ramachandran Pillai]], DOB [[DATE_OF_BIRTH:17.09.1984]], passport [[US_PASSPORT:Z4471903]], failed to return from shore leave at 2200. Last seen with [[PERSON:Sibin Joseph]] near the terminal rideshare lot. Ship's agent [[PERSON:Meghan Doherty]] [[PHONE_NUMBER:(305) 555-0144]]."""),
]
