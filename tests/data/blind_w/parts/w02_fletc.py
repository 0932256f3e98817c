# Voice: FLETC (Federal Law Enforcement Training Centers) -- student rosters, firearms qualification, driving course.
RECORDS = [
("positive", "roster_semicolon_csv", "filipino+samoan",
"""class;last;first;agency;dob;dl_state;dl_no
CITP-26-04;[[PERSON:Dimaculangan]];[[PERSON:Ruel]];HSI;[[DATE_OF_BIRTH:1993-08-26]];GA;[[US_DRIVER_LICENSE:058317264]]
CITP-26-04;[[PERSON:Tuiasosopo]];[[PERSON:Leialoha]];FPS;[[DATE_OF_BIRTH:1990-12-02]];HI;[[US_DRIVER_LICENSE:H00482917]]
CITP-26-04;[[PERSON:Macaraeg]];[[PERSON:Joviliza]];USSS;[[DATE_OF_BIRTH:1996-04-30]];CA;[[US_DRIVER_LICENSE:D6639014]]
CITP-26-04;[[PERSON:Faleolo]];[[PERSON:Tavita]];CBP;[[DATE_OF_BIRTH:1988-06-11]];WA;[[US_DRIVER_LICENSE:FALEOTA884Q2]]"""),

("positive", "firearms_qual_fixed_width", "anglo+ukrainian",
"""RANGE 5  PISTOL QUAL  COURSE OF FIRE: PPC-60   DATE 11/21/2026
NAME                      SCORE  RESULT  INSTRUCTOR
[[PERSON:MCCRACKEN, Travis]]          286    QUAL    [[PERSON:Hrytsaienko]]
[[PERSON:BONDARCHUK, Oksana]]         241    QUAL    [[PERSON:Hrytsaienko]]
[[PERSON:PELLETIER-GRANT, Avery]]     198    REMED   [[PERSON:Hrytsaienko]]
Remedial for [[PERSON:Pelletier-Grant]] scheduled 11/24 0700."""),

("hard_negative", "course_catalog", None,
"""CITP class 26-04 runs 12 weeks. Week 6: firearms (Range 5 and the indoor range at Bldg 2), week 8: driver
training on the 4.2-mile road course, skid pan and the highway response course. Practical exercise PX-14 (search
warrant) uses the mock town. Students report to the Student Services desk with their orientation packet FORM 1021.
Course numbers: CITP 26-04, UPTP 26-11, LEDIT 26-02."""),

("positive", "driving_incident_lowercase", "hispanic",
"""User: rewrite as a formal incident report: student [[PERSON:marisol quintanar]] lost control on the skid pan at about 30 mph,
vehicle 14 hit the cone line and the guardrail, she had a sore neck, ems checked her out, no transport. her GA license
is [[US_DRIVER_LICENSE:041882573]]. instructor on the pad was [[PERSON:gil ostrander]].
Assistant: Here is a draft. I've replaced the licence number with a placeholder."""),

("evasion", "dl_split_linebreak", "anglo",
"""Fax OCR from the state DMV check:
Licensee: [[PERSON:Colby Wainscott]]
Lic #: [[US_DRIVER_LICENSE:S530-4417-
2208]] (FL)  status VALID  class E"""),

("positive", "netrc_lms", None,
"""# ~/.netrc on the roster export box (please tell me why curl still asks for a password)
machine lms.fletc-training.example
  login svc_roster_export
  password [[PASSWORD:v7Rq!Lw2#Tz9Kd4e]]"""),

("positive", "connect_args_python", None,
"""conn = psycopg2.connect(
    host="rangedb.glynco.internal",
    dbname="qualifications",
    user="range_app",
    password="[[PASSWORD:^9HMlDbgW9L8^s]]",
    sslmode="require",
)
# query: average PPC-60 score per class since 2024 -- why does this time out?"""),

("hard_negative", "connect_placeholder", None,
"""conn = psycopg2.connect(
    host=os.environ["RANGE_DB_HOST"],
    dbname="qualifications",
    user=os.environ["RANGE_DB_USER"],
    password=os.environ["RANGE_DB_PASSWORD"],  # never hard-code; set via vault
)"""),

("positive", "intake_common_word_names", "hispanic+yoruba",
"""STUDENT INTAKE -- UPTP 26-11
Student: [[PERSON:Sterling Oyelaran]]
Date of birth: [[DATE_OF_BIRTH:November 2, 1994]]
Emergency contact: [[PERSON:Journey Castellanos]] (fiancée), [[PHONE_NUMBER:912-555-0153]]
Dietary: none. Housing: Dorm 22, Rm 118.
[[PERSON:Sterling]] asked that [[PERSON:Journey]] be called only if he is transported to a hospital."""),

("hard_negative", "eponym_taser", None,
"""Intermediate weapons block, lesson plan: the name TASER comes from "Tom Swift's Electric Rifle", after the boy
inventor in the Victor Appleton novels. Discuss why the Glock 19M replaced the older service pistol and how the
Remington 870 is still used on the shotgun course. Handout version 2.3, revised 2026-05-14."""),

("positive", "ilea_philippine_passport", "filipino",
"""Hi Rowena -- for the international partner course, please enrol the following officer:
[[PERSON:Bayani Sarmiento Agbayani]], Philippine National Police, passport [[US_PASSPORT:P4471902B]], born [[DATE_OF_BIRTH:19 June 1985]],
email [[EMAIL_ADDRESS:b.agbayani.pnp@mailbox-ph.example]], mobile [[PHONE_NUMBER:+63 918 555 0127]].
Thanks, [[PERSON:Noel]]""".replace("Hi Rowena", "Hi [[PERSON:Marivic]]")),

("hard_negative", "qual_standards", None,
"""Qualification standard (reference): 60 rounds, 3/7/15/25 yards, minimum 210 of 300 (70 %). Two failed attempts
trigger remediation; a third failure is referred to the partner agency. Lot numbers of the training ammunition used
this quarter: 26-0417-F, 26-0502-F. Target: TQ-19 with 4x6 inch scoring zone."""),

("positive", "driving_results_markdown", "vietnamese+ukrainian",
"""| Student | Skid pan | Pursuit | Backing | Result |
|---|---|---|---|---|
| [[PERSON:Nguyễn Thị Bích Trâm]] | P | P | P | PASS |
| [[PERSON:Trương Văn Khải]] | P | F | P | RETEST |
| [[PERSON:Yaroslava Kuzmenko]] | P | P | P | PASS |
Can you write a short e-mail to [[PERSON:Khải]] about his pursuit retest on Monday?"""),

("positive", "misconduct_cui", "chechen",
"""[[CUI_MARKING:CUI//PRVCY]]
Student conduct referral. [[CUI_MARKING:(CUI)]] Student [[PERSON:Ruslan Dzhabrailov]] (UPTP 26-11) was found with alcohol in the
dormitory on 11/26. Counseling memo attached. Return to partner agency recommended.
[[CUI_MARKING:CUI//PRVCY]]"""),

("hard_negative", "locker_numbers", None,
"""Locker reassignment, Bldg 67: lockers 114-139 go to class 26-04 (student numbers 26-04-001 to 26-04-026), lockers
140-160 stay with 26-02 until graduation on 12/18. Combination sheets are in the safe, not in this e-mail."""),

("evasion", "phone_words", "gullah+anglo",
"""voicemail transcript: hi this is [[PERSON:Ernestine Gadsden]] calling about my son [[PERSON:Jabari Gadsden]] in the driver course, could somebody call me
back at [[PHONE_NUMBER:nine one two, five five five, zero one three eight]], thank you"""),

("positive", "curl_basic_auth", None,
"""curl -s -X POST https://range-sched.glynco.internal/api/v2/lanes/reserve \\
  -H "Authorization: Basic [[PASSWORD:cmFuZ2Vfc2NoZWQ6VGlnZXJMaWx5IzQ0]]" \\
  -H "Content-Type: application/json" \\
  -d '{"lane": 12, "start": "2026-12-08T07:00"}'
returns 409 -- what does that mean?"""),

("hard_negative", "curl_env_basic", None,
"""curl -s -u "$RANGE_USER:$RANGE_PASS" https://range-sched.glynco.internal/api/v2/lanes?date=2026-12-08
# RANGE_USER / RANGE_PASS come from the CI secret store; replace <your-token> in the README example."""),

("positive", "yaml_emergency_contacts", "bosnian",
"""students:
  - name: [[PERSON:Emir Hadžiahmetović]]
    class: LEDIT 26-02
    emergency_contact:
      name: [[PERSON:Rose Hadžiahmetović]]
      relation: spouse
      phone: "[[PHONE_NUMBER:+1 (478) 555-0119]]"
      address: "[[STREET_ADDRESS:88 Pecan Hollow Ln, Warner Robins, GA 31088]]\""""),

("hard_negative", "public_agency_address", None,
"""Reporting instructions (public page): Federal Law Enforcement Training Centers, 1131 Chapel Crossing Road, Glynco,
GA 31524. Enter through the main gate; have your orders and government ID ready. Shuttle from Brunswick airport
runs hourly. Weather closures are posted on the public site."""),

("positive", "arabic_ilea_student", "jordanian",
"""ترجم من فضلك: المتدرب [[PERSON:يوسف الحمدان]]، تاريخ الميلاد [[DATE_OF_BIRTH:٣ آذار ١٩٩٢]]، رقم الهاتف [[PHONE_NUMBER:+962 7 9555 0143]]، سيشارك في دورة القيادة الأسبوع القادم.
Note for Capt. [[PERSON:Al-Hamdan]]: bring your driving licence from Amman."""),

("hard_negative", "weapon_serials", None,
"""Armory inventory delta 11/30: Glock 19M serials BXKT417, BXKT418 returned; Remington 870 RS41887J out for repair;
NSN 1005-01-630-2744. Rack 6 short one magazine. Inventory sheet rev. 12."""),

("positive", "multi_turn_signup", "mongolian",
"""User: I need to sign up for the remedial driving block. name is [[PERSON:Bat-Erdene Gansükh]]
Assistant: Sure -- which class are you in, and which dates work?
User: UPTP 26-11, any day next week. dob [[DATE_OF_BIRTH:04/17/1997]] if the form needs it
Assistant: Thanks, [[PERSON:Bat-Erdene]]. I'll draft the request; please don't paste your date of birth into chats."""),

("hard_negative", "classified_ads", None,
"""Glynco Gazette classifieds: 2019 Honda Civic, 41k miles, VIN 2HGFC2F59KH504417 (just title paperwork, no loan),
asking $16,900. Treadmill, $150. Contact the front desk at the student center, ext. 4417. "Top secret" recipe for
the dining hall's shrimp and grits is back on Fridays!"""),
]
