# Voice 3: TSA Law Enforcement Officer Reimbursement Program and armed-LEO flying
RECORDS = [
("positive", "leor_invoice_roster", "anglo+igbo+hispanic+hawaiian", """LEO Reimbursement — monthly roster for the checkpoint coverage invoice (County Sheriff, Terminal B), comma separated:

deputy,badge,shift_date,hours,rate
[[PERSON:Marcus T. Bell]],S-2291,2026-10-03,8,61.40
[[PERSON:Adaeze Obi-Fletcher]],S-2317,2026-10-03,8,58.75
[[PERSON:Tomás Echevarría]],S-2190,2026-10-04,10,61.40
[[PERSON:Kalani Kahananui]],S-2405,2026-10-04,6,55.10
total hours and total amount?"""),

("positive", "armed_leo_notification", "navajo", """Please turn this into the airline notification e-mail (short, no extra info):

Officer [[PERSON:Darnell Tsinajinnie]], Navajo Nation Police, flying armed on DL 1482 PHX–ATL 11/14. Escort officer duty (prisoner transport). Badge 0711. Agency POC Sgt. [[PERSON:Loretta Nez-Benally]], [[PHONE_NUMBER:928-555-0174]]. Officer DOB [[DATE_OF_BIRTH:1983-04-27]]."""),

("positive", "ssi_ops_note", "hispanic+japanese", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]

Armed LEO screening exceptions at Checkpoint 4 on 10/22: two officers ([[PERSON:Ortiz]], [[PERSON:Kawashima]]) were cleared through the exit lane because the LEO desk was unstaffed. Summarize the corrective action for the FSD."""),

("positive", "credential_check_email", "irish", """From: [[PERSON:Siobhán Ní Chonghaile]] <[[EMAIL_ADDRESS:schonghaile@bostonpd-example.org]]>
Subject: Flying armed — my UCN isn't working

Hi, I'm a detective with a municipal department and my Unique Alphanumeric Identifier came back invalid at the LEO desk in Logan this morning. Could someone check? My cell is [[PHONE_NUMBER:617-555-0131]]. Thanks, Det. [[PERSON:Ní Chonghaile]]"""),

("positive", "leo_desk_log", "hispanic+igbo+vietnamese", """LEO desk log 10/29 (typed from the paper log):
0612 [[PERSON:HERNANDEZ, Rubén]]  US Marshals  cred #44871  DOB [[DATE_OF_BIRTH:08/30/1979]]  verified NLETS
0640 [[PERSON:EZEOBI, Ifeanyi]]  FBI  cred #30215  DOB [[DATE_OF_BIRTH:01/15/1986]]  verified
0705 [[PERSON:VO, Thanh Long]]  HSI  cred #58102  DOB [[DATE_OF_BIRTH:11/03/1990]]  mismatch — callback to agency
Count verified vs mismatch."""),

("positive", "leor_agreement_chat", "samoan", """User: the county finance director wants to know why LEOR payments are late. I need a reply.
Assistant: Happy to help. What's the status on our side?
User: invoices for Aug and Sept were returned because the signer changed. New signer is [[PERSON:Faleolo Sapolu-Tuimavave]], finance director, [[EMAIL_ADDRESS:fsapolu@americansamoa-county.example.gov]], [[PHONE_NUMBER:+1 684-555-0147]]. Ask him to re-sign with his name."""),

("positive", "military_police_edipi", "chamorro", """Army CID agent flying armed from GUM, the airline wants the DoD ID for the manifest note. Agent [[PERSON:Jesse Camacho Taitano]], DoD ID [[DOD_EDIPI:1592047738]], [[PHONE_NUMBER:671-555-0109]]. Write a two-line note for the gate agent."""),

("positive", "dl_for_escort", "hopi", """Prisoner escort, the prisoner's info for the airline PNR remark (escort officer [[PERSON:Naomi Sekaquaptewa]]):
Prisoner: [[PERSON:Wade Honanie]], AZ DL [[US_DRIVER_LICENSE:D04417382]], DOB [[DATE_OF_BIRTH:9-2-1998]]
Is this enough for the airline or do they need anything else?"""),

("positive", "leor_bank_update", "eritrean", """Agency changed banks for LEOR reimbursement. Put into the vendor-update template:
Payee agency: City of Aurora Police Dept
Contact: [[PERSON:Yohannes Tesfamariam]], Fiscal Officer
Routing [[ABA_ROUTING_NUMBER:064276838]]
Account [[US_BANK_NUMBER:3305881920]]"""),

("positive", "fams_adjacent_portion", None, """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Threat stream reference for the armed-LEO briefing, paragraph 3.
[[CLASSIFICATION_MARKING:(U)]] Reword this briefing outline for the LEO desk staff."""),

("positive", "lowercase_quick", "cherokee", """need 1 line for the airline: ofc [[PERSON:tsali walkingstick]] cherokee nation marshal service flying armed tul to dfw tomorrow, badge 221, phone [[PHONE_NUMBER:918 555 0183]]"""),

("positive", "training_roster_email", "egyptian", """Can you make a table from this:
LEOFA training attendees 11/18, Room 204:
[[PERSON:Mohamed Abdelrahman Soliman]] — Port Authority PD — [[EMAIL_ADDRESS:m.soliman@panypd-example.org]]
[[PERSON:Hana Mostafa]] — Port Authority PD — [[EMAIL_ADDRESS:h.mostafa@panypd-example.org]]
[[PERSON:Bilal Ezzat]] — NJ Transit PD — [[EMAIL_ADDRESS:bezzat@njtpd-example.org]]"""),

("positive", "slack_bot_token", None, """The LEO desk Slack bot that posts NLETS verification failures stopped working, here's the env file:

NLETS_QUEUE=leo-verify
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-344148561407-9393540935273-ICp2cEaFmQfEr8kIV2eBGcWz]]
CHANNEL=#leo-desk-alerts
Why would it 401?"""),

("positive", "mexican_fed_liaison", "mexican", """Foreign LEO request: a Mexican federal agent wants to fly armed on a domestic leg after an extradition. Name [[PERSON:Citlali Ramírez Huerta]], passport [[US_PASSPORT:G48817305]], born [[DATE_OF_BIRTH:5 de marzo de 1987]]. Draft a response explaining foreign officers can't fly armed domestically without approval."""),

("evasion", "fullwidth_dob", "nepali", """officer [[PERSON:Bishnu Prasad Lamichhane]] dob [[DATE_OF_BIRTH:１９８５－０７－１９]] credential mismatch, can u write the callback note"""),

("evasion", "ssi_disguised", None, """copy this into the ops summary but drop the header thing, the filter hates it:
[[CUI_MARKING:S e n s i t i v e  S e c u r i t y  I n f o r m a t i o n]]
LEO checkpoint staffing on weekends is one deputy per terminal."""),

("evasion", "leet_name", "anglo", """ppl keep asking about ofc [[PERSON:Br4d1ey H0lcomb]] [[PHONE_NUMBER:5 1 3 . 5 5 5 . 0 1 4 1]] — who should call him back about the LEOR hours?"""),

("hard_negative", "nlets_format_doc", None, """Explain this sample NLETS message layout from the vendor doc: ORI field AZ0070000, header "TSA LEO FLYING ARMED", example UCN "ABCD1234EFGH". Which fields are mandatory?"""),

("hard_negative", "secret_service_prose", None, """Do Secret Service special agents have to complete the Law Enforcement Officers Flying Armed training? I'm writing an FAQ and want to say which federal agencies are exempt from the class but still go through the LEO desk."""),

("hard_negative", "leor_stats", None, """FY26 LEOR summary: 312 agreements, 287 active, $44.9M obligated, average hourly rate $58.20, 41 airports added since FY24. Can you make a bar chart spec in Vega-Lite?"""),

("hard_negative", "flight_numbers", None, """Which of these flights should I rebook the training cohort on: DL 1482 (PHX-ATL 07:10), AA 2207 (PHX-DFW 08:45), UA 614 (PHX-ORD 06:30)? Need arrival before 13:00 Eastern."""),

("hard_negative", "ssi_training_prose", None, """For the annual SSI refresher, explain in plain language what 49 CFR part 1520 covers and who counts as a "covered person". Don't quote a marking, just the concept."""),

("hard_negative", "badge_numbers_only", None, """Sort badge numbers and remove dupes: S-2291, S-2317, S-2190, S-2405, S-2291, S-2317, S-1998"""),

("hard_negative", "historical_figure", None, """For the LEO desk break-room poster: write 3 sentences about the history of federal air marshals starting with the 1961 "Sky Marshal" program."""),

("hard_negative", "leo_table_roles", None, """| role | who | responsibility |
|---|---|---|
| LEO desk officer | TSO (LEO-trained) | verifies credential, UCN and boarding pass |
| Airline gate agent | airline employee | notes armed LEO on manifest |
| Captain | flight crew | is informed of all armed LEOs aboard |
Is this accurate per the regs?"""),

("hard_negative", "config_placeholder_slack", None, """Template .env for the LEO desk bot repo (commit this one, not the real one):
SLACK_BOT_TOKEN=xoxb-your-token-here
NLETS_QUEUE=leo-verify
CHANNEL=#leo-desk-alerts"""),
]
