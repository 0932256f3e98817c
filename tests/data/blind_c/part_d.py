# Hard negatives: nothing to redact or block.
H = "hard_negative"
RECORDS = [
# ---- public contact points ----
(H, "public_contact", None, """Rewrite this for a flyer: After a disaster, survivors can apply for FEMA assistance at DisasterAssistance.gov or by calling the FEMA Helpline at 1-800-621-3362. Lines are open every day."""),
(H, "public_contact", None, """Add this to the FAQ in plain language: For case questions, applicants may call the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833)."""),
(H, "public_contact", None, """Make this sound friendlier: Travelers with questions about screening can contact the TSA Contact Center at 866-289-9673 or reach AskTSA on social media."""),
(H, "public_contact", None, """Format as a signature block: Report cyber incidents to CISA Central at report@cisa.gov or (888) 282-0870, 24/7."""),
(H, "public_contact", None, """Summarize for the newsletter: The CBP Information Center can be reached at 1-877-227-5511 for questions about travel and import requirements."""),
(H, "public_contact", None, """Proofread: Mail the FOIA appeal to the headquarters address, Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528."""),
(H, "public_contact", None, """Translate to Spanish: FEMA headquarters is located at 500 C Street SW, Washington, DC 20472."""),
(H, "public_contact", None, """Is this the right mailing address for TSA HQ? Transportation Security Administration, 6595 Springfield Center Drive, Springfield, VA 20598."""),
(H, "public_contact", None, """Add to the poster: To report suspicious activity to ICE, call the tip line at 866-347-2423 or submit the online tip form."""),
(H, "public_contact", None, """Put this in the footer of the privacy notice: Questions about this notice may be sent to the DHS Privacy Office at privacy@hq.dhs.gov."""),
(H, "public_contact", None, """Shorten: Passengers who need help with screening because of a disability or medical condition can call TSA Cares at 855-787-2227 at least 72 hours before travel."""),
(H, "public_contact", None, """Rewrite in plain English: Fraud, waste and abuse in DHS programs may be reported to the Office of Inspector General Hotline at 1-800-323-8603."""),

# ---- id-shaped numbers with a label saying what they are ----
(H, "po_number", None, """Draft an e-mail asking the vendor for an updated delivery date on purchase order 412-77-3096 (toner cartridges, qty 40)."""),
(H, "invoice_number", None, """Reconcile these lines, which invoice is unpaid?
Invoice 530-21-8847  $1,204.50  paid 10/02
Invoice 530-21-8852  $  988.00  open
Invoice 530-21-8861  $2,310.75  paid 11/14"""),
(H, "ticket_number", None, """Summarize the ticket history: INC 703-448-2190 opened by the help desk for the VPN outage, merged into INC 703-448-2207, closed after the firmware update."""),
(H, "part_number", None, """Which of these part numbers is a filter? P/N 202-555-0147 (gasket), P/N 202-555-0163 (air filter), P/N 202-555-0171 (fuel line clamp)."""),
(H, "contract_number", None, """Explain the parts of this contract number: 70SBUR26C00000318, and the task order 70SBUR26F00000044."""),
(H, "case_tracking", None, """Create a status table for case-tracking IDs CT-2026-118-4471, CT-2026-118-4480 and CT-2026-119-0032, all pending supervisory review."""),
(H, "omb_number", None, """What does the OMB control number 1615-0013 on the form mean, and when does it expire?"""),
(H, "docket_number", None, """Format this citation: Docket No. DHS-2026-0041, RIN 1601-AB12, published at 91 FR 48213."""),
(H, "order_csv", None, """Compute the total per category:
order_id,category,amount
314-55-20918,supplies,120.00
314-55-20931,travel,845.10
314-55-20947,supplies,64.99"""),
(H, "serial_numbers", None, """Are these laptop serial numbers in the asset list? SN 5CD2417XQ8, SN 5CD2417XR1, SN 5CD2417XT4. Asset tags 004512, 004513, 004520."""),
(H, "tracking_number", None, """Which carrier uses this tracking number format? 1Z 4A7 F92 03 1458 7726"""),
(H, "phone_extension_internal", None, """Reword: For building access issues, dial extension 4-4410 from any desk phone; for the badge office, use extension 4-4427."""),

# ---- versions, dates, ip-like strings ----
(H, "version_string", None, """Our scanner flagged version 10.4.21.3 of the agent as vulnerable. Is the upgrade to 10.4.22.0 enough?"""),
(H, "version_string", None, """Explain the difference between Chrome 131.0.6778.86 and 131.0.6778.109 release notes in one line each."""),
(H, "oid_string", None, """What does the certificate policy OID 2.16.840.1.101.3.2.1.3.13 indicate?"""),
(H, "dates_not_dob", None, """Build a timeline: the I-130 was filed 03/11/2026, the RFE was issued 07-JUN-2026, the response was received 2026-08-29 and the interview is set for 14 JAN 2027."""),
(H, "dates_not_dob", None, """Convert these deadlines to ISO format: 11-JUN-2027, March 3 2027, 12/31/2026."""),
(H, "netmask", None, """Explain what the subnet mask 255.255.255.0 means and how many usable hosts a /24 has."""),
(H, "semver_table", None, """Sort these releases:
| package | version |
|---|---|
| form-parser | 2.10.3 |
| addr-normalizer | 2.9.14 |
| intake-ui | 12.0.0-rc.1 |"""),

# ---- talking about markings ----
(H, "marking_talk", None, """What does NOFORN mean, and how is it different from REL TO?"""),
(H, "marking_talk", None, """Write a training quiz question: the training covers SECRET and CUI handling, including when portion markings are required."""),
(H, "marking_talk", None, """Explain in simple terms what the CUI Registry is and who maintains it."""),
(H, "marking_talk", None, """Is FOUO still a valid marking after the CUI program rollout? Answer in two sentences."""),
(H, "marking_talk", None, """Draft a slide titled "Classification levels: Confidential, Secret and Top Secret - what the difference is" for new hires. Keep it general; no real examples."""),
(H, "marking_talk", None, """What's the difference between SSI and PCII as categories of protected information? Keep it short."""),
(H, "marking_talk", None, """Summarize the main points of 32 CFR Part 2002 for a lunch-and-learn."""),
(H, "ordinary_secret", None, """Rewrite this sentence: The Secret Service agents met the motorcade at the airport before the visit."""),
(H, "ordinary_secret", None, """Give me a fun title for our potluck - my aunt's top secret recipe for chili is finally being revealed!"""),
(H, "ordinary_confidential", None, """Improve this line for the EAP flyer: Counseling through the Employee Assistance Program is free and confidential."""),
(H, "ordinary_secret", None, """What's the secret to writing a good executive summary? Give me five tips."""),
(H, "ordinary_controlled", None, """Rewrite: Access to the loading dock is controlled by the facilities office; the door is unclassified space."""),

# ---- code without literal secrets ----
(H, "code_env_secret", None, """Review this Python for security issues:
import os
api_key = os.environ["GEOCODER_API_KEY"]
db_password = os.getenv("DB_PASSWORD")
client = Geocoder(key=api_key)"""),
(H, "code_password_hash", None, """Is this password check safe?
def verify(user, password):
    password_hash = user.password_hash
    return bcrypt.checkpw(password.encode(), password_hash)"""),
(H, "code_placeholder", None, """Explain this compose snippet:
environment:
  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  POSTGRES_USER: ${POSTGRES_USER}"""),
(H, "code_regex", None, r"""Why doesn't this regex match SSNs like 123-45-6789?
SSN_RE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
if SSN_RE.search(value): mask(value)"""),
(H, "sql_schema", None, """Add NOT NULL where appropriate:
CREATE TABLE applicant (
  id SERIAL PRIMARY KEY,
  full_name TEXT,
  ssn CHAR(9),
  dob DATE,
  a_number VARCHAR(10),
  password_hash TEXT
);"""),
(H, "csv_header_only", None, """Write a validation rule for each column of this CSV header:
last_name,first_name,dob,ssn,phone,email,street,city,state,zip"""),
(H, "json_schema", None, """Is this JSON schema correct?
{"type":"object","properties":{"passport_number":{"type":"string","pattern":"^[A-Z0-9]{6,9}$"},"date_of_birth":{"type":"string","format":"date"}},"required":["passport_number"]}"""),
(H, "code_git", None, """What does this mean? HEAD is now at 3f9a2c1d7e4b (fix: normalize phone numbers before dedupe). And why does git say 'detached HEAD'?"""),
(H, "login_ui_text", None, """Improve the wording on this login page: "Enter your password. Passwords must be at least 15 characters and changed every 60 days. Forgot your password? Contact the service desk." """),
(H, "uuid_log", None, """What do these log lines mean?
2026-12-02 10:14:03 job=9b1e7c2a-4f3d-4e8a-9a61-2c5d0f7e8b13 status=RETRY attempt=3
2026-12-02 10:14:09 job=9b1e7c2a-4f3d-4e8a-9a61-2c5d0f7e8b13 status=OK"""),
(H, "stack_trace_clean", None, """Help me fix this:
Traceback (most recent call last):
  File "/opt/app/intake/normalize.py", line 212, in normalize_phone
    return phonenumbers.format_number(p, PhoneNumberFormat.E164)
phonenumbers.phonenumberutil.NumberParseException: (0) Missing or invalid default region."""),

# ---- kinship, places, titles, capitalised words, common-word names ----
(H, "kinship_places", None, """Translate into Somali: My grandmother and my two uncles still live in Mogadishu; my mother's cousin moved to Nairobi last year."""),
(H, "kinship_places", None, """Rewrite: The applicant's father, stepmother and half-brother reside in Port-au-Prince, while an aunt lives in Miami."""),
(H, "titles", None, """Who should sign this? The memo goes from the Deputy Director to the Chief of Staff, with a copy to the Field Office Director and the Acting Associate Director."""),
(H, "common_words", None, """Edit this paragraph: We hope the new intake form will save time. Faith-based partners will help with outreach, and rich data from the pilot should show how young adults use it. The king-size backlog won't shrink unless the bill passes."""),
(H, "place_names", None, """List the ports of entry mentioned: San Ysidro, Laredo, Nogales, Blaine, Champlain and the Port of Long Beach."""),
(H, "org_names", None, """Make an acronym list: U.S. Citizenship and Immigration Services, Customs and Border Protection, Federal Emergency Management Agency, Cybersecurity and Infrastructure Security Agency."""),
(H, "capitalised_words", None, """Fix capitalization in this heading: "Summer Surge Planning - Staffing, Overtime And Training For The Southwest Border Sectors" """),
(H, "holiday_names", None, """Create an out-of-office message for Christmas Eve through New Year's Day, mentioning that Grace period requests will be processed in January."""),

# ---- longer generic work text ----
(H, "policy_text", None, """Summarize this paragraph in two sentences:
Component privacy officers are responsible for ensuring that systems collecting personally identifiable information have a current Privacy Threshold Analysis and, where required, a Privacy Impact Assessment. When a system is modified in a way that changes the type of information collected, the method of collection, or the sharing of that information, the component must update its documentation before the change is deployed. Employees who discover a suspected privacy incident should report it to their supervisor and the component privacy office within one hour of discovery, regardless of whether the incident has been confirmed."""),
(H, "meeting_notes", None, """Turn these meeting notes into action items:
- backlog at the service center down 12% since September
- new scanning vendor starts Jan 6; training sessions Dec 16-18
- Region 5 asked for 3 additional adjudicators for the surge
- next review: 2026-12-17 at 10:00 ET, room 4B"""),
(H, "statistics", None, """Make a chart description: FY2026 apprehensions were 412,583; FY2025 were 389,104; the monthly high was 41,077 in May."""),
(H, "markdown_table_clean", None, """Add a totals row:
| Office | Received | Completed |
|---|---|---|
| Atlanta | 1,204 | 1,187 |
| Denver | 866 | 901 |
| Newark | 1,532 | 1,410 |"""),
(H, "email_generic", None, """Rewrite this e-mail to be more concise:
Hi team, just a reminder that the quarterly records review is due next Friday. Please make sure all closed cases from Q3 have the disposition code entered and that any open items are flagged in the tracker. Reach out if you have questions. Thanks!"""),
(H, "yaml_config_clean", None, """Is this GitHub Actions workflow valid?
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
        env:
          API_TOKEN: ${{ secrets.API_TOKEN }}"""),
(H, "ocr_form_blank", None, """Clean up this OCR of a blank form:
Part 1. lnformation About You
1.a. Family Name (Last Name) ______________
1.b. Given Name (First Name) ______________
2. A-Number (if any) A- ___ ___ ___
3. U.S. Social Security Number ___-__-____
4. Date of Birth (mm/dd/yyyy) __/__/____"""),
(H, "placeholder_values", None, """Write help text for these fields: SSN (format XXX-XX-XXXX), phone (format (555) 555-5555 style, digits only accepted), date of birth (MM/DD/YYYY)."""),
(H, "chat_generic", None, """Summarize this chat:
Analyst 1: did the new dashboard deploy?
Analyst 2: yes, 2.4.1 went out at 3pm
Analyst 1: the filter on region is broken though
Analyst 2: known issue, fix in 2.4.2 tomorrow"""),
(H, "html_generic", None, """Why doesn't this render centered?
<div class="banner" style="text-align:center"><h1>Welcome to the Intake Portal</h1><p>Questions? Visit the help page.</p></div>"""),
(H, "ip_like_coordinates", None, """Convert these coordinates to decimal degrees: 38.8977, -77.0365 and 25.7617, -80.1918."""),
]
