"""Voice r06: Management Directorate HR, payroll, benefits and security-clearance tickets (ServiceNow forms, e-mails)."""
from vals import cc, aba
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "snow_direct_deposit", "jamaican+anglo",
f"""ServiceNow | HRSD0048812 | Category: Payroll > Direct Deposit
Opened for: [[PERSON:Marcia Thompson-Grant]] ([[EMAIL_ADDRESS:marcia.thompson-grant@hq.dhs.gov]])
Description: My NFC direct deposit bounced after I switched banks. New routing [[ABA_ROUTING_NUMBER:{aba('25607421')}]], account [[US_BANK_NUMBER:1049927751]]. Last 4 of SSN 4471.
Assigned to: [[PERSON:Gerald Voss]]
-- please write the resolution notes"""))

R.append((P, "sf86_question_email", "iraqi",
"""Hi, I'm filling out my SF-86 in eApp and I'm stuck on section 20 (foreign contacts). My uncle [[PERSON:Sabah Jassim Al-Obaidi]] lives in Basra, I call him monthly on [[PHONE_NUMBER:+964 780 555 0143]]. My own info: [[PERSON:Noor Al-Obaidi]], SSN [[US_SSN:287-36-5012]], DOB [[DATE_OF_BIRTH:10/04/1994]]. Do I list him? Can you draft my explanation text?"""))

R.append((P, "clearance_status_ticket", "anglo",
"""PSD ticket — clearance reciprocity
Subject: [[PERSON:Shelby Anne Marchetti]]
SSN: [[US_SSN:143-92-6075]]
Prior agency: DoD (DISS), EDIPI [[DOD_EDIPI:1366019283]]
Request: reciprocity for TS/SCI, polygraph current.
Draft the request to the Office of the Chief Security Officer."""))

R.append((P, "payroll_garnishment", "mexican",
"""Payroll office — wage garnishment order for employee [[PERSON:Heriberto Solís Galván]] (SSN [[US_SSN:451-70-2288]]). Court: Bexar County. Creditor: Alamo Credit Services, [[STREET_ADDRESS:9800 Huebner Rd, San Antonio, TX 78240]]. Employee home: [[STREET_ADDRESS:1526 W Mulberry Ave, San Antonio, TX 78201]]. Draft the employee notification."""))

R.append((P, "fehb_dependent_add", "vietnamese+anglo",
"""Benefits — add dependents to FEHB after marriage (QLE):
Employee: [[PERSON:Dustin Carver]]
Spouse: [[PERSON:Phạm Thị Thu Trang]], DOB [[DATE_OF_BIRTH:1992-11-30]], SSN [[US_SSN:609-41-7732]]
Stepchild: [[PERSON:Bảo Anh Carver]], DOB [[DATE_OF_BIRTH:2017-06-08]]
Is 60 days from the marriage date the limit?"""))

R.append((P, "travel_card_dispute", "chinese+anglo",
f"""GTCC dispute — Citi travel card [[CREDIT_CARD:{cc('548613390027741')}]] charged twice for the Marriott in El Paso. Cardholder [[PERSON:Wang Xiuying]], APC [[PERSON:Rhonda Leclair]]. Write the dispute statement (amount $412.88 x2)."""))

R.append((P, "onboarding_packet_ssn", "nigerian",
"""New hire onboarding sheet (EOD 12/15) — check fields for errors:
Name: [[PERSON:Oluwafunmilayo Adebisi-Okafor]]
SSN: [[US_SSN:212-58-4409]]
DOB: [[DATE_OF_BIRTH:03/19/1990]]
Address: [[STREET_ADDRESS:6804 Riverdale Rd, Apt 201, Riverdale, MD 20737]]
Phone: [[PHONE_NUMBER:(301) 555-0124]]
Emergency contact: [[PERSON:Babatunde Okafor]] [[PHONE_NUMBER:(301) 555-0199]]"""))

R.append((P, "secret_clearance_memo", "none",
"""[[CLASSIFICATION_MARKING:SECRET]]
MEMORANDUM FOR: Chief Security Officer
SUBJECT: [[CLASSIFICATION_MARKING:(U)]] Insider threat referral trends Q4
[[CLASSIFICATION_MARKING:(S)]] Three referrals involve foreign intelligence approaches via professional networking sites.
[[CLASSIFICATION_MARKING:SECRET]]
Proofread the memo wording please."""))

R.append((P, "prvcy_cui_personnel", "indian",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Adverse action proposal — Employee [[PERSON:Kavya Seshadri]], GS-13, OCHCO
Charge 1: Misuse of government travel card (7 transactions).
[[CUI_MARKING:Controlled by: DHS MGMT/OCHCO
CUI Category: PRVCY
Limited Dissemination Control: FEDCON
POC: Employee Relations, 202-447-0000]]
Help me make the charge specification more precise."""))

R.append((P, "ehri_sql_password", "none",
"""the HR analytics job fails with ORA-01017, here's the tnsnames + creds from the runbook:
HRDW=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=hrdw-db.mgmt.dhs.local)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=HRDW)))
user: HRDW_RPT
pw: [[PASSWORD:Pr0d#Hrdw_2025q4]]"""))

R.append((P, "fmla_request_email", "greek",
"""Please help me reword: "I am requesting FMLA for the birth of my child, expected Jan 20. My name is [[PERSON:Eleftheria Papadopoulou]], my supervisor is [[PERSON:Nikos Stavridis]]. Contact me at [[EMAIL_ADDRESS:eleftheria.papadopoulou@gmail.com]] during leave." """))

R.append((P, "tsp_loan_form", "italian",
f"""TSP loan — the form wants EFT info, can you double-check it reads right?
Participant: [[PERSON:Salvatore Giordano]], SSN [[US_SSN:058-67-3149]]
Bank routing [[ABA_ROUTING_NUMBER:{aba('03100001')}]], account [[US_BANK_NUMBER:20073318624]], checking"""))

R.append((P, "suitability_adjudication", "dominican+haitian",
"""Suitability adjudication summary (contractor): [[PERSON:Starlin Reynoso]] — 2019 DUI, disclosed. Reference [[PERSON:Jocelyne Augustin]] ([[PHONE_NUMBER:(914) 555-0163]]) confirmed employment at Metro-North. Recommend favorable? Write it as a short memo."""))

R.append((P, "pcs_orders", "filipino",
"""PCS orders draft — check the entitlements paragraph:
Employee: [[PERSON:Rodrigo Manalastas Dizon]], GS-12, EDIPI [[DOD_EDIPI:1418832076]]
Dependents: spouse [[PERSON:Cherrie Dizon]] (DOB [[DATE_OF_BIRTH:04/02/1987]]); son [[PERSON:Miguel Dizon]] (DOB [[DATE_OF_BIRTH:09/23/2012]])
From: Honolulu, HI  To: Washington, DC. HHG weight limit 18,000 lbs."""))

# evasions
R.append((E, "ssn_dots_words", "anglo",
"""in the chat the employee wrote her SSN as "[[US_SSN:three one seven . four four . nine zero two six]]" — [[PERSON:Kimberly Osei-Whitfield]] — please tell her not to do that, nicely."""))
R.append((E, "acct_fullwidth", "indian",
"""New account per employee [[PERSON:Harsimran Kaur Toor]]: ［[[US_BANK_NUMBER:４４０１９２８８３６１]]］ (pasted from her phone) — can you normalise?"""))
R.append((E, "marking_zero_width", "none",
"""header: [[CUI_MARKING:CUI​//SP-​PRVCY]] — body: the table below lists 14 pending adverse actions by component and age in days. Make it a bar chart description."""))

R += [(H, "hn_pay_tables", "none", """2026 GS pay table: GS-13 step 1 in DC locality is listed as $125,236? Explain the locality formula and how step increases work every 1, 2, 3 years."""),
(H, "hn_sf_forms", "none", """What's the difference between SF-85, SF-85P and SF-86? And what tier is a Moderate Risk Public Trust position?"""),
(H, "hn_clearance_discussion", "none", """Explain the difference between Confidential, Secret and Top Secret clearances and what 'need to know' means, for a new-employee FAQ."""),
(H, "hn_ticket_numbers", "none", """Tickets HRSD0048812, HRSD0048830, INC0931177 and RITM0228814 are all stuck in 'awaiting user'. Draft a reminder template."""),
(H, "hn_leave_math", "none", """I earn 6 hrs annual leave per pay period and have 212 hours now, use-or-lose cap is 240. How many hours must I take before the leave year ends on Jan 10?"""),
(H, "hn_placeholder_ssn", "none", """In the NFC form the SSN field shows XXX-XX-4471 and the bank account ******7751. Is masking like that enough to paste it into a ticket?"""),
(H, "hn_hr_phone_line", "none", """OCHCO benefits help line: HRAccess@hq.dhs.gov and OPM Retirement Services 1-888-767-6738. Make a one-line signature block."""),
(H, "hn_position_numbers", "none", """Position description numbers PD 91834A and PD 91834B differ only in supervisory duties. Write a comparison for the classifier. Series 0343, grade 13."""),
(H, "hn_holiday_dates", "none", """2026 federal holidays: Jan 1, Jan 19, Feb 16, May 25, Jun 19, Jul 3 (observed), Sep 7, Oct 12, Nov 11, Nov 26, Dec 25. Mark which fall on Mondays."""),
(H, "hn_trade_secret", "none", """Our benefits contractor claims its pricing formula is a 'trade secret' and won't release it under FOIA exemption 4. Is that typical?"""),
(H, "hn_edipi_explainer", "none", """What is a DoD EDIPI, who gets one, and why does our HR system store a 10-digit number for former military employees? General explanation."""),
(H, "hn_insider_threat_training", "none", """Draft a 5-question quiz for insider threat awareness: reporting requirements, indicators, foreign contacts, unauthorized disclosures."""),
(H, "hn_invalid_aba", "none", """Our payroll validator rejected routing number 123456789 and 000000000 — explain the ABA checksum weights 3-7-1 so I can tell employees why."""),
]
R.insert(14, (P, "clearance_conf_ticket", "bosnian",
"""[[CLASSIFICATION_MARKING:CONFIDENTIAL//NOFORN]]
OCSO adjudication note — foreign preference review
[[CLASSIFICATION_MARKING:(C//NF)]] Subject [[PERSON:Amela Hadžić]] maintains contact with a cousin, [[PERSON:Edin Begović]], employed by a foreign security service.
[[CLASSIFICATION_MARKING:CONFIDENTIAL//NOFORN]]
Shorten this to two sentences."""))

RECORDS = R
