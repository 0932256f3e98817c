# Voice: TSA hiring -- screener (TSO) applicants, background investigations, adjudication, fingerprint appointments.
RECORDS = [
("positive", "bi_summary", "anglo",
"""BACKGROUND INVESTIGATION -- CASE SUMMARY (TSO applicant)
Applicant: [[PERSON:Jonah Westbrook Tillery]]
DOB: [[DATE_OF_BIRTH:17 Sep 1995]]   SSN: [[US_SSN:407-38-1925]]
Driver licence: KY [[US_DRIVER_LICENSE:T09-447-182]]
Residences (last 7 yrs):
  2019-2022 [[STREET_ADDRESS:PSC 1005 Box 44, FPO AE 09593]] (USN, Naples)
  2022-present [[STREET_ADDRESS:1822 Bardstown Rd, Apt 3, Louisville, KY 40205]]
No derogatory information. [[PERSON:Tillery]] disclosed one 2017 speeding ticket."""),

("hard_negative", "job_announcement", None,
"""Transportation Security Officer, SV-0019-D, vacancy HQ-26-4417. Starting pay $19.41/hour plus locality. Apply on
USAJOBS; the computer-based test, medical evaluation and fingerprinting follow. Questions: use the TSA Contact
Center listed on tsa.gov. Equal opportunity employer."""),

("positive", "reference_check_lowercase", "anglo+hispanic",
"""ref check notes for applicant [[PERSON:autumn delgado]]: spoke to former manager [[PERSON:faith hubbard]] at the pharmacy, says [[PERSON:autumn]] was
reliable, never late, would rehire. second ref [[PERSON:will sandoval]] (cousin??) -- not acceptable as a reference, need another one"""),

("positive", "ssi_training_doc", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Screening checkpoint SOP excerpt, module 6: alarm resolution for ...
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Make this into 10 quiz questions for new hires."""),

("hard_negative", "ssi_supplemental_income", None,
"""Can you help me answer the question on the application about household income? My mother lives with me and gets
SSI (Supplemental Security Income) and I help with rent. Does SSI count toward my income for the financial part of
the background check, or only my own debts?"""),

("positive", "credit_findings", "ghanaian",
"""Financial responsibility review -- applicant [[PERSON:Akosua Mensah-Boateng]]
Collection account: Midland Recovery, acct [[US_BANK_NUMBER:00073318825]], $2,140 (paid 10/2026)
Store card [[CREDIT_CARD:6011326369571271]] 90 days late in 2024, now current.
Mitigation letter attached. Recommend favorable."""),

("evasion", "ssn_fax_break", "anglo",
"""OCR of the faxed SF-86 page 3 (sorry it wrapped):
Name: [[PERSON:Doreen Platt]]  SSN: [[US_SSN:418-2
7-3096]]  Place of birth: Dothan, AL"""),

("positive", "fingerprint_appt_email", "iranian",
"""Subject: Your fingerprint appointment
Dear [[PERSON:Shirin Jafarzadeh]],
your enrolment appointment is Tuesday 12/09 at 10:30 at the enrollment center. Bring two forms of ID.
We have your contact details as [[EMAIL_ADDRESS:shirin.jafarzadeh91@webpost.example]], [[PHONE_NUMBER:818-555-0174]],
[[STREET_ADDRESS:14520 Ventura Blvd #210, Sherman Oaks, CA 91403]]. Reply if anything changed."""),

("positive", "hr_api_key_python", None,
"""import requests
HEADERS = {"X-API-Key": "[[PASSWORD:sk_live_X3wYO6iQD4O7aMnRSV1peVgQ]]", "Accept": "application/json"}
r = requests.get("https://onboarding-vendor.example/api/v1/applicants?status=pending", headers=HEADERS, timeout=30)
print(r.status_code)  # 403 since Monday -- expired?"""),

("hard_negative", "clearance_prose", None,
"""Onboarding FAQ: Do I need a Secret clearance to be a TSO? No -- officers receive a public trust background
investigation. Some headquarters and intelligence positions require a Secret or Top Secret clearance; the job
announcement says so. Keep your investigation paperwork confidential and don't post your status online."""),

("positive", "russian_foreign_residence", "russian",
"""Переведите, пожалуйста, для анкеты: [[PERSON:Екатерина Сергеевна Волкова]], дата рождения [[DATE_OF_BIRTH:12 марта 1990 г.]], проживала по адресу
[[STREET_ADDRESS:ул. Профсоюзная, д. 47, кв. 112, Москва, 117418]] с 2012 по 2016 год. Телефон в США [[PHONE_NUMBER:(929) 555-0126]]."""),

("positive", "adjudication_table_passport", "tamil",
"""Adjudication queue -- dual nationals / foreign travel
| Applicant | Foreign passport | Country | Status |
|---|---|---|---|
| [[PERSON:Karthikeyan Ramalingam]] | [[US_PASSPORT:Z4471902]] | India | relinquished 2025 |
| [[PERSON:Meenakshi Sundaresan]] | [[US_PASSPORT:T8830214]] | India | expired |"""),

("hard_negative", "form_masked_ssn", None,
"""Instructions for the identity history summary request: enter the SSN as XXX-XX-XXXX with dashes; use the
applicant's name exactly as on the ID (LAST, First Middle). Example row in the template: DOE, JOHN Q, 01/01/1900,
SSN 000-00-0000. Delete the example row before uploading."""),

("positive", "hyphen_apostrophe_name", "irish+japanese",
"""Please fix the name in the onboarding system -- it keeps cutting at the apostrophe. Correct name: [[PERSON:Kiera O'Sullivan-Nakamura]],
not "[[PERSON:Kiera O]]". Date of birth [[DATE_OF_BIRTH:2/9/1998]] is correct. [[PERSON:Kiera]] starts at the airport on 1/5."""),

("positive", "panel_scores_csv_quotes", "hausa+polish",
"""\"applicant\",\"panel\",\"score\",\"notes\"
\"[[PERSON:ABUBAKAR, Zainab]]\",\"A\",\"88\",\"strong situational answers\"
\"[[PERSON:KRZYŻANOWSKI, Bartłomiej]]\",\"A\",\"71\",\"needs coaching on customer service\"
\"[[PERSON:IBRAHIM, Musa Danjuma]]\",\"B\",\"93\",\"prior military police\""""),

("hard_negative", "invalid_ssn_sandbox", None,
"""Sandbox test applicant for the new onboarding build: Test Applicant-Zulu, SSN 912-48-3306 (9xx area, never
issued), DOB field left blank, phone 000-000-0000. Please confirm the validation rule rejects it and explain the
error message."""),

("positive", "vietnamese_dob", "vietnamese",
"""Dịch giúp tôi sang tiếng Anh: Ứng viên [[PERSON:Lê Thị Mỹ Duyên]], sinh [[DATE_OF_BIRTH:ngày 5 tháng 9 năm 1992]] tại Cần Thơ, hiện ở
[[STREET_ADDRESS:9127 Bolsa Ave, Westminster, CA 92683]], số điện thoại [[PHONE_NUMBER:714-555-0189]]."""),

("positive", "bgcheck_connection_string", None,
"""appsettings.Production.json (works in dev, fails in prod with login failed -- why?)
"ConnectionStrings": {
  "BgCheck": "[[CONNECTION_STRING:Server=tcp:bgcheck-sql.internal,1433;Database=Adjudication;User Id=adj_svc;Password=RIuKhWZd#h2cmI;Encrypt=True;]]"
}"""),

("hard_negative", "connection_string_placeholder", None,
"""appsettings.json template:
"ConnectionStrings": {
  "BgCheck": "Server=tcp:<server>,1433;Database=Adjudication;User Id=<user>;Password=${BGCHECK_DB_PASSWORD};Encrypt=True;"
}"""),

("evasion", "spaced_caps_name", "anglo",
"""Applicant typed her name in the portal like this and the system can't match it:
[[PERSON:M A R G O T   E L L I S O N]], DOB [[DATE_OF_BIRTH:0 3 / 1 1 / 1 9 9 9]] -- how do I normalise it?"""),

("hard_negative", "historical_figure", None,
"""New-hire orientation history slide: TSA was created in November 2001 by the Aviation and Transportation Security
Act; Transportation Secretary Norman Mineta oversaw the first federalized checkpoints in 2002. Mention the Mineta
San José airport, named after him."""),

("positive", "welsh_uk_phone", "welsh",
"""Foreign reference contact (applicant lived in Cardiff 2018-2020): [[PERSON:Rhiannon Llewellyn-Pryce]], former employer,
mobile [[PHONE_NUMBER:+44 7700 900147]], [[EMAIL_ADDRESS:rhiannon.lp@caerdydd-mail.example]]. Please call after 2 pm our time."""),

("hard_negative", "drug_test_ids", None,
"""Drug test chain of custody: specimen ID 4417092, lab accession 26-118842-U, collection site code 0926. Result
negative-dilute; recollect required within 48 h. MRO review number MRO-26-3318. No names in this e-mail by design."""),

("positive", "onboarding_multi_turn", "zimbabwean",
"""User: new officer [[PERSON:Tendai Chikwanha]] needs her EOD letter, she moved, new address is [[STREET_ADDRESS:2600 Jefferson Davis Hwy, Unit 1414, Arlington, VA 22202]]
Assistant: I can draft the letter. What is the entry-on-duty date?
User: 1/12. her personal email is [[EMAIL_ADDRESS:tchikwanha@mymail-zw.example]], send a copy there too"""),

("positive", "adjudicator_notes_fouo", "kurdish",
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Adjudicator notes: [[PERSON:Rezan Barzani]] -- unreported foreign contact (cousin in Erbil, weekly calls). Mitigated: the
applicant disclosed it at interview. Favorable.
[[CUI_MARKING:FOR OFFICIAL USE ONLY]]"""),
]
