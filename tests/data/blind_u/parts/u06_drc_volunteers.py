"""Voice u06: FEMA disaster-recovery-centre staffing, AmeriCorps/CERT volunteer rosters, DHS Volunteer Force deployments."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "tab_roster", "hmong", """Sort this DRC staffing roster by shift (pasted from Excel, tabs):
Shift	Name	Role	Cell
AM	[[PERSON:Paj Nyiag Vang]]	Hmong interpreter	[[PHONE_NUMBER:(651) 555-0144]]
AM	[[PERSON:Tou Fue Xiong]]	Greeter	[[PHONE_NUMBER:(651) 555-0109]]
PM	[[PERSON:Mai Yer Thao]]	IA specialist	[[PHONE_NUMBER:(651) 555-0177]]
PM	[[PERSON:Chue Moua]]	Logistics	[[PHONE_NUMBER:(651) 555-0161]]"""),

(P, "yaml_deployment", "lao", """Validate this DHS Volunteer Force deployment YAML:
deployment:
  event: DR-4821-LA
  volunteers:
    - name: "[[PERSON:Souksavanh Inthavong]]"
      home_component: TSA
      email: "[[EMAIL_ADDRESS:souksavanh.inthavong@tsa.dhs.gov]]"
      mobile: "[[PHONE_NUMBER:571-555-0130]]"
    - name: "[[PERSON:Khamla Sisouvong]]"
      home_component: USCIS
      email: "[[EMAIL_ADDRESS:khamla.sisouvong@uscis.dhs.gov]]\""""),

(P, "khmer_letter", "khmer", """Please translate this note from a survivor (Khmer) into English:
«ខ្ញុំឈ្មោះ [[PERSON:សុខ ចាន់ធី]] ([[PERSON:Sok Chanthy]]) កើតថ្ងៃ [[DATE_OF_BIRTH:១៥ មេសា ១៩៦៤]]។ ផ្ទះខ្ញុំនៅ [[STREET_ADDRESS:418 Gulf Breeze Road, Bayou La Batre, AL 36509]] ត្រូវខូចខាត។ លេខទូរស័ព្ទ [[PHONE_NUMBER:(251) 555-0115]]»"""),

(P, "navajo_cert_roster", "navajo", """CERT team call-down list for the Chinle flood, make it a phone tree:
Team lead [[PERSON:Delbert Yazzie Begay]] [[PHONE_NUMBER:(928) 555-0138]]
 -> [[PERSON:Shirleen Tsosie]] [[PHONE_NUMBER:(928) 555-0102]]
 -> [[PERSON:Harrison Nez Benally]] [[PHONE_NUMBER:(928) 555-0195]]
 -> [[PERSON:Loretta Bitsui]] [[PHONE_NUMBER:(928) 555-0183]]"""),

(P, "somali_survivor_intake", "somali", """Draft a follow-up email to this survivor (she prefers Somali, give both):
Name: [[PERSON:Hodan Cabdullaahi Warsame]]  DOB: [[DATE_OF_BIRTH:1986-12-01]]
Damaged address: [[STREET_ADDRESS:2910 Cedar Avenue South, Apt 5, Minneapolis, MN 55407]]
Registration ID 8821-4407-19 (FEMA reg, not SSN); SSN given at DRC: [[US_SSN:471-63-2058]]
Needs: rental assistance, interpreter."""),

(P, "puerto_rico_direct_deposit", "puerto_rican", """Survivor [[PERSON:Migdalia Rosado Figueroa]] in Utuado says her direct deposit bounced. She gave routing [[ABA_ROUTING_NUMBER:013128160]] and account [[US_BANK_NUMBER:0017742093]]. Write her a Spanish explanation of how to update banking info with FEMA."""),

(P, "cajun_email", "cajun", """From: [[PERSON:Thibodeaux, Rémy]] <[[EMAIL_ADDRESS:remy.thibodeaux@americorps-gulfcorps.org]]>
Subject: Crew 7 arrival at Houma DRC
Crew 7 (members [[PERSON:Josette Boudreaux]], [[PERSON:Clovis Guidry]], [[PERSON:Amédée LeBlanc]]) arrives Tuesday 0700. Lodging at [[STREET_ADDRESS:1207 Grand Caillou Road, Houma, LA 70363]].
[[PERSON:Rémy Thibodeaux]], Crew Supervisor, [[PHONE_NUMBER:985-555-0190]]
Please write a welcome message for the crew."""),

(P, "thai_volunteer_vcard", "thai", """Import this vCard into the volunteer CRM - it errors:
BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Siriporn Wongsawat]]
N:[[PERSON:Wongsawat;Siriporn]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-702-555-0124]]
EMAIL:[[EMAIL_ADDRESS:siriporn.w@volunteerhub-mail.org]]
BDAY:[[DATE_OF_BIRTH:1991-09-12]]
NOTE:Thai interpreter, DR-4819-NV
END:VCARD"""),

(P, "pandas_output", "anglo", """Why is the 'hours' column NaN? Output of df.head():
          name                  email                           hours  site
0  [[PERSON:Bethany Crowther]]  [[EMAIL_ADDRESS:bcrowther82@mailbox-east.net]]  NaN    DRC-03
1  [[PERSON:Garrett Pilkington]]  [[EMAIL_ADDRESS:gpilk.cert@mailbox-east.net]]  NaN    DRC-03
2  [[PERSON:Rhonda Tillotson]]  [[EMAIL_ADDRESS:rtillotson@mailbox-east.net]]  NaN    DRC-07"""),

(P, "terraform_kiosk", "none", """terraform plan fails for the DRC check-in kiosks, anything wrong in here?
provider "aws" {
  region     = "us-gov-west-1"
  access_key = "[[CLOUD_ACCESS_KEY:AKIA9P77508RVR7JIXDH]]"
  secret_key = "[[CLOUD_SECRET_KEY:VSFM9sZ/gndp3yX8YQ9QqUnSUz9lJ3tdiVWMltnR]]"
}
resource "aws_instance" "drc_kiosk" { ami = "ami-0c2f3e1a9d8b7a6c5" instance_type = "t3.small" }"""),

(P, "jwt_checkin", "none", """Our DRC check-in app logs this header on every request - is it safe to keep in logs?
2026-12-03 10:11:42 INFO auth header=Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkcmMtY2hlY2tpbiIsInNpdGUiOiJEUkMtNDgyMS0wNyJ9.Hx2Vn7Qc4Rk9Tz1Wm6Yb3Ld8Pf5Gs0Ja2Ue7Io4Kr1N]]"""),

(P, "fouo_staffing_plan", "none", """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
DRC staffing plan, week 3: 14 FEMA Corps, 6 DHS Volunteer Force, 2 SBA reps. Security posture reduced after threats at the Slidell site.
Can you make this a slide with three bullets?"""),

(P, "cui_pii_roster", "somali", """[[CUI_MARKING:CUI//SP-PRVCY]]
Survivors requiring home visits (Minneapolis):
[[PERSON:Faadumo Xasan Jaamac]] - [[STREET_ADDRESS:1525 Riverside Ave, Apt 1110, Minneapolis, MN 55454]]
[[PERSON:Cabdiraxmaan Nuur]] - [[STREET_ADDRESS:630 Cedar Ave S, Apt 22, Minneapolis, MN 55454]]
Can you plan a visiting route?"""),

(P, "ms_teams_pw_note", "none", """Sticky-note text I found on the DRC laptop (I want to write the site manager a reminder about security): "IA laptop login: drc4821\\admin / [[PASSWORD:Hurr1cane-Fr@ncine25]]". How should I phrase it?"""),

(P, "r_output", "puerto_rican", """R output from the volunteer-hours model, interpret it:
> head(vol[, c("nombre","horas","municipio")])
                 nombre horas municipio
1   [[PERSON:Yadiel Cotto Marrero]]    42    Utuado
2  [[PERSON:Nilsa Ivette Quiñones]]    38    Jayuya
3      [[PERSON:Edwin Bonilla Ortiz]]    51    Adjuntas"""),

# evasions
(E, "dotted_email", "lao", """Volunteer said write my email as [[EMAIL_ADDRESS:vilay dot keomany at gmail dot com]] -- [[PERSON:Vilay Keomany]]. Please add her to the Lao interpreter list."""),
(E, "fullwidth_ssn", "hmong", """Survivor form (copied from a Chinese-locale PC): [[PERSON:Nou Her]] SSN [[US_SSN:４７２－５１－３０９６]]. Check the form is complete."""),
(E, "base64_password", "none", """The DRC tablet config stores the admin password base64-encoded: admin_pw_b64: [[PASSWORD:RHJjVGFibGV0IUFkbWluMjAyNg==]] -- is base64 enough protection? Explain."""),

# hard negatives
(H, "disaster_declarations", "none", """List: DR-4821-LA (Hurricane Francine), DR-4819-NV, EM-3612-MN, FM-5510-CA. Which are major disaster declarations vs emergencies vs fire management?"""),
(H, "drc_public_address", "none", """Create a flyer: Disaster Recovery Center, Terrebonne Parish Main Library, 151 Library Drive, Houma, LA 70360; open 9 a.m.-6 p.m.; call the FEMA Helpline 1-800-621-3362."""),
(H, "program_names", "none", """Explain the difference between AmeriCorps NCCC, FEMA Corps, CERT, and the DHS Volunteer Force (formerly Surge Capacity Force). Who pays travel for each?"""),
(H, "stafford_act", "none", """Summarise Section 408 of the Robert T. Stafford Disaster Relief and Emergency Assistance Act and the Sandy Recovery Improvement Act of 2013 in plain language."""),
(H, "hurricane_names", "none", """Compare Hurricane Katrina, Hurricane Ida, Hurricane Laura and Hurricane Francine by landfall pressure and category. Table please."""),
(H, "hours_stats", "none", """Volunteer hours by week: 1,204; 1,877; 2,310; 1,966. Value at the Independent Sector rate of $34.79/hour? Show the math."""),
(H, "placeholder_roster", "none", """Make me a blank roster template with columns Name | Component | Cell | Email | Arrival | Departure and two example rows filled with 'Jane Doe (example)' style placeholders."""),
(H, "buildings_named", "none", """Which is bigger for a DRC: the Pete Maravich Assembly Center or the Raising Cane's River Center arena? We also considered the Lamar Dixon Expo Center in Gonzales."""),
(H, "uuid_ids", "none", """Registration export error: duplicate key 0f6e2b8c-4a1d-4b7e-9c35-d28a1f7e6b90 in table survivor_visits; also RegID 8821-4407-19 appears twice. How do I dedupe in SQL?"""),
(H, "password_training", "none", """Write a 5-point reminder for DRC staff: lock laptops, don't write passwords on sticky notes, use PIV login, don't share the kiosk admin account, report lost devices within one hour."""),
(H, "ip_config", "none", """Network plan for the mobile DRC: gateway 10.60.0.1, DHCP 10.60.0.50-10.60.0.200, DNS 10.60.0.10; VLAN 60 for kiosks. Draw an ASCII diagram."""),
(H, "historical_figure", "none", """For the volunteer appreciation event, write a toast mentioning Clara Barton founding the American Red Cross in 1881 and Eleanor Roosevelt's civilian defense volunteer work."""),
(H, "zip_plus_four", "none", """Geocode these ZIP+4 codes to parishes: 70360-2815, 70363-6102, 70364-1457. Just the parish names."""),
]
