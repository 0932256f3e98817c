# Coast Guard marine safety: port-state control exams of foreign-flag ships
RECORDS = [
("positive", "psc_exam_report", "filipino", """PSC EXAM – M/V ORIENT HALCYON (IMO 9481127), Berth 14, Port of Long Beach
Exam type: Priority II expanded
Master: Capt. [[PERSON:Rodelio B. Manalastas]]
Chief Engineer: [[PERSON:Jericho Dimaculangan]]
Master's cell while alongside: [[PHONE_NUMBER:+63 917 555 0142]]
Agent: Pacific Bight Shipping Agency, attn. [[PERSON:Marisol Quintos-Ybañez]] <[[EMAIL_ADDRESS:mquintos@pacbight-agency.example]]>
Deficiencies: 07109 fire dampers inoperative (code 17); 10111 ECDIS chart updates missing (code 30 – detainable)."""),
("positive", "detention_notice_email", "ukrainian", """Subject: detention – MV Kalyna Star
Team, we issued the detention order at 1640. The master, Capt. [[PERSON:Oleksandr Hnatyshyn]], refused to sign until the DPA called. DPA is [[PERSON:Iryna Sokolenko]], [[PHONE_NUMBER:+380 44 555 0187]], [[EMAIL_ADDRESS:i.sokolenko@kalyna-mgmt.example]]. [[PERSON:Oleksandr]] asked if he could leave the ship to see a dentist; told him to go through the agent."""),
("positive", "crew_cert_table", "indian+burmese", """| Rank | Name | CoC no. | DOB |
|---|---|---|---|
| C/O | [[PERSON:Venkatesh Thirunavukkarasu]] | IND-CoC 08-4471 | [[DATE_OF_BIRTH:14 Mar 1979]] |
| 2/O | [[PERSON:Aung Kyaw Moe]] | MMR 2231/19 | [[DATE_OF_BIRTH:02 Nov 1990]] |
| 3/E | [[PERSON:Thet Naing Oo]] | MMR 1187/21 | [[DATE_OF_BIRTH:27 Jul 1994]] |
Note: 3/E's endorsement expired; flag state waiver requested."""),
("positive", "psc_lower_case_chat", "greek", """User: clean this up for the narrative: master is nikolaos vrettakos, he said the c/o eleni markopoulou handles the garbage record book. nikolaos got defensive about the OWS.
Assistant: Sure — here's a cleaner version.""".replace("nikolaos vrettakos", "[[PERSON:nikolaos vrettakos]]").replace("eleni markopoulou", "[[PERSON:eleni markopoulou]]").replace("nikolaos got", "[[PERSON:nikolaos]] got")),
("positive", "psc_surname_given", "croatian", """EXAMINER NOTES 0812
MASTER: BARIŠIĆ, Tomislav — cooperative
C/E: KNEŽEVIĆ, Dražen — could not demonstrate emergency fire pump start
Next of kin form found in C/E cabin listing wife Ivana at Ulica Kralja Zvonimira 18, 21000 Split, Croatia.""".replace("BARIŠIĆ, Tomislav", "[[PERSON:BARIŠIĆ, Tomislav]]").replace("KNEŽEVIĆ, Dražen", "[[PERSON:KNEŽEVIĆ, Dražen]]").replace("wife Ivana", "wife [[PERSON:Ivana]]").replace("Ulica Kralja Zvonimira 18, 21000 Split, Croatia", "[[STREET_ADDRESS:Ulica Kralja Zvonimira 18, 21000 Split, Croatia]]")),
("positive", "psc_les_banner", None, """[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]
Sector Houston-Galveston targeting matrix, week 41: vessels with prior detentions under the same operator, arrival windows, boarding team assignments. Do not forward outside PSC branch.
[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]"""),
("positive", "psc_cui_portion", None, """Can you shorten this paragraph for the port brief?
[[CUI_MARKING:(CUI//SP-LEI)]] The operator's fleet has three unresolved ISM non-conformities and a pending referral; we recommend boarding at the sea buoy rather than at berth."""),
("positive", "psc_classified_excerpt", None, """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Vessel reported AIS gap of 19 h off Fujairah consistent with STS transfer.
[[CLASSIFICATION_MARKING:Classified By: CAPT J. Ellery, CG-2]]
[[CLASSIFICATION_MARKING:Derived From: CG SCG 14-03]]
[[CLASSIFICATION_MARKING:Declassify On: 20510101]]
turn this into bullet points for the exam team"""),
("positive", "psc_mise_password", None, """MISLE laptop on the boarding kit keeps logging out. Local admin is psc_kit02 / [[PASSWORD:Rt#VyZjs2y@g]] if anyone needs to reset it before the 0600 exam."""),
("positive", "psc_api_yaml", None, """# vessel-arrivals sync (PSC targeting)
source:
  url: https://ais-feed.example.net/v2
  api_key: "[[PASSWORD:UgePcjhunsKL7Qx2mN]]"
sink:
  dsn: [[CONNECTION_STRING:postgresql://psc_rw:aKGK&W5sRYslx2ow@10.40.2.17:5432/targeting]]"""),
("positive", "psc_crew_csv_semicolon", "chinese", """rank;surname;given;passport;dob
Master;[[PERSON:MIAO]];[[PERSON:Yichen]];[[US_PASSPORT:EJ5528147]];[[DATE_OF_BIRTH:1975-09-03]]
Bosun;[[PERSON:GENG]];[[PERSON:Wenjie]];[[US_PASSPORT:EH1049826]];[[DATE_OF_BIRTH:1983-12-19]]
OS;[[PERSON:TAN]];[[PERSON:Guoqiang]];[[US_PASSPORT:EK7713052]];[[DATE_OF_BIRTH:1999-04-30]]"""),
("positive", "psc_indonesian_letter", "indonesian", """Yth. Petugas Pemeriksa,
Saya, [[PERSON:Bambang Setiawan Nugroho]], Nakhoda kapal, lahir [[DATE_OF_BIRTH:17 Agustus 1971]], menyatakan bahwa semua sertifikat awak telah diperbarui. Hubungi saya di [[PHONE_NUMBER:+62 812-5550-1763]].
Hormat saya, [[PERSON:Bambang]]"""),
("positive", "psc_pilot_contact", "anglo", """Pilot boarding: Capt. [[PERSON:Blessing Holloway]] (Columbia River Bar Pilots) will ride up with the team. Reach [[PERSON:Blessing]] on [[PHONE_NUMBER:(503) 555-0119]]. Her home base address for the travel voucher: [[STREET_ADDRESS:41 Skipanon Dr, Warrenton, OR 97146]]."""),
("evasion", "psc_spaced_phone", "filipino", """Agent says call the 2nd engineer's wife if there's an injury: [[PERSON:Lorna Pacquing]] at [[PHONE_NUMBER:+ 6 3  9 1 8  5 5 5  0 1 3 6]] (spaced so the ship's email filter doesn't eat it)."""),
("evasion", "psc_htmlentity_marking", None, """<p>[[CUI_MARKING:&#67;&#85;&#73;//SP-LEI]]</p>
<p>PSC targeting list attached for Q3 — see operator risk column.</p>"""),
("hard_negative", "psc_imo_numbers", None, """Arrivals next 72 h: IMO 9481127, IMO 9702215, IMO 9310448. MMSI 636019274 (Liberia). Call sign D5QR7. ISM DOC no. 0417-2231-BV. Tokyo MOU detention ref 2024/118."""),
("hard_negative", "psc_code_citation", None, """For the narrative cite 46 CFR 15.401 and SOLAS Ch. II-2 Reg. 10. Deficiency code 10111 is detainable under the Paris MOU ground list; 07109 is not. Form CG-5437A rev. 06/2019."""),
("hard_negative", "psc_eponym_ships", None, """Fun fact for the training deck: the cutter Alex Haley and the cutter Bertholf are both named after Coast Guard figures, and the Hamilton class honours Alexander Hamilton. None of them does PSC, obviously."""),
("hard_negative", "psc_confidential_prose", None, """The master asked if our exam findings are confidential. I explained that detention lists are published monthly and that the ship's trade secrets (cargo manifests) are not part of the exam."""),
("hard_negative", "psc_public_contacts", None, """For flag-state questions use the Coast Guard Foreign & Offshore Vessel Compliance division, 2703 Martin Luther King Jr Ave SE, Washington, DC 20593, or the NVIC on PSC. Sector Long Beach command center: published number on the sector website."""),
("hard_negative", "psc_marking_training", None, """Reminder from the PSC branch training: a document marked CUI//SP-LEI must not be emailed to agents or masters. Examples of banners you may see: CUI, CUI//SP-PRVCY. Ask your supervisor if unsure."""),
("hard_negative", "psc_placeholder_config", None, """ais:
  api_key: ${AIS_API_KEY}
db:
  password: "{{ vault_psc_db_password }}"
  user: psc_ro
# replace <your-token> before running"""),
("hard_negative", "psc_fiction", None, """Watching Captain Phillips again for the maritime security refresher — the hijacking scenes are dramatized but the citadel procedure is real. Also Master and Commander, for morale."""),
("hard_negative", "psc_hash_log", None, """2026-10-12T06:14:55Z ecdis-check vessel=9702215 chart_cell=US5CA52M edition=18 update=7 sha256=9f2c1e8b7d3a45e0c6b1a98d7e2f4c3b5a6d0e1f2a3b4c5d6e7f8091a2b3c4d5 status=OUTDATED"""),
("evasion", "psc_homoglyph_email", "filipino", """Agent's second inbox (the ship typed it with Cyrillic letters): [[EMAIL_ADDRESS:rоdеliо.mаnаlаstаs@оriеnthаlсyоn-crew.example]] for Capt. [[PERSON:Rodelio Manalastas]]"""),
]
