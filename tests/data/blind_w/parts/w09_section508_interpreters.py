# Voice: DHS Section 508 accessibility help desk (document remediation, testing) and sign-language/CART interpreter bookings.
RECORDS = [
("positive", "interpreter_booking", "anglo",
"""ASL interpreter request -- REQ0091876
Requester: [[PERSON:Perrin Ashdown]] (Deaf, prefers ASL; team of two for > 1 hour)
Videophone: [[PHONE_NUMBER:571-555-0128]]   Email: [[EMAIL_ADDRESS:perrin.ashdown@hq.dhs-mail.example]]
Event: branch all-hands, 12/11 1400-1600, [[STREET_ADDRESS:1450 Tallowwood Dr, Suite 300, Reston, VA 20191]], Room 3-114
Please send the slides to the interpreters 48 hours ahead."""),

("positive", "remediate_cui_doc", None,
"""Please rewrite this paragraph so it works with a screen reader (no tables, plain language):
[[CUI_MARKING:CUI//SP-PRVCY//FEDCON]]
[[CUI_MARKING:(CUI)]] Component privacy incidents rose 14 % in FY26; 61 % involved e-mail sent to the wrong recipient.
[[CUI_MARKING:CUI//SP-PRVCY//FEDCON]]"""),

("positive", "alt_text_slide_fouo", None,
"""Need alt text for slide 9. The slide says:
[[CUI_MARKING:(U//FOUO)]] Checkpoint throughput by terminal, peak hour, with the two worst lanes circled.
[[CUI_MARKING:(U//FOUO)]] Staffing shortfall: 38 officers at the northern airports.
Chart: bar graph, 6 bars."""),

("positive", "pdf_tag_tree_secret", None,
"""Tag tree dump from the remediation tool -- how do I mark the header as an artifact?
<Artifact>[[CLASSIFICATION_MARKING:SECRET//NOFORN]]</Artifact>
<H1>Threat overview, northern corridor</H1>
<P>[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates ...</P>
<Artifact>[[CLASSIFICATION_MARKING:SECRET//NOFORN]]</Artifact>"""),

("positive", "interpreter_vendor_password", None,
"""Ticket 508-2026-4471: can't log into the interpreting vendor's scheduling portal to confirm Thursday's booking.
Username: dhs_access_office   Password: [[PASSWORD:sP9*rLg%hhYN3J]]
It says "too many attempts". Who do I call?"""),

("positive", "a11y_ci_aws_secret", None,
"""# accessibility scan job (pa11y + axe) -- uploads reports to S3, fails with SignatureDoesNotMatch
[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIA647NGI6EZPQKTSNI]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]
region = us-east-1"""),

("positive", "github_pat_axe_ci", None,
"""- name: Comment axe results on the PR
  env:
    GH_TOKEN: [[GITHUB_TOKEN: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]]
  run: gh pr comment $PR --body-file axe-summary.md
# 'Resource not accessible by integration' -- scopes?"""),

("positive", "slack_interpreter_bot", None,
"""interpreter-bot config.ini
[slack]
bot_token = [[SLACK_TOKEN:xoxb-54485773655-6308155208675-RnJI9oZbILYsUQIICS2KX6Sp]]
channel = #interpreter-requests
[schedule]
lead_time_hours = 48"""),

("positive", "vri_session_jwt", None,
"""The VRI link the vendor sent doesn't open in the accessible browser, can you see why?
https://vri.interp-vendor.example/join?session=[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJ2cmktNzczMSIsInJvb20iOiJvcHMtYnJpZWZpbmctMTIiLCJleHAiOjE3NjUwMzY4MDB9.b-XkkGMTouKGq4IpNakSxqLE2lS0YyUaLUfS-ILnbZH]]&lang=asl"""),

("evasion", "marking_zero_width", None,
"""Screen reader keeps reading the header weird, it is: [[CLASSIFICATION_MARKING:TOP\u200bSECRET//SI//\u200bNOFORN]] -- can I hide it from JAWS?"""),

("evasion", "cui_letter_spaced", None,
"""Header from the scanned memo (the letters are spaced out in the PDF so JAWS spells them):
[[CUI_MARKING:C U I // S P - L E I]]
Body: field interview summaries for Q3, 14 pages."""),

("evasion", "base64_marking_datauri", None,
"""Our docx export embeds the banner in a custom property; the remediation tool shows
docProps/custom.xml: <vt:lpwstr>[[CLASSIFICATION_MARKING:VE9QIFNFQ1JFVC8vU0kvL05PRk9STg==]]</vt:lpwstr>
Is that why the checker flags 'hidden content'?"""),

("positive", "designation_block_remediation", None,
"""Make the designation box on page 1 readable in reading order:
[[CUI_MARKING:Controlled by: DHS Office of the Chief Information Officer
CUI Category: Information Systems Vulnerability Information
Limited Dissemination Control: FED ONLY
POC: Accessibility Program Office, 202-555-0102]]"""),

("positive", "cart_request", "hmong+anglo",
"""CART captioner needed for [[PERSON:Neng Chue Yang]] (hard of hearing) at the training on 1/14. Her desk phone [[PHONE_NUMBER:202-555-0153]],
personal cell [[PHONE_NUMBER:651-555-0186]]. Captioner last time was [[PERSON:Marjorie Fenwick]]; [[PERSON:Neng Chue]] asked for her again."""),

("positive", "interpreter_w9", "anglo",
"""Freelance interpreter onboarding (W-9 info typed by the vendor):
Name: [[PERSON:Lucinda Brightwater]]
SSN: [[US_SSN:529-64-1180]]
Address: [[STREET_ADDRESS:RR 1 Box 92A, Kalona, IA 52247]]
Can you check the form is complete?"""),

("positive", "braille_mailing", "greek",
"""Braille transcription request: 2026 benefits guide, grade 2 contracted braille, mail to the employee's home:
[[PERSON:Theodora Papanikolaou]], [[STREET_ADDRESS:78 Kimball Rd, Apt 2R, Watertown, MA 02472]]. She also wants a DAISY copy by e-mail."""),

("positive", "interpreter_roster_csv", "dominican+anglo",
"""interpreter,cert,languages,cell
[[PERSON:Yolanda Peña Batista]],NIC,ASL/Spanish trilingual,[[PHONE_NUMBER:347-555-0116]]
[[PERSON:Ciara Whitmore]],CDI,ASL/ProTactile,[[PHONE_NUMBER:347-555-0135]]
[[PERSON:Ramón Ureña Batista]],NIC,ASL,[[PHONE_NUMBER:347-555-0177]]"""),

("hard_negative", "section508_law", None,
"""Section 508 of the Rehabilitation Act of 1973 (29 U.S.C. 794d) requires federal ICT to be accessible. The 2017
refresh incorporated WCAG 2.0 Level A and AA by reference (36 CFR part 1194, Appendix A). Agencies report to GSA
through the biannual assessment. Cite E205.4 for documents."""),

("hard_negative", "wcag_axe_output", None,
"""axe results: 3 violations. color-contrast on .btn-secondary (#767676 on #ffffff is 4.54:1, passes; #8a8a8a is
3.45:1, fails 1.4.3). label missing on input#ssn-field (2.4.6, 4.1.2). region rule on div.footer. Scanner 4.10.2,
ruleset WCAG 2.1 AA."""),

("hard_negative", "marking_accessibility_training", None,
"""Training module: how screen readers handle markings. Banner and portion markings such as CUI, (U), SECRET or
TOP SECRET//NOFORN must be read at least once per page, so don't tag every repeat as an artifact. Test with NVDA and
JAWS. The examples in this module are fictitious and the slide deck is unclassified."""),

("hard_negative", "deaf_history_eponyms", None,
"""Deaf Awareness Month post: Gallaudet University is named for Thomas Hopkins Gallaudet, who founded the first
school for the deaf in Hartford in 1817 with Laurent Clerc. Helen Keller graduated from Radcliffe in 1904. Add a
link to the ASL history timeline."""),

("hard_negative", "relay_public_numbers", None,
"""Accessibility statement footer: If you use a TTY, dial 711 to reach a Telecommunications Relay Service, or use
the Federal Relay Service at 1-800-877-8339. For accessibility questions about this site, use the contact form on
the Section 508 page."""),

("hard_negative", "aria_password_field", None,
"""<label for="pw">Password</label>
<input id="pw" type="password" autocomplete="current-password" aria-describedby="pw-hint" placeholder="Enter password">
<p id="pw-hint">Must be at least 15 characters.</p>
Is this accessible? The hint isn't announced in VoiceOver."""),

("hard_negative", "alt_text_placeholders", None,
"""Alt text template for staff photos: "Photo of [Name], [Title], [Office]". For decorative images use alt="".
Don't write "image of" -- screen readers already say it. Example: "Photo of Firstname Lastname, Deputy Director,
Office of Accessible Systems"."""),

("hard_negative", "ticket_numbers", None,
"""Backlog for the week: 508-2026-4417 (PDF forms), 508-2026-4420 (video captions), REQ0091234 (interpreter, closed),
REQ0091240. SLA for documents is 10 business days. VPAT for product X version 7.2.1 received 2026-11-28."""),

("hard_negative", "interpreter_stats", None,
"""Quarterly numbers: 412 interpreter hours, 96 CART hours, 38 braille jobs, 14 VRI sessions. Average lead time 6.2
days. Cost per hour $95-$140 depending on certification. Secret to lower costs: book teams early."""),

("hard_negative", "sample_form_fake_names", None,
"""Remediate the sample fillable form from the training kit. Its demo values: Name "Sample Q. Person", Date
"MM/DD/YYYY", Phone "(000) 000-0000", Signature "Not a real signature". Tag each field with a tooltip."""),

("hard_negative", "captions_public_video", None,
"""WEBVTT

00:00:01.000 --> 00:00:04.500
Welcome to the annual cybersecurity awareness training.

00:00:04.600 --> 00:00:09.000
Never share your password, and report phishing to the security operations center.

Can you check the caption timing?"""),

("positive", "korean_interpreter_booking", "korean",
"""한국어 통역사 예약 확인: 통역사 [[PERSON:Park Seo-hyun]] ([[PERSON:박서현]]), 연락처 [[PHONE_NUMBER:+82 2-555-0148]], 12월 15일 오전 10시.
Please translate this confirmation for the requester, [[PERSON:Deborah Stanfield]]."""),
]
