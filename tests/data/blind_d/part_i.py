# Hard negatives, part 2
R = []
def H(tag, text): R.append(("hard_negative", tag, None, text))

H("ssi_benefit_sense", """Explain in plain words: some asylum applicants ask whether receiving SSI (Supplemental Security Income) affects the public charge test. Give a neutral two-paragraph answer with no legal advice.""")
H("french_les", """Traduis en anglais: Les documents doivent être déposés avant le 15 janvier. Les demandeurs recevront une notification par courrier. Les bureaux seront fermés le 1er janvier.""")
H("secret_santa", """Write a cheerful reminder: Secret Santa gift exchange is Dec 18 in the 4th floor break room, $20 limit. Keep your assignment secret!""")
H("classified_ads", """Rewrite this newsletter bit: The classified ads section is back — post your carpool offers and used furniture on the intranet board. Please keep posts work-appropriate.""")
H("form_template_blank", """Convert this form template to an HTML form with proper labels:

Applicant name: ____________________
Date of birth (MM/DD/YYYY): ___/___/______
A-Number (if any): A-___-___-___
Phone: (___) ___-____
Signature: ____________________ Date: __________""")
H("regex_ssn", """Write a Python regex that validates US SSNs (reject 000, 666 and 9xx area numbers, 00 group, 0000 serial) and show unit tests using obviously fake placeholders like XXX-XX-XXXX.""")
H("pandas_ssn_column", """This pandas line is slow on 4M rows, how do I vectorise it?

df["ssn_clean"] = df["ssn"].apply(lambda s: s.replace("-", "") if isinstance(s, str) else s)
df["dob"] = pd.to_datetime(df["dob"], errors="coerce")""")
H("uuid_hashes", """What's the difference between these two IDs in our logs? request_id=3f9c2a71-8d4b-4e0f-9a62-1c7b5e8d04aa and commit 9e4b7c1d2a0f8e6b5c4d3a2f1e0d9c8b7a6f5e4d. Are either of them sensitive?""")
H("sha256_checksum", """Verify I'm reading this right: the installer's published SHA-256 is 4a7d1ed414474e4033ac29ccb8653d9b5f2d2a7d9c8b7e0f1a2b3c4d5e6f7a8b and mine matches. Write the PowerShell to check it.""")
H("teams_roles_only", """Turn this into minutes:
Watch Officer (0700): overnight quiet, two SAR cases closed
Duty Supervisor: any asset changes?
Watch Officer: 45-footer from Station Galveston back in service
Command Center: copy, updating board""")
H("email_no_names", """Make this email shorter:

Team,
Reminder that timecards for pay period 25 are due by noon Monday. If you were on TDY, attach the approved travel authorization. Questions go to the admin inbox.
Thanks,
The Front Office""")
H("ocr_blank_notice", """Clean up this OCR of a generic notice:
U.S. Citizenship and lmmigration Services
NOTlCE OF ACTlON
Receipt Notice — please keep this notice for your records.
Processing times can be checked online at egov.uscis.gov/processing-times""")
H("translated_guidance", """Translate to Vietnamese: Bring your appointment notice and a photo ID. Children must be accompanied by a parent or legal guardian. Interpreters are available on request.""")
H("edipi_explainer", """What is a DoD EDIPI, how many digits does it have, and where does it appear on a CAC? Keep it short.""")
H("anumber_explainer", """Explain to a new contractor what an A-Number is, how it's formatted (A followed by 8 or 9 digits), and why they should never paste one into a chatbot.""")
H("log_with_version_ips", """Why does the health check fail?
[health] GET /status -> 503 (build 5.12.0.44, schema 2026.11.3)
[health] upstream pool=casesvc members=3 healthy=0
[health] retry in 30s""")
H("cron_config", """Explain this crontab:
15 2 * * 1-5 /opt/etl/bin/nightly.sh >> /var/log/etl/nightly.log 2>&1
0 */4 * * * /opt/etl/bin/sync_ref_tables.sh
30 23 28-31 * * [ "$(date -d tomorrow +\\%d)" = "01" ] && /opt/etl/bin/month_end.sh""")
H("k8s_secret_ref", """Is this deployment referencing the secret correctly?

env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: casesvc-db
        key: password
  - name: SLACK_WEBHOOK_URL
    valueFrom:
      secretKeyRef:
        name: ops-alerts
        key: url""")
H("netrc_explainer", """How does a .netrc file work with curl and git? Show the format with placeholder values like <your-username> and <your-token>, not real ones.""")
H("html_page_public", """Fix the accessibility issues in this snippet:
<div class="alert"><img src="flag.png"><b>Notice:</b> The office will be closed on Veterans Day, November 11. Online services remain available.</div>""")
H("budget_csv", """Sum by quarter:
quarter,program,obligated
Q1,BRIC,14500000
Q1,HMGP,22100000
Q2,BRIC,9800000
Q2,HMGP,31050000""")
H("confidential_informant_policy", """Summarise in two lines: The directive describes how to document the approval process for confidential informants and the required supervisory reviews. It does not change existing retention schedules.""")
H("case_number_label", """Explain the case number format: our internal case IDs are like CAS-2026-0041183 and the legacy ones look like 219-04-1183. Which should go on the new report template?""")
H("place_names_capital", """Rank these staging locations by drive time from Mobile: Hope Hull, Faith (NC), Kingsland, Richland, Youngstown. Assume interstate routes.""")
H("training_marking_slide", """Rewrite this slide bullet list:
- Banner markings go at the top and bottom of each page
- Portion markings go before each paragraph
- Use the highest classification of any portion for the banner
- Questions? Contact your Security Specialist""")
H("tsa_fact", """Make this tweet-length: TSA screened more than 3 million passengers on the Sunday after Thanksgiving, a new record. Arrive early and have your ID ready.""")
H("cve_note", """Summarise CVE-2026-21844 for the CISO brief: remote code execution in a widely used VPN appliance, CVSS 9.8, patch released 11/24, active exploitation reported. Recommend patching within 72 hours.""")
H("weather_brief", """Turn into a short brief: Winds 25 kt gusting 35, seas 8–10 ft, small craft advisory through Thursday 0600. Visibility 2 nm in rain.""")
H("powershell_script", """Why does this fail on Server 2022?

$cred = Get-Credential
Invoke-Command -ComputerName $servers -Credential $cred -ScriptBlock {
    Get-Service -Name 'W3SVC' | Restart-Service -Force
}""")
H("interview_questions", """Suggest neutral follow-up questions for a credible fear interview about the applicant's travel route, without assuming facts. Keep them open-ended.""")
H("mou_clauses", """Simplify this MOU clause: Each party shall protect information received under this agreement in accordance with its own laws and shall not disclose it to third parties without prior written consent, except as required by law.""")
H("sar_stats_table", """Make a chart description from this:
| District | SAR cases | Lives saved |
|---|---|---|
| D7 | 2,410 | 612 |
| D8 | 1,980 | 477 |
| D11 | 1,205 | 233 |""")
H("meeting_dates", """Schedule these: kickoff 01/12/2027, design review 02/09/2027, pilot go-live 04/01/2027, retrospective 04/22/2027. Any conflicts with federal holidays?""")
H("fedramp_question", """Which FedRAMP impact level would a chatbot that sees Privacy Act data need, and what does ATO stand for?""")
H("sql_create_table", """Normalise this schema:
CREATE TABLE applicant (
  id SERIAL PRIMARY KEY,
  full_name TEXT NOT NULL,
  dob DATE,
  ssn CHAR(9),
  a_number VARCHAR(10),
  phone VARCHAR(20),
  email TEXT
);""")
H("js_fetch_env", """Refactor to async/await:

fetch(`${process.env.API_BASE}/cases`, { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } })
  .then(r => r.json())
  .then(data => render(data))
  .catch(err => console.error(err));""")
H("phone_extension_internal", """Clean up: For the helpdesk dial extension 4-4357 (4-HELP) from any desk phone; after hours use the main operator line listed on the intranet.""")
H("grammar_generic_case", """Fix the grammar: The applicant state that he arrive in 2019 and has been working in construction since, his wife and two children is living with him.""")
H("export_control_question", """Is "Distribution Statement A: approved for public release" the same as not having any CUI? How do the two systems relate?""")
H("model_numbers", """Which of these radios are P25 compliant? APX 8000 (model H91TGD9PW7AN), XTS 5000, APX N70. Versions R22.10.01 and R23.01.00.""")
H("recipe_confidential", """Write a potluck sign-up message; Chief's chili recipe stays confidential but the cornbread is from the church cookbook.""")
H("airport_codes", """Convert airport codes to city names: IAH, MIA, JFK, SEA, HNL, SJU, GUM, ANC.""")
