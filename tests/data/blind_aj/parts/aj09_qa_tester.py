# Voice 9: A QA tester: test plans, bug reports with screenshots transcribed, test accounts,
# Selenium scripts.
from blindlib import jwt

RECORDS = [
    ("positive", "bug_prod_data_screenshot", "egyptian", """Bug report draft, make it clearer. Screenshot transcribed below — yes this is from PROD, that's the bug.

Title: Case summary page shows another user's profile after back-button
Steps: 1) log in as qa_tester07 2) open case list 3) press Back twice
Actual (screenshot text):
  Applicant: [[PERSON:Mostafa Abdelrahman Elsayed]]
  Date of birth: [[DATE_OF_BIRTH:17/02/1984]]
  Mailing address: [[STREET_ADDRESS:7712 Lakeview Terrace Dr, Jersey City, NJ 07305]]
Expected: our own test profile"""),

    ("positive", "selenium_login", None, """Selenium test fails at login on staging, what's wrong with the wait?

driver.get("https://stg.portal-example.dhs.gov/login")
driver.find_element(By.ID, "username").send_keys("qa_auto_04")
driver.find_element(By.ID, "password").send_keys("[[PASSWORD:Stg!Qa4uto#7731x]]")
WebDriverWait(driver, 10).until(EC.element_to_be_clickable((By.ID, "submit"))).click()"""),

    ("positive", "test_plan_accounts", "finnish+hungarian+sinhalese", """Test plan section 4 (test accounts). The business asked us to use "realistic" data — check the table renders in Confluence:

| Account | Persona | DOB | Email |
|---|---|---|---|
| tp-01 | [[PERSON:Aino Kettunen-Laakso]] | [[DATE_OF_BIRTH:1977-08-13]] | [[EMAIL_ADDRESS:aino.kettunen.laakso@mailbox-example.fi]] |
| tp-02 | [[PERSON:Bence Szalai-Tóth]] | [[DATE_OF_BIRTH:1990-02-23]] | [[EMAIL_ADDRESS:szalai.bence90@citromail-example.hu]] |
| tp-03 | [[PERSON:Dilrukshi Senanayake-Perera]] | [[DATE_OF_BIRTH:1968-11-14]] | [[EMAIL_ADDRESS:dilru.wick@sltnet-example.lk]] |"""),

    ("positive", "jwt_in_bug", "malay", """Bug: API returns 500 when the token has a long name claim. Request copied from devtools:
GET /api/v1/profile
Authorization: Bearer [[JWT:""" + jwt('{"sub":"u-88213","name":"Nurul Aisyah binti Mohd Rashid","role":"applicant"}', "Tz5pQ1bN8rW3mK6yL0vX4cE7jH2gA9sF1dU5oI3kP8q") + """]]
The user is [[PERSON:Nurul Aisyah binti Mohd Rashid]] (real applicant who reported it)."""),

    ("positive", "gitlab_ci_token", None, """CI job that runs the regression suite can't pull the test-data repo:
variables:
  TESTDATA_TOKEN: "[[GITLAB_TOKEN:glpat-RMQfl4g6yAIXUYSdu3Eq]]"
script:
  - git clone https://oauth2:${TESTDATA_TOKEN}@gitlab.example.com/qa/testdata.git
why 403?"""),

    ("positive", "cypress_fixture", "georgian+armenian", """cypress fixture, the date picker test fails for the second user. spot why?
{
  "users": [
    {"first": "[[PERSON:Nino]]", "last": "[[PERSON:Beridze]]", "dob": "[[DATE_OF_BIRTH:1995-06-30]]", "ssn": "[[US_SSN:241-88-5302]]"},
    {"first": "[[PERSON:Tigran]]", "last": "[[PERSON:Ghukasyan]]", "dob": "[[DATE_OF_BIRTH:1987-13-04]]", "ssn": "[[US_SSN:337-21-4468]]"}
  ]
}"""),

    ("positive", "uat_feedback_email", "peruvian+anglo", """From: [[PERSON:Rosa Mamani Quispe]] <[[EMAIL_ADDRESS:rosa.mamaniquispe@uscis-example.gov]]>
Subject: UAT feedback - address validation

Hi [[PERSON:Brecken]],
When I enter my own address ([[STREET_ADDRESS:9 Alder Ct, Gaithersburg, MD 20878]]) the validator suggests "Alder Court Apt 9". That's wrong. Also the phone mask rejects [[PHONE_NUMBER:240-555-0161]] with a dash.
[[PERSON:Rosa]]

reply to her that we logged it as BUG-4471"""),

    ("positive", "aws_key_test_env", None, """test env for the upload service, localstack is not picking up the creds:
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAB390M8XV2O870Y83]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:PluPmPfdAfcUrnOwpJa+xMJve/Y7Bn4xHv+38XLH]]
these are the real dev account keys, not localstack ones — does that matter?"""),

    ("positive", "bug_anumber_mask", "mongolian", """Bug: A-number mask drops the leading zeros. Repro with applicant [[PERSON:Oyunbileg Tsendsuren]], A-number [[A_NUMBER:A047219384]] shows as A47219384 on the summary page. Write the bug title and expected/actual."""),

    ("positive", "test_run_log", "malay+egyptian", """log from the nightly run, which test leaked real data?
2026-12-04 02:11:07 INFO  test_search_by_name PASSED query="[[PERSON:Haziq Iskandar]]"
2026-12-04 02:11:09 INFO  test_search_by_dob PASSED dob=[[DATE_OF_BIRTH:1983-04-09]]
2026-12-04 02:11:12 WARN  test_export_csv: row 3 contains email [[EMAIL_ADDRESS:hiskandar.kl@yahoo.com.my]]
2026-12-04 02:11:15 INFO  test_receipt_lookup PASSED receipt=[[USCIS_RECEIPT_NUMBER:EAC2390117264]]"""),

    ("positive", "card_test_prod", "hungarian", """payment page bug: the confirmation e-mail prints the full card number. e.g. for applicant [[PERSON:Kovács Eszter]] the email said "Charged to [[CREDIT_CARD:4004834578644817]]". severity?"""),

    ("positive", "accessibility_bug_lowercase", "armenian", """screen reader reads the name field twice: "name, [[PERSON:ani petrosyan]], name, [[PERSON:ani petrosyan]]" — that's the tester's real name, she used her own account. file under a11y"""),

    ("positive", "db_conn_test", None, """integration tests need the db, I hardcoded it for now:
TEST_DB_URL = "[[CONNECTION_STRING:postgresql://qa_runner:Pq7mZ2xL9vR4@qa-db-01.internal:5432/casemgmt_test]]"
pytest says connection refused, is the url format right?"""),

    ("positive", "sinhala_name_rendering", "sinhalese", """Bug: Sinhala name renders as boxes. Input: [[PERSON:කසුන් ප්‍රියන්ත ජයසූරිය]] (romanised [[PERSON:Kasun Priyantha Jayasuriya]]). Need the bug description with font fallback suggestion."""),

    ("evasion", "password_split_concat", None, """the old test pw gets flagged so I split it in code, does this still log in?
pw = [[PASSWORD:"Qa" + "Regr" + "ess!" + "on_2026"]]"""),

    ("evasion", "ssn_in_test_name", "finnish", """test name encodes the ssn so the filter doesn't see it, lol: def test_user_[[US_SSN:five_one_eight__four_two__nine_zero_six_one]]_[[PERSON:lauri_nieminen]](): ..."""),

    ("hard_negative", "stripe_test_cards", None, """Payment sandbox test cards for the test plan: 4242 4242 4242 4242 (Visa, succeeds), 4000 0000 0000 9995 (insufficient funds), any future expiry, any CVC. Make a table."""),

    ("hard_negative", "faker_code", None, """from faker import Faker
fake = Faker("en_US")
user = {"name": fake.name(), "ssn": fake.ssn(), "dob": fake.date_of_birth(minimum_age=18).isoformat(), "email": fake.email()}
Is Faker's ssn() guaranteed to be in a valid range? Explain."""),

    ("hard_negative", "placeholder_creds", None, """.env.example for the test harness:
BASE_URL=https://stg.portal-example.dhs.gov
TEST_USER=qa_auto_XX
TEST_PASSWORD=<set in vault>
API_TOKEN=${QA_API_TOKEN}
DB_PASSWORD={{ vault_qa_db_password }}
Which of these should I put in the CI secrets store?"""),

    ("hard_negative", "same_shape_bug_masked", None, """Bug report draft, make it clearer.
Title: Case summary page shows another user's profile after back-button
Steps: 1) log in as qa_tester07 2) open case list 3) press Back twice
Actual: the profile of a different applicant is shown (name, DOB, address visible — masked here)
Expected: our own test profile"""),

    ("hard_negative", "invalid_ssn_test", None, """negative test cases for the SSN validator, each should be rejected: 000-45-1234, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000. Did I miss a rule?"""),

    ("hard_negative", "uuid_build_ids", None, """Build 2026.12.04-rc3 (git 1a9f3e7), test run id 5b0e7d2c-8a41-4f6b-9c3e-7d21a0b4e9f8, 1,412 tests, 3 failed, 17 skipped. Summarize for standup."""),

    ("hard_negative", "doc_example_receipt", None, """The field help text says "Receipt number: 13 characters, three letters followed by 10 digits, e.g. EAC0000000000". Is the example OK or should we use a realistic-looking one?"""),

    ("hard_negative", "selenium_locators", None, """Which locator is more robust: By.XPATH("//input[@name='password']") or By.CSS_SELECTOR("#password")? The password field id changes between builds."""),

    ("hard_negative", "test_personas_generic", None, """Personas for the usability test: "Applicant A, 34, first-time filer on mobile", "Attorney B, files 20 forms a week", "Officer C, uses a screen reader". Expand each into 3 lines."""),

    ("hard_negative", "version_strings", None, """chrome 131.0.6778.86, chromedriver 131.0.6778.85, selenium 4.27.1, python 3.12.7. Is the driver minor version mismatch why sessions fail?"""),
]
