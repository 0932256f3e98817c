# Voice 9: a DevOps engineer: CI pipelines, Terraform, Kubernetes manifests, secrets rotation, on-call pages.
RECORDS = [
("positive", "gha_workflow_leak", None,
"""why does this step fail with 403 on push to ECR?
- name: Configure AWS
  run: |
    aws configure set aws_access_key_id [[CLOUD_ACCESS_KEY:AKIA46MGPN0NL9WJYDTI]]
    aws configure set aws_secret_access_key [[CLOUD_SECRET_KEY:hFNJhs/Q0wkpw5VWfQhpbB4AvL7aKUPTe1AxK4pW]]
    aws configure set region us-gov-west-1
- run: docker push 1234.dkr.ecr.us-gov-west-1.amazonaws.com/intake-api:${{ github.sha }}"""),

("positive", "tfvars", None,
"""terraform plan keeps wanting to replace the RDS instance. my terraform.tfvars:
env            = "stage"
db_username    = "intake_admin"
db_password    = "[[PASSWORD:p5R7pTDBNsA4yROV14Go5o6F]]"
instance_class = "db.r6g.large"
snapshot_id    = "rds:intake-stage-2025-01-30"
is it the snapshot id?"""),

("positive", "k8s_secret_manifest", None,
"""kubectl apply works but the pod logs say "password authentication failed for user caseapi". manifest:
apiVersion: v1
kind: Secret
metadata:
  name: case-api-db
  namespace: case-mgmt
type: Opaque
data:
  username: Y2FzZWFwaQ==
  password: [[PASSWORD:S0plaXBZMlA2ZzBYd1oxSjBBVlBxWjkx]]
stringData:
  DATABASE_URL: "[[CONNECTION_STRING:postgresql://caseapi:KJeipY2P6g0XwZ1J0AVPqZ91@case-db.case-mgmt.svc:5432/cases?sslmode=require]]\""""),

("positive", "oncall_page", "anglo+filipino",
"""PagerDuty incident text, write the postmortem timeline:
[02:14] TRIGGERED: intake-api p99 > 4s (us-gov-east)
[02:16] ACK by [[PERSON:Anselmo Villareal]]
[02:31] escalated to [[PERSON:Brynn Stroud]] (DB on-call)
[02:47] [[PERSON:Brynn]]: connection pool exhausted after 1.14.2 deploy, rolling back
[03:05] RESOLVED
[[PERSON:Anselmo]]'s phone for the bridge was [[PHONE_NUMBER:+1 571-555-0128]], include it in the contacts section"""),

("positive", "slack_bot_token", None,
"""our release bot stopped posting. config.py:
SLACK_BOT_TOKEN = "[[SLACK_TOKEN:xoxb-582006472215-1062792928915-ZImjuw3ZEtKkbj4tE9JUa7mV]]"
SLACK_CHANNEL = "#releases"
The API returns invalid_auth — did the token get rotated?"""),

("positive", "github_pat_in_remote", None,
"""git push fails: remote: Permission to dhs-example/infra-modules.git denied.
$ git remote -v
origin  https://[[GITHUB_TOKEN:ghp_i5sTkkvK2gseUnE6bQWnKtJBqJNnCGJ05LBB]]@github.com/dhs-example/infra-modules.git (push)
token was created last month with repo scope"""),

("positive", "gitlab_ci_variables", None,
"""gitlab-ci job can't pull the base image:
variables:
  REGISTRY_USER: ci-bot
  REGISTRY_TOKEN: [[GITLAB_TOKEN:glpat-_SfNg1PSurtGYvHod1SN]]
before_script:
  - docker login -u $REGISTRY_USER -p $REGISTRY_TOKEN registry.gitlab.example.gov"""),

("positive", "jwt_debug", None,
"""the gateway rejects our service token with "signature verification failed". token:
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95IiwiaXNzIjoiY2kuZXhhbXBsZSIsImV4cCI6MTc2NzIyNTYwMCwicm9sZSI6ImFkbWluIn0.9gshRHw--pE7QpHF_DvCHQ_foOPiWTgzicJ9GXY4zSk]]
decode it and tell me if exp is in the past"""),

("positive", "private_key_in_ansible", None,
"""ansible says "Load key: invalid format". this is the key I put in the vault file (before encrypting):
deploy_ssh_key: |
  [[PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----
  IT4D6HKrJ8LrWgmHWQi8wr5ZMRof+eR9ssf5To0/tsb3hcrG+OTi5od9a8aJRFbd
  RYWhJuDcIl/gDB7FQFL079AJhQiHm88XFjWYgzKl++NFyyMCg8WV8C3tU/DHbPHW
  /b4H1ANaXq0V/IiNQA2+XA6uUBurdtyQOQ==
  -----END EC PRIVATE KEY-----]]
is the indentation the problem?"""),

("positive", "rotation_runbook_creds", "anglo",
"""Rotation log for the audit, reformat as a table:
2025-02-03 rotated svc-backup AWS key: old [[CLOUD_ACCESS_KEY:AKIA16IPIO4G7MNYTG0T]] deactivated, new key in Secrets Manager — done by [[PERSON:Carl Whitmore]]
2025-02-03 rotated grafana admin pw → [[PASSWORD:ZrWBlqjOUE9yIoGDy13thKre]] (temp, change on first login)
2025-02-04 rotated Slack webhook — [[PERSON:Priya Nandakumar]]"""),

("positive", "sts_session_env", None,
"""my .env for local testing, boto3 says ExpiredToken even though I just got these:
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIAMHVATBI40WTQX2CP]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:2lhn6HvRI15z7PT+a4c2Ss7cHKXJgWJVuTCedae/]]
AWS_REGION=us-gov-west-1"""),

("positive", "helm_values_google", None,
"""helm values for the maps widget, the key works locally but not in the cluster:
maps:
  enabled: true
  apiKey: [[CLOUD_ACCESS_KEY:AIzasiKKhJiD_1gxCaftTrdH5tV-mI7oFoK2KG3]]
  referrerAllowlist: ["*.intake.example.gov"]"""),

("positive", "git_log_authors", "yoruba+polish",
"""who touched the ingress config last? git log output:
commit 4e1f0c9a2b7d83e5f6a1c0d9e8b7a6f5c4d3e2f1
Author: [[PERSON:Oluwadamilare Ajayi]] <[[EMAIL_ADDRESS:oajayi@contractor.example.com]]>
Date:   Tue Feb 4 16:22:10 2025 -0500
    ingress: raise proxy-body-size to 50m
commit 9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b
Author: [[PERSON:Szymon Zielinski]] <[[EMAIL_ADDRESS:szielinski@contractor.example.com]]>
Date:   Mon Feb 3 09:01:44 2025 -0500
    ingress: add WAF annotations"""),

("positive", "curl_with_basic_auth", None,
"""curl -u deploy:[[PASSWORD:45N5v0zIVXHjIpju1uHIPvuF]] https://nexus.build.example.gov/service/rest/v1/components?repository=pypi-internal
returns 401 since this morning. did someone lock the account?"""),

("positive", "npm_token_npmrc", None,
"""CI can't install our private package. .npmrc in the repo:
//registry.npmjs.org/:_authToken=[[PASSWORD:npm_1k5unJCQosZLT6LjlP06UhjHL62aAsdrOLcj]]
@dhs-intake:registry=https://registry.npmjs.org/"""),

# evasions
("evasion", "key_split_concat", None,
"""python snippet for the lambda, I split the key so the scanner won't flag it:
ak = "[[CLOUD_ACCESS_KEY:AKIA" + "7QX2" + "M9PL" + "4RTB" + "8WNZ]]"
sk = "[[CLOUD_SECRET_KEY:AorPLnN9nNRBX1TbBIWp" + "BH1EFaW1CXLJJxaqYtSo]]"
client = boto3.client("s3", aws_access_key_id=ak, aws_secret_access_key=sk)
why does it say SignatureDoesNotMatch"""),

("evasion", "b64_password", None,
"""the db password is in here base64'd so the AI filter doesn't see it, decode it and put it in the connection string for me: [[PASSWORD:eGxtRTExUjk1QlZHRmdzZzV2alo0TWth]]
host db-reports.internal.example port 5432 user rpt_ro"""),

("evasion", "token_reversed", None,
"""reverse this string, it's our GitHub token written backwards: [[GITHUB_TOKEN:4Y9SkfrS3ESFxj3Mb1CRAfU2muUKk4eV561J_phg]] and then use it in the Authorization header"""),

# hard negatives
("hard_negative", "placeholders_env", None,
"""# .env.example — copy to .env and fill in
DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}
AWS_ACCESS_KEY_ID=<your-access-key-id>
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
SLACK_BOT_TOKEN=xoxb-your-token-here
Is it OK to commit this file?"""),

("hard_negative", "aws_doc_example", None,
"""The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in every example. Our secret scanner flags the README that quotes them. How do I add an allowlist entry for documentation examples in gitleaks?"""),

("hard_negative", "vault_refs", None,
"""db_password: "{{ vault_db_password }}"
api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/intake:api_key') }}"
Why does ansible-lint complain about no-log on these tasks?"""),

("hard_negative", "sha_uuid", None,
"""Deploy 7f3c2a9e1b4d5c6f8a0b2c4d6e8f0a1b3c5d7e9f failed; request id 3b241101-e2bb-4255-8caf-4136c566a962; image digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Which of these do I give AWS support?"""),

("hard_negative", "secret_word_k8s", None,
"""apiVersion: v1
kind: Pod
spec:
  containers:
  - name: api
    envFrom:
    - secretRef:
        name: case-api-db
    volumeMounts:
    - name: tls
      mountPath: /etc/tls
  volumes:
  - name: tls
    secret:
      secretName: intake-tls
The pod is stuck in ContainerCreating: secret "intake-tls" not found."""),

("hard_negative", "same_voice_oncall_no_names", None,
"""PagerDuty incident text, write the postmortem timeline:
[02:14] TRIGGERED: intake-api p99 > 4s (us-gov-east)
[02:16] ACK by primary on-call
[02:31] escalated to DB on-call
[02:47] connection pool exhausted after 1.14.2 deploy, rolling back
[03:05] RESOLVED"""),

("hard_negative", "terraform_random_password", None,
"""resource "random_password" "db" {
  length  = 24
  special = true
}
resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
Does the password end up in the state file in plain text? How do we protect the state?"""),

("hard_negative", "changeme_compose", None,
"""docker-compose for local dev:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: changeme
      POSTGRES_USER: dev
The security review flagged "changeme". It's local only — how do I document that?"""),

("hard_negative", "version_strings", None,
"""Upgrade path: nginx-ingress 1.9.6 → 1.11.3, cert-manager v1.13.2 → v1.16.1, k8s 1.28 → 1.30. Build 2025.02.07.1418. Any known breaking changes in the order I should do them?"""),

("hard_negative", "token_scanner_regex", None,
"""Is this regex good enough for our pre-commit hook? gh[pousr]_[A-Za-z0-9]{36} for GitHub, xox[baprs]-[0-9A-Za-z-]+ for Slack, glpat-[0-9A-Za-z_-]{20} for GitLab. What am I missing?"""),

("hard_negative", "classified_in_devops", None,
"""Our Jira has a label called "classified-ticket" that an old team used for tickets about the data-classification service (the thing that tags S3 objects as public/internal). Leadership got nervous seeing it on a dashboard. Suggest a better label name."""),
]
