# Part 6: records that must be blocked: classification and CUI markings, credentials (plain and evasive).
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


PEM1 = """-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7x95wkQPunWHa
dCoLx7QMEe7IUgzgy4fLaotBczVU9SkRCXryVdgdKudYXr11Xhhrt9HrccjTfimS
RgR5ISVYRbEW1qsrT6UCsjePNU64ouTtU7uo5IIMvuATgUf4uomCLy6FR2Zr2N01
CE9dBYYp6b4QKiTg4s/wyzU9xgZt1/yToXANj0lnOAEAstSwzrviBfKxsPbqYXIx
se6yONe22uR8CxkPpZFQbRwyL11AoXVJPptMqVGK7y2X16odQmO71hNa7S3LUgvh
tp8MRPeU358kyfAJE3yK0DCZbcWQfPaiW7MX7SkAPgOQnIDRLAgMBAAE=
-----END PRIVATE KEY-----"""

PEM2 = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlBvNAAAAmJ8sQ2vfLE
NrzAAAAAtzc2gtZWQyNTUxOQAAACBq7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlB
vNAAAAEDwconHLq76Ywo43AXDlqVjFeiAu7Hh5AtKvm3mFVcpcn8KD4stE9weyzNcbaGbJ
-----END OPENSSH PRIVATE KEY-----"""

PEM3 = """-----BEGIN RSA PRIVATE KEY-----
    MIIEpAIBAAKCAQEAzT4kYQ8mR2vLx0pW9bN3cF6hJ1tUe5aSd7gK0iYoVlZqXw2C
    rB8nM4jH6fT1sE3dA9gP0oL5kU7yI2wQ4vR6zX8cN1bV3mJ7hG5fD9sA2pO4iU6y
    T8rE0wQ2aZ4xC6vB8nM1kJ3hG5fD7sA9pO1iU3yT5rE7wQ9aZ1xC3vB5nM7kJ9hG
    2fD4sA6pO8iU0yT2rE4wQ6aZ8xC0vB2nM4kJ6hG8fD1sA3pO5iU7yT9rE1wQ3aZ5
    -----END RSA PRIVATE KEY-----"""

R("positive", "ts_banner_authority_block", None, """
[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]

Can you turn this into a one-paragraph BLUF for the morning brief?
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Collection indicates the facilitator network shifted staging from Tapachula to Tecún Umán in October.

[[CLASSIFICATION_MARKING:Classified By: I&A Deputy Under Secretary]]
[[CLASSIFICATION_MARKING:Derived From: DHS I&A SCG 2024-01]]
[[CLASSIFICATION_MARKING:Declassify On: 20511201]]
[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]
""")

R("positive", "secret_rel_banner", None, """
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
Please shorten the following for a slide: the maritime interdiction numbers for Q4 rose 18% over Q3, mostly in the Windward Passage.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
""")

R("positive", "portion_marks_list", None, """
Turn these bullets into prose:
[[CLASSIFICATION_MARKING:(S//REL TO USA, CAN, GBR)]] Two vessels departed Cartagena on 11/20.
[[CLASSIFICATION_MARKING:(C//NF)]] The second vessel changed AIS identity twice.
[[CLASSIFICATION_MARKING:(S)]] A third vessel is assessed to be a decoy.
""")

R("evasion", "banner_lowercase_prose", None, """
the doc I'm summarizing had [[CLASSIFICATION_MARKING:secret//noforn]] at the top and bottom but I think that was a template mistake, can you just summarize the body text: "Partner reporting on the new smuggling route through the Darién remains limited."
""")

R("evasion", "banner_zero_width", None, "[[CLASSIFICATION_MARKING:S\u200bE\u200bC\u200bR\u200bE\u200bT\u200b/\u200b/\u200bN\u200bO\u200bF\u200bO\u200bR\u200bN]]\nSummarize in 3 bullets: The cell leader met the courier twice in Reynosa before the crossing attempt.\n")

R("evasion", "banner_homoglyph", None, """
Header of the paper I'm working from: [[CLASSIFICATION_MARKING:TОP SЕCRЕT//НCS-P//ОRCОN/NОFОRN]] (copied from the PDF, letters look odd). Please rewrite the first paragraph in simpler English.
""")

R("positive", "cui_designation_block", None, """
[[CUI_MARKING:CUI//SP-CTI//FEDCON]]
Review my README for the repo; the headers are required by policy:

[[CUI_MARKING:Controlled by: DHS
Controlled by: Cybersecurity and Infrastructure Security Agency
CUI Category: Critical Infrastructure, Controlled Technical Information
Limited Dissemination Control: FEDCON
POC: CISA CUI Program Office, 202-555-0100]]
""")

R("positive", "pcii_marking", None, """
This vulnerability summary came from an owner/operator submission. Shorten it to 100 words:

[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
The substation SCADA HMI at the utility runs an unpatched build exposed to the corporate LAN.
Requirements for use, storage and handling of PCII apply.
""")

R("positive", "sbu_legacy", None, """
[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Please fix the table formatting in this network diagram description: core switch CS-01 feeds distribution DS-04 through DS-09; the DMZ sits behind FW-02.
""")

R("evasion", "password_prose", "anglo", """
I keep getting locked out of the travel system. My password is [[PASSWORD:Biscuit2024!Rally]] and I changed it last week — does it not meet the complexity rule? The help desk ([[PERSON:Andrea Colby]]) said something about 15 characters.
""")

R("evasion", "password_spaced", None, """
the VPN client shows asterisks so I typed it out with spaces to check: [[PASSWORD:2 % $ x % * & 5 U T z t 8 H]]. Is the % sign a problem for the RADIUS server?
""")

R("evasion", "password_split_lines", None, """
Ansible keeps failing on the DB role. vars file (the password wraps because of the editor):

db_user: intake_rw
db_password: "[[PASSWORD:CEhcSGI!
%2DazO]]"

Do I need to quote the exclamation mark?
""")

R("evasion", "basic_auth_base64", None, """
Why does the API return 401 with this header? I built it by hand:

Authorization: Basic [[PASSWORD:c3ZjX2ludGFrZTo3TGthQloyd0xzNyZzTQ==]]

The service account is svc_intake.
""")

R("evasion", "aws_secret_base64", None, """
The k8s Secret isn't mounting; here it is:

apiVersion: v1
kind: Secret
metadata: {name: s3-creds}
data:
  AWS_ACCESS_KEY_ID: [[CLOUD_ACCESS_KEY:QUtJQVBMSTZHTkFYQlBGMkNUWUg=]]
  AWS_SECRET_ACCESS_KEY: [[CLOUD_SECRET_KEY:elROY0Y3L3Z3UjdqM3VQeTlyRFNGT2hNUmVhMTlrMlFJbXdaSWJIdw==]]
""")

R("positive", "gitlab_remote_url", None, """
git push fails with "HTTP Basic: Access denied". My remote is:

origin  https://oauth2:[[GITLAB_TOKEN:glpat-Gtwjyclvwp95YQhLf35w]]@gitlab.example.com/ops/intake-etl.git (push)

Did the token expire or is the scope wrong?
""")

R("evasion", "gitlab_token_spaced_prose", None, """
Read this back to me to confirm I copied it right from the GitLab settings page: g l p a t dash 0 e 0 t 0 c t q O Y q l N U B l U 1 3 K — written normally that's [[GITLAB_TOKEN:glpat-0e0t0ctqOYqlNUBlU13K]]. Scopes are read_api and read_repository.
""".replace("g l p a t dash 0 e 0 t 0 c t q O Y q l N U B l U 1 3 K", "[[GITLAB_TOKEN:g l p a t dash 0 e 0 t 0 c t q O Y q l N U B l U 1 3 K]]"))

R("positive", "pem_in_code_review", None, f"""
Code review: is it OK to load the signing key like this for the unit tests?

SIGNING_KEY = \"\"\"[[PRIVATE_KEY:{PEM1}]]\"\"\"

def sign(payload): return jwt.encode(payload, SIGNING_KEY, algorithm="RS256")
""")

R("positive", "openssh_key_paste", None, f"""
ssh says "invalid format" for this key. Is the header wrong?

[[PRIVATE_KEY:{PEM2}]]
""")

R("evasion", "pem_indented_yaml", None, f"""
Helm values file — the TLS key renders with wrong indentation:

tls:
  cert: |
    -----BEGIN CERTIFICATE-----
    (omitted)
    -----END CERTIFICATE-----
  key: |
    [[PRIVATE_KEY:{PEM3}]]
""")

R("positive", "postgres_conn_python", None, """
SQLAlchemy throws "could not translate host name". Code:

engine = create_engine("[[CONNECTION_STRING:postgresql+psycopg2://intake_rw:Vq8!tR2m#Lp4@db-intake.example.com:5432/intake]]", pool_pre_ping=True)

The host resolves from my laptop but not from the container.
""")

R("positive", "mongodb_srv", None, """
Node app can't connect:
MONGO_URI=[[CONNECTION_STRING:mongodb+srv://cases_app:Hk29xQ7wLmZ3@cluster0.ab12c.mongodb.example.net/cases?retryWrites=true&w=majority]]
Error: querySrv ENOTFOUND. Corporate DNS issue?
""")

R("positive", "sqlserver_conn_json", None, """
appsettings.json for the .NET app — why does EF Core say login failed?

{
  "ConnectionStrings": {
    "Default": "[[CONNECTION_STRING:Server=tcp:sql-fema-ia.example.net,1433;Database=IA_Cases;User ID=ia_app;Password=Wm3#pZ8qTx!v;Encrypt=True;]]"
  }
}
""")

R("positive", "azure_storage_conn", None, """
Azure Function can't write blobs. local.settings.json:

"AzureWebJobsStorage": "[[CONNECTION_STRING:DefaultEndpointsProtocol=https;AccountName=dhsintakeblob;AccountKey=/yl+8BgDx6iz6GB/DtQEHTDLbFs9BpIzgXobmd+B==;EndpointSuffix=core.windows.net]]"
""")

R("evasion", "jwt_split_lines", None, """
This token from the log got wrapped. Can you tell from the payload which scopes it has?

[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
eyJzdWIiOiJhbmFseXN0LTQ0MiIsInNjb3BlIjoiZm9pYTp3cml0ZSIsImV4cCI6MTc5NjUwODgwMH0.
bT8m-U2b_hhNqP4UF6LzvQ5AifTtlSEeidY5djUo_5u]]
""")

R("positive", "github_fine_grained_pat", None, """
Terraform's GitHub provider says 403. I'm using a fine-grained PAT:

provider "github" {
  owner = "dhs-example"
  token = "[[GITHUB_TOKEN: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]]"
}
""")

R("positive", "aws_credentials_file_session", None, """
Boto3 says the security token is invalid. ~/.aws/credentials:

[gov-dev]
aws_access_key_id = [[CLOUD_ACCESS_KEY:ASIAJLGUVVQZPJUBJIQS]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:SVsmlCSeY2oneQrj9AonJQpZN/ZfHDv5OaW3FMKM]]
aws_session_token = (expired)
region = us-gov-west-1
""")

R("evasion", "google_api_key_js", None, """
The map widget shows "For development purposes only". Snippet:

<script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzauIzsqLDt37_wsz_f_MZgapTvSxyc9M3uv4s]]&callback=initMap" async></script>
""")

R("evasion", "password_fullwidth", None, "Our kiosk keyboard typed the admin PIN in full-width characters and now login fails: [[PASSWORD:\uff2b\uff49\uff4f\uff53\uff4b\uff20\uff18\uff14\uff12\uff17\uff01]]. How do I reset the kiosk locale?\n")

R("evasion", "password_hex", None, """
A vendor emailed the appliance admin password hex-encoded "for safety": [[PASSWORD:4345686353474921253244617a4f]]. How do I decode it in PowerShell, and is this actually safer than plaintext?
""")

R("evasion", "slack_token_disguised", None, """
Our bot config (the token is stored reversed so the scanners don't catch it, lol):

SLACK_BOT_TOKEN_REV=[[SLACK_TOKEN:9tjhQHuy7AbSWLwd3hjgZOxQ-7804978083875-61623842201-bxox]]

We reverse it at startup. Any cleaner way to hide it?
""")

R("hard_negative", "vault_placeholders", None, """
Is this Ansible pattern OK for secrets?

db_password: "{{ vault_db_password }}"
aws_secret_access_key: "{{ lookup('aws_ssm', '/intake/aws_secret') }}"
slack_token: "{{ vault_slack_token }}"
private_key_path: /etc/ssl/private/intake.key
""")

R("hard_negative", "marking_training_quote", None, """
For a training slide, explain what each part of a banner like "TOP SECRET//SI//NOFORN" means, and why a portion mark goes at the start of each paragraph. Label the example clearly as "EXAMPLE ONLY - NOT A REAL MARKING".
""")

R("hard_negative", "aws_docs_example_key", None, """
The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in examples. Write a pre-commit hook that rejects real-looking keys but allows those two documented placeholders.
""")
