"""Voice u04: ICE Health Service Corps medical transfer summaries, HL7/FHIR messages, pharmacy and clinic logistics."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "hl7_adt", "romanian+igbo", """This HL7 message fails validation at the receiving clinic, which segment is wrong?
MSH|^~\\&|IHSC-EHR|KRNS|CLINIC|ALEX|20261203114500||ADT^A02|MSG00417|P|2.5.1
PID|1||[[A_NUMBER:A215883047]]^^^ICE^AN||[[PERSON:CONSTANTINESCU^MIHAELA^IOANA]]||[[DATE_OF_BIRTH:19870214]]|F|||[[STREET_ADDRESS:Str. Mihai Eminescu 41, Bl. C2, Sc. A, Ap. 9, 030167 Bucuresti]]^^^^RO
PV1|1|I|MED^204^B||||[[PERSON:OKAFOR^CHUKWUEMEKA]]^^^MD"""),

(P, "fhir_patient", "turkish", """Is this FHIR Patient resource valid R4? I get a 422.
{"resourceType":"Patient","identifier":[{"system":"urn:ice:anumber","value":"[[A_NUMBER:A216450931]]"}],
 "name":[{"family":"[[PERSON:Yıldırım]]","given":["[[PERSON:Mehmet Emin]]"]}],
 "birthDate":"[[DATE_OF_BIRTH:1979-11-06]]","gender":"male",
 "telecom":[{"system":"phone","value":"[[PHONE_NUMBER:+90 212 555 01 63]]","use":"home"}],
 "contact":[{"name":{"text":"[[PERSON:Ayşe Yıldırım]]"},"relationship":[{"text":"spouse"}]}]}"""),

(P, "transfer_summary", "tamil", """Shorten this medical transfer summary to five lines for the transport officer (no diagnoses beyond what's needed for transport):
Patient: [[PERSON:Senthilkumar Arumugam]]  DOB: [[DATE_OF_BIRTH:05-Mar-1972]]  A#: [[A_NUMBER:A214 776 082]]
Transfer: Otay Mesa -> Krome, 12/08. Insulin-dependent diabetes, needs cooler for glargine; last A1c 8.9. Wheelchair for distances >100 m.
Emergency contact: brother [[PERSON:Murugan Arumugam]], [[PHONE_NUMBER:+91 44 5550 1294]]"""),

(P, "pharmacy_email", "bangladeshi", """From: [[PERSON:Nusrat Jahan Chowdhury]], PharmD <[[EMAIL_ADDRESS:nusrat.chowdhury@ihsc-pharm-contract.net]]>
Subject: Med reconciliation - [[PERSON:Md. Rafiqul Islam Bhuiyan]]
Detainee [[PERSON:Rafiqul Islam Bhuiyan]] (DOB [[DATE_OF_BIRTH:1968-09-15]]) arrived without his amlodipine and metformin; outside Rx from Queens pharmacy under an old address, [[STREET_ADDRESS:37-19 73rd Street, Jackson Heights, NY 11372]].
Please help me draft the request to the outside pharmacy.
[[PERSON:Nusrat]] | [[PHONE_NUMBER:(956) 555-0172]]"""),

(P, "hl7_oru_lab", "cameroonian", """Extract just the lab results table from this ORU message:
MSH|^~\\&|LAB|PORTISABEL|IHSC|PIDC|20261201083000||ORU^R01|L55021|P|2.5.1
PID|1||[[A_NUMBER:A213390457]]^^^ICE^AN||[[PERSON:NGUEMA^FRANCK^ARMEL]]||[[DATE_OF_BIRTH:19900721]]|M
OBX|1|NM|718-7^Hemoglobin||10.9|g/dL|13.5-17.5|L
OBX|2|NM|6690-2^WBC||7.2|10*3/uL|4.5-11.0|N"""),

(P, "french_consent", "cameroonian", """Traduisez en anglais le formulaire de consentement signé : « Je soussigné [[PERSON:Franck Armel Nguema]], né le [[DATE_OF_BIRTH:21 juillet 1990]] à Douala, autorise le transfert de mon dossier médical à l'établissement de Port Isabel. Personne à contacter : [[PERSON:Mireille Ebogo]], [[PHONE_NUMBER:+237 6 55 50 01 42]]. »"""),

(P, "georgian_interpreter", "georgian", """Need an interpreter request for a dental appointment. Patient [[PERSON:Giorgi Beridze]] ([[PERSON:გიორგი ბერიძე]]), DOB [[DATE_OF_BIRTH:1983-01-28]], speaks only Georgian and some Russian. Appointment 12/11 09:30 at the contract dental clinic. Write the request for the language line vendor."""),

(P, "nepali_discharge", "nepali", """Translate the discharge instructions into Nepali for [[PERSON:Bishnu Prasad Dhungana]] (जन्म मिति [[DATE_OF_BIRTH:२०३९/०४/१२]] B.S.): take ibuprofen with food, return if fever above 38.5 C, follow-up in 7 days. His daughter [[PERSON:Sabina Dhungana]] can be called at [[PHONE_NUMBER:(614) 555-0153]]."""),

(P, "fujianese_medevac", "chinese", """Draft the ground-ambulance request:
Detainee [[PERSON:Lin Jianhua]] (林建华), DOB [[DATE_OF_BIRTH:1976/08/19]], A# [[A_NUMBER:A217004628]], chest pain, transfer from Elizabeth to Trinitas ED. Interpreter: Fuzhounese. Sister [[PERSON:Lin Meizhu]] in Flushing, [[PHONE_NUMBER:(718) 555-0126]]."""),

(P, "cui_health_banner", "turkish", """[[CUI_MARKING:CUI//SP-PRVCY]]
IHSC Medical Summary for Transfer
[[CUI_MARKING:(CUI//SP-PRVCY)]] Detainee [[PERSON:Emine Kılıç]], DOB [[DATE_OF_BIRTH:1995-04-03]], 24 weeks pregnant, cleared for ground transfer only.
[[CUI_MARKING:CUI//SP-PRVCY]]
Make a checklist for the escorting officers from this."""),

(P, "fhir_server_conn", "none", """The nightly FHIR export job log, what's wrong?
[2026-12-02 01:00:03] export: connecting [[CONNECTION_STRING:postgresql://fhir_export:Kr0me-Fhir!2026@ehr-db-02.ihsc.test:5432/fhirstore]]
[2026-12-02 01:00:04] export: FATAL password authentication failed for user "fhir_export\""""),

(P, "tls_private_key", "none", """Our interface engine won't load the client cert, is the key in the right format?
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEArYVOm1lfF7Lqnd5B0lHSeo0i0HryWt6n6az+UsJ2sBm/4/Kx
9HzGFbbuW2v2VBUfgQpKPvabXPqrSlBFW7SqLZ/2zS7JAHFDpH7+snlf+YFdc4+O
86KF0PDJiw/eIKLZ9TPaAaMMcvsexiMyZHtRhEer8IbJhvRbnzS8rIORmX1Ml/RH
twc822KbSTOTfb4xQIDAQABAoIBAGp4Zk1vQ2xqV3R5Ykh0T0xnR2ZtN0RzRnpC
-----END RSA PRIVATE KEY-----]]"""),

(P, "fouo_portion", "romanian", """Reformat as a table: [[CUI_MARKING:(U//FOUO)]] Detainee [[PERSON:Ionuț Bălănescu]] refused TB screening 3x; [[CUI_MARKING:(U//FOUO)]] facility proposing medical isolation per policy 03-05."""),

(P, "telehealth_invite", "georgian", """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Telepsych follow-up - [[PERSON:Nino Chkheidze-Gogua]]
DTSTART:20261210T150000Z
DESCRIPTION:Patient DOB [[DATE_OF_BIRTH:1992-06-14]]. Psychiatrist: Dr. [[PERSON:Tamar Gelashvili]]. Join by phone [[PHONE_NUMBER:+1 202-555-0191]] PIN 448 201#
END:VEVENT
END:VCALENDAR
Why doesn't Outlook import this?"""),

(P, "api_key_config", "none", """Our formulary lookup service config (YAML) - is the indentation right?
formulary:
  endpoint: https://rx-lookup.vendor.test/v3
  api_key: "[[PASSWORD:rxk_live_7Hq2ZpL9vW4cT8mB3nK6yF1d]]"
  timeout_s: 20"""),

# evasions
(E, "dob_words", "nepali", """Patient [[PERSON:Kumari Thapa Magar]] said her birthday is [[DATE_OF_BIRTH:nineteen ninety, March the ninth]]. Fill the intake summary: allergies none known; requests female provider."""),
(E, "spaced_anumber", "bangladeshi", """Transfer slip says [[A_NUMBER:A 2 1 5 - 9 0 4 - 3 3 8]] for [[PERSON:Shahidul Alam Sarker]]; please write the transport note with the A-number in normal format."""),
(E, "markdown_marking", "none", """Rewrite this header that someone bolded: **[[CUI_MARKING:CUI//SP-PRVCY]]** -- IHSC weekly census of detainees on hunger strike (3 facilities). Make it a summary sentence."""),
(E, "zwsp_name", "tamil", """Copy from the EHR (weird characters): [[PERSON:Kala\u200bnithi Rama\u200bswamy]], DOB [[DATE_OF_BIRTH:1966-10-0\u200b2]]. Write a dietary order for a renal diet."""),

# hard negatives
(H, "icd_codes", "none", """Map these diagnosis codes to plain language for a transport officer: E11.65, I10, F43.10, Z91.19, O09.892. Don't include anything about specific patients."""),
(H, "loinc_versions", "none", """Which LOINC version introduced 2345-7 vs 2339-0 for glucose? Our interface uses LOINC 2.77 and HL7 v2.5.1 with FHIR R4 (4.0.1)."""),
(H, "eponym_diseases", "none", """Explain Hashimoto's thyroiditis, Graves' disease, Crohn's disease and Parkinson's disease in one line each for a non-clinical escort officer."""),
(H, "cui_as_umls", "none", """In UMLS, C0011849 is the CUI for diabetes mellitus and C0020538 is hypertension. How do I map our local problem list to CUIs with the Metathesaurus API?"""),
(H, "hospital_names", "none", """Nearest emergency departments to Krome: Jackson South, Baptist Hospital of Miami, and Kendall Regional. For Port Isabel: Valley Baptist in Harlingen and Harlingen Medical Center. Put them in a list with trauma levels."""),
(H, "ssi_benefits", "none", """A released detainee's US-citizen child gets SSI (Supplemental Security Income). Does the SSI payment count as income for the sponsor's fee waiver? General answer please."""),
(H, "standards_dates", "none", """National Detention Standards 2019 revised December 2019; PBNDS 2011 revised December 2016; IHSC directive 03-05 effective June 1, 2022. Put in chronological order."""),
(H, "lot_numbers", "none", """Vaccine lot reconciliation: Td lot U7213AA exp 2027-04-30; influenza lot FL24-0917 exp 2026-06-30; PPD lot C5814DA. Which expire first?"""),
(H, "placeholder_hl7", "none", """Give me an HL7 ADT^A01 skeleton with placeholders only, e.g. PID|1||<A-NUMBER>^^^ICE^AN||<LAST>^<FIRST>||<YYYYMMDD>|<SEX>. I'll fill it from the EHR."""),
(H, "public_contact", "none", """Where do families send medical records for a detainee? I have ICE Health Service Corps, 500 12th Street SW, Washington, DC 20536, and the ICE Detention Reporting and Information Line 1-888-351-4024. Write a short FAQ answer."""),
(H, "med_dosages", "none", """Convert insulin glargine 24 units nightly plus lispro sliding scale (150-199: 2 u, 200-249: 4 u, 250-299: 6 u) into a simple table for the nurse handoff."""),
(H, "historical_medicine", "none", """For a morale newsletter: two sentences on Florence Nightingale and Clara Barton and what they would think of telehealth."""),
(H, "uuid_fhir", "none", """FHIR bundle returned ids 7c4e9a12-0b3f-4d85-9e61-2a7f5c8d1b03 and e91f2b64-5a7c-4e03-8d2b-6c1a9f0e4d57 but the Encounter reference points to 3a8b... which is truncated. How do I find the full reference?"""),
]
