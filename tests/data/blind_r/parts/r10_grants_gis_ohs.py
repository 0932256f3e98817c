"""Voice r10: grant and contract files, procurement e-mails, GIS exports, Power BI, SharePoint lists, Office of Health Security e-mails."""
from vals import cc, aba
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "ohs_occ_health_email", "irish",
"""From: Office of Health Security — Occupational Health
Re: fitness-for-duty follow-up
Employee [[PERSON:Siobhán Ní Fhlatharta]] (DOB [[DATE_OF_BIRTH:1986-05-24]]) was cleared for respirator use after the PFT on 10/29. Standard threshold shift noted; audiology referral to Dr. [[PERSON:Pádraig Mulcahy]]. Supervisor copy goes to [[EMAIL_ADDRESS:c.dunleavy@tsa.dhs.gov]].
-> can you rewrite without medical jargon for the supervisor?"""))

R.append((P, "ohs_vaccine_roster", "indonesian+cambodian+anglo",
"""Hep B series roster (OHS clinic, Nebraska Service Center), who's overdue for dose 3?
name,dob,dose1,dose2,dose3
"[[PERSON:Putri Wulandari]]",[[DATE_OF_BIRTH:1991-03-08]],2025-03-01,2025-04-01,
"[[PERSON:Sokha Chea]]",[[DATE_OF_BIRTH:1984-12-19]],2025-02-11,2025-03-11,2025-08-11
"[[PERSON:Bradley Nygaard]]",[[DATE_OF_BIRTH:1979-07-07]],2025-05-20,2025-06-20,"""))

R.append((P, "grant_subrecipient", "native_american",
"""THSGP subrecipient monitoring — Tribal Nation emergency manager [[PERSON:Roberta Yazzie-Begay]], [[PHONE_NUMBER:(928) 555-0118]], [[EMAIL_ADDRESS:ryazzie.em@navajo-em.org]]. Drawdown request #7 lacks receipts for the generator. Draft a corrective action letter."""))

R.append((P, "grant_ach_form", "anglo",
f"""SF-1199A direct deposit form for the fire district grant — can you check it matches?
Payee: Clearwater Valley Fire Protection District, attn: treasurer [[PERSON:Della Runyon]]
Routing [[ABA_ROUTING_NUMBER:{aba('12310355')}]], account [[US_BANK_NUMBER:5566104427]]
Treasurer home (for 1099 only): [[STREET_ADDRESS:41 Old Mill Rd, Kamiah, ID 83536]]"""))

R.append((P, "contract_cor_email", "hungarian+anglo",
"""COR to CO: The vendor's PM [[PERSON:Zsófia Kertész]] left; replacement [[PERSON:Garrett Yount]] needs a Public Trust. His SSN for the e-QIP initiation is [[US_SSN:519-63-2084]], DOB [[DATE_OF_BIRTH:11/30/1982]]. Contract 70RSAT25C00000112. Draft the key personnel substitution memo."""))

R.append((P, "sharepoint_list_cui", "swedish+dutch+finnish",
"""SharePoint list export "Site Assessments" (need a pivot by state):
[[CUI_MARKING:CUI//SP-PCII]]
Title;Assessor;Facility;State
SA-221;[[PERSON:Linnea Sjöberg]];chlorine storage, bldg 3;OH
SA-222;[[PERSON:Joost van Hulzen]];substation 14;PA
SA-223;[[PERSON:Aino Väisänen]];dam spillway;WA"""))

R.append((P, "powerbi_export", "tamil+punjabi",
"""Power BI export — 'Overtime by employee' (top 2), are these numbers plausible?
Employee | EDIPI | OT hrs
[[PERSON:Karthikeyan Subramaniam]] | [[DOD_EDIPI:1502277843]] | 412
[[PERSON:Gurnoor Singh Bains]] | [[DOD_EDIPI:1509913650]] | 398"""))

R.append((P, "powerbi_connection", "none",
"""The Power BI gateway refresh fails, here's the data source setting:
[[CONNECTION_STRING:Data Source=fema-grants-sql.database.usgovcloudapi.net;Initial Catalog=NEMIS_RPT;User ID=pbi_reader;Password=Fg#8vTq2!mLz]]
Is the port missing?"""))

R.append((P, "gis_export_geojson", "hmong+samoan",
"""GeoJSON from the damage-assessment app — why won't it load in ArcGIS Pro?
{"type":"Feature","properties":{"owner":"[[PERSON:Xiong Pa Houa]]","addr":"[[STREET_ADDRESS:2231 Arcade St, Saint Paul, MN 55109]]","phone":"[[PHONE_NUMBER:651-555-0193]]"},"geometry":{"type":"Point","coordinates":[-93.0687,45.0106]}}
{"type":"Feature","properties":{"owner":"[[PERSON:Faleolo Leota-Sapolu]]","addr":"[[STREET_ADDRESS:1805 Rice St, Saint Paul, MN 55113]]"},"geometry":{"type":"Point","coordinates":[-93.1055,45.0018]}}"""))

R.append((P, "arcgis_token", "none",
"""the feature service URL has a token in it, is that why the web map breaks after an hour?
https://gis.fema.dhs.local/arcgis/rest/services/DamageAssess/FeatureServer/0?token=[[PASSWORD:Xq2Lr7Tm9Wv4Kp1Zs8Nd3Yb6Hc0Jf5Ga]]"""))

R.append((P, "procurement_card_email", "scottish",
f"""Purchase card log — please reconcile: cardholder [[PERSON:Callum McIlwraith]], card [[CREDIT_CARD:{cc('471663200918442')}]], 11/04 Grainger $312.40 (PO 70SBUR25P00000931), 11/06 Amazon Business $89.12."""))

R.append((P, "grant_review_panel", "israeli+lebanese+greek",
"""S&T SBIR review panel — reviewer conflicts (draft an email asking each to confirm):
- [[PERSON:Yael Ben-Tzur]] ([[EMAIL_ADDRESS:ybentzur@technion-consult.com]]) — former advisor to applicant 7
- [[PERSON:Karim Nassar]] ([[EMAIL_ADDRESS:knassar.reviews@gmail.com]]) — none
- [[PERSON:Dimitrios Kallergis]] ([[EMAIL_ADDRESS:d.kallergis@ntua-labs.gr]]) — none"""))

R.append((P, "ohs_lab_results_fouo", "trinidadian",
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
OHS Medical Surveillance — lead exposure, firing range instructors
[[PERSON:Kester Ramdeen]] — BLL 18 µg/dL (action level) — retest 12/01
[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Write the notification letter to Mr. [[PERSON:Ramdeen]]."""))

R.append((P, "sbu_contract_file", "none",
"""[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Source selection: Offeror B technical score 78, price $14.2M; Offeror D 91, $16.9M. Tradeoff rationale below.
[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Tighten the tradeoff rationale paragraph."""))

R.append((P, "grant_secret_fed_ctrl", "none",
"""[[CUI_MARKING:CUI//SP-PROCURE//FED ONLY]]
UASI allocation worksheet (pre-decisional): NCR $52.1M, LA/Long Beach $63.4M, NYC $178.9M.
Verify the percentages add to 100%."""))

R.append((P, "ohs_exposure_sms", "cambodian",
"""txt from the field nurse: "pt [[PERSON:Vanna Sok]] dob [[DATE_OF_BIRTH:6/3/88]] needle stick at the Krome clinic, source pt neg, pls log" — put this in the incident form fields"""))

# evasions
R.append((E, "ssn_mixed_separators", "swedish",
"""the contractor wrote the SSN as [[US_SSN:519 · 27 · 4831]] in the key-personnel resume of [[PERSON:Björn Ekström]] — should the CO have rejected the resume?"""))
R.append((E, "email_obfuscated", "mongolian",
"""reviewer asked to be contacted at [[EMAIL_ADDRESS:enkhjargal dot tsend at gmail dot com]] ([[PERSON:Enkhjargal Tsend]]) — make this a mailto link"""))
R.append((E, "cui_leetspeak_split", "none",
"""someone typed the banner as [[CUI_MARKING:C U I / / S P - P R O C U R E]] to dodge the filter; the body is the IGCE for the lab renovation, $4.7M. Summarize the IGCE assumptions."""))

R += [(H, "hn_contract_numbers", "none", """Contract 70RSAT25C00000112, modification P00004, CLIN 0003, UEI ZQ7LMN4K8RT5, CAGE 7XK21. Draft the mod summary."""),
(H, "hn_grant_numbers", "none", """EMW-2025-SS-05061 and EMW-2024-FP-00417 both closed out. How long must we retain records under 2 CFR 200.334?"""),
(H, "hn_nsn_parts", "none", """NSN 6665-01-529-6183 (dosimeter) and 4240-01-548-3241 (respirator) — are they on the AEL? Which AEL numbers?"""),
(H, "hn_gis_coords", "none", """Reproject these from EPSG:4326 to EPSG:3857: (45.0106, -93.0687), (45.0018, -93.1055). And what's a good buffer distance for a floodplain overlay?"""),
(H, "hn_powerbi_dax", "none", """DAX measure: OT Hours = CALCULATE(SUM(Time[Hours]), Time[Type] = "OT"). Why does it show blank for Q3?"""),
(H, "hn_osha_public", "none", """OSHA's lead standard 29 CFR 1910.1025: action level 30 µg/m³, PEL 50 µg/m³. Blood lead removal at 60 µg/dL? Summarize for range managers."""),
(H, "hn_proprietary_footer", "none", """Offeror's proposal footer: 'Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this proposal.' What does FAR 52.215-1(e) say about it?"""),
(H, "hn_vaccine_schedule", "none", """Hep B schedule: 0, 1 and 6 months; Heplisav-B 0 and 1 month. Which fits a 90-day deployment window?"""),
(H, "hn_sharepoint_columns", "none", """SharePoint list columns: Title, AssessorName (person field), Facility, State, DueDate. How do I make AssessorName show display names instead of IDs in a view?"""),
(H, "hn_award_amounts", "none", """FY25 UASI: $553.5M total; SHSP $373.5M; OPSG $81M. Write a sentence comparing to FY24."""),
(H, "hn_invalid_card_test", "none", """Our P-card validator test set: 4111 1111 1111 1112 (bad checksum), 1234 5678 9012 3456 (bad prefix). Add two more clearly invalid numbers for the negative tests."""),
(H, "hn_people_named_places", "none", """Field trip logistics: Lincoln Memorial, Jefferson Memorial, then lunch at the Ronald Reagan Washington National Airport food court before the 3pm flight to Washington Dulles."""),
(H, "hn_vendor_rfi", "none", """RFI 70B04C25I00000088 responses due 12/12 at 2:00 PM ET to the contracting mailbox. Draft a reminder for the industry-day mailing list."""),
(H, "hn_confidential_bid", "none", """A vendor marked their whole quote 'Confidential'. Can we still share the total price with the evaluation panel? General FAR answer."""),
]
R.insert(13, (P, "sftp_rsa_key_grants", "none",
"""The payment-file SFTP to the Treasury bank fails with 'invalid format' — this is the key the vendor sent us:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAv3kQ7pZt2mLr9Wx4Yc8Vb1Nd6Kf0Hs5Jp3Ag7Ue2Qm9Tz4Lr8W
x1Yc6Vb3Nd0Kf7Hs2Jp5Ag9Ue4Qm1Tz8Lr3Wx6Yc0Vb7Nd2Kf5Hs9Jp1Ag4Ue8Qm3T
z6Lr0Wx2Yc9Vb4Nd8Kf1Hs3Jp7Ag2Ue5Qm0Tz9Lr4Wx7Yc3Vb6Nd1Kf8Hs0Jp4Ag6U
-----END RSA PRIVATE KEY-----]]
Should it be OpenSSH format instead?"""))
R.append((H, "hn_ssh_fingerprint", "none", """Host key fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 and RSA 3072 — how do I verify this matches what the bank published before accepting it?"""))

RECORDS = R
