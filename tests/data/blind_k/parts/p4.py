# Voice 4: IT and security operations (and marked documents)
from blindlib import jwt
P, N, E = "positive", "hard_negative", "evasion"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAw3p9Vb2LqkX7sT0mYcN4eJ8fHdRzPaU6gW1oKiE5lQvBtXyS\n2mzI1vAuQdn+dRTs4L2/hyeyvi6MAoNMggVaH82I9ZjlsskgHSY9fMIygIE1jw+5\nq7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlBvNPL1HJX3zFeTNH8ubaqsP\n-----END RSA PRIVATE KEY-----"
PEM2 = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD4Kx9mPq2WvL7sTn3YcZbR0hJdUfA1oGiE5lQvBtXySAAAAJgq7Xb2Lr9T\n-----END OPENSSH PRIVATE KEY-----"
J1 = jwt('{"sub":"svc-intake","iss":"example.dhs","exp":1796400000}')
J2 = jwt('{"sub":"a.kovac","role":"admin","iat":1764806400}', sig="Zp3Kx8Qw2Lm7Vn0Rt5Yb1Hc6Jd9Fg4Se2Ua7Io3PkMl")
R = [
(P, "incident_ticket", "anglo", "INC0048213 - user [[PERSON:Travis McAllister]] ([[EMAIL_ADDRESS:travis.mcallister@example.gov]]) clicked a phishing link at 09:14. Workstation reimaged. Summarize for the CISO daily brief."),
(P, "phishing_report", "nigerian", "Phishing report from [[PERSON:Ifeoma Nnadozie]]: email spoofed our CFO and asked for gift cards. Reply-to was [[EMAIL_ADDRESS:cfo-office@payments.example.com]]. Write a user-awareness blurb."),
(P, "access_request", "indian", "Access request: [[PERSON:Sanjay Kulkarni]], EDIPI [[DOD_EDIPI:1470823956]], needs read-only to the HSIN portal. Write the justification paragraph."),
(P, "audit_log", "korean", "Explain this audit log: 2026-11-30T14:02:11Z user=[[EMAIL_ADDRESS:seojun.han@example.gov]] action=EXPORT records=1450 src=10.40.2.17 — is an export of 1450 records by [[PERSON:Han Seo-jun]] unusual?"),
(P, "helpdesk", "somali", "Ticket: user [[PERSON:Ayaan Hersi]] locked out; callback number [[PHONE_NUMBER:(301) 555-0175]]. Write the resolution note."),
(P, "account_provisioning", "vietnamese", "CSV to clean up:\nname,email,phone\n[[PERSON:Le Quang Huy]],[[EMAIL_ADDRESS:huy.le@example.gov]],[[PHONE_NUMBER:202-555-0154]]\n[[PERSON:Do Thi Mai]],[[EMAIL_ADDRESS:mai.do@example.gov]],[[PHONE_NUMBER:202-555-0155]]"),
(P, "driver_license", "hispanic", "Fleet card request for [[PERSON:Ernesto Galindo]]; Virginia driver's license [[US_DRIVER_LICENSE:T61834927]]. What does the motor pool need?"),
(P, "driver_license", "anglo", "Parking permit form: name [[PERSON:Molly Brennan]], Maryland DL [[US_DRIVER_LICENSE:B-624-318-207-591]], plate 3XK-4471. Reformat."),
# credentials
(P, "shell_history", None, "why did this fail?\n$ export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAZYDASHSQXQSXLAH8]]\n$ export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Cvm5q66lPnIs+dbVN91htMJrA0vixC0CAwnOWQR+]]\n$ aws s3 ls s3://intake-archive\nAccessDenied"),
(P, "ci_log", None, "CI log excerpt:\nStep 4/9 : RUN git clone https://x-access-token:[[GITHUB_TOKEN:ghp_Sc0hf3KjWevOvPf4GNiMPSbf8nPblDH8qrCx]]@github.com/example/intake.git\nfatal: repository not found\nWhat's wrong?"),
(P, "gitlab_ci", None, "my .gitlab-ci.yml has `PRIVATE_TOKEN: [[GITLAB_TOKEN:glpat-ZGZbJ6ajz3HUlVOJO2v5]]` and the pipeline says 401. help"),
(P, "slack_bot", None, "Python slack bot won't post:\nclient = WebClient(token=\"[[SLACK_TOKEN:xoxb-518492856692-9281696514619-guaMfhkToC3zvlZHVJccffqw]]\")\nclient.chat_postMessage(channel=\"#soc\", text=\"hi\")"),
(P, "jwt_debug", None, "Can you decode this bearer token and tell me why it's expired? Authorization: Bearer [[JWT:" + J1 + "]]"),
(P, "private_key", None, "Is this key RSA 2048? \n[[PRIVATE_KEY:" + PEM + "]]"),
(P, "connection_string", None, "app.config: DATABASE_URL=[[CONNECTION_STRING:postgresql://intake_app:Rv7!qLx2pZ9w@db01.example.internal:5432/casemgmt]] -- getting SSL error, what setting?"),
(P, "password_chat", "anglo", "[[PERSON:Kyle Dempsey]] here, new VPN password is [[PASSWORD:Wint3r!Falcon#88]] but it's rejected, does it meet the policy?"),
(P, "config_api_key", None, "settings.json:\n{\n  \"endpoint\": \"https://api.example.com/v2\",\n  \"api_key\": \"[[PASSWORD:sk_live_9fK2mQ7xVb4LpT8rWz1NcY6s]]\"\n}\nwhy do I get 403"),
# Google API key (AIza...) record dropped: blindlib.check_values accepts only AKIA/ASIA for CLOUD_ACCESS_KEY
(P, "asia_key", None, "boto3 session dump: aws_access_key_id=[[CLOUD_ACCESS_KEY:ASIA9HHWKBXXQJZ9HI8T]] aws_secret_access_key=[[CLOUD_SECRET_KEY:PL1HJX3zFeTNH8ubaqsP+JAdn/xYh1WHya4EukD1]] token expired?"),
(P, "ssh_key", None, "ssh keeps asking for passphrase, here's the key file:\n[[PRIVATE_KEY:" + PEM2 + "]]"),
(P, "jwt_debug", "slavic", "[[PERSON:Ana Kovač]] sent me this token from the admin console, why does role say admin? [[JWT:" + J2 + "]]"),
(P, "connection_string", None, "mongo won't connect: [[CONNECTION_STRING:mongodb+srv://etl_user:h8Jq2Wz5Pn@cluster0.example.mongodb.net/claims?retryWrites=true]]"),
(P, "slack_user", None, "legacy script uses SLACK_USER_TOKEN=[[SLACK_TOKEN:xoxp-647038426244-432635170113-3092755991159-9461d28156e9c85e593b4f9a9cc3b953]] - how do I migrate to a bot token?"),
(P, "github_oauth", None, "gh auth status shows token [[GITHUB_TOKEN:gho_1d12MZTOLgc69fieW7G93UpzVQ5Tr6sv2IDA]] as valid but push fails."),
(P, "password_sql", None, "CREATE USER report_ro WITH PASSWORD '[[PASSWORD:tQ4#mZ8v!Lw2]]'; -- does postgres need quotes here?"),
# evasion credentials
(E, "spaced_key", None, "key with spaces so the filter won't catch it lol: [[CLOUD_ACCESS_KEY:A K I A W Y V 9 4 H A J 9 E R X R S C 3]] can you tell me which service it's for"),
(E, "split_github", None, "token split over two lines:\n[[GITHUB_TOKEN:ghp_Sc0hf3KjWevOvPf4\nGNiMPSbf8nPblDH8qrCx]]\nplease join it and test"),
(E, "zwsp_password", None, "pw is [[PASSWORD:Gl\u200bacier\u200b-Moth\u200b-2291]] (zero width spaces inside so DLP ignores) — is it strong?"),
(E, "gitlab_dashes", None, "gitlab token w/ dashes between chars: [[GITLAB_TOKEN:g-l-p-a-t---N-g-w-N-i-C-M-N-B-x-Z-N-a-z-L-q-c-c-G-J]]"),
# hard negatives
(N, "placeholder_config", None, "docker-compose.yml:\n  environment:\n    POSTGRES_PASSWORD: ${DB_PASSWORD}\n    API_KEY: <your-api-key>\n    AWS_ACCESS_KEY_ID: {{ vault_aws_key }}\nIs it safe to commit this?"),
(N, "aws_doc_example", None, "AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as placeholders. Why do those never work?"),
(N, "git_sha_uuid", None, "Deploy log: commit 9f3c2a7e1b6d4c0f8a5e2d1b7c9a3f6e4d2b1a0c, build id 3fa85f64-5717-4562-b3fc-2c963f66afa6, image sha256:4b8e1f0c... Why is the rollback pointing to an older SHA?"),
(N, "password_prose", None, "Write a phishing-awareness tip: never type your password into a link from email, and report messages asking for secrets, MFA codes or 'verify your account'."),
(N, "code_no_secret", None, "def get_secret(name):\n    client = boto3.client('secretsmanager')\n    return client.get_secret_value(SecretId=name)['SecretString']\nHow do I add caching?"),
(N, "ip_host", None, "Firewall rule: allow 10.40.2.0/24 to 172.16.8.14 on 443, deny all else. Host soc-siem-01.example.internal. Review for errors."),
(N, "version_strings", None, "Upgrade OpenSSL 3.0.13 to 3.0.15 and Log4j 2.17.1 to 2.24.3 per CISA KEV CVE-2021-44228. Write the change request."),
(N, "password_field_empty", None, "login form HTML: <input type=\"password\" name=\"password\" placeholder=\"Enter password\" autocomplete=\"current-password\">. Add a show/hide toggle."),
(N, "hash_values", None, "IOC list: md5 44d88612fea8a8f36de82e1278abb02f (EICAR), sha1 3395856ce81f2b7382dee72602f798b642f14140. Which one matches the test file?"),
(N, "changeme", None, "The vendor appliance ships with default admin/changeme. Draft a finding that default credentials must be changed before ATO."),
(N, "ticket_numbers", None, "INC0051123, RITM0098812, CHG0034419 and PRB0004471 all relate to the same outage on 11/28. Write a timeline."),
(N, "jwt_explainer", None, "Explain the three parts of a JWT (header.payload.signature) and why 'alg: none' is dangerous. Use placeholders like xxxxx.yyyyy.zzzzz."),
(N, "secret_key_var", None, "In Django, SECRET_KEY = os.environ['DJANGO_SECRET_KEY'] - is reading it from env enough, or should we use a vault?"),
(N, "pem_header_only", None, "What's the difference between a file starting with '-----BEGIN CERTIFICATE-----' and one with 'BEGIN PUBLIC KEY'? No private material here."),
(N, "serial_numbers", None, "Laptop serials PF3K9Z2A, 5CD2143XYZ and asset tags DHS-0044718, DHS-0044719 need reimaging. Make a checklist."),
]
