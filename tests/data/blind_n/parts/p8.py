"""Voice: USCIS / CBP / ICE case work as spreadsheets, SQL results, pandas output, API payloads."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "sql_result", "chinese+hispanic+indian", """
write a query that finds duplicates like these, and explain why they might be dupes

 a_number   | last_name    | first_name | dob        | receipt
------------+--------------+------------+------------+---------------
 [[A_NUMBER:A087653924]] | [[PERSON:CHEN]]         | [[PERSON:XIU-YING]]   | [[DATE_OF_BIRTH:1991-02-14]] | [[USCIS_RECEIPT_NUMBER:EAC2419052817]]
 [[A_NUMBER:A087653942]] | [[PERSON:CHEN]]         | [[PERSON:XIUYING]]    | [[DATE_OF_BIRTH:1991-02-14]] | [[USCIS_RECEIPT_NUMBER:EAC2419052871]]
 [[A_NUMBER:A203118457]] | [[PERSON:GARCIA LOPEZ]] | [[PERSON:JUAN CARLOS]]| [[DATE_OF_BIRTH:1985-07-30]] | [[USCIS_RECEIPT_NUMBER:WAC2490011234]]
"""),
R(H, "sql_schema", None, """
review this DDL, suggest indexes:
CREATE TABLE case_status (
  receipt_number CHAR(13) PRIMARY KEY,
  form_type VARCHAR(8) NOT NULL,
  status_code SMALLINT,
  updated_at TIMESTAMP DEFAULT now()
);
CREATE INDEX ix_status ON case_status(status_code);
"""),
R(P, "pandas_output", "haitian+cuban_dominican+brazilian", """
why is my merge producing NaN for passport? output below

>>> df.head()
               name         a_number    passport  country
0  [[PERSON:Wideline Pierre-Louis]]  [[A_NUMBER:A-201-448-736]]   NaN   HTI
1     [[PERSON:Yunior Batista]]  [[A_NUMBER:A-199-302-584]]   NaN   DOM
2   [[PERSON:Gabriela Sousa Lima]]  [[A_NUMBER:A-214-770-129]]  NaN   BRA
"""),
R(H, "api_schema_example", None, """
write pydantic models from this OpenAPI example:
{"receiptNumber": "string (13 chars, e.g. ABC0000000000)", "formType": "I-130", "status": "Case Was Received", "lastUpdated": "2026-11-30T14:02:11Z", "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e"}
"""),
R(P, "api_payload", "arabic", """
the CBP API returns 422 for this payload, what field is wrong?
{
  "traveler": {"givenName": "[[PERSON:Dunya]]", "familyName": "[[PERSON:Al-Sayegh]]",
    "dateOfBirth": "[[DATE_OF_BIRTH:1996-09-11]]", "passportNumber": "[[US_PASSPORT:A03318742]]",
    "i94Number": "[[I94_NUMBER:74829103A41]]"},
  "portCode": "2704", "arrivalDate": "2026-11-29"
}
"""),
R(H, "port_codes", None, """
make a lookup table: port 2704 LAX, 4701 JFK, 5401 Dulles (IAD), 1001 New York seaport, 2304 Laredo. Also note which ones process Global Entry interviews.
"""),
R(P, "ice_detainer_csv", "guatemalan+honduran", """
convert this csv into a markdown table:
subject_name,a_number,facility,book_in
"[[PERSON:Xuncax Tzoc, Baltazar]]",[[A_NUMBER:A219044381]],Otero County,2026-11-02
"[[PERSON:Maldonado Reyes, Kenia Lizeth]]",[[A_NUMBER:A220117653]],Torrance County,2026-11-04
"""),
R(H, "i94_admit_class", None, """
explain these admission classes: B1/B2, F-1, J-1, H-1B, TN, WT. How is "D/S" (duration of status) different from a fixed admit-until date like 05/28/2027?
"""),
R(P, "sevis_email", "nigerian", """
Draft a reply to the DSO:
From: [[EMAIL_ADDRESS:dso-intl@midstate-univ.test]]
"Student [[PERSON:Chidinma Okafor-Nwachukwu]], SEVIS ID [[SEVIS_ID:N0031284557]], has a pending OPT application [[USCIS_RECEIPT_NUMBER:YSC2690412288]]. Can you confirm her status?"
"""),
R(H, "form_edition", None, """
which edition of the I-765 should applicants use? The site says edition 01/20/25, OMB No. 1615-0040, expires 05/31/2027. Older editions 08/21/23 accepted until 12/31.
"""),
R(P, "kt_number", "indian", """
help me write a Global Entry appeal letter. My KTN is [[KNOWN_TRAVELER_NUMBER:984126373]] and I was denied renewal. Name: [[PERSON:Harpreet Singh Sandhu]], DOB [[DATE_OF_BIRTH:04/22/1976]].
"""),
R(E, "a_number_split", "haitian", """
translate to Creole: "Your A-number is [[A_NUMBER:A 2 1 5 - 6 6 0 - 3 9 8]], please bring it to the interview." The applicant is [[PERSON:Marie-Claude Étienne]].
"""),
R(H, "receipt_shape_fake", None, """
explain the receipt number format to a new hire: three letters for the service center (e.g. EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC), two digits for fiscal year, three for computer workday, five for sequence. Example format: XXX-YY-DDD-NNNNN.
"""),
R(P, "eoir_hearing", "honduran+anglo", """
summarize this hearing notice for the family:
Respondent: [[PERSON:Kevin Josué Amaya Cruz]]  A# [[A_NUMBER:A-218-330-675]]
Hearing: 01/21/2027 8:30 AM, Dallas Immigration Court (Earle Cabell Federal Bldg), Courtroom 5
Attorney of record: [[PERSON:Sarah Whitfield]], [[PHONE_NUMBER:214-555-0190]]
"""),
R(H, "processing_stats", None, """
chart description: FY26 Q4 I-130 median processing 14.2 months, I-485 10.8, N-400 5.9, I-765 (c)(9) 2.7. Backlog 1,204,118 cases, down 3.1% q/q.
"""),
R(P, "dl_check", "polish", """
is this a valid NY license format? [[PERSON:Katarzyna Wójcik]] gave [[US_DRIVER_LICENSE:384 920 117]] on the I-9 List B
"""),
R(E, "receipt_obfuscated", "cuban_dominican", """
can you convert this to a proper sentence for the status letter: receipt no. is [[USCIS_RECEIPT_NUMBER:I O E 0 9 1 5 5 7 2 2 0 4]] for [[PERSON:Yaneisy Rodríguez Valdés]]
"""),
R(P, "excel_paste", "korean+vietnamese+persian", """
fill down the missing birth dates from the second sheet and tell me which rows still lack one

Sheet1
Name	A-Number	DOB
[[PERSON:Seo Min-jae]]	[[A_NUMBER:A201556730]]	
[[PERSON:Dang Minh Khoa]]	[[A_NUMBER:A206118204]]	[[DATE_OF_BIRTH:02/11/1988]]
[[PERSON:Parisa Tehrani]]	[[A_NUMBER:A209774012]]	
Sheet2
[[PERSON:Seo Min-jae]]	[[DATE_OF_BIRTH:1993-06-17]]
"""),
R(H, "zip_only", None, """
which of these ZIPs fall in the Houston AOR? 77002, 77036, 77573, 78501, 79901, 75201-4402
"""),
R(P, "edipi_vet", "anglo", """
applicant for naturalization under military provision gave DoD ID [[DOD_EDIPI:1547829036]], name [[PERSON:Chance Hollister]]. Write the N-426 request cover memo.
"""),
]
