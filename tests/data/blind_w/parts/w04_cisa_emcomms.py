# Voice: CISA Emergency Communications -- GETS/WPS priority-telecom enrolments, SAFECOM, interoperability coordinators.
RECORDS = [
("positive", "wps_enrol_pipe", "navajo+anglo",
"""WPS enrolment batch -- Apache County ECC (please check the format before I upload)
last|first|title|wireless_no|carrier
[[PERSON:Manygoats]]|[[PERSON:Tahnee]]|911 Supervisor|[[PHONE_NUMBER:928-555-0121]]|Carrier A
[[PERSON:Bitsui]]|[[PERSON:Delbert]]|Radio Tech|[[PHONE_NUMBER:928-555-0188]]|Carrier B
[[PERSON:Hollenbeck]]|[[PERSON:Reese]]|Deputy Director|[[PHONE_NUMBER:928-555-0106]]|Carrier A"""),

("hard_negative", "gets_public_numbers", None,
"""Reminder card text for the ECC wall: To place a GETS call, dial the universal access number 1-710-627-4387, enter
your PIN when prompted, then the destination number. For WPS from an enrolled cell phone, dial *272 plus the
destination number. The 24/7 priority services help desk is listed on the CISA website. Do not write your PIN on
this card: PIN ************."""),

("positive", "safecom_minutes", "navajo+lakota",
"""SAFECOM Executive Board -- breakout minutes (draft)
Attendees: [[PERSON:Loretta Tsosie]] (tribal liaison), [[PERSON:Wanbli Iron Shell]] (state SWIC office), [[PERSON:Marcus Feld]] (county EMS)
Action: [[PERSON:Iron Shell]] to circulate the tribal interoperability survey by 12/15; [[PERSON:Tsosie]] to confirm the
Window Rock radio site access.""".replace("[[PERSON:Marcus Feld]]", "[[PERSON:Marcus Feldhacker]]")),

("positive", "console_yaml_password", None,
"""# p25-console/config.yaml -- console keeps dropping the talkgroup patch, is anything wrong here?
gateway:
  host: 10.44.7.12
  port: 8443
  username: ecc_patch_admin
  password: "[[PASSWORD:MOo*PMdY!df%4S]]"
patches:
  - name: VTAC-PATCH-1
    talkgroups: [4417, 4418]"""),

("hard_negative", "frequencies_talkgroups", None,
"""NIFOG quick reference: VTAC11 151.1375 MHz, VTAC12 154.4525, UTAC41 453.4625, 8CALL90 851.0125. Talkgroups
4417/4418 are the regional mutual-aid patch; NAC 293. Radio firmware R09.02.07, codeplug rev 2026-11-03. ZIP+4 for
the radio shop: 86505-0417."""),

("positive", "vcard_coordinator", "quebecois",
"""BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Thibodeau;Geneviève]]
FN:[[PERSON:Geneviève Thibodeau]]
ORG:Madawaska Regional Dispatch
TEL;TYPE=CELL:[[PHONE_NUMBER:+1 506 555 0134]]
EMAIL:[[EMAIL_ADDRESS:g.thibodeau@madawaska-dispatch.example]]
ADR;TYPE=WORK:;;[[STREET_ADDRESS:214 rue Principale;Edmundston;NB;E3V 1R4]];Canada
END:VCARD"""),

("evasion", "email_obfuscated", "anglo",
"""pls add the new SWIC to the GETS distribution: [[PERSON:Tamsin Hollerith]], [[EMAIL_ADDRESS:tamsin (dot) hollerith (at) swic-office (dot) example]] -- she asked me to write it like that"""),

("positive", "pr_911_poc", "puertorican",
"""Contacto para la actualización de WPS -- Centro 9-1-1 región de Humacao:
[[PERSON:Nilda Ivette Rosado Cintrón]], supervisora de turno
Dirección postal: [[STREET_ADDRESS:Urb. Palmas del Mar, 118 Calle Anchor, Humacao, PR 00791]]
Celular: [[PHONE_NUMBER:(787) 555-0183]]"""),

("positive", "pcii_submission", None,
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
[[CUI_MARKING:CUI//SP-PCII]]
Submission: Regional carrier core network resilience assessment. Single point of failure at the Gallup switching
site; backup generator fuel for 18 hours only.
[[CUI_MARKING:CUI//SP-PCII]]
Please rewrite this as an executive summary."""),

("hard_negative", "pcii_program_prose", None,
"""Outreach paragraph: The PCII Program encourages private-sector partners to share information about critical
infrastructure by protecting it from public disclosure under FOIA. Submissions must be validated before protection
applies. Ask your Protective Security Advisor about the program; submitting is voluntary."""),

("positive", "slack_bot_script", None,
"""# sitrep_bot.py -- posts the daily comms status to #ecc-ops
import slack_sdk
client = slack_sdk.WebClient(token="[[SLACK_TOKEN:xoxb-76217292545-6694105775605-CPNjC3tGDyNJLYYOo7uaDhg4]]")
client.chat_postMessage(channel="#ecc-ops", text=status_text)
# it fails with not_in_channel -- why?"""),

("positive", "navajo_rural_address", "navajo",
"""GETS card mailing for the chapter house emergency manager, [[PERSON:Harrison Nez Bedonie]]. No street delivery out there, use
[[STREET_ADDRESS:BIA Route 15, Mile 32, Cornfields, AZ 86505]]. His cell for the WPS side: [[PHONE_NUMBER:928-555-0165]]."""),

("hard_negative", "release_notes", None,
"""CAD release notes 8.4.2 (build 20261130.3): fixed ANI/ALI display for 10-digit wireless callbacks; added Text-to-911
queue metrics. Known issue #4417: the unit recommendation panel lags on Windows 11 23H2. Checksum
sha256:0b7f2e91c4a6d3385f1e7a2c9d0b4e6f8a1c3e5d7f9b2d4c6e8a0b1c3d5e7f9a."""),

("positive", "mexico_partner_wps", "mexican",
"""Cross-border coordination list (Paso del Norte):
- [[PERSON:Citlali Ramírez Ochoa]], Protección Civil Cd. Juárez, [[PHONE_NUMBER:+52 656 555 0147]], [[EMAIL_ADDRESS:cramirez.pc@juarez-pc.example]]
- [[PERSON:Héctor Uriel Zamarripa]], C5 Chihuahua, [[PHONE_NUMBER:+52 614 555 0172]]
Can you draft an invitation to the joint radio exercise in Spanish?"""),

("positive", "german_liaison", "german",
"""Liaison officer for the transatlantic interoperability workshop:
Name: [[PERSON:Dr. Annegret Wöhlke-Brandt]]
Geburtsdatum: [[DATE_OF_BIRTH:7. Juli 1975]]
Reisepass: [[US_PASSPORT:C4R7J2K9M]]
Mobil: [[PHONE_NUMBER:+49 151 55501428]]
Please book her visitor badge for 3-5 February.""".replace("[[PERSON:Dr. Annegret Wöhlke-Brandt]]", "Dr. [[PERSON:Annegret Wöhlke-Brandt]]")),

("evasion", "name_zero_width", "anglo",
"""Add to the TERT roster: [[PERSON:Ta\u200bmika Rho\u200bdes]], telecommunicator, Fairfax ECC, cell [[PHONE_NUMBER:703-555-0\u200b124]]"""),

("hard_negative", "vendor_confidential_footer", None,
"""Thanks for the demo yesterday -- pricing for the 24-position console refresh is in the attached quote Q-26-4417.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If
you received it in error, please delete it. (c) 2026 Radio Systems Integrators, Inc. All rights reserved."""),

("positive", "tert_roster_caps", "anglo+irish",
"""TERT DEPLOYMENT -- HURRICANE RESPONSE -- TEAM 3
[[PERSON:DOYLE, SIOBHAN]]      SUPV   [[PHONE_NUMBER:850-555-0117]]
[[PERSON:MCGUINNESS, FIONNUALA]] CT     [[PHONE_NUMBER:850-555-0159]]
[[PERSON:PRATHER, WILL]]       CT     [[PHONE_NUMBER:850-555-0192]]
REPORT 0600 AT THE EOC, BRING 14 DAYS OF MEDS."""),

("hard_negative", "exercise_storm_eponym", None,
"""Exercise CASCADE RELAY (notional): Hurricane Zelda makes landfall near Port St. Joe as a Category 3. Inject 14: the
primary PSAP loses backhaul; calls roll to the backup center. Inject 15: carriers report 40 % of sites on generator.
Players use notional phone numbers only (555-01XX)."""),

("positive", "gets_card_request_home", "lao",
"""Hi, I need a replacement GETS card, mine went through the wash. Please mail it to my home, [[STREET_ADDRESS:5512 Sisavang Ct, Elk Grove, CA 95758]]
-- my cell is [[PHONE_NUMBER:916-555-0140]]. Thanks, [[PERSON:Khamphanh Sisouphanthong]]"""),

("positive", "safecom_fouo_draft", "anglo",
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
[[CUI_MARKING:(U//FOUO)]] Statewide interoperability gaps: two counties still lack encryption key management; the state
microwave backbone has no path diversity between the capitol and the northern sites.
Contact: [[PERSON:Corinne Abernathy]], SWIC
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]"""),

("hard_negative", "safecom_public_guidance", None,
"""Summarize for new board members: the Interoperability Continuum has five lanes -- governance, standard operating
procedures, technology, training and exercises, and usage. The National Emergency Communications Plan (NECP) was
last updated in 2019. SAFECOM guidance on emergency communications grants is published every fiscal year."""),

("positive", "marshallese_partner", "marshallese",
"""Pacific partners call: [[PERSON:Jiba Kabua Laijo]] from the Majuro emergency operations center would like a WPS-like
arrangement for visiting U.S. teams. Her number is [[PHONE_NUMBER:+692 555 0142]]; she prefers WhatsApp."""),

("hard_negative", "imei_list", None,
"""Device list for the WPS test (lab phones, no subscriber data): IMEI 355260181590838, IMEI 350166131860913,
IMEI 863909960308243. Test SIM ICCID ranges 8901 2600 .... Test plan TP-26-07 rev B."""),

("evasion", "markdown_in_marking", None,
"""Copied from the shared doc (formatting came along):
**CUI**//*SP-PCII*
Generator fuel and switching site details for the regional carrier -- please summarize.""".replace("**CUI**//*SP-PCII*", "[[CUI_MARKING:**CUI**//*SP-PCII*]]")),

("positive", "aws_temp_creds_chat", None,
"""User: the GETS enrolment export script stopped working after I pasted new creds from the console:
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIATZMRG0YWXEFVJEUR]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:TnWgskgeobXjojDwHPQ6fl0H24pw6qHU5qQBXXjn]]
Assistant: Temporary keys need the session token as well -- and please revoke these, they are now in this chat."""),
]
