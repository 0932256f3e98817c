"""Voice: CISA incident tickets, vulnerability coordination e-mails, ServiceNow/Jira exports."""
from _v import *

RECORDS = [
R("positive", "servicenow_export", "nigerian", """Number,Opened,Caller,Short description,Assignment group,State
INC0048213,2026-11-30 08:14:52,[[PERSON:Adaeze Okonkwo-Bello]],VPN drops every 20 min on GFE laptop,CISA-ITSD-Tier2,In Progress
INC0048219,2026-11-30 08:41:07,[[PERSON:Chukwuemeka Obiora]],Cannot reach SharePoint from HQ annex,CISA-ITSD-Tier1,New
INC0048224,2026-11-30 09:02:33,[[PERSON:Ngozi Eze-Uzoma]],PIV reader not detected after BIOS update,CISA-ITSD-Desk,Resolved"""),

R("positive", "vuln_coordination_email", "finnish", """From: "[[PERSON:Virtanen, Aukusti]]" <[[EMAIL_ADDRESS:aukusti.virtanen@kalliosec.example]]>
To: vulncoord-intake@cisa.example.gov
Subject: Re: VU#2026-0877 heap overflow in BeaconPLC firmware 4.2.1

Thanks for the quick triage. Our researcher [[PERSON:Ilona Häkkinen]] can join the vendor call on Tuesday; her direct line is [[PHONE_NUMBER:+358 40 555 0193]]. Please keep the PoC out of the advisory until the vendor ships 4.2.3.

Aukusti"""),

R("positive", "jira_comment", "vietnamese", """[CSIRT-5521] Phishing kit hosted on compromised school district server
Reporter: [[PERSON:Trần Thị Bích Ngọc]]
Comment (2026-12-01 14:07): Spoke with the district IT lead, [[PERSON:Phạm Văn Lộc]], at [[PHONE_NUMBER:(503) 555-0148]]. He confirmed the web root was modified on 11/27. Asked him to preserve logs and send the access log export to [[EMAIL_ADDRESS:loc.pham@sd47.k12.example.us]]."""),

R("positive", "incident_ticket", "anglo", """CISA Incident Report — IR-2026-114732
Reporting entity: Marlow County Water Authority
Reporting POC: [[PERSON:Thaddeus Pemberton]], SCADA Supervisor
POC phone: [[PHONE_NUMBER:740-555-0177]] / alt [[PHONE_NUMBER:740.555.0109]]
POC e-mail: [[EMAIL_ADDRESS:tpemberton@marlowwater.example.org]]
Impact: HMI workstation showed unexpected setpoint changes at 02:13 local. Operators reverted manually. No customer impact reported."""),

R("positive", "incident_ticket", "korean", """Ticket CSIRT-5598 — ransomware note observed at a dental practice (small business, voluntary report)
Practice owner: 박서윤 ([[PERSON:Seoyun Park]]); office manager [[PERSON:KIM MINJAE]]
Callback: [[PHONE_NUMBER:213-555-0162]]
Note: owner asked that her home address not be shared with the FBI field office yet. Address on file: [[STREET_ADDRESS:3318 Wilshire Blvd, Ste 610, Los Angeles, CA 90010]]""".replace("박서윤 (", "[[PERSON:박서윤]] (")),

R("positive", "kev_tracker_tsv", "indian", """cve\tvendor\towner\towner_email\tdue
CVE-2026-41877\tOrionEdge\t[[PERSON:Lakshmi Tirumalasetty]]\t[[EMAIL_ADDRESS:l.tirumalasetty@cisa.example.gov]]\t2026-12-19
CVE-2026-39011\tHelioGate\t[[PERSON:Arjun Raghunathan]]\t[[EMAIL_ADDRESS:arjun.raghunathan@cisa.example.gov]]\t2026-12-22
CVE-2026-40250\tBrightline\t[[PERSON:Deepa Subramaniam-Rao]]\t[[EMAIL_ADDRESS:dsrao@cisa.example.gov]]\t2027-01-06"""),

R("positive", "vuln_coordination_email", "japanese", """Hello team,
The Japanese CERT contact for the ICS advisory is 佐々木 健太 ([[PERSON:Kenta Sasaki]]). He asked us to CC his colleague [[PERSON:Mizuki Hoshino]] ([[EMAIL_ADDRESS:m.hoshino@jpcert-partner.example.jp]], [[PHONE_NUMBER:+81 3-5555-0127]]). Time difference is 14h, so please propose slots before 7 pm ET.""".replace("佐々木 健太 (", "[[PERSON:佐々木 健太]] (")),

R("positive", "incident_ticket", "ukrainian", """IR-2026-115003 | Sector: Energy | Status: Awaiting info
Notes: Utility reports credential stuffing against the customer portal. Their CISO, [[PERSON:Oleksandra Kovalchuk]] (Олександра Ковальчук), wants a call. Reach her on [[PHONE_NUMBER:+1 (412) 555-0135]]. She mentioned that one of the attacker IPs matched a list from the Ukrainian CERT she received from [[PERSON:Bohdan Yaremchuk]].""".replace("(Олександра Ковальчук)", "([[PERSON:Олександра Ковальчук]])")),

R("positive", "servicenow_export", "hispanic", """sys_id: 7f3c1e9a2b4d4c18a6e0d2f3b1c4a5e6
number: RITM0031877
requested_for: [[PERSON:José Antonio Villaseñor Cruz]]
requested_for.email: [[EMAIL_ADDRESS:jose.villasenor@fema.example.gov]]
requested_for.mobile_phone: [[PHONE_NUMBER:+1 787 555 0114]]
requested_for.location: [[STREET_ADDRESS:Calle Loíza 1452, Apt 3B, San Juan, PR 00911]]
item: Replacement hotspot for deployed staff"""),

R("positive", "jira_export_json", "greek", """{"key": "HUNT-2210", "fields": {"summary": "Beaconing from kiosk subnet", "assignee": {"displayName": "[[PERSON:Stavros Papadimitriou]]", "emailAddress": "[[EMAIL_ADDRESS:stavros.papadimitriou@cisa.example.gov]]"}, "reporter": {"displayName": "[[PERSON:Eleni Karagiannopoulou]]"}, "priority": {"name": "High"}, "labels": ["kiosk", "beacon", "fy27"]}}"""),

R("positive", "vuln_coordination_email", "brazilian", """De: [[PERSON:Luiza Carvalho de Andrade]] <[[EMAIL_ADDRESS:luiza.andrade@segurancaonline.example.br]]>
Assunto: Coordenação VU#2026-0912

Olá, segue o contato do pesquisador independente que encontrou a falha: [[PERSON:Thiago Nogueira]], celular [[PHONE_NUMBER:+55 11 95555-0181]]. Ele prefere ser creditado como "T. Nogueira" no advisory.""".replace('"T. Nogueira"', '"[[PERSON:T. Nogueira]]"')),

R("positive", "incident_ticket", "ghanaian", """INCIDENT UPDATE 3 — county election office, website defacement
Spoke w/ county clerk [[PERSON:Kwabena Asante-Mensah]] and deputy clerk [[PERSON:Efua Boateng]]. Clerk's cell [[PHONE_NUMBER:919-555-0126]]. Defacement removed 10:40. Hosting provider ticket #HP-88213 open. Next update 16:00."""),

# blocks
R("positive", "incident_ticket", "anglo", f"""IR-2026-115240 — affected vendor pasted this into the portal, need to tell them to rotate:
  export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIA{sec('ak1',16,'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}]]
  export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:{sec('sk1',40,ALNUM+'+/')}]]
Vendor contact [[PERSON:Briony Aldercott]] says the keys belong to their staging bucket."""),

R("positive", "jira_comment", "polish", f"""[SOC-1902] Integration with the sandbox API keeps failing.
[[PERSON:Grzegorz Wiśniewski]]: I tried again with our service token, still 401: [[GITHUB_TOKEN:ghp_{sec('gh1',36)}]] — can someone check whether the org SSO authorization lapsed?"""),

R("positive", "incident_ticket", None, f"""Triage note: the exposed Slack bot token from the partner's public repo is [[SLACK_TOKEN:xoxb-{sec('sl1n',12,'0123456789')}-{sec('sl2n',13,'0123456789')}-{sec('sl3',24)}]]. Revoked by them at 11:02 per their admin. Please confirm there was no message export before revocation."""),

# hard negatives
R("hard_negative", "advisory_draft", None, """Draft ICS advisory ICSA-26-338-02: Hartwell Controls "Grace" series RTU, firmware versions prior to 5.1.4. CVSS v3.1 base score 8.6 (AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:L). CWE-787. Affected sectors: Water and Wastewater, Energy. Mitigation: update to 5.1.4 or later; restrict TCP/502 to engineering workstations."""),
R("hard_negative", "public_contact", None, """For the outreach flyer: report incidents to CISA Central at report@cisa.gov or 888-282-0870 (24/7). Vulnerability reports go through the coordinated disclosure form on cisa.gov. Do not include personal contact info of staff on the flyer."""),
R("hard_negative", "ioc_list", None, """IOC bundle for CSIRT-5602 (all from public reporting):
sha256 9f2c4e1b7a08d3c56e1f0b9a2d4c7e8f1a3b5c6d7e8f9012a3b4c5d6e7f80912
sha1 3b1f0e2d9c8a7b6f5e4d3c2b1a0f9e8d7c6b5a49
domain update-check[.]hollisterfreight[.]example
JA3 e7d705a3286e19ea42f587b344ee6865
first seen 2026-11-28T03:14:09Z, last seen 2026-12-02T22:51:40Z"""),
R("hard_negative", "jira_comment", None, """[CSIRT-5611] Closing as duplicate of CSIRT-5588. The "Jordan" in the alert title refers to the Jordan Valley pumping station, not a person. Asset tag WV-PS-0417, Modbus unit ID 17. No further action."""),
R("hard_negative", "servicenow_export", None, """Number,Opened,Category,Short description,Assignment group
INC0048301,2026-12-01 07:02:11,Network,Circuit outage Mount Weather backup link,NOC-East
INC0048305,2026-12-01 07:40:56,Hardware,Printer jam Room 3B-117 Nebraska Ave Complex,Facilities-IT
INC0048310,2026-12-01 08:03:20,Software,Teams update 24295.605.3225.8804 failing,EUS-Packaging"""),
R("hard_negative", "vuln_coordination_email", None, """Team — the vendor (Mercer & Hale Automation) confirmed the fix in build 2026.11.3-rc2 and the release notes will credit "an independent researcher" at the researcher's request. Advisory publish target: 12/10 10:00 ET. Embargo applies to all partner CERTs until then. Thanks, Vulnerability Coordination Team"""),
R("hard_negative", "incident_ticket", None, """IR-2026-115310 — Hurricane Rafael debris removal contractor reports phishing lures using the storm name. Subject lines: "Rafael FEMA assistance update", "Claim #FEM-26-0041 action required". Lures link to a look-alike domain. No victims identified. Sector: Emergency Services."""),
R("hard_negative", "kev_tracker_tsv", None, """cve\tvendor\tproduct\tadded\tdue\tknown_ransomware
CVE-2026-41877\tOrionEdge\tEdgeGate 9\t2026-11-28\t2026-12-19\tUnknown
CVE-2026-39011\tHelioGate\tHelio SSL VPN\t2026-12-01\t2026-12-22\tKnown
CVE-2025-60113\tWilliams-Stroud\tFieldView Historian\t2026-12-02\t2026-12-23\tUnknown"""),
R("hard_negative", "jira_comment", None, """Reminder for the hunt team: the Secret Service liaison briefing moved to Thursday. Also, the "Mark of the Web" bypass write-up (MOTW) is in the wiki under /hunt/techniques/T1553.005. Use the sample hash from the public write-up only; do not upload anything from the customer environment."""),
]
