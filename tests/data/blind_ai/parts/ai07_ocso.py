# Voice 7: DHS Office of the Chief Security Officer — badges, visitor access to HQ, escort logs
RECORDS = [
("positive", "visitor_request_foreign", "bangladeshi+anglo", """Visitor access request — foreign national, needs 5 business days. Check that I have everything:
Visitor: [[PERSON:Md. Rafiqul Islam Talukder]]
Citizenship: Bangladesh
Passport: [[US_PASSPORT:BX0937416]]
DOB: [[DATE_OF_BIRTH:19-06-1981]]
Sponsor: [[PERSON:Angela Whitfield]], PLCY, [[PHONE_NUMBER:771-555-0153]]
Meeting: bilateral working group, Bldg 410, 12/10"""),

("positive", "escort_log_csv", "zulu+norwegian+iranian+hispanic+igbo+kazakh", """escort log export, please flag any visitor who was signed out by someone other than their escort:

visitor,escort,time_in,time_out,signed_out_by
[[PERSON:Nomvula Dlamini]],[[PERSON:Craig Pettersen]],0912,1140,[[PERSON:Craig Pettersen]]
[[PERSON:Arash Golpayegani]],[[PERSON:Maribel Soto]],0930,1305,[[PERSON:Joy Eze]]
[[PERSON:Saltanat Nurlanovna Abenova]],[[PERSON:Joy Eze]],1010,1200,[[PERSON:Joy Eze]]"""),

("positive", "piv_lost_badge_email", "korean", """From: [[PERSON:Choi Min-seo]] <[[EMAIL_ADDRESS:minseo.choi@hq.dhs.gov]]>
Subject: lost PIV badge

Hi OCSO, I lost my PIV card somewhere between the Metro and building 410 this morning. Badge # on my temp sheet is 7734-22. Please deactivate. I'm at [[PHONE_NUMBER:202-555-0182]] today. Thanks, [[PERSON:Min-seo]]"""),

("positive", "visitor_dl_us", "anglo+jordanian", """Visitor pre-registration for Friday (US citizen, no foreign national review):
[[PERSON:Trent Gallagher]], VA DL [[US_DRIVER_LICENSE:T61-24-8832]], DOB [[DATE_OF_BIRTH:11/22/1977]], contractor (Booz-like firm, badge request for 6 months)
Escort: [[PERSON:Samira Haddadin]]
Write the request e-mail to the visitor center."""),

("positive", "cui_visitor_roster", "haitian+pakistani+jewish", """[[CUI_MARKING:CUI//SP-PRVCY]]
HQ visitor roster — Secretary's roundtable 12/12
Rev. Dr. [[PERSON:Antoine Baptiste]]
Imam [[PERSON:Yasir Qadri]]
Rabbi [[PERSON:Leah Goldfarb-Stein]]
Make a seating list alphabetized by last name."""),

("positive", "badge_system_sql", "yoruba+polish+vietnamese", """This query against the badge DB is slow, can you rewrite it?
SELECT b.badge_no, p.last_name, p.first_name FROM badges b JOIN persons p ON p.id=b.person_id WHERE b.status='ACTIVE' AND p.last_name IN ('[[PERSON:Odukoya-Bello]]','[[PERSON:Szczepankiewicz]]','[[PERSON:Nguyen-Baptiste]]') ORDER BY 2;"""),

("positive", "visitor_center_chat", "uzbek+igbo", """User: a visitor showed up with no pre-registration, the sponsor says she emailed it. Can you help me write the incident note?
Assistant: Sure. Who was the visitor, who sponsored, and what happened at the gate?
User: visitor [[PERSON:Dilnoza Rustamovna Karimova]], DOB [[DATE_OF_BIRTH:03/03/1992]], Uzbek passport [[US_PASSPORT:FA4418203]]; sponsor [[PERSON:Paul Okeke]] in S&T. Turned away at the Gate 1 visitor center, sponsor came down, still denied because foreign national review wasn't done."""),

("positive", "badge_photo_ticket", "taiwanese+anglo", """Ticket 441902: badge photo mismatch. Employee [[PERSON:Wu Pei-Shan]] (goes by [[PERSON:Sandy Wu]]) says her badge printed with someone else's photo. Other person is [[PERSON:Sandra Wooten]], also in the queue that day. Please draft the apology and reprint instructions."""),

("positive", "escort_violation_memo", "somali", """Help me soften this memo:
On 11/19 at approximately 1420, escort [[PERSON:Abdirahman Mohamed Ali]] left visitor [[PERSON:Hodan Farah Guled]] unattended in the 3rd floor corridor of Bldg 410 for approx 12 minutes. Mr. [[PERSON:Ali]] stated he was called into a meeting. This is his second escort violation this quarter."""),

("positive", "access_control_api", None, """our badge kiosk app can't call the access control API, token expired? here's the request:
POST /api/v2/visitors/checkin
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay0wNCIsInJvbGUiOiJ2aXNpdG9yLWNoZWNraW4iLCJleHAiOjE3OTg3NjE2MDB9.Qm7zR2tXpV9cLw4NfHy0aJ8uKd3sEo6BgTi1nYrM5qU]]
Content-Type: application/json"""),

("positive", "visitor_caps_phone", "hausa", """VISITOR: [[PERSON:ALHAJI MUSA DANLADI]] — ESCORT REQUIRED — SPONSOR PHONE [[PHONE_NUMBER:(202) 555-0107]] — NIGERIAN PASSPORT [[US_PASSPORT:A11804629]] — CAN YOU MAKE THIS INTO THE GATE LIST FORMAT"""),

("positive", "les_bolo_visitor", "anglo", """[[CUI_MARKING:(U//LES)]] Do-not-admit notice for visitor center staff: [[PERSON:Garrett Lynn Voss]], DOB [[DATE_OF_BIRTH:02/18/1969]], made threats against HQ staff by phone. Reformat as a one-page handout with the key facts."""),

("positive", "spanish_contractor_badge", "venezuelan", """Traduce al inglés para el formulario de credencial: "Nombre: [[PERSON:Rosángela del Valle Briceño]]. Fecha de nacimiento: [[DATE_OF_BIRTH:14/10/1985]]. Dirección: [[STREET_ADDRESS:3401 S Dakota Ave NE, Apt 210, Washington, DC 20018]]. Teléfono: [[PHONE_NUMBER:771-555-0169]]." """),

("evasion", "name_split_dots", "kazakh", """visitor list (names split so the filter doesn't flag, lol): [[PERSON:Y e r l a n  Z h a k s y l y k o v]] and [[PERSON:A-i-g-e-r-i-m  B-e-k-o-v-a]], both escorted by me"""),

("evasion", "b64_passport", "russian", """pre-reg data from the kiosk comes in base64, decode and tell me if the passport format is valid: [[US_PASSPORT:""" + __import__("base64").b64encode(b"754218093").decode() + """]] (visitor [[PERSON:Yekaterina Volkova]])"""),

("hard_negative", "visitor_policy", None, """Draft a one-paragraph reminder: all visitors to the St. Elizabeths campus must be pre-registered at least 2 business days ahead (5 for foreign nationals), be escorted at all times, and surrender visitor badges on exit."""),

("hard_negative", "building_numbers", None, """Which building numbers on the campus have badge readers that still use the old 26-bit format? Asset list: Bldg 410, 412, 44A, 72 (Center Building). Just tell me how to structure the query."""),

("hard_negative", "badge_numbers_csv", None, """badge_no,type,status,issued
7734-22,TEMP,VOID,2026-11-20
7734-23,TEMP,ACTIVE,2026-11-20
PIV-0044187,PIV,ACTIVE,2024-03-02
count by type"""),

("hard_negative", "historic_campus", None, """For the visitor center display: write two paragraphs on the history of St. Elizabeths Hospital, founded in 1855 as the Government Hospital for the Insane, and its conversion to DHS headquarters."""),

("hard_negative", "escort_ratio", None, """If the escort ratio for uncleared visitors is 1:5 and we expect 47 visitors for the industry day, how many escorts do we need with 10% spare?"""),

("hard_negative", "jwt_doc_example", None, """Our API docs show this example token — is it obviously fake enough for the docs? Authorization: Bearer <your-jwt-here> and in the sample payload {"sub":"kiosk-00","role":"example"}"""),

("hard_negative", "same_shape_visitor_request_blank", None, """Visitor access request — foreign national, needs 5 business days. Which fields are mandatory on the form?
Visitor: ____
Citizenship: ____
Passport: ____
DOB: ____
Sponsor: ____, component, phone
Meeting: ____"""),

("hard_negative", "security_words", None, """Rewrite our hallway sign so it's friendlier: "SECURE AREA — NO UNESCORTED VISITORS BEYOND THIS POINT. Classified discussions may be in progress." """),

("hard_negative", "piv_fasc_n", None, """What's the structure of a FASC-N on a PIV card? Explain agency code, system code, credential number fields. Use the example from FIPS 201 rather than a real card."""),

("hard_negative", "kiosk_uuid_log", None, """kiosk log, why are there duplicates?
2026-11-21T09:12:44Z checkin visitor_id=6f1c2a9e-4b7d-4e0a-9c3b-2d8e5f71a044 kiosk=04
2026-11-21T09:12:45Z checkin visitor_id=6f1c2a9e-4b7d-4e0a-9c3b-2d8e5f71a044 kiosk=04
2026-11-21T09:30:02Z checkout visitor_id=0b9d4e11-7c2a-4f88-a1e3-5c6b7d8e9f10 kiosk=02"""),
]
