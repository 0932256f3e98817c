# Voice 7: Coast Guard small-boat stations: boat crew qualification boards, mishap reports, duty rosters
RECORDS = [
("positive", "duty_roster_markdown", "anglo+hispanic+chamorro",
"""Station Grays Point duty section 2, week of 12/8:

| day | coxswain | crew | engineer | OOD cell |
|---|---|---|---|---|
| Mon | BM2 [[PERSON:Colby Vanderzee]] | SN [[PERSON:Mariah Zendejas]] | MK3 [[PERSON:Joaquin Terlaje]] | [[PHONE_NUMBER:360-555-0152]] |
| Tue | BM1 [[PERSON:Casey Lindahl]] | FN [[PERSON:Dominic Aguon]] | MK2 [[PERSON:Renee Pfannenstiel]] | [[PHONE_NUMBER:360-555-0152]] |

Swap requests to the XPO by Friday."""),

("positive", "qual_board_memo", "samoan",
"""MEMO
From: Officer in Charge, Station Grays Point
To: BM3 [[PERSON:Ioane Sapolu Leiataua]], USCG (EMPLID 1208847)
Subj: BOAT CREW MEMBER QUALIFICATION BOARD
1. You are scheduled to appear before the qualification board on 16 DEC at 0900. Board members: BMC [[PERSON:Harlan Dietz]] (president), BM1 [[PERSON:Casey Lindahl]], MK1 [[PERSON:Sharonda Pettway]].
2. Bring your completed PQS and the underway check-ride signed by [[PERSON:BM2 Vanderzee]].""".replace("[[PERSON:BM2 Vanderzee]]", "BM2 [[PERSON:Vanderzee]]")),

("positive", "mishap_report_fouo", "anglo+vietnamese",
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
MISHAP REPORT – CLASS D – 29' RB-S 29127
Date/time: 11/22, 1437. Location: 0.4 nm W of the jetty.
Narrative: During heavy-weather training, crewmember SN [[PERSON:Lê Hoàng Phúc]] was struck by the towline bridle and sustained a laceration to the left hand. Coxswain BM2 [[PERSON:Kurt Halvorsen]] terminated the evolution. Member's DOB [[DATE_OF_BIRTH:16 JUL 2003]], EDIPI [[DOD_EDIPI:1591440267]].
[[CUI_MARKING:FOR OFFICIAL USE ONLY]]"""),

("positive", "text_message_coxswain", "anglo",
"""text from BM1 [[PERSON:Lindahl]] 0612: "chief, [[PERSON:Zendejas]] is sick, can [[PERSON:Brody Kaminski]] cover? his cell is [[PHONE_NUMBER:360-555-0163]], he's not in the recall roster yet" """),

("positive", "recall_roster_csv", "anglo+chamorro+hawaiian",
"""rate,last,first,cell,home_address
BM2,[[PERSON:Vanderzee]],[[PERSON:Colby]],[[PHONE_NUMBER:360-555-0108]],"[[STREET_ADDRESS:88 Quinault Loop, Westport, WA 98595]]"
MK3,[[PERSON:Terlaje]],[[PERSON:Joaquin]],[[PHONE_NUMBER:360-555-0179]],"[[STREET_ADDRESS:412 Harbor View Dr Unit B, Aberdeen, WA 98520]]"
SN,[[PERSON:Kealamakia]],[[PERSON:Noelani]],[[PHONE_NUMBER:360-555-0137]],"[[STREET_ADDRESS:PSC 1008 Box 44, FPO AP 96205]]\""""),

("positive", "board_results_email", "yoruba+anglo",
"""Subject: Board results – boat crew member

OIC,

SN [[PERSON:Temitope Adeyemi-Cole]] passed the BCM board today. Weaknesses: chart work and the towing brief; strong on PIW recovery. Recommend certification. SN [[PERSON:Jared Whitlow]] did not pass; re-board in 30 days.

V/r,
BMC [[PERSON:Harlan Dietz]]
Executive Petty Officer | [[EMAIL_ADDRESS:harlan.r.dietz@uscg-sta-grayspoint.example.mil]]""".replace("@uscg-sta-grayspoint.example.mil", "@uscg.mil").replace("harlan.r.dietz@uscg.mil", "harlan.r.dietz2@uscg.mil")),

("positive", "tmt_password_prose", "anglo",
"""Chief, the Training Management Tool locked me out again. You said to use the station account while mine's fixed — it's stagrayspt_tmt and I wrote the password as [[PASSWORD:Jetty#Bar45RBM]] in my notebook, is that still current? — BM3 [[PERSON:Kayla Brenneman]]"""),

("positive", "medical_mishap_followup", "marshallese",
"""Follow-up to the Class D mishap: SN [[PERSON:Jiren Laninvelik]] went to the clinic; the corpsman wants his dependent emergency contact updated: wife [[PERSON:Aileen Laninvelik]], [[PHONE_NUMBER:+692 555 0148]], address on file [[STREET_ADDRESS:Lot 14, Delap Village, Majuro, MH 96960]]."""),

("positive", "ocr_pqs_signoff", "irish",
"""OCR of PQS page 34 (Underway tasks):
TASK 4.12  Man-overboard recovery     INIT: [[PERSON:C.L.]]  DATE: 10/03
TASK 4.13  Towing alongside           INIT: [[PERSON:C.L.]]  DATE: 10/03
Trainee: [[PERSON:O'SULLIVAN, Niamh B.]]   DOB: [[DATE_OF_BIRTH:02-28-2002]]
Verifying officer: [[PERSON:CWO Padraig Gallagher]]""".replace("[[PERSON:CWO Padraig Gallagher]]", "CWO [[PERSON:Padraig Gallagher]]")),

("positive", "leave_request_chat", "mexican+anglo",
"""[[PERSON:Rogelio Tamez]]: XPO can I swap duty w/ [[PERSON:Fitzgerald]] on the 24th, my grandma in Laredo is sick
XPO: ok if [[PERSON:Fitz]] agrees. put it in the log and leave the leave address
[[PERSON:Rogelio Tamez]]: [[STREET_ADDRESS:2207 Calle del Norte, Laredo, TX 78041]], cell same as before"""),

("evasion", "edipi_spaced", "tongan",
"""for the mishap report the member's EDIPI is [[DOD_EDIPI:15 87 33 04 19]] (copied from the CAC reader log, it inserts spaces). member is [[PERSON:Viliami Tupou Fifita]]."""),

("evasion", "dob_in_words", "cherokee",
"""trainee for the board: SN [[PERSON:Dakota Sixkiller]], born [[DATE_OF_BIRTH:the twelfth of march two thousand one]], per the pqs cover sheet"""),

("evasion", "split_phone_two_texts", "anglo",
"""text 1 (BM2 [[PERSON:Vanderzee]]): new OOD phone is [[PHONE_NUMBER:360-555-
text 2 (BM2 Vanderzee): 0186]] sorry fat fingers"""),

("hard_negative", "hull_numbers_and_instructions", None,
"""Boat status board: 45' RB-M 45617 (B0, in service), 45' RB-M 45702 (B2, prop damage), 29' RB-S 29127 (B0). Reference COMDTINST M16114.32 (Boat Operations and Training Manual) Vol II. Mishap number 2026-0412-D. Make a status summary."""),

("hard_negative", "public_cg_hq_address", None,
"""For the family day flyer, the station's mailing address is public on the Coast Guard site, and headquarters is U.S. Coast Guard, 2703 Martin Luther King Jr Ave SE, Washington, DC 20593. Emergencies: call 911 or VHF channel 16. Format as a flyer footer."""),

("hard_negative", "roster_template_blank", None,
"""| day | coxswain | crew | engineer | OOD cell |
|---|---|---|---|---|
| Mon | BM2 ____ | SN ____ | MK3 ____ | ___-___-____ |
Turn this into a weekly template with 7 days and a 'swap approved by' column."""),

("hard_negative", "cutter_eponyms", None,
"""Our station is hosting a port call for the USCGC Bertholf and the Alex Haley later this month. Also the new boathouse is being named for Signalman First Class Douglas Munro. Draft a two-line welcome for the newsletter."""),

("hard_negative", "mishap_process_prose", None,
"""Explain the difference between a Class C and Class D mishap for small boats, who convenes a mishap analysis board, and why mishap reports are privileged safety information that can't be used for discipline. Keep it to a page, no examples from our station."""),

("hard_negative", "kinship_and_ranks", None,
"""Three of our crew want to bring their spouses, a father-in-law and two kids to the change-of-command. The OIC, XPO and the Sector Commander will attend. Seating chart with ranks and relationship categories only."""),

("hard_negative", "weather_and_bar_conditions", None,
"""Bar conditions Grays Harbor 0600: swells 12 ft @ 14 s, wind SW 25 kt, bar restricted to 45' RB-M and larger. Next high tide 1122 (8.9 ft). Convert to the standard bar-condition notice we post on the website."""),

("hard_negative", "station_number_stats", None,
"""FY26 station stats: 142 SAR cases, 37 lives saved, 211 property assisted ($4.1M), 1,980 underway hours, 38 BCM quals, 6 coxswain quals. Case numbers 1412734 to 1412877. Summarize for the Sector brief."""),

("hard_negative", "password_reset_prose_tmt", None,
"""New crew keep asking how to unlock TMT. Tell them: go to the CG portal self-service page, choose "reset password", then call the CG-TMT help desk if the reset link doesn't arrive. Never share passwords on the station whiteboard. Make it a short poster text."""),

("positive", "coxswain_cert_letter", "puerto_rican",
"""CERTIFICATION – COXSWAIN, 29' RB-S
This certifies that BM3 [[PERSON:Xiomara Santiago Colón]], EDIPI [[DOD_EDIPI:1477206593]], DOB [[DATE_OF_BIRTH:7 OCT 1999]], has met all requirements of the Boat Operations and Training Manual.
Signed: LT [[PERSON:Garrick Holm]], Commanding Officer"""),

("hard_negative", "fictional_and_place_names", None,
"""Scenario for the heavy-weather drill: the fishing vessel "Ahab's Revenge" is disabled near Point Grenville with three aboard; the crew calls Grays Harbor on channel 16. Write the inject list for the coxswain trainee."""),

("positive", "fitness_log_tsv", "ghanaian+anglo",
"""name	dob	run_1_5mi	pushups	result
[[PERSON:Kofi Amponsah]]	[[DATE_OF_BIRTH:1998-04-02]]	11:48	41	pass
[[PERSON:Megan Strohmeyer]]	[[DATE_OF_BIRTH:2000-12-19]]	13:20	28	pass
[[PERSON:Abena Owusu]]	[[DATE_OF_BIRTH:2001-06-07]]	14:05	22	retest"""),
]
