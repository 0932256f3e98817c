# Voice 2: privacy office, FOIA, legal, records; marked documents
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
(P, "foia_redaction_request", "anglo",
 f"""FOIA 2025-HQFO-00418 — please suggest (b)(6) and (b)(7)(C) redactions in this paragraph: "On March 3, SA [[PERSON:Kevin O'Rourke]] interviewed the complainant, [[PERSON:Deborah Rutledge-Vance]], at her residence, [[STREET_ADDRESS:415 Cedar Hollow Rd, Lexington, KY 40511]]. Ms. [[PERSON:Rutledge-Vance]] provided a copy of her Social Security card ([[US_SSN:{ssn()}]])." """),
(P, "pia_draft", "anglo",
 f"""PIA section 2.1 draft — "The system collects name, date of birth, A-Number, and contact information." For the example record in the appendix I used: Name [[PERSON:Harold Jennings]], DOB [[DATE_OF_BIRTH:12/19/1961]], A-Number [[A_NUMBER:{anum(True)}]], email [[EMAIL_ADDRESS:hjennings@example.com]]. Is it okay to leave a realistic sample record in the PIA?"""),
(P, "litigation_hold", "indian",
 f"""Litigation hold notice — [[PERSON:Anand Krishnamurthy]] v. DHS, No. 1:25-cv-00912. Custodians: [[PERSON:Meera Joshi]] (OCIO), [[PERSON:Rajiv Malhotra]] (USCIS SCOPS), [[PERSON:Sunita Reddy]] (OGC). Preserve email, Teams chats and shared drives from 01/01/2023. Draft the custodian acknowledgment form."""),
(P, "privacy_incident", "chinese",
 f"""Privacy incident report PIR-25-0311: an adjudicator emailed a spreadsheet to the wrong recipient. Affected: [[PERSON:Zhang Xiuying]] ([[A_NUMBER:{anum()}]]), [[PERSON:Guo Changming]] ([[A_NUMBER:{anum()}]]), [[PERSON:黄丽娟]] ([[A_NUMBER:{anum()}]]). Recipient confirmed deletion. Help me fill in the "risk of harm" section."""),
(P, "classified_excerpt", None,
 f"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]

[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates a facilitator network moving third-country nationals through the Darién corridor.
[[CLASSIFICATION_MARKING:(U)]] Coordination with partner agencies continues.

[[CLASSIFICATION_MARKING:Classified By: Jane R. Hollis, Director, I&A]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG I&A-004]]
[[CLASSIFICATION_MARKING:Declassify On: 20501231]]

[[CLASSIFICATION_MARKING:SECRET//NOFORN]]

summarize this for a deputies brief"""),
(P, "cui_records_schedule", None,
 f"""[[CUI_MARKING:CUI//SP-PRVCY]]
Records schedule crosswalk — DAA-0563-2013-0001 items 1a/1b. Please turn the retention table into plain-language guidance for the component records officers.
[[CUI_MARKING:Controlled by: DHS Privacy Office
CUI Category: Privacy
Dissemination: FEDCON
POC: records.officer@hq.example.gov]]"""),
(P, "cui_portion_memo", "japanese",
 f"""[[CUI_MARKING:CUI//SP-IMMIG]]
[[CUI_MARKING:(CUI//SP-IMMIG)]] Applicant [[PERSON:Fujimoto Sota]] ([[PERSON:藤本 颯太]]) was interviewed regarding his E-2 treaty investor status.
[[CUI_MARKING:(CUI//SP-IMMIG)]] Receipt number [[USCIS_RECEIPT_NUMBER:{receipt('WAC')}]].
Summarize and suggest follow-up questions."""),
(P, "legacy_sbu", None,
 f"""[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]] — old 2009 memo I found in the shared drive. Can I still email this to a contractor? Text: "Vulnerability assessment of the Baltimore terminal found the perimeter camera coverage gap..." """),
(P, "legacy_pcii", None,
 f"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Requirements for use, storage, handling, and destruction are set forth in 6 CFR Part 29. Submitted by the water utility under the PCII Program. Rewrite the facility description in lay terms for the tabletop."""),
(P, "ts_sci_banner", None,
 f"""[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Collection on the subject's handset indicates travel planning through Tapachula.
Please turn into two bullet points for the morning read book."""),
(P, "confidential_rel", None,
 f"""[[CLASSIFICATION_MARKING:CONFIDENTIAL//REL TO USA, CAN, GBR]] 
[[CLASSIFICATION_MARKING:(C//REL TO USA, CAN, GBR)]] Partner service requests deconfliction on two maritime targets.
Draft a reply saying we'll respond by Friday."""),
(P, "foia_consult", "korean",
 f"""FOIA consult from State: requester seeks records on [[PERSON:Han Da-eun]] ([[PERSON:한다은]]), DOB [[DATE_OF_BIRTH:1993.05.21]]. Our A-file [[A_NUMBER:{anum()}]] has her I-94 [[I94_NUMBER:{i94()}]]. Draft the consult response letter saying we'll process the referred pages directly."""),
(P, "privacy_complaint", "nigerian",
 f"""Email from the public to the Privacy Office: "My name is [[PERSON:Titilayo Ogunleye]]. My ex-employer put my SSN [[US_SSN:{ssn()}]] on an E-Verify case and I never worked there. Please contact me at [[EMAIL_ADDRESS:titilayo.ogunleye@example.com]] or [[PHONE_NUMBER:(404) 555-0138]]." — draft a response acknowledging receipt."""),
(P, "cui_banner_lower", "hispanic",
 f"""top of doc says [[CUI_MARKING:CUI//SP-LEI//NOFORN]] — is that a valid combination? the content is just a list of case agents: [[PERSON:Itzel Barragán]], [[PERSON:Tomás Arriaga]]."""),
(H, "training_quote_markings", None,
 """Training slide text for the new-hire course: "A banner line lists the highest classification, e.g. the level followed by any control markings, separated by a double slash. A portion mark appears at the start of each paragraph in parentheses. Unclassified paragraphs are marked with a U in parentheses." Make it into a five-question quiz."""),
(H, "records_schedule_numbers", None,
 """Compare GRS 4.2 item 130, GRS 5.2 item 020 and DAA-0566-2017-0007 item 2. Which ones permit destruction after 3 years, and which need an agency-specific schedule?"""),
(H, "foia_exemption_prose", None,
 """Explain the difference between FOIA exemptions (b)(1), (b)(3), (b)(5), (b)(6), (b)(7)(A) and (b)(7)(C) to a new FOIA analyst. Use a table with (a) statute, (b) typical use, (c) common mistakes."""),
(H, "confidential_footer", None,
 """Our contractor's proposal has this footer on every page: "Company Confidential — Proprietary and trade secret information of Brightline Analytics LLC. (c) 2025 All rights reserved." Do we need to keep the footer when we quote their pricing table in our evaluation memo?"""),
(H, "classified_ad_prose", None,
 """Draft a fun intranet post for the morale committee: "Classified ads are back! Post your used bikes, top-secret cookie recipes and controlled-chaos garage-sale finds in the Friday bulletin." Add two emoji."""),
(H, "docket_numbers", None,
 """Federal Register notices to cite in the PIA: 89 FR 6194 (Jan 31, 2024), docket DHS-2024-0004, RIN 1615-AC68, OMB control number 1615-0082. Format them in Bluebook style."""),
(H, "court_case_names", None,
 """Summarize the holdings of Zadvydas v. Davis, Jennings v. Rodriguez, Pereira v. Sessions, and Niz-Chavez v. Garland in one sentence each."""),
(H, "published_example_ssn", None,
 """Our form-design guide shows SSN fields pre-filled with 000-00-0000 and the old Woolworth wallet-card number 078-05-1120 as 'do not use' examples. Should the new guide use XXX-XX-XXXX instead?"""),
]
