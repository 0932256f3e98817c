"""Voice: CISA / SOC incident response (logs, alerts, EDR JSON, phishing reports)."""
from _common import R, jwt
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "phish_headers", "polish+korean", """
is this phishing? pls list the red flags for the ticket

From: "[[PERSON:Dariusz Wiśniewski]]" <[[EMAIL_ADDRESS:d.wisniewski@payroll-update.test]]>
To: [[PERSON:Min-ji Kang]] <[[EMAIL_ADDRESS:minji.kang@example.gov]]>
Subject: ACTION REQUIRED: W-2 correction before 12/09
Return-Path: <bounce-7731@mailer.payroll-update.test>
Received: from mx3.payroll-update.test (198.51.100.23)

Hi Min-ji, HR needs you to re-verify direct deposit today. Click the secure link below.
"""),
R(H, "fw_log", None, """
summarize top talkers from this deny log, which rule is noisiest

2026-11-30T03:14:07Z DENY TCP 203.0.113.41:51522 -> 10.20.4.17:445 rule=1207 iface=outside
2026-11-30T03:14:07Z DENY TCP 203.0.113.41:51523 -> 10.20.4.18:445 rule=1207 iface=outside
2026-11-30T03:14:09Z DENY UDP 198.51.100.7:53 -> 10.20.0.2:53 rule=88 iface=outside
2026-11-30T03:15:44Z DENY TCP 192.0.2.200:33012 -> 10.20.4.17:3389 rule=1207 iface=outside
"""),
R(P, "edr_json", None, """
explain what this process tree is doing, analyst thinks lateral movement

{"alert_id":"e3b1c0de-44a1-4f2a-9d7e-0c5a6b7f8e21","host":"WKS-HQ-0417","severity":"high",
 "parent":"cmd.exe","process":"net.exe",
 "cmdline":"net use \\\\\\\\fs01\\\\finance /user:CORP\\\\svc_backup [[PASSWORD:Kk!Dma8ZGEU6Hn]]",
 "sha256":"9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d"}
"""),
R(H, "sigma_rule", None, """
can you convert this sigma rule to a splunk query

title: Credential in Command Line
id: 5f1a8c2e-9b7d-4e3a-a1c0-2d4b6f8e0a13
logsource: {product: windows, category: process_creation}
detection:
  sel:
    CommandLine|contains: ['/user:', 'password=', '-p ']
  condition: sel
level: medium
tags: [attack.credential_access, attack.t1552.001]
"""),
R(P, "ir_ticket", "irish", """
draft a 3 line status update for leadership from this ticket

INC-2026-11872 | opened 11/28 09:12 | reporter: [[PERSON:Siobhan Ni Bhriain]] ([[PHONE_NUMBER:301-555-0186]], [[EMAIL_ADDRESS:siobhan.nibhriain@example.gov]])
summary: laptop left in rideshare, BitLocker on, remote wipe issued 11/28 10:40, device checked in 11/29.
"""),
R(E, "spelled_phone", "ukrainian", """
pls clean up my notes for the IR log:
spoke w/ [[PERSON:Oksana Hrytsenko]] re the usb drop on 3rd floor, she wants a call back at [[PHONE_NUMBER:two zero two, five five five, zero one six three]] after 2pm
"""),
R(H, "advisory", None, """
Summarize for a non-technical audience: CVE-2024-3400 affects PAN-OS 10.2, 11.0 and 11.1 GlobalProtect gateways. Fixed in 10.2.9-h1, 11.0.4-h1, 11.1.2-h3. Added to the KEV catalog 04/12/2024; FCEB agencies must remediate per BOD 22-01. Advisory also warns about hard-coded secrets in appliance images and recommends rotating any secrets stored on affected devices.
"""),
R(P, "cloudtrail", None, """
what does this cloudtrail event tell me? was the key used from outside?

{"eventTime":"2026-11-29T22:41:03Z","eventName":"GetObject","awsRegion":"us-gov-west-1",
 "sourceIPAddress":"203.0.113.88","userIdentity":{"type":"IAMUser",
 "arn":"arn:aws-us-gov:iam::123456789012:user/ci-deployer","accessKeyId":"[[CLOUD_ACCESS_KEY:AKIA5YMFY4KUBBEV7H52]]"},
 "requestParameters":{"bucketName":"ops-artifacts","key":"release/2.14.0.tgz"}}
"""),
R(P, "phish_forward", "pacific_islander", """
rewrite this to send to the help desk, more formal:
hey my coworker [[PERSON:Aroha Ngata]] got the same fake docusign thing, she clicked it before realizing. her cell is [[PHONE_NUMBER:+64 21 555 0142]] (she's on travel in auckland) can someone reach out
"""),
R(H, "ioc_list", None, """
turn this into a table: actor, hash type, value

Secret Blizzard (aka Turla) - SHA1 3f786850e387550fdab836ed7e6dc881de23001b
Volt Typhoon - MD5 e99a18c428cb38d5f260853678922e03
Secret Blizzard - SHA256 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
"""),
R(P, "shift_handover", "vietnamese+hispanic", """
tighten up this handover note:
Night shift ([[PERSON:Nguyen Thi Lan]]) -> day shift ([[PERSON:Rafael Ortega-Mendez]]). Paste site hit on our org name at 0412, contains what looks like a live PAT: [[GITHUB_TOKEN:ghp_ZMfRmUxZWcU8BICIPLbcR3vehLWuDLUNrlhi]] . Owner not yet identified. Rafael pls open revoke request w/ GH org admins.
"""),
R(H, "win_event", None, """
why would I see a burst of these? 40 in 2 minutes

EventID 4625 An account failed to log on.
Account Name: Administrator   Account Domain: WS-0417
Failure Reason: Unknown user name or bad password.
Source Network Address: 192.0.2.44   Logon Type: 10
"""),
R(P, "breach_summary", "nigerian", """
Summarize impact for the PIA team. The misdirected spreadsheet contained one row of employee data: [[PERSON:Chibuike Anyanwu-Obiora]], SSN [[US_SSN:514-72-3308]], DOB [[DATE_OF_BIRTH:03/17/1984]], home [[STREET_ADDRESS:2210 Larkspur Ct, Bowie, MD 20716]]. Recipient confirmed deletion 11/30.
"""),
R(E, "split_token", None, """
my python bot throws invalid_auth, what's wrong?

import os
from slack_sdk import WebClient
tok = "[[SLACK_TOKEN:xoxb-947482869583-" + "0294292207906-dP5FrIjniDXSOX97zP9CBBek]]"
client = WebClient(token=tok)
client.chat_postMessage(channel="#soc-alerts", text="test")
"""),
R(H, "awareness_blurb", None, """
make this phishing awareness blurb punchier: "Reminder: the Help Desk will NEVER ask for your password, PIN or MFA code by phone or e-mail. If a message says it is 'confidential' or 'urgent', slow down. Use the Report Phish button in Outlook."
"""),
R(P, "header_arabic", "arabic", """
translate the body to english and tell me if the sender domain is spoofed

From: "عمر الحسيني" <[[EMAIL_ADDRESS:omar.alhusseini@example.net]]>
Subject: فاتورة متأخرة
السيد الكريم، مرفق الفاتورة المتأخرة رقم 88213. يرجى الدفع خلال ٤٨ ساعة. مع التحية، [[PERSON:عمر الحسيني]]
"""),
R(H, "nmap", None, """
explain these nmap results to my manager in plain english

Nmap scan report for 10.14.2.9
PORT     STATE SERVICE VERSION
22/tcp   open  ssh     OpenSSH 8.9p1 Ubuntu 3ubuntu0.6
443/tcp  open  https   nginx 1.24.0
8443/tcp open  https-alt
MAC Address: 00:50:56:A1:3C:7F (VMware)
"""),
R(P, "pem_key", None, """
ssh says "invalid format" for this key, what's wrong with it??

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBK2RXVJ4j3huVQ+biSbA3chRPGpJgMJouM4tgUp1m8NIvAAAAJhQ+X7Ql
cioys8VcGIcdEam46AITChpqRmlGHmRGeFTCQ0FlRtIHqHRLBMJJYMpWAunTBLtkXU7S
-----END OPENSSH PRIVATE KEY-----]]
"""),
R(H, "bearer_placeholder", None, """
curl keeps returning 401, syntax look right?
curl -s -H "Authorization: Bearer ${ACCESS_TOKEN}" -H "Accept: application/json" https://api.example.com/v2/alerts?since=2026-12-01T00:00:00Z
"""),
R(P, "abuse_report", "turkish", """
Draft an abuse complaint to the registrar. WHOIS for the phishing domain shows registrant [[PERSON:Mehmet Yılmaz]], [[EMAIL_ADDRESS:m.yilmaz@ankara-host.test]], tel [[PHONE_NUMBER:+90 312 555 01 47]]. Domain was used to impersonate the CBP One login page.
"""),
R(H, "siem_query", None, """
optimize this KQL, its slow:
SigninLogs
| where TimeGenerated > ago(7d)
| where ResultType in ("50126","50053")
| summarize Failures=count() by UserPrincipalName, IPAddress, bin(TimeGenerated, 1h)
| where Failures > 25
"""),
R(P, "jwt_in_log", None, """
is this JWT expired? decode it for me
Authorization: Bearer [[JWT:""" + jwt('{"sub":"svc-intake","iss":"https://idp.example.gov","exp":1764892800,"scope":"cases.read"}') + """]]
"""),
R(E, "homoglyph_email", "greek", """
fix grammar pls: "Analyst [[PERSON:Evangelia Tsakiridou]] will recieve the forensic image, send chain of custody form to [[EMAIL_ADDRESS:\u0435vang\u0435lia.ts\u0430kiridou@example.org]] before friday"
"""),
R(H, "pcap_summary", None, """
summarize: tshark shows 1,204 DNS queries to xn--80ak6aa92e.com from 10.20.4.17 between 02:00 and 02:05, TTL 300, all NXDOMAIN except 3 that resolved to 198.51.100.99. Looks like DGA. Ticket INC-2026-11901.
"""),
]
