# Voice: TSA Transportation Security Specialists - Explosives (TSS-E): alarm resolution callouts, training rosters, range days.
RECORDS = [
("positive", "training_roster_fixed", "yoruba+norwegian+haitian+navajo",
"""TSS-E REFRESHER ROSTER   CLASS 27-04   RANGE: FT. A.P. HILL
NAME                      EMPLOYEE EMAIL                      CELL
[[PERSON:ODUYA, TEMITOPE]]           [[EMAIL_ADDRESS:temitope.oduya@tsa-field.example]]     [[PHONE_NUMBER:804-555-0111]]
[[PERSON:HALVORSEN, KRISTIAN]]       [[EMAIL_ADDRESS:k.halvorsen@tsa-field.example]]        [[PHONE_NUMBER:804-555-0132]]
[[PERSON:BAPTISTE, ROSE]]            [[EMAIL_ADDRESS:rose.baptiste@tsa-field.example]]      [[PHONE_NUMBER:804-555-0157]]
[[PERSON:BEGAYE, DARNELL]]           [[EMAIL_ADDRESS:d.begaye@tsa-field.example]]           [[PHONE_NUMBER:804-555-0179]]"""),
("positive", "callout_log", "anglo",
"""02:14 Checkpoint B alarm, unresolved IED-like anomaly in carry-on. TSS-E on call [[PERSON:dusty mcallister]] paged at [[PHONE_NUMBER:(614) 555-0102]]. 02:31 [[PERSON:dusty]] on scene. 02:58 cleared - item was a car battery charger with wiring. Passenger [[PERSON:Dolores Finch]] rebooked."""),
("positive", "ssi_slide", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Module 6: Threat image recognition - homemade initiators
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""),
("positive", "travel_auth_dl", "navajo",
"""Travel auth for range week: traveler [[PERSON:Darnell Begaye]], AZ driver license [[US_DRIVER_LICENSE:D08814427]], rental car under his name, DOB [[DATE_OF_BIRTH:Oct 22 1985]]. Home: [[STREET_ADDRESS:HC 61 Box 2047, Window Rock, AZ 86515]]."""),
("positive", "cert_card_chat", "norwegian",
"""User: my range cert didn't upload, here's what the portal shows:
Name: [[PERSON:Kristian Halvorsen]]
EDIPI: [[DOD_EDIPI:1538827409]]
Fødselsdato: [[DATE_OF_BIRTH:3. juni 1979]]
Assistant: The EDIPI looks fine; contact your training coordinator."""),
("positive", "secret_threat_brief", None,
"""[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] New concealment method observed in overseas last-point-of-departure airports.
[[CLASSIFICATION_MARKING:(U)]] TSS-E should review updated training images.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]"""),
("positive", "explosives_trace_db", None,
"""Trace detector sync job keeps failing with a login timeout. appsettings.json has:
"ConnectionStrings": { "ETD": "[[CONNECTION_STRING:Server=etd-sync.tsa.example;Database=ETDCAL;User Id=etd_svc;Password=gJYhXa1jK!Z&IL;Encrypt=True]]" }
what am I missing?"""),
("positive", "github_token_script", None,
"""# pulls the image library for the threat-recognition trainer
TOKEN = "[[GITHUB_TOKEN:ghp_kKkTi5ysBgKypxhxcrqc8sC42c02EBr3PQuO]]"
git clone https://$TOKEN@github.example/tsse/image-lib"""),
("positive", "carpool_emergency", "hmong",
"""Range carpool: driver [[PERSON:Tou Chue Vang]] ([[PHONE_NUMBER:651-555-0116]]). Emergency contact for [[PERSON:Tou]]: wife [[PERSON:Mai Nou Xiong]], [[PHONE_NUMBER:651-555-0167]]."""),
("positive", "ssn_in_waiver", "anglo",
"""Range waiver - please check I filled this in right: [[PERSON:Hope Carrington]], SSN [[US_SSN:092-14-6848]], blood type O+, emergency contact [[PERSON:Faith Carrington]] [[PHONE_NUMBER:202-555-0181]]."""),
("positive", "k9_handler_pt", "portuguese",
"""Joint drill with K9 team: handler [[PERSON:João Pedro Cavaco]], phone [[PHONE_NUMBER:+351 21 555 0129]] (exchange officer, PSP Lisboa), data de nascimento [[DATE_OF_BIRTH:27/09/1984]]."""),
("positive", "fouo_schedule", None,
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]] - TSS-E coverage gaps, Q1: Terminals C and E uncovered 0200-0500 Tue/Wed."""),
("evasion", "cyrillic_name_email", "irish",
"""roster correction: [[PERSON:Ѕiobhаn Ο'Dоnоghuе]] e-mail [[EMAIL_ADDRESS:siobhan.odonoghue＠tsa-field.example]]"""),
("evasion", "spaced_marking", None,
"""Slide footer reads "[[CUI_MARKING:S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N]]" - can you make it smaller font?"""),
("evasion", "linebreak_ssn", "korean",
"""Form field wrapped: SSN for [[PERSON:Choi Yoon-seok]] is [[US_SSN:683-91-
3017]]"""),
("hard_negative", "explosive_names", None,
"""Study list: TATP, HMTD, PETN, RDX, ANFO, black powder, C-4. Know the trace signatures and the common precursors (hydrogen peroxide, acetone, nitrates)."""),
("hard_negative", "nsn_parts", None,
"""Order for range kit: NSN 1385-01-574-4707 (disruptor), NSN 6665-01-456-6310 (detector). PO 70T04026P7412N001. Contract HSTS04-26-D-00113."""),
("hard_negative", "nobel_reference", None,
"""History slide: Alfred Nobel patented dynamite in 1867; Ascanio Sobrero first made nitroglycerin. The Nobel Prize was funded by that fortune."""),
("hard_negative", "training_marking_example", None,
"""Reminder from the training office: SSI documents carry the header "SENSITIVE SECURITY INFORMATION" and the 49 CFR 1520 footer. In this course we show them as examples; the course handbook itself is unmarked and public."""),
("hard_negative", "public_tsa_contact", None,
"""Passengers with questions about screening can contact TSA Contact Center or message AskTSA on social media. Checkpoint supervisors should give out those public channels."""),
("hard_negative", "secret_santa", None,
"""TSS-E holiday Secret Santa: $25 limit, draw names Friday. Keep it secret! Classified ads for used range gear go on the breakroom board."""),
("hard_negative", "placeholder_connstr", None,
"""appsettings.Development.json:
"ConnectionStrings": { "ETD": "Server=localhost;Database=ETDCAL;User Id=<user>;Password=<password>;" }"""),
("hard_negative", "range_scores", None,
"""Range scores: lane 1 - 48/50, lane 2 - 46/50, lane 3 - 50/50. Course 3A-0092 completed 2026-11-14. Next due 2027-11-14."""),
("hard_negative", "acronym_list", None,
"""Acronyms: IED improvised explosive device; EOD explosive ordnance disposal; AIT advanced imaging technology; ETD explosives trace detection; CUI controlled unclassified information (see the annual training)."""),
]

RECORDS += [
("positive", "french_label_wifi", None,
"""Exercice conjoint avec la Gendarmerie des transports aériens - accès au réseau du labo :
SSID : LABO-EXPLO
mot de passe : [[PASSWORD:Detonat3ur#Paris7]]"""),
("positive", "ca_dl_roster", "armenian",
"""Rental car drivers for the LAX range trip:
1. [[PERSON:Hovhannes Sarkissian]] - CA DL [[US_DRIVER_LICENSE:B7714402]]
2. [[PERSON:Anahit Boghossian]] - CA DL [[US_DRIVER_LICENSE:F2283917]]"""),
]
