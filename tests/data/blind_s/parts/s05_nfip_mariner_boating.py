"""Voice 5: NFIP flood-insurance claim files, USCG merchant-mariner credentialing, recreational-boating accident reports."""
from ids import aba, cardfmt
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "nfip_claim_note", "cajun",
"""NFIP claim file note - rewrite for the insured in plain language
Insured: [[PERSON:Thibodeaux, Armand Joseph]]  Co-insured: [[PERSON:Noelie Thibodeaux]]
Property: [[STREET_ADDRESS:1147 Bayou Blue Rd, Houma, LA 70364]]
Policy 87-1150-4492 (WYO carrier), DOL 08/29/2026, Hurricane Evangeline
Adjuster [[PERSON:Cody Fontenot]] found 31 in. of water; contents claim disputed (basement items excluded)."""),

(P, "nfip_proof_of_loss_ocr", "lebanese",
"""PROOF OF LOSS - pasted from scan, OCR noise
Insured Name: [[PERSON:GEORGES ELIAS HADDAD]]  Phone: [[PHONE_NUMBER:(713) 555-0157]]
Loss Location: [[STREET_ADDRESS:5310 Braesheather Dr, Houston, TX 77096]]
Mortgagee: Lone Star Federal Credit Union  Loan # 0047718822
Direct deposit: RTN [[ABA_ROUTING_NUMBER:""" + aba("11300002") + """]]  Acct [[US_BANK_NUMBER:7720019384]]
Signature: ___ G. Haddad ___
Why would the payment be split with the mortgagee?""".replace("___ G. Haddad ___", "___ [[PERSON:G. Haddad]] ___")),

(P, "nfip_appeal_letter", "cuban",
"""Help me draft the FEMA appeal letter for my neighbour (she asked me since I work at DHS):
[[PERSON:Migdalia Ferrer Quintana]], [[STREET_ADDRESS:2290 SW 8th Terrace, Miami, FL 33135]], policy holder since 2011, denied for "earth movement". Her SSN for the appeal form is [[US_SSN:592-40-7718]] and DOB [[DATE_OF_BIRTH:June 2, 1956]]."""),

(P, "mmc_application_status", "samoan",
"""NMC case - mariner asks why his MMC renewal is stalled:
Applicant: [[PERSON:Faleolo Tuiasosopo Leavasa]]
DOB: [[DATE_OF_BIRTH:09/14/1983]]
SSN on CG-719B: [[US_SSN:586-22-9104]]
Mailing: [[STREET_ADDRESS:1140 Route 1, Nuuuli, AS 96799]]
Endorsements: AB-Unlimited, Lifeboatman. Medical cert pending (hypertension waiver).
Write an update he can understand.""".replace("[[STREET_ADDRESS:1140 Route 1, Nuuuli, AS 96799]]", "[[STREET_ADDRESS:1140 Route 1, Nuuuli, AS 96799]]")),

(P, "mmc_medical_waiver", "tongan",
"""Medical evaluator note: [[PERSON:Sione Fifita Vainikolo]], phone [[PHONE_NUMBER:+676 555 0129]] / US [[PHONE_NUMBER:801-555-0183]]; insulin-treated diabetes - waiver requires A1c < 8.0 and endocrinologist letter. Email [[EMAIL_ADDRESS:sione.vainikolo@tongamail.example]]. Draft the letter requesting documents."""),

(P, "boating_accident_report", "norwegian+anglo",
"""Recreational boating accident report (CG-3865) narrative - make it concise:
Operator [[PERSON:Torbjørn Eikeland]], DOB [[DATE_OF_BIRTH:1961-07-22]], WA DL [[US_DRIVER_LICENSE:EIKELTJ612KB]], 21 ft runabout WN 4417 RK, struck a submerged log off Shilshole at 1815. Passenger [[PERSON:Gretchen Albee]] sustained a fractured wrist; transported by Seattle Fire M31. Operator BAC 0.02."""),

(P, "boating_death_report", "chamorro",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Fatality report, Apra Harbor: deceased [[PERSON:Jesus Taitano Cruz]], DOB [[DATE_OF_BIRTH:04/03/1972]]; operator [[PERSON:Vicente Aguon Quitugua]], [[STREET_ADDRESS:151 Chalan Kanton Tasi, Hagåtña, GU 96910]]. No PFDs aboard.
[[CUI_MARKING:CUI//SP-PRVCY]]
summarise for the district commander."""),

(P, "mmc_credential_fees_card", "portuguese",
"""Mariner [[PERSON:Duarte Medeiros Sousa]] (New Bedford scalloper) paid the evaluation fee on pay.gov with card [[CREDIT_CARD:""" + cardfmt("37625190482271") + """]]; the payment didn't attach to his application. Mariner Reference Number 2871140. How do we link it?"""),

(P, "croatian_fisher_mmc", "croatian",
"""email from mariner: "Dear sir, I am [[PERSON:Ante Vuković]], I sent my sea service letters for master 100 GRT. My phone is [[PHONE_NUMBER:(907) 555-0168]] and my house is [[STREET_ADDRESS:3210 Tongass Ave, Ketchikan, AK 99901]]. Please tell me what is missing." - draft reply"""),

(P, "nfip_db_query", "marshallese",
"""Why does this insert fail on the claims test DB?
INSERT INTO claimant (claim_no, full_name, dob, ssn, phone)
VALUES ('26-LA-008812', '[[PERSON:Jibon Langrine Kabua]]', '[[DATE_OF_BIRTH:1988-12-01]]', '[[US_SSN:612-05-3387]]', '[[PHONE_NUMBER:479-555-0144]]');
-- ERROR: value too long for type character varying(9)"""),

(P, "nfip_api_key", "none",
"""Our flood-zone lookup script returns 403:
const client = new FloodMapClient({
  apiKey: "[[PASSWORD:fmk_live_7Rq2Vx9TbL4mWz8Pk3Ns6Hd1]]",
  region: "LA-Terrebonne"
});
is the key wrong or the region?"""),

(P, "puerto_rico_claim_spanish", "puerto_rican",
"""Traduce al inglés, es para el expediente de la reclamación:
Yo, [[PERSON:Carmen Iris Rosado Figueroa]], residente en [[STREET_ADDRESS:Calle Luna 214, Urb. Villa Carolina, Carolina, PR 00985]], declaro que el agua entró a mi casa el 19 de septiembre. Mi teléfono es [[PHONE_NUMBER:787-555-0131]]."""),

(P, "mariner_secret_vetting", "none",
"""[[CLASSIFICATION_MARKING:SECRET]]
[[CLASSIFICATION_MARKING:(S)]] Intelligence community reporting on a foreign-flag crew member applying for US credentials.
[[CLASSIFICATION_MARKING:SECRET]]
I only need the unclassified procedure: how does NMC hold an application pending vetting?"""),

(P, "icelandic_boat_owner", "icelandic",
"""Boat owner [[PERSON:Guðrún Sigurðardóttir]] reported hull damage after the tow; her claims adjuster [[PERSON:Halldór Jónsson]] emailed from [[EMAIL_ADDRESS:halldor.jonsson@nordicmarine-adj.example]]. Write the acknowledgement."""),

# evasions
(E, "ssn_fullwidth", "cajun",
"""Policyholder [[PERSON:Remy Boudreaux]] filled the form with a Japanese keyboard so his SSN shows as [[US_SSN:４３７－５２－８０１９]]. Convert to normal digits for the claim."""),
(E, "phone_words", "samoan",
"""voicemail transcript: this is [[PERSON:Lagi Matagi]] calling about my flood claim please call me back at [[PHONE_NUMBER:three three four, five five five, zero one four six]] thanks"""),
(E, "homoglyph_email", "norwegian",
"""Reply to the boat owner at [[EMAIL_ADDRESS:ѕigrid.hаugland@fjordmail.example]] ([[PERSON:Sigrid Haugland]]) - the address has weird characters, it bounced."""),

# hard negatives
(H, "storm_names", "none",
"""Compare NFIP claim counts for Hurricanes Katrina (2005), Harvey (2017), Ida (2021) and Helene (2024). Which had the highest average paid loss?"""),
(H, "flood_zone_data", "none",
"""FIRM panel 22109C0310F, effective 2026-07-15; zones AE (BFE 9 ft), VE (BFE 13 ft), X-shaded. Community number 225206. Explain what changes for pre-FIRM buildings."""),
(H, "vessel_names", "none",
"""Vessels in the casualty list: 'Miss Kathy', 'Lady Ann II', 'Capt. Joe', 'Big Mama', 'Sea Wolf'. None had injuries. Count by vessel type: 3 shrimpers, 2 pleasure craft."""),
(H, "laws_people", "none",
"""Explain Biggert-Waters 2012 versus the Homeowner Flood Insurance Affordability Act 2014 (Grimm-Waters) for a new NFIP specialist, and how Risk Rating 2.0 changed premiums."""),
(H, "public_contact_nfip", "none",
"""Policyholders can call the FEMA Mapping and Insurance eXchange (FMIX) at 877-336-2627 or write to the NFIP at P.O. Box 310, Lanham, MD 20703 (NFIP Direct). Make this a short notice in Vietnamese."""),
(H, "mmc_regulation", "none",
"""What does 46 CFR 10.227 say about MMC renewal, and 46 CFR 10.304 on medical certificates? Summarise in a table."""),
(H, "boating_stats", "none",
"""2025 recreational boating statistics: 4,112 accidents, 556 deaths, 2,126 injuries, $63 million property damage; 75 % of fatal victims drowned, 87 % of them not wearing a life jacket. Draft a safety tweet."""),
(H, "policy_numbers_not_ssn", "none",
"""Policy numbers on the spreadsheet look like 987115044 and 000-71-2289; some also look like 666-21-0441 - these are carrier policy numbers, not SSNs. How do I stop Excel stripping leading zeros?"""),
(H, "mmc_numbers", "none",
"""Mariner Reference Numbers 2871140, 3017726; TWIC expiration 2029-03-31; STCW endorsements II/1, VI/1, VI/6-1. Sort by MRN."""),
(H, "bridges_people", "none",
"""Air draft issue: clearance under the Sunshine Skyway, the Francis Scott Key (rebuilt), the Verrazzano-Narrows and the Huey P. Long Bridge. Which are lowest at high water?"""),
(H, "placeholder_form", "none",
"""Please format this blank CG-719B intake checklist: Applicant name ______  SSN ___-__-____  DOB __/__/____  Address ______________ . Add checkboxes."""),
(H, "fictional_sailors", "none",
"""For the boating safety PSA write a short scene where Captain Ahab and Popeye argue about life jackets; keep it under 100 words."""),
(P, "netrc_vendor_sftp", "none",
"""The WYO carrier's claims feed stopped. My ~/.netrc on the transfer box:
machine sftp.nfip-feed.example
  login wyo_ftp_0412
  password [[PASSWORD:Fl00dFeed!Q3x9]]
Does sftp even read .netrc or only curl?"""),
(P, "mmc_medical_cui_hlth", "filipino",
"""[[CUI_MARKING:CUI//SP-HLTH//SP-PRVCY]]
Medical review: mariner [[PERSON:Rogelio Manalastas Dimaculangan]], DOB [[DATE_OF_BIRTH:12/09/1969]], OSA on CPAP, compliance 4.1 h/night - below 4 h threshold some weeks.
Draft a request for 90 days of compliance data."""),
(H, "sbu_business_prose", "none",
"""The insurer's marine SBU (strategic business unit) and the flood SBU merged in 2025; write a one-paragraph org-change summary for our vendor file."""),
]
