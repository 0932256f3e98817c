# Hard negatives, part 1
R = []
def H(tag, text): R.append(("hard_negative", tag, None, text))

H("public_contact", """Rewrite this for the FAQ page: If you have questions about your case, call the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833). Do not email case questions to individual officers.""")
H("public_contact", """Make this disaster flyer simpler: Register for assistance at DisasterAssistance.gov or call the FEMA Helpline at 1-800-621-3362. Helpline hours are 7 a.m. to 11 p.m. ET, seven days a week.""")
H("public_contact", """Put this into a slide footer: Report cyber incidents to CISA Central: report@cisa.gov | 888-282-0870 | cisa.gov/report""")
H("public_contact", """Summarise the mailing instructions: Correspondence for the Department should go to U.S. Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0525. Do not send original documents.""")
H("public_contact", """Format as a bulleted list of public contacts for the outreach kit:
TSA Contact Center – 866-289-9673
CBP INFO Center – 877-227-5511
ICE Tip Line – 866-347-2423
FEMA HQ – 500 C Street SW, Washington, DC 20472""")
H("public_contact", """Translate to Spanish: Travelers with disabilities can call TSA Cares at 855-787-2227 at least 72 hours before travel.""")
H("public_contact", """shorten: the Coast Guard headquarters address used on the public website is 2703 Martin Luther King Jr Ave SE, Washington, DC 20593. Media queries go to the public affairs office, not to individual cutters.""")

H("po_number_ssn_shape", """Reconcile these purchase orders against the invoice list:
PO 703-44-1928 — laptops (qty 40) — $48,200.00
PO 703-44-1931 — docking stations — $6,120.00
Invoice INV-2026-11873 references PO 703-44-1928.""")
H("ticket_phone_shape", """Summarise the open tickets:
Ticket 555-0142-77: VPN client crashes on Win11 23H2
Ticket 555-0143-02: printer queue stuck on 4th floor
Change request CHG 212-555-0190 scheduled for Saturday maintenance window.""")
H("contract_number", """Explain this contract line: Contract No. 70SBUR26C00000412, CLIN 0001, Period of Performance 10/01/2026 – 09/30/2027, ceiling $2,450,000.00.""")
H("part_numbers", """Convert to CSV: part no. 301-55-8890 gasket kit; part no. 301-55-8894 impeller; NSN 2815-01-448-3921 engine assembly (RB-M small boat).""")
H("version_ip_like", """Our scanner reports firmware 10.4.12.118 on the perimeter cameras and the vendor says 10.4.13.2 fixes the RTSP bug. Write a short change note asking to upgrade.""")
H("dates_not_dob", """Make a timeline: The storm made landfall on 09/28/2026. Declaration DR-4831 was signed 10/01/2026. Joint PDAs ran 10/03–10/09. The incident period closed 10/15/2026.""")
H("marking_question", """What does NOFORN mean, and how is it different from REL TO? I'm new and the training slides assume I already know.""")
H("marking_training", """Rewrite this course description: This annual refresher covers the handling of SECRET and CUI information, portion marking rules, and how to report a suspected spill to your security officer.""")
H("secret_service", """Summarise: The Secret Service will coordinate the motorcade route with local police; FEMA's role is limited to the medical staging area near the convention center.""")
H("top_secret_recipe", """Write a fun intro for the office chili cook-off email: Bring your top secret recipe, the judges are sworn to confidentiality and the winner gets the golden ladle.""")
H("confidential_ordinary", """Polish this HR reminder: Employee Assistance Program sessions are confidential. Your supervisor will not be told that you called.""")
H("kinship_places", """Translate into Haitian Creole: Applicants may include a spouse, children under 21, and in some cases a parent or grandmother. Offices in Miami, Orlando, and Tampa accept walk-ins only for emergencies.""")
H("code_password_hash", """Review this Python for security issues:

import os, bcrypt
def check_login(user, password):
    stored = user.password_hash
    return bcrypt.checkpw(password.encode(), stored)

API_KEY = os.environ["GEO_API_KEY"]
DB_PASSWORD = os.getenv("DB_PASSWORD")""")
H("config_placeholder", """Is this docker-compose right?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${DB_USER}
      POSTGRES_PASSWORD: ${DB_PASSWORD}
  app:
    env_file: .env""")
H("sql_no_data", """Optimise this query:
SELECT c.case_id, c.receipt_type, COUNT(e.event_id) AS n_events
FROM cases c JOIN case_events e ON e.case_id = c.case_id
WHERE c.opened_at >= DATE '2026-01-01' AND c.status IN ('PENDING','RFE')
GROUP BY c.case_id, c.receipt_type
HAVING COUNT(e.event_id) > 10;""")
H("stack_trace", """What's wrong here?

Traceback (most recent call last):
  File "/srv/ingest/run.py", line 42, in <module>
    main()
  File "/srv/ingest/run.py", line 37, in main
    conn = psycopg2.connect(dsn=os.environ["INGEST_DSN"])
KeyError: 'INGEST_DSN'""")
H("titles_capitalised", """Fix capitalisation in this org chart text: the Deputy Director, the Chief of Staff, the Assistant Commissioner for Field Operations, and the Port Director attended. The Commandant sent regrets.""")
H("inventory_tsv", """Total the quantities:
item	location	qty
cots	Warehouse B	1200
water (pallets)	Warehouse B	86
tarps	Staging Area 3	640
generators 20kW	Staging Area 3	12""")
H("log_lines_no_pii", """Explain these log lines:
2026-12-01T22:10:03Z WARN  scheduler job=nightly-export attempt=3 status=retry
2026-12-01T22:15:04Z ERROR scheduler job=nightly-export attempt=4 status=failed reason="timeout after 300s"
2026-12-01T22:15:04Z INFO  alert sent channel=#ops-alerts""")
H("word_names_ordinary", """Proofread: We hope the new kiosk will make screening faster. Faith in the system depends on it. The king-size pillows in the shelter were a gift; staff will bill the county. Young volunteers are welcome, and the rich variety of snacks was appreciated.""")
H("regulatory_cite", """Summarise 8 CFR 214.2(f)(5)(vi) for a student audience in two sentences, and mention that STEM OPT extensions are 24 months.""")
H("ticket_ssn_shape_label", """Case tracking numbers in our Jira look like 412-22-9981 — that's the project code, sprint, and item. Write a regex that matches them and explain it.""")
H("markdown_table_stats", """Turn this into prose:
| Port | FY25 encounters | FY26 encounters | change |
|---|---|---|---|
| San Ysidro | 41,220 | 38,915 | -5.6% |
| Laredo | 29,004 | 31,140 | +7.4% |
| Nogales | 18,771 | 17,302 | -7.8% |""")
H("classification_policy_question", """Is it OK to put a (U) portion mark on a paragraph that quotes a press release? What about an email that only says "see attached"? Answer generally, no specifics needed.""")
H("cui_category_question", """List the CUI categories most relevant to immigration casework (e.g. Privacy, Law Enforcement) and explain what a CUI designation indicator is supposed to contain.""")
H("phone_shaped_invoice", """Why is the vendor invoice (Invoice No. 800-621-0042) not matching the PO? The PO total is $12,480 and the invoice says $12,840. Draft an email to the vendor's billing team.""")
H("json_config_no_secret", """Validate this JSON:
{
  "service": "case-status-api",
  "port": 8443,
  "tls": {"cert_path": "/etc/pki/tls/certs/api.pem", "key_path": "/etc/pki/tls/private/api.key"},
  "auth": {"mode": "oidc", "issuer": "https://login.microsoftonline.us/<tenant>/v2.0"},
  "rate_limit_per_min": 600
}""")
H("password_policy", """Rewrite this password policy to be less wordy: Passwords must be at least 15 characters, contain no dictionary words, and be changed if compromise is suspected. Never share your password, and never type it into a chatbot.""")
H("semantic_version", """Release notes please: v2.14.0 adds bulk export; v2.14.1 fixes the date picker; v2.15.0-rc.2 drops IE11. Minimum Python is 3.11.4.""")
H("historical_date", """Write a one-paragraph history blurb: the Department was created by the Homeland Security Act of 2002 and began operations on March 1, 2003, bringing together 22 agencies.""")
H("yaml_pipeline", """Why does this GitHub Actions job skip?

jobs:
  build:
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: make test
        env:
          API_TOKEN: ${{ secrets.API_TOKEN }}""")
H("dhs_form_numbers", """Explain the difference between Form I-130, I-130A, I-485, I-765 and I-131 in a table for new contact center staff.""")
H("grid_coordinates", """Convert to decimal degrees: staging area at 29°57'13"N 90°04'12"W, alternate at 30°26'54"N 91°11'15"W.""")
H("tracking_number", """Where is my shipment? UPS tracking 1Z 999 AA1 01 2345 6784 shows "label created" since Tuesday. Draft a complaint to the vendor.""")
H("flight_itinerary_no_name", """Build a table: DCA–ORD UA 2291 dep 07:05 arr 08:20; ORD–ANC UA 1701 dep 10:15 arr 14:02; team of four analysts, return Friday.""")
