# Voice 9: a Salesforce / Dynamics 365 CRM administrator: record exports, flows, validation rules,
# user provisioning.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "contact_export_csv", "quechua+tongan+yoruba", """Id,FirstName,LastName,Email,Phone,Birthdate,MailingStreet,MailingCity,MailingState,MailingPostalCode
0035e00000AbQ1xAAF,[[PERSON:Anahí]],[[PERSON:Quispe Mamani]],[[EMAIL_ADDRESS:anahi.quispe@outlook.example]],[[PHONE_NUMBER:(505) 555-0128]],[[DATE_OF_BIRTH:1993-06-24]],[[STREET_ADDRESS:418 Calle Ocho]],Albuquerque,NM,87102
0035e00000AbQ1yAAF,[[PERSON:Lisiate]],[[PERSON:Fonua]],[[EMAIL_ADDRESS:vfonua@yahoo.example]],[[PHONE_NUMBER:(801) 555-0163]],[[DATE_OF_BIRTH:1981-01-09]],[[STREET_ADDRESS:2250 S Redwood Rd]],West Valley City,UT,84119
0035e00000AbQ1zAAF,[[PERSON:Ogunleye]],[[PERSON:Morenike]],[[EMAIL_ADDRESS:mogunleye@proton.example]],,,,Houston,TX,
Data Loader export from the outreach org. Why does the third row have FirstName/LastName swapped? Is there a formula to detect that?"""),

(P, "soql_results", "vietnamese+somali", """SELECT Name, Alien_Number__c, Receipt_Number__c FROM Applicant__c WHERE Status__c = 'Pending' LIMIT 3
Results:
[[PERSON:Đỗ Thị Lan Anh]] | [[A_NUMBER:A208841637]] | [[USCIS_RECEIPT_NUMBER:MSC2690417723]]
[[PERSON:Khadar Maxamed Cali]] | [[A_NUMBER:A213066902]] | [[USCIS_RECEIPT_NUMBER:NBC2691183004]]
[[PERSON:Vũ Quốc Bảo]] | [[A_NUMBER:A099462718]] | [[USCIS_RECEIPT_NUMBER:MSC2690420015]]
The query returns 3 rows but the list view shows 5 — why?"""),

(P, "user_provisioning", "native_american+irish", """New user requests (please create in Sandbox first):
1. [[PERSON:Cheyenne Longhorn-O'Rourke]], Case Worker profile, [[EMAIL_ADDRESS:cheyenne.longhorn-orourke@ice.dhs.example.gov]], manager [[PERSON:Patrick Doherty]]
2. [[PERSON:Sequoyah Whitekiller]], Read Only, [[EMAIL_ADDRESS:sequoyah.whitekiller@ice.dhs.example.gov]]
Temporary password for both: [[PASSWORD:Welcome#Sbx7731q]] — they must change on first login.
Write me the permission set assignment steps."""),

(P, "sfdx_auth_url", "anglo", """our CI pipeline for the Salesforce org fails at auth. This is what's in the secret variable (I know, I'll rotate after):
SFDX_AUTH_URL=[[CONNECTION_STRING:force://PlatformCLI::5Aep861KIwKdekr90I4iHdtDgWwRoG7O9U1aT6bSfLOm0K4xZ7pNqX3cYbR2vL8sFe1gHj9dWk@dhs-outreach.my.salesforce.com]]
error: "expired access/refresh token". Created by [[PERSON:Brett Halvorsen]]."""),

(P, "dynamics_conn_string", None, """Dynamics 365 plugin registration tool won't connect. Connection string from app.config:
<add name="CRM" connectionString="[[CONNECTION_STRING:AuthType=ClientSecret;Url=https://fema-dcm.crm9.dynamics.example.com;ClientId=4b8e2f61-93ac-4d71-b0e5-7c2a9f13d804;ClientSecret=Qx8~vT3pL.mW7zR_kN2yH5cJ9bF4gD6sA1eU0iO]]" />
Error: AADSTS7000215 invalid client secret. Ideas?"""),

(P, "validation_rule_failure", "colombian", """Validation rule "DOB_Not_Future" is blocking this update and I don't get why:
Record: Contact [[PERSON:Valentina Ospina Garzón]], Birthdate = [[DATE_OF_BIRTH:03/31/2001]], Phone = [[PHONE_NUMBER:+57 604 555 0149]]
Rule: Birthdate > TODAY()
Error: "Date of birth cannot be in the future." Is it the locale (d/m vs m/d)?"""),

(P, "flow_debug_log", "korean+ghanaian", """FLOW_ASSIGNMENT_DETAIL|[Case_Intake_Flow]|varApplicantName|[[PERSON:Kofi Asante-Lee]]
FLOW_ASSIGNMENT_DETAIL|[Case_Intake_Flow]|varApplicantDOB|[[DATE_OF_BIRTH:2000-11-27]]
FLOW_ASSIGNMENT_DETAIL|[Case_Intake_Flow]|varSSN|[[US_SSN:589-34-7702]]
FLOW_ELEMENT_ERROR|Create_Records|REQUIRED_FIELD_MISSING: [Mother_Maiden_Name__c]
FLOW_ASSIGNMENT_DETAIL|[Case_Intake_Flow]|varCaseWorker|[[PERSON:Ji-yeon Asante-Lee]]
why would the flow need mother's maiden name when the screen doesn't ask for it?"""),

(P, "apex_test_bad_data", "anglo", """// someone used real-looking data in a test class, is this ok to deploy?
@isTest static void testIntake() {
    Contact c = new Contact(FirstName='[[PERSON:Wilhelmina]]', LastName='[[PERSON:Vandermeer]]',
        Birthdate=Date.newInstance([[DATE_OF_BIRTH:1958, 4, 2]]), SSN__c='[[US_SSN:236-71-4408]]',
        MailingStreet='[[STREET_ADDRESS:61 Quarry Hill Rd]]');
    insert c;
}
(she was a real client from the old system export, I'm pretty sure)"""),

(P, "jwt_bearer_key", "anglo", """Setting up the JWT bearer flow for the integration user. Here's the private key I generated — can you tell me if it's the right format for the connected app?
[[PRIVATE_KEY:-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC5Sw/qBZA83oPq
vf08zcds5/Sj8NVr2+J42WOAkB5UBiJGvQQTbWWil4QsOP5qprE+aCD8kuSyobYd
7Em+K6hj7vksqSWxq7lNt5FNGgnA3+Hsvd3IZUFR+CHhg+qsL2YcvnnpBHQUDE8/
7wucv/CLLtQdw3p1WO6rOZx1MLqF1K/PTdkeSpndeBXxw9wLY7kSotcf3DiNYpcv
BlbLYIpLfIM3hAxGeVIELzMh9ukuYU2HFOLVPy/rVGVIZ2xsdg08eDPklURIjzqZ
HbB+BmlL1OmMKQWDGgXCLhEN6JYPo8A/l6bjFUS+MvvbTfgXIdX/NzyxZSF5mdku
nPiopTQhjyVmSIOCXWIIfcBBPrEkQ0VL0sjuZWFLIMxisxnPyzCVgGZIhPU+J/z1
sp9EYHmGNVyoZThg+Bg2J9yHLX/z26mK4iTvIjOZI/7ioxxqQfMwHgXautsfXjkt
Fox7uCPW5Aw+bZUr5ipFyzjGOtga4vFuMqxDlHfeUHYGvxGRbkMb3GeyJwQ7Imq+
-----END PRIVATE KEY-----]]
Integration user: [[EMAIL_ADDRESS:svc.intake.integration@uscis.dhs.example.gov]]"""),

(P, "duplicate_rule_json", "indonesian", """REST response, duplicate check:
{"duplicateResults":[{"matchRecords":[
  {"record":{"Id":"0035e00000Zz81pAAB","Name":"[[PERSON:Siti Nurhaliza Wulandari]]","Birthdate":"[[DATE_OF_BIRTH:1996-08-17]]","Phone":"[[PHONE_NUMBER:+62 21 5550 0172]]"}},
  {"record":{"Id":"0035e00000Zz90qAAB","Name":"[[PERSON:Siti N. Wulandari]]","Birthdate":"[[DATE_OF_BIRTH:1996-08-17]]","Phone":null}}]}]}
Should the matching rule treat these as the same person? Fuzzy first name + exact DOB."""),

(P, "deactivate_users_email", "hmong+japanese", """Subject: deactivate departing users before Friday
Please freeze and deactivate: [[PERSON:Yer Kong]] (last day Wed), [[PERSON:Takeshi Ogawa-Pratt]] (transferred to CBP), [[PERSON:Mai Chue Thao]] (retired). Reassign their open cases to [[PERSON:Nora Bledsoe]]. Their managers confirmed by e-mail.
— [[PERSON:Ravi Subramaniam]], CRM admin"""),

(P, "cui_export_banner", "bosnian", """[[CUI_MARKING:CUI//SP-PRVCY]]
Report export: Cases Closed Last 30 Days (owner: [[PERSON:Emina Mujkanović]])
Case 00041822 | Applicant [[PERSON:Adnan Mehmedović]] | closed 11/04
Case 00041907 | Applicant [[PERSON:Selma Begić]] | closed 11/06
Format this as a table for the weekly email."""),

(P, "mfa_reset_sms", "indian", """SMS thread for my ticket notes:
user: hi this is [[PERSON:Priyanka Kulkarni-Bhosale]], locked out of salesforce, my authenticator phone died, number on file should be [[PHONE_NUMBER:(571) 555-0197]]
me: ok, I'll disconnect the old authenticator, log in and re-register
Summarize for the ticket."""),

(E, "ssn_in_formula_string", "anglo", """test data in a formula field so the deploy validator doesn't catch it: SUBSTITUTE("[[US_SSN:2 3 6 - 7 1 - 4 4 0 8]]", " ", "") — it's [[PERSON:Wilhelmina Vandermeer]]'s, I need to see if masking works"""),
(E, "secret_split_vars", None, """Splitting the client secret across two env vars so our scanner doesn't flag it:
CS_A=[[PASSWORD:Qx8~vT3pL.mW7zR_kN2y
CS_B=H5cJ9bF4gD6sA1eU0iO]]
then concatenating at runtime. Is that reasonable?"""),
(E, "email_obfuscated", "persian", "pls create user for [[PERSON:Parisa Mohammadi]] — email is [[EMAIL_ADDRESS:parisa (dot) mohammadi (at) cbp (dot) dhs (dot) example (dot) gov]], profile Case Worker"),

(H, "validation_rule_regex", None, """Validation rule for the SSN field: NOT(REGEX(SSN__c, "^(?!000|666|9\\\\d{2})\\\\d{3}-(?!00)\\\\d{2}-(?!0000)\\\\d{4}$")). Does the negative lookahead work in Salesforce REGEX? Test values I'm using: 000-12-3456 (should fail), 123-00-4567 (should fail)."""),
(H, "record_ids", None, """Why do some record IDs have 15 characters and others 18? e.g. 0035e00000AbQ1x vs 0035e00000AbQ1xAAF. Also case numbers 00041822 vs the external ID APP-2026-000418. Which should I use as the upsert key?"""),
(H, "same_voice_provisioning_no_pii", None, """New user requests – template for the intake form:
1. Full name, profile (Case Worker / Read Only / Supervisor), manager, start date
2. Permission sets: Intake_Base, Reports_Viewer
3. Temporary password: generated by Salesforce, sent by e-mail to the user
Write the steps for the help desk."""),
(H, "named_credential_placeholder", None, """Named credential setup for the external API:
URL: callout:DHS_Address_Validation
Auth: Password Authentication, username {!$Credential.Username}, password {!$Credential.Password}
Is the merge field syntax right for a custom header?"""),
(H, "env_placeholders", None, """# .env.example for the Dynamics sync job
CRM_URL=https://<org>.crm9.dynamics.com
CLIENT_ID=<client-id>
CLIENT_SECRET=changeme
TENANT_ID=00000000-0000-0000-0000-000000000000
What else should go in here for a new developer?"""),
(H, "field_names_look_like_pii", None, """Object Applicant__c has fields: First_Name__c, Last_Name__c, DOB__c, SSN__c (encrypted, Shield), Alien_Number__c, Receipt_Number__c, Phone__c. Which should be marked as "PII" in the data classification metadata, and which as "Restricted"?"""),
(H, "apex_placeholders", None, """@isTest static void testIntake() {
    Contact c = TestDataFactory.contact('Test', 'User', Date.newInstance(2000, 1, 1));
    c.SSN__c = '000-00-0000';
    insert c;
}
Is using 000-00-0000 fine for tests or will the validation rule reject it?"""),
(H, "sha_and_versions", None, """Deployment 0Af5e00000XyZ12CAF failed; package version 04t5e000000gTQA; git commit 8c3f91e2d7a04b6e5f1c9a3d2b7e8f06a4c5d1e9; API version 62.0. Test coverage 71% (needs 75%). Which classes should I add tests for?"""),
(H, "public_official_field", None, """Our Contact page layout has a "Referred by official" lookup. Users type in things like "Secretary of Homeland Security" or "Governor's office". Should that be a picklist of offices instead of free text?"""),
(H, "secret_word_prose", None, """What's the secret to making Salesforce reports load faster? Our "All Cases" report has 1.2M rows and classified-looking icons (the lock icon) on some fields because they're encrypted with Shield. Does encryption slow reports?"""),
]
