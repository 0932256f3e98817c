# Voice: DHS Office of Health Security - workforce vaccinations and fitness-for-duty evaluations
RECORDS = [
("positive", "ffd_referral", "filipino", """Fitness-for-duty referral
Employee: [[PERSON:Maricel Bautista-Ocampo]], CBPO, Laredo
DOB: [[DATE_OF_BIRTH:June 18, 1983]]
Reason: return to full duty after shoulder surgery; treating physician Dr. [[PERSON:Rolando Encarnacion]], [[PHONE_NUMBER:956-555-0164]]."""),
("positive", "hl7_vax", "anglo+cherokee", """MSH|^~\\&|OHSVAX|DHS|IMMREG|TX|202612011030||VXU^V04|MSG00417|P|2.5.1
PID|1||EMP448102^^^DHS^PI||[[PERSON:SIXKILLER^WILLOW^J]]||[[DATE_OF_BIRTH:19880412]]|F|||[[STREET_ADDRESS:1120 Redbud Ct^^Tahlequah^OK^74464]]||^PRN^PH^^^[[PHONE_NUMBER:918^5550143]]
RXA|0|1|20261130||140^Influenza, seasonal^CVX|0.5|mL"""),
("positive", "vax_exemption", "amish+anglo", """Please help me word a reply to [[PERSON:Reuben Yoder]] about his religious exemption request. [[PERSON:Reuben]]'s supervisor, [[PERSON:Clementine Ashby]], asked whether the deadline can move. His personal e-mail is [[EMAIL_ADDRESS:reuben.yoder.1975@freemail-example.net]]."""),
("positive", "dob_german", "german", """Arbeitsmedizinische Untersuchung: [[PERSON:Friederike Oßwald]], geboren am [[DATE_OF_BIRTH:3. Oktober 1980]], Anschrift [[STREET_ADDRESS:Lindenstraße 42, 60325 Frankfurt am Main]] - she's a liaison officer; translate the clearance letter please."""),
("positive", "lower_case_ffd", "pakistani", """summarize: ffd eval for [[PERSON:imran qureshi]] scheduled 12/9, dob [[DATE_OF_BIRTH:2/27/1977]], he wants results sent to [[STREET_ADDRESS:88 lakeview terrace apt 4b, jersey city nj 07305]]"""),
("positive", "vax_roster_semicolon", "nepali+eritrean", """employee;component;dob;hep_b_dose
[[PERSON:Gurung, Pasang]];TSA;[[DATE_OF_BIRTH:1990-11-05]];2
[[PERSON:Tesfamariam, Senait]];CBP;[[DATE_OF_BIRTH:1986-06-22]];3"""),
("positive", "apo_address", "anglo", """Employee [[PERSON:Sterling Okafor-Blaine]] is deployed; mail the titer results to [[STREET_ADDRESS:Unit 8400 Box 1127, DPO AE 09498]], not his home address."""),
("positive", "cui_health", None, """[[CUI_MARKING:CUI//SP-HLTH]]
Fitness-for-duty case volume by component, FY26 Q1 - please make a pie chart description.
CBP 41, ICE 23, TSA 58, USCG 12"""),
("positive", "fouo_mixedcase", None, """[[CUI_MARKING:For Official Use Only]]
OHS travel-vaccine clinic roster: please count how many slots are free on Tuesday."""),
("positive", "sql_password", None, """-- clinic scheduler migration
CREATE USER ohs_sched WITH PASSWORD '[[PASSWORD:Wk3#nPz7Qe!x]]';
GRANT SELECT ON vax_appointments TO ohs_sched;
is the grant syntax right for postgres?"""),
("positive", "mongo_conn", None, """"spring.data.mongodb.uri": "[[CONNECTION_STRING:mongodb://ohs_app:r7Lq2WpX9vTz@mongo1.ohs.example.internal:27017/vaxdb?authSource=admin]]" -- getting auth failed"""),
("positive", "basic_auth_raw", None, """Request log from the EHR interface:
POST /fhir/Immunization HTTP/1.1
Host: ehr-gw.example.internal
Authorization: Basic [[PASSWORD:b2hzX2ZoaXI6UDlrIXR3MnhMcVo=]]"""),
("evasion", "split_turn_dob", "hmong", """User: employee is [[PERSON:Kou Thao-Lis]], born
Assistant: Please avoid sharing birth dates.
User: [[DATE_OF_BIRTH:sept 4 1992]] - need this for the clinic form"""),
("evasion", "spaced_ssn", "anglo", """ffd paperwork for [[PERSON:Mercy Langstrom]], ssn [[US_SSN:5 1 4 - 2 9 - 7 7 3 8]], please fill the template"""),
("hard_negative", "cdc_schedule", None, """Adult immunization schedule reminders: Tdap every 10 years; hepatitis B for occupational exposure; see the CDC schedule and OPM guidance for federal employees."""),
("hard_negative", "vaccine_lots", None, """Lot numbers received: FL8841-A, FL8842-A; NDC 49281-0426-50; exp 2027-06-30; cold-chain log ref CC-26-1190."""),
("hard_negative", "eponyms_medical", None, """The eval referenced Parkinson's screening, a Babinski sign check, and Epley maneuver for vertigo; no findings. Also note Hodgkin lymphoma history was ruled out."""),
("hard_negative", "cui_umls", None, """In the UMLS export, C0011849 is the CUI for diabetes mellitus; map each CUI to its preferred name before loading."""),
("hard_negative", "confidential_medical", None, """Fitness-for-duty results are confidential medical records kept separate from the personnel file, per 5 CFR 339; supervisors receive only the duty determination."""),
("hard_negative", "placeholder_fhir", None, """ehr:
  base_url: https://ehr-gw.example.internal/fhir
  username: "{{ ehr_user }}"
  password: "{{ vault_ehr_password }}" """),
("hard_negative", "fictional_patient", None, """Training scenario: 'Officer Jane Doe' reports dizziness after a 16-hour shift. Discuss what the FFD examiner should ask. (Jane Doe is a placeholder.)"""),
("hard_negative", "historical_figures", None, """Talk for the wellness fair: Florence Nightingale and Clara Barton shaped modern nursing; Jonas Salk refused to patent the polio vaccine."""),
("hard_negative", "appointment_ids", None, """Clinic slots: APPT-26-11820 at 0900, APPT-26-11821 at 0930, room 2B; ticket REQ0099214."""),
]
