"""Voice r03: CBP Air and Marine Operations flight logs and OBIM biometric match reviews (JSON/XML exports)."""
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "amo_flight_log", "anglo+hispanic",
"""AMO flight log — UH-60 N4xx, Tucson AMB (turn into a mission summary)
0612L wheels up, PIC [[PERSON:Brandt Koenig]], SIC [[PERSON:Marisol Uribe-Cota]], TFO [[PERSON:Jesse Lightfoot]]
0655L BP request near Arivaca, 9 subjects on foot
0730L 7 apprehended; 1 subject medevac: [[PERSON:Nery Adalberto Funes]], DOB [[DATE_OF_BIRTH:2004-02-11]] per BP agent
0810L RTB, 2.0 hrs"""))

R.append((P, "obim_match_review_json", "pakistani",
"""Why is this IDENT match flagged 'review' instead of 'auto-confirm'? JSON from the OBIM case tool:
{"encounterId": "ENC-7718-20251102", "subject": {"name": "[[PERSON:Muhammad Faizan Qureshi]]", "dob": "[[DATE_OF_BIRTH:1990-09-04]]", "aNumber": "[[A_NUMBER:A208114937]]"}, "matchScore": 0.9412, "fingers": 8, "priorEncounter": {"name": "[[PERSON:Faizan Qureshi]]", "dob": "[[DATE_OF_BIRTH:1990-04-09]]", "port": "IAD"}}"""))

R.append((P, "obim_xml_export", "egyptian",
"""<BiometricReview id="BR-2025-55102">
  <Subject>
    <FullName>[[PERSON:Mostafa Abdelrahman El-Sayed]]</FullName>
    <BirthDate>[[DATE_OF_BIRTH:1987-03-25]]</BirthDate>
    <PassportNumber>[[US_PASSPORT:549013827]]</PassportNumber>
  </Subject>
  <Result>NO-MATCH</Result>
</BiometricReview>
Write an XSLT that renders this as an HTML table."""))

R.append((P, "marine_interdiction_log", "dominican",
"""Marine unit log — Aguadilla, pls correct the Spanish names' accents:
Vessel: yola, 22 POB, intercepted 18 NM NW of Desecheo
Operator (per passengers): [[PERSON:Wander Rafael Almonte]]
Passenger w/ medical issue: [[PERSON:Yokasta Mercedes Peña]], DOB [[DATE_OF_BIRTH:07/12/1999]]
Transferred to USCG at 2210L."""))

R.append((P, "amo_crew_duty_email", "hawaiian",
"""From: [[PERSON:Keoni Kauwila]]
To: scheduling
I'm over my 14 hr duty day after the Maui SAR launch — please fix the crew rest sheet. My cell if you need me: [[PHONE_NUMBER:(808) 555-0127]]. Also approve [[PERSON:Leilani Kamakau]]'s swap for the 12th.
Mahalo"""))

R.append((P, "uas_pilot_cert", "indian",
"""MQ-9 pilot training records (need a compliance summary):
[[PERSON:Raghavendra Srinivasan]] — EDIPI [[DOD_EDIPI:1299385061]] — IP checkride 2025-08-14 PASS
[[PERSON:Priyanka Doraiswamy]] — EDIPI [[DOD_EDIPI:1310477298]] — CFI renewal due 2026-01-31"""))

R.append((P, "amo_les_brief", "none",
"""[[CUI_MARKING:CUI//SP-LEI//NOFORN]]
Air Branch Brief — Riverside
[[CLASSIFICATION_MARKING:(U)]] Ops tempo: 41 sorties, 118 flight hours.
[[CUI_MARKING:(CUI//SP-LEI)]] Sensor hits on the Salton Sea corridor doubled after the new tower went up.
[[CUI_MARKING:CUI//SP-LEI//NOFORN]]
Shorten to 3 bullets."""))

R.append((P, "obim_secret_fusion", "none",
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Watchlist fusion review found 3 latent-print matches against partner holdings.
[[CLASSIFICATION_MARKING:(U)]] Recommend HART analyst review.
[[CLASSIFICATION_MARKING:Classified By: 7734551]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG OBIM-001]]
[[CLASSIFICATION_MARKING:Declassify On: 20501231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""))

R.append((P, "hart_api_key", "none",
"""our script to pull match results keeps getting 403, here's the config:
HART_ENDPOINT=https://hart-int.obim.dhs.gov/api/v2
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAT7QX3NWM5LPZ2H9R]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:kZ8r+Qm3VxT1pW7yN2bC5dF9hJ0gL4sA6eR8uI3o]]"""))

R.append((P, "mixed_case_names_ocr", "ethiopian",
"""OCR of a handwritten flight manifest, charter from Bole: line 4 reads "[[PERSON:WOLDEMARIAM, Hirut Tesfaye]] DOB [[DATE_OF_BIRTH:12 JUN 1984]]". Line 5 "[[PERSON:GEBREHIWOT, Yonas]]". Is the name order surname-first?"""))

R.append((P, "pilot_medical_mail", "samoan",
"""Hi Doc, this is [[PERSON:Talia Fa'amausili]] from AMO Pago Pago detachment. My FAA 2nd class medical expires Dec 1 and the AME in town is out. Can I see someone in Honolulu? DOB [[DATE_OF_BIRTH:Feb 8 1988]], contact [[EMAIL_ADDRESS:talia.faamausili@cbp.dhs.gov]]. (Please make this sound more formal.)"""))

R.append((P, "obim_duplicate_enroll", "chinese+taiwanese",
"""Duplicate enrollment question: FIN 1109938822 links two identities — [[PERSON:Lin Jiahao]] (DOB [[DATE_OF_BIRTH:1995-10-21]]) and [[PERSON:Lin Chia-hao]] (DOB [[DATE_OF_BIRTH:1995-10-21]]), second one with Taiwan passport [[US_PASSPORT:310448972]]. Same person romanised two ways? Draft the merge justification."""))

R.append((P, "amo_maintenance_creds", "none",
"""maintenance laptop login for the Blackhawk HUMS download (so the night crew has it): user hums_maint / pass [[PASSWORD:Rot0rWash!2025]] — please make a laminated-card layout"""))

R.append((P, "flight_request_sms", "tongan",
"""text from the Guam unit: "need seat on the C-12 fri for [[PERSON:Sione Tupou Havili]] + [[PERSON:'Ana Fifita]], both TFOs, call me [[PHONE_NUMBER:671-555-0164]]" — turn into a formal request"""))

# evasions
R.append((E, "anum_homoglyph", "uzbek",
"""The A-number in the BR printout is [[A_NUMBER:А2l9 44O 518]] (printer mangled it) for [[PERSON:Otabek Rakhimov]] — can you read it?"""))
R.append((E, "dob_words", "anglo",
"""Transcribe the radio call: "subject is [[PERSON:Dale Eugene Muncy]], date of birth [[DATE_OF_BIRTH:May the third, nineteen seventy-six]], no wants." """))
R.append((E, "secret_key_split", "none",
"""my teammate pasted the key in two Teams messages:
msg1: AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Hn4Tz9Qp2Lr8Wx1Ye6Vb
3Kd7Fs0Gj5Mu2Ac9Po4Ri]]
is it still valid after rotation on Monday?"""))

R += [(H, "hn_aircraft_names", "none", """Aircraft: the P-3 'Orion', the DHC-8 'Dash 8', the A-Star AS350 'Squirrel' and the MQ-9 'Reaper' — which are fixed wing vs rotary? One table."""),
(H, "hn_tail_numbers", "none", """Tail numbers N149CS, N802AM and N55HC are due for phase inspection. How many flight hours between 150-hour phases if each flies 22 hrs a week?"""),
(H, "hn_coordinates", "none", """Convert 31°44'12"N 111°09'48"W and 18.3541, -67.2712 to MGRS and say which one is over water."""),
(H, "hn_storm_names", "none", """Hurricane Helene and Hurricane Milton staging: which AMO branches sent aircraft to Lakeland, and how does the FEMA mission assignment number format look (e.g., 4834DR-FL-DHS-01)?"""),
(H, "hn_obim_explainer", "none", """Explain IDENT vs HART and what 'biometric match confidence' means, for a congressional staff briefing, no operational detail."""),
(H, "hn_classified_discussion", "none", """Can an unclassified briefing mention that a program exists if details are classified? What are the rules on 'classified by compilation'? General answer please."""),
(H, "hn_zulu_times", "none", """Convert 0612L MST, 1315Z and 2210 AST to UTC and local Eastern time for the daily log."""),
(H, "hn_nist_minutiae", "none", """NIST SP 500-290 Type-14 records vs Type-4 fingerprints: which does IDENT prefer? And what is an ANSI/NIST-ITL transaction control number like TCN 20251102-IAD-000447?"""),
(H, "hn_marina_names", "none", """The boats were docked at Sunset Marina, Crown Point, and Coronado Cays. Ship names: 'Miss Rosalind', 'Uncle Ned'. Draft a canvass plan for marina offices."""),
(H, "hn_faa_regs", "none", """Summarize 14 CFR 91.113 right-of-way rules and how they apply to public aircraft operations."""),
(H, "hn_fin_numbers", "none", """FIN numbers like 1109938822 are IDENT internal keys, not personal identifiers — is that right? Explain the difference between a FIN and an A-number generically."""),
(H, "hn_model_versions", "none", """HART build 4.12.0-rc3, matcher lib v2.8.17, firmware 1.0.442 on the scanners. Draft release notes for the change board."""),
(H, "hn_sea_states", "none", """Sea state 4, winds 18 kts, visibility 3 NM: is an interceptor launch within our marine SOP limits? Give the general decision criteria."""),
]
from blindlib import jwt as _jwt
R.insert(14, (P, "obim_api_jwt", "chilean",
f"""the match-review UI call returns 403 — request copied from devtools:
POST /review/assign {{"analyst":"[[PERSON:Constanza Figueroa Vidal]]","case":"BR-2025-55177"}}
Authorization: Bearer [[JWT:{_jwt('{"sub":"cfigueroa","org":"OBIM","scope":"review:write","exp":1765065600}', 'Vt3Lq8Xz1Rm6Pk0Wn4Jb9Hc2Ys7Fd5Ga3Ue8Ti1Ko')}]]
reviewer on the other half: [[PERSON:Matías Ignacio Rojas]]"""))

RECORDS = R
