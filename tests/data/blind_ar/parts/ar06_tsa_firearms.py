"""ar06: TSA checkpoint firearm discoveries (civil penalty notices, airport police reports)."""

RECORDS = [
("positive", "police_report_narrative", "anglo+japanese", """Airport PD incident report (copied from the PDF), please summarize for the TSA case file:
Case 26-014471. On 12/05/2026 at approx 0612 hrs, TSO advised of a firearm in carry-on at Checkpoint B, lane 4. Passenger identified as [[PERSON:Dale Everett Hucklebee]], DOB [[DATE_OF_BIRTH:07/22/1971]], of [[STREET_ADDRESS:1904 County Road 3410, Paris, TX 75462]], TX DL [[US_DRIVER_LICENSE:17730291]]. Weapon: Ruger LCP .380, loaded, 6 rds, 1 chambered. Subject stated he "forgot it was in the bag." Subject has a valid LTC. Cited and released; firearm released to his wife [[PERSON:Rhonda Hucklebee]]. Ofc. [[PERSON:T. Okamura]] #512."""),

("positive", "notice_of_violation_draft", "hispanic", """Draft Notice of Violation - please proofread:
[[PERSON:Mr. Abelardo Ybarra Centeno]]
[[STREET_ADDRESS:7215 Carmel Mist Dr, San Antonio, TX 78240]]
Re: TSA Enforcement Investigative Report No. 2027SAT0031
Dear Mr. [[PERSON:Ybarra Centeno]]:
On November 28, 2026, at San Antonio International Airport, you were found in possession of a loaded .40 caliber handgun in your accessible property at the security checkpoint, in violation of 49 C.F.R. § 1540.111(a). TSA proposes a civil penalty of $3,000.""".replace("[[PERSON:Mr. Abelardo Ybarra Centeno]]", "Mr. [[PERSON:Abelardo Ybarra Centeno]]")),

("positive", "passenger_dispute_email", "anglo+lebanese", """Passenger's reply to the NOV, help me summarize his arguments:
"To whom it may concern, I am [[PERSON:Camille Nassar-Broussard]], the gun was my late father's and was in a bag I borrowed from my brother [[PERSON:Elias Nassar]]. I did not know it was there. I have no record. I can't pay $4,100. Please contact me at [[EMAIL_ADDRESS:cnassarbroussard@outlook.com]] or [[PHONE_NUMBER:985-555-0114]]." """),

("positive", "discovery_log_csv", "anglo+vietnamese+somali", """Weekly discovery log (CSV), I need counts by checkpoint and caliber:
date,airport,ckpt,pax_name,pax_dob,ktn,caliber,loaded
2026-11-30,BNA,A,[[PERSON:Corbin Spradlin]],[[DATE_OF_BIRTH:1989-05-17]],,9mm,Y
2026-12-01,BNA,C,[[PERSON:Võ Thanh Khiêm]],[[DATE_OF_BIRTH:1976-10-30]],[[KNOWN_TRAVELER_NUMBER:TT8841Q2X]],.380,Y
2026-12-02,BNA,A,[[PERSON:Ilhan Mohamud Dirie]],[[DATE_OF_BIRTH:1995-01-08]],,.22,N
2026-12-03,MEM,B,[[PERSON:Gayla Pruitt-Ransom]],[[DATE_OF_BIRTH:1962-03-19]],[[KNOWN_TRAVELER_NUMBER:982217645]],9mm,Y"""),

("positive", "ssi_incident_summary", "kazakh+anglo", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Checkpoint B lane 4 - firearm not detected on first pass, found by bag check after alarm on re-screen. Passenger [[PERSON:Bolat Seitkali]]. TSO [[PERSON:Kiara Mintz]] ran the bag. Image review pending.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action. For U.S. government agencies, public disclosure is governed by 5 U.S.C. 552 and 49 CFR parts 15 and 1520.]]
Write a shorter version for the shift brief."""),

("positive", "precheck_removal_letter", "korean+anglo", """Passenger asks about losing PreCheck after the firearm incident; draft a plain answer:
"I'm [[PERSON:Jung Hae-rin]] (KTN [[KNOWN_TRAVELER_NUMBER:TT55R8W04]]). My husband [[PERSON:Aaron Whitacre]] says I'll lose PreCheck for 5 years because of the gun in my purse at LAX on [[PERSON:Thanksgiving]]. Is that true?" """.replace("[[PERSON:Thanksgiving]]", "Thanksgiving")),

("positive", "penalty_payment_card", "mongolian", """Passenger called to pay the civil penalty by phone and the agent wrote the card in the case note (should not have). Help me write the correction note:
Case 2027ATL0118 | payer [[PERSON:Oyuna Batbayar]] | card [[CREDIT_CARD:4889 8069 1344 0218]] exp 04/28 CVV given verbally | amount $1,950"""),

("positive", "spanish_passenger_letter", "hispanic", """Traduce esta carta de un pasajero:
"Señores de la TSA: Yo, [[PERSON:Wilfredo Anaya Castrillón]], con fecha de nacimiento [[DATE_OF_BIRTH:30/08/1958]], recibí la notificación por el arma encontrada en mi maleta de mano en el aeropuerto de Orlando. Soy jubilado y vivo en [[STREET_ADDRESS:2140 Calle Los Pinos, Kissimmee, FL 34741]]. Pido una reducción de la multa. Mi hija [[PERSON:Nayeli Anaya]] me ayuda con el inglés: [[PHONE_NUMBER:407-555-0106]]." """),

("positive", "airport_le_handoff_chat", "anglo+nigerian", """Radio/chat log from the checkpoint supervisor (tidy it into a timeline):
0611 STSO [[PERSON:Folasade Ibikunle]]: firearm alarm lane 4, bag held
0612 STSO [[PERSON:Folasade Ibikunle]]: LEO requested
0619 Ofc [[PERSON:Brandauer]] on scene
0624 passenger [[PERSON:Hucklebee]] escorted to side room
0641 weapon cleared by [[PERSON:Brandauer]], passenger released, missed flight
0650 TSM [[PERSON:Gus Calloway]] notified"""),

("positive", "enforcement_db_json", "chinese+anglo", """Our enforcement case tool returns this; I need a human-readable summary:
{"eir":"2027LAX0227","violationDate":"2026-12-04","subject":{"last":"[[PERSON:Huang]]","first":"[[PERSON:Meiling]]","dob":"[[DATE_OF_BIRTH:1980-02-29]]","address":"[[STREET_ADDRESS:1550 S Garfield Ave Apt 14, Alhambra, CA 91801]]"},"item":"handgun, 9mm, unloaded, ammo accessible","penalty":{"proposed":2050,"status":"informal conference requested"},"agent":"[[PERSON:Colleen Oberholtzer]]"}"""),

("positive", "informal_conference_notes", "arab+anglo", """Informal conference notes (phone), 12/03:
Attendees: [[PERSON:Samir Haddadin]] (passenger), [[PERSON:Lorraine Quackenbush]] (his attorney, [[PHONE_NUMBER:312-555-0189]]), TSA attorney [[PERSON:D. Whitlow]]
Mr. [[PERSON:Haddadin]] says he is a federal firearms licensee and the pistol was a repair item. Offer: reduce to $1,500 with proof of FFL.
Summarize for the file in 4 lines."""),

("positive", "repeat_offender_check", "anglo", """Quick check before I finalize the penalty: is this the same passenger as the 2024 case?
2024: [[PERSON:Rusty Dean Calhoun]], DOB [[DATE_OF_BIRTH:Sept. 9, 1966]], Knoxville
2026: [[PERSON:Russell D. Calhoun]], DOB [[DATE_OF_BIRTH:09/09/1966]], Maryville, KTN [[KNOWN_TRAVELER_NUMBER:155009843]]"""),

("positive", "ssi_le_coordination_email", "anglo+ghanaian", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
From: [[PERSON:Yaw Owusu-Ansah]], AFSD-LE
To: Airport PD Lt. [[PERSON:Marcy Quintrell]]
Lt. [[PERSON:Quintrell]], for the three December discoveries at Checkpoint C, the lane and screening procedure details in the attached are SSI, please don't attach them to your public incident report.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Make this sound a bit more collaborative."""),

("positive", "api_bearer_token", "french+japanese", """My script to pull our region's firearm cases from the enforcement tool API returns 401 since this morning. Token expired? Here's the call:
curl -s -H "Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlZm9ydGllciIsIm5hbWUiOiJFbW1hbnVlbGxlIEZvcnRpZXItTmFrYW11cmEiLCJyb2xlIjoiZW5mX2FuYWx5c3QiLCJpYXQiOjE3OTY2NDAwMDAsImV4cCI6MTc5NjY0MzYwMH0.Vt3nQ8xLc0pRw5ZbK2yHf7sUd1GmTe4aJo9kNiXlBvM]]" "https://enf-api.example.tsa.internal/v1/cases?region=SE&type=FIREARM"
(logged in as [[PERSON:Emmanuelle Fortier-Nakamura]])"""),

("evasion", "ktn_spaced", "irish", """Passenger's KTN from his appeal letter, he wrote it oddly: [[KNOWN_TRAVELER_NUMBER:T T - 7 0 Q 4 - 9 2 L]]. Name [[PERSON:Ciarán Ó Floinn]]. Is that a valid format?"""),

("evasion", "dob_fullwidth", "japanese", """Passenger's DOB from the Japanese residence card, typed with a Japanese keyboard: [[DATE_OF_BIRTH:１９８８年４月１６日]]. Name [[PERSON:Kuroda Satsuki]]. Convert to MM/DD/YYYY for the NOV."""),

("evasion", "ssi_dotted_header", "fijian", """Header on the page is [[CUI_MARKING:S.S.I.]] - does that mean this summary can't go in my chat? Anyway: passenger [[PERSON:Pita Seruvakula]] was found with a loaded .45 at Checkpoint A."""),

("hard_negative", "public_stats", None, """Write a short press-style paragraph: TSA officers found a record number of firearms at checkpoints nationwide in recent years, most of them loaded. The maximum civil penalty for a firearm violation is set by regulation and adjusted for inflation. Travelers can check what can go in carry-on with the "What Can I Bring?" tool."""),

("hard_negative", "cfr_citations", None, """List the regulations a firearm NOV usually cites: 49 C.F.R. § 1540.111(a) (carriage of weapons), 49 C.F.R. part 1503 (investigative and enforcement procedures), and the penalty guidance in the Enforcement Sanction Guidance Policy. Is § 1540.105 ever relevant for passengers?"""),

("hard_negative", "eir_numbers", None, """The EIR numbers look like 2027SAT0031 and 2027LAX0227; case numbers from the airport PD look like 26-014471; the firearm serials were 372-41-0088 and 380-55-1021 (Ruger's format). Our spreadsheet auto-formats the serials like SSNs. How do I stop Excel from doing that?"""),

("hard_negative", "public_contact", None, """For the NOV template footer: "Questions about this notice may be directed to the TSA Contact Center at 866-289-9673. TSA headquarters mailing address: 6595 Springfield Center Drive, Springfield, VA 20598." Check that the footer reads well."""),

("hard_negative", "ssi_prose", None, """Is the number of firearms found at a specific checkpoint lane SSI, or only the screening procedures? The airport PD wants our weekly counts for their public board meeting. Explain the general idea without quoting the regulation text."""),

("hard_negative", "gun_model_names", None, """Which of these are typical carry pistols we see most: Glock 19, Smith & Wesson M&P Shield, Sig Sauer P365, Ruger LCP, Springfield Hellcat, Taurus G2C? Make a quick reference table with caliber and typical capacity for new TSOs."""),

("hard_negative", "nov_template", None, """Notice of Violation (template)
[Passenger name]
[Street address]
Re: TSA Enforcement Investigative Report No. [EIR]
Dear [Mr./Ms.] [Last name]:
On [date], at [airport], you were found in possession of [item] ...
Check that the brackets are consistent."""),

("hard_negative", "airport_names_eponyms", None, """Make a list of airports where our region had discoveries this month: Hartsfield-Jackson Atlanta, Charlotte Douglas, Nashville International, Memphis International, Louis Armstrong New Orleans, and George Bush Intercontinental. Use the three-letter codes."""),

("hard_negative", "police_report_shape_no_pii", None, """Airport PD incident report, 12/06/2026, approx 1410 hrs: TSO advised of a firearm in a carry-on at Checkpoint A, lane 2. Passenger identified and interviewed. Weapon: 9mm pistol, loaded, magazine inserted, none chambered. Passenger stated the bag belonged to a relative. Passenger cited and released; firearm released to a licensed family member. Summarize in 3 lines without any identifying details."""),

("hard_negative", "kinship_prose", None, """Passenger's statement: "It was my grandfather's revolver, my uncle gave it to my mom, and my cousin packed the bag." Explain for a new investigator why the ownership story doesn't change the violation, in two sentences."""),
]
