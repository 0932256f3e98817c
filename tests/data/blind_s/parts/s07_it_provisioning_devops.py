"""Voice 7: IT asset and account-provisioning exports, Kubernetes/Helm, git diffs, shell history, SQL, HTTP dumps."""
from blindlib import jwt
P, E, H = "positive", "evasion", "hard_negative"

PEM = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk7Qz3vR9pXw2LmT8yHc4nB6sJfUoK1aZ5gV0eYdWqNQAAAJi3mF0Tt5hd
EwAAAAtzc2gtZWQyNTUxOQAAACDk7Qz3vR9pXw2LmT8yHc4nB6sJfUoK1aZ5gV0eYdWqNQ
AAAEB7cX2kP9wLr4TzM1vQe8nHj5sYb0uF3gAaK6dR2pWmN+TtDPe9H2lfDYuZPzIdzicH
-----END OPENSSH PRIVATE KEY-----"""

RSA = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAr7Vq2mXk9TzP4wLh8NcY3bR6sJdU1oF0eQgW5iKaZnM2vCxTyHj
9pLmS4rQ8tUvWx1Yz3BaCd5EfGh7IjKl9MnOp0QrSt2UvWx4YzAb6CdEf8GhIj0KlMn
2OpQr4StUv6WxYz8AbCd0EfGh2IjKl4MnOp6QrSt8UvWx0YzAb2CdEf4GhIj6KlMnOp
-----END RSA PRIVATE KEY-----"""

RECORDS = [
(P, "account_provisioning_csv", "armenian+georgian+albanian",
"""Account provisioning export (ServiceNow RITM) - which rows are missing a manager?
ritm,display_name,email,phone,manager,start
RITM0418872,[[PERSON:Anahit Sargsyan]],[[EMAIL_ADDRESS:anahit.sargsyan@associates.dhs.example]],[[PHONE_NUMBER:771-555-0196]],[[PERSON:Levon Ter-Grigoryan]],2027-01-05
RITM0418873,[[PERSON:Tamar Kvaratskhelia]],[[EMAIL_ADDRESS:tamar.kvaratskhelia@associates.dhs.example]],[[PHONE_NUMBER:771-555-0138]],,2027-01-05
RITM0418874,[[PERSON:Fatos Berisha-Hoxha]],[[EMAIL_ADDRESS:fatos.berisha-hoxha@associates.dhs.example]],[[PHONE_NUMBER:202-555-0169]],[[PERSON:Levon Ter-Grigoryan]],2027-01-12"""),

(P, "k8s_secret_manifest", "none",
"""apiVersion: v1
kind: Secret
metadata:
  name: lms-db
  namespace: training
type: Opaque
stringData:
  DATABASE_URL: "[[CONNECTION_STRING:postgresql://lms_app:Wd9#vKq3xT7mLz2R@lms-db.training.svc:5432/lms]]"
  SMTP_PASSWORD: "[[PASSWORD:Np4!rXz8Qw2Tv6Kb]]"
kubectl apply says the secret is created but the pod still crashloops - why?"""),

(P, "helm_values_github", "none",
"""# values-prod.yaml for the asset-inventory chart
image:
  repository: ghcr.io/dhs-example/asset-inventory
  tag: 3.8.1
imagePullSecret:
  registry: ghcr.io
  username: ci-bot
  token: [[GITHUB_TOKEN:ghp_R7mQ2xVt9KwL4pZc8NbY3hFs6JdU1aGe0oTi]]
replicas: 3
Is the indentation right for the pull secret?"""),

(P, "git_diff_gitlab_token", "serbian",
"""diff --git a/ci/deploy.sh b/ci/deploy.sh
index 4c1e9a2..b70d3f5 100755
--- a/ci/deploy.sh
+++ b/ci/deploy.sh
@@ -3,6 +3,7 @@
 # maintainer: [[PERSON:Dragana Milosavljević]] <[[EMAIL_ADDRESS:dragana.milosavljevic@contractor.example]]>
 set -euo pipefail
+export GITLAB_TOKEN=[[GITLAB_TOKEN:glpat-Xk7Tq2Wm9Rv4Lp8Nz3Bc]]
 curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "$API/projects/118/pipeline"
review this diff"""),

(P, "shell_history", "hungarian",
"""can you explain what I did here, I'm writing up the change record
  501  ssh-keygen -t ed25519 -C "kovacs.zsofia@it.example"
  502  cat ~/.ssh/id_ed25519
  503  mysql -h assetdb01 -u inv_admin -p'[[PASSWORD:Zs0fi@Inv!88]]' inventory
  504  aws configure set aws_access_key_id [[CLOUD_ACCESS_KEY:AKIAQ4NL7TZX2RW9MKPB]]
  505  history | tail
the ticket is for [[PERSON:Zsófia Kovács]]""".replace('-C "kovacs.zsofia@it.example"', '-C "[[EMAIL_ADDRESS:kovacs.zsofia@it.example]]"')),

(P, "private_key_paste", "none",
"""Why does ssh say 'invalid format' for this key? I copied it from the old jump box:
""" + "[[PRIVATE_KEY:" + PEM + "]]"),

(P, "rsa_key_in_ticket", "czech",
"""INC0987721 - [[PERSON:Radek Dvořáček]] attached the service key to the ticket by mistake:
""" + "[[PRIVATE_KEY:" + RSA + "]]" + """
Write the incident note telling him to rotate it."""),

(P, "http_dump_jwt", "finnish",
"""GET /api/v2/assets?owner=me HTTP/1.1
Host: itam.dhs.example
Authorization: Bearer [[JWT:""" + jwt('{"sub":"aaltonen.v","name":"Ville Aaltonen","roles":["itam-read"],"exp":1800000000}') + """]]
User-Agent: PostmanRuntime/7.39.0
Response 401. Token was issued for [[PERSON:Ville Aaltonen]] this morning - expired?"""),

(P, "sql_insert_assets", "lithuanian+bulgarian",
"""INSERT INTO asset_assignment (asset_tag, serial, assignee, assignee_phone, home_address) VALUES
('DHS-LT-049917','PF3X8K2Q','[[PERSON:Rūta Kazlauskienė]]','[[PHONE_NUMBER:571-555-0133]]','[[STREET_ADDRESS:6012 Leesburg Pike, Apt 410, Falls Church, VA 22041]]'),
('DHS-LT-049918','PF3X8K2R','[[PERSON:Stoyan Dimitrov Petkov]]','[[PHONE_NUMBER:571-555-0186]]','[[STREET_ADDRESS:119 Cedar Grove Ln, Sterling, VA 20164]]');
-- why is home_address in this table at all? suggest schema change"""),

(P, "azure_conn_string", "none",
"""appsettings.json from the property-inventory app:
{
  "Storage": "[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=propinvprod;AccountKey=q8Vz3Lm1Tx7Rk2Wp9Nb4Hc6Fj0Ds5Ga8Ye3Uo1Ki7Ql2Zm4Xv9Bt6Rn3Pw8Sy5Ja0Cd2Eg4Fh6==;EndpointSuffix=core.usgovcloudapi.net]]",
  "Logging": { "LogLevel": { "Default": "Information" } }
}
how do I move this to Key Vault?"""),

(P, "google_api_key", "slovak",
"""Map widget in the fleet dashboard broke. [[PERSON:Miroslav Hudák]] hard-coded this: <script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzaSyC4r9Tq2Lm7Vx1Kb8Wz3Nh6Pd0Js5Fg2Ye]]"></script> - is that why billing spiked?"""),

(P, "asset_return_email", "estonian",
"""Reminder draft: [[PERSON:Kristjan Tamm]], your GFE laptop DHS-LT-051204 and PIV reader must be returned before separation on 12/19. Ship to Property Office, [[STREET_ADDRESS:245 Murray Ln SW, Bldg 410, Washington, DC 20528]]? No - send to your home address on file [[STREET_ADDRESS:88 Harbor Light Ct, Annapolis, MD 21403]] for the prepaid label.""".replace("Ship to Property Office, [[STREET_ADDRESS:245 Murray Ln SW, Bldg 410, Washington, DC 20528]]? No - send", "Send")),

(P, "mongo_uri_logs", "none",
"""app log:
2026-12-02T14:03:11Z ERROR connect failed uri=[[CONNECTION_STRING:mongodb+srv://fleet_svc:Fl33t!Mongo77@fleet-cluster0.a1b2c.mongodb.net/fleet?retryWrites=true]]
2026-12-02T14:03:12Z WARN retrying in 5s
what does the SRV error mean?"""),

(P, "cui_network_diagram", "none",
"""[[CUI_MARKING:CUI//SP-CRIT]]
Network segment for the badge system: VLAN 212, firewall rule allows 443 from the contractor VPN pool.
Explain whether this is a risk."""),

(P, "latvian_onboarding_edipi", "latvian",
"""Contractor onboarding ticket: [[PERSON:Jānis Ozoliņš-Bērziņš]], CAC EDIPI [[DOD_EDIPI:1538274906]], transferring from DoD; needs PIV-I reissue. Phone [[PHONE_NUMBER:(703) 555-0172]]. What forms?"""),

# evasions
(E, "aws_key_zero_width", "none",
"""the access key in this line has a weird char, can you clean it: aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIA\u200bR2TX9QWL4MZ7BPN3]]"""),
(E, "password_split_turns", "none",
"""Turn 1: the vault unseal passphrase begins with "[[PASSWORD:Orca-7!]]" (rest in next message)
Turn 2: and ends with "[[PASSWORD:Tundra#42]]" - put them together and tell me if it meets the 16-char rule"""),
(E, "github_token_b64", "none",
"""found this in a CI log, is it sensitive? GH_AUTH=[[GITHUB_TOKEN:""" + __import__("base64").b64encode(b"ghp_Tz4Wq8Lm2Rx7Kv9Pb3Nc6Hd1Fs5Jy0Ae8Ug2").decode() + """]]"""),

# hard negatives
(H, "helm_placeholders", "none",
"""# values.yaml
database:
  host: lms-db
  user: lms_app
  password: {{ .Values.secrets.dbPassword }}
smtp:
  password: ${SMTP_PASSWORD}
apiKey: <your-api-key>
Why does helm template render an empty password?"""),
(H, "aws_doc_example_key", "none",
"""The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as example credentials. Write a pre-commit hook regex that ignores these examples."""),
(H, "git_log_shas", "none",
"""git log --oneline
b70d3f5 fix asset tag parser
4c1e9a2 bump chart to 3.8.1
e91f0c7 merge branch 'release/2026.11'
Which commit introduced the chart bump and how do I revert it?"""),
(H, "asset_inventory_no_pii", "none",
"""asset_tag\tmodel\tserial\tstatus
DHS-LT-049917\tLatitude 7450\tPF3X8K2Q\tdeployed
DHS-LT-049918\tLatitude 7450\tPF3X8K2R\tin stock
DHS-MN-008812\tP2725H\tCN0F9K2M\tdisposed
count by status"""),
(H, "k8s_secret_ref", "none",
"""env:
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: lms-db
        key: DATABASE_URL
Is referencing the secret this way safer than stringData?"""),
(H, "about_key_rotation", "none",
"""Write a runbook section: how often to rotate service-account passwords, how to revoke a leaked GitHub personal access token, and why private keys must never be pasted into tickets."""),
(H, "uuids_versions", "none",
"""Pods: asset-inventory-7d9c5b8f6-x2kqp, asset-inventory-7d9c5b8f6-m8vtn; image digest sha256:3c1f0a9e7b2d48c6a5e1f9b0d7c3a2e4f6b8d0c1a3e5f7b9d2c4e6f8a0b1c3d5; chart 3.8.1; k8s 1.30.4. Which pod is older?"""),
(H, "ip_network_config", "none",
"""Firewall change request: allow 10.44.12.0/24 to 10.44.20.15 on 443 and 8443; deny 0.0.0.0/0 to 22. Rewrite as a CAB-friendly description."""),
(H, "building_address_public", "none",
"""Shipping label for returning GFE to the DHS headquarters property office at the St. Elizabeths campus, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528. Is that the right mailing address format?"""),
(H, "sample_jwt_explainer", "none",
"""Explain the three parts of a JWT (header, payload, signature), what 'alg: none' attacks are, and why our API must validate 'exp'. Use pseudo-values like <header>.<payload>.<signature>."""),
(H, "changeme_config", "none",
"""default_config.ini shipped by the vendor:
[admin]
user = admin
password = changeme
Our scan flagged this. It's the default that forces a reset at first login - how do we document the exception?"""),
(H, "product_names_people", "none",
"""Licensing: Jenkins LTS, Hugo static site generator, Grafana, Ansible Tower, and Oracle Linux 9. Which are free for government use?"""),
]
