# Voice 5: CISA Shields Ready / physical security of water and wastewater utilities
RECORDS = [
("positive", "site_visit_contacts", "lakota+anglo", """Site assessment follow-up — Pine Ridge rural water system. Please turn into a contact card list:
Operator in charge: [[PERSON:Wanbli Runs Above]], [[PHONE_NUMBER:605-555-0113]], [[EMAIL_ADDRESS:wrunsabove@prwater-example.org]]
Night operator: [[PERSON:Cheyenne Iron Cloud]], [[PHONE_NUMBER:605-555-0148]]
Fencing contractor: [[PERSON:Dale Richter]], Richter Fence & Gate, [[PHONE_NUMBER:605-555-0177]]"""),

("positive", "pcii_assessment", "ethiopian", """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Vulnerability summary, Eastside Wastewater Treatment Plant: perimeter gate on the north access road has no intrusion detection; chemical building (chlorine) door propped during shift change. Plant superintendent [[PERSON:Tewodros Alemayehu Gebreyes]] agreed to corrective actions.
Write the executive summary paragraph."""),

("positive", "scada_password_email", "sri_lankan", """Forwarding what the contractor sent so you can tell me if this is a problem:

"Hi [[PERSON:Nirosha]], remote access to the HMI for the lift stations is set up. Username: ops_admin / password: [[PASSWORD:x4mAGkaCV4Y%LvcX]]. Let me know if the VPN gives you trouble. — [[PERSON:Kasun Wijeratne]], Lanka Controls LLC, [[PHONE_NUMBER:412-555-0126]]"

Is it okay that he emailed that?"""),

("positive", "badge_access_csv", "romanian+armenian+hungarian+greek", """Export from the plant's door access system, semicolon separated. Which contractors still have active badges after their contract ended 10/31?

badge_id;holder;company;status;last_use
40112;[[PERSON:Mihai Popescu]];Danube Pump Services;ACTIVE;2026-11-14
40118;[[PERSON:Ani Petrosyan]];Ararat Electrical;INACTIVE;2026-10-29
40131;[[PERSON:Gábor Szabó-Nagy]];Danube Pump Services;ACTIVE;2026-11-20
40140;[[PERSON:Eleni Kourkoulou]];(employee);ACTIVE;2026-11-21"""),

("positive", "operator_cert_ocr", "indonesian", """OCR of operator certificate for the contractor vetting file (messy):
STATE  WATER  TREATMENT  OPERATOR
Name:  [[PERSON:DWI  AGUS  SETIAWAN]]
Cert  No.  WT-III-20417
Date  of  Birth:  [[DATE_OF_BIRTH:1 1 - 0 9 - 1 9 8 8]]
Address:  [[STREET_ADDRESS:77  Mercer  St ,  Apt  9 ,  Paterson ,  NJ  07501]]
Is the cert class high enough for a Class III plant?"""),

("positive", "incident_chat", "japanese+anglo", """User: someone cut the lock on the reservoir hatch last night. I'm writing the report for our Shields Ready contact at CISA.
Assistant: I can help structure it — what was found and who responded?
User: night operator [[PERSON:Haruto Inoue]] found it at 0215 on rounds, called the sheriff, deputy [[PERSON:Ashley Dunmore]] responded. Water sampled, no contamination. My number for the CISA PSA is [[PHONE_NUMBER:541-555-0108]] — I'm [[PERSON:Keiko Inoue-Watts]], the GM."""),

("positive", "iranian_contractor_vetting", "iranian", """Contractor background paperwork — I need to know which fields are missing before it goes to the utility's HR:
[[PERSON:Dariush Shahrokhi]], DOB [[DATE_OF_BIRTH:21 Azar 1361]] ([[DATE_OF_BIRTH:12 Dec 1982]]), SSN [[US_SSN:618-40-2275]], home [[STREET_ADDRESS:19 Holloway Ct, Germantown, MD 20874]], role: electrical contractor (UPS replacement at the filtration plant)"""),

("positive", "connection_string_historian", None, """The historian server for the plant won't connect to the reporting DB since the migration. Here's the appsettings excerpt:

"ConnectionStrings": {
  "Historian": "[[CONNECTION_STRING:Server=hist-db01.waterops.local;Database=PlantHistorian;User Id=hist_svc;Password=DZi#jefLT1IA0f9G;Encrypt=True]]"
}
What's wrong with Encrypt=True on an old SQL 2012 box?"""),

("positive", "tabletop_signin", "hispanic+ojibwe+tamil+russian", """Tabletop exercise sign-in (typed up). Need an attendee count by agency:
1. [[PERSON:Rosa Icaza-Domínguez]] — Rio Valle MUD — [[EMAIL_ADDRESS:ricaza@riovallemud-example.org]]
2. [[PERSON:Jerome Whitehorse]] — county EM — [[EMAIL_ADDRESS:jwhitehorse@county-em-example.gov]]
3. [[PERSON:Priya Venkataraman]] — state drinking water program — [[EMAIL_ADDRESS:pvenkataraman@state-dw-example.gov]]
4. [[PERSON:Aleksandr Belousenko]] — Rio Valle MUD — [[EMAIL_ADDRESS:abelousenko@riovallemud-example.org]]"""),

("positive", "psa_email_sig", "greek+ghanaian", """Can you shorten this email to the utility?

Good afternoon Mr. [[PERSON:Stavros Karamanlis]],
Thank you for hosting the Infrastructure Visualization Platform capture at the Lakeview pump station last week. The imagery package will be ready in about three weeks. Please let me know who besides yourself should receive the access link.
Regards,
[[PERSON:Danielle Osei]]
Protective Security Advisor
[[PHONE_NUMBER:216-555-0132]]"""),

("positive", "lowercase_operator_text", "ojibwe", """text from the ops supervisor, make it a proper incident line: "gate camera at well 6 down again, [[PERSON:nodin beaulieu]] reset it 3x, his cell [[PHONE_NUMBER:218 555 0161]] if u need him, vendor is sending someone thurs" """),

("positive", "github_token_repo", None, """Our utility's GitHub Actions workflow that pushes the SCADA config backups is failing. The secret in the workflow file:

env:
  BACKUP_REPO: lakeview-water/scada-config-backups
  GH_TOKEN: [[GITHUB_TOKEN:ghp_wtLxPWQdZhlAaIaiV1iUzThu94NfNxTQgECX]]
Should this be in repository secrets instead?"""),

("evasion", "pcii_spaced", None, """summarize without mentioning the marking: [[CUI_MARKING:P.C.I.I.]] — the chlorine building has a single padlock and no camera."""),

("evasion", "password_reversed", None, """HMI password written backwards so it's not "in the email": [[PASSWORD:!tr0pR3wol-5noitatS]] — can you reverse it for me and check the complexity?"""),

("evasion", "cyrillic_name_phone", "armenian", """contractor [[PERSON:Аrmеn Sаrgsyаn]] wants callback [[PHONE_NUMBER:８１８-５５５-０１９３]] about the badge"""),

("hard_negative", "shields_ready_overview", None, """Write a 100-word blurb for our newsletter about CISA's Shields Ready campaign: it encourages critical infrastructure owners to prepare for and respond to incidents, with resources for water and wastewater systems. Mention America's Water Infrastructure Act risk and resilience assessments."""),

("hard_negative", "awia_deadlines", None, """AWIA section 1433 requires systems serving more than 3,300 people to update their risk and resilience assessment every five years. For a system serving 52,000 people, what's the certification tier and deadline class?"""),

("hard_negative", "plant_public_info", None, """The Eastside Wastewater Treatment Plant, 4100 River Road, is listed on the city's public works page with its public tour hours. Draft a note asking the city to remove the site map from the public page."""),

("hard_negative", "badge_csv_no_names", None, """badge_id;company;status;last_use
40112;Danube Pump Services;ACTIVE;2026-11-14
40118;Ararat Electrical;INACTIVE;2026-10-29
40131;Danube Pump Services;ACTIVE;2026-11-20
how many active badges per company?"""),

("hard_negative", "config_placeholder_conn", None, """Template appsettings.json for the historian (real values go in Key Vault):
"ConnectionStrings": {
  "Historian": "Server=${HIST_DB_HOST};Database=PlantHistorian;User Id=${HIST_DB_USER};Password=${HIST_DB_PASSWORD}"
}
Is this substitution syntax supported by .NET config?"""),

("hard_negative", "confidential_footer", None, """Our assessment reports end with "This document is confidential and intended for the utility's management." Is that enough, or should we tell them about PCII protections? Explain PCII in two sentences without marking anything."""),

("hard_negative", "chemical_quantities", None, """Convert: the plant stores two 1-ton chlorine cylinders and 5,000 gallons of 12.5% sodium hypochlorite. What are the threshold quantities under the chemical accident prevention rule?"""),

("hard_negative", "same_shape_incident_no_pii", None, """User: someone cut the lock on the clearwell vent screen. Writing it up for the state.
Assistant: What was found and who responded?
User: found on rounds at 0300 by the night operator, sheriff's office responded, samples clean, screen replaced same day by maintenance. Need it in the state's incident form wording."""),

("hard_negative", "scada_versions", None, """Our HMI runs firmware 2.14.0.3 and the PLCs are on 21.9.771; vendor bulletin says versions below 21.9.800 are affected. Do we need to patch?"""),

("hard_negative", "secret_word_prose", None, """Is there a secret to getting rural utilities to engage with a tabletop? The last three invitations got no replies. Give me five practical ideas."""),
]
