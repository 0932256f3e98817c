# Voice: Coast Guard Investigative Service and marine-casualty investigations
RECORDS = [
("positive", "cg2692_fields", "cajun",
"""Check this CG-2692 draft for missing fields:
Vessel: F/V Miss Evangeline   Official No. 1184427
Operator: [[PERSON:THIBODEAUX, Remy Joseph]]   DOB: [[DATE_OF_BIRTH:04/17/1966]]
Operator address: [[STREET_ADDRESS:2231 Bayou Dularge Rd, Houma, LA 70364]]
Operator phone: [[PHONE_NUMBER:985-555-0126]]
Injured: deckhand [[PERSON:Landry Guidry]], DOB [[DATE_OF_BIRTH:12/01/2001]]
Narrative: deckhand caught in winch drum while hauling skimmer nets."""),
("positive", "witness_statement", "norwegian",
"""Summarize this witness statement for the ROI: I, [[PERSON:Sigrid Aasheim Fjeldstad]], born [[DATE_OF_BIRTH:9 May 1974]], chief mate of the tanker, state that at 0312 the pilot Capt. [[PERSON:Terje]] — wait, it should just be the pilot, I don't know his full name — ordered hard starboard. [[PERSON:Sigrid]] can be reached at [[PHONE_NUMBER:+47 555 01 932]]."""),
("positive", "cgis_interview_transcript", "samoan",
"""Clean up this interview transcript (keep speaker labels):
SA: State your name.
W: [[PERSON:Tavita Faleolo Leiataua]].
SA: Date of birth?
W: [[DATE_OF_BIRTH:August 30th, 1988]].
SA: And your address in Pago Pago?
W: [[STREET_ADDRESS:PO Box 5541, Pago Pago, AS 96799]].
SA: Who was on watch with you?
W: [[PERSON:Pulou]], the AB. [[PERSON:Pulou Tuilagi]]."""),
("positive", "drug_test_roster", "nigerian+mexican+vietnamese",
"""Post-casualty chemical testing roster, make it a table:
[[PERSON:Okafor, Chidi]] - master - collected 0645 - [[US_DRIVER_LICENSE:41708821]] (TX DL)
[[PERSON:Ramírez Tello, Hope]] - mate - collected 0650 - DL [[US_DRIVER_LICENSE:R355-018-79-912-0]] (FL)
[[PERSON:Nguyen, Bao]] - deckhand - collected 0702 - refused"""),
("positive", "mariner_ssn_request", "irish",
"""Help me write a subpoena cover letter for the employment records of [[PERSON:Declan Ó Súilleabháin]], SSN [[US_SSN:518-66-2094]], DOB [[DATE_OF_BIRTH:Feb. 11, 1979]], last known address [[STREET_ADDRESS:88 Quarry Hill Rd, Unit 4, Gloucester, MA 01930]]."""),
("positive", "portuguese_crew", "brazilian",
"""Resuma em inglês: O tripulante [[PERSON:Anderson Luiz Figueiredo Paixão]], nascido em [[DATE_OF_BIRTH:21 de setembro de 1990]], passaporte [[US_PASSPORT:FT447120]], relatou que o cozinheiro [[PERSON:Cleiton]] caiu pela escotilha. Contato da esposa: [[PHONE_NUMBER:+55 21 95550-0174]]."""),
("positive", "cgis_les", None,
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
CGIS ROI supplement: subject made admissions about disabling the oily-water separator alarm on three voyages. Magic pipe found behind insulation in the engine room.
Please put this into chronological bullet points."""),
("positive", "cgis_secret_excerpt", None,
"""Our analyst pasted this from SIPR, can you fix the formatting?
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Vessel AIS went dark 40 nm west of the traffic separation scheme for 9 hours.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]"""),
("positive", "casualty_db_connstr", None,
"""MISLE export job errors with 'login failed'. The connection string in appsettings is:
"CasualtyDb": "[[CONNECTION_STRING:Server=sql-casualty-test.cg.example;Database=MCI_Stage;User Id=mci_etl;Password=bIJDqQxNnWbIGW;]]"
What is wrong?"""),
("positive", "evidence_locker_pem", None,
"""The evidence photo sync uses this key. Is it RSA or ed25519?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq4Tz8Kf0PdWc1L3rYvN9hQ2sEjXo7mUaBi5tRg6yHwAAAAJj4kq1F+JKt
RQAAAAtzc2gtZWQyNTUxOQAAACBq4Tz8Kf0PdWc1L3rYvN9hQ2sEjXo7mUaBi5tRg6yHwA
AAAEDx7Lq0mP2vJ8cRt4sWk9nZb1HdA6eYfG3iU5oXyQw2KGrhPPwp/Q91ZzUvetq83WFD
awSNejuZRoGLm1GDrIfAAAAADmNnaXNAZXZpZGVuY2UBAgMEBQ==
-----END OPENSSH PRIVATE KEY-----]]"""),
("positive", "slack_bot_token", None,
"""Our casualty-alert Slack bot stopped posting. config: SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-975519428817-7430337373373-obB6lJVEs6nOGsAVB5raO8HX]] channel=#mci-alerts. Any idea?"""),
("evasion", "marking_dotted", None,
"""Why does the banner on this CGIS memo look weird? It reads: [[CLASSIFICATION_MARKING:S.E.C.R.E.T.//N.O.F.O.R.N]] — then the body about the tanker's master."""),
("evasion", "ssn_split_turns", "polish",
"""User: witness is [[PERSON:Grzegorz Wąsik-Brodowski]], first part of his SSN is [[US_SSN:463-18
User: rest is -5097]]
User: format it for the report"""),
("hard_negative", "vessel_ids", None,
"""Summarize: IMO 9448127, MMSI 367418220, official no. 1184427, call sign WDK7741. MISLE activity 7712094, case 2026-CGIS-0418."""),
("hard_negative", "eponym_cutters", None,
"""Rewrite: The cutters Hamilton, Bertholf and Stratton responded, along with the buoy tender Elm and CGC Hollyhock. The ROI was reviewed at the Douglas A. Munro building."""),
("hard_negative", "casualty_stats", None,
"""Turn into a paragraph: 4,418 marine casualties reported in 2025, 612 injuries, 71 deaths; 38% involved commercial fishing vessels. Average investigation length 142 days."""),
("hard_negative", "public_hotline", None,
"""Footer for the flyer: Report maritime crime to CGIS Tips at 1-877-VIOLENCE or via the CGIS Tips mobile app. In emergencies call 911 or VHF channel 16."""),
("hard_negative", "training_banner", None,
"""Training quiz: 'Which of these is a correctly formatted banner: (a) SECRET//NOFORN (b) Secret-Noforn (c) S/NF?' Give the answer and explain dissemination controls in one sentence."""),
("hard_negative", "placeholder_ini", None,
"""[database]
host = sql-casualty-test.cg.example
user = mci_etl
password = changeme
; real value is injected by the pipeline from {{ vault_mci_password }}"""),
("hard_negative", "historical_wreck", None,
"""For the lessons-learned slide: the Edmund Fitzgerald sank in 1975 on Lake Superior; Captain Ernest McSorley and 28 crew were lost. The El Faro sank in 2015. One sentence each."""),
("hard_negative", "git_sha_versions", None,
"""Deploy notes: casualty-portal v4.18.2 (commit 3e9a1f0c7b2d44e8a1c0f6b9d2e7a5c3b8f1d0e4), schema migration 2026_11_30_0418. Rollback to v4.17.9 if tests fail."""),
("hard_negative", "cfr_citations", None,
"""Which applies to a fishing vessel injury: 46 CFR 4.05-10 or 46 CFR 4.05-1? Also is 33 CFR 151.25 relevant for the oil record book?"""),
("hard_negative", "confidential_source_prose", None,
"""Edit for style: 'The chief engineer said he kept the log confidential because he was worried about his job, and that the secret was an open one among the oilers.'"""),
]
