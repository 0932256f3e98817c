"""aq05: FEMA Regional Response Coordination Centre: mission assignments, liaison officers, ESF desk rosters."""

RECORDS = [
    ("positive", "esf_roster_md", "anglo+mexican+tamil+cajun", """RRCC Region IV ESF desk roster, night ops 12/07 — make this fit the shift board:
| ESF | desk | name | cell |
|---|---|---|---|
| ESF-1 | Transportation | [[PERSON:Thaddeus Okonkwo-Bell]] | [[PHONE_NUMBER:770-555-0102]] |
| ESF-3 | USACE LNO | [[PERSON:Brigitte Aucoin]] | [[PHONE_NUMBER:770-555-0117]] |
| ESF-6 | Mass Care | [[PERSON:Xochitl Ramírez Tapia]] | [[PHONE_NUMBER:770-555-0135]] |
| ESF-8 | HHS/ASPR | [[PERSON:Aarav Venkataraman]] | [[PHONE_NUMBER:770-555-0149]] |
| ESF-12 | Energy | [[PERSON:Harmony Goforth]] | [[PHONE_NUMBER:770-555-0166]] |"""),

    ("positive", "mission_assignment_email", "anglo+samoan", """Subject: MA 4821DR-FL-DOD-03 — amendment needed

[[PERSON:Ruthanne]], DoD wants the end date pushed to 12/21 for the generators at the Fort Myers staging area. The DCO, COL [[PERSON:Fuimaono Leiataua]], will sign if we send today. Can you draft the justification paragraph?

[[PERSON:Ruthanne Bickerstaff]]
Mission Assignment Manager, FEMA Region IV RRCC
[[PHONE_NUMBER:770-555-0181]] | [[EMAIL_ADDRESS:ruthanne.bickerstaff@fema.dhs.gov]]"""),

    ("positive", "lno_yaml", "anglo+vietnamese", """lno_contacts.yaml for the new WebEOC board, does the structure look ok?
state_lnos:
  - state: GA
    name: [[PERSON:Cordell Abernethy-Sims]]
    cell: "[[PHONE_NUMBER:404-555-0127]]"
  - state: SC
    name: [[PERSON:Quyen Lam Do]]
    cell: "[[PHONE_NUMBER:803-555-0144]]"
  - state: AL
    name: [[PERSON:Hope Vandiver]]
    cell: "[[PHONE_NUMBER:334-555-0171]]"
    email: [[EMAIL_ADDRESS:hope.vandiver@ema.alabama.example]]"""),

    ("positive", "minutes", "anglo+lakota", """Minutes, RRCC coordination call 12/06 0800
Present: [[PERSON:Ruthanne Bickerstaff]] (MA), [[PERSON:Wiley Redcloud]] (Tribal LNO), [[PERSON:Jubilee Pemberton-Aske]] (ESF-15), [[PERSON:Earnest Adewale]] (Logistics)
- Tribal LNO reports two chapters without water; requests ESF-3 assessment
- [[PERSON:Jubilee]] to draft press line by 1100
- [[PERSON:Earnest]] confirms 4 trailers of water en route from Atlanta DC
Action items as a table please."""),

    ("positive", "lodging_list", "cambodian+anglo", """Lodging list for deployed RRCC augmentees, hotel wants names and confirmation:
[[PERSON:Sokunthea Chhim-Prak]] — 12/06–12/20 — conf 88214
[[PERSON:Barnaby Tillotson]] — 12/06–12/13 — conf 88215
[[PERSON:Ellery Vance-Mott]] — 12/08–12/20 — conf 88219, travel card [[CREDIT_CARD:4716 2093 5581 4074]] for incidentals
Write the email to the hotel's group sales."""),

    ("positive", "webeoc_cred", "kazakh", """WebEOC training position login for the new MA clerk: user rrcc4_ma_trainee / pw [[PASSWORD:Tr@ining-Wx48vq]]. Write a welcome note to [[PERSON:Aizhan Temirbekova]] that explains what the board is for (don't include the login, I'll text it)"""),

    ("positive", "fouo_sitrep", "anglo", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
RRCC SITREP #14, 12/06 1800
- Shelter population 2,140 (down 310)
- Generator MA status: 41 of 48 installed
- POC: Watch Officer [[PERSON:Lamont Heathcote]], [[PHONE_NUMBER:770-555-0193]]
Shorten to five lines for the Regional Administrator."""),

    ("positive", "teams_chat_lno", "brazilian+anglo", """[Teams] [[PERSON:Thiago Boaventura]]: who's the ESF-6 night lead? Red Cross is asking
[Teams] [[PERSON:Cassidy Wenner]]: [[PERSON:Xochitl]] until 0600, then [[PERSON:Pilar]]
[Teams] [[PERSON:Thiago Boaventura]]: Pilar's cell?
[Teams] [[PERSON:Cassidy Wenner]]: [[PHONE_NUMBER:770-555-0108]], she's in the Mass Care pod"""),

    ("positive", "json_ma_request", "puerto_rican", """The RRF came in as JSON from the state's system. Convert to the RRF narrative:
{"request_id":"PR-26-0117","requestor":"[[PERSON:Nilsa Quiñones Vélez]]","requestor_phone":"[[PHONE_NUMBER:787-555-0186]]","need":"2 x 500kW generators","location":"[[STREET_ADDRESS:Carr. 172 Km 4.3, Bo. Rincón, Cidra, PR 00739]]","priority":"life safety"}"""),

    ("positive", "deployment_form", "nepali", """Deployment self-registration, please check for missing fields:
Name: [[PERSON:Pasang Nuru Sherpa]]
Position: RRCC Situational Awareness Specialist
Home: [[STREET_ADDRESS:8840 Quarry Lake Dr, Apt 212, Denton, TX 76210]]
Emergency contact (wife): [[PERSON:Dawa Lhamu Sherpa]], [[PHONE_NUMBER:940-555-0154]]
Government travel card: on file"""),

    ("positive", "voicemail_state", "choctaw", """VM 12/06 22:15: "This is Lanell Wesley with Choctaw Nation emergency management, we need to talk about the tribal declaration request, I'm at nine one eight, five five five, zero one four one, thanks." Summarise for the tribal LNO."""
     .replace("Lanell Wesley", "[[PERSON:Lanell Wesley]]").replace("nine one eight, five five five, zero one four one", "[[PHONE_NUMBER:nine one eight, five five five, zero one four one]]")),

    ("positive", "cui_emgt_roster", "anglo", """[[CUI_MARKING:CUI//SP-EMGT]]
Continuity relocation roster, RRCC alternate site
Team A lead: [[PERSON:Sterling Abbot-Hale]], [[PHONE_NUMBER:770-555-0124]]
Team B lead: [[PERSON:Rich Dunleavy]], [[PHONE_NUMBER:770-555-0159]]
Can you make this a phone tree?"""),

    ("positive", "vietnamese_sms", "vietnamese", """Dịch giúp tin nhắn này sang tiếng Anh:
"Chào anh, em là [[PERSON:Huỳnh Ngọc Thảo]], tình nguyện viên ở trạm phân phát nước tại Bayou La Batre. Trạm hết nước từ 3 giờ chiều. Gọi em số [[PHONE_NUMBER:251-555-0177]]." """),

    ("evasion", "phone_words_mix", "hawaiian", """new ESF-13 LNO is [[PERSON:Ikaika Nāone]], his cell is seven-seven-oh 555 oh-one-nine-two, can you add him to the roster table""".replace("seven-seven-oh 555 oh-one-nine-two", "[[PHONE_NUMBER:seven-seven-oh 555 oh-one-nine-two]]")),

    ("evasion", "cui_markdown", "anglo", """**C U I** // *SP-EMGT*
Shelter security staffing at the Lee County fairgrounds, lead [[PERSON:Darnell Ricketts]].
turn this into a table for the Mass Care desk""".replace("**C U I** // *SP-EMGT*", "[[CUI_MARKING:**C U I** // *SP-EMGT*]]")),

    ("evasion", "email_bracket", "korean", """LNO from the state, email is hjkwon [at] gema [dot] ga [dot] example — [[PERSON:Kwon Hye-jin]]. add her to the distro""".replace("hjkwon [at] gema [dot] ga [dot] example", "[[EMAIL_ADDRESS:hjkwon [at] gema [dot] ga [dot] example]]")),

    ("hard_negative", "public_fema", None, """For the public info line on our slide: survivors apply at DisasterAssistance.gov or call the FEMA Helpline at 1-800-621-3362. FEMA Region IV is at 3005 Chamblee-Tucker Road, Atlanta, GA 30341. Media should contact the regional News Desk. Fits on one slide?"""),

    ("hard_negative", "ma_numbers", None, """MA numbers for the close-out: 4821DR-FL-DOD-03, 4821DR-FL-USACE-07, 4821DR-FL-HHS-02, 4821DR-FL-GSA-11. Obligations $4,118,220; $12,904,500; $880,300; $61,700. Total them and flag anything over $10M."""),

    ("hard_negative", "esf_primer", None, """Explain the 15 Emergency Support Functions to a new RRCC hire in one table: number, name, primary agency. ESF-1 Transportation (DOT) through ESF-15 External Affairs (DHS/FEMA). Keep it short."""),

    ("hard_negative", "storm_names", None, """Historical context paragraph for the exercise brief: Hurricane Katrina (2005), Hurricane Michael (2018), Hurricane Ian (2022) and Hurricane Helene (2024) all drove RRCC activations in Region IV. Keep it factual, one paragraph."""),

    ("hard_negative", "roster_template", None, """Empty roster template for next activation, columns only: ESF | desk | name | cell | shift | backup. Add a row of example text like 'ESF-X | Desk name | Last, First | 555-555-5555'. Should the template live in SharePoint or WebEOC?"""),

    ("hard_negative", "about_fouo", None, """Is 'FOR OFFICIAL USE ONLY' still a thing on SITREPs, or did the CUI program replace it everywhere? Our region still has FOUO on the template header. What should we tell the watch officers? Explain without marking the answer."""),

    ("hard_negative", "shift_times", None, """Shift pattern for the activation: Day 0600–1830, Night 1800–0630, 30-minute overlap. Level 1 activation = 24/7, Level 2 = extended day, Level 3 = watch only. Turn this into a graphic description."""),

    ("hard_negative", "place_names_people", None, """Staging areas: Fort Myers, Lake City, Marianna, Perry, Madison, Jackson County, Tallahassee. Some of these sound like names to our spellchecker. Alphabetize and give me the drive time from Atlanta for each."""),

    ("hard_negative", "password_reminder", None, """Reminder text for the morning brief: WebEOC passwords expire every 60 days; reset yours through the login page before it locks. Never share positions' passwords over the radio or in chat. Rephrase so it doesn't sound like nagging."""),

    ("positive", "dco_classified_paste", "anglo+japanese", """The DCO's office pasted this into our MA thread by mistake, can you tell me what to do before I forward anything?
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Force protection assessment for the Title 10 generator teams at the Fort Myers staging area, prepared by LTC [[PERSON:Bartholomew Nakamura-Figg]].
[[CLASSIFICATION_MARKING:(U)]] POC: MAJ [[PERSON:Corinna Yazawa-Stroud]], [[PHONE_NUMBER:912-555-0167]]"""),

    ("hard_negative", "password_expiry_prose", None, """WebEOC keeps saying 'your password will expire in 3 days' and the reset link goes to a page that says 'contact your administrator'. Who is the administrator for a regional RRCC position login, the region or HQ? Just tell me who to ask."""),
]
