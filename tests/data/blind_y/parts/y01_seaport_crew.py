# Voice: CBP Office of Field Operations, seaport cargo and crew-list (I-418) work
RECORDS = [
("positive", "i418_crew_csv", "filipino",
"""Can you sort this I-418 crew list by rank and flag anyone whose visa expires before the vessel sails?

no;surname;given;rank;nationality;dob;passport
1;[[PERSON:DIMAANO]];[[PERSON:Rodelio Bayani]];MASTER;PHL;[[DATE_OF_BIRTH:14-MAR-1971]];[[US_PASSPORT:P4417286B]]
2;[[PERSON:LACSAMANA]];[[PERSON:Jericho]];C/O;PHL;[[DATE_OF_BIRTH:02-NOV-1983]];[[US_PASSPORT:P3098815C]]
3;[[PERSON:MANALASTAS]];[[PERSON:Faith Dolores]];2/O;PHL;[[DATE_OF_BIRTH:29-JUL-1990]];[[US_PASSPORT:P6620471A]]
4;[[PERSON:TOLENTINO-ARCEO]];[[PERSON:Will Ezekiel]];OS;PHL;[[DATE_OF_BIRTH:08-JAN-1998]];[[US_PASSPORT:P1187350D]]"""),
("positive", "detain_on_board_note", "ukrainian",
"""Rewrite this for the shift log, plain English please: crewman [[PERSON:Bohdan Kovalchuk-Yarema]] (ordinary seaman, MV Sable Tern, DOB [[DATE_OF_BIRTH:3 September 1986]]) ordered detained on board, D-1 refused, no C1/D visa in passport [[US_PASSPORT:FX 418227]]. Agent says [[PERSON:Bohdan]] asked to call his wife at [[PHONE_NUMBER:+380 44 555 0173]]. Let him call from the agent's phone under escort."""),
("positive", "agent_email", "croatian",
"""Draft a reply to the ship's agent. Their email:

From: [[PERSON:Zvonimir Bašić]] <[[EMAIL_ADDRESS:z.basic@adriaship-agency.example.com]]>
Subject: MV Korčula Star – shore leave request
We request D-1 shore leave for the chief cook [[PERSON:Ante Grubišić-Lovrić]] and the motorman [[PERSON:Ivica Zrno]] for a medical visit at the clinic at [[STREET_ADDRESS:1190 Harbor Ridge Blvd, Suite 2, Port Arthur, TX 77640]]. Please call me at [[PHONE_NUMBER:(409) 555-0148]].
Best regards, [[PERSON:Zvonimir]]"""),
("positive", "paroled_crew_chat", "burmese",
"""User: I need to write up a crew parole. The guy is [[PERSON:Aung Ko Latt]], born [[DATE_OF_BIRTH:11 June 1979]], Myanmar seaman's book, passport [[US_PASSPORT:MC782441]].
Assistant: Sure. What is the reason for the parole and the facility?
User: Hospital transfer, appendicitis. His emergency contact is his brother Ko [[PERSON:Thiha Latt]] in Yangon, [[PHONE_NUMBER:+95 9 555 01 882]]. Write it as a short memo."""),
("positive", "crew_deserter_lookout", "indonesian",
"""lookout request - crew deserter
name: [[PERSON:setiawan, agus budi]]
dob: [[DATE_OF_BIRTH:19/08/1992]]
passport IDN [[US_PASSPORT:C 7718204]]
last seen leaving berth 14 with a woman called [[PERSON:rosalie]] (surname unknown), possibly headed to [[STREET_ADDRESS:48 Whitlock Ave Apt 6B, Bayonne, NJ 07002]]
a-file requested, A# [[A_NUMBER:A-219-554-807]]"""),
("positive", "manifest_discrepancy", "ghanaian",
"""Help me word a penalty notice. Crew list lists messman [[PERSON:Kwabena Owusu-Darko Mensah]] but the man on board presented a Ghana passport [[US_PASSPORT:G2281475]] in the name [[PERSON:Kofi Asamoah Mensah]], DOB [[DATE_OF_BIRTH:1 October 1988]]. Master [[PERSON:Yaw Boateng-Adjei]] says it's a typo."""),
("positive", "ssi_cargo_exam", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Terminal 3 radiation portal monitor bypass lanes — container exam ratios for Q1.
Lane RPM-7 offline 0200-0600 daily; overflow containers routed to the mobile unit.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Summarize for the port director."""),
("positive", "les_targeting", None,
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Targeting rule hits on shipper 'Ocean Pearl Trading' — 11 of 14 bills of lading since August show reefer containers declared as frozen shrimp with weights 18% under expected. Please turn this into three bullets for the morning brief."""),
("positive", "cui_banner_port", None,
"""[[CUI_MARKING:CUI//SP-LEI]]
Port of Savannah — berth 8 — vessel of interest arrives 0400 Tuesday. Boarding team of six, K-9 requested.
[[CUI_MARKING:(CUI//SP-LEI)]] Informant reports possible stowaways in hold 4.
Can you make this into a checklist?"""),
("positive", "secret_portion", None,
"""Please tighten the language:
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Partner reporting indicates the vessel's previous port call was used for transshipment of dual-use electronics.
[[CLASSIFICATION_MARKING:(U)]] Vessel is scheduled to berth at the container terminal on the 14th.
[[CLASSIFICATION_MARKING:Classified By: 4821937]]
[[CLASSIFICATION_MARKING:Derived From: Multiple Sources]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),
("positive", "ace_api_netrc", None,
"""why does my script to pull the manifest from the test endpoint fail with 401? my ~/.netrc is

machine manifest-test.portops.example
login ofo_svc_sav
password [[PASSWORD:Rmw0XYhBmiq09w]]"""),
("positive", "vessel_agent_portal", None,
"""The shipping agent sent this to log into their crew portal and download the crew list, is this safe to use? 'Username: cbp.savannah  Contraseña: [[PASSWORD:Jh#vFDSezBxziN]]'"""),
("evasion", "passport_spaced_chat", "tamil",
"""User: crew member is [[PERSON:Senthilvel Arumuganathan]], 3rd engineer
User: his passport number is [[US_PASSPORT:T 4 8 1 9 2 7 6]] (spacing is how the agent typed it)
User: and DOB [[DATE_OF_BIRTH:twelfth of May nineteen eighty-five]]"""),
("evasion", "marking_html_entities", None,
"""Can you clean up the HTML from this email export? <p>[[CUI_MARKING:CUI&#47;&#47;SP&#45;LEI]]</p><p>Cargo hold search results for MV Baltic Fern: two undeclared compartments found behind the fuel tank.</p>"""),
("hard_negative", "bill_of_lading", None,
"""Reconcile these: B/L MEDU8124470 (42 pkgs, HS 0306.17), B/L MEDU8124471 (16 pkgs), seal no. 004418227, container MSKU 731442-9, booking 221904448. Vessel voyage 448E. Which bills are short-shipped?"""),
("hard_negative", "public_port_contact", None,
"""For the brochure: Vessel agents with questions about crew-list filing may call the Port of Houston CBP office at 281-985-6700 or write to the port director, 2350 N. Sam Houston Pkwy E, Houston, TX 77032. Office hours 8am–4:30pm."""),
("hard_negative", "eponym_vessel", None,
"""Container ship names in today's line-up: MSC Grace, Ever Faith, Maersk Hope, Cosco Rose, Hyundai Grant and the car carrier Morning Will. Put them in a table with ETA column left blank."""),
("hard_negative", "training_marking", None,
"""Training slide (draft): 'A CUI banner such as CUI//SP-LEI must appear at the top and bottom of each page. Portion markings are optional for CUI.' Is this accurate for seaport targeting products? Just answer yes/no with a reason."""),
("hard_negative", "hts_numbers", None,
"""Is 8471.30.0100 or 8471.41.0150 the right HTS for rugged tablets? The invoice (INV-2026-004418) lists model TX-9 v2.4.1, and the importer's ZIP is 31408-1207."""),
("hard_negative", "secret_prose", None,
"""The crew said the galley's 'secret ingredient' is fish sauce and joked the recipe is classified. Write a light sentence for the port newsletter about the visit to the crew mess."""),
("hard_negative", "fake_ssn_ranges", None,
"""QA on the test manifest loader: the fixture uses SSN-shaped values 000-12-3456, 666-40-1190 and 912-48-7730 on purpose so that no real number is ever used. Will the validator reject all three?"""),
("hard_negative", "placeholder_config", None,
"""manifest_client.yaml
endpoint: https://manifest-test.portops.example/api
username: ${MANIFEST_USER}
password: ${MANIFEST_PASSWORD}
timeout: 30
# fill the secrets from vault, never commit them"""),
("hard_negative", "historical_figure", None,
"""Write two sentences for a port history display about Captain Paul Cuffe, who sailed into Savannah and other ports in the early 1800s, and about Robert Smalls, who took the Planter out of Charleston harbor in 1862."""),
("hard_negative", "nsn_parts", None,
"""Order replacements for the portal monitor: NSN 6665-01-448-2271 (detector assembly) and NSN 5995-01-612-0093 (cable). Contract HSBP1026C00417, delivery order 0004."""),
("hard_negative", "crew_stats", None,
"""Summarize: This month 3,114 crew members were inspected at the port, 41 were detained on board, 6 were paroled for medical reasons, and 2 desertions were reported. The busiest day was the 17th with 288 crew."""),
]
