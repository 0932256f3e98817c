# Voice: data stewards, fleet managers, IT staff and health-unit staff pasting exports, code and messages
RECORDS = [
("positive", "fleet_roster_csv", "polish+hawaiian+dutch+haitian",
"""Can you find duplicates in this fleet driver roster before I upload it to the GSA portal?

emp_id,last,first,state,dl,dl_exp,dob
40213,[[PERSON:Kowalczuk]],[[PERSON:Wiesław]],MI,[[US_DRIVER_LICENSE:K 482 193 706 518]],2029-03-14,[[DATE_OF_BIRTH:1966-03-14]]
40288,[[PERSON:Nakamura-Pilialoha]],[[PERSON:Kawika]],HI,[[US_DRIVER_LICENSE:H04719283]],2028-11-02,[[DATE_OF_BIRTH:1983-11-02]]
40301,[[PERSON:Ostrander]],[[PERSON:Kaylee]],WA,[[US_DRIVER_LICENSE:WDLR4K72P9XQ]],2031-06-21,[[DATE_OF_BIRTH:1997-06-21]]
40319,[[PERSON:Ostrander]],[[PERSON:Kaylee]],WA,[[US_DRIVER_LICENSE:OSTRAKL427QZ]],2024-06-21,[[DATE_OF_BIRTH:1997-06-21]]
40352,[[PERSON:Baptiste-Mondésir]],[[PERSON:Marie-Yolène]],NV,[[US_DRIVER_LICENSE:1804729361]],2030-01-09,[[DATE_OF_BIRTH:1979-01-09]]"""),

("positive", "pipe_delimited_export", "norwegian+samoan+canadian_french+yupik",
"""lic_no|lic_state|holder|birth_dt|class
[[US_DRIVER_LICENSE:7294018]]|OR|[[PERSON:Halvorsen, Ingrid S]]|[[DATE_OF_BIRTH:04/02/1961]]|C
[[US_DRIVER_LICENSE:184729305]]|UT|[[PERSON:Tuilagi, Sione]]|[[DATE_OF_BIRTH:09/17/1992]]|A
[[US_DRIVER_LICENSE:08KTR62917]]|NH|[[PERSON:Gagnon-Pelletier, Rémi]]|[[DATE_OF_BIRTH:12/30/1974]]|D
[[US_DRIVER_LICENSE:7104829]]|AK|[[PERSON:Angasan, Nuniaq]]|[[DATE_OF_BIRTH:06/11/1988]]|D"""),

("positive", "json_api_payload", "kazakh",
"""This POST keeps returning 422, what's wrong with the payload?
{
  "applicant": {
    "givenName": "[[PERSON:Aigerim]]",
    "familyName": "[[PERSON:Zhaksylykova]]",
    "birthDate": "[[DATE_OF_BIRTH:1994-13-07]]",
    "idDocument": {"type": "DL", "state": "KY", "number": "[[US_DRIVER_LICENSE:N04-718-293]]"}
  }
}"""),

("positive", "sql_insert_drivers", "zimbabwean+swedish+pakistani",
"""INSERT INTO fleet.drivers (driver_id, full_name, oln, oln_state, dob, cdl) VALUES
 (9101, '[[PERSON:Rutendo Chikwanha]]', '[[US_DRIVER_LICENSE:472KP8193]]', 'IA', '[[DATE_OF_BIRTH:1985-08-24]]', 'N'),
 (9102, '[[PERSON:Arvid Lindqvist-Haugen]]', '[[US_DRIVER_LICENSE:K04-82-7193]]', 'KS', '[[DATE_OF_BIRTH:1958-02-03]]', 'Y'),
 (9103, '[[PERSON:Mehwish Tariq Qadri]]', '[[US_DRIVER_LICENSE:T019284736]]', 'MO', '[[DATE_OF_BIRTH:1999-10-31]]', 'N');
-- error: duplicate key value violates unique constraint "drivers_oln_key\""""),

("positive", "hl7_pid", "marshallese",
"""Health unit ADT feed, the interface engine chokes on PID-7:
MSH|^~\\&|EHR|CBP-HU|ADT|DHS|20261204101522||ADT^A04|MSG00418|P|2.5.1
PID|1||MRN7720194^^^CBPHU^MR||[[PERSON:LANGRINE^JOLINE^T]]||[[DATE_OF_BIRTH:19900518]]|F|||[[STREET_ADDRESS:1820 S 8TH ST^^SPRINGDALE^AR^72764]]||[[PHONE_NUMBER:(479)555-0128]]|||||||[[US_DRIVER_LICENSE:AR918273645]]
PV1|1|O|URGENT^^^CBPHU"""),

("positive", "fhir_patient", "bhutanese",
"""{
  "resourceType": "Patient",
  "id": "hu-5521",
  "name": [{"family": "[[PERSON:Ghimire]]", "given": ["[[PERSON:Bishnu]]", "[[PERSON:Maya]]"]}],
  "gender": "female",
  "birthDate": "[[DATE_OF_BIRTH:1963-07-04]]",
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.39", "value": "[[US_DRIVER_LICENSE:SR418270]]"}],
  "address": [{"text": "[[STREET_ADDRESS:3100 Westpark Dr, Apt 208, Akron, OH 44313]]"}]
}
The identifier system above is the Ohio? no wait 4.3.39 — check which state that OID is."""),

("positive", "vcard_bday", "armenian",
"""BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Hovhannisyan;Anahit]];;;
FN:[[PERSON:Anahit Hovhannisyan]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-818-555-0147]]
EMAIL:[[EMAIL_ADDRESS:anahit.hovh@example.net]]
BDAY:[[DATE_OF_BIRTH:1981-05-26]]
NOTE:CA DL [[US_DRIVER_LICENSE:Y1029384]]
END:VCARD"""),

("positive", "gedcom_birt", "norwegian",
"""0 @I14@ INDI
1 NAME [[PERSON:Sigrid Aasta /Brekkestrand/]]
1 SEX F
1 BIRT
2 DATE [[DATE_OF_BIRTH:14 MAR 1931]]
2 PLAC Stavanger, Rogaland, Norway
1 DEAT
2 DATE 2 FEB 2019
0 @I15@ INDI
1 NAME [[PERSON:Halvard /Brekkestrand/]]
1 BIRT
2 DATE [[DATE_OF_BIRTH:ABT 1929]]"""),

("positive", "yaml_fixture", "mongolian",
"""# test fixture accidentally committed with a real colleague's data?
applicant:
  name: [[PERSON:Oyunchimeg Dashdondog]]
  dob: "[[DATE_OF_BIRTH:1990-04-21]]"
  id_num: "[[US_DRIVER_LICENSE:WDLQ0M8Z7T4B]]"
  id_state: WA
  passport: "[[US_PASSPORT:E02918473]]"
"""),

("positive", "xml_record", "sudanese",
"""<Applicant>
  <Name><Last>[[PERSON:Abdelrahman]]</Last><First>[[PERSON:Nafisa Osman]]</First></Name>
  <BirthDate>[[DATE_OF_BIRTH:1986-01-15]]</BirthDate>
  <Credential type="StateID" jurisdiction="TN">[[US_DRIVER_LICENSE:118472930]]</Credential>
  <Credential type="Passport" country="SDN">[[US_PASSPORT:P04718293]]</Credential>
</Applicant>"""),

("positive", "fixed_width_dmv", "yoruba+cajun+lakota",
"""DMV extract (fixed width, cols: OLN 1-12, NAME 13-42, DOB 43-50 CCYYMMDD, CLS 51)
[[US_DRIVER_LICENSE:1847293605]]  [[PERSON:OYELARAN ADEBIMPE F]]           [[DATE_OF_BIRTH:19770922]]C
[[US_DRIVER_LICENSE:009184726]]   [[PERSON:THIBODAUX LANDRY J]]            [[DATE_OF_BIRTH:19880105]]D
[[US_DRIVER_LICENSE:KRA418293]]   [[PERSON:KRAMER-RUNNINGHORSE ELAINE]]    [[DATE_OF_BIRTH:19690707]]C"""),

("positive", "cdl_medical_card", "ghanaian",
"""MEDICAL EXAMINER'S CERTIFICATE (MCSA-5876), typed from the card:
Driver's Name: [[PERSON:Kwabena Asante-Boakye]]
Driver's License Number: [[US_DRIVER_LICENSE:37194028]]   Issuing State: VT
Date of Birth: [[DATE_OF_BIRTH:March 3rd, 1970]]
Certificate Date: 11/20/2026   Expiration Date: 11/20/2028
Medical Examiner: National Registry No. 4402918371 (examiner's number, not the driver's)"""),

("positive", "python_test_string", "italian",
"""def test_parse_license():
    raw = "DL# [[US_DRIVER_LICENSE:S530-7719-0284]] ISS 04/11/2025 DOB [[DATE_OF_BIRTH:13-JUN-1987]] NAME [[PERSON:SCARAMUZZI, FILOMENA]]"
    rec = parse(raw)
    assert rec.state == "IL"
# I copied this from a ticket, is the DOB regex going to match 13-JUN-1987?"""),

("positive", "semicolon_csv_pr", "puerto_rican",
"""nombre;licencia;fecha_nac;municipio
[[PERSON:Zuleika Marrero Cintrón]];[[US_DRIVER_LICENSE:4819273]];[[DATE_OF_BIRTH:15/09/1984]];Caguas
[[PERSON:Edgardo Figueroa Nieves]];[[US_DRIVER_LICENSE:5027184]];[[DATE_OF_BIRTH:02/07/1979]];Mayagüez"""),

("evasion", "base64_dob", "anglo",
"""The legacy API stores the subject blob base64-encoded, here is the log line:
2026-12-04T14:22:08Z INFO subject=[[PERSON:Thaddeus Whitcombe]] lic_md=[[US_DRIVER_LICENSE:TTIxODQ3MzkwNjI3MQ==]] dob_b64=[[DATE_OF_BIRTH:MTk2OC0wOS0xMQ==]]"""),

("evasion", "hex_escaped", "chamorro",
"""JS console output: holderDob = "[[DATE_OF_BIRTH:\\u0031\\u0039\\u0038\\u0032-\\u0030\\u0034-\\u0031\\u0036]]", holderName = "[[PERSON:Sinforosa Taitano Cruz]]", gu_dl = "[[US_DRIVER_LICENSE:\\x47\\x34\\x37\\x31\\x39\\x30\\x32\\x38]]" """),

# hard negatives
("hard_negative", "roster_schema_only", None,
"""CREATE TABLE fleet.drivers (
  driver_id    integer PRIMARY KEY,
  full_name    text NOT NULL,
  oln          varchar(20) NOT NULL,
  oln_state    char(2) NOT NULL,
  dob          date NOT NULL,
  cdl          char(1) DEFAULT 'N'
);
CREATE UNIQUE INDEX drivers_oln_key ON fleet.drivers (oln, oln_state);"""),

("hard_negative", "software_license_keys", None,
"""Renewal list for the fleet telematics software:
license_key,product,seats,expires
FLT-7K2Q-9XWB-44MP,Geotab Pro,250,2027-09-30
LIC-0048-2291-A7,ArcGIS Field Maps,40,2027-03-31
Win Server 2022 volume license agreement 71928834 (MAK keys live in the VLSC, not here)"""),

("hard_negative", "vin_list", None,
"""asset,plate,vin,model_year
G41-8827K,G41 8827K,1FTBR1Y84NKA21907,2022
G62-1104M,G62 1104M,1GCUYDED4PZ118204,2023
G10-5520A,G10 5520A,JTDKAMFU4N3172056,2022"""),

("hard_negative", "hl7_spec_sample", None,
"""HL7 v2.5.1 PID segment reference:
PID-5 Patient Name (XPN), PID-7 Date/Time of Birth (TS, YYYYMMDD), PID-8 Administrative Sex, PID-11 Patient Address, PID-20 Driver's License Number (DLN).
Example from the spec: PID|||<MRN>||<FAMILY>^<GIVEN>||<YYYYMMDD>|F"""),

("hard_negative", "fhir_placeholder", None,
"""{"resourceType": "Patient", "name": [{"family": "{{family}}", "given": ["{{given}}"]}], "birthDate": "{{birthDate}}", "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.XX", "value": "${DL_NUMBER}"}]}"""),

("hard_negative", "git_log_dates", None,
"""commit 7f3c2a91e04b8d55c6a1f0e2d9b87a4c3e1f5d20
Author: fleet-bot (CI pipeline)
Date:   Fri Dec 4 14:22:08 2026 -0500

    Bump dob-parser to 2.14.0 (supports dd-MMM-yyyy); release born-on date 2026-12-04"""),

("hard_negative", "zip4_and_nsn", None,
"""Motor pool supply request: deliver to ZIP 20528-0075, building 410. Items: tire chains NSN 2540-01-544-8831, first-aid kit NSN 6545-01-532-3674, vehicle fire extinguisher NSN 4210-01-039-0847. PO 70RDAD27P00000128."""),

("hard_negative", "cdl_regs_summary", None,
"""49 CFR 391.41: a CDL driver must carry a current medical certificate (max 24 months). Form MCSA-5876 is the certificate, MCSA-5875 the exam report. Drivers 21 or older for interstate; intrastate may allow 18. The Clearinghouse query is required annually."""),

("hard_negative", "uuid_hash_ids", None,
"""subject_ref: 3f9a2c7e-1b44-4e0a-9d2f-81c6b5a07e13
doc_hash (sha256): 9c1e4b7a02f8d35e6a9b0c1d2e3f40516273849a5b6c7d8e9f0a1b2c3d4e5f60
batch: 2026-12-04/0031   version: v4.18.2   record count: 1,204"""),

("hard_negative", "license_plate_log", None,
"""Gate camera log
08:14:22 plate=CA 8KRT419 lane=2 result=PERMIT_OK permit=PRK-26-0419
08:15:03 plate=MD 2EX7710 lane=1 result=VISITOR
08:15:47 plate=DC GV-4418 lane=2 result=PERMIT_OK permit=PRK-26-1182"""),

("hard_negative", "gedcom_famous", None,
"""0 @I1@ INDI
1 NAME Abraham /Lincoln/
1 BIRT
2 DATE 12 FEB 1809
2 PLAC Hodgenville, Kentucky
1 DEAT
2 DATE 15 APR 1865
(Sample GEDCOM shipped with the genealogy software tutorial.)"""),

("hard_negative", "regex_snippet", None,
"""DL_PATTERNS = {
    "CA": r"^[A-Z]\\d{7}$",
    "NY": r"^\\d{9}$",
    "FL": r"^[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}-\\d$",
    "WA": r"^WDL[A-Z0-9]{9}$",
}
DOB_FORMATS = ["%m/%d/%Y", "%Y-%m-%d", "%d-%b-%Y"]"""),
]
