"""Voice 8: developers, data analysts and helpdesk techs pasting env files, Dockerfiles, CI YAML,
notebook cells, SQL dumps, HTTP logs, stack traces and helpdesk chats."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW
from blindlib import jwt, b64

PEM1 = ("-----BEGIN RSA PRIVATE KEY-----\n"
        "MIIEpAIBAAKCAQEAtmVJ5dfvzd1eQYf0YcgsP9rLghhYN3JZglxqzayrYaMNRIuK\n"
        "hWZd/h2cmIZiYzJZhoSJbaD3x9mKaPum+VrVPBGnQhPmyMWiFx8nMYkr4NJSDrss\n"
        "D8CcGNpTW8q7nLv4mhHiDJ7bP1esCnApq1G0KmhDhed5r/CHzd8Hq4QAadNT6MCp\n"
        "qbjq4xYMiKjwHvfln1x/Np34hcDpJUUCVK9PwIXS3v0i8oboz2GemuFwvhF/GC8d\n"
        "-----END RSA PRIVATE KEY-----")
PEM2 = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "twj6YFsF2QiHoUYFCK7K748wKdf3xUz7r2DTULQVIEeriGLvZU0e+xXoUOUu/7U1TpXa1Y\n"
        "JEKAmEiLLxf2WzB+jYr/TCQ0HxfVaKqZj45vyWjNsZjnf2rIl32eBmFPrC==\n"
        "-----END OPENSSH PRIVATE KEY-----")
PEM3 = ("-----BEGIN EC PRIVATE KEY-----\n"
        "MHcCAQEEIDTRXQB1S0uvrWK3nXEVpUeJHeK5f83JPZEil8hO/7sMoAoGCCqGSM49\n"
        "AwEHoUQDQgAEYaEYoyV6EJHmx6CBUz8HfgcfoBx1vF77yMd0Le33OUCp2TZZSex3\n"
        "-----END EC PRIVATE KEY-----")
J1 = jwt('{"sub":"svc-elis-sync","iss":"uscis-idp","exp":1767139200}', sig="Zr3KpWq8Lm2Nv7Xc1Bt5Hy9Jd0Fg4Sa6Qe8Ru2Io3Pz")
J2 = jwt('{"upn":"t.okafor@ice.dhs.gov","roles":["ero.read"]}', sig="Ab9Cd8Ef7Gh6Ij5Kl4Mn3Op2Qr1St0Uv9Wx8Yz7Ab6")

RECORDS = [
("positive", "env_file", "none",
 "why does docker compose ignore this .env?\nAWS_REGION=us-gov-west-1\nAWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAYQ3VGL0YZDNGEI04]]\nAWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:jV8uMfvdxC6lpq10L+p0KdCrlW+Kx5BoZCyd+Bjn]]\nLOG_LEVEL=debug"),
("positive", "dockerfile", "none",
 "Dockerfile review pls:\nFROM python:3.12-slim\nENV DATABASE_URL=[[CONNECTION_STRING:postgresql://casemgr:Tr0ut-Lake-88@cm-db.internal.example:5432/femacm]]\nRUN pip install -r requirements.txt\nCMD [\"gunicorn\",\"app:app\"]"),
("positive", "ci_yaml", "none",
 "GitLab CI fails at deploy stage:\ndeploy:\n  stage: deploy\n  variables:\n    GITLAB_TOKEN: \"[[GITLAB_TOKEN:glpat-AFjnURco4U7kG__DA5u7]]\"\n  script:\n    - ./deploy.sh --env staging"),
("positive", "github_actions", "none",
 "this workflow step errors with 401:\n- name: push image\n  run: echo [[GITHUB_TOKEN:ghp_Ejq5xHXU8YFbLbnlmE59Cx1VTUvoiYJN4tzS]] | docker login ghcr.io -u cbp-dev --password-stdin"),
("positive", "notebook_cell", "chinese",
 "In [14]:\nimport boto3\ns3 = boto3.client('s3', aws_access_key_id='[[CLOUD_ACCESS_KEY:AKIALY2IRWA2TPUIRV0T]]',\n    aws_secret_access_key='[[CLOUD_SECRET_KEY:roeGoNZzjSe5C7iminWMAFqkVM7HMDu5YoG+giOQ]]')\n"
 "# owner: [[PERSON:Zhou Xinyue]]\nKeyError: 'Contents'\nwhat does the error mean?"),
("positive", "sql_dump", "russian/kazakh/uzbek",
 "INSERT INTO applicants (id, full_name, dob, ssn, email) VALUES\n(1101, '[[PERSON:Ekaterina Vasilievna Morozova]]', '[[DATE_OF_BIRTH:1984-02-29]]', '[[US_SSN:710-35-2223]]', '[[EMAIL_ADDRESS:e.morozova84@mail.example.ru]]'),\n"
 "(1102, '[[PERSON:Nurlan Abishevich Zhaksybekov]]', '[[DATE_OF_BIRTH:1991-07-16]]', '[[US_SSN:398-87-5790]]', NULL),\n(1103, '[[PERSON:Dilnoza Rakhimova]]', '[[DATE_OF_BIRTH:2000-10-10]]', NULL, NULL);\n-- why does the second row fail NOT NULL?"),
("positive", "http_log", "turkish",
 "10.14.2.77 - - [04/Dec/2026:13:22:09 +0000] \"GET /api/v2/cases?applicant=[[PERSON:Elif%20%C3%96zt%C3%BCrk]]&dob=[[DATE_OF_BIRTH:1993-05-12]] HTTP/1.1\" 500 221\nwhy 500?"),
("positive", "stack_trace", "none",
 "Traceback (most recent call last):\n  File \"sync.py\", line 88, in <module>\n    conn = pyodbc.connect(\"[[CONNECTION_STRING:Driver={ODBC Driver 18 for SQL Server};Server=tcp:eoir-sync.example.net,1433;Database=dockets;Uid=svc_dock;Pwd=Wq!9rTz#44mL;Encrypt=yes]]\")\n"
 "pyodbc.OperationalError: ('08001', 'TCP Provider: timeout')"),
("positive", "slack_webhook", "none",
 "our alert bot stopped posting, config:\nslack:\n  bot_token: [[SLACK_TOKEN:xoxb-638367055186-6159406609965-gazqs74tcUzGMtnKzVvVZ53P]]\n  channel: '#soc-alerts'"),
("positive", "private_key_paste", "none",
 "ssh keeps saying invalid format, here's the key file:\n[[PRIVATE_KEY:" + PEM1 + "]]\nwhat's wrong?"),
("positive", "openssh_key", "none",
 "is this key ed25519 or rsa?\n[[PRIVATE_KEY:" + PEM2 + "]]"),
("positive", "jwt_curl", "none",
 "curl -H 'Authorization: Bearer [[JWT:" + J1 + "]]' https://api.example.gov/v1/cases\nreturns 403, why"),
("positive", "helpdesk_chat", "kurdish",
 "Helpdesk transcript, summarize:\nUser ([[PERSON:Rojda Barzani]]): can't get into VPN\nTech: what's your temp password?\nUser: [[PASSWORD:Newroz-2026-kx]]\nTech: ok resetting\nUser: my cell is [[PHONE_NUMBER:(703) 555-0138]]"),
("positive", "yaml_k8s_secret", "none",
 "apiVersion: v1\nkind: Secret\nmetadata:\n  name: elis-db\nstringData:\n  password: [[PASSWORD:Pz7#mKq2vL9xR4tN]]\n  url: [[CONNECTION_STRING:mongodb+srv://elis_app:Pz7#mKq2vL9xR4tN@cluster0.ab12c.mongodb.example.net/elis]]\nexplain stringData vs data"),
("positive", "google_key_js", "none",
 "map won't load:\nconst map = new google.maps.Map(el, {center});\nloader = new Loader({ apiKey: \"[[CLOUD_ACCESS_KEY:AIzaiVEympOhQdk24xwIvLHWoUfXSWMOoPMdY-d]]\" });"),
("positive", "json_config", "swedish",
 "{\n  \"owner\": \"[[PERSON:Linnéa Bergqvist]]\",\n  \"owner_email\": \"[[EMAIL_ADDRESS:linnea.bergqvist@st.dhs.gov]]\",\n  \"api_key\": \"[[PASSWORD:c91f0e7a3b4d5e6f8a9b0c1d2e3f4a5b]]\"\n}\nvalidate this JSON"),
("positive", "csv_export_czech", "czech",
 "jmeno;prijmeni;rodne_cislo;narozen\n[[PERSON:Tereza]];[[PERSON:Dvořáková]];n/a;[[DATE_OF_BIRTH:3.4.1997]]\n[[PERSON:Vojtěch]];[[PERSON:Procházka]];n/a;[[DATE_OF_BIRTH:22.11.1988]]\nconvert dates to ISO"),
("positive", "jwt_in_har", "nigerian_igbo",
 "HAR snippet: {\"name\":\"Cookie\",\"value\":\"session=[[JWT:" + J2 + "]]\"} — user [[PERSON:Tobenna Okafor]] can't open ERO dashboards"),
("evasion", "split_aws_key", "none",
 "key is [[CLOUD_ACCESS_KEY:AKIAYI3CWZQ1\nMDZ437AB]] (had to split it) and secret [[CLOUD_SECRET_KEY:5rkFEaGQz1b5Z+Sh\nVmrKuCrQDy/UhHe67C3HMVY5]]"),
("evasion", "b64_conn", "none",
 "decode: [[CONNECTION_STRING:" + b64("postgres://ops:Lemur!22@10.2.3.4:5432/tsa_ops") + "]] and tell me the db name"),
("evasion", "zw_ghtoken", "none",
 "token: [[GITHUB_TOKEN:" + zw("ghp_yaYyTLjF9WQ2zG7Dy3fhGi3slD8dSLFtux1P") + "]] — why rejected?"),
("evasion", "reversed_password", "none",
 "the password backwards is [[PASSWORD:!2hcnarB-reveR]] lol, anyway how do I reset it in AD?"),
# hard negatives
("hard_negative", "env_placeholders", "none",
 "DB_HOST=db\nDB_USER=app\nDB_PASSWORD=${DB_PASSWORD}\nAWS_SECRET_ACCESS_KEY=<your-secret-key>\nSLACK_TOKEN={{ vault_slack_token }}\nwhy doesn't compose substitute these?"),
("hard_negative", "aws_doc_example", "none",
 "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as examples. Are those real? Why do scanners flag them?"),
("hard_negative", "git_log", "none",
 "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nAuthor: build-bot <noreply@example.com>\n    bump version 2.14.3 -> 2.15.0-rc.1\nexplain semver pre-release ordering"),
("hard_negative", "uuids_hashes", "none",
 "request_id=9b2e4f1a-7c3d-4e5f-a6b7-c8d9e0f1a2b3 sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709 — is the sha1 of an empty string?"),
("hard_negative", "conn_string_template", "none",
 "Connection string format: Server=<host>;Database=<db>;User Id=<user>;Password=<password>; — which parts are optional for integrated auth?"),
("hard_negative", "password_discussion", "none",
 "Is 'correct horse battery staple' style passphrase allowed under NIST 800-63B? Explain entropy vs complexity rules."),
("hard_negative", "stack_trace_clean", "none",
 "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat gov.dhs.cm.NameUtil.normalize(NameUtil.java:41)\nwhat's the fix?"),
("hard_negative", "docker_changeme", "none",
 "FROM postgres:16\nENV POSTGRES_PASSWORD=changeme\nENV POSTGRES_USER=postgres\n# local dev only — is this ok to commit?"),
("hard_negative", "ip_and_ports", "none",
 "nmap shows 10.20.30.40:22 open, 10.20.30.41:5432 filtered, 172.16.0.5:443 open. Write a remediation ticket."),
("hard_negative", "regex_question", "none",
 "Write a regex for SSNs that rejects 000, 666 and 9xx areas, group 00 and serial 0000. Test on 123-45-6789 and 000-12-3456."),
("hard_negative", "jwt_structure", "none",
 "The JWT header {\"alg\":\"HS256\",\"typ\":\"JWT\"} — why is alg=none dangerous? Give a short explanation, no tokens."),
("hard_negative", "package_versions", "none",
 "requirements: boto3==1.35.2, presidio-analyzer==2.2.355, spacy==3.8.2, pydantic>=2.7,<3. Any known conflicts?"),
("hard_negative", "names_in_code", "none",
 "class Jordan(Model): pass  # named after the Jordan curve theorem\ndef dijkstra(graph): ...\nrename Jordan to something clearer"),
]

RECORDS += [
("positive", "npmrc_token", "welsh",
 "why does npm ci fail in the pipeline?\n# .npmrc (committed by [[PERSON:Rhodri Llewellyn]])\n//npm.pkg.github.com/:_authToken=[[GITHUB_TOKEN:ghs_4pxJd8lBrGSBM9h4pV3AhghX3wYO6iQD4O7a]]\n@dhs-st:registry=https://npm.pkg.github.com"),
("positive", "pgpass", "argentine",
 "~/.pgpass from [[PERSON:Agustina Lombardi Pereyra]]'s laptop:\n[[CONNECTION_STRING:cm-prod.internal.example:5432:casemgr:agustina_l:Malbec#1987]]\nwhy does psql still prompt?"),
("positive", "ec_key_in_ticket", "none",
 "ticket #88412: cert renewal failed, user attached:\n[[PRIVATE_KEY:" + PEM3 + "]]\nwhat curve is this?"),
]
