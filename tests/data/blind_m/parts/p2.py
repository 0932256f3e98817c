# Voice 2: CISA and cyber (positives, many with credentials)
import sys
sys.path.insert(0, "/work/blind_m")
from blindlib import jwt

PEM = ("-----BEGIN RSA PRIVATE KEY-----\n"
       "MIIEowIBAAKCAQEAx3Lq9Vt0aZk2WpRj8sNc4mYh7bEo1UfT6gLdQ2vXiKr5JnCw\n"
       "Hs8oP3yBmZ0tAe7RkFq4DuLxV9c2NjSgW1hTiYb6OpMzEa5rK8vQfUl3CdXnG0wB\n"
       "t2Jy7PhR4eKoVs9mLq1ZaWcNx6DgIbF3uTkA8YjE5rHnS0vMdQpOiC7lX2wBfGzU\n"
       "-----END RSA PRIVATE KEY-----")
PEM2 = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "QyNTUxOQAAACBq8Rz2LkVw9TfY3dHcX0aMbN4pUeJ7iGsQ1oKrW5yE6vAAAAJh0mZpQdJmaU\n"
        "-----END OPENSSH PRIVATE KEY-----")
PEM3 = ("-----BEGIN PRIVATE KEY-----\n"
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgVq3xT8mR2wYbK5nJ0cLd\n"
        "9fHsE1aPzQ7uGiO4kXt6BvWhRANCAAR8yN2pLqC5dJ0mF7sVx3T1bE9aZk6gHwRiUo4n\n"
        "-----END PRIVATE KEY-----")
J1 = jwt('{"sub":"svc-vdp-intake","iss":"https://idp.vdp.example","exp":1798761600,"scope":"reports:write"}')
J2 = jwt('{"sub":"u8841","name":"Rahel Tsegaye","role":"analyst","iat":1764892800}', sig="RgDQ4Aj4hMCuLjM2_uwM636x368ibOr6PUpGvSy5SIZ")

RECORDS = [
("positive", "incident_coordination", "anglo",
 "Draft a follow-up to the utility. Their CISO [[PERSON:Brenda Kowalski-Hart]] ([[EMAIL_ADDRESS:bkhart@tri-county-power.example]], [[PHONE_NUMBER:+1-608-555-0157]]) confirmed the threat actor used a VPN account. "
 "They pasted us the compromised service credentials in the ticket: user svc_scada_hist / password [[PASSWORD:Tr1County!Hist0rian#22]]. Remind them to rotate it and never send passwords by email."),
("positive", "soc_ticket", None,
 "SOC-44817 | P2 | Cloud trail anomaly\nIAM user ci-deployer made ListBuckets calls from an unfamiliar ASN.\nKey in question: [[CLOUD_ACCESS_KEY:AKIA44GCD8HBSV92MKI1]]\n"
 "Secret was found committed in repo infra-legacy (commit 9f3c1e7): aws_secret_access_key = [[CLOUD_SECRET_KEY:in1o/lb0c3pWyUxHQAIQaKbKHQ2w4FW5GLCIanL6]]\nAction: deactivate key, open IR case. Can you write the summary for the shift handover?"),
("positive", "terraform", None,
 "why does terraform plan say my provider is misconfigured?\n\nprovider \"aws\" {\n  region     = \"us-east-1\"\n  access_key = \"[[CLOUD_ACCESS_KEY:AKIA6R1Q43PZMUF8176C]]\"\n  secret_key = \"[[CLOUD_SECRET_KEY:lhJ5xwEWVkAvpBSZJnSBZKE4cxKFXADOmkNXWrAY]]\"\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"cisa-lab-flowlogs-dev\"\n}"),
("positive", "github_actions", None,
 "This workflow fails at checkout with 401. What's wrong?\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          token: [[GITHUB_TOKEN:ghp_ZjNQVDTHWDdUNJFKQ0YW2vs9pL5xCR6xVbUO]]\n      - run: make test"),
("positive", "python_script", None,
 "Refactor this into a function with retries:\n\nimport requests\nAPI_KEY = \"[[PASSWORD:5f2b9c71e04a4d8a9c3e6b1f7a20d4e8]]\"\nr = requests.get(\"https://feeds.threatintel.example/v2/indicators\", headers={\"X-Api-Key\": API_KEY}, timeout=30)\nprint(r.json()[\"count\"])"),
("positive", "connection_string", None,
 "Our Django app can't reach the database after the move. settings.py has\nDATABASES = {'default': dj_database_url.parse('[[CONNECTION_STRING:postgres://kev_app:Qm7!vR2pLx9@kevdb-prod.internal.example:5432/kev]]')}\nWhat's the correct way to add sslmode=require?"),
("positive", "vuln_disclosure", "chinese",
 "Please turn this into a coordinated disclosure notice for the vendor. Researcher: [[PERSON:Lin Zhiwei]] ([[EMAIL_ADDRESS:zw.lin@securemail.example]]). Affected: Haverline NVR firmware 3.2.x, hard-coded admin account. "
 "The researcher's PoC used the default bearer token returned by /api/login: [[JWT:" + J1 + "]]. Vendor contact is [[PERSON:Mark Delacroix]]."),
("positive", "slack_webhook", None,
 "Our SOAR playbook posts to Slack but we get invalid_auth. Config:\n\nslack:\n  channel: \"#ir-alerts\"\n  bot_token: [[SLACK_TOKEN:xoxb-769179684107-1660392605920-U8BICIPLbcR3vehLWuDLUNrl]]\n  username: soar-bot"),
("positive", "gitlab_ci", None,
 "Explain why this gitlab-ci job cannot clone the submodule:\n\nvariables:\n  GIT_SUBMODULE_STRATEGY: recursive\nbefore_script:\n  - git config --global url.\"https://oauth2:[[GITLAB_TOKEN:glpat-1NPdhHXshd2ee_AWk3c9]]@gitlab.example.gov/\".insteadOf \"https://gitlab.example.gov/\""),
("positive", "ssh_key_paste", None,
 "Which format is this key in and how do I convert it for PuTTY?\n\n" "[[PRIVATE_KEY:" + PEM + "]]"),
("positive", "threat_intel_note", "slavic",
 "Analyst note for the weekly: persona \"[[PERSON:Dmitri Volkov-Sokolov]]\" on a Telegram channel offered access to a water utility HMI. The actor reused the alias across forums; registration email [[EMAIL_ADDRESS:d.sokolov1987@mailru.example]]. "
 "Collaborating researcher at a partner firm: [[PERSON:Anastasia Lebedeva]]. Summarize in 3 bullets."),
("positive", "env_file", None,
 "what's missing from my .env that makes the app crash on boot?\n\nNODE_ENV=production\nPORT=8080\nMONGO_URI=[[CONNECTION_STRING:mongodb+srv://cdm_reader:Zx4kP9wq2LmT@cluster0.ab12c.mongodb.example/cdm?retryWrites=true]]\nSESSION_SECRET=[[PASSWORD:fG7#kQ2!wz9Lp0Xv]]\nGITLAB_DEPLOY_TOKEN=[[GITLAB_TOKEN:glpat-p8RngDt-TKa6DAxgtM6a]]\nSLACK_USER_TOKEN=[[SLACK_TOKEN:xoxp-242239388399-883287474898-7274118035615-f019e4f53fb64220537e1001d8b1e604]]\nLOG_LEVEL=info"),
("positive", "curl_debug", None,
 "curl -s -H \"Authorization: Bearer [[JWT:" + J2 + "]]\" https://case-api.example.gov/v1/cases/77120 returns 403. The token decodes fine. what does 403 vs 401 tell me?"),
("positive", "cloud_creds_ini", None,
 "~/.aws/credentials on the jump box:\n[default]\naws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAC4Z1KBG0849UE5I1]]\naws_secret_access_key = [[CLOUD_SECRET_KEY:JG05n/970l/SXgruTt9B+XykW9vOccjQp/5zkk49]]\n\n[ir-readonly]\naws_access_key_id = [[CLOUD_ACCESS_KEY:ASIAL5PV4XG4KWCSCRSU]]\naws_secret_access_key = [[CLOUD_SECRET_KEY:ND+auT8VZpaMJmXzQrybWtpcxL/kEgo4hIMlrQkr]]\n\nhow do I make the ir-readonly profile the default for one shell only?"),
("positive", "azure_storage", None,
 "Function app can't write to the blob container. local.settings.json has \"AzureWebJobsStorage\": \"[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=stexercisemaps01;AccountKey=uxBk7ZttgBCU6jTwt7w5q6JgHPKmZClRLmwly4fGUZq8RkTn2Yc0Vd3LsWpA9eHbXqMj1oNf5rGiKzU4tIyB7w==;EndpointSuffix=core.windows.net]]\" - does the key need quoting?"),
("positive", "incident_call_notes", "indian",
 "Notes from the 0900 call with the hospital: their IT director [[PERSON:Rajeshwari Subramaniam]] says ransomware hit the imaging servers. The local admin password for the PACS boxes was shared on the call: [[PASSWORD:Pacs@dmin2024!]]. "
 "Our field rep is [[PERSON:Arjun Khurana]], [[PHONE_NUMBER:312-555-0116]]. Write a situation summary for the regional director without the password."),
("positive", "kubeconfig", None,
 "kubectl says Unauthorized with this kubeconfig, help:\n\nusers:\n- name: ci-bot\n  user:\n    token: [[JWT:" + jwt('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ci","sub":"system:serviceaccount:ci:ci-bot"}', sig="8g8E3iPKG8o6b2un4HXSIcna4WpSWHZYDLLLUvJf_3r") + "]]"),
("positive", "ansible_vault_fail", None,
 "ansible playbook connects with plain password, I know it's bad, just tell me why become fails:\n\n[webservers]\nweb01 ansible_host=10.20.4.11 ansible_user=deploy ansible_password=[[PASSWORD:D3ploy-W3b01-Fall]] ansible_become_pass=[[PASSWORD:D3ploy-W3b01-Fall]]"),
("positive", "ssh_ed25519", None,
 "Found this in /home/backup/.ssh/id_ed25519 on the compromised host. Is it passphrase protected?\n\n[[PRIVATE_KEY:" + PEM2 + "]]"),
("positive", "jdbc", None,
 "Spring Boot property that breaks on the @ in the password:\nspring.datasource.url=[[CONNECTION_STRING:jdbc:sqlserver://sqlprd04.example.gov:1433;databaseName=Travel;user=trv_svc;password=W!nter@2025x]]"),
("positive", "fine_grained_pat", None,
 "Does a fine-grained PAT like [[GITHUB_TOKEN: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]] work with the GraphQL API for org-level projects?"),
("positive", "tls_key_bundle", None,
 "The nginx container logs 'PEM_read_bio_PrivateKey failed'. This is the key mounted at /etc/nginx/tls/key.pem:\n[[PRIVATE_KEY:" + PEM3 + "]]\nIs the curve supported?"),
("positive", "redis_url", None,
 "Celery worker keeps reconnecting. broker_url = \"[[CONNECTION_STRING:rediss://default:p4ss-R3dis-7719@cache-ir.example.net:6380/0]]\" - is rediss:// right for TLS?"),
("positive", "phishing_report", "korean",
 "User-reported phish, write the block-list note: sender [[EMAIL_ADDRESS:payroll-update@hr-portal-dhs.example]], targeted [[PERSON:Ji-hoon Seong]] and [[PERSON:Eun-ji Ryu]] in the Seattle field office. Lure asked them to confirm their direct deposit."),
]
