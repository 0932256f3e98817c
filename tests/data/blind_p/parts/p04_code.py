"""Voice: developers and admins pasting code, configs, logs, shell history, HTTP dumps, stack traces."""
from _v import *

PG_PW = sec("pgpw", 18)
RECORDS = [
R("positive", "sql_insert", "chinese", """Why does this INSERT fail with "value too long for type character varying(10)"?
INSERT INTO visitor_log (full_name, name_native, phone, visit_date) VALUES
  ('[[PERSON:Zhang Haoran]]', '[[PERSON:张浩然]]', '[[PHONE_NUMBER:+86 138 5555 0192]]', '2026-11-30'),
  ('[[PERSON:Liu Yuxin]]', '[[PERSON:刘雨欣]]', '[[PHONE_NUMBER:+86 139 5555 0147]]', '2026-11-30'),
  ('[[PERSON:Ou-Yang Jiahui]]', '[[PERSON:欧阳佳慧]]', '[[PHONE_NUMBER:+852 5555 0168]]', '2026-12-01');"""),

R("positive", "python_traceback", "korean", """Traceback (most recent call last):
  File "/opt/etl/load_badges.py", line 88, in <module>
    row = normalize(rec)
  File "/opt/etl/load_badges.py", line 41, in normalize
    raise ValueError(f"bad EDIPI for {rec['name']}: {rec['edipi']}")
ValueError: bad EDIPI for [[PERSON:Hwang Ji-hoon]]: [[DOD_EDIPI:1520394876]] 
There is a trailing space in the source CSV. Should I strip in normalize() or fix the export?"""),

R("positive", "app_log", "turkish", """2026-12-02T10:14:03.118Z INFO  auth.sso  login ok user=[[EMAIL_ADDRESS:emre.gundogdu@ice.example.gov]] name="[[PERSON:Emre Gündoğdu]]" src=10.42.7.19
2026-12-02T10:14:09.552Z WARN  case.api  slow query 2840ms caller="[[PERSON:Emre Gündoğdu]]" endpoint=/v2/cases/search
2026-12-02T10:15:41.007Z INFO  auth.sso  login ok user=[[EMAIL_ADDRESS:zeynep.karaca-ozturk@ice.example.gov]] name="[[PERSON:Zeynep Karaca Öztürk]]" src=10.42.7.23
can you explain why the second query is slow?"""),

R("positive", "yaml_fixture", "nepali", """# tests/fixtures/applicants.yaml  (copied from prod by mistake?)
- name: [[PERSON:Bishnu Prasad Adhikari]]
  name_ne: [[PERSON:बिष्णु प्रसाद अधिकारी]]
  dob: [[DATE_OF_BIRTH:1978-05-14]]
  a_number: [[A_NUMBER:A213908476]]
- name: [[PERSON:Sunita Gurung Thapa]]
  dob: [[DATE_OF_BIRTH:1983-12-01]]
  a_number: [[A_NUMBER:A213908519]]"""),

R("positive", "http_dump", "pakistani", """POST /api/v1/travelers/lookup HTTP/1.1
Host: tvs-dev.cbp.example.gov
Content-Type: application/json

{"lastName":"[[PERSON:Chaudhry]]","firstName":"[[PERSON:Ayesha Noor]]","dob":"[[DATE_OF_BIRTH:1990-08-23]]","ktn":"[[KNOWN_TRAVELER_NUMBER:TT4F92C7K]]","passport":"[[US_PASSPORT:B20417765]]"}

HTTP/1.1 422 Unprocessable Entity — why? the schema says ktn is a string"""),

R("positive", "js_snippet", "greek", """// quick test data for the form component
const testUser = {
  fullName: "[[PERSON:Theodora Vlachou-Antoniadi]]",
  email: "[[EMAIL_ADDRESS:theodora.vlachou@tsa.example.gov]]",
  phone: "[[PHONE_NUMBER:202-555-0187]]",
  ssn: "[[US_SSN:524-71-3386]]",
};
// the SSN mask isn't applied when the field is prefilled, any idea?"""),

R("positive", "shell_history", "polish", """  501  cd /srv/exports
  502  ls -la
  503  grep -i "[[PERSON:kwiatkowska-nowak]]" hr_roster_2026.csv
  504  grep -c "[[PERSON:Zofia Brzęczyszczykiewicz]]" hr_roster_2026.csv
  505  awk -F, '$3=="[[US_SSN:387-52-1947]]"' hr_roster_2026.csv
  506  history | tail
why does 505 print nothing even though that SSN is in the file?"""),

R("positive", "csv_paste", "ghanaian", """employee_id,name,routing,account,type
E-44817,[[PERSON:Kofi Owusu-Ansah]],[[ABA_ROUTING_NUMBER:%s]],[[US_BANK_NUMBER:7720185934]],checking
E-44822,[[PERSON:Abena Darkwa]],[[ABA_ROUTING_NUMBER:%s]],[[US_BANK_NUMBER:40017738215]],savings
Help me write a pandas check that the routing numbers pass the ABA checksum.""" % (aba_fill("25407045"), aba_fill("11200021"))),

# blocks
R("positive", "connection_string", None, f"""Getting "FATAL: no pg_hba.conf entry" with this, what's wrong?
DATABASE_URL=[[CONNECTION_STRING:postgresql://svc_casetrack:{PG_PW}@pg-casetrack-02.int.example.gov:5432/casetrack?sslmode=require]]"""),

R("positive", "netrc", None, f"""my ~/.netrc for the artifact mirror, curl still asks for a password:
machine artifacts.cwmd.example.gov
  login rbuild
  password [[PASSWORD:{sec('netrc',14)}!x]]"""),

R("positive", "http_dump", None, f"""curl -v output:
> GET /v3/reports/weekly HTTP/2
> Host: analytics.example.gov
> Authorization: Bearer [[JWT:{jwt('{"sub":"svc-weekly","scope":"reports.read","exp":1796400000}', sec('jwtsig1',43,ALNUM+'-_'))}]]
< HTTP/2 403
why 403 if the scope is right?"""),

R("positive", "terraform", None, f"""resource "azurerm_mssql_server" "grants" {{
  name                         = "grants-sql-prod"
  administrator_login          = "grantsadmin"
  administrator_login_password = "[[PASSWORD:{sec('tfpw',12)}#{sec('tfpw2',6)}]]"
}}
terraform plan complains about the password complexity, is 19 chars enough?"""),

R("positive", "private_key", None, "can you tell me if this key is RSA or EC? it's from the jump host\n[[PRIVATE_KEY:" + pem("pk1", "OPENSSH PRIVATE KEY", 5) + "]]"),

R("positive", "k8s_manifest", None, f"""apiVersion: v1
kind: Secret
metadata:
  name: gitlab-runner
stringData:
  runner-registration-token: "[[GITLAB_TOKEN:glrt-{sec('glrt',20,ALNUM+'-_')}]]"
  api-token: "[[GITLAB_TOKEN:glpat-{sec('glpat',20,ALNUM+'-_')}]]"
the runner pod crashloops, logs say 403 forbidden"""),

R("positive", "python_snippet", None, f"""from azure.storage.blob import BlobServiceClient
conn = "[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=femaiaexports;AccountKey={sec('azsk',86,ALNUM+'+/')}==;EndpointSuffix=core.usgovcloudapi.net]]"
svc = BlobServiceClient.from_connection_string(conn)
why do I get AuthorizationFailure when listing containers?"""),

R("positive", "docker_compose", None, f"""services:
  redis:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "[[PASSWORD:{sec('redis',22)}]]"]
  worker:
    environment:
      - BROKER_URL=[[CONNECTION_STRING:redis://:{sec('redis',22)}@redis:6379/0]]
worker can't connect, says NOAUTH"""),

# hard negatives
R("hard_negative", "docker_compose", None, """services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  app:
    environment:
      DATABASE_URL: postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/app
why does compose warn "variable is not set. Defaulting to a blank string"?"""),
R("hard_negative", "terraform", None, """variable "db_admin_password" {
  type      = string
  sensitive = true
}
resource "aws_db_instance" "main" {
  identifier        = "fema-ia-reporting"
  engine_version    = "15.7"
  password          = var.db_admin_password
  kms_key_id        = data.aws_kms_key.rds.arn
}
Is marking the variable sensitive enough to keep it out of the plan output?"""),
R("hard_negative", "k8s_manifest", None, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: case-api
  labels: {app: case-api, team: hope-squad, version: "3.14.2"}
spec:
  template:
    spec:
      containers:
      - name: api
        image: registry.example.gov/case-api@sha256:4b8e2f61a9c07d3e5f1a2b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e
        envFrom:
        - secretRef: {name: case-api-env}"""),
R("hard_negative", "python_traceback", None, """Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/boto3/session.py", line 299, in client
botocore.exceptions.NoCredentialsError: Unable to locate credentials
I set AWS_PROFILE=fema-dev in ~/.bashrc and my ~/.aws/config has [profile fema-dev] with sso_start_url, so why?"""),
R("hard_negative", "sql_insert", None, """CREATE TABLE applicants (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name TEXT NOT NULL,
  ssn_hash CHAR(64),
  dob DATE,
  created_at TIMESTAMPTZ DEFAULT now()
);
INSERT INTO applicants (full_name, ssn_hash, dob) VALUES ('TEST NAME', repeat('0', 64), '1900-01-01');
Is storing a salted SHA-256 of the SSN acceptable or should I use HMAC?"""),
R("hard_negative", "shell_history", None, """ 1201  git log --oneline -3
 1202  git show 9c41e07b2d5fa3e18c6d0b7a29f4e5c1d83a6b20 --stat
 1203  git tag -a v2.18.0-rc.3 -m "release candidate"
 1204  sha256sum dist/cwmd-agent-2.18.0-linux-amd64.tar.gz
 1205  gpg --verify dist/SHA256SUMS.asc
what does "gpg: Can't check signature: No public key" mean here?"""),
R("hard_negative", "app_log", None, """2026-12-03T05:00:00.004Z INFO  scheduler job=nightly-dedupe run_id=8b1f3e2a-77c4-4d09-9e51-0c2b6a4f8d13 started
2026-12-03T05:07:41.912Z INFO  scheduler job=nightly-dedupe processed=184223 merged=312 duration_ms=461908
2026-12-03T05:07:42.010Z ERROR notifier smtp 421 4.7.0 try again later (host relay-02.example.gov)
how do I make the notifier retry with backoff?"""),
R("hard_negative", "env_template", None, """# .env.example — copy to .env and fill in; never commit .env
GITHUB_TOKEN=<your-personal-access-token>
SLACK_BOT_TOKEN=xoxb-your-token-here
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
DB_PASSWORD=changeme
SMTP_PASSWORD={{ vault_smtp_password }}"""),
R("hard_negative", "http_dump", None, """> POST /oauth2/token HTTP/1.1
> Content-Type: application/x-www-form-urlencoded
> Authorization: Basic <base64 of client_id:client_secret>
grant_type=client_credentials&scope=cases.read
< HTTP/1.1 400 {"error":"invalid_client"}
The client secret is in Key Vault as 'caseapi-client-secret'; how do I reference it from the pipeline instead of pasting it?"""),
R("hard_negative", "js_snippet", None, """// placeholder data for storybook, obviously fake
export const sample = {
  name: "Firstname Lastname",
  email: "name@example.com",
  phone: "555-555-5555",
  ssn: "XXX-XX-XXXX",
  address: "123 Main St, Anytown, ST 00000",
};"""),
R("hard_negative", "python_snippet", None, """import os, uuid, hashlib
def mask(value: str) -> str:
    return hashlib.sha256((os.environ["PII_SALT"] + value).encode()).hexdigest()
run_id = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
print(mask("example"))  # -> 64 hex chars
Can you add type hints and a docstring?"""),
]
