# Voice 5: CISA Continuous Diagnostics and Mitigation (CDM) dashboards: agency users,
# privileged accounts, exception requests.
from blindlib import b64, jwt

RECORDS = [
    ("positive", "priv_accounts_csv", "tamil+romanian+persian", """Export from the agency dashboard, PRIVU object. Which accounts have no MFA and were active in the last 30 days?

account,display_name,email,role,mfa,last_logon
adm-srajendran,[[PERSON:Sivakumar Rajendran]],[[EMAIL_ADDRESS:sivakumar.rajendran@ed-example.gov]],Domain Admin,N,2026-11-28
adm-ipopescu,[[PERSON:Ioana Popescu-Varga]],[[EMAIL_ADDRESS:ioana.popescu-varga@ed-example.gov]],Exchange Admin,Y,2026-11-30
svc-backup01,,,Backup Operator,N,2026-12-01
adm-mtehrani,[[PERSON:Mahsa Tehrani]],[[EMAIL_ADDRESS:mahsa.tehrani@ed-example.gov]],Enterprise Admin,N,2026-10-14"""),

    ("positive", "exception_request", "telugu", """Exception request for the dashboard (POA&M), help me word the justification:

Requestor: [[PERSON:Venkata Lakshmi Prasanna Kodali]], ISSO
Phone: [[PHONE_NUMBER:(703) 555-0118]]
Asset: 14 legacy lab workstations (Windows 10 LTSC 2016) cannot run the CDM agent
Compensating controls: isolated VLAN, no internet, monthly manual scans
Approver: [[PERSON:Raghunandan Iyengar]], CISO"""),

    ("positive", "powershell_output", "nepali+anglo", """PS C:\\> Get-ADGroupMember "Domain Admins" | Get-ADUser -Properties mail,LastLogonDate | ft Name,mail,LastLogonDate

Name                       mail                                       LastLogonDate
----                       ----                                       -------------
[[PERSON:Ngawang Pemba Tamang]]         [[EMAIL_ADDRESS:ngawang.tamang@agency-example.gov]]           11/30/2026 7:02:11 AM
[[PERSON:Anjali Shrestha Thapa]]      [[EMAIL_ADDRESS:anjali.thapa@agency-example.gov]]           12/1/2026 4:45:09 PM
[[PERSON:Garrett Vonderhaar]]         [[EMAIL_ADDRESS:garrett.vonderhaar@agency-example.gov]]     6/17/2025 9:12:38 AM

why does Garrett still show in Domain Admins if he left in June?"""),

    ("positive", "api_key_in_script", None, """This script pulls the HWAM summary from the dashboard API but gets 401. What's wrong?

import requests
API_KEY = "[[PASSWORD:cdm_9fK2xQ7mLpV4tRw8ZsB3nJ6hYd1eGc5u]]"
r = requests.get("https://dashboard.cdm-example.gov/api/v2/hwam/summary",
                 headers={"Authorization": f"ApiKey {API_KEY}"}, timeout=30)
print(r.status_code, r.text[:200])"""),

    ("positive", "aws_keys_ingest", None, """the cloud asset ingest for CLAW stopped. env file from the collector box:

AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIA2QQ6BVWXTO52UC60]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:5seVZH2PUHnhuIv+VRuLiNSS2n84ZKveip6zDW/g]]
AWS_REGION=us-gov-west-1
S3_BUCKET=cdm-claw-ingest-prod

do I need a session token for GovCloud?"""),

    ("positive", "jwt_debug", "serbian", """Token from the dashboard SSO, can you decode it and tell me why the role claim is missing?
[[JWT:""" + jwt('{"sub":"dragana.stojiljkovic","name":"Dragana Stojiljković","agency":"DOI-EX","exp":1798761600}', "Vg3kP0sLq8ZrT2wXn6yBf4HjM9cA1uEoD5iNl7tRb0Q") + """]]
user is [[PERSON:Dragana Stojiljković]], she should have the agency-admin role."""),

    ("positive", "cui_dashboard_finding", "bengali", """[[CUI_MARKING:CUI]]
Agency dashboard finding 2026-11: 212 KEV vulnerabilities older than 15 days on internet-facing assets. Asset owner [[PERSON:Md. Tanvir Hossain Chowdhury]] was notified; exception requested for 9 of them.
[[CUI_MARKING:Controlled by: CISA
CUI Category: PCII
Limited Dissemination Control: FED ONLY
POC: CDM Program Office, 888-555-0140]]
Summarize for the agency CIO in plain English."""),

    ("positive", "ticket_lowercase", "taiwanese", """ticket notes, make it readable:
user [[PERSON:lin pei-shan]] ([[EMAIL_ADDRESS:peishan.lin@hhs-example.gov]]) says her account shows up in the dashboard as privileged but she is just a help desk tier 1. her manager [[PERSON:chang wei-lun]] confirmed. cell [[PHONE_NUMBER:301 555 0177]]. please remove from PRIVU feed."""),

    ("positive", "elastic_query_result", "persian", """Kibana query result (JSON), explain the "user.risk_score" field:
{"_source": {"user.name": "a-fkiani", "user.full_name": "[[PERSON:Farzad Kiani Nejad]]", "user.email": "[[EMAIL_ADDRESS:farzad.kianinejad@treas-example.gov]]", "user.risk_score": 87, "host.name": "WS-4471-X"}}"""),

    ("positive", "pem_key_collector", None, """The sensor won't register with the collector, logs say "bad key". here's the key file I put in /etc/cdm/collector.pem:

[[PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIL3qv8WfZb2Nk0Xy5tR9mJc7pHa1sD4eGz6uLw0oKiVnoAoGCCqGSM49
AwEHoUQDQgAEq9Tz2m7YbF4cR1pW8xK0vN3sJ6hL5gD2aE9uQ7tB1wM4nY8rC3kP
6fH0jS2lV5xZ9bA7eR1cT4yU8iO3pW6qE2==
-----END EC PRIVATE KEY-----]]

is the format wrong?"""),

    ("positive", "account_recert_email", "romanian+anglo", """From: [[PERSON:Corneliu Bălănescu]] <[[EMAIL_ADDRESS:corneliu.balanescu@agency-example.gov]]>
Subject: Privileged account recertification – Q4

[[PERSON:Brittany]],
Your two admin accounts (adm-bwhisenant, adm2-bwhisenant) are due for recertification. Please confirm both are still needed by 12/15 or they will be disabled. If you have questions call me at [[PHONE_NUMBER:571-555-0149]].
Thanks,
[[PERSON:Corneliu]]

Full name for the list: [[PERSON:Brittany Whisenant]]"""),

    ("positive", "github_token_repo", None, """our dashboard-connector repo CI is failing to clone the private module, I put the token in the workflow like this:

- name: checkout module
  run: git clone https://x-access-token:[[GITHUB_TOKEN:ghp_9AoYuMs2OCqCHm8QMHZ2BHt30UTJod0IG9L9]]@github.com/agency-cdm/connector-mod.git

is that syntax right?"""),

    ("positive", "mdm_user_list", "nepali+tamil", """User list from the mobile device feed, dedupe by name:
[[PERSON:Bishnu Prasad Ghimire]] | iPhone 14 | enrolled
[[PERSON:Bishnu P. Ghimire]] | iPad 9 | enrolled
[[PERSON:Kalaiselvi Murugesan]] | Pixel 7 | not enrolled
[[PERSON:Kalaiselvi M.]] | iPhone 13 | enrolled"""),

    ("positive", "password_in_prose", "anglo", """I reset the break-glass account for the dashboard. new password is [[PASSWORD:Wh1stl3r!Cove#2026]] — can you write the handoff note for [[PERSON:Reed Harkavy]] so he can put it in the safe envelope?"""),

    ("evasion", "b64_password", None, """config has the service pw base64 encoded, decode and tell me if it meets the 16 char rule:
svc_password_b64: [[PASSWORD:""" + b64("Pr1vAcc0unt$Sync88") + """]]"""),

    ("evasion", "spaced_aws_key", None, """splitting the key so slack doesn't flag it, reassemble and check the prefix: [[CLOUD_ACCESS_KEY:AKIA KGH8 858X FO5Y FXKO]]"""),

    ("evasion", "marking_space_letters", "persian", """[[CUI_MARKING:C U I // P C I I]] — the dashboard's critical-infrastructure view. Owner [[PERSON:Shirin Ghorbani]]. Write a summary of the 4 KEVs for the sector lead."""),

    ("hard_negative", "placeholder_config", None, """collector config template, tell me which fields are required:
dashboard_url: https://dashboard.example.gov
api_key: ${CDM_API_KEY}
aws_access_key_id: <your-access-key-id>
aws_secret_access_key: <your-secret-access-key>
db_password: {{ vault_cdm_db_password }}
admin_password: changeme"""),

    ("hard_negative", "sha_hashes", None, """agent package hashes from the release notes, do these match?
cdm-agent-5.4.2.msi  sha1 6b713254448e493a20954934b539bca41b33110e
cdm-agent-5.4.2.rpm  sha1 42a45162d5235edcca8c2bed804d86dcebcd6453
commit f983f7b0155eac4338b287677aff24e1d6ac0c1e"""),

    ("hard_negative", "same_shape_service_accts", None, """account,display_name,email,role,mfa,last_logon
svc-backup01,,,Backup Operator,N,2026-12-01
svc-sccm,,,SCCM Admin,N,2026-11-30
svc-sql-agent,,,SQL Admin,N,2026-12-02
These are all service accounts. Which should be in the PRIVU exception list?"""),

    ("hard_negative", "cve_ids", None, """Prioritize these KEVs for the agency: CVE-2024-3400 (PAN-OS), CVE-2023-4966 (Citrix Bleed), CVE-2024-21762 (FortiOS), CVE-2023-20198 (IOS XE). One line each on why."""),

    ("hard_negative", "metric_table", None, """Dashboard metrics, FY26 Q4:
HWAM coverage 96.4%
SWAM coverage 91.2%
Privileged users with MFA 88.7%
Critical vulns > 30 days: 1,204
Write a trend sentence vs Q3 (95.1, 90.8, 84.0, 1,890)."""),

    ("hard_negative", "ip_ranges", None, """Is 10.48.0.0/14 covered by the sensor's scan scope if the scope is 10.48.0.0/16, 10.49.0.0/16 and 10.50.0.0/15? Explain the CIDR math."""),

    ("hard_negative", "uuid_objects", None, """Dashboard object ids for the deletion request: 3f6c2a10-9b4e-4d1a-8f77-02c5e9a1b3d4, 7a1d9e33-c0b2-4f58-a6e1-5d8b4c2f9e07. Do I need to delete the child FINDINGS objects first?"""),

    ("hard_negative", "token_word_docs", None, """The vendor doc says "generate a personal access token with read:org scope and paste it in the Token field; the token is shown only once". Does that mean the token expires? Summarize what the doc means by "fine-grained tokens"."""),

    ("hard_negative", "public_cisa_contact", None, """For the agency poster: report incidents to CISA Central at report@cisa.gov or 888-282-0870. Is that still the current public contact? Make a 2-line footer."""),
]
