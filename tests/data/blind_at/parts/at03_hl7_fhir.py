# Voice: health-IT integration staff (ICE Health Service Corps clinics, CBP medical contracts, OHS) pasting HL7 v2
# messages and FHIR JSON converted from them.

R1 = (
    "Interface engine rejects this A04 with 'PID-11 component count'. What's wrong with the address?\n\n"
    "MSH|^~\\&|IHSC_EHR|GUAM_CLINIC|HIE|DHS|20261204081533||ADT^A04|MSG00481|P|2.5.1\n"
    "EVN|A04|20261204081500\n"
    "PID|1||MRN4471209^^^IHSC^MR||[[PERSON:RAHIMI^FARZANEH^S]]||[[DATE_OF_BIRTH:19870523]]|F|||"
    "[[STREET_ADDRESS:1190 MARINE CORPS DR^APT 7B^TAMUNING^GU^96913]]^^H||[[PHONE_NUMBER:(671)555-0128]]|||M||ACCT66102|"
    "[[US_SSN:402-88-1653]]\n"
    "NK1|1|[[PERSON:RAHIMI^DARIUSH]]|SPO^Spouse|[[STREET_ADDRESS:1190 MARINE CORPS DR^APT 7B^TAMUNING^GU^96913]]|[[PHONE_NUMBER:(671)555-0129]]\n"
    "PV1|1|O|GUAM^EXAM2^01||||0048812^[[PERSON:TAITANO^JOAQUIN^R]]^^^DR"
)

R2 = (
    "ORU from the reference lab. Can you pull the OBX values into a table (test, value, units, flag)?\n\n"
    "MSH|^~\\&|LABCORE|REFLAB|IHSC_EHR|KROME|20261203141200||ORU^R01|L8830217|P|2.3\n"
    "PID|1||IHSC0092210||[[PERSON:OTIENO^ACHIENG^AWUOR]]||[[DATE_OF_BIRTH:19940308]]|F\n"
    "OBR|1||LAB774102|80053^COMP METABOLIC PANEL\n"
    "OBX|1|NM|2345-7^GLUCOSE||112|mg/dL|70-99|H\n"
    "OBX|2|NM|2160-0^CREATININE||0.8|mg/dL|0.6-1.1|N\n"
    "OBX|3|NM|2951-2^SODIUM||138|mmol/L|136-145|N"
)

R3 = (
    "This is the PID the detention facility sends. PID-3 repeats and the second one is the A-number. How do I get "
    "the AN one in an XSLT?\n\n"
    "PID|1||IHSC0104418^^^IHSC^MR~[[A_NUMBER:A208834519]]^^^ICE^AN||[[PERSON:BENALI^YOUSSEF]]||[[DATE_OF_BIRTH:20010717]]|M|||"
    "^^^^^^^^^^||||||||||||MAR\n"
    "PV1|1|I|KROME^MED^04"
)

R4 = (
    "Converted the PID above to FHIR with our mapper, but the SSN ended up in identifier[1] without a type. Is "
    "this valid R4?\n\n"
    "{\n"
    "  \"resourceType\": \"Patient\",\n"
    "  \"identifier\": [\n"
    "    {\"system\": \"urn:oid:2.16.840.1.113883.3.7721\", \"value\": \"IHSC0087731\"},\n"
    "    {\"system\": \"http://hl7.org/fhir/sid/us-ssn\", \"value\": \"[[US_SSN:271-09-4418]]\"}\n"
    "  ],\n"
    "  \"name\": [{\"family\": \"[[PERSON:Delacruz]]\", \"given\": [\"[[PERSON:Jeremiel]]\", \"[[PERSON:Manalo]]\"]}],\n"
    "  \"telecom\": [{\"system\": \"phone\", \"value\": \"[[PHONE_NUMBER:+1 808 555 0146]]\", \"use\": \"mobile\"}],\n"
    "  \"gender\": \"male\",\n"
    "  \"birthDate\": \"[[DATE_OF_BIRTH:1999-11-21]]\",\n"
    "  \"address\": [{\"line\": [\"[[STREET_ADDRESS:94-1040 Waipahu St\"], \"city\": \"Waipahu\", \"state\": \"HI\", \"postalCode\": \"96797]]\"}]\n"
    "}"
)

R5 = (
    "FHIR bundle our NK1 mapping made. RelatedPerson.patient ref is right but the relationship code is wrong, "
    "should be MTH not MOTHER?\n\n"
    "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n"
    " {\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"text\":\"[[PERSON:Selam Gebremedhin]]\"}],"
    "\"birthDate\":\"[[DATE_OF_BIRTH:2009-04-14]]\"}},\n"
    " {\"resource\":{\"resourceType\":\"RelatedPerson\",\"patient\":{\"reference\":\"Patient/p1\"},"
    "\"relationship\":[{\"coding\":[{\"code\":\"MOTHER\"}]}],\"name\":[{\"text\":\"[[PERSON:Letebrhan Hagos]]\"}],"
    "\"telecom\":[{\"system\":\"phone\",\"value\":\"[[PHONE_NUMBER:+251 91 555 0132]]\"}]}}\n"
    "]}"
)

R6 = (
    "Mirth channel won't deploy, error is 'Cannot create PoolableConnectionFactory'. Channel source config:\n\n"
    "channel:\n"
    "  name: IHSC_ADT_INBOUND\n"
    "  source:\n"
    "    type: TCP Listener (MLLP)\n"
    "    port: 6661\n"
    "  destination:\n"
    "    type: Database Writer\n"
    "    url: [[CONNECTION_STRING:jdbc:postgresql://hl7db.ihsc.example.gov:5432/adt?user=mirth_svc&password=Rz8u2KqvT3nW]]\n"
    "    query: INSERT INTO adt_msgs (ctrl_id, msg) VALUES (${message.messageId}, ${message.rawData})"
)

R7 = (
    "[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]\n"
    "Pasted from the transfer summary export. Why is PV1-3 empty on the A02?\n\n"
    "MSH|^~\\&|IHSC_EHR|OTAY|IHSC_EHR|ADELANTO|20261201223011||ADT^A02|T55120|P|2.5\n"
    "PID|1||IHSC0120031^^^IHSC^MR~[[A_NUMBER:A219046638]]^^^ICE^AN||[[PERSON:CASTELLANOS^YESENIA^MARISOL]]||[[DATE_OF_BIRTH:19920203]]|F\n"
    "PV1|1|I|||||||||||||||||TRF"
)

R8 = (
    "VXU from the county registry. PID-6 is mother's maiden name right? we store it wrong.\n\n"
    "MSH|^~\\&|IIS|COUNTY|IHSC_EHR|IHSC|20261130100412||VXU^V04|V220817|P|2.5.1\n"
    "PID|1||IIS77413022^^^COUNTY^SR||[[PERSON:HERNANDEZ CASTELLANOS^MATEO^ELIAS]]|[[PERSON:ARGUETA^ROSA^DELIA]]|[[DATE_OF_BIRTH:20210609]]|M\n"
    "RXA|0|1|20261128|20261128|08^HEPB-PEDS^CVX|0.5|mL"
)

R9 = (
    "Mirth error log shows the message on one line with \\r between segments. Which segment has the bad date?\n\n"
    "2026-12-04 09:14:07,331 ERROR [IHSC_ADT_INBOUND] HL7 parse failed: MSH|^~\\&|IHSC_EHR|ELOY|HIE|DHS|20261204091406||ADT^A08|"
    "MSG00502|P|2.5.1\\rPID|1||MRN4470015^^^IHSC^MR||[[PERSON:HAKOBYAN^ARMEN^VARDANI]]||[[DATE_OF_BIRTH:19760230]]|M|||"
    "[[STREET_ADDRESS:505 N ADAMS ST^^GLENDALE^CA^91206]]||[[PHONE_NUMBER:818-555-0177]]||||||[[US_SSN:526-71-0384]]\\rPV1|1|O"
)

R10 = (
    "PV1-7 and PV1-17 both have doctors. Which one goes to Encounter.participant type ATND?\n\n"
    "PID|1||MRN4470882^^^IHSC^MR||[[PERSON:LINDQVIST^ASTRID^M]]||[[DATE_OF_BIRTH:19830115]]|F\n"
    "PV1|1|O|BUFF^CLIN1^02||||1407733^[[PERSON:WHITEHORSE^DELPHINE]]^^^MD|||MED||||||||2280091^[[PERSON:ADEYEMI-ROSS^KOLAWOLE]]^^^MD"
)

R11 = (
    "Need help with the NK1 repeats. Patient listed two emergency contacts but only one shows up in the portal:\n\n"
    "PID|1||MRN4471733^^^IHSC^MR||[[PERSON:SEO^MINJAE]]||[[DATE_OF_BIRTH:19890912]]|M\n"
    "NK1|1|[[PERSON:SEO^HYUNWOO]]|BRO^Brother||[[PHONE_NUMBER:+82 2-555-0167]]||EC\n"
    "NK1|2|[[PERSON:CHAE^EUNBI]]|FRND^Friend|[[STREET_ADDRESS:1733 W 3RD ST^APT 210^LOS ANGELES^CA^90017]]|[[PHONE_NUMBER:(213)555-0192]]||EC"
)

E1 = (
    "The Japanese-language EHR at the contract clinic sends full-width digits in PID-7 and PID-13. Our parser "
    "treats them as invalid. Example:\n\n"
    "PID|1||JP00441||[[PERSON:NAKASHIMA^RIKO]]||[[DATE_OF_BIRTH:１９９１０７２４]]|F|||||[[PHONE_NUMBER:０３－５５５５－０１８１]]\n"
    "Is there an ICU transform that fixes this in Mirth?"
)

E2 = (
    "Message got cut in half by the Teams paste limit, here's part 1:\n"
    "PID|1||MRN4471955^^^IHSC^MR||[[PERSON:MWANSA^CHILESHE]]||[[DATE_OF_BIRTH:19860415]]|M|||||||||||[[US_SSN:148-62-\n"
    "part 2:\n"
    "7730]]\n"
    "PV1|1|O|ELOY^TRIAGE^01\n"
    "why would PID-19 fail validation?"
)

H1 = (
    "Is this ACK telling me the message was accepted or just received?\n\n"
    "MSH|^~\\&|HIE|DHS|IHSC_EHR|GUAM_CLINIC|20261204081534||ACK^A04|ACK00481|P|2.5.1\n"
    "MSA|AA|MSG00481|Message accepted\n"
    "ERR|||207^Application internal error^HL70357|W"
)

H2 = (
    "Mapping table for our diagnosis feed. Some of these eponyms trip our name filter. Which DG1-3 coding system "
    "should I use, I10 or ICD10CM?\n\n"
    "DG1|1|I10|G20^Parkinson disease^I10\n"
    "DG1|2|I10|C81.90^Hodgkin lymphoma, unspecified^I10\n"
    "DG1|3|I10|E05.00^Graves disease without thyrotoxic crisis^I10\n"
    "DG1|4|I10|Q90.9^Down syndrome, unspecified^I10\n"
    "DG1|5|I10|G61.0^Guillain-Barre syndrome^I10"
)

H3 = (
    "Where should PV1-3 point for the headquarters telehealth location? We were told to use the public address:\n\n"
    "LOC|IHSC_HQ^^^TELEHEALTH|||ICE Health Service Corps^500 12th St SW^Washington^DC^20536\n"
    "PV1|1|O|IHSC_HQ^TELE^01"
)

H4 = (
    "Mirth config for the staging channel. Our reviewer says secrets must come from the vault, is this OK?\n\n"
    "destination:\n"
    "  type: Database Writer\n"
    "  url: jdbc:postgresql://${HL7_DB_HOST}:5432/adt\n"
    "  username: ${HL7_DB_USER}\n"
    "  password: ${HL7_DB_PASSWORD}"
)

H5 = (
    "FHIR profile snippet, I just need to know if the slicing on identifier is right:\n\n"
    "{\"resourceType\":\"StructureDefinition\",\"url\":\"http://ihsc.example.gov/fhir/StructureDefinition/ihsc-patient\",\n"
    " \"differential\":{\"element\":[\n"
    "  {\"id\":\"Patient.identifier:SSN\",\"path\":\"Patient.identifier\",\"sliceName\":\"SSN\",\"min\":0,\"max\":\"1\"},\n"
    "  {\"id\":\"Patient.identifier:SSN.system\",\"path\":\"Patient.identifier.system\",\"fixedUri\":\"http://hl7.org/fhir/sid/us-ssn\"},\n"
    "  {\"id\":\"Patient.birthDate\",\"path\":\"Patient.birthDate\",\"min\":1}\n"
    " ]}}"
)

H6 = (
    "Our MFN for the lab test master. The order codes are 9 digits and the EHR vendor thinks they're SSNs and "
    "masks them in the UI. Can we change the datatype?\n\n"
    "MFE|MAD|MF20261201|20261201|418552077^CBC WITH DIFF^L\n"
    "MFE|MAD|MF20261201|20261201|418552085^LIPID PANEL^L\n"
    "MFE|MAD|MF20261201|20261201|418552093^HEMOGLOBIN A1C^L"
)

H7 = (
    "What's the difference between MSH-7 and EVN-2? They're both timestamps:\n\n"
    "MSH|^~\\&|IHSC_EHR|ELOY|HIE|DHS|20261204091406||ADT^A08|MSG00502|P|2.5.1\n"
    "EVN|A08|20261204091400|||OPS^Night^Batch"
)

RECORDS = [
    ("positive", "hl7_adt_a04_full", "afghan+chamorro", R1),
    ("positive", "hl7_oru_lab", "luo", R2),
    ("positive", "hl7_pid_anumber", "moroccan", R3),
    ("positive", "fhir_patient_json", "filipino", R4),
    ("positive", "fhir_bundle_relatedperson", "tigrinya", R5),
    ("positive", "mirth_connection_string", None, R6),
    ("positive", "hl7_a02_fouo_banner", "salvadoran", R7),
    ("positive", "hl7_vxu_mothers_maiden", "salvadoran", R8),
    ("positive", "hl7_error_log_one_line", "armenian", R9),
    ("positive", "hl7_pv1_doctors", "swedish+ojibwe+yoruba", R10),
    ("positive", "hl7_nk1_repeats", "korean", R11),
    ("evasion", "hl7_fullwidth_digits", "japanese", E1),
    ("evasion", "hl7_split_paste", "zambian", E2),
    ("hard_negative", "hl7_ack", None, H1),
    ("hard_negative", "hl7_dg1_eponyms", None, H2),
    ("hard_negative", "hl7_public_location", None, H3),
    ("hard_negative", "mirth_placeholder_password", None, H4),
    ("hard_negative", "fhir_profile_no_values", None, H5),
    ("hard_negative", "hl7_mfn_9digit_codes", None, H6),
    ("hard_negative", "hl7_msh_evn_timestamps", None, H7),
]
