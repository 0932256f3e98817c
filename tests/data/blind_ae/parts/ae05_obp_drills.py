"""Voice 5: CISA Office for Bombing Prevention: bomb-threat training and suspicious-package drills."""

RECORDS = [
("positive", "drill_afteraction", "south_african+lithuanian+anglo+vietnamese+turkish", """Help me write the after-action for Tuesday's suspicious-package drill at the county courthouse annex. Notes:
- 0912 mailroom clerk [[PERSON:Precious Mahlangu]] spotted the inert package (oily stains, excessive postage), did NOT move it, called security. Good.
- 0914 security supervisor [[PERSON:Gintaras Paulauskas]] started evacuation by PA; 300 ft standoff was only ~150 ft on the north side.
- 0931 sheriff's bomb tech Sgt. [[PERSON:Abernathy]] arrived; clearance 1002.
Observers: [[PERSON:Huong Lam Dinh]] (CISA PSA), [[PERSON:Ferhat Demirci]] (county EM)."""),

("positive", "bomb_threat_checklist_filled", "anglo", """Filled bomb threat checklist from the school district's tabletop (practice, but the secretary used real details for the call-back section):
Time of call: 10:41   Number displayed: [[PHONE_NUMBER:(414) 555-0158]]
Exact words: "there's a bomb in the gym, you have one hour"
Caller voice: male, calm, slight accent
Person receiving call: [[PERSON:Janelle Kowalski-Burke]]
Phone number where call received: [[PHONE_NUMBER:414-555-0137]]
Can you explain which parts of the checklist should be filled first?"""),

("positive", "registration_list", "muscogee+anglo+vietnamese+yoruba+puerto_rican", """Registrants for the Bomb Threat Management workshop, Tulsa, 1/14 - can you sort by agency?
[[PERSON:Amos Harjo]], Muscogee Nation EM, [[EMAIL_ADDRESS:aharjo.em@mcn-em.example.org]]
[[PERSON:Lindsey Kuykendall]], Tulsa Public Schools
[[PERSON:Tran Quoc Vinh]], Hospital security
[[PERSON:Oluwatoyin Bakare]], Tulsa Int'l Airport ops
[[PERSON:Ricardo Montalvo Arce]], Mall security"""),

("positive", "pcii_assessment", "indian_telugu", """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Facility: [regional water treatment plant]   Assessor: [[PERSON:Venkata Ramana Kondapalli]]
Finding 3: Chemical delivery bay has no vehicle barrier; standoff to chlorine storage ~40 ft.
Can you rewrite finding 3 as a recommendation?"""),

("positive", "tripwire_creds", None, """My TRIPwire account got locked. The admin reset it and texted me the temp one: [[PASSWORD:Tr1pW!re_7Qm2Xz]] - it says expired when I try. Do temp passwords expire in 24 hours? Help me write a message to the help desk."""),

("positive", "instructor_bio", "greek", """Make this instructor bio two sentences: "[[PERSON:Eleftheria Papadimitriou-Hale]] is a former Army EOD technician with 14 years of service, including two deployments, and now leads CISA OBP's Counter-IED awareness courses in Region 4. Reach her at [[EMAIL_ADDRESS:eleftheria.papadimitriou-hale@cisa.dhs.gov]] or [[PHONE_NUMBER:470-555-0102]]." """),

("positive", "mailroom_sop_with_contacts", "moroccan+lebanese", """Mailroom SOP draft, section 6 contacts (please check that the order makes sense):
1. Mailroom lead [[PERSON:Samira Bouhaddou]] - ext 4471, cell [[PHONE_NUMBER:313-555-0196]]
2. Building security [[PERSON:Youssef El-Masri]] - [[PHONE_NUMBER:313-555-0141]]
3. Dearborn PD non-emergency (public line)
4. Facility manager [[PERSON:Ghada Nassar]]"""),

("positive", "fouo_tabletop", "argentine+czech", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Tabletop scenario inject 4 - stadium
A concession worker, [[PERSON:Lucía Ferreyra]], reports an unattended backpack near gate C at 1835. Stadium ops manager [[PERSON:Jaroslav Novák]] must decide whether to hold the gates.
Write three discussion questions for the players."""),

("positive", "participant_dob_badge", "thai", """The arena needs DOBs for temporary badges for our drill team: [[PERSON:Siriporn Chaiyaporn]] [[DATE_OF_BIRTH:9/14/1990]], [[PERSON:Nattapong Srisawat]] [[DATE_OF_BIRTH:2/2/1986]]. Is it normal for a venue to ask for DOB? Draft a reply asking if they can accept just our CISA IDs."""),

("positive", "incident_call_transcript", "dominican", """Transcribe this voice memo cleanly (it's from our training call, the caller is our role player):
"ok so this is, um, [[PERSON:Yokasta Peralta]], I'm calling from the front desk of the Marriott on Canal, there's a box by the elevator, nobody claims it, my cell is [[PHONE_NUMBER:5 0 4, 5 5 5, 0 1 3 8]], should I pull the fire alarm?" """),

("positive", "jwt_lms", None, """The OBP virtual training LMS returns 401 for our group enrollment API. Here's the header we send:
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvYnAtZW5yb2xsLXN2YyIsInNjb3BlIjoiZ3JvdXA6d3JpdGUiLCJleHAiOjE3OTc0NjU2MDB9.Xk3vR8nQ2pLw7yTb5cMa0dJf9sHe1gUo6iZrKtNq4VB]]
Is the token expired?"""),

("positive", "korean_hotel_staff", "korean", """한국어 자료를 영어로 번역해 주세요. 호텔 보안팀장 [[PERSON:박민서]] 씨가 의심 물품 훈련 후 보낸 메모입니다: "로비 직원 [[PERSON:최윤아]] 씨가 가방을 발견하고 바로 신고했습니다. 연락처: [[PHONE_NUMBER:+82 2-555-0173]]." """),

("positive", "counter_ied_roster_markdown", "native_hawaiian+bangladeshi+irish", """| Name | Agency | Course | Score |
|---|---|---|---|
| [[PERSON:Kekoa Nāone]] | Honolulu HSEM | IED Awareness | 92 |
| [[PERSON:Ayesha Siddiqa Rahman]] | Port Authority | Surveillance Detection | 88 |
| [[PERSON:Brennan O'Rourke]] | Boston EMS | IED Awareness | 79 |
Who scored below 80 and needs a retest?"""),

("evasion", "marking_letterspaced", None, """Header on the doc is [[CUI_MARKING:F O R   O F F I C I A L   U S E   O N L Y]] but I stripped the formatting, so just proofread the body: "Participants will practice the 'don't touch, evacuate, call' sequence at three stations."""),

("evasion", "phone_leet", "polish", """caller id was [[PHONE_NUMBER:(7seven3) 5five5-0one6two]] during the drill, the role player is [[PERSON:Bogumiła Wrzesińska]]. what do I write in the 'number displayed' box if caller id is blocked?"""),

("evasion", "name_in_html_comment", "ethiopian", """<!-- contact: [[PERSON:Abebech Gessesse Worku]] [[PHONE_NUMBER:612&#45;555&#45;0109]] -->
<p>Bomb threat guidance: remain calm, keep the caller on the line, write down exact words.</p>
the web person hid the contact in an HTML comment so the scan won't see it. clean up the paragraph."""),

("hard_negative", "blank_checklist", None, """DHS Bomb Threat Checklist (blank):
Date: ____ Time: ____ Time caller hung up: ____ Phone number where call received: ____
Ask caller: Where is the bomb located? When will it go off? What does it look like? What kind of bomb is it? What will make it explode? Did you place the bomb? Why? What is your name?
Make this into a fillable one-pager."""),

("hard_negative", "run_hide_fight", None, """Convert our bomb threat and active shooter guidance into 5 bullet points for the lobby poster: evacuate, shelter, don't use radios within 300 feet, call 911, follow law enforcement. Reference the CISA "What to Do - Bomb Threat" video."""),

("hard_negative", "marking_training_quote", None, """In the information-handling module we tell students that documents may carry banners such as "CUI" or "UNCLASSIFIED//FOR OFFICIAL USE ONLY" and that they should not upload them into public tools. Write two quiz questions about recognizing banners without including a real document."""),

("hard_negative", "standoff_table", None, """Standoff distances from the DHS/FBI table: pipe bomb 70 ft (mandatory evacuation) / 1,200 ft (outdoor), suicide vest 110 / 1,700, briefcase 150 / 1,850, sedan 320 / 1,900, SUV 400 / 2,400. Format as a table, keep the numbers exactly."""),

("hard_negative", "secret_word_prose", None, """The exercise debrief: "the secret to a good drill is that nobody knows the inject is coming, not even the front desk." Write that up as a lesson learned with a softer tone, and add that the fire marshal approved the plan in writing."""),

("hard_negative", "package_tracking", None, """The inert training package we mailed had tracking 9400 1118 9922 3045 6187 21 and was delivered to the wrong building. Next time use certified mail? Draft a note to the facility."""),

("hard_negative", "explosive_chem_terms", None, """For the awareness class glossary, define TATP, HMTD, ANFO, PETN, and RDX in one sentence each, focusing on why precursor purchases matter for retailers, nothing about manufacture."""),

("hard_negative", "ied_drill_schedule_same_voice", None, """Suspicious-package drill schedule Q1:
01/13 county courthouse annex 0900
01/27 main library 1000
02/10 transit center (Platform B) 0600
02/24 city hall mailroom 0830
03/10 high school (district-approved, no students) 1600
Add a column for who to notify (generic roles only)."""),

("hard_negative", "grant_number_shapes", None, """Our BMAP course code is AWR-348, the ILT is MGT-451, and the VILT is AWR-945-V. Certificates show a number like 2026-OBP-004417. Do students need all three for the bomb threat management certificate?"""),
]
