"""Voice r08: code and configs pasted for debugging — env files, Dockerfiles, CI YAML, notebooks, SQL dumps, HTTP logs, stack traces."""
import base64
from blindlib import jwt
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "env_file", "none",
"""why does docker compose ignore my .env? contents:
POSTGRES_USER=casetrack
POSTGRES_PASSWORD=[[PASSWORD:h7Vq!2mZr9LkT]]
DATABASE_URL=[[CONNECTION_STRING:postgres://casetrack:h7Vq!2mZr9LkT@db:5432/casetrack]]
SECRET_KEY_BASE=[[PASSWORD:9f2c1a7e5b3d48c6a0e4f7b2d9c1e3a5b7d9f0a2c4e6]]"""))

R.append((P, "github_actions_yaml", "none",
"""CI fails at the deploy step:
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GH_PAT: [[GITHUB_TOKEN:ghp_Qm4Tz8Lr2Wx6Yc1Vb5Nd9Kf3Hs7Jp0Ag4Ue8]]
      AWS_REGION: us-gov-west-1
    steps:
      - run: ./deploy.sh"""))

R.append((P, "gitlab_ci_token", "none",
"""gitlab runner registration keeps failing:
gitlab-runner register --url https://code.ice.dhs.local/ --token [[GITLAB_TOKEN:glpat-Xr7mK2vQ9pL4wT8nB3cZ]]
error: 401 unauthorized"""))

R.append((P, "slack_webhook_bot", "none",
"""our alert bot stopped posting:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-4820193746-5719038264517-Kp9Rw2Lm7Qz4Tx8Vn3Yb6Hc1]]
channel: #obim-alerts
response: {"ok":false,"error":"invalid_auth"}"""))

R.append((P, "jwt_http_log", "anglo",
f"""Getting 401 from the case API, here's the request from the HAR:
GET /api/v3/cases/8821 HTTP/1.1
Host: casemgmt-api.uscis.local
Authorization: Bearer [[JWT:{jwt('{"sub":"wlangford","name":"Wendell Langford","roles":["adjudicator"],"exp":1764979200}')}]]
the token was issued 10 min ago to [[PERSON:Wendell Langford]]"""))

R.append((P, "private_key_paste", "none",
"""is this key in the right format for the SFTP job to the bank?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq9Xk2mP7vR3tL8wQ1zN5cY4hJ0aF6dS9gK2bU7eW1oAAAAJhQ3m7dUN5u
3QAAAAtzc2gtZWQyNTUxOQAAACBq9Xk2mP7vR3tL8wQ1zN5cY4hJ0aF6dS9gK2bU7eW1oA
-----END OPENSSH PRIVATE KEY-----]]"""))

R.append((P, "sql_dump_pii", "hispanic+somali+anglo+vietnamese",
"""INSERT INTO applicants (id, full_name, dob, ssn, email) VALUES
(1101, '[[PERSON:Araceli Monteverde]]', '[[DATE_OF_BIRTH:1984-04-19]]', '[[US_SSN:509-31-7724]]', '[[EMAIL_ADDRESS:araceli.mv@yahoo.com]]'),
(1102, '[[PERSON:Cabdi Xirsi Dualle]]', '[[DATE_OF_BIRTH:1991-12-03]]', '[[US_SSN:478-26-1359]]', '[[EMAIL_ADDRESS:cxdualle@outlook.com]]'),
(1103, '[[PERSON:Tobias Renwick]]', '[[DATE_OF_BIRTH:1977-06-28]]', '[[US_SSN:316-09-8842]]', NULL),
(1104, '[[PERSON:Vũ Minh Khoa]]', '[[DATE_OF_BIRTH:2000-09-09]]', '[[US_SSN:602-54-3318]]', '[[EMAIL_ADDRESS:khoa.vu2000@gmail.com]]');
-- why does the dedupe query return 1102 twice?"""))

R.append((P, "python_stack_trace", "haitian",
"""Traceback (most recent call last):
  File "load_ead.py", line 88, in <module>
    row = validate(rec)
  File "load_ead.py", line 41, in validate
    raise ValueError(f"bad receipt for {rec['name']}: {rec['receipt']}")
ValueError: bad receipt for [[PERSON:Guerline Jean-Louis]]: [[USCIS_RECEIPT_NUMBER:IOE-09-271-14038]]
what's wrong with the regex?"""))

R.append((P, "dockerfile_secret", "none",
"""Dockerfile review pls:
FROM registry.access.redhat.com/ubi9/python-311
ENV AZURE_STORAGE_CONNECTION_STRING="[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=cwmdexdata;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDRA==;EndpointSuffix=core.usgovcloudapi.net]]"
COPY . /app
CMD ["python","/app/run.py"]"""))

R.append((P, "jupyter_output", "nigerian+chinese+russian",
"""In [14]: df[df.match_score > 0.98][['name','a_number','dob']]
Out[14]:
                   name     a_number         dob
17   [[PERSON:Ngozi Ezeh-Ukachukwu]]  [[A_NUMBER:A216704339]]  [[DATE_OF_BIRTH:1989-02-14]]
203  [[PERSON:Tang Xiaoming]]      [[A_NUMBER:A203318862]]  [[DATE_OF_BIRTH:1975-11-01]]
418  [[PERSON:Ruslan Gainutdinov]]   [[A_NUMBER:A219027745]]  [[DATE_OF_BIRTH:1993-07-30]]
Why are there only 3 rows? I expected ~40."""))

R.append((P, "r_console", "kurdish+anglo",
"""> head(payroll[, c("emp_name","edipi","ssn")], 2)
           emp_name      edipi         ssn
1   [[PERSON:Rebin Barzani]] [[DOD_EDIPI:1455092817]] [[US_SSN:654-20-1138]]
2  [[PERSON:Cody Ferrell]] [[DOD_EDIPI:1460371294]] [[US_SSN:335-81-4420]]
How do I mask the ssn column with dplyr?"""))

R.append((P, "aws_cli_config", "none",
"""~/.aws/credentials on the analytics box:
[govcloud]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAW4NQ7ZRT2KX8PL3M]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:vB3nT8qL2xR7mW1kZ9pY4cF6hJ0sD5gA8eU2oI7t]]
region = us-gov-west-1
`aws s3 ls` gives SignatureDoesNotMatch — why?"""))

R.append((P, "google_maps_key", "none",
"""the GIS dashboard map is blank, console says key invalid:
<script src="https://maps.googleapis.com/maps/api/js?key=AIza-REDACTED&callback=initMap"></script>
and in config.json: "api_key": "[[PASSWORD:c41f9e2b7a0d4c8e9f13b5a6d7e8f9a0]]" for the geocoder. Is the geocoder key the problem?"""))

R.append((P, "http_access_log_pii", "anglo",
"""nginx access log lines, why are emails in the query string?
10.20.4.17 - - [03/Nov/2025:14:02:11 -0500] "GET /lookup?email=[[EMAIL_ADDRESS:jolene.partridge@fema.dhs.gov]]&phone=[[PHONE_NUMBER:2025550167]] HTTP/1.1" 200 512
10.20.4.17 - - [03/Nov/2025:14:02:19 -0500] "GET /lookup?email=[[EMAIL_ADDRESS:r.okafor@cisa.dhs.gov]] HTTP/1.1" 404 88"""))

R.append((P, "mongo_uri_k8s", "none",
"""k8s secret decoded (base64 -d) for the case-index service:
MONGO_URI: [[CONNECTION_STRING:mongodb+srv://idx_svc:Lp4%23tQ9wZx2@caseidx.hq.dhs.local/caseindex?retryWrites=true]]
pod logs say 'bad auth'. Does the %23 need to stay encoded?"""))

R.append((P, "classified_in_notebook", "none",
"""Cell 3 output (copied from the SIPR notebook by mistake?):
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Selector volume by region, FY25 Q3: 14,220
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
how do I format the number with commas in pandas?"""))

# evasions
R.append((E, "password_base64", "none",
f"""values.yaml for helm — is base64 'encryption' enough?
db:
  user: ingest
  password: [[PASSWORD:{base64.b64encode(b'Wint3r!Harbor#58').decode()}]]   # base64"""))
R.append((E, "github_token_split", "none",
"""token got split across two lines in the terminal:
export GITHUB_TOKEN=[[GITHUB_TOKEN:ghp_Lr8Wx2Yc6Vb1Nd5Kf9Hs
3Jp7Ag0Ue4Qm8Tz2]]
is the newline breaking it?"""))
R.append((E, "aws_key_spaced", "none",
"""someone put spaces in the key to get it past the scanner: [[CLOUD_ACCESS_KEY:A K I A 3 R T 7 Q X 2 N W M 5 L P Z 8]] — is that still a leak?"""))

R += [(H, "hn_env_placeholders", "none", """.env.example for the repo:
POSTGRES_PASSWORD=${DB_PASSWORD}
API_KEY=<your-api-key>
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Is it OK to commit this file?"""),
(H, "hn_ansible_vault_ref", "none", """ansible task:
- name: create db user
  postgresql_user:
    name: casetrack
    password: "{{ vault_db_password }}"
Why does it say 'undefined variable' in check mode?"""),
(H, "hn_git_log", "none", """git log --oneline
9c4e1b7 fix receipt regex
a3f02d9 bump requests to 2.32.3
5be77c0 add SSN masking util
Squash these into one commit message."""),
(H, "hn_docker_digest", "none", """FROM python:3.11-slim@sha256:2f6a5e0c1d3b4a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f — pinning by digest OK for the ATO?"""),
(H, "hn_uuid_logs", "none", """request_id=7c9e6679-7425-40de-944b-e07fc1f90ae7 trace=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7 — how do I correlate these in Splunk?"""),
(H, "hn_regex_ssn_test", "none", """unit test fixtures for the masker: ['000-00-0000', '666-12-3456', '987-65-4321'] — confirm these are all in never-issued ranges? I want test values that can never be real."""),
(H, "hn_password_policy_code", "none", """def check(pw): return len(pw) >= 15 and any(c.isdigit() for c in pw)  — does this meet the DHS 4300A password rules? What's missing?"""),
(H, "hn_changeme_config", "none", """application.yml:
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/dev
    username: dev
    password: changeme
Local dev only. Why does Flyway not run?"""),
(H, "hn_semver", "none", """Upgrade path: Django 4.2.16 -> 5.1.3, psycopg 3.2.1, celery 5.4.0. Any breaking changes for a case-management app?"""),
(H, "hn_jwt_explainer", "none", """Explain the three parts of a JWT (header.payload.signature) and why 'alg: none' is dangerous. Use <header>.<payload>.<signature> placeholders, not a real token."""),
(H, "hn_pem_placeholder", "none", """In the README: 'Put your key in certs/client.key — it should start with -----BEGIN PRIVATE KEY----- and end with -----END PRIVATE KEY-----.' Is that clear enough for new devs?"""),
(H, "hn_http_200_log", "none", """10.1.2.3 - - [03/Nov/2025:14:02:11 -0500] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" — why is this logged 86,400 times a day?"""),
(H, "hn_classification_enum", "none", """class Marking(Enum): UNCLASSIFIED = 0; CUI = 1; CONFIDENTIAL = 2; SECRET = 3; TOP_SECRET = 4  — should CUI really sit between U and C in the ordering?"""),
]
R.insert(17, (P, "npmrc_token", "none",
"""npm install fails on the build server with E401; ~/.npmrc is:
registry=https://nexus.cbp.dhs.local/repository/npm-group/
//nexus.cbp.dhs.local/repository/npm-group/:_authToken=[[PASSWORD:NpmT0k-7f3c9a12-4be8-41d2-9c77-e0a5b6d4f218]]
always-auth=true"""))
R.append((H, "hn_npmrc_env_ref", "none", """Our .npmrc now reads //nexus.local/repository/npm-group/:_authToken=${NPM_TOKEN} and the CI injects NPM_TOKEN from the vault. Does npm expand ${} in .npmrc on Windows agents too?"""))

RECORDS = R
