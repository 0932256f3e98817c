# Voice 3: data and analytics staff pasting CSV/TSV, JSON, SQL, logs, pandas, code, stack traces
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
_k1, _s1 = akia(), awssec()
_k2, _s2 = akia("ASIA"), awssec()
RECORDS = [
(P, "csv_paste", "mixed",
 f"""why does pandas read this with the wrong dtypes? first rows:
case_id,last_name,first_name,dob,a_number,country
C-1001,[[PERSON:Mwangi]],[[PERSON:Wanjiru]],[[DATE_OF_BIRTH:1990-03-14]],[[A_NUMBER:{anum()}]],KEN
C-1002,[[PERSON:Hussein]],[[PERSON:Ubah]],[[DATE_OF_BIRTH:1985-11-06]],[[A_NUMBER:{anum()}]],SOM
C-1003,[[PERSON:Ramírez]],[[PERSON:Óscar]],[[DATE_OF_BIRTH:2001-07-30]],[[A_NUMBER:{anum()}]],GTM
C-1004,[[PERSON:Vương]],[[PERSON:Thị Lan]],[[DATE_OF_BIRTH:1978-01-09]],[[A_NUMBER:{anum()}]],VNM
it reads a_number as object and dob as string."""),
(P, "tsv_paste", "hispanic",
 f"""Dedup this TSV — same person twice with different spellings?
name\tssn\tphone
[[PERSON:GUADALUPE HERRERA MUÑOZ]]\t[[US_SSN:{ssn()}]]\t[[PHONE_NUMBER:915-555-0104]]
[[PERSON:Guadalupe Herrera Munoz]]\t[[US_SSN:{ssn('')}]]\t[[PHONE_NUMBER:9155550104]]
[[PERSON:Lupe Herrera]]\t\t[[PHONE_NUMBER:+19155550104]]"""),
(P, "sql_result", "korean",
 f"""Query returned this, can you explain why the join duplicated rows?
SELECT p.full_name, p.email, r.receipt_no FROM person p JOIN receipts r ON p.id = r.person_id WHERE p.id IN (4401, 4402);
 full_name        | email                         | receipt_no
------------------+-------------------------------+---------------
 [[PERSON:Lee Min-ho]]       | [[EMAIL_ADDRESS:minho.lee@example.co.kr]]       | [[USCIS_RECEIPT_NUMBER:{receipt('MSC')}]]
 [[PERSON:Lee Min-ho]]       | [[EMAIL_ADDRESS:minho.lee@example.co.kr]]       | [[USCIS_RECEIPT_NUMBER:{receipt('MSC')}]]
 [[PERSON:Choi Ji-woo]]      | [[EMAIL_ADDRESS:jwchoi@example.com]]            | [[USCIS_RECEIPT_NUMBER:{receipt('NBC')}]]
(3 rows)"""),
(P, "json_api_payload", "ethiopian",
 f"""The API returns 422 on this body, what's wrong?
{{
  "applicant": {{"givenName": "[[PERSON:Selamawit]]", "familyName": "[[PERSON:Gebremedhin]]", "dateOfBirth": "[[DATE_OF_BIRTH:1996-08-12]]"}},
  "contact": {{"email": "[[EMAIL_ADDRESS:selam.g@example.org]]", "phone": "[[PHONE_NUMBER:+1-206-555-0185]]"}},
  "sevisId": "[[SEVIS_ID:{sevis()}]]",
  "i94": "[[I94_NUMBER:{i94()}]]"
}}"""),
(P, "pandas_output", "mixed",
 f"""df.head() gives:
          name         dob        ssn  state
0   [[PERSON:Aiyana Redcloud]]  [[DATE_OF_BIRTH:1982-04-03]]  [[US_SSN:{ssn()}]]     SD
1     [[PERSON:Lam Gia Huy]]  [[DATE_OF_BIRTH:1999-12-25]]  [[US_SSN:{ssn()}]]     CA
2  [[PERSON:Chinyere Anozie-Eke]]  [[DATE_OF_BIRTH:1974-06-18]]  [[US_SSN:{ssn()}]]     MD
how do I mask the ssn column to last 4?"""),
(P, "aws_creds_in_code", None,
 f"""getting AccessDenied from boto3, here's my setup:
import boto3
s3 = boto3.client("s3", region_name="us-gov-west-1",
    aws_access_key_id="[[CLOUD_ACCESS_KEY:{_k1}]]",
    aws_secret_access_key="[[CLOUD_SECRET_KEY:{_s1}]]")
s3.list_objects_v2(Bucket="uscis-analytics-staging")"""),
(P, "aws_credentials_file", None,
 f"""is this ~/.aws/credentials format right? sts keeps failing
[analytics]
aws_access_key_id = [[CLOUD_ACCESS_KEY:{_k2}]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:{_s2}]]
aws_session_token = [[PASSWORD:{b64url(120)}]]"""),
(P, "connection_string_trace", None,
 f"""Traceback (most recent call last):
  File "etl/load.py", line 42, in <module>
    engine = create_engine("[[CONNECTION_STRING:postgresql+psycopg2://etl_svc:{pw(16)}@pgdb-analytics.internal.example:5432/ident]]")
  File ".../sqlalchemy/engine/create.py", line 612, in create_engine
sqlalchemy.exc.OperationalError: could not translate host name
what does this mean?"""),
(P, "mssql_conn_string", None,
 f"""my .NET app won't connect. appsettings.json:
"ConnectionStrings": {{
  "CaseDb": "[[CONNECTION_STRING:Server=tcp:casesql01.example.local,1433;Database=EROCase;User Id=svc_ero_rpt;Password={pw(18)};Encrypt=True;]]"
}}"""),
(P, "mongo_uri", None,
 f"""MONGO_URL=[[CONNECTION_STRING:mongodb+srv://fema_ia_app:{pw(20)}@cluster0.abcde.mongodb.example.net/ia?retryWrites=true]] — the driver says 'bad auth'. Is the + sign in the password the problem?"""),
(P, "github_token_ci", None,
 f"""CI fails at checkout. workflow snippet:
    - uses: actions/checkout@v4
      with:
        token: [[GITHUB_TOKEN:{ghp()}]]
        repository: dhs-analytics/ident-etl"""),
(P, "gitlab_token_curl", None,
 f"""curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:{glpat()}]]" "https://gitlab.example.gov/api/v4/projects/318/pipelines" returns 401, why?"""),
(P, "slack_webhook_bot", None,
 f"""bot posts nothing to #ops-alerts:
client = WebClient(token="[[SLACK_TOKEN:{xoxb()}]]")
client.chat_postMessage(channel="C05ABCD1234", text="ETL done")"""),
(P, "jwt_in_log", None,
 f"""2025-11-18T14:22:07Z WARN auth-proxy rejected request: Authorization: Bearer [[JWT:{jwt('{"sub":"svc-case-sync","iss":"https://idp.example.gov","exp":1763476927,"scope":"cases.read"}', b64url(43))}]] reason=expired
why would the token expire if exp is in the future?"""),
(P, "private_key_paste", None,
 f"""ssh says "invalid format" for this key:
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACD{b64url(40)}AAAAJg{b64url(30)}AAAAAtzc2gtZWQyNTUxOQAAACD{b64url(22)}
{b64url(70)}
-----END OPENSSH PRIVATE KEY-----]]"""),
(P, "password_in_config", None,
 f"""ldap config not binding:
[ldap]
host = ldaps://ad.example.gov:636
bind_dn = CN=svc-gw-bind,OU=Service,DC=example,DC=gov
bind_password = [[PASSWORD:{pw(15)}]]"""),
(P, "password_in_chat_code", "anglo",
 f"""const db = mysql.createConnection({{ host: 'localhost', user: 'kfarris', password: '[[PASSWORD:{pw(12)}]]', database: 'tsa_claims' }});
// [[PERSON:Kyle Farris]] wrote this, it throws ER_ACCESS_DENIED_ERROR"""),
(P, "log_excerpt_pii", "slavic",
 f"""Found this in the app log, is it a privacy incident?
2025-10-02 09:14:55,118 INFO  submit.py:88 payload={{'name': '[[PERSON:Yelena Sorokina]]', 'dob': '[[DATE_OF_BIRTH:1987-09-23]]', 'passport': '[[US_PASSPORT:{passport9()}]]', 'card': '[[CREDIT_CARD:{cc('4')}]]'}}"""),
(P, "stack_trace_pii", "japanese",
 f"""ValueError: invalid literal for int() with base 10: '[[A_NUMBER:A{R.randint(100000000,299999999)}]]'
  during handling of row {{'FAMILY': '[[PERSON:WATANABE]]', 'GIVEN': '[[PERSON:YUKI]]', 'DOB': '[[DATE_OF_BIRTH:19900713]]'}}
how do I strip the leading A?"""),
(P, "excel_paste", "mixed",
 f"""Spreadsheet for the PCS travel card reconciliation (pasted from Excel):
Employee\tCard\tAmount
[[PERSON:Okonkwo, Chidi]]\t[[CREDIT_CARD:{cc('5', 16, '-')}]]\t$412.18
[[PERSON:Mahmoud, Layla]]\t[[CREDIT_CARD:{cc('37', 15, ' ')}]]\t$1,209.00
[[PERSON:Reyes, Bernadette]]\t[[CREDIT_CARD:{cc('4', 16, '')}]]\t$88.40
which rows exceed the $1,000 micro-purchase limit?"""),
(P, "edipi_roster", "anglo",
 f"""CAC roster for the detail, fix the column alignment:
NAME                 EDIPI        EMAIL
[[PERSON:HOLLOWAY, TRAVIS J]]   [[DOD_EDIPI:{edipi()}]]   [[EMAIL_ADDRESS:travis.holloway@example.mil]]
[[PERSON:PRUITT, DANA M]]       [[DOD_EDIPI:{edipi()}]]   [[EMAIL_ADDRESS:dana.pruitt@example.mil]]"""),
(H, "uuid_hashes", None,
 """Why do these two UUIDs collide in our dedupe? 3f2b8c1e-7d4a-4e9b-a6c2-0f1e9d8b7a65 and 3f2b8c1e-7d4a-4e9b-a6c2-0f1e9d8b7a66. Also the file sha256 is 9b74c9897bac770ffc029102a200c5de6c2f7a3e5f1d4b8a0c9e7d6f5a4b3c21 and commit 4e1d9a7c2b8f0e3d5a6c7b9e1f2d3c4b5a6e7f80."""),
(H, "placeholder_config", None,
 """Review this docker-compose for best practice:
services:
  api:
    environment:
      DB_PASSWORD: ${DB_PASSWORD}
      AWS_ACCESS_KEY_ID: ${AWS_ACCESS_KEY_ID}
      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}
      SLACK_TOKEN: "<paste-your-slack-token-here>"
      JWT_SECRET: "{{ vault_jwt_secret }}"
      ADMIN_PASSWORD: changeme"""),
(H, "aws_docs_example_keys", None,
 """The AWS docs example shows aws_access_key_id = AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Is it safe to put those in our onboarding wiki as the example?"""),
(H, "masked_secrets_log", None,
 """Log line: 2025-11-02 10:01:13 INFO db.connect user=etl_svc password=******** host=pgdb-analytics port=5432 sslmode=verify-full token=[REDACTED] — is masking with asterisks enough for the audit?"""),
(H, "epoch_timestamps", None,
 """Convert these epoch values to ET: 1733356800, 1735689600, 1738368000, 1740787200. Which ones fall on a weekend? (Column is event_ts in the CBP wait-time dataset.)"""),
(H, "git_ssh_remote", None,
 """git remote -v shows git@github.com:dhs-analytics/ident-etl.git and ssh://git@gitlab.example.gov:2222/ops/runbooks.git. How do I switch the first to HTTPS?"""),
(H, "npm_scoped_versions", None,
 """npm ls shows @angular/core@17.3.12, @uswds/uswds@3.8.1, @aws-sdk/client-s3@3.614.0 and lodash@4.17.21 — which have known CVEs (CVE-2024-4068, CVE-2021-23337)?"""),
(H, "python_decorators", None,
 """Refactor:
@app.route("/api/v1/cases/<case_id>", methods=["GET"])
@login_required
@limiter.limit("30/minute")
def get_case(case_id):
    return jsonify(Case.query.get_or_404(case_id).to_dict())"""),
(H, "software_names", None,
 """Compare Jenkins, Travis CI, Ansible Tower, Apache Spark, Jupyter, Django, Flask, Kafka and Cassandra for our pipeline. Which are on the DHS approved TRM list?"""),
(H, "password_policy_code", None,
 """Write a regex that validates: password length >= 14, at least one uppercase, one digit, one symbol; and reject if the password equals the username. Python, with unit tests using obviously fake inputs."""),
(H, "imei_device_inventory", None,
 """Asset inventory for the loaner phones (agency-owned, no user assigned): IMEI 356938035643809, 353918053314767, 490154203237518. Model iPhone 14, model numbers A2649 and A2881. Group them by carrier lock status."""),
(H, "npi_numbers", None,
 """For the civil-surgeon directory, check these NPIs (public NPPES registry, organizations): 1629076534, 1891702791, 1447253703. Format a table of provider organization, taxonomy code 207Q00000X and city."""),
(H, "version_strings", None,
 """Upgrade path: RHEL 8.9 -> 9.4, kernel 5.14.0-427.13.1.el9_4, PostgreSQL 15.6 -> 16.3, OpenSSL 3.0.7-27.el9, Java 17.0.11+9. Any breaking changes for pgcrypto?"""),
]
