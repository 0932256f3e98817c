# Positives, part B: markings, credentials, more identifiers and names.
P = "positive"
RECORDS = [
(P, "classification_banner", None, """Summarize this for a non-technical audience in 5 bullets:

[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]

[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Reporting indicates the facilitation network shifted its staging point from the northern corridor to two coastal towns during October. [[CLASSIFICATION_MARKING:(TS//SI//NF)]] Collection suggests payments are now routed through hawala agents rather than prepaid cards.

[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]"""),

(P, "classification_banner", None, """Make this paragraph more readable, keep the meaning:
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Partner services assess that the maritime smuggling route will resume once weather improves in the spring, with an estimated 30-40 departures per month."""),

(P, "portion_marks", "anglo", """Rewrite these bullet points as prose:
[[CLASSIFICATION_MARKING:(S//NF)]] Subject [[PERSON:Wade Burkhalter]] met the courier twice in Laredo.
(U) The meetings occurred at a public restaurant.
[[CLASSIFICATION_MARKING:(S//NF)]] Funds were exchanged during the second meeting."""),

(P, "classification_banner", None, """Can you fix the formatting of this slide text?
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
Port Security Working Group - Q3 findings
[[CLASSIFICATION_MARKING:(C)]] Two terminals did not complete the required vulnerability assessment.
(U) Next meeting: January 14.
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]"""),

(P, "portion_marks", None, """Shorten: [[CLASSIFICATION_MARKING:(TS)]] The satellite pass over the facility on 11 Nov showed three additional vehicles near the north gate, consistent with increased activity prior to the scheduled test."""),

(P, "cui_designation", "hispanic", """Please summarize this referral memo in plain English:

[[CUI_MARKING:CUI]]
[[CUI_MARKING:Controlled by: DHS/USCIS/FDNS]]
[[CUI_MARKING:CUI Category: PRVCY]]
[[CUI_MARKING:Limited Dissemination Control: FEDCON]]
POC: [[PERSON:Lorena Echeverría]], [[PHONE_NUMBER:(202) 272-8814]]

Site visit to the petitioner's worksite at [[STREET_ADDRESS:4700 N Ocean Dr, Lauderdale-By-The-Sea, FL 33308]] could not confirm the beneficiary, [[PERSON:Gustavo Iriarte Peña]], was employed there.

[[CUI_MARKING:CUI]]"""),

(P, "cui_banner", "indian", """Translate into Hindi for the family:
[[CUI_MARKING:CUI//SP-PRVCY]]
Applicant [[PERSON:Harish Venugopal]] ([[A_NUMBER:A-216-930-148]]) is scheduled for interview on 01/12/2027 at 9:30 AM.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

(P, "cui_banner", None, """Check this paragraph for passive voice:
[[CUI_MARKING:CONTROLLED]]
The assessment of the pipeline operator's incident response plan was completed in November. Gaps were identified in the notification timelines for the eastern segment.
[[CUI_MARKING:CONTROLLED]]"""),

(P, "legacy_fouo", "chinese", """Reword this as an email to the team:
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Travel of [[PERSON:Zhou Haoran]] and [[PERSON:Guo Lanfang]] to the Shanghai conference is approved. Do not forward outside the office.
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]"""),

(P, "legacy_les", "nigerian", """Write a summary of this bulletin:
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Officers should be aware that counterfeit inspection stickers bearing the serial range KX-4400 to KX-4900 have been recovered at three ports of entry. Report recoveries to the regional intelligence unit. POC: Officer [[PERSON:Kelechi Amadi]], [[EMAIL_ADDRESS:kelechi.amadi@ops-liaison.net]].
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

(P, "legacy_ssi", "slavic", """Convert to a numbered list:
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Checkpoint 4 screening lanes will be reduced from six to four between 0200 and 0430 local. Canine teams will rotate every 45 minutes. The secondary screening area will move to the east mezzanine.
WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.
Prepared by [[PERSON:Andrzej Wójcik]], checkpoint manager."""),

(P, "legacy_cvi", None, """Proofread: [[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]] - The facility's Top-Screen identified two release chemicals of interest stored above the screening threshold quantity in building 7."""),

(P, "legacy_pcii", None, """Summarize the following in one sentence:
[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
The submitter reported that the substation control network shares a flat VLAN with the corporate network at three sites."""),

(P, "legacy_sbu", "korean", """Fix typos: [[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]] -- vendr [[PERSON:Oh Sun-hee]] will recieve the site badge list on monday."""),

(P, "legacy_abbrev", None, """What's a better subject line for this? "[[CUI_MARKING:FOUO]] - revised staffing plan for the northern border sectors, please review by COB" """),

(P, "password_prose", "vietnamese", """Write a polite reply to this help-desk chat:
[[PERSON:Dương Tuấn Kiệt]]: hi, I can't get into the case system. my username is dkiet and my password is [[PASSWORD:Mekong#River2026]] - can you reset the MFA?"""),

(P, "netrc", None, """Why doesn't curl pick up my .netrc?
machine artifacts.intake-dev.example
  login svc_builder
  password [[PASSWORD:pL8v-Qw2r-Zx71-Hn4k]]
machine mirror.intake-dev.example login readonly password [[PASSWORD:ro_mirror_5521]]"""),

(P, "basic_auth", None, """Convert this curl to Python requests:
curl -X POST https://api.internal-tools.example/v2/cases \\
  -H "Authorization: Basic [[PASSWORD:c3ZjX2JhdGNoOkhhcmJvciFMYW50ZXJuOTM=]]" \\
  -H "Content-Type: application/json" -d @case.json"""),

(P, "yaml_pass", None, """Is this docker-compose file valid?
services:
  db:
    image: postgres:16
    environment:
      user: intake
      pass: [[PASSWORD:Blu3Heron_77x]]
  smtp:
    image: mailhog/mailhog"""),

(P, "password_spanish", "hispanic", """Traduce al inglés: Hola [[PERSON:Rigoberto]], te dejo los datos de la cuenta compartida. Usuario: ralcantara. Contraseña: [[PASSWORD:Girasol.2026!]] No la compartas. Saludos, [[PERSON:Rigoberto Alcántara]]"""),

(P, "password_german", None, """Bitte übersetzen: Zugang zum Testserver - Benutzer: pruefer01, Passwort: [[PASSWORD:Winterreise#48]]. Bitte nach dem ersten Login ändern."""),

(P, "password_french", "haitian", """Translate to English: Bonjour [[PERSON:Ketlie]], voici l'accès au portail. Identifiant: kvaval. Mot de passe : [[PASSWORD:Lakay-Mwen-509]]. Merci, [[PERSON:Marlène]]"""),

(P, "connection_string", None, """Why does SQLAlchemy say 'could not translate host name'?
engine = create_engine("[[CONNECTION_STRING:postgresql://case_app:Tr4vel!Docs22@db-int-03.casemgmt.internal:5432/casemgmt]]")"""),

(P, "connection_string", None, """Rewrite this appsettings.json for .NET 8:
{
  "ConnectionStrings": {
    "Default": "[[CONNECTION_STRING:Server=sql-prd-07.intake.local,1433;Database=Benefits;User Id=benefits_rw;Password=K3ystone!Ridge09;Encrypt=True]]"
  }
}"""),

(P, "connection_string", None, """Mongo keeps timing out, here's my config: MONGO_URI=[[CONNECTION_STRING:mongodb+srv://etl_user:Qz7nVb2Lm9@cluster-east.mdb-hosted.example/records?retryWrites=true]]"""),

(P, "aws_keys", None, """My boto3 script fails with InvalidClientTokenId:
[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAIEE28XCIVWF4E0B5]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:szvR4+EPZGz3zBXCOArr+SfiJvo58JB0W+O5PjeJ]]
region = us-east-1"""),

(P, "aws_keys", None, """Explain this error: An error occurred (ExpiredToken) when calling ListBuckets. I exported AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIAF76BTF4BOH55QAXT]] and AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:fJTNcrZ6ydIEsgo5nVjzz8Gwb8ewCISuYCl0Xq56]] an hour ago."""),

(P, "github_token", None, """git push fails with 403. Remote is https://[[GITHUB_TOKEN:ghp_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP]]@github.com/intake-tools/form-parser.git - what scope does the token need?"""),

(P, "gitlab_token", None, """Convert to a GitHub Actions step:
script:
  - 'curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:glpat-eKOmXRrvftva9AW7hipT]]" "https://gitlab.ops.example/api/v4/projects/118/jobs"'"""),

(P, "slack_token", None, """My Slack bot posts nothing. Code:
client = WebClient(token="[[SLACK_TOKEN:xoxb-663049403269-9102374095461-efnLOpaMxxNDi9LE1Ki3ylOj]]")
client.chat_postMessage(channel="#intake-alerts", text="queue backlog > 500")"""),

(P, "jwt", None, """Decode this JWT and tell me when it expires:
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtaW50YWtlIiwiaXNzIjoiaHR0cHM6Ly9pZHAuaW50YWtlLmV4YW1wbGUiLCJleHAiOjE3OTYzMDAwMDB9.LvGNWAMsI_z0oaWdfZp-lvi60ZIF8_qR38Ony1dHqce]]"""),

(P, "private_key", None, """ssh says 'invalid format' for this key, what's wrong with it?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACB7pQx0Kc9Wm2vR4tLh8sYzNfJd1aGbE6uCoT3iXqV5kwAAAJhVv0nGVb9J
xgAAAAtzc2gtZWQyNTUxOQAAACB7pQx0Kc9Wm2vR4tLh8sYzNfJd1aGbE6uCoT3iXqV5kw
AAAEBnq8XWm4R1cPz0tYvL6dFk2sJh9aQe3UoBi7NrGwK5xHulDHQpz1babK9Hi0uHyxjM
18l3VoZsTq4KhPeJepXmTAAAAEXN2Y19kZXBsb3lAYnVpbGQBAgME
-----END OPENSSH PRIVATE KEY-----]]"""),

(P, "api_key", None, """Why is the geocoding call returning 403?
const GEO_KEY = "[[CLOUD_SECRET_KEY:AIza2T3AVbfzx06UVZyvmbPkZyRHJouZrQV3xZA]]";
fetch(`https://maps.example-geo.com/geocode?address=${q}&key=${GEO_KEY}`)"""),

(P, "api_key", None, """Put this into a .env file properly:
api_key: [[CLOUD_SECRET_KEY:c036bb3a62f301f46536559314e23ace]]
endpoint: https://translate.vendor-ml.example/v3"""),

(P, "password_email", "slavic", """Please rewrite this e-mail so it's clearer:
Hi [[PERSON:Zuzana]], the shared mailbox creds changed after the audit. New pwd is [[PASSWORD:Tatry_Peaks!2026]], same username. Let [[PERSON:Jakub Horváth]] know too. -[[PERSON:Zuzana Horváthová]]"""),

(P, "jwt_header", "nigerian", """Why does the API reject my request as user [[PERSON:Ikenna Okafor]]?
GET /api/cases/77102 HTTP/1.1
Host: cases.intake-dev.example
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1NDgyMTMiLCJyb2xlIjoiYWRqdWRpY2F0b3IiLCJpYXQiOjE3NjQ3MjAwMDB9.ytDbKPTF_n_pGz3cW0uABBrDSxOOyBymrEqlHXm31qz]]"""),

(P, "cui_email", "somali", """Shorten this e-mail:
[[CUI_MARKING:CUI//SP-PRVCY]]
[[PERSON:Amina]], the family of [[PERSON:Xaliimo Maxamed Cumar]] ([[A_NUMBER:A-211-480-675]]) has requested a status update. They can be reached at [[PHONE_NUMBER:(206) 762-4419]]. Please respond by Friday."""),

(P, "password_chat", "filipino", """Summarize this chat:
[[PERSON:Jomar]]: sir nakalimutan ko password sa timekeeping
[[PERSON:Analyn Buenaventura]]: temporary mo muna: [[PASSWORD:Tagaytay-8891]]
[[PERSON:Jomar]]: salamat po"""),

# ---- more identifier-heavy positives with names ----
(P, "edipi_roster", "african_american", """Alphabetize this roster and keep the EDIPI column:
[[PERSON:Whitfield, DeShawn]]  EDIPI [[DOD_EDIPI:1293847560]]  [[PHONE_NUMBER:757-444-3106]]
[[PERSON:Prescott, Latoya]]  EDIPI [[DOD_EDIPI:1408237195]]  [[PHONE_NUMBER:757-444-3181]]
[[PERSON:Gaddis, Tyrone]]  EDIPI [[DOD_EDIPI:1187365024]]  [[PHONE_NUMBER:757-444-3199]]"""),

(P, "apo_address", "african_american", """Is this APO address formatted correctly for USPS?
SSG [[PERSON:Keisha Merriweather]]
[[STREET_ADDRESS:CMR 402 Box 1187
APO AE 09180]]"""),

(P, "dpo_address", "nordic", """Format this for an envelope: [[PERSON:Ingrid Solberg]], [[STREET_ADDRESS:Unit 4520 Box 31, DPO AA 34041]], tel. [[PHONE_NUMBER:+47 412 58 903]]"""),

(P, "pacific_form", "pacific_islander", """Summarize this FEMA assistance note:
Registrant [[PERSON:Sione Taufa]] ([[PHONE_NUMBER:808-696-2270]]) reports roof damage at [[STREET_ADDRESS:87-1640 Farrington Hwy, Waianae, HI 96792]]. Co-registrant [[PERSON:Malia Fonoti]], DOB [[DATE_OF_BIRTH:10/14/1979]]. Bank for direct deposit: routing [[ABA_ROUTING_NUMBER:127561752]], account [[US_BANK_NUMBER:0072415589]]."""),

(P, "pacific_chat", "pacific_islander", """Write a reply: hi this is [[PERSON:keoni kahananui]], my cousin [[PERSON:leilani akana]] helped me apply. my ssn is [[US_SSN:575-20-4418]] and the dob is [[DATE_OF_BIRTH:8-22-1961]]. whats the status?"""),

(P, "uk_phone", "anglo", """Tidy this note: Sponsor [[PERSON:Nigel Ashworth-Pryce]] (UK), reachable on [[PHONE_NUMBER:020 7946 0832]] or mobile [[PHONE_NUMBER:07700 900417]], address [[STREET_ADDRESS:Flat 4, 22 Kingsdown Road, London N19 4LD]]."""),

(P, "mexico_phone", "hispanic", """Draft a call script for reaching the applicant's mother, [[PERSON:Consuelo Ybarra]], at her Monterrey number [[PHONE_NUMBER:81 8342 1907]] (home) or cel [[PHONE_NUMBER:044 81 1277 6502]]."""),

(P, "indian_phone", "indian", """Summarize: Employer contact in Hyderabad is [[PERSON:Srinivas Rao Gunturi]], office [[PHONE_NUMBER:040 2354 8817]], email [[EMAIL_ADDRESS:srinivas.gunturi@hyd-softworks.in]]. He confirmed [[PERSON:Revathi Anantharaman]] worked there from 2019 to 2024."""),

(P, "egypt_phone", "arabic", """Rewrite: The beneficiary's father, [[PERSON:Hassan Abou-Zeid]], can be called in Alexandria at [[PHONE_NUMBER:03 487 2219]] or mobile [[PHONE_NUMBER:0122 405 8837]]. His son [[PERSON:Karim Abou-Zeid]] (passport [[US_PASSPORT:A20938571]]) is the applicant."""),

(P, "nigeria_phone", "nigerian", """Correct the grammar: Mrs [[PERSON:Aisha Bello Danjuma]] say she can be reach on [[PHONE_NUMBER:0813 774 2095]] in Abuja, her son [[PERSON:Musa Danjuma]] date of birth is [[DATE_OF_BIRTH:14-AUG-2004]]."""),

(P, "philippines_phone", "filipino", """Make a contact card: [[PERSON:Rowel Catacutan]], Quezon City landline [[PHONE_NUMBER:(02) 8921 4460]], email [[EMAIL_ADDRESS:rowel.catacutan@pinoymail.ph]], address [[STREET_ADDRESS:27 Kalayaan Ave, Brgy. Pinyahan, Quezon City 1100]]."""),

(P, "foreign_address", "vietnamese", """Translate the address into a US-style format: người nhận [[PERSON:Lý Thị Kim Oanh]], [[STREET_ADDRESS:17 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]], ĐT [[PHONE_NUMBER:0903 418 276]]."""),

(P, "korean_address", "korean", """영어로 번역해 주세요: 신청인 [[PERSON:정혜린]], 생년월일 [[DATE_OF_BIRTH:1987년 5월 3일]], 주소 [[STREET_ADDRESS:서울특별시 마포구 월드컵북로 396, 102동 1504호]], 전화 [[PHONE_NUMBER:010-4827-3061]]."""),

(P, "chinese_receipt", "chinese", """Is this receipt number format right? [[USCIS_RECEIPT_NUMBER:WAC 26 114 20893]] for [[PERSON:Xu Qingyun]], DOB [[DATE_OF_BIRTH:1 Dec 1996]]"""),

(P, "somali_sevis", "somali", """Email to DSO, make it formal: hi my sevis is [[SEVIS_ID:N0034128807]], name [[PERSON:Ilwad Cabdiraxmaan Jaamac]], i need travel signature on I-20 before dec 15. thx"""),

(P, "haitian_tps", "haitian", """Fill in a cover letter using these details: applicant [[PERSON:Wislande Pétion-Charles]], TPS receipt [[USCIS_RECEIPT_NUMBER:IOE-26-014-82275]], A# [[A_NUMBER:A-218-306-419]], address [[STREET_ADDRESS:412 Lucas St, Apt 2, Spring Valley, NY 10977]], phone [[PHONE_NUMBER:845 356 0721]]."""),

(P, "slavic_itin", "slavic", """Which form do we need? Applicant [[PERSON:Yevhenia Bondarenko]] has ITIN [[US_ITIN:978-82-1546]] but now got SSN [[US_SSN:683-10-2297]]. Wants IRS records merged."""),

(P, "anglo_license", "anglo", """Check whether this NY license number looks plausible: [[US_DRIVER_LICENSE:724 918 306]], holder [[PERSON:Dolores King]], DOB [[DATE_OF_BIRTH:Jan 9, 1958]], [[STREET_ADDRESS:14 Orchard Ln, Apt 3, Poughkeepsie, NY 12601]]."""),

(P, "card_csv", "hispanic", """Mask all but last 4 digits in this column with a formula:
cardholder,card_number
[[PERSON:Yesenia Olmedo]],[[CREDIT_CARD:4666176031372159]]
[[PERSON:Héctor Manzanares]],[[CREDIT_CARD:378415377602077]]
[[PERSON:Graciela Tapia]],[[CREDIT_CARD:6011 9364 3900 8474]]"""),

(P, "indian_license", "indian", """Texas license renewal question: holder [[PERSON:Anmol Sehgal]], TX DL no. [[US_DRIVER_LICENSE:40718352]], wants to know if he needs a REAL ID. Address on file: [[STREET_ADDRESS:2204 Ridgewood Dr, Plano, TX 75074]]."""),

(P, "arabic_ktn", "arabic", """Reformat into a table: traveler [[PERSON:Layla Bin Saleh]]; Global Entry KTN [[KNOWN_TRAVELER_NUMBER:159283746]]; U.S. passport [[US_PASSPORT:B47193025]]; phone [[PHONE_NUMBER:(571) 283-4409]]."""),

(P, "korean_email", "korean", """Please translate to Korean: Dear [[PERSON:Lee Byung-hoon]], your I-94 ([[I94_NUMBER:731058264A2]]) shows an admit-until date of 06/30/2027. Contact [[EMAIL_ADDRESS:bh.lee77@hanmail-web.co.kr]] if this is incorrect."""),
]
