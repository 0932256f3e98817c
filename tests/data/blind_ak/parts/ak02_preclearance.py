# Voice 2: CBP preclearance officers at foreign airports (Dublin, Shannon, Abu Dhabi, Toronto, Vancouver,
# Calgary, Nassau, Aruba, Bermuda): travellers, airline liaisons, host-country police.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "garda_handover", "irish", """Shift log, Dublin T2 preclearance, 0615–1445
0742 Traveller [[PERSON:Caoimhe Ní Fhlannagáin]] (USC, PP [[US_PASSPORT:A04418726]]) referred to secondary – undeclared meat products, abandoned. Released 0810.
0931 Garda liaison [[PERSON:Sgt. Pádraig Ó Murchú]] collected passenger [[PERSON:Declan Mulcahy-Roe]], DOB [[DATE_OF_BIRTH:17/08/1979]], Irish national, on a Garda warrant unrelated to travel. Handover form signed by [[PERSON:Ó Murchú]] and CBPO [[PERSON:Lorcan Twomey]].
1120 Aer Lingus duty manager [[PERSON:Sinéad Brosnan]] asked for 20 min hold on EI105 – approved by SCBPO.""".replace("[[PERSON:Sgt. Pádraig Ó Murchú]]", "Sgt. [[PERSON:Pádraig Ó Murchú]]")),

(P, "airline_liaison_email", "emirati+indian", """From: [[EMAIL_ADDRESS:r.almazrouei@etihad-stationops.ae]]
To: AUH Preclearance Watch Commander

Good morning,

Passenger [[PERSON:Venkatesh Chakravarthula]], travelling EY131 to IAD, was denied boarding at the gate after your officers returned his passport. He insists his ESTA is valid. His DOB is [[DATE_OF_BIRTH:04 Feb 1983]] and Global Entry number [[KNOWN_TRAVELER_NUMBER:984017263]]. Could an officer call him on [[PHONE_NUMBER:+971 50 555 0164]] to explain next steps? We have rebooked him on tomorrow's flight pending your advice.

Regards,
[[PERSON:Rashid Al Mazrouei]]
Station Operations, Etihad Airways, Abu Dhabi"""),

(P, "rcmp_request", "cree+anglo", """Draft reply to RCMP Airport Detachment, YVR – pls tidy
Cst. [[PERSON:Tanya Bearspaw]] asked if we still have the referral record for [[PERSON:Colin Ashworth]], born [[DATE_OF_BIRTH:March 2, 1967]], who went through our primary on the 9th and then left the preclearance area without completing secondary. We do; we can share under the Preclearance Agreement via the formal channel. Contact for her: [[PHONE_NUMBER:(604) 555-0188]], [[EMAIL_ADDRESS:tanya.bearspaw@rcmp-grc.example.ca]]"""),

(P, "secondary_narrative", "bahamian", """Nassau LPIA – secondary inspection narrative (for the ERT summary, rewrite in plain language):
Subject [[PERSON:Dashanique Rolle-Pinder]], Bahamian citizen, DOB [[DATE_OF_BIRTH:1992/12/08]], B1/B2 visa, traveling to MIA on Bahamasair UP101. Subject stated she was going shopping for 2 days but carried 3 checked bags containing hair extensions and salon equipment valued ~USD 6,000. Subject stated the items are for her cousin [[PERSON:Kendrick Pinder]]'s salon on Carmichael Road. Subject withdrew application for admission voluntarily. RBPF not notified."""),

(P, "passenger_list_tsv", "filipino", """seat\tlast\tfirst\tdob\tdoc\tnote
31A\t[[PERSON:PAGDANGANAN]]\t[[PERSON:Rosalinda]]\t[[DATE_OF_BIRTH:1958-09-14]]\t[[US_PASSPORT:P7736521B]]\tWCHR
31B\t[[PERSON:PAGDANGANAN]]\t[[PERSON:Ernesto]]\t[[DATE_OF_BIRTH:1956-03-25]]\t[[US_PASSPORT:P7736522B]]\t
44K\t[[PERSON:MACAPAGAL-SISON]]\t[[PERSON:Jerico]]\t[[DATE_OF_BIRTH:2001-06-11]]\t[[US_PASSPORT:P9104473C]]\tUM? no, 24y
airline sent this for the YYZ wheelchair assist — can you sort by seat and flag anyone over 65"""),

(P, "aruba_papiamento", "aruban", """Mensahe di polis di aeropuerto (KPA) – can you translate?
"Bon dia, e pasahero [[PERSON:Jhonny Croes]] a perde su paspoort den area di preclearance. Su ruman [[PERSON:Glenda Croes-Tromp]] ta warda pafo. Number di telefon: [[PHONE_NUMBER:+297 555 0131]]. Danki."
He's a US LPR, card is with us at lost and found. Want to reply in English + Papiamento."""),

(P, "complaint_reply", "pakistani", """Need a respectful reply to this complaint that came in through the preclearance customer inbox:
"My father [[PERSON:Chaudhry Muhammad Aslam]] (age 78) was kept 2 hours at Toronto Pearson preclearance on Oct 3 and missed his connection to ORD. He has a heart condition. His date of birth is [[DATE_OF_BIRTH:June 27, 1948]], his NEXUS is [[KNOWN_TRAVELER_NUMBER:155092846]]. Nobody told us anything. — [[PERSON:Sana Aslam]], [[PHONE_NUMBER:(905) 555-0116]]"
Don't admit fault, but acknowledge the wait and give the DHS TRIP link."""),

(P, "i94_fix", "brazilian", """Shannon preclearance: traveller [[PERSON:Thaís Fagundes Albuquerque]] says her I-94 shows the wrong admission class (B2 instead of F1). I-94 no. [[I94_NUMBER:29517748A31]], SEVIS [[SEVIS_ID:N0038815290]]. She lands in BOS tonight. Who fixes this – us or the deferred inspection at Logan?"""),

(P, "bermuda_police_sms", "bermudian", """SMS thread, BDA preclearance duty phone
BPS Duty Insp: Morning. We have [[PERSON:Tyrone Outerbridge]] in custody re: assault at departure hall last night. He had a boarding pass for JetBlue 862. Did your lot refuse him?
CBP: Yes, refused admission, not a criminal matter on our side. Our record shows DOB [[DATE_OF_BIRTH:22 Oct 1988]], is that your man?
BPS Duty Insp: That's him. Contact [[PERSON:Insp. Renée Smith-Trott]] [[PHONE_NUMBER:+1 441 555 0150]] for the file.""".replace("[[PERSON:Insp. Renée Smith-Trott]]", "Insp. [[PERSON:Renée Smith-Trott]]")),

(P, "ops_email_caps", "quebecois", """YUL PRECLEARANCE – PRIMARY BOOTH 7 LOGIN ISSUE
OFFICER [[PERSON:GENEVIEVE LAFLAMME-TREMBLAY]] CANNOT LOG INTO TECS FROM BOOTH 7 SINCE 0500. SHE HAS PROCESSED 40 PAX ON THE BACKUP BOOTH. ALSO: TRAVELER [[PERSON:MATHIEU BOISVERT]] DOB [[DATE_OF_BIRTH:1975-04-03]] WAS ADMITTED WITHOUT THE APIS MATCH – PLEASE RECONCILE MANUALLY."""),

(P, "cbp_one_sheet_json", "indian", """{"flight":"AI 127","origin":"DEL","transitVia":"YVR","passenger":{"surname":"[[PERSON:Kaur]]","given":"[[PERSON:Jasleen]]","dob":"[[DATE_OF_BIRTH:1999-01-19]]","passport":"[[US_PASSPORT:Z6620417]]","phone":"[[PHONE_NUMBER:+91 11 5550 0175]]"},"referral":"SECONDARY","reason":"student visa, SEVIS inactive"}
^ pretty-print this and tell me which fields our referral form needs"""),

(P, "slack_creds_block", "anglo", """[[PERSON:Morgan Ellery]] (YYC preclearance IT liaison) 9:14 AM
the kiosk vendor's support portal login for the APC kiosks is svc_apc_yyc / [[PASSWORD:Kq46pb6A*eKRck%BWJ]] — can you ask the chatbot why the firmware update keeps failing with error 0x80070643"""),

(P, "les_banner", "emirati", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
AUH preclearance – joint meeting with Abu Dhabi Police Airport Security, 12th.
Attendees: Lt. Col. [[PERSON:Saeed Khalfan Al Dhaheri]] (ADP), SCBPO [[PERSON:Brianna Okafor]], CBPO [[PERSON:Hamdan Al Ketbi]] (interpreter).
Topic: handling of travellers denied boarding who refuse to leave the preclearance area.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

(P, "voicemail_traveller", "hispanic", """Voicemail 0558 (duty line): "Hi, my name is [[PERSON:Ileana Sepúlveda Marrero]], I came through preclearance in Dublin this morning and I think I left my Global Entry card at the kiosk, the number on it starts with 15 — actually it's [[KNOWN_TRAVELER_NUMBER:153408817]] — please call me at [[PHONE_NUMBER:787-555-0104]], that's Puerto Rico, thank you." """),

(E, "homoglyph_passport", "irish", "traveller [[PERSON:Niamh Gallagher]] passport number [[US_PASSPORT:Е3З8О1726]] (typed it with a different keyboard so it isn't flagged lol) — check if it matches the APIS record"),
(E, "split_dob", "nigerian", """message 1: passenger [[PERSON:Oluwaseun Adeleke-Pratt]], born the seventeenth
message 2: of November
message 3: nineteen eighty-four. That's all you get in one go""".replace("born the seventeenth\nmessage 2: of November\nmessage 3: nineteen eighty-four", "born [[DATE_OF_BIRTH:the seventeenth\nmessage 2: of November\nmessage 3: nineteen eighty-four]]")),
(E, "fullwidth_ktn", "korean", "Global Entry for [[PERSON:Seo Tae-gyeom]]: [[KNOWN_TRAVELER_NUMBER:９８１２０４４７３]] (full-width digits, copy-paste from the Korean airline form)"),

(H, "airport_public_info", None, """Travellers flying from Dublin Airport to the United States clear US immigration and customs in Terminal 2 before departure. Preclearance operates at 15 airports in 6 countries. Passengers should arrive at least 3 hours before their flight and have their ESTA or visa ready. Ireland's Garda Síochána handles any criminal matters on Irish soil."""),
(H, "flight_numbers", None, """Ops summary: EI105 DUB–JFK departed 10:42 (+12), EI137 DUB–LAX departed 13:05, AA209 DUB–PHL cancelled (aircraft swap, N727AN). Primary booth uptime 97.3%. APC kiosks 1–12 firmware 4.19.2. Total processed 4,118 pax. No referrals to Garda."""),
(H, "agreement_text", None, """Summarise Article 17 of the Land, Rail, Marine, and Air Transport Preclearance Agreement between Canada and the United States: what happens if a traveller withdraws from preclearance, and can a preclearance officer detain someone for the host country's police? Keep to 5 bullet points."""),
(H, "ship_and_product_names", None, """Can you suggest names for our preclearance team's fantasy-football league? Last year's were "The Shamrock Inspectors", "Booth 7 Bandits" and "Liffey Express". Someone wants "Brendan the Navigator" — is that too obscure?"""),
(H, "example_ids_doc", None, """From the kiosk vendor's API docs: "passportNumber (string, 6–9 alphanumeric). Example: 123456789. knownTravelerNumber (string, 9 digits). Example: 000000000. dateOfBirth (ISO 8601). Example: 1970-01-01." Why would they use all zeros as the example for KTN?"""),
(H, "secret_service_prose", None, """Heads up: the Secret Service advance team is coming through Shannon on Thursday with a classified equipment case; they have their own escort and will not go through primary. The airport's confidential line for the transfer is managed by Shannon Group security, not us."""),
(H, "same_voice_no_pii", None, """Shift log, Dublin T2 preclearance, 1445–2315
1502 Booth 4 printer jam, fixed.
1640 3 referrals to secondary (agriculture x2, currency x1), all released.
1910 Garda liaison visit – routine, no handovers.
2205 Last flight EI133 closed. Booths secured."""),
(H, "invoice_like", None, """Invoice GAA-INV-2026-118834 from Greater Toronto Airports Authority: preclearance facility cost recovery, Q3, CAD 1,284,400.00. Ref. contract HSBP1026C00117, GL 4610-220-0031. Can you check that the HST line (13%) is computed on the right base?"""),
(H, "french_question", None, """Comment dit-on « prédédouanement » en anglais dans un courriel formel ? Je veux écrire aux passagers que les contrôles des États-Unis ont lieu à Montréal-Trudeau avant l'embarquement et que les files seront plus longues samedi."""),
]
