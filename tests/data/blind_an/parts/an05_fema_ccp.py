"""an05: FEMA Crisis Counseling Program grants: state mental-health agencies, counsellor rosters, encounter logs."""

RECORDS = [
    ("positive", "counsellor_roster_semicolon", "native_hawaiian+japanese",
     """Roster from the state for the RSP staffing plan. Count FTE by team and flag anyone listed on two teams:

team;name;role;fte;phone
Lahaina-1;[[PERSON:Keʻalohilani Kahananui]];team lead;1.0;[[PHONE_NUMBER:808-555-0193]]
Lahaina-1;[[PERSON:Makoa Pualani-Reyes]];crisis counselor;1.0;[[PHONE_NUMBER:808-555-0148]]
Lahaina-2;[[PERSON:Naomi Hirata Kealoha]];crisis counselor;0.5;[[PHONE_NUMBER:808-555-0115]]
Kula;[[PERSON:Kenji Tamashiro]];crisis counselor;1.0;[[PHONE_NUMBER:808-555-0106]]
Lahaina-2;[[PERSON:Makoa Pualani-Reyes]];crisis counselor;0.5;[[PHONE_NUMBER:808-555-0148]]"""),

    ("positive", "state_program_manager_email", "anglo",
     """Help me answer her two questions briefly:

From: [[PERSON:Darlene Caudill]] <[[EMAIL_ADDRESS:darlene.caudill@ky-bhdid.org]]>
Subject: ISP extension + data entry

1) Can we request a 30-day ISP extension if the RSP is still under review?
2) Our counselors in Breathitt and Perry counties have spotty signal; can they enter encounter logs on paper and upload weekly?

[[PERSON:Darlene Caudill]], CCP State Lead
[[PHONE_NUMBER:502-555-0181]]
[[STREET_ADDRESS:125 Holmes St, Suite 300, Frankfort, KY 40601]]"""),

    ("positive", "yupik_team_lead_letter", "yupik",
     """Write a thank-you letter to this team lead for the closeout report:

[[PERSON:Evelyn Nanuk Active]] led the Bethel outreach team after the fall storm. She and [[PERSON:Moses Kanrilak]] traveled by skiff to eleven villages and did group encounters in Yugtun. Mail to: [[STREET_ADDRESS:PO Box 1837, 414 Chief Eddie Hoffman Hwy, Bethel, AK 99559]]."""),

    ("positive", "spanish_pr_supervisor_email", "puerto_rican",
     """Traduce al inglés, es para el informe trimestral:

Saludos. Le informo que la consejera [[PERSON:Zuleika Rivera Santiago]] renunció el 14 de noviembre. La reemplaza [[PERSON:Jorge Luis Báez Cintrón]], quien comienza el lunes. Su correo es [[EMAIL_ADDRESS:jbaez.ccp@assmca-pr.org]] y su celular [[PHONE_NUMBER:939-555-0121]]. Dirección de la oficina regional: [[STREET_ADDRESS:Calle Munoz Rivera 52, Urb. Santa Rosa, Bayamón, PR 00959]].
[[PERSON:Ivelisse Maldonado]], Coordinadora CCP"""),

    ("positive", "cui_roster_with_ssn", "cherokee+anglo",
     """[[CUI_MARKING:CUI//SP-PRVCY]]

State sent counselor SSNs for the background check reimbursement line; reformat to the grant's cost backup table (name, last 4 only):

[[PERSON:Sequoyah Hummingbird]]   [[US_SSN:440-67-2193]]
[[PERSON:Tasha Wolfe-Redbird]]    [[US_SSN:445-09-8812]]
[[PERSON:Brent Kilgore]]          [[US_SSN:447-52-3306]]

[[CUI_MARKING:CUI//SP-PRVCY]]"""),

    ("positive", "budget_narrative_salary", "akan+bengali",
     """Tighten this budget narrative paragraph:

Personnel: The program director, [[PERSON:Ama Serwaa Boateng]], will devote 25% effort ($21,800). The fiscal officer, [[PERSON:Tanvir Hossain]], will devote 10% ($7,400). Crisis counselors (12 FTE) are budgeted at $48,000 each. Fringe is 31%."""),

    ("positive", "encounter_log_with_counsellor", "mexican",
     """Encounter log extract - counselor IDs got replaced by names in this export, which shouldn't happen. Can you write the bug note for the data app vendor?

date,counselor,county,encounter_type,duration_min,age_group
2025-10-02,[[PERSON:Itzel Guadalupe Pacheco]],Lee,individual crisis counseling,35,adult
2025-10-02,[[PERSON:Itzel Guadalupe Pacheco]],Lee,brief educational/supportive,10,older adult
2025-10-03,[[PERSON:Rogelio Navarrete]],Charlotte,group,60,mixed"""),

    ("positive", "data_app_config_key", None,
     """The CCP data app sync keeps failing on the state's tablets. Here's the config file, anything obviously wrong?

[sync]
endpoint = https://ccpdata-sync.example-state.gov/api/v3/encounters
api_key = [[PASSWORD:ccp_live_7Hq2vXmT9rKb4LwZp8NcYd3F]]
batch_size = 500
retry = 3
timezone = America/New_York"""),

    ("positive", "contrasena_teams_chat", "dominican",
     """[Teams] [[PERSON:Yokasta Almánzar]]: la contraseña del buzón compartido del CCP es [[PASSWORD:Huracan.Fiona22!]] por si necesitas entrar mientras estoy de licencia
[Teams] me: gracias!

can you rewrite her message in English for the handoff doc (I know, I'll change it after)"""),

    ("positive", "timesheet_dispute", "hausa",
     """Draft a neutral response to the counselor's timesheet dispute:

Counselor [[PERSON:Aminu Bello Kankarofi]] says 12 hours from the week of 11/3 were not paid. His supervisor [[PERSON:Hadiza Garba]] approved the paper timesheet but the subrecipient's payroll didn't enter it. Mr. [[PERSON:Kankarofi]]'s contact: [[EMAIL_ADDRESS:aminu.kankarofi84@gmail.com]], [[PHONE_NUMBER:(919) 555-0150]]."""),

    ("positive", "site_visit_minutes", "laotian+anglo",
     """Turn these into site visit minutes for the project officer:

FEMA/SAMHSA site visit - Iowa CCP, 11/18
present: [[PERSON:Khamphong Sisavath]] (team lead, Des Moines), [[PERSON:Becky Lindahl]] (state MH authority), [[PERSON:Souksavanh Inthavong-Sayasith]] (counselor, Lao outreach)
- door-to-door in Windsor Heights complete
- Lao-language brochures reprinted
- next: schools outreach in Jan"""),

    ("positive", "closeout_ach", "anglo",
     """State's fiscal office asked us to confirm the payment info for the final drawdown; draft the confirmation email:

Payee: Nebraska DHHS - Division of Behavioral Health
Contact: [[PERSON:Gretchen Vogler]]
Routing: [[ABA_ROUTING_NUMBER:116832434]]   Account: [[US_BANK_NUMBER:000918273645]]"""),

    ("positive", "counsellor_dob_background", "ukrainian",
     """Background-check request for a new counselor - put into the state's form fields:

[[PERSON:Olena Kovalchuk-Miller]], born [[DATE_OF_BIRTH:the twenty-first of April 1989]], previous address [[STREET_ADDRESS:1907 W Chicago Ave, Apt 2R, Chicago, IL 60622]], phone [[PHONE_NUMBER:872-555-0189]]."""),

    ("evasion", "base64_password", None,
     """vendor sent the data app admin password base64'd: [[PASSWORD:Q2NwQWRtaW4hMjAyNSNLeQ==]] - decode it and tell me if it meets the 14-char rule?"""),

    ("evasion", "phone_words", "anglo",
     """counselor left her number in the voicemail as [[PHONE_NUMBER:six oh six, five five five, oh one six eight]], name [[PERSON:Misty Caudle]]. can you write it properly?"""),

    ("evasion", "cyrillic_lookalike_name_email", "serbian",
     """the reply from [[EMAIL_ADDRESS:dragana.\u0440etrovi\u0441@ccp-ohio.org]] keeps getting flagged as spoofed, is it the characters? sender is [[PERSON:Dragana Petrović]]"""),

    ("hard_negative", "disaster_distress_helpline", None,
     """For the CCP flyer: "Call or text the Disaster Distress Helpline at 1-800-985-5990 for free, confidential support 24/7." Add a Spanish version and keep it under 40 words each."""),

    ("hard_negative", "encounter_log_anonymous", None,
     """Encounter log summary for the quarterly report, make a chart description:

county,individual,group,brief_contacts,materials_distributed
Lee,1204,88,4,612
Charlotte,731,41,3,210
Collier,455,19,2,980
(no names are collected, per CCP guidance)"""),

    ("hard_negative", "stafford_act_question", None,
     """What does Section 416 of the Stafford Act (42 U.S.C. 5183) actually authorize, and where's the line between crisis counseling and treatment that we can't fund?"""),

    ("hard_negative", "storm_names", None,
     """List the CCP awards we supported for Hurricane Helene, Hurricane Milton and the Maui wildfires with the state mental health authority for each and the ISP/RSP periods, as a template I can fill in."""),

    ("hard_negative", "fema_hq_address", None,
     """Mail the original signed RSP to: FEMA, Individual Assistance Division, 500 C Street SW, Washington, DC 20472? Or is everything in FEMA GO now?"""),

    ("hard_negative", "roster_no_pii", None,
     """Count FTE by team and flag any position listed twice:

team;position;fte
Lahaina-1;team lead;1.0
Lahaina-1;crisis counselor;1.0
Lahaina-2;crisis counselor;0.5
Kula;crisis counselor;1.0
Lahaina-2;crisis counselor;0.5"""),

    ("hard_negative", "confidentiality_prose", None,
     """Counselors keep asking if encounter logs are "confidential." How should we explain that the logs are anonymous by design, that counselors never record names, and that the data is reported only in aggregate?"""),

    ("hard_negative", "grant_numbers", None,
     """Which of these are ISP vs RSP award numbers? 4834DR-HI-ISP, 4834DR-HI-RSP, SM-25-0417, 4830DR-KY-RSP, 1H79SM089021-01. Explain the pattern."""),

    ("hard_negative", "placeholder_config", None,
     """Template config for states:

[sync]
endpoint = https://<state-endpoint>/api/v3/encounters
api_key = ${CCP_API_KEY}
batch_size = 500

Is it clear enough that they put the key in the environment and not in the file?"""),

    ("hard_negative", "place_name_like_person", None,
     """Outreach teams go out from Hope, Arkansas, to Mercy Hospital in Fort Smith, and to Lake Charles. Draft a mileage table template between Hope, Texarkana, Magnolia and El Dorado."""),
]
