# FEMA Emergency Management Institute: course registrations, student IDs, instructors, certificates
RECORDS = [
("positive", "registration_roster_csv", "chamorro+marshallese+lakota+anglo", """Course;Offering;Last;First;Email;Phone;Agency
E0388;26-021;[[PERSON:Taitague]];[[PERSON:Josefina Cruz]];[[EMAIL_ADDRESS:jtaitague@ghs-oca.example]];[[PHONE_NUMBER:671-555-0114]];Guam HSOCD
E0388;26-021;[[PERSON:Lanki]];[[PERSON:Hemos Jeban]];[[EMAIL_ADDRESS:hjlanki@rmi-nemo.example]];[[PHONE_NUMBER:+692 555 0178]];RMI NDMO
E0388;26-021;[[PERSON:Spotted Tail-Whitehorse]];[[PERSON:Wakinyan]];[[EMAIL_ADDRESS:w.spottedtail@ost-em.example]];[[PHONE_NUMBER:605-555-0138]];Oglala Sioux Tribe EM
E0388;26-021;[[PERSON:Pendergrass-Lyle]];[[PERSON:Loretta]];[[EMAIL_ADDRESS:lpettigrew@boonecounty-em.example]];[[PHONE_NUMBER:573-555-0186]];Boone Co. OEM
semicolon-separated, from the NETC admissions export. make a name-tent list (First Last, Agency)"""),
("positive", "certificate_reissue", "puerto_rican", """Good afternoon,

I completed IS-0700.b in 2019 but the certificate has my maiden name. My name is now [[PERSON:Marisol Rivera Colón]] (formerly [[PERSON:Marisol Rivera Santiago]]), date of birth [[DATE_OF_BIRTH:06/18/1986]]. My FEMA SID is 4417308925. Please reissue to [[EMAIL_ADDRESS:mrivera.colon@prema-region3.example]].

Gracias,
[[PERSON:Marisol R. C.]]"""),
("positive", "instructor_travel", "ukrainian", """Adjunct instructor travel for L0146 (HSEEP), Emmitsburg, Jan 12-16:
Instructor: [[PERSON:Oksana Hrytsenko-Bell]]
Home: [[STREET_ADDRESS:77 Quarry Ridge Rd, Harrisburg, PA 17112]]
Cell: [[PHONE_NUMBER:717-555-0163]]
Gov travel card: [[CREDIT_CARD:4359 0311 5279 9031]]
Please write the lodging request to the campus housing office; she needs a ground-floor room."""),
("positive", "military_student", "bosnian", """Student is active duty, uses EDIPI instead of SSN-based SID in the old system. SSgt [[PERSON:Amar Hadžihasanović]], EDIPI [[DOD_EDIPI:1538204716]], DOB [[DATE_OF_BIRTH:1993-02-24]]. He's in E0426 next month. How do I link his old SID to his new one?"""),
("positive", "waitlist_email", "thai", """Hi Ms. [[PERSON:Pornthip Chaiyaporn]],

You are currently #4 on the waitlist for E0101 Foundations of Emergency Management (offering 26-008). If a seat opens we will contact you at [[PHONE_NUMBER:(702) 555-0149]]. Please confirm your supervisor, [[PERSON:Wichai Srisuwan]], has signed the FEMA Form 119-25-1.

EMI Admissions
-- make this sound less robotic"""),
("positive", "cohort_python", "pakistani+lao+fijian", """students = [
    {"name": "[[PERSON:Muhammad Usman Khattak-Awan]]", "sid": "3028841176", "dob": "[[DATE_OF_BIRTH:1988-09-14]]"},
    {"name": "[[PERSON:Khamphone Sisavath]]", "sid": "3028841203", "dob": "[[DATE_OF_BIRTH:1991-01-29]]"},
    {"name": "[[PERSON:Litia Vakaloloma]]", "sid": "3028841245", "dob": "[[DATE_OF_BIRTH:1979-12-03]]"},
]
for s in students:
    print(s["name"].upper(), s["sid"])
# how do I sort this by dob and write it to a csv?"""),
("positive", "ssn_legacy", "anglo", """Legacy EMI transcript request (pre-2012 courses were keyed by SSN):
Name: [[PERSON:Harlan Dewayne Roark]]
SSN: [[US_SSN:229-47-1185]]
Courses: G0290, G0291 (1998), E0580 (2004)
Mail to: [[STREET_ADDRESS:RR 2 Box 114, Summersville, WV 26651]]
Draft the request to the NETC registrar."""),
("positive", "instructor_bio", "korean+ojibwe", """Need to shorten these two instructor bios to 50 words each for the course catalog:

Dr. [[PERSON:Grace Kwon-Littlefield]] is a former county emergency manager with 18 years of experience in mass care and sheltering...
[[PERSON:Waabigwan Kingbird]] serves as the tribal emergency manager for the Red Lake Nation and teaches tribal consultation in E0580..."""),
("positive", "lms_api", None, """import os, requests
# EMI LMS sync
LMS_KEY = "[[PASSWORD:7hVq2Lx9Rk4mTz8NbW3cYf6Ps1JdGe5a]]"
resp = requests.post("https://lms-sync.training.example/v1/enrollments", headers={"X-Api-Key": LMS_KEY}, json=payload)
# getting 429s, how do I add exponential backoff?"""),
("positive", "certificate_dispute", "mexican", """hola, soy [[PERSON:Guadalupe Ibarra Solís]], tomé el curso IS-0100.c en línea pero el certificado salió con fecha de nacimiento equivocada, debe ser [[DATE_OF_BIRTH:15/11/1977]] no 11/15/1977. mi correo es [[EMAIL_ADDRESS:lupe.ibarra77@correo.example]]. -- translate and draft a reply explaining certificates don't show DOB"""),
("positive", "housing_roster_md", "georgian+anglo", """| Room | Student | Arrival | Phone |
|---|---|---|---|
| N-214 | [[PERSON:Giorgi Lomtadze-Abashidze]] | Sun 1/11 | [[PHONE_NUMBER:470-555-0125]] |
| N-215 | [[PERSON:Tamar Chkheidze]] | Sun 1/11 | [[PHONE_NUMBER:470-555-0126]] |
| N-216 | [[PERSON:Bobbie Jo Stallworth]] | Mon 1/12 | [[PHONE_NUMBER:251-555-0102]] |
who arrives Monday and needs a late check-in code?"""),
("positive", "fouo_exercise", "anglo", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
MSEL inject 14, Virtual Tabletop Exercise (VTTX) - Winter Storm
Controller: [[PERSON:Reggie Thibodeaux]]
Inject: County EOC loses power; generator fuel for 6 hours.
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Write two more injects in the same style."""),
("positive", "voicemail", "lakota", """Voicemail 12/03 10:12: "Hi, this is [[PERSON:Winona Black Elk-Ruiz]] from the Rosebud emergency management office, I'm calling about my SID, I forgot it and the password reset email goes to my old work address. My birthday is [[DATE_OF_BIRTH:April 9th 1981]], number is [[PHONE_NUMBER:605 555 0191]]." Summarize for the help queue."""),
("evasion", "split_ssn_lines", "anglo", """transcript request for [[PERSON:Dolores Kettering]], ssn is [[US_SSN:318-
62-
4490]] (typed on separate lines so the form doesn't flag it), pls format into the request"""),
("evasion", "cyrillic_name", "russian", """cert should say [[PERSON:Аlеksеy Vоlkоv]] with the Latin letters, but I pasted from his email sig - dob [[DATE_OF_BIRTH:1985-O7-l9]]. fix any weird chars and generate the certificate text"""),
("evasion", "reversed_email", "yoruba", """student email written backwards because the system strips emails: [[EMAIL_ADDRESS:elpmaxe.meoys@olaybeyed.fa]] - reverse it and send the course confirmation to [[PERSON:Adeyemi Folasade]]"""),
("hard_negative", "course_codes", None, """Course numbers: E0388, L0146, IS-0100.c, IS-0700.b, G0290, K0402. Offering numbers 26-008 and 26-021. Which are resident (E/L), which are independent study (IS), and which are field-delivered (G)?"""),
("hard_negative", "sid_help_text", None, """Rewrite this help text: 'Your FEMA Student Identification (SID) number is a 10-digit number such as 0123456789. Never use your Social Security Number in place of your SID. To look it up, go to the FEMA SID page and select Forgot SID.'"""),
("hard_negative", "campus_info", None, """EMI is on the National Emergency Training Center campus at 16825 South Seton Avenue in Emmitsburg, Maryland. The campus was once Saint Joseph's College, founded by Elizabeth Ann Seton's Sisters of Charity. Give me a paragraph of history for the welcome packet."""),
("hard_negative", "same_shape_roster_no_pii", None, """Course;Offering;Seats;Waitlist;Agency type
E0388;26-021;32;7;State
E0388;26-021;4;0;Tribal
E0388;26-021;6;2;Territorial
semicolon-separated, from the NETC admissions export. make a bar chart spec for seats by agency type"""),
("hard_negative", "fema_forms", None, """What's the difference between FEMA Form 119-25-1 (General Admissions Application) and the NETC online admissions portal? Also is the Form 119-25-2 still used for stipend reimbursement? Answer briefly."""),
("hard_negative", "exercise_no_marking", None, """Our VTTX MSEL template has a header line that says 'EXERCISE EXERCISE EXERCISE' and a footer 'For Exercise Purposes Only - not an actual emergency'. Is that enough, or do we need a handling caveat? Explain the general practice without writing any actual marking."""),
("hard_negative", "stats", None, """Independent Study completions FY26: IS-100.c 412,880; IS-200.c 301,442; IS-700.b 398,015; IS-800.d 121,307. Compute the share of each and round to one decimal."""),
("hard_negative", "kinship_words", None, """Our course evaluation comments mention 'my son', 'my grandmother', 'the sister agency', 'father's day flood', 'Mother Nature'. Which of these are actual family references vs figures of speech? Quick table."""),
("hard_negative", "password_placeholder", None, """lms_sync:
  base_url: https://lms-sync.training.example/v1
  api_key: ${LMS_API_KEY}
  password: changeme
  retry: 3
is this YAML valid and how do I load the env var in python"""),
]
