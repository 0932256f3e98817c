"""an08: DHS Office of Small and Disadvantaged Business Utilization: vendor outreach, mentor-protege, matchmaking."""

RECORDS = [
    ("positive", "matchmaking_signup_csv", "vietnamese+navajo+ghanaian+anglo",
     """Matchmaking signups for the Dec 11 vendor outreach session. Group by component requested and give me the 15-minute slot schedule starting 9:00:

company,poc,email,phone,socio_economic,component
Saigon Bay Logistics LLC,[[PERSON:Phạm Quốc Thịnh]],[[EMAIL_ADDRESS:thinh.pham@saigonbaylog.com]],[[PHONE_NUMBER:703-555-0137]],WOSB?no;8(a),CBP
Four Corners IT Solutions,[[PERSON:Shandiin Yazzie]],[[EMAIL_ADDRESS:syazzie@fourcornersits.com]],[[PHONE_NUMBER:505-555-0124]],8(a) tribal,FEMA
Adinkra Analytics,[[PERSON:Kofi Mensah-Bonsu]],[[EMAIL_ADDRESS:kofi@adinkra-analytics.com]],[[PHONE_NUMBER:301-555-0153]],SDB,CISA
Ridgeback Veterans Services,[[PERSON:Carl Dittmer]],[[EMAIL_ADDRESS:cdittmer@ridgebackvs.com]],[[PHONE_NUMBER:757-555-0166]],SDVOSB,USCG"""),

    ("positive", "mentor_protege_agreement", "korean+anglo",
     """Check this mentor-protégé agreement paragraph for anything that conflicts with 13 CFR 125.9 (don't rewrite, just flag):

This Agreement is entered into between Granite Peak Federal, Inc. (Mentor), represented by its CEO [[PERSON:Douglas Harrow]], and Hanul Tech Services LLC (Protégé), represented by its President [[PERSON:Kim Seol-hwa]]. The Mentor will provide up to 40% equity investment...
Protégé notices to: [[STREET_ADDRESS:4114 Legato Rd, Suite 600, Fairfax, VA 22033]]"""),

    ("positive", "vendor_login_password_email", "amharic",
     """A vendor emailed this to our public inbox. Draft a reply telling him to change his password right away and that we can't fix SAM.gov accounts:

Hello, I cannot register in SAM. My login.gov email is [[EMAIL_ADDRESS:yared.alemayehu.cs@gmail.com]] and my password is [[PASSWORD:Lalibela#2024ye]]. Please can you fix and register my company Abay Construction. I am the owner [[PERSON:Yared Alemayehu]], phone [[PHONE_NUMBER:240-555-0134]]."""),

    ("positive", "capability_statement_email", "chamorro+filipino",
     """Summarize this capability statement email into 3 bullets for the component's small business specialist:

From: [[PERSON:Jesse Leon Guerrero Aguon]] <[[EMAIL_ADDRESS:jaguon@marianasfacilities.com]]>
HUBZone, SDB. We do facility maintenance and generator service on Guam and Saipan, 42 employees, past performance with NAVFAC Marianas. Ops manager [[PERSON:Rowena Dela Cruz Santos]] can attend the virtual session.
Marianas Facilities Group | [[STREET_ADDRESS:238 Archbishop Flores St, Suite 905, Hagåtña, GU 96910]] | [[PHONE_NUMBER:(671) 555-0187]]"""),

    ("positive", "registration_export_json", "spanish+arab",
     """Eventbrite-style export, can you convert to CSV (name, company, email, dietary)?

[{"attendee":"[[PERSON:Begoña Etxeberria Larrañaga]]","company":"Basque Bridge Engineering","email":"[[EMAIL_ADDRESS:begona@basquebridge.us]]","dietary":"none"},
 {"attendee":"[[PERSON:Tariq Al-Obaidi]]","company":"Falcon Secure Comms","email":"[[EMAIL_ADDRESS:t.alobaidi@falconsecurecomms.com]]","dietary":"halal"},
 {"attendee":"[[PERSON:Sarab Al-Obaidi]]","company":"Falcon Secure Comms","email":"[[EMAIL_ADDRESS:sarab@falconsecurecomms.com]]","dietary":"halal"}]"""),

    ("positive", "procure_forecast_draft", "anglo",
     """[[CUI_MARKING:CUI//PROCURE]]
Draft FY27 forecast entries - make consistent with the public forecast format:
- CBP, 541512, est $8-12M, set-aside TBD, CO [[PERSON:Maureen Stahl]]
- FEMA, 561210, est $3-5M, 8(a) sole source candidate: Four Corners IT Solutions
[[CUI_MARKING:CUI//PROCURE]]"""),

    ("positive", "vendor_voicemail", "hmong",
     """Voicemail on the OSDBU line, can you summarize for the ticket:

"Hi, this is [[PERSON:Mai Kou Lor]] with Northside Janitorial out of Saint Paul. I came to the matchmaking in October and I was told someone from TSA would follow up about custodial at MSP but nobody did. My number is [[PHONE_NUMBER:651-555-0141]]. Thanks.\""""),

    ("positive", "protege_owner_ssn_sba_form", "puerto_rican",
     """Protégé sent us the SBA personal financial statement by mistake - they meant to send it to SBA. Write a short email telling them we've deleted it and not to send it to us. Key details so I reference the right document:

Owner: [[PERSON:Marisol Figueroa Acevedo]]
SSN on form: [[US_SSN:584-22-7019]]
Home: [[STREET_ADDRESS:Urb. Los Maestros, Calle 3 #17, San Juan, PR 00918]]"""),

    ("positive", "korean_vendor_letter", "korean",
     """영어로 번역해 주세요 (translate to English):

안녕하십니까. 저는 [[PERSON:이서준]]입니다. 저희 회사 한울테크는 국토안보부 멘토-프로테제 프로그램에 관심이 있습니다. 담당자 연락처: [[EMAIL_ADDRESS:sj.lee@hanultech.co.kr]], [[PHONE_NUMBER:+82 2-555-0176]]. 감사합니다."""),

    ("positive", "session_feedback_notes", "sinhala+polish",
     """Clean up my notes from the matchmaking table into a short follow-up list:

- [[PERSON:Ruwan Perera]] (CyberLanka LLC) - wants intro to CISA CDM program office, sent capabilities
- [[PERSON:Katarzyna Mazur]] - construction, Region 5, ask FEMA about IDIQ on-ramp
- [[PERSON:Ruwan]] also asked about teaming with a large prime, told him about the mentor-protégé program"""),

    ("positive", "vendor_ach_enrollment", "anglo",
     """Vendor wants to know why their payment went to the old account. Draft a reply pointing them to SAM.gov as the source for EFT info:

Company: Prairie Wind Signage
POC: [[PERSON:Lacey Brandvold]]
Old account: [[US_BANK_NUMBER:887102345]] routing [[ABA_ROUTING_NUMBER:066233675]]
New account: [[US_BANK_NUMBER:887109901]] routing [[ABA_ROUTING_NUMBER:127610807]]"""),

    ("positive", "outreach_event_speakers", "haitian+ethiopian",
     """Speaker bios for the event program, trim each to 2 sentences:

[[PERSON:Marie-Claude Desrosiers-Alcé]] founded Kombit Federal, an 8(a) IT firm in Miami Gardens, after 12 years in the Air Force.
[[PERSON:Selamawit Gebreyesus]] is the president of Blue Nile Engineering and a former DHS protégé; she can be reached at [[EMAIL_ADDRESS:selam@bluenile-eng.com]] for mentoring questions."""),

    ("evasion", "fullwidth_ssn_pfs", "anglo",
     """owner typed SSN in the PDF with full width digits [[US_SSN:５３８－４１－２２０６]] ([[PERSON:Gordon Hale]]). we shouldn't even have this, what do I tell him?"""),

    ("evasion", "email_obfuscated_brackets", "edo",
     """Vendor listed his email as [[EMAIL_ADDRESS:osagie [at] benincity-builders [dot] com]] on the sign-in sheet. [[PERSON:Osagie Igbinedion]]. Normalize for the mail merge."""),

    ("evasion", "routing_spaced", None,
     """vendor's EFT form has routing as [[ABA_ROUTING_NUMBER:2 2 9 2 2 7 1 5 6]] and acct [[US_BANK_NUMBER:4 4 0 1 9 8 3 7 2]] with spaces, does that cause a rejection?"""),

    ("hard_negative", "dhs_hq_public", None,
     """Directions paragraph for the invite: "The session will be held at DHS Headquarters, St. Elizabeths Campus, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528. Attendees must register in advance and bring a REAL ID." Does that look right?"""),

    ("hard_negative", "naics_uei_cage", None,
     """Look at these vendor identifiers and tell me which is the UEI and which is the CAGE: J7K3M9QLZ2X4, 8XQ41, NAICS 541512. Also is 12 characters always the UEI length?"""),

    ("hard_negative", "company_names_people_words", None,
     """Alphabetize and tag socio-economic status: Grace & Hope Consulting (WOSB), Lincoln Federal Solutions (SDVOSB), Young Patriot Builders (HUBZone), King Street Analytics (8(a)), Joy Janitorial (SDB)."""),

    ("hard_negative", "regulation_summary", None,
     """Explain the difference between the SBA mentor-protégé program under 13 CFR 125.9 and the DHS Mentor-Protégé Program under HSAR 3019.70, in plain language for vendors."""),

    ("hard_negative", "signup_no_pii", None,
     """Group by component and give me the 15-minute slot schedule starting 9:00:

company,socio_economic,component
Saigon Bay Logistics LLC,8(a),CBP
Four Corners IT Solutions,8(a) tribal,FEMA
Adinkra Analytics,SDB,CISA
Ridgeback Veterans Services,SDVOSB,USCG
Basque Bridge Engineering,WOSB,TSA"""),

    ("hard_negative", "solicitation_numbers", None,
     """Which of these are the same procurement? 70B03C25R00000114, 70B03C25Q00000114, 70FA3025R00000009. What does the letter after 25 mean?"""),

    ("hard_negative", "password_guidance_vendors", None,
     """Write a short FAQ answer: "We will never ask for your SAM.gov or login.gov password. If you shared it with anyone, reset it at login.gov immediately." Make it friendly."""),

    ("hard_negative", "event_stats", None,
     """Q1 outreach: 412 registrants, 287 attended, 1,064 matchmaking appointments, 58 follow-up meetings reported by components. Calculate attendance rate and appointments per attendee."""),

    ("hard_negative", "cui_procure_question", None,
     """Is a draft acquisition forecast CUI//PROCURE before it's published? My supervisor marks every forecast draft that way but the final goes on the public APFS site anyway."""),

    ("hard_negative", "historical_figures", None,
     """For a Black History Month vendor event, write a short paragraph on Maggie L. Walker as the first woman to charter a bank in the US and what that means for small-business financing history."""),
]
