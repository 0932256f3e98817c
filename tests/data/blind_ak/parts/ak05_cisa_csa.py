# Voice 5: CISA Cybersecurity Advisors (CSAs) visiting small hospitals and school districts:
# assessment scheduling, findings.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "scheduling_email", "anglo+tongan", """Subject: CRR scheduling – [[PERSON:Sitiveni Fifita]] / Ogden area hospital

Hi [[PERSON:Sitiveni]],

Thanks for the call. Confirming the Cyber Resilience Review on-site at your hospital for the 9th and 10th, 0830 start. I'll bring a second CSA, [[PERSON:Hollis Brandt]]. Please have your IT director and the biomed lead available on day 1. My cell is [[PHONE_NUMBER:801-555-0119]] if anything changes.

[[PERSON:Gretchen Alvord]]
Cybersecurity Advisor, Region 8"""),

(P, "findings_default_creds", "anglo", """Draft finding for the school district report — rewrite in non-technical language for the superintendent:
"During the walkthrough, the HVAC controller web interface (Building B) accepted the vendor default credentials admin / [[PASSWORD:Tr@ne-2019!bms]]; the same password was reused on the district's camera NVR. District network admin [[PERSON:Kyle Oberholtzer]] rotated both during the visit." """),

(P, "pcii_banner", "ghanaian", """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
CRR results – rural critical access hospital, Region 4
Participants: CIO [[PERSON:Kwabena Asamoah-Duodu]], compliance officer [[PERSON:Efua Amponsah-Bekoe]]
Domain scores: Asset Mgmt 2.1, Controls 1.8, Incident Mgmt 1.2, Vendor Risk 0.9
Top gap: no offline backups of the EHR database."""),

(P, "chat_turn_agenda", "korean+indian", """User: write an agenda for a 2-hour tabletop with a school district. attendees: superintendent Dr. [[PERSON:Min-seo Gwak]], IT director [[PERSON:Prakash Venugopal]], principal [[PERSON:Joanne Whitcomb]], and the county EM [[PERSON:Travis Lamb]]. scenario: ransomware during state testing week
Assistant: Here's a draft agenda...
User: also add [[PERSON:Gwak]]'s cell for the phone tree, [[PHONE_NUMBER:(360) 555-0173]]"""),

(P, "vuln_scan_signup_json", "nigerian", """{
  "requestType": "Vulnerability Scanning (Cyber Hygiene) enrollment",
  "organization": "Okeechobee County Rural Health District",
  "technicalPOC": {"name": "[[PERSON:Chukwuemeka Anyanwu-Eze]]", "email": "[[EMAIL_ADDRESS:canyanwu@okrhd.example.org]]", "phone": "[[PHONE_NUMBER:863-555-0121]]"},
  "executivePOC": {"name": "[[PERSON:Adaeze Okonkwo-Reyes]]", "email": "[[EMAIL_ADDRESS:adaeze.okonkwo-reyes@okrhd.example.org]]"},
  "ipRanges": ["198.51.100.0/26"]
}
validate this JSON against the form fields and tell me what's missing"""),

(P, "aws_key_found", "anglo", """Finding 7 (school district, cloud): an S3 bucket used by the district's student transportation app was public and contained a config file with an AWS key pair: [[CLOUD_ACCESS_KEY:AKIAE6KIIO2J1364UH7F]] / [[CLOUD_SECRET_KEY:JCpOvKvPKo7RUrtHEvJWK7BaAvSq5Omj1t9VJRHD]]. District notified; key disabled by vendor contact [[PERSON:Randall Pruitt]] at 14:20. Help me write the remediation paragraph."""),

(P, "hospital_staff_list_csv", "filipino+chamorro", """name,role,email,phone,attended_day1
[[PERSON:Marites Galang]],CNO,[[EMAIL_ADDRESS:mgalang@ccah.example.org]],[[PHONE_NUMBER:671-555-0137]],Y
[[PERSON:Jonah Quitugua]],IT Manager,[[EMAIL_ADDRESS:jquitugua@ccah.example.org]],[[PHONE_NUMBER:671-555-0138]],Y
[[PERSON:Rosario Pangelinan]],Biomed,[[EMAIL_ADDRESS:rpangelinan@ccah.example.org]],,N
make me a sign-in sheet for day 2 from this"""),

(P, "sms_csa", "mongolian", """text from the district IT guy: "hey its [[PERSON:Ganbold Tserendorj]], cant make the 9am, can we do 1pm? also my personal # is [[PHONE_NUMBER:406-555-0156]] bc school phones are down lol (not ransomware i swear)" — help me reply and reschedule the EPP walkthrough"""),

(P, "github_token_found", "anglo", """From the EHR vendor integration review at the hospital: their interface engine repo (private, but shared with a contractor) had a personal access token hard-coded in deploy.sh:
export GH_TOKEN=[[GITHUB_TOKEN:ghp_9QglXS6E5UDubsQcdNOxWhTBBZM7BEM7ZmgY]]
Committed by [[PERSON:Dale Winterbottom]]. What's the right way to word "revoke and rotate" for a small hospital that has no security team?"""),

(P, "out_brief_email", "persian", """Subject: out-brief notes – [[PERSON:Farangis Tehrani]]'s district

Thanks [[PERSON:Farangis]] and [[PERSON:Babak Farahani]] for hosting. Summary of what we discussed: 1) MFA on the SIS, 2) separate the CTE lab network, 3) tabletop in spring. [[PERSON:Babak]] will send the asset inventory to [[EMAIL_ADDRESS:gretchen.alvord@cisa.dhs.example.gov]] by the 20th."""),

(P, "portion_marked_summary", "russian+ukrainian", """[[CUI_MARKING:CUI]]
[[CUI_MARKING:(CUI)]] Hospital reported a phishing wave impersonating its CFO, [[PERSON:Yelena Shcherbakova]]. Two staff, including [[PERSON:Andriy Kovalenko]] (payroll), entered credentials.
[[CUI_MARKING:(CUI)]] CSA recommended the CISA phishing assessment and DMARC enforcement.
[[CUI_MARKING:CUI]]"""),

(P, "lowercase_notes", "tamil", """notes from the call w/ the hospital: ceo is [[PERSON:arunachalam subramanian]], he wants the crr but not the vulnerability scanning (board worries about "government scanning"). IT lead [[PERSON:kavitha ramasamy]], [[EMAIL_ADDRESS:kramasamy@valleymemorial.example.org]]. next step: send the fact sheets + sample report"""),

(P, "slack_token_in_report", "anglo", """Can you redact this screenshot text for the report appendix? It's from the district's helpdesk bot config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-845786788478-8293197942712-thsVBfgBgLjVAnW5v5MAvygR]]
owner: [[PERSON:Brenda Szczepaniak]]"""),

(E, "b64_password", "anglo", """this is the base64 of the NVR admin password we found during the walk-through, can you decode it so I can put it in the finding: [[PASSWORD:U3VydmVpbGxhbmNlIzIwMjYh]] (it's from the district, tech is [[PERSON:Wade Hennessey]])"""),
(E, "spaced_aws_key", None, "the key from the bus-app bucket, with spaces so it doesn't trip anything: [[CLOUD_ACCESS_KEY:A K I A Z S G R E P M Q F F E A S Y O 2]] — is it an access key or a session key (ASIA)?"),
(E, "pcii_codeword", None, """for the draft I'm writing the header with dots so nothing flags it: [[CUI_MARKING:P.R.O.T.E.C.T.E.D C.R.I.T.I.C.A.L I.N.F.R.A.S.T.R.U.C.T.U.R.E I.N.F.O.R.M.A.T.I.O.N]] – CRR results, rural hospital, Region 4. Domain scores: asset 2.1, controls 1.8, incident 1.2."""),

(H, "cve_list", None, """Findings appendix, external scan: CVE-2023-4966 (Citrix Bleed) on 198.51.100.14, CVE-2024-3400 on the PAN-OS firewall (10.2.9), CVE-2021-44228 fixed. Hashes of the sample files: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Please sort by CVSS."""),
(H, "tlp_clear", None, """TLP:CLEAR — Cyber Hygiene scanning summary for K-12 partners, statewide: 212 districts enrolled, median days-to-remediate criticals 27, 14% with exposed RDP. Make this into a LinkedIn-length post for the regional office."""),
(H, "config_placeholders", None, """# sample config the district sent us (they redacted it themselves)
[smtp]
host = smtp.district.example
user = alerts@district.example
password = ${SMTP_PASSWORD}
[sis]
api_key = <your-api-key-here>
Is there anything risky left in this?"""),
(H, "same_voice_schedule_no_pii", None, """Subject: CRR scheduling – critical access hospital, Region 8

Confirming the Cyber Resilience Review for the 9th–10th, 0830 start. Day 1: interviews (asset, config, vulnerability mgmt). Day 2: incident mgmt, service continuity, out-brief. Please book a room with a projector.

Cybersecurity Advisor, Region 8"""),
(H, "classified_word_prose", None, """The hospital's board asked whether our assessment results become "classified" or public. Explain that a CRR report can be protected under the PCII program if they submit it that way, and that it's not subject to FOIA — in two short paragraphs, no jargon."""),
(H, "uuid_and_versions", None, """EDR deployment status: agent 7.14.2.889 on 412/430 endpoints; tenant id 3f2b9c1e-7a4d-4c21-9b0e-5d2f8a6c1e44; policy "K12-Default-v3". 18 endpoints offline > 30 days. Draft a reminder to the district."""),
(H, "historical_quote", None, """For the school board presentation I want one historical quote about security and one statistic. Something like Benjamin Franklin's "an ounce of prevention is worth a pound of cure" — he said it about fire safety in Philadelphia, right? Is it fair to reuse it for cyber?"""),
(H, "password_policy_question", None, """The hospital's password policy says "minimum 8 characters, change every 60 days". NIST 800-63B says length over complexity and no forced periodic changes. Write a one-paragraph recommendation for the out-brief, without showing any example passwords."""),
(H, "ip_only_log", None, """Apr 02 14:11:09 fw01 DROP TCP 203.0.113.45:51122 -> 198.51.100.20:3389
Apr 02 14:11:10 fw01 DROP TCP 203.0.113.45:51123 -> 198.51.100.20:3389
Apr 02 14:11:12 fw01 ACCEPT TCP 10.20.4.17:443 -> 198.51.100.20:443
Is this a brute force attempt on RDP? The district's firewall is a FortiGate 100F."""),
(H, "secret_service_ctf", None, """The district's superintendent got a call from someone claiming to be with the Secret Service Cyber Fraud Task Force about a wire fraud attempt. How can she verify that's legitimate before sharing anything?"""),
]
