"""Voice 8: Office of Health Security occupational health and vaccination, EEO / reasonable accommodation,
travel vouchers (expense exports), LMS training-completion exports."""
from ids import cardfmt, aba
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "vaccination_record", "native_hawaiian",
"""Occupational health - deployer immunization record (pasted from the OHS portal):
Employee: [[PERSON:Keoni Kahananui Akana]]   DOB: [[DATE_OF_BIRTH:10/06/1986]]
Hep B series: 3/3 complete; Td/Tdap 2021; Typhoid (oral) due; Yellow fever: medical waiver (egg allergy)
Home phone [[PHONE_NUMBER:(808) 555-0182]]
Which vaccines are still required for a Guam deployment?"""),

(P, "fit_test_roster_tsv", "navajo+welsh+scottish",
"""respirator fit-test roster, flag anyone overdue (>12 months)
name\tlast_fit_test\tmodel\tresult
[[PERSON:Begay, Tsosie L.]]\t2025-08-14\t3M 8210\tpass
[[PERSON:Yazzie, Marlena]]\t2026-02-02\tHalyard 46727\tpass
[[PERSON:Llewellyn Pritchard-Evans]]\t2024-11-30\t3M 1860\tpass
[[PERSON:Mhairi MacAskill]]\t2026-06-21\tMoldex 2200\tfail - retest"""),

(P, "reasonable_accommodation", "afrikaner",
"""Help me write a reasonable accommodation request to my supervisor. I'm [[PERSON:Annelie van Wyk-Steenkamp]], I have rheumatoid arthritis and need a sit-stand desk and telework two days a week. My doctor, Dr. [[PERSON:Pieter Oosthuizen]], can provide documentation. My personal email is [[EMAIL_ADDRESS:annelie.vws@icloud.com]]."""),

(P, "eeo_informal_complaint", "zimbabwean+anglo",
"""EEO counselor intake - summarise neutrally:
Aggrieved: [[PERSON:Tendai Chiwenga Moyo]], GS-12, [[PHONE_NUMBER:(571) 555-0199]]
RMO: [[PERSON:Gary Lindqvist-Hale]] (first-line supervisor)
Allegation: non-selection for GS-13 vacancy HQ-27-1140 on basis of national origin (Zimbabwe) and reprisal for prior EEO activity (2024).
Initial contact 11/18/2026, within 45 days of the 10/09 selection."""),

(P, "eeo_cui_report", "cape_verdean",
"""[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
Report of Investigation draft - complainant [[PERSON:Djenifer Monteiro Tavares]], DOB [[DATE_OF_BIRTH:1979-04-18]], witness [[PERSON:Nuno Semedo Fortes]].
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
Tighten the chronology section."""),

(P, "travel_voucher_export", "guyanese",
"""Concur-style voucher export, check the lodging math (per diem $182):
Traveler: [[PERSON:Rajendra Persaud Singh]]   Voucher TA-2026-118842
GTCC: [[CREDIT_CARD:""" + cardfmt("548617005523941") + """]]
Lodging 11/02-11/06 4 nights @ $209  (over per diem, justification attached)
M&IE $79 x 3 + 75% x 2
Reimbursement to acct [[US_BANK_NUMBER:004471829305]] RTN [[ABA_ROUTING_NUMBER:""" + aba("05400172") + """]]"""),

(P, "travel_voucher_email", "belizean",
"""From: [[PERSON:Shanique Arnold-Castillo]]
Sent: Tue 11/24
Subject: voucher rejected again
My voucher was rejected for the rental car receipt. I live at [[STREET_ADDRESS:3402 Windermere Cir, Apt 201, Savannah, GA 31405]] and the agency wants my home-to-airport mileage - can you explain how to compute it? My cell [[PHONE_NUMBER:912-555-0140]]."""),

(P, "lms_completion_export", "tamil+korean+hispanic",
"""LMS export (Cyber Awareness FY27) - who hasn't completed?
emp_name\temail\tcourse\tstatus\tdue
[[PERSON:Karthikeyan Ramasamy]]\t[[EMAIL_ADDRESS:karthikeyan.ramasamy@hq.dhs.example]]\tCYB-101\tcomplete\t2027-01-31
[[PERSON:Baek Seung-ryul]]\t[[EMAIL_ADDRESS:seungryul.baek@hq.dhs.example]]\tCYB-101\tnot started\t2027-01-31
[[PERSON:Itzel Camarena Olvera]]\t[[EMAIL_ADDRESS:itzel.camarena@hq.dhs.example]]\tPRIV-100\tin progress\t2027-01-31"""),

(P, "ohs_medical_clearance", "anglo",
"""Pre-deployment medical clearance note, please reword kindly: [[PERSON:Trevor Kingsmill]] (DOB [[DATE_OF_BIRTH:02/28/1970]]) is cleared with restriction - no deployment to altitudes above 2,500 m due to pulmonary hypertension. SSN on the form: [[US_SSN:318-46-2290]]."""),

(P, "ra_medical_fouo", "ghanaian",
"""[[CUI_MARKING:(U//FOUO)]] Reasonable accommodation file note: [[PERSON:Akosua Boatemaa Owusu]] - approved screen reader (JAWS) and modified schedule; medical documentation retained by RA coordinator [[PERSON:Esi Appiah-Danquah]] only.
Draft the approval memo."""),

(P, "tb_test_results", "haitian",
"""TB screening results for the detention-health contract staff, make a table:
[[PERSON:Ketly Désir]] - IGRA negative 2026-10-02
[[PERSON:Rodrigue Saint-Fleur]] - IGRA positive, CXR normal, referred
[[PERSON:Nadège Augustin-Pierre]] - TST 4 mm, negative"""),

(P, "voucher_card_declined", "welsh",
"""dictated: my gov travel card got declined at the hotel in cardiff its the one ending [[CREDIT_CARD:""" + cardfmt("558819022744136").replace(" ", "") + """]] full number and expiry eleven twenty eight my name is [[PERSON:rhodri gwyn thomas]] what do i tell citibank"""),

(P, "lms_sso_token", "none",
"""LMS SCORM launch fails; the launch URL in the dev console:
https://lms.example/launch?course=PRIV-100&token=[[JWT:""" + __import__("blindlib").jwt('{"sub":"u48812","course":"PRIV-100","iat":1796000000}', sig="Zr8Tq3Wm7Lx2Kv9Pb4Nc1Hd6Fs0Jy5Ae8Ug3Bo2Ri") + """]]
is the token format right?"""),

(P, "eap_referral", "ashkenazi",
"""Please make this gentler - an EAP referral for a colleague: "[[PERSON:Shira Rosenzweig-Adler]] has been struggling since her father's funeral; her husband [[PERSON:Avi Adler]] called me at [[PHONE_NUMBER:(301) 555-0156]]." """.strip()),

# evasions
(E, "dob_words", "navajo",
"""intake audio: employee [[PERSON:Darlene Tsinajinnie]] says date of birth [[DATE_OF_BIRTH:the ninth of March nineteen eighty-one]] and she needs the flu shot exemption form"""),
(E, "card_spaced_dashes", "scottish",
"""GTCC for [[PERSON:Fiona Drummond-Kerr]] keeps failing: [[CREDIT_CARD:""" + "-".join(" ".join(cardfmt("552433017719844").split())) .replace("- -", " - ") + """]] - did I type it wrong?"""),
(E, "ssn_homoglyph_digits", "anglo",
"""Form shows SSN as [[US_SSN:5O4-3l-7728]] (letters O and l in it) for [[PERSON:Wade Pettigrew]]; correct it."""),

# hard negatives
(H, "vaccine_products", "none",
"""Compare Shingrix, Heplisav-B, Typhim Vi and Vivotif for deployers: doses, intervals, and which need a booster."""),
(H, "eeo_law_case", "none",
"""Explain Title VII, the Rehabilitation Act Section 501, and the holdings of Burlington Northern v. White (2006) and Muldrow v. City of St. Louis (2024) for supervisors, one paragraph each."""),
(H, "per_diem_table", "none",
"""FY2027 per diem: Washington DC $276 lodging / $92 M&IE; Savannah GA $182 / $79; Honolulu $294 / $134. Compute a 4-night trip each with first/last day 75 %."""),
(H, "lms_course_catalog", "none",
"""Course catalog: CYB-101 Cyber Awareness (1 h), PRIV-100 Privacy at DHS (45 min), NOFEAR-2027 No FEAR Act (30 min), SEC-200 Insider Threat (1 h). Which are annual?"""),
(H, "about_medical_privacy", "none",
"""Is an employee's vaccination status CUI? Explain how OHS should mark and store occupational health records in general, without any specific markings, and who may see RA medical documentation."""),
(H, "voucher_numbers", "none",
"""Voucher numbers TA-2026-118842, TA-2026-118901; obligation doc 70RSAT27K00000012; line of accounting 070-0112-2027-OS. Does the obligation cover both?"""),
(H, "public_eap_line", "none",
"""The DHS Employee Assistance Program (EAP) is available 24/7 at 1-800-222-0364 (TTY 1-888-262-7848). Write a short reminder for our holiday newsletter."""),
(H, "buildings_named", "none",
"""The deployment clinic moved from the Ronald Reagan Building to the Frances Perkins Building annex; the training is at the Nebraska Avenue Complex. Update the directions paragraph."""),
(H, "fictional_role_play", "none",
"""For EEO supervisor training write a role-play: Michael Scott (Dunder Mifflin) mishandles an accommodation request from Pam Beesly; then show the correct approach."""),
(H, "dates_clinic_schedule", "none",
"""Flu clinic dates: 2026-10-06, 2026-10-13, 2026-10-20 (HQ); 2026-10-08 (NAC). 412 doses ordered. Make a sign-up announcement."""),
(H, "invalid_ssn_training", "none",
"""Data-quality rule test values: 000-12-3456 (area 000), 666-45-1200 (area 666), 912-00-4410 (group 00). Confirm each is rejected and explain why."""),
(H, "mileage_gsa", "none",
"""GSA POV mileage rate 2026 is 70 cents/mile. Home to airport 23.4 miles each way, but normal commute is 18 miles. How much can I claim?"""),
(P, "lms_odbc_conn", "none",
"""The LMS completion report job fails on the reporting server:
conn = pyodbc.connect("[[CONNECTION_STRING:Driver={ODBC Driver 18 for SQL Server};Server=tcp:lms-rpt.database.usgovcloudapi.net,1433;Database=lmsreports;Uid=rpt_reader;Pwd=Lq7#Tz2vWm9!Kr4x;Encrypt=yes]]")
error 18456 - login failed. Ideas?"""),
(P, "travel_sbu_legacy", "irish",
"""[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Protective detail travel: advance agent [[PERSON:Ciarán Ó Súilleabháin]] lodging at the embassy-arranged hotel 02/03-02/09; GTCC limit raised to $15,000.
Help me fill the voucher justification."""),
(H, "phi_definitions", "none",
"""What counts as PHI under HIPAA versus what DHS calls Sensitive PII? Does OHS fall under HIPAA as a covered entity? Short answer please."""),
]
