"""an09: training coordinator / LMS administrator: enrolment CSVs, completions, SCORM errors, learner accounts."""

RECORDS = [
    ("positive", "enrolment_csv", "uzbek+ghanaian+anglo+mexican",
     """Bulk enrolment file fails with "row 3: invalid email". Can you spot it and fix the file?

first_name,last_name,email,org_code,course_id,supervisor
[[PERSON:Gulnora]],[[PERSON:Yusupalieva]],[[EMAIL_ADDRESS:gulnora.yusupalieva@hq.dhs.gov]],HQ-OCIO,SEC-AWR-2026,[[PERSON:Tom Whitlock]]
[[PERSON:Yaw]],[[PERSON:Owusu]],[[EMAIL_ADDRESS:yaw.owusu@fema.dhs.gov]],FEMA-R4,SEC-AWR-2026,[[PERSON:Tom Whitlock]]
[[PERSON:Xochilt]],[[PERSON:Ibarra Solís]],[[EMAIL_ADDRESS:xochilt.ibarrasolis@cbp.dhs.gov]].,CBP-OFO,SEC-AWR-2026,[[PERSON:Rosa Linh Tran]]
[[PERSON:Merritt]],[[PERSON:Sturgess]],[[EMAIL_ADDRESS:merritt.sturgess@tsa.dhs.gov]],TSA-OOS,SEC-AWR-2026,[[PERSON:Rosa Linh Tran]]"""),

    ("positive", "completions_pipe_report", "vietnamese+samoan+anglo",
     """Completions export (pipe). Who is overdue on Records Management (due 11/30)? Give me a list for the reminder email.

LEARNER|EMPLOYEE_ID|COURSE|STATUS|COMPLETED_ON
[[PERSON:HOANG, MINH TUAN]]|E0419283|RM-101|COMPLETE|2025-11-12
[[PERSON:TUILAGI, FAAMAONI]]|E0420017|RM-101|IN PROGRESS|
[[PERSON:MCALLISTER, JUNE]]|E0398841|RM-101|NOT STARTED|
[[PERSON:HOANG, MINH TUAN]]|E0419283|PRIV-100|COMPLETE|2025-10-03"""),

    ("positive", "scorm_error_ticket", "polish",
     """Ticket from a learner, can you tell me what the SCORM error means and draft a reply?

Learner: [[PERSON:Bartosz Kędzierski]] ([[EMAIL_ADDRESS:bartosz.kedzierski@uscis.dhs.gov]])
Course: Insider Threat Awareness 2026
Console:
  LMSSetValue("cmi.core.lesson_status","completed") -> false
  LMSGetLastError() -> 405
  LMSGetErrorString(405) -> "Incorrect Data Type"
He says the course shows 100% but the transcript says Incomplete."""),

    ("positive", "xapi_statement_json", "arab+anglo",
     """Why does our LRS reject this xAPI statement? Error: "actor must have exactly one IFI".

{
  "actor": {"name": "[[PERSON:Layla Abou-Jaoude]]", "mbox": "mailto:[[EMAIL_ADDRESS:layla.aboujaoude@cisa.dhs.gov]]", "account": {"homePage": "https://lms.example.dhs.gov", "name": "lmansour"}},
  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
  "object": {"id": "https://lms.example.dhs.gov/course/CYB-201"},
  "context": {"instructor": {"name": "[[PERSON:Gene Pickard]]", "mbox": "mailto:[[EMAIL_ADDRESS:gene.pickard@cisa.dhs.gov]]"}}
}"""),

    ("positive", "lms_api_bearer_jwt", None,
     """My call to the LMS reporting API returns 401 even though the token is fresh. What am I missing?

GET /api/v2/reports/completions?course=RM-101 HTTP/1.1
Host: lms-api.training.example.gov
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsbXMtcmVwb3J0LXN2YyIsInNjb3BlIjoicmVwb3J0czpyZWFkIiwiZXhwIjoxNzY1MTE0MDAwfQ.Xc3vR8mPq2LzT6bNw0YhKd4JfUe9aGs1oVi7tBnQ5rE]]
Accept: application/json"""),

    ("positive", "smtp_config_password", None,
     """LMS notification emails stopped going out. Here's the mail section of the config, is it the port?

mail:
  host: smtp-relay.training.example.gov
  port: 465
  starttls: true
  username: lms-notify
  password: "[[PASSWORD:gT7#vQm2!LpX9wRz]]"
  from: "DHS Training <no-reply@training.example.gov>\""""),

    ("positive", "learner_account_merge", "tamil",
     """Two accounts for the same person, need to merge. Write the SQL to move the completions from the old user id to the new one:

old: user_id 88213, [[PERSON:Karthikeyan Venkatachalam]], [[EMAIL_ADDRESS:kvenkatachalam@ice.dhs.gov]]
new: user_id 104772, [[PERSON:Karthik Venkatachalam]], [[EMAIL_ADDRESS:karthikeyan.venkatachalam@ice.dhs.gov]]
table: completions(user_id, course_id, completed_on, score)"""),

    ("positive", "new_hire_roster_dob", "brazilian+cambodian+anglo",
     """New-hire orientation roster - the LMS needs DOB to generate the unique learner ID (don't ask). Convert DOBs to YYYYMMDD:

[[PERSON:Thiago Albuquerque Prado]] - [[DATE_OF_BIRTH:7 Jun 1998]]
[[PERSON:Sreymom Chhay]] - [[DATE_OF_BIRTH:Dec. 24, 1994]]
[[PERSON:Dakota Rainwater]] - [[DATE_OF_BIRTH:2/9/01]]"""),

    ("positive", "polish_learner_email", "polish",
     """Przetłumacz na angielski proszę (a contractor's learner wrote in Polish):

Dzień dobry, nazywam się [[PERSON:Małgorzata Kwiatkowska-Lis]]. Nie mogę zalogować się do platformy szkoleniowej od tygodnia. Mój numer telefonu: [[PHONE_NUMBER:+48 22 555 01 37]]. Mój przełożony to [[PERSON:Andrzej Nowak]]."""),

    ("positive", "sbu_instructor_roster", "anglo+hispanic",
     """[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Instructor-led course roster for Undercover Ops Fundamentals - can you convert to a sign-in sheet with signature lines?
1. [[PERSON:Brady Kessinger]]
2. [[PERSON:Ana Lucía Villatoro]]
3. [[PERSON:Derek Marsh]]
[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]"""),

    ("positive", "netrc_sftp", None,
     """The nightly HR feed to the LMS failed. The job uses this .netrc, is the format right?

machine sftp.hrfeed.example.gov
  login lms_ingest
  password [[PASSWORD:w8R!kD3zQp6V]]"""),

    ("positive", "certificate_reissue", "yoruba",
     """Learner wants her certificate reissued with her married name. Draft a reply saying we need the name change in HR first:

Current record: [[PERSON:Temitope Adeleke]]
Requested: [[PERSON:Temitope Adeleke-Ogunbiyi]]
Contact: [[PHONE_NUMBER:202-555-0168]]"""),

    ("positive", "pandas_output_overdue", "russian+anglo",
     """pandas output of overdue learners, can you write the reminder email body with the list?

            learner             org  days_overdue
0   [[PERSON:Anastasia Belova]]   HQ-OGC            14
1   [[PERSON:Cody Marchetti]]     FEMA-R8            9
2   [[PERSON:Igor Tkachenko]]     CBP-AMO           31"""),

    ("evasion", "jwt_split_across_lines", None,
     """token copied from the network tab wraps weird, is it still valid?
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
eyJzdWIiOiJ0cmFpbmluZy1hZG1pbiIsInJvbGUiOiJhZG1pbiJ9.
Lp9Qx2ZwT7mVb4NcK8rHy3JdF6sUe1aGo0iXkRtMnW5]]"""),

    ("evasion", "email_homoglyph_supervisor", "anglo",
     """supervisor field in the import file has [[EMAIL_ADDRESS:tom.whitl\u043eck@hq.dhs.gov]] and the lookup fails for [[PERSON:Tom Whitlock]]. what's different from the normal address?"""),

    ("evasion", "password_leet_hint", "anglo",
     """learner said his LMS password is "[[PASSWORD:m00s3-l0dg3-77]]" and he still can't get in, should I just reset? - [[PERSON:Hank Lofgren]]"""),

    ("hard_negative", "example_ssn_training", None,
     """In the privacy course we show "SSN: 123-45-6789" as an example of what not to put in a training discussion board. Is that example number safe to use, or should we switch to something like XXX-XX-1234?"""),

    ("hard_negative", "scorm_codes_generic", None,
     """Explain SCORM 1.2 error codes 101, 201, 301, 401, 403 and 405 in a table with a "what the learner sees" column."""),

    ("hard_negative", "enrolment_no_pii", None,
     """Bulk enrolment file fails with "row 3: invalid org_code". Can you spot it?

org_code,course_id,seats
HQ-OCIO,SEC-AWR-2026,40
FEMA-R4,SEC-AWR-2026,25
CBP_OFO,SEC-AWR-2026,60
TSA-OOS,SEC-AWR-2026,30"""),

    ("hard_negative", "placeholder_learner", None,
     """For the import template I want a sample row that's obviously fake: "Jane,Doe,jane.doe@example.com,ORG-CODE,COURSE-ID". Will the LMS choke on example.com or is that fine to ship in the template?"""),

    ("hard_negative", "training_mandates", None,
     """List the annual mandatory trainings for DHS employees with their legal basis if you know it (e.g., No FEAR Act, FISMA security awareness, Privacy Act). Mark any you're not sure about."""),

    ("hard_negative", "course_about_markings", None,
     """Our CUI course has a slide that shows a sample banner "CUI//SP-PRVCY" and a sample portion mark. Reviewers asked whether the slide itself now needs to be marked. What do the training examples rules say?"""),

    ("hard_negative", "password_reset_instructions", None,
     """Write the help text for the login page: "Forgot your password? Select Reset Password, enter your work email, and follow the link we send you. The link expires in 30 minutes. Never share your password with the help desk.\""""),

    ("hard_negative", "course_ids_phone_shape", None,
     """Course catalog codes are in a phone-number-ish format because someone used the old phone-style IDs: 410-101-2026, 410-102-2026, 512-201-2025. Can you write a regex that matches those but not real phone numbers with parentheses?"""),

    ("hard_negative", "counts_pivot", None,
     """Completion counts by component: HQ 1,204/1,380, FEMA 8,211/9,950, CBP 41,006/44,720, TSA 50,118/55,302, USCIS 17,640/19,015. Make a sorted bar chart description and the compliance % for each."""),

    ("hard_negative", "eponym_course_names", None,
     """We have courses called "Ruth Bader Ginsburg Lecture Series", "Harriet Tubman Leadership Seminar" and "Stafford Act Basics". Should the titles include the full names or just the topics, for 508 screen-reader brevity?"""),
]
