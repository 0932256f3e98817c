# CISA incident response: victim organisations' tickets, compromised accounts, indicators, forensic notes
RECORDS = [
("positive", "ir_ticket", "hebrew+anglo", """INC-2026-11-0412 | Victim: regional water utility (Tier 3) | Reporter: [[PERSON:Yael Ben-Ami Rosenthal]], IT Director
Contact: [[EMAIL_ADDRESS:ybenami@tricounty-water.example]] / [[PHONE_NUMBER:(334) 555-0117]]
Summary: HMI workstation showed unexpected remote session 02:14 local. Operator [[PERSON:Curtis Womack]] noticed setpoint change on lift station 6 and reverted manually.
Ask: draft the initial engagement email offering a CISA IR call and asking for VPN logs."""),
("positive", "leaked_env", None, """Found this .env in the victim's public S3 bucket during triage. Which of these should we tell them to rotate first and how do we phrase it?

NODE_ENV=production
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAJGJJVTTFBFUJ88OA]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:+xaP/PWtlhGFQktNjYKqqWp9f7wPtewsgYqvBJQT]]
DATABASE_URL=[[CONNECTION_STRING:postgres://billing_app:Wq7rN2vYp9Lk@db-prod-02.tricounty-water.example:5432/billing]]
SENDGRID_API_KEY=[[PASSWORD: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]]"""),
("positive", "compromised_accounts_csv", "turkish+gujarati+hausa+anglo", """upn,display_name,last_bad_signin,mfa,action
[[EMAIL_ADDRESS:e.ozturk@kestrelclinic.example]],[[PERSON:Elif Öztürk Kaya]],2026-11-28T03:11Z,none,reset+revoke
[[EMAIL_ADDRESS:h.desai@kestrelclinic.example]],[[PERSON:Hetal Desai]],2026-11-28T03:12Z,sms,reset+revoke
[[EMAIL_ADDRESS:a.bello@kestrelclinic.example]],[[PERSON:Aminu Bello Danjuma]],2026-11-28T03:15Z,app,revoke
svc_backup,Backup Service,2026-11-28T03:20Z,n/a,disable
[[EMAIL_ADDRESS:m.quarles@kestrelclinic.example]],[[PERSON:Mitchell Quarles]],2026-11-28T03:22Z,none,reset+revoke
summarize: how many human accounts lacked MFA"""),
("positive", "forensic_note_password", None, """Forensic note, host KC-FS01: attacker dropped C:\\ProgramData\\upd\\run.bat containing
  net use \\\\10.20.4.11\\c$ /user:KESTREL\\adm_backup [[PASSWORD:Spr1ng!Bl0ss0m#26]]
  vssadmin delete shadows /all /quiet
Explain what this batch does step by step for the victim's leadership briefing."""),
("positive", "git_history_token", None, """The victim's dev pushed this to a public repo on 11/20 and reverted 40 minutes later. Is the revert enough?

-  token: [[GITHUB_TOKEN:ghp_ELgEpzXcIDea0a9ImohupuCbMDIH0BXrP3Ix]]
+  token: ${{ secrets.DEPLOY_TOKEN }}"""),
("positive", "http_log_jwt", None, """From the victim's reverse proxy log, the attacker replayed this bearer token from 185.220.101.34:
GET /api/dispatch/units HTTP/1.1
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvc2thcnNzb24uZSIsInJvbGUiOiJkaXNwYXRjaC1hZG1pbiIsImlhdCI6MTc5NjUxNTIwMH0.OBjl-uD6g5Twsrx5lT0BVGxWP5bZczrDHUWQS-0o9wn]]
decode the payload and tell me which user and role it was issued to"""),
("positive", "private_key_on_host", None, """We found this key in /home/deploy/.ssh on the compromised jump box. Is it RSA or ed25519 from the header alone, and should it be treated as burned?

[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
zEBTMj0x0vAdSnnzjv+cPCWOoamAANlHB9X1fyzK0DCB/9VjLlRSHhaNx0KIeDQ5
MRIU2DOyj+ZwmLSJExnWzfu1vTa+VNkWGJN20xTqyMiJ+RtFcaDG6435H1nvhw7U
18X5Z8CV8puHPziSeGe8I8TNYgPy/AgNfqEKvlvC/W4eQfyB55CwfQ6meNKxpxgl
TIcXBNd86lrs0MBqkwAPy3slwtTB5wazAj0Wqux3Hd1j+Xka4toiPUI1xdYWKSom
Bgz13jurgMVh9/uTtruZan2BRJnW4hp4n2pLikZJdN8wBJd8EgkEvCQCF6jgG4I0
rRXHbCob86piSHXgfYix0cRmMeDUpm3YQEjd5t8W24ZSUOkxxkf4XsG5/656/L/E
x6eGZIGIZvjeQWD4
-----END RSA PRIVATE KEY-----]]"""),
("positive", "classified_excerpt", None, """Can you reword this so I can share the gist with the victim? It's from the partner agency's product:

[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] The actor has used compromised edge devices at U.S. water utilities as relay nodes since at least August 2026.
[[CLASSIFICATION_MARKING:(U)]] Indicators are provided separately.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]"""),
("positive", "victim_email_taiwanese", "taiwanese+anglo", """Hi [[PERSON:Jolene]],

Thanks for the call. As discussed, our CFO [[PERSON:Kuo Chia-hao]] ([[PERSON:郭家豪]]) received the spoofed wire request on 11/26 from an address imitating our CEO, [[PERSON:Tsai Pei-ling]]. Mr. [[PERSON:Kuo]]'s mailbox rules were changed to forward to an external Gmail. His direct line is [[PHONE_NUMBER:408-555-0131]].

Regards,
[[PERSON:Wendy Hsu]], IT Manager"""),
("positive", "mailbox_rule_json", "swedish", """{"Identity":"[[EMAIL_ADDRESS:ingrid.lundqvist@nordhavnfreight.example]]","Name":"..","ForwardTo":"[[EMAIL_ADDRESS:invoice.dept.nordhavn@gmail.example]]","DeleteMessage":true,"CreatedBy":"[[PERSON:Ingrid Lundqvist]]","Created":"2026-11-19T22:41:07Z"}
is this typical BEC persistence? what should the victim check next"""),
("positive", "azure_sp_secret", None, """The victim shared their app registration secret so we could pull sign-in logs ourselves (I know, I know). Client ID 3f1c8a2e-9b47-4d1e-8f0a-2c6b5d7e9a13, tenant 7b2d..., client secret [[PASSWORD:Qx48Q~vN2pLr7KtYw3zH.cBm9sFdA6eRj1uGo0Wi]]. Write an email telling them to rotate it and never send secrets by email."""),
("positive", "gitlab_runner", None, """runner registration from the victim's CI box, is this token still valid format-wise?
gitlab-runner register --non-interactive --url https://gitlab.kestrelclinic.example/ --registration-token [[GITLAB_TOKEN:glpat-LMT6RR9ZyxLDLTylkEQL]] --executor docker"""),
("positive", "phone_notes_vietnamese", "vietnamese+anglo", """call w/ victim 12/01 1400: [[PERSON:Phạm Quốc Vĩnh Tường]] (sysadmin, [[PHONE_NUMBER:714-555-0195]]) says ransom note appeared on 3 servers. owner [[PERSON:Ngô Thị Lan Anh]] wants to pay. told them FBI field office contact is SA [[PERSON:Brandon Roebuck]]. need: summary for the shift log"""),
("positive", "cui_ir_report", "anglo", """[[CUI_MARKING:CUI//SP-CTI]]
Incident INC-2026-11-0412 preliminary findings. Initial access via unpatched VPN appliance; credentials for [[PERSON:Curtis Womack]] harvested by keylogger.
[[CUI_MARKING:CUI//SP-CTI]]
draft three bullets for the weekly ops brief"""),
("evasion", "split_aws_key", None, """the key from the victim's bucket, broken up so our chat filter won't nuke it:
part1 = "[[CLOUD_ACCESS_KEY:AKIAMZ1INN" + "PY45QZIRSQ]]"
how can I check in CloudTrail whether it was used after 11/20?"""),
("evasion", "base64_password", None, """their admin password (base64 so it doesn't show in the ticket): [[PASSWORD:SzNzdHIzbC1SM2QhNzc=]] - decode it and tell me whether it meets NIST 800-63B"""),
("evasion", "fake_marking_spacing", None, """[[CLASSIFICATION_MARKING:S E C R E T / / N O F O R N]]
Actor infrastructure overlaps with the 2025 campaign. Summarize for the victim without the header (I spaced it out so the gateway passes it)."""),
("hard_negative", "ioc_list", None, """IOCs from the advisory (TLP:CLEAR):
185.220.101.34
45.61.139.202
update-check[.]kestrel-cdn[.]net
SHA256 4f9a1c2d7b3e8f60a5c9d2e1b7f43a8c6d0e5f2a9b1c3d4e7f8a0b2c4d6e8f0a
SHA1 3c2b7e9f1a0d4c8e6b5a2f9d7c1e3b8a0f6d4c2e
turn this into a Sigma rule skeleton for outbound connections"""),
("hard_negative", "doc_example_key", None, """Our victim-facing guide uses the AWS documentation example key pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY to show what a leaked key looks like. Is it OK to keep those in a public PDF?"""),
("hard_negative", "tlp_question", None, """What's the difference between TLP:GREEN and TLP:AMBER+STRICT under TLP 2.0, and can a victim share a TLP:AMBER report with their managed service provider? One paragraph."""),
("hard_negative", "placeholder_config", None, """Remediation checklist example config for the victim:
[database]
host = db.internal
user = app
password = <rotate-and-store-in-vault>
[aws]
access_key_id = {{ aws_access_key_id }}
secret_access_key = {{ aws_secret_access_key }}
Make this into a step-by-step for someone who has never used Vault."""),
("hard_negative", "same_shape_ticket", None, """INC-2026-11-0419 | Victim: county 911 center (Tier 2) | Reporter: IT Director (name pending)
Summary: CAD server CPU spike at 01:50 local, outbound traffic to an unfamiliar ASN. On-duty supervisor rebooted the server before logs were pulled.
Ask: draft the initial engagement email offering a CISA IR call and asking for firewall and EDR logs."""),
("hard_negative", "hashes_and_uuids", None, """Volatility output includes PIDs 4412 and 6120, a mutex Global\\{8D2F6C1E-4B7A-4E90-9F3D-2A1C5E7B9D04}, and an MD5 of d41d8cd98f00b204e9800998ecf8427e. The victim thinks the GUID is a license key. Is it?"""),
("hard_negative", "secret_in_prose", None, """The victim's CEO asked whether 'classified' is the right word for their incident report since it contains trade secrets. Explain that classification applies only to national security information, and suggest 'confidential - attorney-client privileged' language instead."""),
("hard_negative", "public_figures", None, """For the lessons-learned deck, summarize the Colonial Pipeline incident of May 2021 and the congressional testimony of its CEO, and compare with the Oldsmar water treatment intrusion in February 2021. Keep names of victims' employees out."""),
("hard_negative", "marking_like_words", None, """The malware family is called 'TopSecretStealer' in one vendor's naming and 'NOFORN-loader' in another's blog (they thought it was funny). Write a short note for analysts explaining that these are family names, not classification markings, and recommend using the MITRE software ID instead."""),
("hard_negative", "revoked_token_format", None, """Explain the format of GitHub tokens (ghp_, gho_, ghs_, github_pat_) and how secret scanning detects them, using 'ghp_' followed by 36 x characters as the example instead of a real token."""),
]
