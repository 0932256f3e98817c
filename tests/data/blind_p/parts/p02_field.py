"""Voice: Secret Service protective-detail scheduling, FLETC rosters, CWMD lab logs, I&A analyst notes."""
from _v import *

RECORDS = [
R("positive", "detail_schedule", "samoan", """Protective detail — shift board, week of 12/07
DAY  0600-1400  SA [[PERSON:Faleolo Sopoaga-Tuilagi]] (lead), SA [[PERSON:Malia Sapolu]]
SWING 1400-2200 SA [[PERSON:Iosefa Leiataua]], SA [[PERSON:Tavita Fa'amausili]]
MID  2200-0600  SA [[PERSON:Sina Aumua-Lefiti]]
Swap request: Leiataua ↔ Aumua-Lefiti on 12/09, approved by ATSAIC.""".replace("Swap request: Leiataua ↔ Aumua-Lefiti", "Swap request: [[PERSON:Leiataua]] ↔ [[PERSON:Aumua-Lefiti]]")),

R("positive", "fletc_roster_csv", "mixed", """class_id,seat,last_name,first_name,agency,dob,cell
CITP-2701,01,[[PERSON:TUPOU]],[[PERSON:Sefo]],CBP,[[DATE_OF_BIRTH:1994-03-17]],[[PHONE_NUMBER:912-555-0131]]
CITP-2701,02,[[PERSON:NAKAMURA-REYES]],[[PERSON:Aiko]],ICE,[[DATE_OF_BIRTH:1991-11-02]],[[PHONE_NUMBER:912-555-0138]]
CITP-2701,03,[[PERSON:BEGAY]],[[PERSON:Shandiin]],FPS,[[DATE_OF_BIRTH:1989-07-29]],[[PHONE_NUMBER:912-555-0152]]
CITP-2701,04,[[PERSON:GUULED]],[[PERSON:Idil]],TSA,[[DATE_OF_BIRTH:1996-01-08]],[[PHONE_NUMBER:912-555-0166]]"""),

R("positive", "fletc_roster_tsv", "tongan", """Seat\tStudent\tAgency\tLodging\tRoom
07\t[[PERSON:Lupe Fifita Havili]]\tUSSS\tBuilding 75\t214
08\t[[PERSON:Viliami Tu'ipulotu]]\tCBP\tBuilding 75\t216
09\t[[PERSON:'Ana Mahe Taufa]]\tCBP\tBuilding 81\t102
Instructor of record: [[PERSON:Semisi Latu]]"""),

R("positive", "fletc_email", "native_american", """Subject: Firearms requal — make-up session
[[PERSON:Ahiga Yazzie]] and [[PERSON:Winona Two Bulls]] missed the 11/20 qualification due to the weather closure. Please schedule both for the 12/11 make-up on Range 9. Yazzie's FLETC housing phone is [[PHONE_NUMBER:912-555-0117]]; Two Bulls is commuting from [[STREET_ADDRESS:208 Kings Bay Rd, Unit 4, Brunswick, GA 31525]].""".replace("both for the 12/11 make-up on Range 9. Yazzie's", "both for the 12/11 make-up on Range 9. [[PERSON:Yazzie]]'s").replace("Two Bulls is commuting", "[[PERSON:Two Bulls]] is commuting")),

R("positive", "cwmd_lab_log", "persian", """CWMD field lab — sample chain of custody
2026-12-02 09:15  Sample S-26-0311 received from CBP Port of Long Beach, collected by CBPO [[PERSON:Dariush Eslamifar]]
2026-12-02 09:40  Logged by lab tech [[PERSON:Shirin Ghasemzadeh]]
2026-12-02 13:05  Gamma spec run complete, result: NORM (potassium-40), released
2026-12-02 13:20  Notified [[PERSON:Eslamifar]] at [[PHONE_NUMBER:562-555-0183]]"""),

R("positive", "ia_analyst_note", "somali", """Analyst note (draft, for my own use): interviewed community liaison [[PERSON:Faadumo Cabdullaahi Warsame]] about outreach event turnout. She suggested contacting imam [[PERSON:Sheikh Abdirahman Nuur]] through his assistant [[PERSON:Xamda Ismaaciil]] ([[PHONE_NUMBER:612-555-0140]]). Need to rewrite this into a neutral summary for the quarterly report.""".replace("[[PERSON:Sheikh Abdirahman Nuur]]", "Sheikh [[PERSON:Abdirahman Nuur]]")),

R("positive", "detail_schedule", "italian", """Advance team travel — Milan stop
Lead advance: SA [[PERSON:Gianluca Bernasconi]], passport [[US_PASSPORT:A41927368]]
Site agent: SA [[PERSON:Francesca Di Benedetto]], passport [[US_PASSPORT:562918034]]
Local police liaison: Commissario [[PERSON:Rocco Lanzafame]], tel. [[PHONE_NUMBER:+39 02 5555 0176]]
Hotel block under the group name "Delegazione Verona".""" ),

R("positive", "fletc_roster_csv", "chamorro", """last,first,middle,agency,edipi
[[PERSON:Cruz]],[[PERSON:Jesse]],[[PERSON:Taitano]],USCG,[[DOD_EDIPI:1538274069]]
[[PERSON:San Nicolas]],[[PERSON:Maria Lourdes]],[[PERSON:Borja]],USCG,[[DOD_EDIPI:1620493817]]
[[PERSON:Quitugua]],[[PERSON:Vincent]],[[PERSON:Leon Guerrero]],CBP,[[DOD_EDIPI:1447106235]]"""),

R("positive", "ia_analyst_note", "russian", """Open-source review: channel admin posting under the handle @sever_veter appears to be [[PERSON:Arkady Belousov]] (Аркадий Белоусов), per a 2024 business registry entry. Registry lists a contact phone [[PHONE_NUMBER:+7 495 555-01-47]]. Before including in the product, confirm the USPER determination with the intel oversight officer.""".replace("(Аркадий Белоусов)", "([[PERSON:Аркадий Белоусов]])")),

R("positive", "detail_schedule", "filipino", """Hey can you help me make this schedule look cleaner? Post standers for the Saturday event:
Post 1 – [[PERSON:Rodel Macaraeg]] 0700-1100
Post 2 – [[PERSON:Ma. Cristina Dela Paz]] 0700-1100
Post 3 – [[PERSON:Jun-Jun Bautista]] 1100-1500
Relief – [[PERSON:Analyn Sumague]] (cell [[PHONE_NUMBER:(619) 555-0175]])"""),

R("positive", "cwmd_lab_log", "ethiopian", """Radiation portal monitor secondary — operator notes
Driver: [[PERSON:Tesfaye Gebremedhin]] ([[PERSON:ተስፋዬ ገብረመድህን]]), CDL [[US_DRIVER_LICENSE:G6150843]] (CA)
Alarm cause: ceramic tile shipment, NORM. Cleared 14:32. Carrier dispatcher [[PERSON:Selamawit Alemu]] called at [[PHONE_NUMBER:951-555-0112]]."""),

R("positive", "fletc_email", "jewish", """Hi [[PERSON:Rivka]], confirming that [[PERSON:Shmuel Weisberger]] and [[PERSON:Tzipora Halberstam-Cohen]] have a religious accommodation for the Saturday practical; they will test Sunday 12/13 with instructor [[PERSON:Avi Rosenblatt]]. — [[PERSON:Dov]]"""),

# hard negatives
R("hard_negative", "detail_schedule", None, """Protective operations planning checklist for the Kennedy Center Honors weekend: confirm magnetometer count with the venue, coordinate road closures on Rock Creek Parkway with U.S. Park Police, stage the motorcade at the Watergate loop. Secret Service lead office: Washington Field Office. Names to be added by the shift supervisor."""),
R("hard_negative", "fletc_schedule", None, """FLETC Glynco — Building 75 dining hall hours change starting 12/14: breakfast 0600-0800, lunch 1100-1300. The Hope Street gate closes at 2200. Range 9 and the Marine Training Branch pier are closed 12/24-12/26. Questions to the Student Services desk."""),
R("hard_negative", "cwmd_lab_log", None, """Instrument QC log
2026-12-03 07:30  HPGe detector S/N 53-TP21998A, Cs-137 check source 661.7 keV, FWHM 1.92 keV — PASS
2026-12-03 07:45  Am-241 check 59.5 keV — PASS
2026-12-03 08:10  Background 600 s, 41.2 cps — within limits
Calibration due 2027-03-01. Reference: ANSI N42.34-2021."""),
R("hard_negative", "ia_analyst_note", None, """Tasking: summarize open reporting on port congestion at the Georgia Ports Authority Garden City terminal and the effect on the Savannah river pilots. Include the USNS Bob Hope and USNS Fisher sealift activations from the public MSC press releases. No USPER information needed."""),
R("hard_negative", "fletc_schedule", None, """Course catalog excerpt: Criminal Investigator Training Program (CITP), 55 training days; Land Management Police Training (LMPT); Uniformed Police Training Program (UPTP). Tuition codes CITP-2701 through CITP-2709 are assigned for FY27 Q2. Graduation ceremonies in the Jordan Hall auditorium."""),
R("hard_negative", "detail_schedule", None, """Can you turn this into a nicer table? Shift A 0600-1400 (4 posts), Shift B 1400-2200 (4 posts), Shift C 2200-0600 (2 posts). Relief every 2 hours. Posts: North gate, South gate, Lobby, Roof. The "Rose Garden" post is only staffed for events."""),
R("hard_negative", "ia_analyst_note", None, """Style reminder for finished intelligence: use "U.S. person" only after the oversight review; describe groups by their public names (e.g., "the Patriot Front", "Hope Not Hate" as a source); cite statutes as 6 U.S.C. § 121 and Executive Order 12333 §2.3. Do not include names of analysts in product metadata."""),
R("hard_negative", "cwmd_lab_log", None, """Shipment manifest check: container MSKU 704152-3, bill of lading HLCUSHA2611843, commodity "granite countertops", origin Xiamen, China. RPM alarm RPM-LB-07 at 11:42:17, secondary RIID ID: K-40, Th-232 (NORM). Released 12:05."""),
]
