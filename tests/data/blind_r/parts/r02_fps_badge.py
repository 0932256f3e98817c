"""Voice r02: Federal Protective Service incident reports, badge/access logs, PIV/visitor systems."""
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "fps_incident_report", "jamaican",
"""FPS Incident Report (narrative section) — pls fix tense & passive voice
On 10/21 at approx 1340 hrs, Protective Security Officer [[PERSON:Desmond Ainsworth Lindo]] observed visitor [[PERSON:Claudette Beverley Spence]] (DOB [[DATE_OF_BIRTH:06/30/1974]], VA DL [[US_DRIVER_LICENSE:T61-58-2247]]) attempt to bypass the magnetometer at the Social Security hearing office. Subject stated she lives at [[STREET_ADDRESS:5609 Belle Rd, Apt 3, Hyattsville, MD 20782]] and was late for her hearing."""))

R.append((P, "badge_log_csv", "anglo+ethiopian+korean",
"""Badge reader export — Bldg 410, Door 2E-ALPHA (why does the same card appear twice 3 sec apart?)
ts;reader;card_holder;edipi;result
2025-11-03T07:41:12;2E-ALPHA;[[PERSON:Pruitt, Garrett L]];[[DOD_EDIPI:1523980471]];GRANT
2025-11-03T07:41:15;2E-ALPHA;[[PERSON:Pruitt, Garrett L]];[[DOD_EDIPI:1523980471]];GRANT
2025-11-03T07:44:50;2E-ALPHA;[[PERSON:Tesfaye, Meseret]];[[DOD_EDIPI:1608834129]];DENY-EXPIRED
2025-11-03T07:52:06;2E-ALPHA;[[PERSON:Yoon, Seo-yeon]];[[DOD_EDIPI:1587226604]];GRANT"""))

R.append((P, "visitor_prescreen", "iranian",
"""Visitor pre-screen for the Oct 30 HQ meeting, please format as a table:
Name: [[PERSON:Shirin Mohammadzadeh-Tabrizi]] | DOB [[DATE_OF_BIRTH:1979-12-02]] | US Passport [[US_PASSPORT:A03391827]] | cell [[PHONE_NUMBER:(571) 555-0109]]
Name: [[PERSON:Kourosh Eftekhari]] | DOB [[DATE_OF_BIRTH:1983-07-19]] | US Passport [[US_PASSPORT:594418206]] | cell [[PHONE_NUMBER:(571) 555-0193]]"""))

R.append((P, "threat_call_report", "anglo",
"""Threat call to the Federal courthouse (transcribed by the clerk). Caller ID showed [[PHONE_NUMBER:(304) 555-0126]]. Caller identified himself as "[[PERSON:Wade Tolliver]]" and said "I'm at [[STREET_ADDRESS:212 Pennsylvania Ave, St. Albans, WV 25177]] and I'm coming down there." Tell me which threat-assessment category this falls under."""))

R.append((P, "piv_reissue_ticket", "polish",
"""PIV re-issue request #PIV-88213
Employee: [[PERSON:Krzysztof Wiśniewski-Nowak]]
EDIPI: [[DOD_EDIPI:1490027735]]
Reason: card delaminated
Home mailing address for the temporary card: [[STREET_ADDRESS:17 Orchard Ln, Frederick, MD 21702]]
Draft the reply telling him to go to the USAccess site in Baltimore."""))

R.append((P, "fps_les_shift_log", "ghanaian",
"""[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]
FPS Region 11 shift log — night
0215 PSO [[PERSON:Kwabena Ofori-Atta]] reports door 14 propped at the Denver Federal Center B-67
0230 MegaCenter notified, Inspector [[PERSON:Akosua Boateng]] responding
0305 door secured, no entry found
[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]
Can you make this a one-paragraph summary?"""))

R.append((P, "lost_badge_email", "mexican",
"""hi, i lost my badge at the metro, can you help me write to the security office? my name is [[PERSON:guadalupe ochoa rentería]], EDIPI [[DOD_EDIPI:1377549016]], i work at the NAC on the 3rd floor, my cell is [[PHONE_NUMBER:240 555 0158]]"""))

R.append((P, "vehicle_inspection", "sri_lankan",
"""Vehicle screening discrepancy — Loading dock, Ronald Reagan Bldg
Driver: [[PERSON:Wickramasinghe Arachchige Nuwan Perera]], CDL MD [[US_DRIVER_LICENSE:P-621-483-917-204]]
Company: Capitol Linen Svcs, truck tag 9EP1274
Manifest listed 14 carts, 16 found. Write the discrepancy note."""))

R.append((P, "alarm_key_codes", "none",
"""the alarm panel at the Annex was reset, new master code is below, please put it in a nice notice for the guard force
Panel: DSC PowerSeries Neo
Master code: [[PASSWORD:7731-0492]]
Installer code: [[PASSWORD:5518]]"""))

R.append((P, "access_control_db", "none",
"""Lenel OnGuard keeps timing out, here's our connection config, what's wrong?
[Database]
ConnectionString=[[CONNECTION_STRING:Server=fpsr3-sql02.fps.local;Database=ACCESSCONTROL;User Id=lnl_app;Password=Qv8#rT2p!Lm4;]]
Timeout=15"""))

R.append((P, "arrest_summary_fr", "congolese",
"""Traduire en français pour l'interprète, s'il vous plaît: "Subject [[PERSON:Jean-Pierre Kabeya Mutombo]], born [[DATE_OF_BIRTH:April 4, 1969]], was detained by FPS at the federal building for disorderly conduct. His daughter [[PERSON:Grâce Kabeya]] can be reached at [[PHONE_NUMBER:(617) 555-0145]]." """))

R.append((P, "workplace_violence_intake", "haitian",
"""Workplace violence intake (OHS asked me to summarize): employee [[PERSON:Fabienne Jean-Baptiste]] reports ex-partner [[PERSON:Ricardo Pierre-Louis]] waited in the garage of our NoMa office building twice. She asked that his photo be posted at the guard desk. His DOB per the protective order is [[DATE_OF_BIRTH:01-23-1985]]."""))

R.append((P, "guard_roster_md", "nepali+filipino+anglo",
"""| Post | PSO | Cell |
|---|---|---|
| Lobby A | [[PERSON:Bishnu Gurung]] | [[PHONE_NUMBER:202-555-0114]] |
| Garage | [[PERSON:Jocelyn Pangilinan-Soriano]] | [[PHONE_NUMBER:202-555-0121]] |
| Dock | [[PERSON:Hank Brubaker]] | [[PHONE_NUMBER:202-555-0131]] |
Sort this by post and add a column for relief times."""))

R.append((P, "cctv_request", "turkish",
"""CCTV footage request from the US Attorney's office for the Nov 2 incident. Subject: [[PERSON:Emre Kızılkaya]], DOB [[DATE_OF_BIRTH:08.03.1991]]. Footage from cameras 12-16, 1500-1630. Write the cover memo."""))

# evasions
R.append((E, "edipi_fullwidth", "armenian",
"""the card holder name is [[PERSON:Aram Hovhannisyan]] and EDIPI shows as [[DOD_EDIPI:１４２８８０９３５７]] in the report (weird font) — can you convert to normal digits?"""))
R.append((E, "dl_dotted", "anglo",
"""OCR gave me the license as [[US_DRIVER_LICENSE:S.5.3.0.-.4.1.2.-.8.8.7.-.1.0.9]] for [[PERSON:Marla Quist]] — clean that up into MD format"""))
R.append((E, "marking_spaced", "none",
"""header on the scanned FPS threat assessment reads [[CUI_MARKING:L A W  E N F O R C E M E N T  S E N S I T I V E]] — should I retype it? The body: two vehicles observed casing the east entrance on 11/4, no plates captured."""))

# hard negatives
R += [(H, "hn_building_names", "none", """Meeting moved from the Ronald Reagan Building to the Eisenhower Executive Office Building, then to the Thurgood Marshall Federal Judiciary Building. Which metro stops are closest to each?"""),
(H, "hn_public_address", "none", """For the visitor letter: DHS Headquarters, 245 Murray Lane SW, Washington, DC 20528. Visitors report to the St. Elizabeths west campus gate. Draft a short directions paragraph."""),
(H, "hn_fps_megacenter", "none", """What's the difference between the FPS MegaCenter and a building's own security control center? Keep it to five bullets for the new-tenant briefing."""),
(H, "hn_isc_levels", "none", """Under the ISC Risk Management Process, what's a Facility Security Level IV vs V? Is 'sensitive' in this context the same as CUI?"""),
(H, "hn_card_uuid", "none", """Card GUID 6f1d2c7e-0a44-4b9e-b1c3-7d5e8f902a13 and FASC-N 70999999999999999999 fail validation. What is the FASC-N structure (agency code, system code, credential number)?"""),
(H, "hn_work_order", "none", """Work order WO-2025-118834 for the turnstile at door 2E, PO 70FA2025P00004417, vendor invoice INV-553901. Draft a status update."""),
(H, "hn_secret_service_text", "none", """The Secret Service is running a joint exercise with FPS at the federal plaza next Tuesday. Draft a tenant notice saying the plaza will be closed from 0700 to 1200."""),
(H, "hn_confidential_footer", "none", """Our guard contract vendor puts "Confidential and proprietary — not for redistribution" in every e-mail footer. Is that a legal requirement or just boilerplate?"""),
(H, "hn_evacuation_times", "none", """Fire drill results: Bldg 410 cleared in 7 min 42 s, Bldg 411 in 9 min 05 s, annex 4 min 58 s. Compare against the 10-minute goal and make a chart description."""),
(H, "hn_phone_policy", "none", """What is the FPS policy on recording threatening phone calls? Should staff write down the caller's number or let the phone system log it?"""),
(H, "hn_street_desc", "none", """The detour route: north on 7th St SW, right on Independence Ave, left on 4th St. Pedestrians use the Maryland Ave crossing. Summarize for the tenant newsletter."""),
(H, "hn_placeholder_form", "none", """Template for the visitor form: Name: ______ DOB: __/__/____ ID number: XXXXXXXX Phone: (XXX) XXX-XXXX. Make the template accessible for screen readers."""),
(H, "hn_award_names", "none", """Nominees for the Arthur S. Flemming Award and the Samuel J. Heyman Service to America Medal from our region: how do I write a 250-word justification?"""),
]
R.insert(14, (P, "piv_pin_helpdesk", "ugandan",
"""helpdesk note — user [[PERSON:Nakato Ssemwogerere]] locked her PIV, her colleague [[PERSON:Okello Obura]] says she told him the PIN is [[PASSWORD:604219]] so he could badge her in. What policy applies to both of them? Write the report to the ISSO."""))

RECORDS = R
