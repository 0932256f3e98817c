# Voice 1b: Coast Guard boardings and mariner credentials, TSA incidents, FEMA casework
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
(P, "uscg_boarding_report", "pacific_islander",
 f"""BOARDING REPORT (draft) — F/V PACIFIC DAWN, O.N. 1089324, boarded 14 nm SW of Apra Harbor. Master: [[PERSON:Sione Fifita]], MMC ref no. 4471903, DOB [[DATE_OF_BIRTH:02/27/1975]]. Crew: [[PERSON:Tevita Taufa]], [[PERSON:Lagi Tuilagi]], [[PERSON:Manase Vaipulu]]. Violations: expired EPIRB registration, no fire extinguisher in engine space. Clean up the narrative section for the Form CG-4100."""),
(P, "uscg_mariner_credential", "filipino",
 f"""NMC evaluator note: applicant [[PERSON:Rodelio B. Macaraeg]], SSN on application [[US_SSN:{ssn()}]], requests AB-Unlimited. Sea service letters from M/V Cape Henry unsigned. Mailing address [[STREET_ADDRESS:3017 Lantana Ave, Apt B, Chesapeake, VA 23324]]. Draft the awaiting-information letter."""),
(P, "uscg_sar_case", "anglo",
 f"""SAR case notes 0412Z: reporting source [[PERSON:Tammy Boudreaux]] ([[PHONE_NUMBER:985-555-0131]]) says husband [[PERSON:Curtis Boudreaux]] overdue on 21' center console from Cocodrie. Last contact 1900L. Vessel reg LA 4417 BT. Summarize for the SITREP."""),
(P, "uscg_twic_issue", "hispanic",
 f"""TWIC reader denied access at the Port of Houston gate for [[PERSON:JOSÉ ANTONIO CARRASQUILLO]], TX DL [[US_DRIVER_LICENSE:{R.randint(10000000,49999999)}]]. He says his card was reissued. Write a short email to the facility security officer explaining how to check the canceled card list."""),
(P, "tsa_incident", "arabic",
 f"""TSA incident write-up, BWI checkpoint B, lane 3. Passenger [[PERSON:Rima Khoury]] (KTN [[KNOWN_TRAVELER_NUMBER:{ktn()}]]) alarmed the AIT; pat-down resolved. Passenger complained about the officer's conduct. Passenger email [[EMAIL_ADDRESS:rima.khoury@example.org]]. Help me write a neutral incident summary, 150 words."""),
(P, "tsa_incident", "anglo",
 f"""Firearm discovered in carry-on at DFW Terminal E. Passenger [[PERSON:Bradley Kincaid]], DOB [[DATE_OF_BIRTH:09/03/1969]], TX DL [[US_DRIVER_LICENSE:{R.randint(10000000,49999999)}]]. Loaded .380, 6 rounds. DFW PD notified 0712. Please fix grammar only, don't change facts."""),
(P, "tsa_ssi_excerpt", "anglo",
 f"""Can you shorten this for the checkpoint huddle? "Lane 7 will run reduced throughput during the pilot; officers will apply the modified screening protocol for..."

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]

— [[PERSON:Gary Whitlock]], STSM"""),
(P, "tsa_military_traveler", "anglo",
 f"""Traveler SSG [[PERSON:Lamont Ridgeway]] used his DoD ID for TSA PreCheck, EDIPI [[DOD_EDIPI:{edipi()}]] entered as KTN. PreCheck indicator missing on boarding pass. Explain why the DoD ID number might not have matched Secure Flight."""),
(P, "fema_survivor_casework", "hispanic",
 f"""FEMA IA casework — survivor [[PERSON:Luz Marina Ocasio]], damaged dwelling [[STREET_ADDRESS:Carr. 149 Km 12.3, Bo. Toíta, Cayey, PR 00736]]. Phone [[PHONE_NUMBER:787-555-0192]]. Requests direct deposit to acct [[US_BANK_NUMBER:{acct(10)}]], routing [[ABA_ROUTING_NUMBER:{aba()}]]. Inspection shows roof loss. Help me write the appeal-determination letter in Spanish."""),
(P, "fema_survivor_casework", "vietnamese",
 f"""Survivor [[PERSON:Đỗ Thị Hằng]] (shows as [[PERSON:DO THI HANG]] in NEMIS), Houston, flooded home at [[STREET_ADDRESS:9410 Bellaire Blvd, Unit 206, Houston, TX 77036]]. Needs rental assistance extension. Her son [[PERSON:Quang]] calls for her — [[PHONE_NUMBER:(713) 555-0176]]. Write a call script in Vietnamese for the helpline agent."""),
(P, "fema_duplication_benefits", "anglo",
 f"""DOB check for SBA duplication: applicant [[PERSON:Wanda Pettigrew]], SSN [[US_SSN:{ssn()}]], date of birth [[DATE_OF_BIRTH:July 4, 1958]]. SBA shows a loan disbursed 10/2. Draft a note to the applicant explaining why grant assistance was reduced."""),
(P, "fema_itin_applicant", "hispanic",
 f"""Applicant has no SSN, used ITIN [[US_ITIN:{itin()}]] on the registration — name [[PERSON:Abelardo Quispe]]. Qualified-alien household member is daughter [[PERSON:Daniela Quispe]], SSN [[US_SSN:{ssn()}]]. Explain the mixed-status eligibility rule in one paragraph I can read to him."""),
(H, "vessel_names", None,
 """Compile the port call list: M/V Grace Kelly (bulk), M/V Maria Callas, F/V Miss Annie Lee, T/V Golden Bear, USCGC Bertholf, USCGC Stone, USNS Harvey Milk, and the tug Ellen McAllister. Which ones are flagged foreign?"""),
(H, "mmsi_imo", None,
 """AIS check: MMSI 366998410 and 367712050 went dark 3 hours before the rendezvous; IMO 9321483 and IMO 9403576 show the same call sign WDH7726. Draft the intel request for the AIS gap analysis."""),
(H, "hurricane_names", None,
 """Compare federal obligations for Hurricane Ian (DR-4673-FL), Hurricane Helene (DR-4828-FL), Hurricane Milton (DR-4834-FL) and Hurricane Maria (DR-4339-PR). Put it in a table with declaration dates."""),
(H, "bag_tag_numbers", None,
 """The baggage reconciliation report shows bag tags 0016 482913 and 0016 482914 (AA) and 0037 118402 (DL) unclaimed at carousel 9. The BSO seal numbers are 4401772 and 4401773. Write a one-line note for the shift log."""),
(H, "tsa_prose_security", None,
 """Our TSA checkpoint SOP training slide says: "Never share your password or PIN; passwords must be at least 12 characters and rotated every 60 days; report phishing to the SOC." Rewrite it to be friendlier for new TSOs."""),
(H, "uscg_hull_ids", None,
 """Hull identification numbers on the seized skiffs: BWC12345F223 and MXP33021H920. Are these pre-1984 or post-1984 format? And what does the MIC prefix tell me?"""),
(H, "fema_hotline_prose", None,
 """Write a short social post: "Survivors in Lee and Charlotte counties can apply at DisasterAssistance.gov, download the FEMA App, or visit a Disaster Recovery Center. Bring your insurance info." Keep it under 280 characters."""),
(H, "lat_long", None,
 """Convert these positions to DMS: 24.5551, -81.7800 and 25.7617, -80.1918 and 18.4655, -66.1057. Then estimate the distance between the first two in nautical miles."""),
]
