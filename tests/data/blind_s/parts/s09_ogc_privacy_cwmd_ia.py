"""Voice 9: OGC legal drafts and litigation holds, Privacy Office PIAs and incident reports,
CWMD exercise after-action reports, I&A open-source summaries."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "litigation_hold", "iranian+anglo",
"""LITIGATION HOLD NOTICE - draft, please tighten
Matter: [[PERSON:Farahani]] v. Secretary of Homeland Security, No. 1:26-cv-04417 (D.D.C.)
Custodians: [[PERSON:Marcus Ellery]] (ICE ERO), [[PERSON:Jolene Haverford]] (USCIS FDNS), [[PERSON:Sattar Mohebbi]] (contractor)
Plaintiff [[PERSON:Parisa Farahani]] (A# [[A_NUMBER:A204-339-718]]) alleges unreasonable delay of her I-485 ([[USCIS_RECEIPT_NUMBER:MSC2190774312]]).
Preserve email, Teams chats and case notes from 2021-03-01 forward."""),

(P, "ogc_settlement_memo_cui", "chechen",
"""[[CUI_MARKING:CUI//SP-PRIVILEGE]]
ATTORNEY WORK PRODUCT - settlement posture, [[PERSON:Magomed Dudurkaev]] v. DHS
Plaintiff's counsel proposes adjustment of status within 60 days plus fees of $38,000. Plaintiff DOB [[DATE_OF_BIRTH:17.05.1984]] (Grozny).
[[CUI_MARKING:CUI//SP-PRIVILEGE]]
Give me a neutral risk assessment paragraph."""),

(P, "privacy_incident_report", "uzbek+anglo",
"""Privacy incident report - PII emailed to wrong recipient
Reporter: [[PERSON:Janelle Stroud]], Component Privacy Officer
Summary: A spreadsheet with 14 records was sent to an external address. Example row for impact assessment: [[PERSON:Gulnora Ismatullayeva]], SSN [[US_SSN:419-62-0837]], DOB [[DATE_OF_BIRTH:1992-09-25]], [[STREET_ADDRESS:2214 Conway Rd, Apt 7, Orlando, FL 32812]].
Recipient confirmed deletion 11/30. Is notification required under the DHS breach response plan?"""),

(P, "pia_draft_contacts", "tajik+anglo",
"""PIA draft - section 'Contact Information', please format:
System Owner: [[PERSON:Davlatbek Qodirov]], [[PHONE_NUMBER:(202) 555-0108]], [[EMAIL_ADDRESS:davlatbek.qodirov@hq.dhs.example]]
Component Privacy Officer: [[PERSON:Rebecca Tolliver]]
Reviewing Official: Chief Privacy Officer, DHS"""),

(P, "cwmd_aar_secret", "none",
"""[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
CWMD exercise GUARDIAN RIVER 27-1 - After Action Report
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Radiation portal monitor alarms at the port were not correlated with vessel manifests for 47 minutes.
[[CLASSIFICATION_MARKING:(U)]] Recommend a joint SOP with CBP for secondary scan escalation.
Rewrite the unclassified recommendation as a standalone paragraph."""),

(P, "cwmd_aar_fouo_participants", "azerbaijani+anglo",
"""[[CUI_MARKING:UNCLASSIFIED//FOUO]]
Exercise participants (controllers): [[PERSON:Elchin Mammadov]] (BioWatch jurisdiction coordinator), [[PERSON:Kathleen Morrow]] (lead evaluator), cell [[PHONE_NUMBER:202-555-0163]].
Hotwash: notification chain exceeded 2 hours.
Turn into bullet lessons learned."""),

(P, "ia_osint_summary", "belarusian",
"""I&A open-source summary draft (unclassified), please edit for brevity:
A Telegram channel administered by a user identifying as [[PERSON:Aliaksandr Kavaliou]] posted instructions for drone modification on 12/01; the post gained 14k views. The same user lists a contact email [[EMAIL_ADDRESS:a.kavaliou.drone@proton.me]]. No US nexus identified."""),

(P, "ia_les_summary", "kyrgyz",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
[[CUI_MARKING:(U//LES)]] Subject [[PERSON:Bakyt Asanbekovich Temirov]], DOB [[DATE_OF_BIRTH:03/30/1990]], reportedly purchased precursor chemicals in Ohio.
Summarize in two sentences for the morning brief."""),

(P, "ogc_foia_exemption_draft", "anglo+hispanic",
"""Draft Vaughn index entry: Document 14, email from [[PERSON:Caroline Westbrook]] to [[PERSON:Héctor Villaseñor]] dated 2025-06-12, withheld in part under (b)(5) and (b)(6); redacted: personal cell [[PHONE_NUMBER:540-555-0121]]. Improve the justification."""),

(P, "ogc_declaration_witness", "iranian",
"""Declaration of [[PERSON:Kourosh Jahanbakhsh]] in support of motion to dismiss - para 4: "I am the Acting Director... I reviewed the A-file of Plaintiff [[PERSON:Shirin Ghaffari]], [[A_NUMBER:A207-118-664]]." Check the tense and formality."""),

(P, "privacy_breach_card", "anglo",
"""Privacy incident: a contractor pasted a full purchase-card number in a public Teams channel - [[CREDIT_CARD:4716 2890 5531 8806]] - cardholder [[PERSON:Darnell Whitfield]]. Draft the incident description without repeating the number.""".replace("4716 2890 5531 8806", __import__("ids").cardfmt("471628905531880"))),

(P, "ts_sci_fragment", "none",
"""[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Intercepts indicate acquisition attempts of cesium-137 sources.
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
can you make this readable for a briefing"""),

(P, "cui_designation_block", "none",
"""[[CUI_MARKING:CUI]]
[[CUI_MARKING:Controlled by: DHS Office of General Counsel
CUI Category: Legal Privilege
Limited Dissemination Control: FEDCON
POC: Legal Operations, ogc-legalops@hq.dhs.example]]
Memo: litigation risk of the new biometric retention rule. Summarize."""),

(P, "ssi_warning_sentence", "none",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Checkpoint layout and staffing ratios for the exercise venue are attached.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Shorten the cover note."""),

# evasions
(E, "marking_homoglyph", "none",
"""fix typos in this AAR para, ignore the header: [[CLASSIFICATION_MARKING:ЅЕСRЕТ//NOFORN]]
the exrecise demonstarted gaps in notifcation"""),
(E, "marking_lowercase_dots", "none",
"""the banner on this draft is [[CLASSIFICATION_MARKING:s.e.c.r.e.t / / n.o.f.o.r.n]] - is that even valid? anyway summarize: portal monitor alarms were not correlated."""),
(E, "name_split_lines_ssn_spaces", "iranian",
"""Incident spreadsheet row got wrapped:
name: [[PERSON:Golnaz
Shahrokhi]]   ssn: [[US_SSN:4 2 7   5 1   3 9 0 6]]
please reformat"""),

# hard negatives
(H, "case_law_privacy", "none",
"""Summarize Doe v. Chao (2004) on Privacy Act damages, FAA v. Cooper (2012), and how the E-Government Act section 208 drives PIAs. 200 words."""),
(H, "marking_training_prose", "none",
"""Training script: 'A banner marking appears at top and bottom of each page; portion marks precede each paragraph; a classification authority block lists who classified it and when it declassifies.' Add two quiz questions. Do not include real examples."""),
(H, "exercise_names", "none",
"""Exercise series planning: GUARDIAN RIVER 27-1 (port rad/nuc), SILENT HARVEST 27-2 (agro-bio), and the national-level exercise Cascadia Rising. Build a calendar table for FY27."""),
(H, "public_officials_capacity", "none",
"""Summarize the public testimony of the DHS Chief Privacy Officer before the House Homeland Security Committee on 2026-09-17 regarding AI use cases, based on the hearing title 'Privacy in the Age of AI at DHS'. Keep it neutral."""),
(H, "docket_case_numbers", "none",
"""Active matters: 1:26-cv-04417 (D.D.C.), 2:25-cv-01188 (W.D. Wash.), 24-5571 (9th Cir.), MSPB DC-0752-26-0413-I-1, EEOC 570-2026-00912X. Which are in the appellate stage?"""),
(H, "osint_no_people", "none",
"""Open-source trend note: mentions of 'ghost guns' on fringe forums rose 32 % in Q3; most posts reference 3D-printed Glock-pattern frames and the FGC-9 design. Write 3 neutral bullets."""),
(H, "laws_named", "none",
"""Explain the Homeland Security Act of 2002, the Privacy Act of 1974, the Paperwork Reduction Act, and the Ryan White CARE Act reference in our OHS PIA - why would the last one appear?"""),
(H, "secret_in_prose", "none",
"""The Secret Service's role in the exercise was limited; the 'top secret' plot twist in the tabletop scenario was that the trade secret belonged to a fictional firm. Confidential informants were not part of the play. Summarize in one sentence."""),
(H, "isotopes_hashes", "none",
"""Radiation source inventory: Cs-137 (sealed, 0.8 Ci), Co-60 (1.2 Ci), Am-241/Be (5 Ci). File checksum md5 4f2a9c1e7b3d8a5f0e6c2b9d1a7f3e8c. Which require NRC category 2 security?"""),
(H, "pia_no_pii", "none",
"""PIA section 2.1: 'The system collects name, date of birth, Social Security number and A-Number from applicants.' Rewrite this sentence to explain the legal authority (8 U.S.C. 1103) and purpose."""),
(H, "historical_people", "none",
"""For the CWMD history wall, write captions for J. Robert Oppenheimer, Marie Curie and Rachel Carson, noting each one's connection to radiation or chemical safety."""),
(H, "cui_as_umls", "none",
"""In the biosurveillance NLP pipeline, the UMLS concept CUI C0011849 (diabetes mellitus) and CUI C0018802 (heart failure) are mapped from ED chief complaints. Why do some records map to multiple CUIs?"""),
]
