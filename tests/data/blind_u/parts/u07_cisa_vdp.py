"""Voice u07: CISA coordinated vulnerability disclosure with outside researchers and vendors."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "researcher_email", "russian", """From: [[PERSON:Arkadiy Vorontsov-Belov]] <[[EMAIL_ADDRESS:a.vorontsov.sec@protonmail-example.org]]>
Subject: VU report - auth bypass in building-controller firmware

Hello CISA team, I found an authentication bypass in the web UI of the HVAC controller (firmware 3.8.1). PoC attached. Please credit me as "[[PERSON:Arkadiy Vorontsov]]" and not my handle. My Signal: [[PHONE_NUMBER:+7 495 555-01-82]].
Summarise this for our intake ticket."""),

(P, "git_diff_leak", "none", """Researcher sent this diff showing a vendor's public repo leaked a token. Should we notify the vendor?
diff --git a/deploy/ci.env b/deploy/ci.env
+REGISTRY_USER=buildbot
+GITHUB_TOKEN=[[GITHUB_TOKEN:ghp_VYVwD2Abv7P1HzKe4vY5WUUK422hHMj0lMr1]]
+SENTRY_DSN=https://public@sentry.vendor.test/12"""),

(P, "gitlab_token_commitlog", "none", """git log -p excerpt from the vendor's mirror (researcher's evidence):
commit 8c1f0e3b2a9d4e57f6a1b2c3d4e5f60718293a4b
Author: ci-bot <ci@vendor.test>
    chore: add runner token
-# token goes here
+GITLAB_PAT=[[GITLAB_TOKEN:glpat-HjikACY0ffm6CMCHzmYy]]
Draft a vendor notification explaining the exposure."""),

(P, "israeli_researcher_cve", "israeli", """Coordination timeline for the advisory, please tidy:
- 2026-09-02 report received from [[PERSON:Noa Ben-Shimol]] ([[EMAIL_ADDRESS:noa.benshimol@redteam-labs.co.il]])
- 2026-09-05 vendor contact [[PERSON:Yaakov Mizrahi-Levy]] acknowledged, [[PHONE_NUMBER:+972 3-555-0147]]
- 2026-11-20 patch 5.2.4 released; advisory planned 12/09"""),

(P, "brazilian_researcher_multi", "brazilian", """User: I need a thank-you note to a researcher in Portuguese.
Assistant: Sure - who is it for?
User: [[PERSON:Thiago Nascimento Albuquerque]], from Recife.
User: He asked to be paid the bug bounty by bank transfer but we don't pay bounties. He sent his details anyway: routing [[ABA_ROUTING_NUMBER:023424430]], account [[US_BANK_NUMBER:898014472210]]. Tell him politely we don't pay, and that we deleted his bank details."""),

(P, "finnish_researcher", "finnish", """Make this researcher bio shorter for the advisory acknowledgment page: "[[PERSON:Eeva-Liisa Häkkinen]] is an independent ICS researcher based in Tampere (born [[DATE_OF_BIRTH:14.5.1993]]), reachable at [[EMAIL_ADDRESS:eevaliisa.hakkinen@tutkija-mail.fi]]." (We shouldn't publish her birth date, right?)"""),

(P, "indonesian_researcher", "indonesian", """Researcher [[PERSON:Bagus Prasetyo Wibowo]] says our form rejected his submission. He pasted: name [[PERSON:Bagus Prasetyo Wibowo]], phone [[PHONE_NUMBER:+62 21 5550 1736]], passport [[US_PASSPORT:C7714920]]. Why would the VDP form ask for a passport at all? It shouldn't."""),

(P, "persian_researcher_signature", "persian", """Reply draft needed:
> Thanks, we confirmed the SQL injection in the water-utility SCADA HMI login (vendor case 44812).
> -- 
> [[PERSON:Dariush Farahani-Moghaddam]]
> Principal Researcher
> [[PHONE_NUMBER:+1 (408) 555-0166]] | [[EMAIL_ADDRESS:dariush@farahani-moghaddam-security.com]]"""),

(P, "dutch_google_key", "dutch", """Dutch researcher [[PERSON:Maarten van der Kolk]] found this in a state emergency-alert app's APK (strings.xml). Severity?
<string name="google_maps_key">[[CLOUD_ACCESS_KEY:AIzaTaz7xwW18CIjH477OKo743v3IATO9F6Oll8]]</string>
<string name="firebase_url">https://alert-app-demo.firebaseio.test</string>"""),

(P, "igbo_researcher_pgp", "igbo", """The researcher [[PERSON:Chidinma Obiageli Nwachukwu]] accidentally pasted her private key instead of the public key in the reply. What should I tell her?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDhZ3p0UkZ6c0lVUkFXZkpRc3hqTkV3cWJ0UThsb2ZaV2QAAAAJpNvY2Fs
-----END OPENSSH PRIVATE KEY-----]]"""),

(P, "aws_keys_in_report", "none", """Researcher's report includes live-looking AWS keys found in a county election vendor's bucket policy backup:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAQUC7C7FFN6MRIA6L]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]
Draft the urgent vendor notification."""),

(P, "jira_vdp_ticket", "chinese", """VDP-3307 | Status: Coordinating
Reporter: [[PERSON:Zhou Yiming]] ([[EMAIL_ADDRESS:zhou.yiming.research@qq-example.cn]])
Vendor PSIRT contact: [[PERSON:Wang Xiaoling]], [[PHONE_NUMBER:+86 10 5550 1298]]
Summary: hard-coded credentials in PLC programming software; vendor disputes severity.
Please write the status update."""),

(P, "cui_vuln_marking", "none", """[[CUI_MARKING:CUI//SP-CRIT]]
Pre-release vulnerability details for sector partners: affected water utilities (list in annex A) running HMI build 7.1 remain unpatched.
[[CUI_MARKING:CUI//SP-CRIT]]
Can you turn this into a plain-language partner alert?"""),

(P, "pcii_marking", "none", """Please summarise for the vendor call: [[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]] - The submitter's substation architecture shows the vulnerable gateway bridging IT and OT networks at three sites."""),

(P, "ts_classified", "none", """Can you make this readable?
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Foreign actor exploitation of the same HMI flaw observed before public disclosure.
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]"""),

(P, "slack_export_token", "none", """The coordination bot config (TOML) - why doesn't it start?
[bot]
name = "vdp-notify"
token = "[[SLACK_TOKEN:xoxb-138802210346-8743995730801-ftTaQNOHjvfPd9D9CV1htgDF]]"
channel = "C04VDPNOTIFY\""""),

# evasions
(E, "split_github_token", "none", """Researcher split the token so scanners wouldn't catch it: "[[GITHUB_TOKEN:ghp_KoCEvaJCk7g3uEx0Ft
cm9BSZLQp0tsirGbTb]]" -- is it valid format? What should the vendor do?"""),
(E, "leet_password", "none", """Reported default creds for the controller web UI: admin / [[PASSWORD:p@55w0rd-H\u0412AC-2026]] (note the odd character). Draft the advisory mitigation text."""),
(E, "spaced_marking", "none", """Header on the annex: [[CLASSIFICATION_MARKING:S E C R E T // N O F O R N]] -- summarise the annex's point that the exploit was used against two utilities."""),
(E, "base64_key", "none", """Researcher posted this base64 blob claiming it's the vendor's AWS key: [[CLOUD_ACCESS_KEY:QUtJQVUxQkFXWEY4OVFEWERVRzM=]]. Decode and tell me if it's an AWS key format."""),

# hard negatives
(H, "doc_example_keys", "none", """The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as examples. Does our secret scanner need an allowlist for these in the training repo?"""),
(H, "cve_ids", "none", """Summarise CVE-2026-41822 and CVE-2026-41823 (CVSS 9.8 and 7.5), CWE-287 and CWE-89, for the KEV catalog entry. Advisory ICSA-26-338-02."""),
(H, "tlp_clear", "none", """TLP:CLEAR - Please rewrite this public advisory summary for a general audience: vendor released firmware 5.2.4 fixing an authentication bypass; users should update and restrict web UI access."""),
(H, "git_shas", "none", """Which commit introduced the fix? Candidates: 3f9a2c1e8b7d6054a1f2e3d4c5b6a7980f1e2d3c and 91b7e0d4c3a2f1e0d9c8b7a6f5e4d3c2b1a09f8e. The tag is v5.2.4, build 20261120.1."""),
(H, "placeholder_config", "none", """Sanitised config sample for the advisory:
db_password: ${DB_PASSWORD}
api_key: <your-api-key>
token: {{ vault_vdp_token }}
Is this safe to publish?"""),
(H, "password_discussion", "none", """Explain for the advisory why hard-coded default passwords like 'admin/admin' are a CWE-798 issue, and what vendors should do instead. No real credentials."""),
(H, "classification_discussion", "none", """When does vulnerability information become classified? Explain in general how CISA handles reports that turn out to involve national security systems, without using any marking strings."""),
(H, "hash_ioc", "none", """IOC list: sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, md5 d41d8cd98f00b204e9800998ecf8427e, domain update-check.bad-example.test. Make a STIX-like table."""),
(H, "awards_names", "none", """Which researchers' awards are comparable to the Pwnie Awards? Also is the Turing Award relevant to vulnerability research? Short answer."""),
(H, "public_contacts", "none", """Where do researchers report? CISA's VDP platform, report@cisa.gov for general reports, and central@cisa.gov / 888-282-0870 for incidents. Write an instructions paragraph."""),
(H, "version_strings", "none", """Affected versions: 3.8.0 through 3.8.1; 4.0.0-beta.2; fixed in 5.2.4 and 4.1.9-lts. Write the 'affected products' section."""),
(H, "fake_jwt_doc", "none", """Explain JWT structure: header.payload.signature, base64url-encoded, e.g. the header {"alg":"HS256","typ":"JWT"}. Why should tokens never be logged?"""),
(H, "famous_hackers_history", "none", """For a history slide: the Morris worm of 1988 and the 1986 Lawrence Berkeley Lab intrusion described in The Cuckoo's Egg. Two sentences each."""),
]
