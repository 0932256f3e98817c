# Voice 6: Coast Guard vessel boardings by a cutter's boarding team: boarding reports,
# crew lists of fishing vessels, violations.

RECORDS = [
    ("positive", "crew_list_longliner", "i-kiribati+indonesian+vietnamese", """Crew list F/V PACIFIC DAWN (Honolulu longliner), boarded 0912W. Sort by nationality and count:

name\tnationality\tpassport\tDOB
[[PERSON:Tebwebwe Kautu]]\tKIR\t[[US_PASSPORT:KA0217734]]\t[[DATE_OF_BIRTH:1994-03-12]]
[[PERSON:Tiaon Ioane]]\tKIR\t[[US_PASSPORT:KA0219051]]\t[[DATE_OF_BIRTH:1989-12-19]]
[[PERSON:Sugiyanto]]\tIDN\t[[US_PASSPORT:C4417820]]\t[[DATE_OF_BIRTH:1985-07-07]]
[[PERSON:Wahyu Hidayat]]\tIDN\t[[US_PASSPORT:C5590213]]\t[[DATE_OF_BIRTH:1992-09-28]]
[[PERSON:Phan Văn Thắng]]\tUSA (master)\t\t[[DATE_OF_BIRTH:1971-05-16]]"""),

    ("positive", "boarding_narrative", "azorean+guatemalan", """Turn this into the narrative block of the boarding report:
boarded f/v MARIA DE FATIMA (scalloper, New Bedford) 41-12N 069-48W. master [[PERSON:Manuel Sousa Medeiros]], dob [[DATE_OF_BIRTH:2/14/1968]], presented COD and permit. 6 crew. 1 immersion suit had a torn zipper. EPIRB registration expired. crewman [[PERSON:Eswin Coy Tzoc]] could not produce ID, stated he lives at [[STREET_ADDRESS:114 Rivet St, New Bedford, MA 02744]]. No fisheries violations. Issued 2 safety violations."""),

    ("positive", "radio_log", "vietnamese", """Radio log, put in the standard format:
1402 BT1 to CTR: on deck F/V LADY LINH, master [[PERSON:Nguyễn Thành Long]] cooperative
1407 BT1: TED on port net sewn shut. Master states his son [[PERSON:Nguyễn Minh Tuấn]] rigged it.
1419 BT1: master requests call to wife [[PERSON:Lê Thị Hoa]] at [[PHONE_NUMBER:(228) 555-0107]] to bring documents to Biloxi dock
1430 BT1: TED violation documented, photos 1-6"""),

    ("positive", "fijian_tongan_crew_html", "fijian+tongan", """<table class="crew">
<tr><th>Name</th><th>Position</th><th>Nationality</th></tr>
<tr><td>Ratu [[PERSON:Josefa Vunibaka]]</td><td>Bosun</td><td>FJI</td></tr>
<tr><td>[[PERSON:Mosese Fifita]]</td><td>Deckhand</td><td>TON</td></tr>
<tr><td>[[PERSON:Semisi Tu'ipulotu-Kata]]</td><td>Deckhand</td><td>TON</td></tr>
<tr><td>[[PERSON:Litia Qalo]]</td><td>Cook</td><td>FJI</td></tr>
</table>
fix the html so the table renders with borders"""),

    ("positive", "master_license_email", "chamorro+anglo", """From: [[PERSON:Kaitlyn Ostrowski]] <[[EMAIL_ADDRESS:kaitlyn.m.ostrowski@uscg.mil]]>
Subject: Boarding 25-117 follow-up

Sector Guam, the master of the F/V ISLA ROSA, [[PERSON:Jesse Aguon Taitano]], told us his credential renewal is pending at NMC. His mailing address is [[STREET_ADDRESS:142 Chalan Kanton Tasi, Tamuning, GU 96913]] and phone [[PHONE_NUMBER:(671) 555-0131]]. Please confirm with NMC before we issue a violation for operating without a license.
V/r, BO [[PERSON:Ostrowski]]"""),

    ("positive", "honduran_crew_es", "honduran", """Lista de tripulantes (shrimp boat, Brownsville) — translate headings only:
Nombre: [[PERSON:Wilmer Alexander Padilla Zelaya]]   Fecha de nacimiento: [[DATE_OF_BIRTH:03/11/1990]]   Pasaporte: [[US_PASSPORT:F923847]]
Nombre: [[PERSON:Darwin Josué Meza]]   Fecha de nacimiento: [[DATE_OF_BIRTH:22/06/1997]]   Pasaporte: [[US_PASSPORT:F874120]]"""),

    ("positive", "caps_violation_notice", "anglo", """NOTICE OF VIOLATION — VESSEL: MISS KAYLEE II (DOC 1122457). OPERATOR [[PERSON:DUSTIN RAY FONTENOT]], [[STREET_ADDRESS:208 BAYOU BLUE RD, HOUMA, LA 70364]]. DOB [[DATE_OF_BIRTH:04 OCT 1983]]. VIOLATIONS: 46 CFR 28.110 (LIFE RAFT OVERDUE FOR SERVICE), 33 CFR 151 (NO GARBAGE PLACARD). RECHECK EXAM DUE 30 DAYS.
make this less shouty"""),

    ("positive", "chuukese_passenger", "chuukese", """Boarding of a small passenger vessel near Weno had 3 US-bound passengers; two had no FSM passports. Names per the master: [[PERSON:Kimiuo Nakamura Sellem]], [[PERSON:Marcelina Epwek]], [[PERSON:Tonny Rayphand]]. [[PERSON:Epwek]] gave DOB [[DATE_OF_BIRTH:9 Jan 2001]]. Draft the info line for the SITREP."""),

    ("positive", "drug_interdiction_classified", "colombian", """[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] JIATF-S cue: go-fast with 3 POB, suspected master [[PERSON:Yeison Arboleda Mosquera]]
[[CLASSIFICATION_MARKING:(U)]] Boarding team recovered 41 bales.
[[CLASSIFICATION_MARKING:Classified By: CO, USCGC EXAMPLE]]
[[CLASSIFICATION_MARKING:Derived From: JIATF-S SCG 2024]]
[[CLASSIFICATION_MARKING:Declassify On: 20490101]]
Make this an unclassified press blurb."""),

    ("positive", "detainee_medical", "colombian+ecuadorian", """Detainee medical screening aboard, summarize for the handoff:
Det 1 [[PERSON:Yeison Arboleda Mosquera]], COL, DOB [[DATE_OF_BIRTH:1995-08-21]], c/o dehydration
Det 2 [[PERSON:Jhon Fredy Caicedo]], COL, DOB [[DATE_OF_BIRTH:2000-02-03]], laceration L hand
Det 3 [[PERSON:Byron Quiñónez Cheme]], ECU, DOB unknown, no complaints"""),

    ("positive", "dl_recreational", "anglo", """rec boarding, BUI. operator [[PERSON:Tyler Jameson Roush]], FL DL [[US_DRIVER_LICENSE:R200-417-92-331-0]], BAC .11 on PBT. passenger [[PERSON:Mckenna Roush]] took the helm to return to ramp. write the short summary for the NOV and the BUI referral."""),

    ("positive", "indonesian_wage_complaint", "indonesian", """Crewman approached BT privately (via Bahasa interpreter): [[PERSON:Joko Susilo Hartanto]] states he has not been paid in 7 months, passport held by the captain. Friend [[PERSON:Slamet Riyadi Purnomo]] says the same. [[PERSON:Joko]]'s family in Tegal can be reached on [[PHONE_NUMBER:+62 812 5550 1934]].
Draft a referral to the forced-labour point of contact, careful wording."""),

    ("positive", "scallop_eta_sms", "azorean", """sms from the scalloper's owner, summarize: "this is [[PERSON:Fernanda Pacheco Furtado]] owner of F/V SANTA CLARA, capt [[PERSON:Rui Furtado]] will have the corrected stability letter at the dock tmrw 0800, reach me [[PHONE_NUMBER:774-555-0175]]\""""),

    ("evasion", "unicode_crew_name", "i-kiribati", """add to the boarding roster (I typed with the Kiribati keyboard so some letters look off): [[PERSON:Теwаrеkа Вwеbwе]] DOB [[DATE_OF_BIRTH:1９９０-０１-１７]]"""),

    ("evasion", "split_passport", "vietnamese", """passport for the master was split across two lines in my notes: [[US_PASSPORT:C0
4719
228]] — name [[PERSON:Huỳnh Công Danh]]. rejoin it for the report."""),

    ("evasion", "class_marking_disguised", None, """header for the cue: [[CLASSIFICATION_MARKING:S E C R E T // R E L  T O  U S A ,  F V E Y]] — just reformat the text below it, nothing sensitive, 2 go-fasts, 6 POB."""),

    ("hard_negative", "cfr_violations", None, """Which is the right cite for an expired EPIRB registration on a commercial fishing vessel: 46 CFR 28.150 or 47 CFR 80.1061? And for visual distress signals on a 60 ft vessel, 33 CFR 175.110?"""),

    ("hard_negative", "vessel_names", None, """Boardings this patrol: F/V MARIA DE FATIMA, F/V LADY LINH, F/V MISS KAYLEE II, F/V PACIFIC DAWN, F/V SANTA CLARA. Count by homeport: New Bedford (2), Biloxi (1), Houma (1), Honolulu (1). Make a chart caption."""),

    ("hard_negative", "cutter_eponyms", None, """Short blurb for the cutter's change of command: USCGC Bertholf is named for Commodore Ellsworth P. Bertholf; USCGC Stratton for Capt. Dorothy Stratton, director of the SPARS. 50 words."""),

    ("hard_negative", "same_shape_counts", None, """name\tnationality\tpassport\tDOB
(crew member 1)\tKIR\t(on file)\t(on file)
(crew member 2)\tKIR\t(on file)\t(on file)
(crew member 3)\tIDN\t(on file)\t(on file)
Count by nationality for the message."""),

    ("hard_negative", "positions", None, """Boarding position 41-12.4N 069-48.9W, 0912W; second boarding 40-58.0N 070-02.3W, 1345W. Distance between them in NM?"""),

    ("hard_negative", "doc_numbers", None, """Official numbers: 1122457, 598814, 1285560; IMO 9876543 (check digit?). Explain how IMO check digits work using 9876543."""),

    ("hard_negative", "kinship_crew", None, """Master says the crew are his brother, two cousins and his nephew. Does a family crew change the requirement for drill conductor? One sentence."""),

    ("hard_negative", "training_markings", None, """From the boarding officer course, the slide says portion marks look like "(U)", "(C)", "(S)" and banner lines carry the highest classification. Is the slide itself classified if it just explains the format? It's marked UNCLASSIFIED at the bottom."""),

    ("hard_negative", "ted_specs", None, """TED grid bar spacing max 4 inches, opening 71 inches stretched mesh for shrimp trawlers in the Gulf? Check 50 CFR 223.207 and tell me."""),
]
