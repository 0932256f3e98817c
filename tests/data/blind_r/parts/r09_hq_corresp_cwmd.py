"""Voice r09: DHS HQ correspondence, congressional casework, FOIA logs, CWMD exercise after-action reports, pasted PDFs."""
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "congressional_casework", "sierra_leonean+anglo",
"""From the Congresswoman's district office: "Our constituent [[PERSON:Fatmata Bangura-Koroma]] (A# [[A_NUMBER:A207561193]], receipt [[USCIS_RECEIPT_NUMBER:NBC2491102876]]) has waited 31 months for her I-485. Her DOB is [[DATE_OF_BIRTH:June 9, 1983]]. Please expedite." — caseworker [[PERSON:Tanner Holbrook]], [[PHONE_NUMBER:(202) 555-0136]]. Draft our standard acknowledgement."""))

R.append((P, "exec_sec_tasker", "liberian",
"""ESEC tasker — response due 11/20 — constituent letter re: detention of [[PERSON:Augustine Tarnue Kollie]], DOB [[DATE_OF_BIRTH:1979-08-06]], A [[A_NUMBER:A089 334 612]], currently at Moshannon Valley. The letter is from his pastor, Rev. [[PERSON:Clarence Doe]], [[STREET_ADDRESS:1404 Chester Pike, Sharon Hill, PA 19079]]. Summarize the ask in 3 lines."""))

R.append((P, "foia_log_tsv", "anglo+arabic+indian+hispanic",
"""FOIA log export (count requests by component):
req_no\trequester\tcomponent\tsubject
2025-HQFO-00417\t[[PERSON:Trudy Kessinger]]\tCBP\tA-file of [[PERSON:Omar Farouk Haddad]]
2025-HQFO-00418\tMuckRock\tICE\tcontracts 2019-2024
2025-HQFO-00419\t[[PERSON:Anand Prakash Mehta]]\tUSCIS\town records, [[EMAIL_ADDRESS:apmehta.law@gmail.com]]
2025-HQFO-00420\t[[PERSON:Lucía Barragán]]\tCBP\tTECS records on self, DOB [[DATE_OF_BIRTH:1969-03-11]]"""))

R.append((P, "cwmd_aar_secret", "none",
"""[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
CWMD Exercise GOLDEN PHOENIX 25 — After-Action Report (excerpt)
[[CLASSIFICATION_MARKING:(S//REL)]] Radiation portal monitor alarm at the Port of Savannah was not escalated to the NJOIC for 47 minutes.
[[CLASSIFICATION_MARKING:(U)]] Recommendation 4: update the alarm adjudication checklist.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
Turn recommendation 4 into a tasking memo."""))

R.append((P, "cwmd_aar_cui", "anglo+korean",
"""[[CUI_MARKING:CUI//SP-CRITINFRA]]
BioWatch tabletop — hotwash notes
Facilitator: Dr. [[PERSON:Marguerite Ashby]]; lab lead [[PERSON:Jang Hye-jin]]
Finding 1: jurisdictional notification tree had two outdated numbers.
Finding 2: sample courier route took 94 min vs 60 min target.
[[CUI_MARKING:CUI//SP-CRITINFRA]]
Rewrite findings as SMART corrective actions."""))

R.append((P, "pdf_paste_header_footer", "none",
"""(pasted from PDF)
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
Page 3 of 11
[[CLASSIFICATION_MARKING:(C)]] The partner service reported two attempted acquisitions of cesium-137 sources in the region.
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
Page 4 of 11
can you summarise page 3?"""))

R.append((P, "ssi_warning_text", "none",
"""Can you reformat this airport vulnerability summary as a table? Bottom of each page says:
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Rows: checkpoint 3 wait 41 min; exit lane breach drill failed twice."""))

R.append((P, "pcii_marking", "none",
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Submitter: regional water utility. Vulnerability: SCADA historian reachable from corporate VLAN.
Summarize for the sector call, keep the utility unnamed."""))

R.append((P, "hq_correspondence_reply", "yemeni",
"""Dear Mr. [[PERSON:Al-Maqtari]]: Thank you for your letter of October 2 regarding your brother, [[PERSON:Hamoud Saleh Al-Maqtari]]. — please continue this reply; his I-130 receipt is [[USCIS_RECEIPT_NUMBER:IOE0918837264]] and his address in Sana'a is Hadda St. Keep it noncommittal."""))

R.append((P, "ts_sci_email_paste", "none",
"""Subject: [[CLASSIFICATION_MARKING:(U)]] Re: tasking
[[CLASSIFICATION_MARKING:TOP SECRET//HCS-P//ORCON//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//HCS-P//OC/NF)]] Source reporting indicates the facility resumed enrichment-adjacent procurement.
make this less wordy"""))

R.append((P, "congress_qfr", "romanian",
"""QFR response draft — Senator's question 14 about the case of [[PERSON:Ionela Mădălina Dumitrescu]], a DHS contractor whose badge was revoked. Her [[PHONE_NUMBER:(703) 555-0151]] and DOB [[DATE_OF_BIRTH:1990-10-10]] are in the incoming — should we strip them before sending to OLA?"""))

R.append((P, "dissem_block_cui", "none",
"""[[CUI_MARKING:CUI//SP-CTI//FEDCON]]
Exercise injects (Cyber Storm IX), Injects 14-19: ransomware at a regional pipeline operator.
[[CUI_MARKING:Controlled by: DHS CISA
Controlled by: Exercise Division
CUI Categories: CTI, CRITINFRA
Dissemination: FEDCON
POC: Exercise Planning Team, exercise.planning@example.dhs.local]]
Draft two extra injects in the same style."""))

R.append((P, "nnpi_mixed", "none",
"""header on the pasted AAR: [[CLASSIFICATION_MARKING:SECRET//FGI DEU//NOFORN]] — drill with BKA on dirty-bomb scenario, 3 lessons learned. Shorten each to one sentence."""))

R.append((P, "casework_portuguese", "brazilian",
"""Traduza para inglês (carta para o gabinete do deputado): "Meu marido, [[PERSON:Wellington Aparecido Souza]], nascido em [[DATE_OF_BIRTH:22/04/1986]], está detido desde agosto. O número A dele é [[A_NUMBER:A220 931 475]]. Meu telefone: [[PHONE_NUMBER:(508) 555-0171]]." Assinado, [[PERSON:Rosângela Souza]]."""))

# evasions
R.append((E, "marking_spaced_slashes", "none",
"""the banner came through as [[CLASSIFICATION_MARKING:S-E-C-R-E-T // N-O-F-O-R-N]] in the OCR — paragraph after it: tripwire inspections at 4 border crossings found no anomalies. Summarize."""))
R.append((E, "marking_homoglyph", "none",
"""copy from the deck: [[CLASSIFICATION_MARKING:ТОР SЕСRЕТ//SI//ОRCON]] (font is weird, some letters look Cyrillic) — slide 7 says the sensor network has 3 gaps. Write speaker notes."""))
R.append((E, "fouo_lowercase_dots", "none",
"""footer in the old memo says [[CUI_MARKING:u//f.o.u.o]] — memo body: BioWatch filter collection times moved to 0600 daily starting Jan 5. Put this in a calendar notice."""))
R.append((E, "name_base64_casework", "mexican",
"""the casework system exports names base64'd: [[PERSON:RmVsaWNpdGFzIE9jaG9hIFJleWVz]] — decode it and tell me if it matches the constituent [[PERSON:Felicitas]]? The A-number field reads [[A_NUMBER:QTIxMjg4NDA2Nw==]]."""))

R += [(H, "hn_classification_training", "none", """Training slide: 'A banner line shows the highest classification in the document, e.g., SECRET//NOFORN; portion marks like (S//NF) go before each paragraph.' Reword for a new-hire audience."""),
(H, "hn_cui_explainer", "none", """Explain the difference between CUI Basic and CUI Specified, and why FOUO is a legacy marking after the 2016 rule. No markings in the answer please, just prose."""),
(H, "hn_exercise_names", "none", """Exercises list: Cyber Storm, Eagle Horizon, National Level Exercise 2024, Golden Guardian. Which are annual vs biennial?"""),
(H, "hn_congress_members_generic", "none", """How should a component respond to a congressional inquiry letter vs a constituent casework request? Timelines and routing through OLA."""),
(H, "hn_foia_exemptions", "none", """Summarize FOIA exemptions (b)(5), (b)(6), (b)(7)(C) and (b)(7)(E) in a table with one example each."""),
(H, "hn_hq_address_letterhead", "none", """Letterhead: U.S. Department of Homeland Security, Washington, DC 20528, www.dhs.gov. Is the ZIP code alone acceptable without a street line?"""),
(H, "hn_ships_named_people", "none", """The cutters Bertholf, Stratton and Munro and the training ship Eagle will be at Fleet Week. Draft a public notice for tours."""),
(H, "hn_foia_tracking", "none", """FOIA numbers 2025-HQFO-00417 through 2025-HQFO-00480 are overdue. Average age 214 days. Draft the backlog paragraph for the annual report."""),
(H, "hn_secret_santa", "none", """Office Secret Santa: $25 limit, draw names Dec 1, exchange Dec 18 in the St. Elizabeths atrium. Write the invite."""),
(H, "hn_classified_ads", "none", """Write a 'classified ads' style section for the office newsletter: bike for sale, carpool from Fredericksburg, free moving boxes."""),
(H, "hn_cesium_facts", "none", """What's the half-life of Cs-137 and Co-60, and why are they the usual RDD concern? Open-source answer."""),
(H, "hn_qfr_numbers", "none", """QFR numbers 14, 15 and 22 are assigned to CWMD; hearing date was Sep 24. Draft the cover note to OLA."""),
(H, "hn_decl_dates", "none", """A memo dated 20251104 with 'review on 20501231' — in general, how are automatic declassification timelines computed under E.O. 13526 (25/50/75 years)?"""),
]
RECORDS = R
