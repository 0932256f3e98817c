# TSA Surface Transportation Security Inspectors: rail, pipeline, motorcoach
RECORDS = [
("positive", "stsi_rail_inspection", "anglo+mexican", """Freight rail security inspection – Chemical Coast Yard, 10/28
Rail Security Coordinator: [[PERSON:Wendell Oakshott]], 24/7 [[PHONE_NUMBER:(409) 555-0171]]
Alternate RSC: [[PERSON:Araceli Villaseñor Ruelas]], [[EMAIL_ADDRESS:avillasenor@gulfbelt-rr.example]]
Chain-of-custody for RSSM cars: 4 of 4 attended handoffs verified. [[PERSON:Araceli]] provided the handoff log."""),
("positive", "stsi_pipeline_poc_yaml", "nigerian", """pipeline_operator: Sabine Crest Midstream
security_coordinator:
  name: [[PERSON:Chukwuemeka Ezeobi-Anyanwu]]
  phone: "[[PHONE_NUMBER:+1 713 555 0128]]"
  email: [[EMAIL_ADDRESS:c.ezeobi@sabinecrest.example]]
  home_address: "[[STREET_ADDRESS:9 Willow Bend Ct, Sugar Land, TX 77479]]"
critical_facilities: 3"""),
("positive", "stsi_bus_driver_incident", "haitian", """Motorcoach incident: driver [[PERSON:Jean-Wilner Désamour]], CDL (NY) [[US_DRIVER_LICENSE:742 118 903]], DOB [[DATE_OF_BIRTH:March 19, 1976]], reported an unattended bag at the Port Authority gate 72. Driver's address: [[STREET_ADDRESS:1420 Flatbush Ave, Apt 3F, Brooklyn, NY 11210]]."""),
("positive", "stsi_ssi_warning", None, """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Vulnerability assessment – Metro Blue Line tunnel ventilation.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Help me cut this down to 5 bullets."""),
("positive", "stsi_pipeline_scada_creds", None, """Operator's OT engineer put this in the inspection response spreadsheet (!):
HMI login: scada_ops / [[PASSWORD:9!hHv*pSD?vP]]
Historian: [[CONNECTION_STRING:Server=10.8.0.21;Database=PI_Archive;User Id=pi_reader;Password=gORrqXF4U%Ukx;]]
How do I write this up as a finding without repeating the password?"""),
("positive", "stsi_authorization_basic", None, """curl -H "Authorization: Basic [[PASSWORD:c3RzaV9pbnNwOnlNSGRqI1RqQUtWc2M=]]" https://pipeline-portal.example.com/api/v1/directives/SD-02F
-> returns 401, is the header wrong?"""),
("positive", "stsi_rail_roster_tsv", "polish+irish", """badge\tname\trole\tcell
4471\t[[PERSON:Wojciech Szczepankiewicz]]\tconductor\t[[PHONE_NUMBER:(708) 555-0135]]
4472\t[[PERSON:Siobhán Ní Chathasaigh]]\tengineer\t[[PHONE_NUMBER:(708) 555-0138]]
4473\t[[PERSON:Grzegorz Wąsowicz]]\tyardmaster\t[[PHONE_NUMBER:(708) 555-0144]]"""),
("positive", "stsi_amtrak_passenger_note", "somali", """Passenger [[PERSON:Hodan Cabdiraxmaan Gacal]] reported the suspicious item on train 2151; callback [[PHONE_NUMBER:612-555-0129]], DOB [[DATE_OF_BIRTH:04/17/1992]]. Ms. [[PERSON:Gacal]] declined medical. Write this as a one-paragraph summary."""),
("positive", "stsi_jwt_portal", None, """The SD compliance portal keeps saying my session is invalid. Bearer token from devtools:
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHNpLTA0NDEiLCJyb2xlIjoiaW5zcGVjdG9yIiwiZXhwIjoxNzk1MDAwMDAwfQ.Tn3cVw8Zk2LpXr7bQy5dMh0aJs9GfUo1eKiWl4Rt6Bz]]"""),
("positive", "stsi_cui_email", None, """From the Pipeline Security Division:
[[CUI_MARKING:CUI//SP-SSI]]
Attached is the list of critical pipeline facilities for the Houston region, with last inspection dates. Could you reformat the list alphabetically?"""),
("positive", "stsi_vietnamese_bus_driver", "vietnamese", """Tài xế xe buýt [[PERSON:Phạm Văn Đức]], sinh ngày [[DATE_OF_BIRTH:08/02/1980]], điện thoại [[PHONE_NUMBER:(714) 555-0159]], cho biết anh ấy thấy một người để lại ba lô ở trạm Westminster. Dịch sang tiếng Anh giúp tôi."""),
("positive", "stsi_hispanic_name_word", "mexican", """Interviewed track maintainer [[PERSON:Jesús Guadalupe Esperanza]] about the cut fence near MP 214. [[PERSON:Esperanza]] has worked the subdivision 11 years."""),
("evasion", "stsi_zero_width_ssn", "anglo", """Employee vetting question: conductor [[PERSON:Brandt Hollister]] gave SSN [[US_SSN:5\u200b31-4\u200b8-2\u200b076]] on the form, does the railroad need to keep it?"""),
("evasion", "stsi_linebreak_password", None, """pipeline VPN pw was split over two lines in the operator's email:
[[PASSWORD:H9gZbWACW
KRB%7g75]]"""),
("hard_negative", "stsi_security_directive", None, """Security Directive Pipeline-2021-02F requires a Cybersecurity Implementation Plan; SD 1580/82-2022-01 covers rail. Operators report incidents to CISA within 24 hours via the public reporting line."""),
("hard_negative", "stsi_rail_numbers", None, """Car marks: GATX 204118, UTLX 661093, TILX 290044. Train symbol M-HOUNLO-27. Milepost 214.3. FRA incident no. HQ-2026-0441. Waybill 7781-22."""),
("hard_negative", "stsi_secret_shopper", None, """The transit agency ran a "secret shopper" exercise where staff left fake bags to test reporting; 83% were reported within 5 minutes. See Something, Say Something® campaign posters were in every car."""),
("hard_negative", "stsi_public_figures", None, """Pullman porters, Casey Jones, and the Golden Spike at Promontory Summit — history slides for the rail security course. Skip the 1971 Amtrak founding story."""),
("hard_negative", "stsi_ssi_supplemental", None, """Off-topic: my neighbour gets SSI (Supplemental Security Income) and asked if the bus pass discount applies. Told her to call the transit agency's reduced-fare office."""),
("hard_negative", "stsi_pipeline_coords", None, """Valve site V-12: 29.7604, -95.3698; V-13: 29.7712, -95.3401. Pipe OD 24 in, MAOP 1,440 psig. API 5L X65. Inline inspection run ILI-2025-07."""),
("hard_negative", "stsi_training_markings", None, """STSI course module 4: SSI records carry the SSI header and footer and the 49 CFR 1520 distribution limitation. Learners practise spotting the marking on sample pages (all samples are fictional)."""),
("hard_negative", "stsi_bus_schedule", None, """Route 42 departs 0615, 0645, 0715 from Bay 7; Greyhound terminal main line on the website. Fleet numbers 6011–6024 are MCI J4500s; VINs in the maintenance system."""),
("hard_negative", "stsi_helm_placeholders", None, """values.yaml for the inspection app:
db:
  host: postgres
  password: {{ .Values.secrets.dbPassword }}
oauth:
  clientSecret: REPLACE_ME"""),
("positive", "stsi_ops_azure_conn", None, """Operator's incident-reporting app config we found during inspection:
"ConnectionStrings": { "Incidents": "[[CONNECTION_STRING:Server=tcp:rail-ops.database.windows.net,1433;Initial Catalog=incidents;User ID=railops;Password=Tq4!mZx9Lw2#;Encrypt=True;]]" }
Write the finding."""),
("positive", "stsi_classified_threat", None, """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Threat stream referencing passenger rail in the Northeast Corridor, reporting date 11/02.
Rewrite this for the unclassified inspector bulletin."""),
("hard_negative", "stsi_tsa_public", None, """TSA Surface Operations publishes security directives and the Baseline Assessment for Security Enhancement (BASE) program details on tsa.gov; transit agencies can request a BASE review through their regional office."""),
]
