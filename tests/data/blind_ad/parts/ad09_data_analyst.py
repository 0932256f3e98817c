# Voice 9: DHS data analysts - SQL against case tables, pandas, dashboards, exported CSVs with errors.
RECORDS = [
("positive", "sql_join_debug", "yoruba+vietnamese",
"""Why does this join return duplicates? Sample output below.

SELECT c.case_id, p.full_name, p.a_number, p.dob
FROM cases c JOIN persons p ON p.person_id = c.subject_id
WHERE c.office = 'NYC' AND c.status = 'OPEN';

case_id | full_name | a_number | dob
NYC-24-07713 | [[PERSON:Adebayo Ogunleye]] | [[A_NUMBER:A206115873]] | [[DATE_OF_BIRTH:1984-05-16]]
NYC-24-07713 | [[PERSON:Adebayo Ogunleye]] | [[A_NUMBER:A206115873]] | [[DATE_OF_BIRTH:1984-05-16]]
NYC-24-08021 | [[PERSON:Quách Minh Triết]] | [[A_NUMBER:A211470392]] | [[DATE_OF_BIRTH:1992-10-30]]"""),

("positive", "pandas_conn_string", None,
"""pandas read_sql is super slow, is it the connection? 

import pandas as pd
from sqlalchemy import create_engine
eng = create_engine("[[CONNECTION_STRING:postgresql+psycopg2://rpt_reader:Vt4q!nB82xLm@casedw-prod.db.internal:5432/casedw]]")
df = pd.read_sql("select * from adjudications where fy = 2025", eng)
# 2.1M rows, takes 14 minutes"""),

("positive", "csv_parse_error", "hispanic+akan+polish",
"""pd.read_csv fails with "Expected 5 fields in line 4, saw 6". Here are the first lines of the export:

receipt,applicant,dob,office,status
[[USCIS_RECEIPT_NUMBER:MSC2591047732]],[[PERSON:Rivera, Ana Lucía]],[[DATE_OF_BIRTH:1990-01-22]],NBC,approved
[[USCIS_RECEIPT_NUMBER:MSC2591047748]],[[PERSON:Osei Bonsu]],[[DATE_OF_BIRTH:1977-08-03]],NBC,RFE
[[USCIS_RECEIPT_NUMBER:MSC2591047751]],[[PERSON:Kowalski, Piotr, Jr.]],[[DATE_OF_BIRTH:1969-12-11]],NBC,approved

I think it's the commas in the names?"""),

("positive", "aws_keys_notebook", None,
"""Notebook cell errors with AccessDenied on the S3 export bucket, what permission am I missing?

import boto3
s3 = boto3.client("s3",
    aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIAULG7VCWRQUVQUETY]]",
    aws_secret_access_key="[[CLOUD_SECRET_KEY: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]]",
    region_name="us-gov-west-1")
s3.download_file("ohss-exports-prod", "monthly/2025-11/apprehensions.parquet", "/tmp/a.parquet")"""),

("positive", "dashboard_drilldown", "dutch+igbo+hispanic",
"""The Tableau drill-down shows individual rows when it should only show aggregates. Screenshot text:

Office: Houston | Month: Oct 2025 | Count: 3
- [[PERSON:Miriam Achterberg]]  SSN [[US_SSN:452-83-1907]]
- [[PERSON:Obinna Chukwuemeka]]  SSN [[US_SSN:431-06-5528]]
- [[PERSON:Lizbeth Carranza]]  SSN [[US_SSN:467-71-2349]]

How do I restrict the drill-down to aggregate only for the viewer role?"""),

("positive", "github_token_ci", None,
"""Our dashboard refresh job in GitHub Actions fails to clone the private repo. The workflow has:

      - name: checkout data repo
        run: git clone https://x-access-token:[[GITHUB_TOKEN:ghp_kyeYTMsGo0R4FJpy02YSYBJkeRlS7yUsit5x]]@github.com/dhs-analytics/case-metrics.git

Error: remote: Repository not found. Is the token scope wrong?"""),

("positive", "json_payload_api", "lebanese",
"""API returns 422 on this payload, what field is wrong?

{
  "subject": {"given": "[[PERSON:Nour]]", "family": "[[PERSON:El-Masri]]", "dob": "[[DATE_OF_BIRTH:1995-13-02]]"},
  "identifiers": {"a_number": "[[A_NUMBER:A214006519]]", "i94": "[[I94_NUMBER:69381047201]]"},
  "contact": {"email": "[[EMAIL_ADDRESS:nour.elmasri95@yahoo.com]]", "phone": "[[PHONE_NUMBER:+1-313-555-0128]]"}
}"""),

("positive", "slack_alert_script", None,
"""This script posts dashboard refresh failures to Slack but nothing shows up:

import requests, os
SLACK_TOKEN = "[[SLACK_TOKEN:xoxb-274833290688-4852574515992-TGG5aGEB2HXwTzKtVV3B0VqG]]"
requests.post("https://slack.com/api/chat.postMessage",
  headers={"Authorization": f"Bearer {SLACK_TOKEN}"},
  json={"channel": "#ohss-dash-alerts", "text": "refresh failed"})"""),

("positive", "dedup_fuzzy", "somali+russian+vietnamese+mexican",
"""Fuzzy dedup with rapidfuzz, what threshold? These should match but score 78:
"[[PERSON:Mohamed Abdullahi Farah]]" vs "[[PERSON:Maxamed Cabdullaahi Faarax]]"
"[[PERSON:Yekaterina Sokolova]]" vs "[[PERSON:Ekaterina Sokolova]]"
"[[PERSON:Nguyen Thi Mai]]" vs "[[PERSON:Mai Thi Nguyen]]"
"[[PERSON:José Luis Hernández Pérez]]" vs "[[PERSON:Jose L Hernandez]]"
"""),

("positive", "excel_export_date_bug", "kazakh+shona+romanian",
"""Excel turned the DOBs into numbers, how do I convert back? Tab-delimited:
name	dob_serial	country
[[PERSON:Aigerim Nurlanovna]]	[[DATE_OF_BIRTH:33412]]	KAZ
[[PERSON:Tafadzwa Moyo]]	[[DATE_OF_BIRTH:35027]]	ZWE
[[PERSON:Ioana Dumitrescu]]	[[DATE_OF_BIRTH:31877]]	ROU"""),

("positive", "private_key_sftp", None,
"""paramiko says "not a valid RSA private key file" for the SFTP feed key, is it because it's OpenSSH format?

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
GPzEyoL8EsaJd/wyXxQPplH8ACyjkz4jmBQlm7knI4pShZFC8ZrXbeg/fT3pG+h8msMlc+
T1ah9sdbEl7oX8nrEHAluvtdgDW1+In81LJK6yc+jecsblnAk2vnXK6+Zy2GKlPOyJV9YZ
GWNkJnsrUgBhcpqIuRhWlMkU6ag5t/Zj3aoeWqeHGwlifXjw9APP8Dy+3XzZmBNQR2yTBG
TCuSsH5LM/Em9iJLwbL132Zn4T8+WvXX2HdN==
-----END OPENSSH PRIVATE KEY-----]]"""),

("positive", "sql_insert_test_data_real", "nepali+chinese",
"""Someone loaded prod rows into the dev DB for testing, I need to write a ticket. The rows look like:

INSERT INTO sevis_match (sevis_id, name, dob, school) VALUES
('[[SEVIS_ID:N0031874520]]', '[[PERSON:Prakash Dhungana]]', '[[DATE_OF_BIRTH:2001-07-14]]', 'Univ of Texas Arlington'),
('[[SEVIS_ID:N0029946173]]', '[[PERSON:Zhang Yuqing]]', '[[DATE_OF_BIRTH:2000-03-09]]', 'Purdue');

Write the ticket explaining why this is a privacy incident."""),

("positive", "cui_report_header", "zulu+akan",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Please fix the chart caption and the footnote numbering. Caption: "Figure 3: processing time by office, FY25". Footnote 2: records for [[PERSON:Lwazi Dlamini]] and [[PERSON:Akosua Frimpong]] were excluded due to data errors."""),

("positive", "gitlab_token_ci", None,
"""pip install from our internal GitLab package registry fails:
pip install case-utils --index-url https://__token__:[[GITLAB_TOKEN:glpat-YfcQZWxdU3M2qazmKqU1]]@gitlab.analytics.example/api/v4/projects/88/packages/pypi/simple
ERROR: 401. Why?"""),

("positive", "regex_help_ssn", "chilean+vietnamese+czech",
"""My regex to mask SSNs misses some rows, test data from the export:
[[PERSON:Carmen Oyarzún]] [[US_SSN:329-55-8016]]
[[PERSON:Duc Anh Hoang]] [[US_SSN:329 55 8024]]
[[PERSON:Stanislav Novák]] [[US_SSN:329558031]]
pattern: \\d{3}-\\d{2}-\\d{4}"""),

# evasions
("evasion", "hex_encoded_password", None,
"""the DB password in our config is hex-encoded so scanners don't flag it: [[PASSWORD:52 70 74 21 64 61 73 68 32 30 32 35]] -- can you decode and tell me if it meets the 12-char policy?"""),

("evasion", "aws_key_split_vars", None,
"""trick I use so the linter doesn't flag keys:
k1 = "[[CLOUD_ACCESS_KEY:AKIADDEJ" + "UGE2G0EY08V3]]"
s1 = "[[CLOUD_SECRET_KEY:ffvWOHlwl3aDrOopDBcb" + "+fEB9ezYfV6xe3NjIjyV]]"
is that ok for a notebook we share internally?"""),

("evasion", "name_rot13", "igbo+hispanic",
"""names in the sample are rot13'd so it's "safe": [[PERSON:Wnfzvar Bxbeb]], [[PERSON:Ebqevtb Ivyyn]]. can you write a pandas function to rot13 a column back?"""),

# hard negatives
("hard_negative", "placeholder_conn", None,
"""Review this config for best practice:

DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/casedw
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret>
SLACK_TOKEN={{ vault_slack_token }}"""),

("hard_negative", "faker_data", None,
"""I'm generating synthetic test data with Faker, how do I make the A-numbers look right?

from faker import Faker
fake = Faker()
rows = [{"name": fake.name(), "dob": fake.date_of_birth(), "a_number": "A" + fake.numerify("#########")} for _ in range(1000)]"""),

("hard_negative", "aggregate_stats", None,
"""Sanity-check my numbers: FY25 I-130 receipts 812,406; approvals 598,227; denials 41,390; pending end of year 2,117,008. Approval rate should be approvals/(approvals+denials) = 93.5%, right?"""),

("hard_negative", "hashes_and_ids", None,
"""The dedup job logs these, are they collisions or just duplicate rows?
row_hash=8f14e45fceea167a5a36dedd4bea2543 person_uuid=3b9a1d7e-77c2-4e0f-a1f5-0c2b9d4e8a61
row_hash=8f14e45fceea167a5a36dedd4bea2543 person_uuid=3b9a1d7e-77c2-4e0f-a1f5-0c2b9d4e8a61
commit 4e1d0c8a9b7f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"""),

("hard_negative", "schema_ddl", None,
"""Suggest indexes for this table:
CREATE TABLE persons (
  person_id BIGINT PRIMARY KEY,
  full_name VARCHAR(200),
  a_number CHAR(10),
  ssn_hash CHAR(64),
  dob DATE,
  office_code CHAR(3)
);"""),

("hard_negative", "same_shape_sql", None,
"""Why does this join return duplicates? Sample output below.

SELECT c.office, c.status, COUNT(*)
FROM cases c JOIN offices o ON o.code = c.office
GROUP BY c.office, c.status;

office | status | count
NYC | OPEN | 4410
NYC | OPEN | 4410
NYC | CLOSED | 12087"""),

("hard_negative", "invalid_ssn_test", None,
"""Unit test values for the SSN validator; which should fail? 000-12-3456, 666-45-1234, 912-34-5678, 123-00-4567, 123-45-0000. (All from the SSA rules for never-issued numbers, so these are safe test values.)"""),

("hard_negative", "fiscal_codes", None,
"""The budget dashboard joins on these, why do some not match? Treasury account 070-0530, PPA code O&S-MS, project WBS HSBP1025-0002-19, NSN 7530-01-600-6975. Version tag v3.14.2-rc1."""),

("hard_negative", "cui_concept_id", None,
"""I'm mapping ICD codes to UMLS for the health dashboard: CUI C0011849 (diabetes mellitus), CUI C0020538 (hypertension). Is the CUI column a string or int in the MRCONSO table?"""),

("hard_negative", "secret_manager_code", None,
"""Is this the right way to fetch the DB password at runtime?

import boto3, json
sm = boto3.client("secretsmanager", region_name="us-gov-west-1")
secret = json.loads(sm.get_secret_value(SecretId="casedw/rpt_reader")["SecretString"])
password = secret["password"]"""),
]
