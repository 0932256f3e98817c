"""Voice t08: S&T lab scientists (data sheets, instrument configs), interagency MOU drafters, audit work-paper preparers.
Shapes: Terraform, Ansible inventories, PowerShell history, YAML, CSV lab sheets, work-paper tick marks."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "terraform_keys", "none", """
terraform plan errors with "invalid provider configuration":
provider "aws" {
  region     = "us-east-1"
  access_key = "[[CLOUD_ACCESS_KEY:AKIAKXJIEX81OUAFFK2G]]"
  secret_key = "[[CLOUD_SECRET_KEY:glhJgOpnKARUTq9dINZxe12nZQoKLl+AGtpT45GL]]"
}
resource "aws_s3_bucket" "lab_data" { bucket = "st-chem-lab-sheets" }
""")
R("positive", "ansible_inventory_pw", "none", """
Ansible can't reach the spectrometer hosts:
[spectrometers]
gcms-01 ansible_host=10.40.12.21
gcms-02 ansible_host=10.40.12.22
[spectrometers:vars]
ansible_user=labadmin
ansible_password=[[PASSWORD:d#!rfNAs1xhC5A]]
""")
R("positive", "powershell_history", "none", """
Why did the last command fail? (Get-History)
  41 Connect-AzAccount
  42 $env:GITHUB_TOKEN = "[[GITHUB_TOKEN:ghp_nRcphajnKyq2yJ2HUAJGQi0texquI6xSlsJ5]]"
  43 git clone https://github.com/example-st/lab-parsers.git
  44 Invoke-Sqlcmd -ConnectionString "[[CONNECTION_STRING:Server=stlab-sql01;Database=Assays;User ID=assay_rw;Password=WKojBPsVFKgslB]]" -Query "select 1"
""")
R("positive", "gitlab_ci_token", "none", """
.gitlab-ci.yml fails at the push step:
variables:
  GL_TOKEN: "[[GITLAB_TOKEN:glpat-HdjSSrFWCPlsnEA3oZg2]]"
script:
  - git push https://oauth2:$GL_TOKEN@gitlab.example.com/st/sheets.git
""")
R("positive", "lab_data_sheet", "german", """
Compute the mean recovery from this lab data sheet:
Sample ID | Analyst | Spike (ng) | Found (ng)
ST-CB-0411 | [[PERSON:Jürgen Habermehl]] | 50 | 47.2
ST-CB-0412 | [[PERSON:Jürgen Habermehl]] | 50 | 48.9
ST-CB-0413 | [[PERSON:Friederike Aßmann]] | 100 | 96.1
Reviewed by [[PERSON:Dr. Ilka Bräutigam]]
""".replace("[[PERSON:Dr. Ilka Bräutigam]]", "Dr. [[PERSON:Ilka Bräutigam]]"))
R("positive", "lab_personnel_dutch", "dutch", """
Write a welcome note for the new postdoc [[PERSON:Maarten van der Berg-Hoekstra]], starting 2027-01-04; his badge photo appointment is with [[PERSON:Sanne de Vries]] ([[PHONE_NUMBER:202-555-0164]]).
""")
R("positive", "mou_signatories", "swedish", """
Tighten the signature block of this MOU:
For the Department of Homeland Security, Science and Technology Directorate: ______ [[PERSON:Ingrid Sjöberg-Lindahl]], Division Director, Date: ______
For the partner laboratory: ______ [[PERSON:Pär Nyqvist]], Lab Director
Points of contact: [[EMAIL_ADDRESS:ingrid.sjoberg-lindahl@example.gov]]
""")
R("positive", "audit_workpaper", "hungarian", """
Tidy this audit work paper (tick marks: ✓ agreed to source, Σ footed):
WP B-3 Travel card sample
Cardholder [[PERSON:Szabó Eszter]] card [[CREDIT_CARD:5547 6480 4586 6196]] ✓ $1,204.33 Σ
Cardholder [[PERSON:Kovács Levente]] card [[CREDIT_CARD:5560807325240223]] ✓ $318.90 Σ
Prepared by [[PERSON:Réka Farkas]] 11/30
""")
R("positive", "audit_interview_notes", "czech", """
Summarize my audit interview notes: Interviewed [[PERSON:Vojtěch Dvořáček]] (property custodian). He said the inventory was last done in May. Follow-up with [[PERSON:Zdeňka Procházková]] at [[EMAIL_ADDRESS:z.prochazkova@example.gov]].
""")
R("positive", "mou_georgian_partner", "georgian", """
Draft a short MOU cover email to [[PERSON:Nino Kharabadze]] and [[PERSON:Giorgi Tsiklauri]] at the partner institute in Tbilisi; their phone [[PHONE_NUMBER:+995 32 555 0142]].
""")
R("positive", "st_instrument_yaml", "sri_lankan", """
Is this YAML valid?
instrument: ICP-MS-2
owner: "[[PERSON:Tharindu Abeykoon]]"
owner_phone: "[[PHONE_NUMBER:410-555-0119]]"
calibration_due: 2027-02-01
""")
R("positive", "audit_ssn_sample", "italian", """
Audit sample of payroll records (need a formula to check the net pay):
[[PERSON:Giuseppina Lo Cascio]], SSN [[US_SSN:770-70-3220]], gross 4,210.00, net 3,188.42
[[PERSON:Carmine De Luca]], SSN [[US_SSN:873-38-8588]], gross 3,980.00, net 3,021.77
""")
R("positive", "mou_secret_banner", "none", """
[[CLASSIFICATION_MARKING:SECRET]]
[[CLASSIFICATION_MARKING:Classified By: Director, Office of Mission Capability Support]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG S&T-004]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
Annex B outlines sensor placement. Can you turn this annex into plain bullet points?
""")
R("positive", "lab_cui_pciii", "none", """
[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Pipeline operator vulnerability data from the test bed. Reformat the tables as CSV.
""")
R("positive", "audit_cui_bannered", "none", """
[[CUI_MARKING:CUI//SP-PROCURE]]
Audit finding 3: sole-source justification lacked market research. Reword the recommendation.
""")
R("positive", "jwt_in_curl", "none", """
curl -H "Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdC1sYWItdXBsb2FkIiwiYXVkIjoibGltcyJ9.Zt4Wq9RbN2xVp7LmK0sJd3FhY6uEcG1aOiTkPwB8yXo]]" https://lims.example.gov/api/samples returns 401. What's wrong?
""")
R("positive", "top_secret_banner_lab", "none", """
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
Technical annex: detection thresholds. Summarize section 2 please.
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
""")
R("evasion", "cloud_key_homoglyph", "none", """
Someone pasted this in our wiki with a Cyrillic А at the start: [[CLOUD_ACCESS_KEY:АKIA8HGAGKOUT1WP8P1C]] — is it still a live-looking key?
""")
R("evasion", "secret_marking_leet", "none", """
[[CLASSIFICATION_MARKING:S3CR3T//N0F0RN]]
annex C sensor list, make bullets
""")
R("evasion", "password_in_words", "none", """
The lab tablet password, written out so the filter wouldn't catch it: [[PASSWORD:mango-seven-tulip-NINE-!]] — how do I set it on the other tablet?
""")
# hard negatives
R("hard_negative", "terraform_vars", "none", """
Is this the right pattern?
variable "db_password" { sensitive = true }
provider "aws" { region = var.region }
resource "aws_db_instance" "lab" { password = var.db_password }
""")
R("hard_negative", "ansible_vault_ref", "none", """
[spectrometers:vars]
ansible_user=labadmin
ansible_password="{{ vault_spectro_password }}"
How do I encrypt the vault file?
""")
R("hard_negative", "chemical_cas_numbers", "none", """
Table of CAS numbers: sodium cyanide 143-33-9, ammonium nitrate 6484-52-2, acetone 67-64-1, chlorine 7782-50-5. Add hazard class.
""")
R("hard_negative", "sample_ids_and_lots", "none", """
Reconcile sample IDs ST-CB-0411 to ST-CB-0460 with reagent lots LOT 23K1187, LOT 24B0092. Which lots expired before 2026-10-01?
""")
R("hard_negative", "mou_legal_citations", "none", """
Check the authority paragraph: "This MOU is entered into under the Economy Act, 31 U.S.C. 1535, and the Homeland Security Act of 2002, 6 U.S.C. 182." Anything missing?
""")
R("hard_negative", "audit_standards", "none", """
Explain the difference between GAGAS (the Yellow Book) and the Green Book (Standards for Internal Control) for a new auditor.
""")
R("hard_negative", "scientists_historical", "none", """
For the lab's hallway posters: one sentence each on Marie Curie, Rosalind Franklin, George Washington Carver, and Chien-Shiung Wu.
""")
R("hard_negative", "uuid_lims", "none", """
LIMS returned sample_uuid=7c9e6679-7425-40de-944b-e07fc1f90ae7 and run_uuid=16fd2706-8baf-433b-82eb-8c7fada847da. Are these v4 UUIDs?
""")
R("hard_negative", "contract_numbers", "none", """
Format: Contract 70RSAT26C00000012, Task Order 70RSAT26FR0000041, IAA HSHQDC-17-X-00318. Put them in a table with period of performance.
""")
R("hard_negative", "classification_guide_prose", "none", """
In plain terms, what is a security classification guide, and how does derivative classification differ from original classification? No examples of markings needed.
""")
R("hard_negative", "doc_example_jwt", "none", """
The jwt.io sample token starts with "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" — that's just the base64 of {"alg":"HS256","typ":"JWT"}, right? Explain base64url.
""")
R("hard_negative", "git_sha_list", "none", """
Which commit introduced the regression? 9fceb02d0ae598e95dc970b74767f19372d61af8, 3b18e512dba79e4c8300dd08aeb37f8e728b8dad, e83c5163316f89bfbde7d9ab23ca2e25604af290.
""")
R("hard_negative", "instrument_models", "none", """
Compare Agilent 8890 GC, Thermo Orbitrap Exploris 240 and Bruker Tensor II for our budget line. Serial SN US22094411 is the old one being replaced.
""")

R("positive", "audit_wp_secret_key_owner", "finnish", """
Work paper C-7 exception: the S3 credentials of former employee [[PERSON:Juhani Väisänen]] were still active at test date:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAW57QUDDFYL05SNF8]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:baGNtcgygFZ1U/7wlyJipR37vK/8NXK1BKCYlPkS]]
Write the finding: condition, criteria, cause, effect.
""")
