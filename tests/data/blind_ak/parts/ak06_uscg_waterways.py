# Voice 6: Coast Guard Sector Waterways Management: bridge permits and openings, marine event permits,
# regatta organisers.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "marine_event_application", "anglo", """CG-4423 Application for Approval of Marine Event – data entry check
Event: Harbor Days Dragon Boat Regatta
Sponsoring org: Tacoma Paddle Club
Person in charge: [[PERSON:Marguerite Holmquist]], [[STREET_ADDRESS:5512 N Ruston Way, Tacoma, WA 98407]], cell [[PHONE_NUMBER:253-555-0114]], [[EMAIL_ADDRESS:mholmquist.paddle@proton.example]]
On-water safety officer: [[PERSON:Dwayne Castellanos]], [[PHONE_NUMBER:253-555-0115]]
Number of participating vessels: 24 dragon boats, 4 safety boats
Does the 135-day lead time apply? Event is in 110 days."""),

(P, "bridge_tender_log", "anglo+cajun", """Bridge tender log (drawbridge, ICW mile 134.0) – transcribe for the deviation request
0610 opened for tug GULF RAMBLER w/ 2 barges – tender [[PERSON:Earl Fontenot]]
0745 closed, motorist complaint (caller [[PERSON:Brandi Guidry-Hebert]], [[PHONE_NUMBER:985-555-0133]], says she was late for work 3rd time)
1220 mechanical – span lock failed; tender [[PERSON:Fontenot]] called supervisor [[PERSON:Roland Comeaux]]
1405 restored"""),

(P, "regatta_organiser_email", "italian+irish", """Subject: fireworks barge – Fourth on the Bay

Hi [[PERSON:Lt. Keating]],

We're changing the barge contractor this year. New contact is [[PERSON:Salvatore DiGregorio]] (Pyro Marine), [[PHONE_NUMBER:(631) 555-0188]]. The barge will be at the same position as last year. Our committee chair [[PERSON:Maeve Callaghan]] will sign the updated application. Do we need a new safety zone NPRM or does the annual regulation cover it?

[[PERSON:Fiona Keane]], Port Jefferson Fourth Committee""".replace("[[PERSON:Lt. Keating]]", "Lt. [[PERSON:Keating]]")),

(P, "bridge_permit_applicant", "greek", """Bridge permit application – new fixed bridge over Bayou Teche (county road). Applicant engineer [[PERSON:Konstantinos Tsakalidis]], PE, signed the navigational clearance statement. Private marina owner objecting: [[PERSON:Evangelia Markou]], [[STREET_ADDRESS:2307 Old Jeanerette Rd, New Iberia, LA 70563]]. Draft a neutral summary of her objection (vertical clearance 12 ft vs her sailboats' 38 ft masts)."""),

(P, "vhf_transcript", "japanese+anglo", """Transcript, channel 13, marine event patrol commander, during the regatta:
PATCOM: Sailing vessel in the course, this is Coast Guard patrol commander, state your name.
S/V: This is [[PERSON:Hiroshi Kawabata]] on the SEA GLASS, we're just crossing.
PATCOM: Sir, the course is closed until 1500. Stand by for escort. Please confirm a phone for the report.
S/V: [[PHONE_NUMBER:207-555-0192]].
Write the violation summary for the event after-action."""),

(P, "marine_event_csv", "samoan+tongan", """event,date,sponsor,poc,poc_phone,vessels
Polynesian Outrigger Sprint,06/14,Pacific Voyagers Canoe Club,[[PERSON:Tavita Leiataua]],[[PHONE_NUMBER:562-555-0147]],30
Festival of Canoes,07/12,Tongan Community Association,[[PERSON:Mele Tupou Havili]],[[PHONE_NUMBER:562-555-0149]],18
Long Beach Swim,08/02,Masters Swim LB,[[PERSON:Harold Eckstrom]],[[PHONE_NUMBER:562-555-0153]],6 safety kayaks
turn this into the LNM marine event section, without the POC phones"""),

(P, "whatsapp_regatta", "brazilian+portuguese", """WhatsApp (organizer group, pasted): 
[[PERSON:Beto Carvalho]]: pessoal, a Guarda Costeira pediu o nome de quem fica no barco de segurança
[[PERSON:Joana Pereira Lopes]]: eu fico, meu número é [[PHONE_NUMBER:(508) 555-0122]]
[[PERSON:Beto Carvalho]]: obrigado Joana!
Can you translate and pull out who's the safety-boat contact for the permit?""".replace("obrigado Joana!", "obrigado [[PERSON:Joana]]!")),

(P, "deviation_comment_caps", "polish+anglo", """COMMENT ON TEMPORARY DEVIATION, DOCKET USCG-2026-0417:
I AM A COMMERCIAL FISHERMAN ([[PERSON:STANISLAW KOZLOWSKI]], F/V MARY ELLEN) AND THE 2-HOUR CLOSURES WILL COST ME A TIDE EVERY DAY. MY DECKHAND [[PERSON:TODD MERRITT]] AGREES. CALL ME [[PHONE_NUMBER:508-555-0111]]."""),

(P, "insurance_cert_ocr", "jamaican", """CERTIFICATE OF LIABILITY INSURANCE (ocr)
INSURED: Kingston-Miami Reggae Regatta Inc. c/o [[PERSON:Desmond Lloyd-Barrett]]
[[STREET_ADDRESS:1190 NW 183rd St , Miami Gardens , FL 33169]]
CERTIFICATE HOLDER: U.S. Coast Guard Sector Miami, Waterways Mgmt
PRODUCER CONTACT: [[PERSON:Shanice Walcott]]  PH: [[PHONE_NUMBER:305 555 0178]]
is the Coast Guard supposed to be listed as additional insured? the organizer asks"""),

(P, "card_fee_block", "anglo", """Organiser wants to pay the marina's dock fee for the patrol boats on our behalf and sent their card number in the email: [[CREDIT_CARD:4366 5985 9170 3544]], exp 09/28, name [[PERSON:Gordon Ashby]]. I know we can't accept that. How do I word the reply and what do I do with the email?"""),

(P, "lnm_draft_person", "vietnamese", """LNM draft, District 8: "Marine event – Blessing of the Fleet, Bayou La Batre. Sponsor: St. Margaret Parish; on-scene contact [[PERSON:Father Nguyễn Đức Minh]]..." — should a private person's name even go in a Local Notice to Mariners? Shorten to the sponsor only.""".replace("[[PERSON:Father Nguyễn Đức Minh]]", "Father [[PERSON:Nguyễn Đức Minh]]")),

(P, "lowercase_sms", "alaska_native", """sms from the kayak race organizer in juneau: "hi its [[PERSON:kiana peratrovich]], we moved the start to sandy beach, also our safety lead is now [[PERSON:ray nashookpuk]] 907 555 0165 pls update" — draft an update to the permit file""".replace("907 555 0165", "[[PHONE_NUMBER:907 555 0165]]")),

(P, "fouo_bridge_strike", "anglo", """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Bridge allision, CSX bascule bridge: barge struck the fender system 0315. Operator of towing vessel: [[PERSON:Wyatt Brannigan]], master's license on file. Bridge owner rep [[PERSON:Lorraine Fitzhugh]] notified. Waterway closed 0330–0910."""),

(E, "homoglyph_name_phone", "lebanese", "contact for the swim event: [[PERSON:Nаdіne Hаddаd]] (cyrillic a's so the tool keeps it), [[PHONE_NUMBER:(941) 555-O1Ӡ4]] – put in the permit"),
(E, "fouo_spaced", None, "[[CUI_MARKING:F O U O]] — bridge allision summary follows, just tidy the grammar: barge struck the fender system at 0315, waterway closed until 0910, no injuries."),
(E, "card_split", "anglo", """organizer's card, in two lines so the gateway doesn't see it:
[[CREDIT_CARD:5467 3321
8761 4682]] – [[PERSON:Phyllis Van Dusen]], what do I tell her?"""),

(H, "cfr_question", None, """Under 33 CFR 100.15, the application for a marine event permit is due 135 days before the event if it needs a special local regulation, 30 days otherwise. What counts as "the event requiring a special local regulation"? Our regatta has 24 dragon boats in a marked course."""),
(H, "bridge_names_eponyms", None, """Rank these bridges by vertical clearance for the LNM: Francis Scott Key Bridge (replacement), George P. Coleman Memorial Bridge, Sidney Lanier Bridge, Arthur Ravenel Jr. Bridge. I know the Ravenel is 186 ft."""),
(H, "vessel_names", None, """Patrol assignments for the Sail Fest: CGC MAPLE at the harbor entrance, 45' RB-M 45633 at the course, Auxiliary facilities LADY GRACE and SEA WOLF II on the spectator line. Vessels in the parade: ANNIE MOORE (schooner), CAPT. JOHN SMITH (tour boat)."""),
(H, "same_voice_event_no_pii", None, """CG-4423 Application for Approval of Marine Event – checklist
Event: Harbor Days Dragon Boat Regatta (Tacoma)
Vessels: 24 dragon boats, 4 safety boats
Course: 500 m, Commencement Bay, east of the Ruston Way piers
Time: 0800–1600
Needs: special local regulation? Check if NPRM is required."""),
(H, "docket_numbers", None, """Docket USCG-2026-0417, RIN 1625-AA09 (drawbridge operations), and USCG-2026-0388 (marine event SLR, RIN 1625-AA08). Federal Register citation 91 FR 44712. Which of these needs an interim rule vs final rule?"""),
(H, "coordinates", None, """Safety zone corners: 47°17'12.3"N 122°30'04.7"W; 47°17'20.1"N 122°29'41.0"W; 47°16'58.8"N 122°29'37.2"W. Convert to decimal degrees and check that the polygon closes."""),
(H, "resembling_marking", None, """The regatta committee's secret weapon is a retired bosun who runs the committee boat. Restricted access to the course is enforced by the patrol commander. Write a fun one-liner for the volunteer newsletter."""),
(H, "public_contact", None, """For the handout: "To report a hazard to navigation, call Coast Guard Sector on VHF channel 16 or the sector's 24-hour command center. Bridge openings are requested on VHF channel 13 or 9." Make it bilingual English/Spanish."""),
(H, "bridge_schedule_stats", None, """Drawbridge openings last month: 1,214 total, 61% recreational, 33% commercial, 6% government. Average opening 7.4 minutes. Peak hour 1600–1700 (weekdays). Deviation request asks for no openings 0700–0900 and 1600–1800. Summarise the impact."""),
]
