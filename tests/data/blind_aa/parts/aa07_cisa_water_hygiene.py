# Voice: CISA Cyber Hygiene vulnerability scanning - enrolment and findings notices to small water and wastewater utilities.
RECORDS = [
("positive", "enrollment_form", "anglo",
"""Cyber Hygiene Services - Acceptance of Terms (excerpt)
Utility: Millbrook Falls Municipal Water Authority (serves 4,100)
Technical POC: [[PERSON:Earl Dunmore]], [[EMAIL_ADDRESS:edunmore@millbrookfallswater.example]], [[PHONE_NUMBER:(802) 555-0128]]
Alternate POC: [[PERSON:Patience Oyelaran]], [[EMAIL_ADDRESS:poyelaran@millbrookfallswater.example]]
Mailing: [[STREET_ADDRESS:PO Box 44, 12 Mill St, Millbrook Falls, VT 05751]]
Signed by board chair [[PERSON:Harold P. Lindqvist]]"""),
("positive", "finding_with_default_creds", None,
"""CRITICAL finding forwarded by the utility's contractor, they ask if it's real:
HMI at 203.0.113.57:80 accepts admin / [[PASSWORD:hSlr2rS6llUhuk]] (that's what they set after our last notice)
Please advise how to word the reply."""),
("positive", "scada_connect_args", None,
"""# historian export the utility's IT guy pasted into the ticket
import pyodbc
cn = pyodbc.connect("[[CONNECTION_STRING:DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.8.1.20;DATABASE=Historian;UID=hist_read;PWD=Tr3nd!ngPump#77]]")
"""),
("positive", "basic_auth_header", None,
"""The utility's RTU gateway answered our probe with this, and they sent us their own request log:
GET /cgi-bin/status HTTP/1.1
Host: rtu-gw.lakewood-wsd.example
Authorization: Basic [[PASSWORD:cGxhbnRvcDpXYXRlclRvd2VyMjAyNiE=]]"""),
("positive", "ops_manager_sms", "ojibwe",
"""SMS from tribal utility ops manager [[PERSON:Dakota Jourdain]]: "got your letter about port 502 open. i'm alone on shift til 6, call my personal [[PHONE_NUMBER:218-555-0195]] not the office". [[PERSON:Dakota]] asked we CC his director [[PERSON:Winona Kingbird]]."""),
("positive", "report_cover_cui", None,
"""[[CUI_MARKING:CUI//SP-CRITINFRA]]
CYBER HYGIENE REPORT - VULNERABILITY SCANNING
Organization: Lakewood Water & Sewer District
[[CUI_MARKING:(CUI//SP-CRITINFRA)]] 3 critical, 11 high vulnerabilities on internet-facing hosts.
[[CUI_MARKING:CUI//SP-CRITINFRA]]"""),
("positive", "pcii_submission", None,
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Utility network diagram submitted under the PCII program - do not forward."""),
("positive", "aws_keys_in_ticket", None,
"""Utility asked us to scan their new cloud SCADA dashboard and included (!) their keys:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAKDP5QO47BASVJXQ2]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]
How do I tell them politely to rotate these?"""),
("positive", "jwt_scanner_api", None,
"""curl -H "Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtaHlnaWVuZS1zY2FuIiwiaWF0IjoxNzk2NTMxMjAwLCJyb2xlIjoic2Nhbm5lciJ9.Zk3mQ9vR2xT7bLw4Hn8pYc1FjD6sGa0eUo5iKqWtNyE]]" https://vs-api.example.gov/v1/findings?org=LWSD"""),
("positive", "german_utility_partner", "german",
"""Anfrage von Stadtwerke-Partner: Ansprechpartner [[PERSON:Jürgen Weißhaupt]], Tel. [[PHONE_NUMBER:+49 30 5550 1742]], E-Mail [[EMAIL_ADDRESS:j.weisshaupt@stadtwerke-partner.example]]. Geburtsdatum (für Zugangsantrag): [[DATE_OF_BIRTH:7. Oktober 1969]]."""),
("positive", "netrc_reportportal", None,
"""machine reports.cyberhygiene.example
login lakewood_wsd
password [[PASSWORD:2kQ!vW9s*LmP4t]]"""),
("positive", "lowercase_board_minutes", "yoruba+anglo",
"""minutes: board member [[PERSON:faith adeyemi]] moved to accept cisa's scanning agreement, seconded by [[PERSON:bud holloway]]. superintendent reported the old hmi password was shared by text; [[PERSON:bud]] asked it be changed."""),
("evasion", "entity_password", None,
"""contractor wrote the historian password as [[PASSWORD:&#80;&#117;&#109;&#112;&#49;&#33;]] in the HTML e-mail - it decodes to the real one"""),
("evasion", "split_key_lines", None,
"""key they pasted wrapped across two lines:
[[CLOUD_ACCESS_KEY:AKIAIM67BIG7
MYK647JL]]"""),
("hard_negative", "public_cisa_contact", None,
"""To enroll in Cyber Hygiene services, email vulnerability@cisa.dhs.gov with the subject line "Requesting Cyber Hygiene Services". This is CISA's public enrollment address."""),
("hard_negative", "cve_list", None,
"""Findings: CVE-2024-3400, CVE-2023-46805, CVE-2021-44228. CVSS 10.0, 8.2, 10.0. Plugin IDs 192547, 187101. KEV due dates 2026-12-27."""),
("hard_negative", "doc_ip_ranges", None,
"""Scanned ranges: 198.51.100.0/24, 203.0.113.0/26. Ports seen: 22, 80, 443, 502 (Modbus), 20000 (DNP3). Host fingerprint SHA256:Zp3vR8qK4mN1tXb7Yc2Lw9Hf6Gd0Se5Ua3Jo8Ki1RtE."""),
("hard_negative", "default_password_prose", None,
"""Many small utilities never change default passwords on HMIs. The notice should explain, without quoting any password, that vendor defaults are published in manuals and easy to find."""),
("hard_negative", "placeholder_env", None,
"""# .env.example for the utility's reporting tool
HISTORIAN_PWD=
SCAN_API_TOKEN=<paste-token-here>
DATABASE_URL=postgres://user:password@localhost:5432/dbname"""),
("hard_negative", "tlp_clear", None,
"""TLP:CLEAR - Water and Wastewater Sector cybersecurity toolkit. Free to share. Includes tabletop exercise, incident response checklist, and the EPA fact sheet."""),
("hard_negative", "famous_engineers", None,
"""Fun note in the newsletter: John Snow's Broad Street pump map, Ellen Swallow Richards' water survey of Massachusetts, and Abel Wolman's chlorination formula."""),
("hard_negative", "secret_in_prose_water", None,
"""There's no secret sauce to this: patch, segment, and take the HMI off the internet. None of this is classified; share it with the board."""),
("hard_negative", "hash_list", None,
"""IOC hashes (public advisory): 4f2a9c1e8b7d6a5f3e2c1b0a9f8e7d6c, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855."""),
("hard_negative", "invoice_utility", None,
"""Utility's scanning isn't billed - CISA services are no cost. Their own MSP invoice #MSP-44817 for $2,350 covers firewall config. PO 2026-0118."""),
]

RECORDS += [
("positive", "german_label_password", None,
"""Der Fernwartungszugang des Wasserwerks (laut Techniker):
Benutzer: fernwartung
Kennwort: [[PASSWORD:Pumpw3rk!Sued44]]
Bitte vor dem nächsten Scan ändern."""),
("hard_negative", "notice_template", None,
"""Dear {{poc_name}},
CISA's Cyber Hygiene scan of {{utility_name}} found {{n_critical}} critical vulnerabilities. Please reply to {{reply_address}} within 15 days. Password fields in this template are never filled."""),
]
