# Voice: CBP Office of Professional Responsibility intake
RECORDS = [
("positive", "opr_intake_form", "mexican+german",
"""Summarize this intake for the duty agent:
Complainant: [[PERSON:Esperanza Villalobos Ruvalcaba]]   DOB: [[DATE_OF_BIRTH:11-Jan-1969]]
Address: [[STREET_ADDRESS:4410 Calle Sonora, Nogales, AZ 85621]]   Phone: [[PHONE_NUMBER:520-555-0138]]
Subject employee: CBPO [[PERSON:Kessler, Brandt]] (badge unknown)
Allegation: officer took cash from her son [[PERSON:Adrián]] at the pedestrian crossing and did not give a receipt."""),
("positive", "opr_les_summary", None,
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
OPR case summary: subject suspected of querying TECS for a relative's associates; 41 queries without case nexus over 3 months.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Rewrite as a two-sentence synopsis."""),
("positive", "opr_cui_banner_block", None,
"""[[CUI_MARKING:CUI//SP-INV//NOFORN]]
Integrity referral: subject's bank deposits exceed salary by 180% in 2026.
Please make a timeline template from this."""),
("positive", "opr_secret_nf", None,
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Foreign intelligence service may have approached the subject during TDY.
Can you turn this into a briefing slide outline?"""),
("positive", "tips_email_forward", "haitian+anglo",
"""Clean up this forwarded tip:
> From: [[EMAIL_ADDRESS:tipster.nogales77@example.com]]
> I saw agent [[PERSON:Dorcas Villedrouin]] meet with [[PERSON:bobby ray tuttle]] at the truck stop on [[STREET_ADDRESS:2300 N Frontage Rd, Rio Rico, AZ 85648]]. They exchanged a bag."""),
("positive", "opr_case_db_creds", None,
"""Analyst pasted into chat: 'for the OPR case DB use jdbc:oracle:thin:@opr-db-test.cbp.example:1521/OPRSTG user=opr_ro password=[[PASSWORD:Tq8#Lw2zVx6Rn0]]' — please write a warning reply about sharing creds."""),
("positive", "opr_gcp_key", None,
"""The evidence transcription tool uses Google Speech, key in config.js: const SPEECH_KEY = "[[CLOUD_ACCESS_KEY:AIza9_0x_W816HX-0yuzKNYxOW0ul1_KCK4Me77]]"; is this safe in frontend code?"""),
("evasion", "fouo_markdown_split", None,
"""Format this markdown properly: the memo header is [[CUI_MARKING:**FOR OFFICIAL** _USE ONLY_]] and the body lists allegations of timecard fraud at the port."""),
("evasion", "anumber_split_chat", "salvadoran",
"""User: complainant's A number starts [[A_NUMBER:A 214
User: 339 271]]
User: her name is [[PERSON:Marisol Jeanette Ayala Portillo]]"""),
("evasion", "marking_base64", None,
"""An attachment name in the OPR inbox decodes weirdly. The header field is [[CLASSIFICATION_MARKING:VE9QIFNFQ1JFVC8vU0kvL05PRk9STg==]] and then the subject line 'integrity review'. What is this encoding?"""),
("positive", "psycopg_connect_args", None,
"""This worked yesterday:
conn = psycopg2.connect(host="opr-analytics.cbp.example", dbname="cases", user="opr_analyst", password="[[PASSWORD:vR4!kzP0qW7mLx]]")
Now it times out. Ideas?"""),
("positive", "chinese_label_password", None,
"""同事发给我的：案件系统 账号：opr_trans02  密码：[[PASSWORD:Hx7#pQ2mZr9Lw4]] — please translate and tell me if I should report this."""),
("hard_negative", "opr_public_info", None,
"""For the website FAQ: Report misconduct by CBP employees to the Joint Intake Center at 1-877-2INTAKE or Joint.Intake@cbp.dhs.gov. Include the date, time and location."""),
("hard_negative", "table_of_penalties", None,
"""Summarize the table of penalties: offense 4.18 (misuse of government vehicle), first offense reprimand to 30-day suspension; offense 2.1 ... Format as bullets."""),
("hard_negative", "case_number_formats", None,
"""JIC numbers look like JIC-2026-004418; OPR case numbers like 202611180044. Which system generates each? Just explain formats."""),
("hard_negative", "integrity_training", None,
"""Training text: 'Never share classified information or CUI through personal email; confidential sources must be protected.' Make it catchier."""),
("hard_negative", "famous_corruption_case", None,
"""One-paragraph history of the Teapot Dome scandal for an integrity training module."""),
]
