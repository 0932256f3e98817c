"""Voice: IT helpdesk / account tickets (password resets, MFA, service accounts, configs, CI)."""
from _common import R, b64
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "pw_reset_ticket", "hmong", """
write a polite reply closing this ticket:

Ticket #HD-448120 | User: [[PERSON:Pa Nhia Xiong]] | Ext: [[PHONE_NUMBER:(202) 555-0119]]
Issue: locked out after PIV reissue. Reset AD pw to temp [[PASSWORD:Spring#Harbor2026]] and told her to change at next logon. MFA re-registered.
"""),
R(H, "env_template", None, """
whats the best way to document this .env.example for new devs?

DB_HOST=localhost
DB_PORT=5432
DB_USER=app
DB_PASSWORD=${DB_PASSWORD}
API_KEY=<your-api-key>
SECRET_KEY=changeme
LOG_LEVEL=info
"""),
R(P, "env_real", None, """
my flask app wont start, says cant connect. here is my .env:

FLASK_ENV=development
DATABASE_URL=[[CONNECTION_STRING:postgresql://intake_rw:Ms1ii&NShXRJwm@db-dev.internal.example:5432/intake]]
REDIS_URL=redis://localhost:6379/0
SECRET_KEY=[[PASSWORD:DVPiEmGngo6C&q]]
"""),
R(H, "os_environ_code", None, """
refactor this so it fails fast if the key is missing:

import os, requests
API_KEY = os.environ["API_KEY"]
resp = requests.get("https://api.example.com/v1/status", headers={"X-Api-Key": API_KEY}, timeout=10)
print(resp.status_code)
"""),
R(P, "kubeconfig", None, """
kubectl says "Unauthorized" with this kubeconfig, what did I miss?

apiVersion: v1
kind: Config
clusters:
- name: ops-east
  cluster:
    server: https://10.40.0.10:6443
users:
- name: deployer
  user:
    token: [[JWT:""" + "eyJhbGciOiJSUzI1NiIsImtpZCI6Im9wcy1lYXN0In0." + "eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50Om9wczpkZXBsb3llciJ9" + ".Yw8WRV6BZKt7Et3Lq9bN2xTq5vHp0cRfMz4kJ1sAe7UoGi8d" + """]]
contexts:
- name: ops
  context: {cluster: ops-east, user: deployer}
current-context: ops
"""),
R(H, "ci_yaml_secrets_ref", None, """
why does this gitlab job not pick up the variable?

deploy:
  stage: deploy
  image: registry.example.com/tools/awscli:2.15.30
  script:
    - aws s3 sync dist/ s3://$BUCKET --delete
  variables:
    AWS_ACCESS_KEY_ID: $CI_AWS_KEY_ID
    AWS_SECRET_ACCESS_KEY: $CI_AWS_SECRET
  only: [main]
"""),
R(P, "ci_yaml_leak", None, """
review this github actions workflow for problems

jobs:
  build:
    runs-on: ubuntu-22.04
    env:
      AWS_ACCESS_KEY_ID: [[CLOUD_ACCESS_KEY:AKIAMFF24TO5AKW4XZHA]]
      AWS_SECRET_ACCESS_KEY: [[CLOUD_SECRET_KEY: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]]
    steps:
      - uses: actions/checkout@v4
      - run: make test
"""),
R(P, "mfa_ticket", "korean", """
summarize for the queue:
caller [[PERSON:SEONG TAE-GYU]] (contractor, badge exp 03/2027) lost his phone, needs MFA reset on Okta. Verified identity via supervisor [[PERSON:Hwang Seo-yeon]] at [[PHONE_NUMBER:571-555-0188]]. Temp bypass code issued, expires 24h.
"""),
R(H, "version_bump", None, """
write release notes from this changelog:
v3.8.2 (2026-11-20) - fix NPE in PasswordPolicyValidator when min_length unset
v3.8.1 (2026-11-02) - bump openssl 3.0.13 -> 3.0.15; rotate test fixtures (no secrets in repo)
v3.8.0 (2026-10-15) - add SecretsManagerProvider interface; deprecate ConfigSecret class
"""),
R(P, "service_account", "anglo", """
draft an email to the app owner asking them to rotate this. Found in the shared drive:

svc_account: svc-ecm-sync
password: [[PASSWORD:Kk9!wTr4$Ltz0Qe]]
owner: [[PERSON:Bill Thompson]] <[[EMAIL_ADDRESS:william.thompson@example.gov]]>
"""),
R(E, "pw_spaced", "anglo", """
can you help me word an email to my supervisor [[PERSON:Will Stoneman]] explaining I wrote my new password on a sticky note, which was [[PASSWORD:B l u e j a y - 4 4 1 9 !]] , and it's now missing
"""),
R(H, "vault_template", None, """
is this ansible template ok?

[database]
host = {{ db_host }}
user = {{ db_user }}
password = {{ vault_db_password }}
[smtp]
relay = smtp.example.com:587
"""),
R(P, "azure_conn", None, """
getting 403 from blob storage in my function app, is this connection string formatted wrong?

"AzureWebJobsStorage": "[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=opsintakedev;AccountKey=g+tKkqeDYHVOciY7zLAseIiz84xmqhHOi0el9B6LHZhqCM+9Urw7D5OBkj6gCpufMs+IAL8gFrhikMVnheujN6==;EndpointSuffix=core.usgovcloudapi.net]]"
"""),
R(H, "uuid_sha_list", None, """
dedupe this list and sort:
7c9e6679-7425-40de-944b-e07fc1f90ae7
a3f1c2d4e5b60718293a4b5c6d7e8f9012345678
7c9e6679-7425-40de-944b-e07fc1f90ae7
f47ac10b-58cc-4372-a567-0e02b2c3d479
"""),
R(P, "new_hire_account", "indian", """
fill in this account request template with the info below:
Name: [[PERSON:Lakshmi Narayanaswamy]]
Start: 12/15/2026, Office of the CIO, Room 4B-112
Work email: [[EMAIL_ADDRESS:lakshmi.narayanaswamy@example.gov]]
Mobile for MFA: [[PHONE_NUMBER:703.555.0174]]
Supervisor: [[PERSON:Anand Subramaniam]]
"""),
R(H, "gitlab_ci_masked", None, """
explain the difference between protected and masked variables in gitlab, using my example: DEPLOY_TOKEN is masked and shows as [MASKED] in job logs, and the runner tag is docker-gov-02.
"""),
R(P, "gitlab_token", "german", """
[[PERSON:Jürgen Hoffmann]] left this in the README of our internal repo, how should I tell him nicely to remove it?
  git clone https://oauth2:[[GITLAB_TOKEN:glpat-ikQe-66Yb1k8vtaD5W78]]@gitlab.example.com/ops/intake.git
"""),
R(H, "error_stack", None, """
what's causing this?
psycopg2.OperationalError: connection to server at "db-dev.internal.example" (10.40.2.15), port 5432 failed: FATAL:  password authentication failed for user "intake_rw"
"""),
R(E, "b64_password", None, """
decode this and tell me if it meets the 15-char policy: the ticket says temp credential is base64 [[PASSWORD:""" + b64("Harbor!Light7729q") + """]]
"""),
R(P, "vpn_ticket_caps", "native_american", """
CLEAN THIS UP FOR THE KB ARTICLE, REMOVE THE USER SPECIFIC STUFF IF YOU CAN:
USER [[PERSON:DAKOTA REDCLOUD]] REPORTS VPN DROPS EVERY 20 MIN. CALLBACK [[PHONE_NUMBER:605-555-0132]]. FIX WAS RESETTING GLOBALPROTECT PORTAL TO vpn.example.gov AND CLEARING CACHED CREDS.
"""),
R(H, "ldap_filter", None, """
why doesn't this ldap filter return disabled accounts?
(&(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=2)(whenChanged>=20261101000000.0Z))
"""),
R(P, "google_key", None, """
maps widget on the field office locator broke after the migration. here's the script tag, whats wrong
<script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzay5SIZ8g8E3iPKG8o6b2un4HXSIcna4WpSWH]]&callback=initMap" async></script>
"""),
R(H, "summer_hope_names", None, """
fix the formatting on this out-of-office: "I am out for Summer leave until Aug 18. I hope to respond when I return. For urgent password resets call the Service Desk; for badge issues visit Room 1A-020. Will reply to all else after the 18th."
"""),
R(P, "sql_conn_str", None, """
SSMS gives "login failed" with this, help
[[CONNECTION_STRING:Server=tcp:sqlprod-07.internal.example,1433;Database=Travel;User ID=trv_app;Password=I!92F!oZMvaNUF;Encrypt=True;TrustServerCertificate=False]];
"""),
]
