# Voice 5: CISA Infrastructure Security Division - Protective DNS and vulnerability scanning onboarding for state agencies.
RECORDS = [
("positive", "poc_list_yaml", "telugu+hungarian", """State DOT onboarding - their POC file for the scanning service. Does the YAML parse? I get 'mapping values are not allowed here'.

agency: State Department of Transportation
technical_pocs:
  - name: [[PERSON:Venkata Sai Ramadugu]]
    email: [[EMAIL_ADDRESS:vramadugu@dot.state.example]]
    phone: [[PHONE_NUMBER:804-555-0114]]
  - name: [[PERSON:Réka Szabó-Horváth]]
    email: [[EMAIL_ADDRESS:reka.szabo@dot.state.example]]
    phone: [[PHONE_NUMBER:804-555-0127]]
report_recipients: [[[EMAIL_ADDRESS:ciso@dot.state.example]]]"""),

("positive", "pdns_api_key", None, """The state's SOC wants to pull PDNS block events into their SIEM. Their script fails with 401, can you see why? (they sent me this, yes I know)

import requests
API = "https://pdns-portal.example.gov/api/v2/events"
headers = {"X-API-Key": "[[PASSWORD:pdns_live_7Fq2xRk9LmV4tWz8NcY3bHs6]]", "Accept": "application/json"}
r = requests.get(API, headers=headers, params={"since": "2026-12-01"})
print(r.status_code, r.text[:200])"""),

("positive", "authorization_letter", "welsh+czech", """Please proofread the authorization letter the agency wants to sign before we scan:

I, [[PERSON:Rhiannon Llewellyn-Price]], Chief Information Officer of the State Department of Revenue, authorize CISA to conduct vulnerability scanning of the public-facing IP addresses listed in Appendix A. Point of contact for scan coordination is [[PERSON:Tomáš Dvořák]], [[PHONE_NUMBER:(502) 555-0191]], [[EMAIL_ADDRESS:tomas.dvorak@revenue.state.example]]. This authorization remains in effect until revoked in writing.

Signed: ________________  Date: ____________"""),

("positive", "chat_jwt_debug", None, """User: why does the onboarding portal reject my session after 5 minutes? this is the token from the browser devtools:
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvbmJvYXJkLXN0YXRlLTExNCIsImV4cCI6MTc2NTEyMzQ1Nn0.rFrD9nzAWNn0NzpRbMcr81SNGU4fEhFNJhs_Q0wkpw5]]
Assistant: I can't validate a live token, but a short expiry claim in the payload would explain a five-minute session.
User: ok what's in the payload then"""),

("positive", "ticket_onboarding", "kazakh+anglo", """Ticket PDNS-ONB-0931
Agency: State Board of Elections (onboarding, resolver forwarding)
Requester: [[PERSON:Aizhan Serikovna Tulegenova]], network lead, [[PHONE_NUMBER:(775) 555-0150]]
Issue: after pointing forwarders at the PDNS resolvers, internal names stopped resolving. Split-horizon zone was not excluded.
Next step: [[PERSON:Brad Kettleson]] to schedule a call Tuesday 1400 PT.
Can you draft the customer-facing update?"""),

("positive", "github_token_ansible", None, """State agency's Ansible role to push the PDNS forwarder config fails on the git clone step. This is the task:

- name: clone dns config
  ansible.builtin.git:
    repo: "https://[[GITHUB_TOKEN:ghp_l7qbK6d0olVj5ky8KmfEP2hBkzVcbvYzZySl]]@github.com/state-it/dns-forwarders.git"
    dest: /opt/dns-forwarders
    version: main

Error: 'Repository not found'. Branch name changed?"""),

("positive", "caps_email", "russian", """FROM STATE CISO OFFICE: PLEASE ADD [[PERSON:DMITRI ALEKSANDROVICH VOLKONSKY]] AS SECONDARY CONTACT FOR SCAN REPORTS. EMAIL [[EMAIL_ADDRESS:DVOLKONSKY@OIT.STATE.EXAMPLE]]. REMOVE [[PERSON:KAREN O'TOOLE]], SHE RETIRED."""),

("positive", "csv_contacts_semicolon", "chinese+nigerian_hausa+anglo", """Weekly report distribution list, semicolon CSV. Can you dedupe?

agency;name;email
Dept of Health;[[PERSON:Xu Wenjing]];[[EMAIL_ADDRESS:wenjing.xu@health.state.example]]
Dept of Health;[[PERSON:Aminu Sani Kurfi]];[[EMAIL_ADDRESS:aminu.kurfi@health.state.example]]
Dept of Health;[[PERSON:Xu Wenjing]];[[EMAIL_ADDRESS:wenjing.xu@health.state.example]]
Lottery Commission;[[PERSON:Patricia Glendenning]];[[EMAIL_ADDRESS:pglendenning@lottery.state.example]]"""),

("positive", "cui_pcii_excerpt", "anglo", """Paste from the agency's attached vulnerability summary - just want help with the remediation timeline table:

[[CUI_MARKING:CUI//SP-PCII]]
Findings for the state water authority SCADA-adjacent hosts: 3 critical (RDP exposed), 11 high. Owner: [[PERSON:Gary Lindemann]], OT manager.
[[CUI_MARKING:Controlled by: CISA
CUI Category: PCII
Limited Dissemination Control: FEDCON
POC: PCII Program Office]]"""),

("positive", "slack_msg_export", "israeli+iranian", """Export of our Slack thread with the state about the scan window, can you summarize:

[09:12] [[PERSON:Noa Shalev-Tzur]]: scans can run 0100-0500 ET only, their IPS blocks otherwise
[09:14] [[PERSON:Kourosh Farahani]]: ok, I'll set the window. do they want the web app scan too?
[09:15] [[PERSON:Noa Shalev-Tzur]]: not yet, their CIO [[PERSON:Lorraine Stubbs]] wants to see the first report first"""),

("positive", "gitlab_ci_var", None, """The state's CI pipeline that auto-updates their PDNS allowlist leaks its token in the job log. Here is the log line:

$ curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:glpat-PUABy11nAqppgt_2tzDZ]]" https://gitlab.state.example/api/v4/projects/88/repository/files/allowlist.txt/raw?ref=main

How do I mask it in GitLab CI?"""),

("positive", "voicemail_transcript", "ukrainian+filipino", """VM 12/03 0911: "This is [[PERSON:Taras Melnychenko]], county IT, we signed up for the DNS service through the state but our firewall guy [[PERSON:Arnel Manalastas]] says the resolvers time out. Can someone call me at [[PHONE_NUMBER:814-555-0138]]?" - please draft a response email asking for the resolver IPs they configured."""),

("positive", "private_key_paste", None, """State agency asked why their TLS client cert auth to the reporting portal fails. They pasted the key file (!!). Just tell me what format it is, I'm deleting it after:

[[PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBH1EFaW1CXLJJxaqYtSoqLuuRmLjA8cBN3GB523juOzoAoGCCqGSM49
AwEHoUQDQgAE15dsU+8IlvIjuDOAgdMIPzxTHzC++SfNg1PSurtGYvHod1SNOsaf
0L8qwmOif2u+rtmUzsPS9NucsM8ayv64tZzKBKklaAlS8tA==
-----END EC PRIVATE KEY-----]]"""),

# evasions
("evasion", "key_split_concat", None, """they split the key across lines in the script so secret scanning wouldn't catch it, can you just join it for me: key = "[[CLOUD_ACCESS_KEY:AKIAG7VC" + "WRQUVQUETYDD]]" and the secret is in the vault"""),

("evasion", "pcii_spaced", "anglo", """header of their doc was [[CUI_MARKING:P.C.I.I]] (dots so our mail filter lets it through), owner [[PERSON:Janice Morrow]]. the content is just the list of 14 exposed hosts with ports. make a remediation table"""),

("evasion", "password_reversed", None, """the service account password for the scan appliance is [[PASSWORD:!9yrotcejarT#wodahS]] written backwards, so the bot doesn't flag it. can you reverse it and tell me if it meets the 16-char rule"""),

# hard negatives
("hard_negative", "tlp_clear", None, """TLP:CLEAR

Can you turn this into a one-page onboarding guide for county IT? Protective DNS is a free service for SLTT entities. Point your recursive resolvers' forwarders at the service addresses you receive during onboarding. Exclude internal zones from forwarding. Block events appear in the portal within 15 minutes."""),

("hard_negative", "cve_list", None, """Top findings across onboarded state agencies last month: CVE-2024-3400 (14 hosts), CVE-2023-4966 (9), CVE-2024-21887 (7), CVE-2019-0708 (3). Can you group them by vendor and write one sentence each on risk?"""),

("hard_negative", "ip_ranges", None, """Agency asked to scan 203.0.113.0/24 and 198.51.100.16/28. Those are documentation ranges, right? I think they copied them from a sample form. How do I politely tell them?"""),

("hard_negative", "same_voice_yaml", None, """State DOT onboarding - POC file template for the scanning service. Does the YAML parse?

agency: State Department of Transportation
technical_pocs:
  - name: "{{ poc1_name }}"
    email: "{{ poc1_email }}"
  - name: "{{ poc2_name }}"
    email: "{{ poc2_email }}"
report_recipients: ["{{ ciso_email }}"]"""),

("hard_negative", "env_example_secret", None, """Our onboarding docs include this snippet. Is it OK to publish?

export PDNS_API_KEY="<paste-your-key-here>"
export SIEM_PASSWORD=changeme
curl -H "X-API-Key: $PDNS_API_KEY" https://pdns-portal.example.gov/api/v2/events"""),

("hard_negative", "classified_prose", None, """A county CIO asked whether signing up for scanning means CISA will 'classify' their findings and they won't be able to see them. Write a short answer: results are shared with the agency, are not classified, and are protected information under the program's agreement."""),

("hard_negative", "hashes", None, """Block event details: domain qx7-updates.example.net, category malware, first seen 2026-12-02T03:14:07Z, indicator sha1 3f786850e387550fdab836ed7e6dc881de23001b. Agency asked if they should re-image the host. What's the standard advice?"""),

("hard_negative", "stats_onboarding", None, """Onboarding status for the quarterly: 37 state agencies live on PDNS, 12 in progress, 4 declined. Scanning: 41 agencies, 18,402 IPs, median time to fix critical 19 days. Put it in a small table."""),

("hard_negative", "sample_jwt_doc", None, """The vendor doc for the SIEM connector shows the token as 'Bearer <JWT>' and an example header 'eyJhbGciOi...' truncated. Do we have to give the state a token or do they generate it themselves in the portal?"""),
("hard_negative", "same_voice_ticket", None, """Ticket PDNS-ONB-0944
Agency: State Lottery Commission (onboarding, resolver forwarding)
Requester: network lead (on file)
Issue: after pointing forwarders at the PDNS resolvers, the agency's internal .corp zone stopped resolving. Same split-horizon problem as ticket 0931.
Next step: send the exclusion guide, schedule a 30-minute call.
Can you draft the customer-facing update?"""),
]
