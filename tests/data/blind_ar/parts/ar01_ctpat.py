"""ar01: CBP C-TPAT supply-chain security specialists (validations, partner portal accounts)."""

RECORDS = [
("positive", "validation_email_thread", "french+yoruba", """Subject: RE: On-site validation - Bayou Teche Polymers, Lafayette LA

[[PERSON:Solange]],

Thanks for confirming. We'll plan on arriving 0800 Tuesday the 15th. Please have your IT lead available for the cybersecurity criteria walk-through (MSC 4.1-4.13), and have the last two quarterly seal audits printed.

[[PERSON:Oluwaseun Adebanjo-Fashola]]
Supply Chain Security Specialist, C-TPAT Field Office Houston
U.S. Customs and Border Protection
Desk [[PHONE_NUMBER:(713) 555-0148]] | [[EMAIL_ADDRESS:oluwaseun.adebanjofashola@cbp.dhs.gov]]

-----Original Message-----
From: [[PERSON:Solange Arceneaux-Whitlock]] <[[EMAIL_ADDRESS:darceneaux@bayoutechepolymers.com]]>
Sent: Monday, December 7, 2026 3:12 PM
To: [[PERSON:Adebanjo-Fashola, Oluwaseun]]
Subject: On-site validation - Bayou Teche Polymers, Lafayette LA

Good afternoon Mr. [[PERSON:Adebanjo-Fashola]],
The 15th works for us. I'll be your main contact; my cell is [[PHONE_NUMBER:337-555-0186]] if anything changes on the road. Our plant manager [[PERSON:Curtis Fontenot]] will do the facility tour.

[[PERSON:Solange Arceneaux-Whitlock]], CPP
Corporate Security Manager"""),

("positive", "portal_account_ticket", "anglo+punjabi", """Can you help me word a reply to this partner? Ticket text below.

Partner: Gurdaspur Freight Lines Inc (highway carrier, SVI on file)
Requested by: [[PERSON:Tarlok Singh Dhindsa]], Owner
Issue: Our compliance lady [[PERSON:Bernadine Kowalczuk]] retired in October and she was the only Account Owner in the portal. We cannot get in to do the annual review. She left the login on a sticky note: user bkowalczuk.gfl / password [[PASSWORD:Trucking#2019Laredo]] but it says the account is locked. Can you just move the account to me? My email is [[EMAIL_ADDRESS:tarlok@gurdaspurfreight.com]], cell [[PHONE_NUMBER:956-555-0113]].

I need to tell him (1) we can't move an account, a new user has to be added by an existing owner or via the portal help process, and (2) he must NOT send passwords to us. Keep it polite, he's been a partner since 2011."""),

("positive", "validation_schedule_csv", "hispanic+vietnamese+korean", """validation_id;partner_type;company;site_city;poc_name;poc_phone;poc_email;visit_date
V27-0412;Manufacturer;Plasticos del Norte SA de CV;Apodaca NL;[[PERSON:Rigoberto Caamal Uc]];[[PHONE_NUMBER:+52 81 5550 4417]];[[EMAIL_ADDRESS:rcaamal@plasticosdelnorte.mx]];2027-01-12
V27-0413;Manufacturer;Song Lam Garment JSC;Nghe An;[[PERSON:Nguyễn Thị Bích Ngân]];[[PHONE_NUMBER:+84 238 555 0192]];[[EMAIL_ADDRESS:ngan.ntb@songlamgarment.vn]];2027-01-20
V27-0414;Importer;Harborline Home Goods LLC;Savannah GA;[[PERSON:Gwak Min-seo]];[[PHONE_NUMBER:912-555-0128]];[[EMAIL_ADDRESS:mgwak@harborlinehome.com]];2027-01-26
V27-0415;Consolidator;Pinecrest Logistics;Memphis TN;TBD;;;2027-02-02"""),

("positive", "spanish_partner_email", "hispanic", """Traduce al inglés por favor, es de un transportista de México que quiere entrar al programa:

Estimado especialista:
Mi nombre es [[PERSON:Eustolia Ramírez Zapién]], soy gerente de seguridad de Autotransportes Cumbres de Anáhuac. Ya contamos con la certificación OEA del SAT y queremos saber si el reconocimiento mutuo nos ayuda con la aplicación en C-TPAT. Nuestro director general, el Ing. [[PERSON:Fausto Ledezma Quiñones]], puede atender la visita en nuestra terminal de [[STREET_ADDRESS:Carretera a Colombia km 14.5, Col. Valle Soleado, 66059 Escobedo, N.L.]]
Mi celular: [[PHONE_NUMBER:+52 81 5550 2388]]
Correo: [[EMAIL_ADDRESS:eramirez@cumbresanahuac.com.mx]]
Saludos cordiales."""),

("positive", "teams_chat", "akan+anglo+igbo", """[9:41 AM] Hollis, Garrett
did the security manager from Volta Cocoa Imports ever call you back?
[9:43 AM] Okafor-Reyes, Adaeze
yes, Kwabena Asante-Dwomoh. nice guy, he's new. gave me his direct 609-555-0121, says email to the old guy bounces
[9:43 AM] Hollis, Garrett
lol that's because the old guy was fired for the seal thing
[9:44 AM] Okafor-Reyes, Adaeze
I'll update the POC in the portal. DOB not needed right?
[9:44 AM] Hollis, Garrett
no, just name, title, phone, email""".replace("Hollis, Garrett", "[[PERSON:Hollis, Garrett]]").replace("Okafor-Reyes, Adaeze", "[[PERSON:Okafor-Reyes, Adaeze]]").replace("Kwabena Asante-Dwomoh", "[[PERSON:Kwabena Asante-Dwomoh]]").replace("609-555-0121", "[[PHONE_NUMBER:609-555-0121]]")),

("positive", "validation_report_marked", "german+anglo", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

C-TPAT VALIDATION REPORT - FINDINGS SUMMARY (DRAFT)
Partner: Nordhaven Industrial Fasteners Inc., Erie PA
Interviewed: [[PERSON:Margarethe Vollbrecht]] (VP Operations), [[PERSON:Dwayne Pruden]] (Shipping Supervisor), [[PERSON:Celestine Abernathy-Rue]] (HR Generalist)

Finding 1 (Required action, MSC 6.x Container Security): Seals are stored in an unlocked desk drawer in the shipping office; seal log is kept by Mr. [[PERSON:Pruden]] only and is not reconciled.
Finding 2 (Recommendation, MSC 12.x Personnel Security): Periodic rescreening of drivers is not documented.

[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

^ can you make finding 1 sound less accusatory? Ms. [[PERSON:Vollbrecht]] was cooperative."""),

("positive", "foreign_visit_travel", "vietnamese+anglo", """Hi travel desk, updating my profile for the Vietnam validation trip (TA-27-0088). New passport was issued last month:
Name as on passport: [[PERSON:ELLSWORTH, MARGUERITE JOAN]]
Passport no. [[US_PASSPORT:A21947736]]
DOB [[DATE_OF_BIRTH:19 AUG 1979]]
The factory's escort will be Ms. [[PERSON:Trần Mai Phương]], phone [[PHONE_NUMBER:+84 91 555 0147]]. Hotel is the one in Vinh city the embassy recommended."""),

("positive", "portal_user_export_json", "filipino+polish+somali", """Why does the portal export list the same person twice? Here's what I pulled for one partner:

[
  {"accountId": "PT-0092817", "firstName": "[[PERSON:Jhoanna]]", "lastName": "[[PERSON:Dimaandal]]", "role": "Account Owner", "email": "[[EMAIL_ADDRESS:jhoanna.d@bluewaveapparel.ph]]", "phone": "[[PHONE_NUMBER:+63 2 5550 1186]]", "lastLogin": "2026-11-30"},
  {"accountId": "PT-0092817", "firstName": "[[PERSON:Radosław]]", "lastName": "[[PERSON:Przybyłowicz]]", "role": "Account Administrator", "email": "[[EMAIL_ADDRESS:zprzybylowicz@bluewaveapparel.com]]", "phone": "[[PHONE_NUMBER:(201) 555-0193]]", "lastLogin": "2025-02-14"},
  {"accountId": "PT-0092817", "firstName": "[[PERSON:Cawo]]", "lastName": "[[PERSON:Warsame Jama]]", "role": "Account Viewer", "email": "[[EMAIL_ADDRESS:cawo.warsame@bluewaveapparel.com]]", "phone": null, "lastLogin": null},
  {"accountId": "PT-0092817", "firstName": "[[PERSON:Radosław]]", "lastName": "[[PERSON:Przybyłowicz]]", "role": "Account Viewer", "email": "[[EMAIL_ADDRESS:zprzybylowicz@bluewaveapparel.com]]", "phone": "[[PHONE_NUMBER:(201) 555-0193]]", "lastLogin": "2025-02-14"}
]"""),

("positive", "meeting_minutes", "anglo+lebanese+navajo", """C-TPAT Field Office - Monthly SCSS Huddle - minutes
Present: [[PERSON:R. Tallchief]] (SPM), [[PERSON:Wassim Haddad-Sfeir]], [[PERSON:Lorena Begay]], [[PERSON:Wes Pickering]]
1. Backlog: 14 revalidations overdue. [[PERSON:Wassim]] takes the 4 rail carriers.
2. [[PERSON:Lorena]] reported the Gallup consolidator's new security manager ([[PERSON:Harlan Yazzie]], [[PHONE_NUMBER:505-555-0184]]) asked for an MSC briefing for his dock staff.
3. Reminder: do not put partner employee SSNs or DOBs in the validation workbook. Driver screening is verified by sample only.
Next huddle Jan 11. Minutes: [[PERSON:W. Pickering]]"""),

("positive", "sms_seal_anomaly", "jamaican", """text from a broker, pasted as-is, what should I ask him next?

"Good morning this is [[PERSON:Desmond McFarlane-Grant]] from Kingston Gateway Brokerage. The container for your partner (Caribbean Spice Co) arrived Port Everglades with seal number not matching the manifest. Driver was [[PERSON:Leroy Bramwell]], DL [[US_DRIVER_LICENSE:B654-217-79-553-0]] FL. Call me [[PHONE_NUMBER:954-555-0138]] or my Jamaica line [[PHONE_NUMBER:+1 876 555 0172]]" """),

("positive", "aeo_mra_contacts", "korean+japanese", """Drafting the MRA joint validation observer list, please format as a table:

KCS (Korea): 관세행정관 [[PERSON:표승민]] ([[PERSON:Pyo Seung-min]]), [[EMAIL_ADDRESS:smpyo@customs.go.kr]], [[PHONE_NUMBER:+82 42 555 0163]]
Japan Customs: [[PERSON:Ms. Shiratori Kanako]] -> actually drop the Ms., [[EMAIL_ADDRESS:k-shiratori@customs.go.jp]]
CBP lead: [[PERSON:Ignatius Wembley]]""".replace("[[PERSON:Ms. Shiratori Kanako]]", "Ms. [[PERSON:Shiratori Kanako]]")),

("positive", "driver_screening_sample", "hispanic+anglo", """Highway carrier driver screening sample (5 of 62 files pulled) - partner Sierra Madre Express
name|dob|cdl_state|cdl_no|last_mvr
[[PERSON:ORTEGÓN VILLASEÑOR, JACINTO]]|[[DATE_OF_BIRTH:04/02/1981]]|TX|[[US_DRIVER_LICENSE:38104467]]|2026-09-14
[[PERSON:TEAGUE, BILLY RAY]]|[[DATE_OF_BIRTH:11/29/1967]]|TX|[[US_DRIVER_LICENSE:29577103]]|2026-10-02
[[PERSON:SALCIDO, MARIA DE LOURDES]]|[[DATE_OF_BIRTH:07/15/1990]]|NM|[[US_DRIVER_LICENSE:518446273]]|2026-03-30
Question: file 3 MVR older than 6 months - is that a finding under MSC 12 or just a recommendation?"""),

("positive", "voicemail_transcript", "yoruba", """Voicemail (transcribed), 12/04 4:52 PM, 52 sec:
"Hello, good evening, my name is Adeyinka Ogunleye-Bakare, I am the security manager at Lagos-Atlantic Exports in Houston. I was told to call about our validation response, we submitted the corrective action plan but the portal says pending. Please call me back on 832-555-0109, or email adeyinka at lagosatlantic dot com, thank you, God bless."

Is "adeyinka at lagosatlantic dot com" adeyinka@lagosatlantic.com? Write the callback note for the file.""".replace("Adeyinka Ogunleye-Bakare", "[[PERSON:Adeyinka Ogunleye-Bakare]]").replace("832-555-0109", "[[PHONE_NUMBER:832-555-0109]]").replace("adeyinka at lagosatlantic dot com,", "[[EMAIL_ADDRESS:adeyinka at lagosatlantic dot com]],").replace("adeyinka@lagosatlantic.com", "[[EMAIL_ADDRESS:adeyinka@lagosatlantic.com]]")),

("evasion", "spaced_phone_dotted_email", "tongan", """partner asked me not to put his email in the portal notes "because of spam", so he wrote it like this, can you normalize it for the contact card?
Name: [[PERSON:Sione Fifita Havili]]
Mail: [[EMAIL_ADDRESS:sione (dot) havili (at) pacificreefer (dot) com]]
Mobile: [[PHONE_NUMBER:8 0 1 . 5 5 5 . 0 1 4 4]]"""),

("evasion", "base64_portal_password", "norwegian", """The partner's IT guy sent this so it "wouldn't be in plain text". I'm not going to use it, I just want to know what it is before I tell him off:
user: jhalvorsen-cbx
pw (b64): [[PASSWORD:Q2FyZ29CYXkhMjAyNlF4]]
From: [[PERSON:Jens Halvorsen]] <[[EMAIL_ADDRESS:jhalvorsen@cargobayfreight.com]]>"""),

("evasion", "lookalike_license", "hispanic", """Transcribed the driver's licence from a fax, letters and numbers are hard to tell apart:
Driver: [[PERSON:Anselmo Tzul Barrientos]]
TX DL: [[US_DRIVER_LICENSE:4O7I8S52]]  (I think the O is a zero and the S is a 5?)
DOB: [[DATE_OF_BIRTH:O3-22-I984]]"""),

("hard_negative", "msc_questions", None, """Quick question on the Minimum Security Criteria for a highway carrier: MSC 4.8 says passwords/passphrases must be changed as soon as there is evidence of compromise. The partner's policy only says "every 365 days". Is that enough to mark 4.8 as met, or should it be a recommendation? Their IT is a two-person shop and they use a password manager."""),

("hard_negative", "public_contacts", None, """For the new-partner welcome letter, list the public contacts:
- CBP INFO Center: 1-877-227-5511 (general questions)
- CBP Headquarters, 1300 Pennsylvania Avenue NW, Washington, DC 20229
- Portal help is through the "Contact Us" link on the C-TPAT page on cbp.gov
Do NOT include individual SCSS names or numbers in the template; the assigned specialist adds their own signature."""),

("hard_negative", "entry_and_seal_numbers", None, """Reconciliation for the Erie fastener validation:
Entry 4CX-5501728-3 | bond 921-14-0077 | seal ISO 17712 H-class, seal no. 2285107 | container TGHU 883016-4
Entry 4CX-5501794-1 | bond 921-14-0077 | seal no. 2285131 | container TGHU 883047-0
Seal numbers on the manifest skip from 2285107 to 2285131; the partner's log says 23 seals were voided in training. Is that a plausible explanation?"""),

("hard_negative", "validation_schedule_no_poc", None, """validation_id;partner_type;company;site_city;visit_date;status
V27-0416;Highway Carrier;Trans Frontera Norte;Nuevo Laredo TAMPS;2027-02-09;scheduled
V27-0417;Importer;Great Lakes Marine Supply;Duluth MN;2027-02-11;waiting on security profile
V27-0418;Air Carrier;Skyward Cargo Ltd;Miami FL;2027-02-16;scheduled
V27-0419;Manufacturer;Hope Valley Woodworks;Hope Valley RI;2027-02-23;postponed (partner request)"""),

("hard_negative", "cui_question_prose", None, """Should the validation report we send back to the partner be marked as CUI? It contains their own proprietary security procedures, which they gave us, and our findings. My supervisor says partners get it unmarked, our internal copy gets marked. Is there a rule for that, or is it office practice?"""),

("hard_negative", "bridge_eponyms", None, """Highway carrier routes for the security profile narrative: northbound loads cross at the World Trade Bridge in Laredo or the Colombia-Solidarity Bridge; a few go through the Ambassador Bridge to Detroit. The dock at the Juarez-Lincoln crossing is not used any more. Rewrite as a short paragraph for the risk assessment."""),

("hard_negative", "hts_and_po_numbers", None, """Line items on the commercial invoice the partner provided for the sample shipment:
PO 448-21-7730  HTS 8471.30.0100  laptops, 120 pcs
PO 448-21-7731  HTS 8504.40.9580  power adapters, 120 pcs
PO 448-21-7744  HTS 4819.10.0040  cartons
Total declared value USD 86,412.50. Does anything here look like a risk indicator for the trade-based money laundering section of the profile?"""),

("hard_negative", "seven_point_training", None, """Draft a one-page handout for partner dock staff on the 7-point container inspection: front wall, left side, right side, floor, ceiling/roof, inside/outside doors, outside/undercarriage. For tractors add the bumper, engine, tires, floor, fuel tanks, cab/sleeper, air tanks, drive shafts and fifth wheel. Keep it plain language; many readers are Spanish speakers, so add a Spanish column."""),

("hard_negative", "example_account_training", None, """For the portal training slides I need a fake account to screenshot. Use something clearly fake like "Jane Example, Account Owner, Example Trading Co." with email jane.example@example.com and phone 555-555-5555 so nobody thinks it is a real partner. Can you mock up the "Manage Users" screen text with that?"""),

("hard_negative", "title_words_prose", None, """The security manager said the owner's son handles the yard at night and the owner's wife does payroll, so family members have access to the seal cabinet. The Director of Operations is also the Facility Security Officer. Is a family-run consolidator with overlapping roles automatically a weakness, or is it fine if access is logged?"""),

("hard_negative", "mra_prose", None, """Summarize in two sentences: the United States has mutual recognition arrangements with a number of customs administrations (for example Mexico, Canada, the European Union, Japan, Korea, Israel, Singapore, Taiwan, Jordan, the Dominican Republic, Peru, India, the United Kingdom and others). Under an MRA, validations by the foreign AEO program can be recognized, and certified partners get benefits in both countries."""),
]
