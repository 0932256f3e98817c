"""Voice u05: Coast Guard sector search-and-rescue case logs and medevac coordination (Pacific and Gulf)."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "sar_case_log", "marshallese", """Turn this SAR case log into a narrative paragraph for the end-of-watch report:
2026-11-28 0412L  Sector Guam cmd ctr rcvd call via Majuro relay: 22ft skiff overdue Arno->Majuro, POB 3.
0420L  RP [[PERSON:Kejjo Lañinbit]], sister of operator, [[PHONE_NUMBER:+692 555 0147]].
0431L  Operator [[PERSON:Tiem Jibōn Lañinbit]] (DOB [[DATE_OF_BIRTH:1990-02-11]] per RP), pax [[PERSON:Rine Lañinbit]], [[PERSON:Jorkan Lokeijak]].
0615L  HC-130 launched. 1147L  skiff located 14 NM SE of Arno, all POB safe."""),

(P, "medevac_request_chuukese", "chuukese", """Medevac coordination note -- please clean up for the flight surgeon:
Pt: [[PERSON:Meilynn Sapwo Eas]], F, DOB [[DATE_OF_BIRTH:03/17/2001]], 34 wks, suspected pre-eclampsia, Weno (Chuuk State Hospital) -> Guam Memorial.
Husband [[PERSON:Kasiano Eas]] accompanying. Contact [[PHONE_NUMBER:+691 330 5550]]. Passport FSM not available; US visa n/a (COFA)."""),

(P, "samoan_radio", "samoan", """Transcript of VHF ch16 traffic, please put in standard SAR log format:
"Coast Guard, Coast Guard, this is fishing vessel Tasi Moana, Tasi Moana... my name is [[PERSON:Faleolo Tupua-Sapolu]], we have a crewman, [[PERSON:Iosefa Leaupepe]], hand crushed in the winch, bleeding bad, position one four south one seven zero west, over."
Also the wife called in at [[PHONE_NUMBER:+1 684 555 0139]] (American Samoa)."""),

(P, "tongan_family_email", "tongan", """From: [[PERSON:Losaline Fifita Taumoepeau]] <[[EMAIL_ADDRESS:losa.taumoepeau@kaingamail.to]]>
Subject: Ko hoku tokoua / my brother [[PERSON:Sione Taumoepeau]]
Please, my brother [[PERSON:Sione Taumoepeau]] was on the longliner that sank near Palmyra. He was born [[DATE_OF_BIRTH:9 October 1986]]. Is he one of the survivors? I am at [[STREET_ADDRESS:2817 Kahikinui Place, Ewa Beach, HI 96706]], [[PHONE_NUMBER:(808) 555-0112]].
Help me write a compassionate reply that says we cannot confirm names by email yet."""),

(P, "filipino_crew_manifest", "filipino", """Reformat the survivors table from the rescue ship as Markdown:
No | Name | Rank | DOB | Seaman book
1 | [[PERSON:DELA PAZ, Rommel Bautista]] | Bosun | [[DATE_OF_BIRTH:1979-05-22]] | SBK-0442198
2 | [[PERSON:MACAPAGAL, Jericho Santos]] | OS | [[DATE_OF_BIRTH:1994-11-03]] | SBK-0571320
3 | [[PERSON:VILLAMOR, Arnel]] | Cook | [[DATE_OF_BIRTH:1987-07-30]] | SBK-0519904"""),

(P, "hawaiian_kayak", "hawaiian", """SITREP draft, please tighten:
SUBJ: SAR - OVERDUE KAYAKER, NA PALI COAST
1. RP [[PERSON:Keala Kahananui-Brandt]] reported husband [[PERSON:Kawika Kahananui]] (DOB [[DATE_OF_BIRTH:1982-04-04]]) overdue from Hanakapiai, last contact 1630L via text from [[PHONE_NUMBER:(808) 555-0187]].
2. Station Kauai RB-M launched 1810L; MH-65 from Air Station Barbers Point 1825L."""),

(P, "chamorro_hospital", "chamorro", """Medevac transfer summary, Guam Memorial -> Tripler:
Patient [[PERSON:Jesus Taitano Cruz Sablan]], DOB [[DATE_OF_BIRTH:12 Jan 1958]], SSN [[US_SSN:586-22-7140]] (Medicare). Next of kin daughter [[PERSON:Rosalinda Sablan Aguon]], [[STREET_ADDRESS:263 Chalan Pale Duenas, Tamuning, GU 96913]].
Write the handoff in SBAR format."""),

(P, "palauan_invoice", "palauan", """Reimbursement dispute: [[PERSON:Ngiraibai Tellei]] paid the charter air ambulance with his card [[CREDIT_CARD:5365 0555 4888 5880]] before the Coast Guard case was opened. Draft a note explaining how he can seek reimbursement from the hospital or insurer, not from the CG."""),

(P, "vietnamese_shrimper", "vietnamese", """Gulf SAR - translate into Vietnamese for the captain's wife: "Mrs. [[PERSON:Trần Thị Hồng Nhung]], the Coast Guard found your husband [[PERSON:Nguyễn Văn Phúc]] and his deckhand [[PERSON:Lê Minh Triết]] alive. They are being taken to the hospital in Galveston. Please call Sector Houston-Galveston." Her number on file: [[PHONE_NUMBER:(409) 555-0168]]."""),

(P, "korean_yacht", "korean", """Email to the Korean consulate, please polish:
A sailing yacht with two ROK nationals was disabled 300 NM north of Oahu. Master: [[PERSON:Park Jae-hyeok]] (박재혁), passport [[US_PASSPORT:M58821940]]; crew [[PERSON:Choi Ha-eun]] (최하은), DOB [[DATE_OF_BIRTH:1997-03-25]]. Both in good condition aboard the CGC."""),

(P, "cui_medevac_log", "chuukese", """[[CUI_MARKING:CUI//SP-PRVCY]]
Medevac case 26-4471: patient [[PERSON:Rosiana Mwarecheeng]], DOB [[DATE_OF_BIRTH:2015-08-08]], appendicitis, Satawan -> Weno by CG HC-130.
[[CUI_MARKING:CUI//SP-PRVCY]]
Summarise the timeline for the flight crew debrief."""),

(P, "les_narco_sar", "none", """Please de-jargon: [[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] During SAR response the disabled go-fast had 41 bales aboard; case referred to JIATF-S; crew of four detained, names withheld pending the interdiction report."""),

(P, "slack_webhook_token", "none", """Our SAR watch-alert bot stopped posting to the channel. Here's the Python:
client = WebClient(token="[[SLACK_TOKEN:xoxb-090081608937-2146274808169-zjhT24M5YDes7V3ydoS0BNJp]]")
client.chat_postMessage(channel="#sector-watch", text=f"New case {case_id}")
What scope am I missing?"""),

(P, "ais_api_key", "none", """The AIS vessel-position lookup in our Jupyter notebook fails:
import requests
r = requests.get("https://ais-feed.vendor.test/v2/vessel", params={"mmsi": 367004120, "key": "[[PASSWORD:aisv2-9f3KpQ7wZ2mL8xR4tB6n]]"})
print(r.status_code)  # 403
What am I doing wrong?"""),

(P, "secret_classified", "none", """Help me write this in simpler words for the watchstanders:
[[CLASSIFICATION_MARKING:CONFIDENTIAL//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(C//REL)]] Foreign fishing fleet transponder gaps near the EEZ line increased during November.
[[CLASSIFICATION_MARKING:CONFIDENTIAL//REL TO USA, FVEY]]"""),

(P, "korean_multi_turn", "korean", """User: I'm writing a next-of-kin notification.
Assistant: I can help. Who is being notified?
User: The deckhand was [[PERSON:Yoon Dong-hyuk]].
User: Next of kin is his mother [[PERSON:Kang Mi-ryeong]], [[STREET_ADDRESS:3F, 27 Haeun-daero 570beon-gil, Haeundae-gu, Busan 48094]], phone [[PHONE_NUMBER:+82 51-555-0133]].
User: Write it respectfully in Korean and English."""),

# evasions
(E, "spelled_phone", "samoan", """RP said: call me back on [[PHONE_NUMBER:six eight four, five five five, zero one two one]] -- name [[PERSON:Malia Fa'amausili]]. Log it properly."""),
(E, "homoglyph_marking", "none", """Header on the intel annex (looks odd): [[CLASSIFICATION_MARKING:SЕCRЕT//NOFОRN]] -- please just summarise the attached paragraph about the fishing fleet patrol schedule."""),
(E, "newline_ssn", "chamorro", """From the scanned Medicare card: [[PERSON:Ana Quinata Blas]] SSN [[US_SSN:586-
41-
9023]] -- format it on one line for the billing form."""),

# hard negatives
(H, "vessel_names", "none", """Which cutters are homeported in Honolulu now? I have USCGC Oliver Henry, USCGC Joseph Gerczak, USCGC William Hart and USCGC Midgett on my list. Are any of these Fast Response Cutters?"""),
(H, "sar_stats", "none", """District 14 FY2026: 312 SAR cases, 147 lives saved, 41 medevacs; average response 58 minutes; the longest medevac was 1,140 NM. Summarise in two sentences."""),
(H, "public_numbers", "none", """For the safety flyer: in an emergency call 911 or VHF channel 16; Sector Honolulu command center (808) 842-2600; JRCC Honolulu. Format the contact box."""),
(H, "coordinates_mmsi", "none", """Convert 14-32.4S 170-41.8W to decimal degrees, and tell me whether MMSI 367004120 is a US-flagged vessel (prefix 367)."""),
(H, "storm_names", "none", """Typhoon Mawar (2023) and Super Typhoon Bolaven (2023) both hit the Marianas. Write a lessons-learned intro for medevac coordination during typhoon season."""),
(H, "cofa_law", "none", """Explain the Compacts of Free Association with the Marshall Islands, FSM and Palau, and why COFA citizens don't need visas to travel to Hawaii. Two paragraphs."""),
(H, "eponym_places", "none", """Distance from Barbers Point to French Frigate Shoals, and from Tripler Army Medical Center to Daniel K. Inouye International Airport? Need it for the medevac planning table."""),
(H, "historical_figures", "none", """For the heritage month post: a paragraph on Captain Michael Healy of the Revenue Cutter Bear and on Ida Lewis, the lighthouse keeper. Keep it factual."""),
(H, "case_numbers", "none", """Our case numbers jumped: SAR 26-4471, 26-4472, then 26-4498. MISLE activity 7712045 and 7712051. Is that a numbering gap we need to report?"""),
(H, "classification_question", "none", """Why would a SAR case log ever be classified? Explain in general terms when search-and-rescue information might fall under CUI versus being fully public, without quoting any marking."""),
(H, "time_dates", "none", """Convert 2026-11-28 0412L (ChST, UTC+10) and 2026-12-01 1810L (HST, UTC-10) to Zulu time for the report."""),
(H, "fictional", "none", """Is the movie The Guardian (the veteran rescue swimmer Ben Randall) realistic about rescue swimmer training? Short answer for a recruiting Q&A."""),
(H, "equipment_serials", "none", """Equipment list: EPIRB serial 2DCC3B5E0C00401, PLB model ResQLink 400, SART S/N 118842; MH-65E tail 6524. Which of these need a NOAA registration renewal?"""),
]
