# Part 1: developers and data analysts (code review, notebooks, logs, API payloads).
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "code_review_fixture", "vietnamese", r"""
Can you review this pytest fixture? The linter complains about line length but I think the logic is fine.

```python
@pytest.fixture
def applicant():
    return Applicant(
        full_name="[[PERSON:Nguyen Thi Thu Trang]]",
        ssn="[[US_SSN:749-63-0129]]",
        dob=date([[DATE_OF_BIRTH:1988, 3, 16]]),  # [[DATE_OF_BIRTH:1988-03-16]]
        email="[[EMAIL_ADDRESS:trang.nguyen88@example.com]]",
    )
```
Mostly I want to know whether `date(...)` inside a fixture is a code smell.
""")

R("positive", "pandas_print", "hispanic+korean", r"""
why does df.merge drop the second row? output below

>>> df_left.head()
   case_id          name        a_number     dob
0   C-1142   [[PERSON:Rosa Elena Quiñones]]   [[A_NUMBER:A260510149]]   [[DATE_OF_BIRTH:07/22/1979]]
1   C-1143        [[PERSON:Gong Tae-seok]]   [[A_NUMBER:A178294767]]   [[DATE_OF_BIRTH:11/02/1991]]
>>> df_right.head()
   case_id  status
0   C-1142  PENDING
1   c-1143  APPROVED

I'm joining on case_id with how="inner".
""")

R("hard_negative", "code_sample_placeholders", None, r"""
Refactor this config loader so it fails fast when a variable is missing:

```python
import os
DB_URL = os.environ.get("DATABASE_URL", "postgresql://user:${DB_PASSWORD}@localhost:5432/app")
API_KEY = os.getenv("VENDOR_API_KEY", "<your-api-key>")
SECRET_KEY = os.getenv("FLASK_SECRET_KEY", "changeme")
```
I'd like a small helper `require(name)` that raises a clear error.
""")

R("positive", "stack_trace", "nigerian", r"""
Getting this traceback from the intake worker, any idea what's wrong with the date parsing?

Traceback (most recent call last):
  File "/srv/intake/worker.py", line 212, in normalize
    rec["dob"] = parse_dob(rec["dob_raw"])
  File "/srv/intake/dates.py", line 48, in parse_dob
    raise ValueError(f"unparseable DOB {raw!r} for {name}")
ValueError: unparseable DOB '[[DATE_OF_BIRTH:31.04.1990]]' for [[PERSON:Chukwuemeka Okafor]]

I know April has 30 days, I'm asking how to log it without crashing the batch.
""")

R("positive", "api_json_response", "indian", r"""
The /v2/persons endpoint returns this, and the frontend shows the phone twice. Is the bug in the serializer or the React component?

{
  "id": "e867570c-10bb-de9b-f933-07950761f3b6",
  "name": {"given": "[[PERSON:Lakshmi]]", "family": "[[PERSON:Venkataraman]]"},
  "contact": {
    "phone": "[[PHONE_NUMBER:(703) 555-0147]]",
    "phone_alt": "[[PHONE_NUMBER:+1 703 555 0147]]",
    "email": "[[EMAIL_ADDRESS:l.venkataraman@example.org]]"
  },
  "address": "[[STREET_ADDRESS:2210 Wilson Blvd, Apt 614, Arlington, VA 22201]]"
}
""")

R("hard_negative", "git_log_hashes", None, r"""
Help me write a release note from these commits:

31e76d85544871d0bc9f54fbeac007eda8f55a61 fix: retry on 503 from the case API
02c9898baf0a0bb8f740243596d887efe3edc834 chore: bump requests 2.31.0 -> 2.32.3
9ec0934d0c5796dcc19eb20f0ac31976c9c78254 feat: add /healthz endpoint (v1.14.2)

Artifact digest sha256:18fe5f3c094edc7417ce5bdd3aa268e255abb44a457b2ce37f5a049931d46f47
""")

R("positive", "sql_review", "filipino", r"""
Is this query safe from injection? I hard-coded a test row while debugging:

SELECT p.person_id, p.last_name, p.first_name, b.routing_no, b.account_no
FROM payroll.person p JOIN payroll.bank b USING (person_id)
WHERE p.last_name = '[[PERSON:DELA CRUZ]]' AND p.first_name = '[[PERSON:MARIFE]]';
-- result: 88213 | [[PERSON:DELA CRUZ]] | [[PERSON:MARIFE]] | [[ABA_ROUTING_NUMBER:122708374]] | [[US_BANK_NUMBER:87824379321]]

We build the WHERE clause with f-strings in the real code, which is what worries me.
""")

R("positive", "go_test_fixture", "somali", r"""
Go test is flaky, fails about 1 in 5 runs. Table:

var cases = []struct {
    name    string
    in      Traveler
    wantErr bool
}{
    {"valid KTN", Traveler{Name: "[[PERSON:Abdirahman Warsame Yusuf]]", KTN: "[[KNOWN_TRAVELER_NUMBER:982896426]]"}, false},
    {"valid KTN 2", Traveler{Name: "[[PERSON:Hodan Ali Farah]]", KTN: "[[KNOWN_TRAVELER_NUMBER:157501364]]"}, false},
    {"empty", Traveler{}, true},
}

I suspect t.Parallel() with a shared map.
""")

R("hard_negative", "uuid_version_log", None, r"""
Why would the service log this at WARN level? It's noisy.

2026-11-30T14:02:11.482Z WARN  request_id=2a6f189e-21ca-eeb5-9294-37ef7fa98a43 client=case-ui/4.12.0 upstream=503 retry=2/5 elapsed_ms=1840
2026-11-30T14:02:13.101Z INFO  request_id=2a6f189e-21ca-eeb5-9294-37ef7fa98a43 status=200 bytes=18331
""")

R("positive", "env_file_pasted", None, r"""
my docker compose won't pick up the env file, here's what's in it (.env next to docker-compose.yml):

POSTGRES_USER=intake_app
POSTGRES_PASSWORD=[[PASSWORD:tFhfepJ**Ah*wv]]
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAWPY7YKROUKMADCIR]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY: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]]

Compose says the variable is not set. Do I need quotes?
""")

R("positive", "notebook_output", "chinese", r"""
In [14]: cohort.loc[cohort.flag == "dup", ["full_name", "passport_no", "dob"]]
Out[14]:
          full_name   passport_no         dob
412    [[PERSON:ZHANG Wei]]     [[US_PASSPORT:592736273]]  [[DATE_OF_BIRTH:1990-01-09]]
877    [[PERSON:Zhang Wei]]     [[US_PASSPORT:525865801]]  [[DATE_OF_BIRTH:1990-01-09]]

How do I tell pandas these are different people? Same name and DOB, different passports.
""")

R("hard_negative", "graphql_schema", None, r"""
Review this GraphQL schema for the FOIA tracker. Should `secretNotes` be its own type?

type FoiaRequest {
  id: ID!
  trackingNumber: String!   # e.g. 2026-HQFO-00412
  receivedOn: Date!
  status: Status!
  secretNotes: [Note!]      # internal notes, not released
}
enum Status { RECEIVED PERFECTED IN_PROCESS CLOSED }
""")

R("positive", "graphql_variables", "haitian", r"""
This mutation returns "Variable $input got invalid value". Variables:

{
  "input": {
    "applicantName": "[[PERSON:Jean-Baptiste Fils-Aimé]]",
    "receiptNumber": "[[USCIS_RECEIPT_NUMBER:IOE1996514530]]",
    "aNumber": "[[A_NUMBER:A-282-498-233]]",
    "phone": "[[PHONE_NUMBER:305-555-0118]]"
  }
}

The schema says aNumber is `String!`; is the dash format the problem?
""")

R("positive", "slack_token_in_code", None, r"""
Why doesn't this alert reach the channel? The bot token works from curl.

const { WebClient } = require('@slack/web-api');
const web = new WebClient('[[SLACK_TOKEN:xoxb-57111241245-7686991610880-c4gZltdj3zJ96YS3SoQrFHEI]]');
await web.chat.postMessage({ channel: '#ops-alerts', text: msg });
""")

R("hard_negative", "secret_in_code_identifier", None, r"""
Naming question: we have a function `get_secret(name)` that reads from AWS Secrets Manager, and another `is_classified(doc)` that calls the classification service. A reviewer says the names are confusing. Suggest better names and a docstring for each; the code is:

def get_secret(name: str) -> str:
    return sm.get_secret_value(SecretId=name)["SecretString"]
""")

R("positive", "protobuf_text", "ethiopian", r"""
Protobuf text-format dump from the test harness; the `dob` field isn't being parsed into google.type.Date:

traveler {
  full_name: "[[PERSON:Tewodros Alemayehu Bekele]]"
  dob: "[[DATE_OF_BIRTH:1985-09-11]]"
  i94_number: "[[I94_NUMBER:74958197034]]"
  passport { country: "ETH" number: "[[US_PASSPORT:EP4471903]]" }
}
""")

R("hard_negative", "invoice_numbers_ssn_shape", None, r"""
Reconcile these two lists in Excel — which invoices are missing from the AP export?

Vendor list: INV 512-44-0000, INV 900-44-0017, INV 900-12-4410
AP export:   INV-512-44-0000, INV-900-12-4410

Some have dashes and some don't; I need a formula that normalizes them.
""")

R("positive", "log_excerpt_pii", "arabic", r"""
Our Splunk alert fired on this line; is the regex too broad or is this a real leak from the app log?

2026-12-01 09:14:55,301 DEBUG intake.api submit_form payload={'applicant': '[[PERSON:Yousef Al-Mansouri]]', 'email': '[[EMAIL_ADDRESS:yousef.almansouri@example.net]]', 'itin': '[[US_ITIN:902-55-4309]]'}

I think we should stop logging payloads at DEBUG. How do I justify that to the team?
""")

R("positive", "csv_semicolon", "slavic", r"""
Excel opened this semicolon CSV in one column. How do I import it properly?

surname;given;dob;phone
[[PERSON:Hrytsenko]];[[PERSON:Yaryna]];[[DATE_OF_BIRTH:14.02.1983]];[[PHONE_NUMBER:+380 44 555 0139]]
[[PERSON:Dvořák]];[[PERSON:Tomáš]];[[DATE_OF_BIRTH:03.10.1977]];[[PHONE_NUMBER:+420 555 010 162]]
""")

R("positive", "jwt_in_curl", None, r"""
curl keeps returning 401 — is the token expired? I decoded it on jwt.io and exp looks fine.

curl -H "Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtaW50YWtlIiwic2NvcGUiOiJjYXNlOnJlYWQiLCJleHAiOjE3OTY0MjI0MDB9.PbNam0qvSAY8FrgVy0x9QsEzvYX63YzufY7Z8HU3eYv]]" https://api.example.com/v2/cases?limit=10
""")

R("hard_negative", "sample_jwt_doc", None, r"""
Explain the three parts of a JWT to a new analyst. Use a made-up example like `xxxxx.yyyyy.zzzzz` and don't paste a real token. Cover header, payload and signature, and why you should never put personal data in the payload.
""")

R("positive", "yaml_fixture", "pakistani", r"""
Kubernetes refuses this ConfigMap; I think the YAML indentation is off. (It's only test data.)

apiVersion: v1
kind: ConfigMap
metadata:
  name: seed-applicants
data:
  applicant1.yaml: |
    name: [[PERSON:Muhammad Bilal Qureshi]]
    mobile: "[[PHONE_NUMBER:+92 300 5550142]]"
    dob: [[DATE_OF_BIRTH:12 Jan 1992]]
    address: [[STREET_ADDRESS:118 Maple Ave, Herndon, VA 20170]]
""")

R("hard_negative", "zip4_and_po", None, r"""
Write a regex that matches ZIP+4 codes like 20528-0075 and 20229-1000 but not PO numbers like PO-70B03C-26-P-0042 or NSN 7510-01-555-0142.
""")

R("positive", "js_test_fixture", "japanese", r"""
Jest snapshot is failing because the date formats differently on my machine:

- Expected
+ Received
  Object {
-   "born": "[[DATE_OF_BIRTH:1996/05/30]]",
+   "born": "[[DATE_OF_BIRTH:5/30/1996]]",
    "name": "[[PERSON:Sato Haruka]]",
    "edipi": "[[DOD_EDIPI:1516979783]]",
  }

Should I pin the locale in the test?
""")

R("evasion", "github_token_split", None, r"""
The CI step fails with "Bad credentials". I split the token across two env vars because the UI truncates long values:

GH_TOKEN_PART1=[[GITHUB_TOKEN:ghp_tV6bYeLqRgdf2q1S]]
GH_TOKEN_PART2=[[GITHUB_TOKEN:oZvwjOlrKKRbQBKyKHEq]]

and in the workflow I do `export GH_TOKEN="$GH_TOKEN_PART1$GH_TOKEN_PART2"`. Full value would be [[GITHUB_TOKEN:ghp_tV6bYeLqRgdf2q1SoZvwjOlrKKRbQBKyKHEq]] — why doesn't it work?
""")

R("hard_negative", "public_agency_contacts", None, r"""
For the footer of our public web page, format these contacts consistently:

DHS Office of Public Affairs, 202-282-8010
CBP Info Center 1-877-227-5511
TSA Contact Center 866-289-9673
DHS Headquarters, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0525
""")

R("positive", "api_request_dl", "hispanic", r"""
POST /api/v1/verify-license returns 422. Request body:

{"state": "MD", "license_number": "[[US_DRIVER_LICENSE:M-163-582-947-210]]", "holder": "[[PERSON:Guadalupe Ramírez Soto]]", "dob": "[[DATE_OF_BIRTH:1969-12-05]]"}

The API docs say license_number must match ^[A-Z]\d{12}$. Should I strip the dashes client-side?
""")

R("hard_negative", "secret_service_prose", None, r"""
Draft a two-paragraph summary for the newsletter about the joint exercise the Secret Service and FEMA ran in Denver last month. Keep it upbeat, mention the 40 participating agencies, and don't reveal any classified scenario details — just say the scenario was notional.
""")

R("positive", "dataframe_markdown", "turkish+brazilian", r"""
Turn this into a bar chart by nationality, ignore the name columns:

| name | nationality | passport | email |
|---|---|---|---|
| [[PERSON:Emre Yıldırım]] | TUR | [[US_PASSPORT:U41739286]] | [[EMAIL_ADDRESS:emre.yildirim@example.com]] |
| [[PERSON:Ayşe Demir]] | TUR | [[US_PASSPORT:U50286417]] | [[EMAIL_ADDRESS:ayse.demir@example.com]] |
| [[PERSON:Gabriel Nascimento]] | BRA | [[US_PASSPORT:FX902114]] | [[EMAIL_ADDRESS:g.nascimento@example.com.br]] |
""")
