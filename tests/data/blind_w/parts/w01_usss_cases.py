# Voice: U.S. Secret Service field office -- counterfeit-currency and business-e-mail-compromise case notes,
# protective-visit site surveys.
RECORDS = [
("positive", "counterfeit_passer_note", "anglo",
"""Case note 12/02 -- counterfeit $100 FRNs (parallel-serial, bleached $5 base) passed at Dollar Corner, Hwy 24.
Passer identified from store CCTV and vehicle tag as [[PERSON:Darnell Whitsett]], DOB [[DATE_OF_BIRTH:March 3rd, 1991]],
residence [[STREET_ADDRESS:RR 2 Box 318, Tylertown, MS 39667]], cell [[PHONE_NUMBER:(601) 555-0147]].
[[PERSON:Whitsett]] declined interview; notes seized (4) bear serial PB 44170925 C. Refer to AUSA for 18 USC 472."""),

("hard_negative", "counterfeit_training_public", None,
"""Quick guide for cashiers (from the public Know Your Money page): hold the note to light and look for the portrait
watermark and the embedded security thread. On the $20 the thread glows green under UV and reads "USA TWENTY"; Andrew
Jackson's portrait is on the front. The color-shifting 100 in the lower right of the Benjamin Franklin note turns from
copper to green. Serial numbers like MF 82046713 A are printed twice. Never return a suspect note to the passer --
contact the local police or the nearest Secret Service field office."""),

("positive", "bec_case_summary_cui", "yoruba",
"""[[CUI_MARKING:CUI//LEI]]

[[CUI_MARKING:(CUI//LEI)]] BEC case summary, Field Office Memphis. On 11/14 the victim title company wired $412,900.00 to a
mule account after the escrow officer, [[PERSON:Adebisi Olatunji-Cole]], received spoofed closing instructions from a
look-alike domain. Funds moved to a second account held by [[PERSON:Kehinde Adeyemo]] within 40 minutes.
[[CUI_MARKING:(CUI//LEI)]] Recovery request sent to receiving bank via the Financial Fraud Kill Chain.

[[CUI_MARKING:Controlled by: U.S. Secret Service
Controlled by: Office of Investigations
CUI Category: Law Enforcement
Limited Dissemination Control: FEDCON
POC: SA R. Pennwright, 901-555-0188]]

[[CUI_MARKING:CUI//LEI]]"""),

("positive", "bec_wire_details", "swedish",
"""Please help me turn this into a one-paragraph recall request to the receiving bank:
Originator: Harbor Point Title & Escrow
Beneficiary: Lindqvist Marine Holdings LLC c/o [[PERSON:Ebba Lindqvist]]
Beneficiary acct: [[US_BANK_NUMBER:5530071948226]]
Receiving bank ABA: [[ABA_ROUTING_NUMBER:263191154]]
Amount: $87,250.00   Fed reference: 20261118MMQFMP2K000417
Note: [[PERSON:Lindqvist]] says she never opened this account."""),

("evasion", "bec_spaced_routing", "anglo",
"""User: the fraudster's email had the bank info broken up like this, can you tell me if it is a valid routing number?
"Kindly remit to routing [[ABA_ROUTING_NUMBER:0 8 8 8 5 8 8 5 0]] account [[US_BANK_NUMBER:4 4 0 1 9 2 7 7 3 6 1]], attn [[PERSON:Gordon Pike-Hallam]]"
Assistant: I can check the checksum for you, but first remove the account holder's name and account number."""),

("hard_negative", "famous_history", None,
"""For the field office's 160th anniversary display: the Secret Service was created on July 5, 1865 under the Treasury
to suppress counterfeit currency; William P. Wood was its first chief. Protective duties came after President McKinley
was shot in Buffalo in 1901. Put the Lincoln quote near the timeline and the photo of the old Treasury Building, 1500
Pennsylvania Avenue, in the center panel."""),

("positive", "site_survey_venue_caps", "norwegian+hispanic",
"""PROTECTIVE VISIT -- ADVANCE SITE SURVEY (DRAFT)
VENUE: RIVERSIDE CONVENTION CENTER, HALL C
VENUE POC: [[PERSON:HALVORSEN, KJETIL]] -- GENERAL MANAGER -- OFFICE [[PHONE_NUMBER:(563) 555-0114]] / CELL [[PHONE_NUMBER:563-555-0172]]
SECURITY DIRECTOR: [[PERSON:ZAMUDIO, REYNALDO]] -- [[EMAIL_ADDRESS:rzamudio@riversidecc-events.com]]
LOADING DOCK: EAST SIDE, 14 FT CLEARANCE; MAGS AT DOCK DOOR 3
NEAREST TRAUMA CENTER: 9 MIN BY MOTORCADE
NOTES: [[PERSON:KJETIL]] WILL HAVE KEYS TO THE FREIGHT ELEVATOR FROM 0500."""),

("positive", "site_survey_les", "tongan",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
[[CUI_MARKING:(U//FOUO)]] Hotel holding room: Suite 1410, connecting door to 1412 sealed. Hotel security manager
[[PERSON:Sione Taufahema]] will staff the service corridor.
[[CUI_MARKING:(U//FOUO)]] Primary route: I-80 E to exit 17, alternate via Route 6. Relief points at fire station 4.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

("hard_negative", "survey_template_placeholders", None,
"""Site survey template v3.2 (fill before sending)
Venue: ____________
Venue POC: <name>, <title>, phone <xxx-xxx-xxxx>
Classification: [select from drop-down]
Hospital: <nearest Level I>, ETA ___ min
Attach: floor plan (PDF), route map (KMZ)
Reviewed by: ________  Date: __/__/____"""),

("hard_negative", "confidential_prose", None,
"""Can you make this friendlier? "Thank you for reporting the check fraud. Your bank's fraud department will keep your
report confidential. We don't share tips with the merchant. The Secret Service does not investigate every individual
loss; for losses under $5,000 please file with IC3 and keep the case number (e.g. I2611180000123) for reference.\""""),

("positive", "witness_statement_spanish_pr", "puertorican",
"""Declaración de testigo (traducir al inglés, por favor):
Yo, [[PERSON:Yesenia Arriaga Villalobos]], fecha de nacimiento [[DATE_OF_BIRTH:14 de febrero de 1988]], con dirección en
[[STREET_ADDRESS:Urb. Villa Fontana, Vía 18 JL-7, Carolina, PR 00983]], cajera de la farmacia, declaro que el
cliente pagó con dos billetes de $50 que se sentían como papel de periódico. Mi teléfono es [[PHONE_NUMBER:787-555-0132]]."""),

("positive", "bec_compromised_password", "anglo",
"""Intake note: victim CFO [[PERSON:Marjorie Tolliver]] admits she reused her mailbox password on a vendor portal. The
attacker's inbox rule forwarded all "invoice" mail to an external address. Her password at the time was
[[PASSWORD:Kestrel#Spring2026!]] -- she has since reset it. Need the IT ticket number from her helpdesk before we
request the tenant audit logs."""),

("hard_negative", "bec_iocs", None,
"""IOCs from the BEC domain (public-safe list for the ISAC):
look-alike domain: harborpointtitie[.]com (registered 2026-11-09)
sha256 of the lure PDF: 9f2c4b71e0a83d56c7f1b2e94a0d8c3365b7e21f0c4d9a8b7e6f5a4d3c2b1a09
invoice referenced: INV-2026-004417, PO 4500183326, amount $87,250.00
reply-to header: billing-dept@harborpointtitie[.]com
UTC send time 2026-11-18T14:03:27Z"""),

("evasion", "mule_ssn_fullwidth", "igbo",
"""mule interview summary: [[PERSON:Chinonso Ezeudu-Nwafor]] said she was recruited on a dating app; SSN she gave the bank:
[[US_SSN:２４１－６８－３０９７]]. She opened three accounts in September."""),

("positive", "mule_json", "igbo+anglo",
"""{
  "case": "MEM-BEC-2026-0311",
  "mules": [
    {"name": "Obiageli Nnamdi-Okoro", "dob": "1979-07-21", "role": "receiving account"},
    {"name": "Tanner Birchfield", "dob": "2003-01-09", "role": "cash-out"}
  ]
}""".replace('"Obiageli Nnamdi-Okoro"', '"[[PERSON:Obiageli Nnamdi-Okoro]]"').replace('"1979-07-21"', '"[[DATE_OF_BIRTH:1979-07-21]]"').replace('"Tanner Birchfield"', '"[[PERSON:Tanner Birchfield]]"').replace('"2003-01-09"', '"[[DATE_OF_BIRTH:2003-01-09]]"')),

("hard_negative", "fiction", None,
"""Book club question: in "The Engraver's Ledger", Agent Cassius Vane spends the whole second act chasing a plate maker
named Orrin Blackwood through 1890s Chicago. Is that realistic for the era, when the Secret Service had only a few
dozen operatives? Write three discussion questions."""),

("positive", "teller_chat_lowercase", "igbo+anglo",
"""User: summarize for the case file pls -- met w/ teller [[PERSON:patience okonjo]] and branch mgr [[PERSON:chase pruitt]] at 10,
[[PERSON:patience]] remembers the guy paid w/ 6 fake twenties, [[PERSON:chase]] pulled the camera footage, his number is [[PHONE_NUMBER:662 555 0129]]"""),

("positive", "protective_intel_secret", "hmong",
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Subject of protective interest [[PERSON:Pao Vang Lor]] posted threatening content about the
visit and was observed near the venue on 11/30.
[[CLASSIFICATION_MARKING:(U)]] Local police notified.
[[CLASSIFICATION_MARKING:Classified By: SAIC, Protective Intelligence Division]]
[[CLASSIFICATION_MARKING:Derived From: USSS SCG 2024]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

("hard_negative", "marking_training", None,
"""Derivative classification refresher, slide 7: the banner line appears at the top and bottom of every page and shows
the highest classification on that page. Portion marks go in parentheses at the start of each paragraph. Example for
the quiz: a page whose most sensitive paragraph is marked (S) gets the banner SECRET. Which line of the classification
authority block tells you when the document can be declassified?"""),

("evasion", "marking_html_entities", None,
"""<div class="banner">&#83;&#69;&#67;&#82;&#69;&#84;//NOFORN</div>
<p>Paste from the protective intel portal -- make the table below a bulleted list.</p>""".replace("&#83;&#69;&#67;&#82;&#69;&#84;//NOFORN", "[[CLASSIFICATION_MARKING:&#83;&#69;&#67;&#82;&#69;&#84;//NOFORN]]")),

("hard_negative", "counterfeit_stats", None,
"""Draft talking points: in FY2026 the field office seized counterfeit notes in 38 passing incidents; most were $20
and $100 digitally printed notes. Serial-number clusters: LB 11840297 D, LB 11840298 D (sequential). Lab submission
numbers FRN-26-0412 through FRN-26-0449. Contact the public affairs line listed on the website for media requests."""),

("positive", "romanian_passport", "romanian",
"""Summary of ATM skimming arrest: [[PERSON:Marius-Constantin Dobrescu]], Romanian national, Romanian passport no.
[[US_PASSPORT:058213947]], born [[DATE_OF_BIRTH:9 octombrie 1986]] in Craiova. Local address [[STREET_ADDRESS:2210 Bay Ridge Pkwy, Apt 4F, Brooklyn, NY 11209]]."""),

("hard_negative", "nsn_contract", None,
"""Supply note for the lab: reorder UV inspection lamps, NSN 6230-01-578-3321, under contract 70US0926C00000412, mod
P00003. Ship to the warehouse at ZIP 20223-0001. Firmware v4.12.7 on the currency reader is current."""),

("positive", "korean_victim", "korean",
"""Translate and tidy: 피해자 [[PERSON:한지윤]]([[PERSON:Han Ji-yoon]]) 씨는 2026년 11월 3일 가짜 CEO 메일을 받고 송금했습니다. 연락처 [[PHONE_NUMBER:010-5550-0147]],
생년월일 [[DATE_OF_BIRTH:1984년 5월 27일]]."""),

("hard_negative", "skimmer_no_pii", None,
"""Skimmer recovered from pump 7 at the station on Route 130 (store #33817). Bluetooth module MAC redacted, device
serial 4B7F-22A0-9C1D. Forensic image shows 212 card tracks captured between 10/02 and 11/19; no card data is pasted
here. Next step: subpoena to the card processor for the common-point-of-purchase list."""),

("positive", "lab_script_github_token", None,
"""# currency-lab: pulls the latest note-classifier model from the private repo before each batch
MODEL_REPO = "https://x-access-token:[[GITHUB_TOKEN:ghp_cOaxfuuCI0bpIi1ugwxKjVlSltcUJMEgXghn]]@github.com/usss-lab/note-classifier.git"
subprocess.run(["git", "clone", "--depth", "1", MODEL_REPO, "/opt/model"], check=True)
# works on my desktop, fails on the lab scanner PC -- proxy?"""),
]
