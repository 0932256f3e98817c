# Voice 3: ICE Alternatives to Detention case specialists - check-ins, ankle monitors, app enrolments.
RECORDS = [
("positive", "checkin_note", "honduran",
"""Clean this up for the case note:
participant [[PERSON:Keylin Yamileth Banegas Oseguera]] [[A_NUMBER:A220817463]] reported in person 11/19 w/ her 2 kids. app check-ins missed x3 last wk -- says phone was stolen. new # [[PHONE_NUMBER:(832) 555-0147]]. re-enrolled facial bio on new device. address unchanged [[STREET_ADDRESS:6120 Bissonnet St Apt 310, Houston, TX 77081]]. next office visit 12/17. explained consequences of further missed check-ins, she understood (Spanish, no interp needed)."""),

("positive", "device_swap_csv", "qeqchi+ukrainian+senegalese+kichwa",
"""Monitor swap list from the vendor, semicolon separated because their export is weird. Which ones are overdue for battery replacement (>18 months)?

participant;anumber;device_serial;installed;dob
[[PERSON:Wilmer Ajú Coc]];[[A_NUMBER:A221046738]];GPS-7741-00982;2024-03-11;[[DATE_OF_BIRTH:1996-07-02]]
[[PERSON:Yuliia Marchenko]];[[A_NUMBER:A219930154]];GPS-7741-01377;2023-05-29;[[DATE_OF_BIRTH:1988-12-19]]
[[PERSON:Ousmane Sy]];[[A_NUMBER:A218772906]];GPS-7741-00415;2022-11-03;[[DATE_OF_BIRTH:1991-01-27]]
[[PERSON:Darwin Alexis Chimbo Tenesaca]];[[A_NUMBER:A222590381]];GPS-7741-02210;2024-09-18;[[DATE_OF_BIRTH:2001-05-05]]"""),

("positive", "enrolment_email", "african_american+venezuelan",
"""Subject: New enrollment - SmartLINK
From: [[PERSON:Darnell Pettaway]] <[[EMAIL_ADDRESS:darnell.pettaway@ice.dhs.gov]]>

Team, new participant released from Krome yesterday:
[[PERSON:Yorgelis Carolina Briceño Mata]], DOB [[DATE_OF_BIRTH:03/14/1994]], [[A_NUMBER:A-224-108-575]]
Sponsor/residence: her brother [[PERSON:Jhonny Briceño]], [[STREET_ADDRESS:1455 NW 7th St, Apt 9, Miami, FL 33125]], [[PHONE_NUMBER:305-555-0178]]
Please schedule the app enrollment for Monday 9am."""),

("positive", "violation_report_le", "mexican+anglo",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
ATD Violation Summary
Participant: [[PERSON:Fidencio Larios Gámez]] ([[A_NUMBER:A213556802]])
Strap tamper alert 11/22 02:14, device offline 6h 41m. Last GPS fix near I-10 / Rte 90, Sierra Blanca.
Recommend referral to ERO for possible re-detention.
Case specialist: [[PERSON:Jessica Boatwright]]"""),

("positive", "phone_checkin_transcript", "haitian",
"""transcribed this check-in call, please translate the Kreyòl parts:
CS: Good morning, this is your ATD check-in, please state your name.
P: Bonjou, mwen se [[PERSON:Wideline Dorsainvil]]. Mwen fèt [[DATE_OF_BIRTH:12 janvye 1990]].
CS: Address?
P: Mwen toujou rete [[STREET_ADDRESS:131 Linden Blvd, Apt 5D, Brooklyn, NY 11226]]. Pitit mwen [[PERSON:Ricardo]] malad, m pa t ka vini jedi a.
CS: OK, thank you."""),

("positive", "stepdown_recommendation", "kiche+hispanic+anglo",
"""Help me write a step-down recommendation (GPS -> app only). Facts:
[[PERSON:Rosa Elvira Xiloj Tum]], [[A_NUMBER:A201755938]], on GPS since Feb 2024, 100% compliance 14 months, attends all hearings (next EOIR hearing 03/05/26, Judge [[PERSON:Echeverría-Lugo]]), works at a poultry plant, pregnant 7 months - ankle swelling documented by her clinic. Attorney [[PERSON:Meredith Ashgrove]], [[EMAIL_ADDRESS:mashgrove@legalaidnwa.org]]."""),

("positive", "chat_multi", "kyrgyz",
"""User: participant wants to move from Denver to Salt Lake City. What do I need?
Assistant: Typically a written request, the new address, and coordination with the receiving AOR so the case can be transferred. Do you have the new address?
User: [[STREET_ADDRESS:2271 S 300 W, Salt Lake City, UT 84115]]. participant is [[PERSON:Aibek Toktogulov]], his wife [[PERSON:Nurzhan Toktogulova]] is also on ATD, both DOB 1990 something. A numbers [[A_NUMBER:A217604482]] and [[A_NUMBER:A217604491]]
Assistant: Then submit a transfer request for each of them; note they are a household so both move together."""),

("positive", "sms_thread", "colombian",
"""need to save this SMS thread to the file, can you format it as a table with time and sender:
10:02 participant: buenos dias soy [[PERSON:Leidy Johana Cárdenas]] no me funciona la app
10:05 me: Buenos días. Por favor envíe su número A.
10:06 participant: [[A_NUMBER:A223419067]]
10:07 participant: y mi fecha de nacimiento es [[DATE_OF_BIRTH:28/02/1997]]
10:15 me: Gracias, le llamo al [[PHONE_NUMBER:(404) 555-0126]]?
10:16 participant: si"""),

("positive", "vendor_portal_creds", "anglo",
"""The vendor portal keeps logging me out. Here's what the vendor rep [[PERSON:Troy Maddox]] sent, can you tell me if the URL is right?

portal: https://atd-portal.vendor.example/login
user: atd_cs_0417
temp password: [[PASSWORD:Qj7!rWx2mPv#48]]
He said change it within 24h."""),

("positive", "family_unit", "kichwa",
"""Write a family summary for the hearing packet:
Head of household [[PERSON:Segundo Manuel Guamán Quishpe]], DOB [[DATE_OF_BIRTH:10 October 1985]], [[A_NUMBER:A220044719]]
Spouse [[PERSON:María Rosa Yupanqui]], DOB [[DATE_OF_BIRTH:1 June 1989]], [[A_NUMBER:A220044728]]
Children: [[PERSON:Kevin Guamán]] (12), [[PERSON:Mishell Guamán]] (7)
Residence: [[STREET_ADDRESS:47-11 104th St, Corona, NY 11368]]
All enrolled on app, compliant."""),

("positive", "congolese_french", "congolese",
"""Traduire et résumer en anglais pour le dossier:
« Je m'appelle [[PERSON:Grâce Mbuyi Kalala]], né le [[DATE_OF_BIRTH:04/09/1983]] à Kinshasa. Je ne peux pas venir au rendez-vous du 3 décembre parce que mon fils [[PERSON:Emmanuel Kalala]] est à l'hôpital. Mon numéro: [[PHONE_NUMBER:+1 (207) 555-0193]]. »"""),

("positive", "caseload_summary", "afghan+moldovan+kenyan+vietnamese+mexican",
"""Give me the top 3 I should call today from my caseload notes:
- [[PERSON:Ahmad Rahimi]] - no check-in 6 days
- [[PERSON:Tatiana Lungu]] - new job, needs schedule change
- [[PERSON:Kelvin Otieno]] - court date moved, needs updated reporting
- [[PERSON:Bich Tran]] - all good
- [[PERSON:Jaime Pacheco Ruelas]] - strap irritation, medical note pending"""),

("positive", "interpreter_request", "mam",
"""Need a Mam interpreter for Thursday. Participant [[PERSON:Audelino Pérez Ramírez]], [[A_NUMBER:A216338054]], speaks Mam (Todos Santos variant), little Spanish. Please draft the LanguageLine request."""),

# evasions
("evasion", "homoglyph_anumber", "salvadoran",
"""pls check status: [[PERSON:Ｋａｒｉｎａ Ｌｉｓｅｔｈ Ｍｅｊíａ]] anumber [[A_NUMBER:А2１８４４７０３６]] (the A is from my phone keyboard, whatever)"""),

("evasion", "reversed_dob", "liberian",
"""writing backwards so the tool doesn't mess with it: participant [[PERSON:Comfort Sumo-Kollie]] dob reversed = [[DATE_OF_BIRTH:7891/30/80]] (read right to left). Is she eligible for the app-only program?"""),

("evasion", "dotted_phone_name", "cuban",
"""la participante [[PERSON:Y-a-r-i-t-z-a P-e-r-d-o-m-o]] dice que su cel es [[PHONE_NUMBER:7.8.6.5.5.5.0.1.4.1]] -- escribí con puntos a propósito. can you draft a text reminding her of Friday's check-in?"""),

# hard negatives
("hard_negative", "program_stats", None,
"""ATD stats for the briefing: 184,302 active participants as of Nov 30; 87% on SmartLINK, 9% GPS ankle monitor, 4% telephonic. Average length in program 588 days. Absconder rate (FY) 3.1%. Make a pie chart description for a 508-compliant alt text."""),

("hard_negative", "device_serials", None,
"""Vendor RMA list, which ones are still under warranty (24 mo)? GPS-7741-00123 shipped 2023-01-09, GPS-7741-00877 shipped 2024-06-30, BEACON-22-0441 shipped 2022-12-01, BEACON-22-0970 shipped 2025-02-14. RMA ticket 88-204-1177."""),

("hard_negative", "policy_summary", None,
"""Summarize: ATD technology options include telephonic reporting with voice verification, the SmartLINK smartphone application with facial matching, a wrist-worn device (VeriWatch), and GPS ankle monitors. Enrollment is at ERO discretion and may be stepped up or down based on compliance."""),

("hard_negative", "same_shape_checkin", None,
"""Clean this up for the SOP:
participant reports in person on scheduled date w/ photo ID. app check-ins missed x3 in a week triggers call from CS. if phone lost/stolen, re-enroll facial bio on new device same day. explain consequences of further missed check-ins in participant's language (use interp line if needed)."""),

("hard_negative", "spanish_template", None,
"""Corrige la gramática de esta plantilla de mensaje: "Hola [NOMBRE], le recordamos su cita de reporte el [FECHA] a las [HORA] en la oficina de [CIUDAD]. Si no puede asistir, llame al número de su especialista." Gracias."""),

("hard_negative", "court_case_names", None,
"""For the training deck, add a slide on the litigation history: Flores v. Reno (1997 settlement) on family detention standards, and Zadvydas v. Davis (2001) on post-removal-order detention. One sentence each."""),

("hard_negative", "anumber_shaped_invoice", None,
"""Vendor invoice dispute: line items reference work order A20250917 and batch A2025-0918-33, billed twice. Invoice INV-0049917, PO 70CMSD24P00000118. Write a polite email asking them to credit the duplicate."""),

("hard_negative", "tamper_alert_log", None,
"""What does this alert sequence mean?
2025-11-22T02:14:07Z dev=GPS-7741-02210 evt=STRAP_TAMPER sev=HIGH
2025-11-22T02:14:09Z dev=GPS-7741-02210 evt=CASE_OPEN sev=HIGH
2025-11-22T08:55:41Z dev=GPS-7741-02210 evt=OFFLINE_CLEAR
Is this a hardware fault pattern or actual tampering?"""),

("hard_negative", "kinship_words", None,
"""Participant lives with her mother, two aunts and a cousin; the sponsor is her brother-in-law. How do I enter "household composition" in the form if the drop-down only has Spouse, Child, Parent, Sibling, Other?"""),
]
