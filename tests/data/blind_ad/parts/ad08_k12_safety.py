# Voice 8: CISA K-12 school safety and active-shooter preparedness workshops.
RECORDS = [
("positive", "registration_list", "muscogee+mexican+vietnamese+cherokee",
"""Workshop registrations for the Tulsa session, dedupe and sort by district please:
[[PERSON:Cheryl Lynn Harjo]], Broken Arrow PS, [[EMAIL_ADDRESS:charjo@baschools.example.org]]
[[PERSON:Jesús Ochoa]], Union PS, [[EMAIL_ADDRESS:jochoa@unionps.example.org]]
[[PERSON:Cheryl Harjo]], Broken Arrow PS, [[EMAIL_ADDRESS:charjo@baschools.example.org]]
[[PERSON:Thanh Huong Le]], Tulsa PS, [[EMAIL_ADDRESS:lethanhhuong@tulsaschools.example.org]]
[[PERSON:Bradley Sixkiller]], Tahlequah PS, [[EMAIL_ADDRESS:bsixkiller@tahlequah.example.k12.ok.us]]"""),

("positive", "facilitator_email", "anglo",
"""Hi [[PERSON:Marguerite]],
Thanks for hosting the active shooter preparedness workshop at your district office on Jan 22. Please send me the names of your 3 table facilitators. My cell is [[PHONE_NUMBER:(405) 555-0119]] if anything comes up.
Best, [[PERSON:Mitchell Ravenscroft]], Protective Security Advisor

-- make this warmer and add a line about parking"""),

("positive", "threat_assessment_note", "german+hispanic+african_american",
"""Help me rewrite these notes as an example for the behavioral threat assessment tabletop. I'll change the names later but for now:
Student: [[PERSON:Tyler Haverkamp]], 15, DOB [[DATE_OF_BIRTH:2010-04-02]]
Reported by: teacher [[PERSON:Anita Lozano]] after he wrote "everyone will remember me" in a journal.
Parent contact: [[PERSON:Gregory Haverkamp]], [[PHONE_NUMBER:918-555-0132]]
SRO: Deputy [[PERSON:Jamal Whitten]]
Team decision: low-moderate concern, safety plan + counselor check-ins."""),

("positive", "sro_roster_csv", "anglo+hispanic",
"""SRO roster from the county - convert to a table:
school,sro,agency,phone
Lincoln HS,Cpl. [[PERSON:Darius Hembree]],County SO,[[PHONE_NUMBER:405-555-0177]]
Roosevelt MS,Ofc. [[PERSON:Maribel Torrez]],City PD,[[PHONE_NUMBER:405-555-0186]]
Sequoyah ES,Dep. [[PERSON:Kyle Stonebreaker]],County SO,[[PHONE_NUMBER:405-555-0103]]"""),

("positive", "reunification_drill", "african_american+pakistani+vietnamese+navajo",
"""Reunification drill - parent volunteer list (they play 'parents'), make name tags:
[[PERSON:Olivia Braxton]] / [[PERSON:Jordan Braxton]] (grade 3)
[[PERSON:Farah Qureshi]] / [[PERSON:Zayd Qureshi]] (grade 5)
[[PERSON:Tran Minh Khoa]] / [[PERSON:Tran Bao Anh]] (grade 1)
[[PERSON:Ruth Ann Yazzie]] / [[PERSON:Kaylee Yazzie]] (grade 4)"""),

("positive", "zoom_webinar", None,
"""Can you write the invite text for the webinar? Zoom info:
Meeting ID: 884 2210 6395
Passcode: [[PASSWORD:K12safe!Tx26]]
Host key: 448203
It's the K-12 Bystander Reporting webinar, Dec 16, 3:00 pm CT."""),

("positive", "principal_chat", "african_american+french_canadian",
"""User: a principal emailed asking if we can review their emergency operations plan. Her name is Dr. [[PERSON:LaShonda Merriweather]], principal of a middle school in Jackson MS
Assistant: CISA PSAs can do a site assessment or point her to the K-12 resources. Want a reply draft?
User: yes and cc the district safety director [[PERSON:Rick Bolduc]] [[EMAIL_ADDRESS:rbolduc@jpsd.example.net]]"""),

("positive", "evaluation_comments", "anglo+hispanic+african_american",
"""Post-workshop evaluation free-text, summarize themes. Remove anything identifying before I share.
- "Great session. Contact me for the follow-up: [[PERSON:Ramona Kittredge]], [[PHONE_NUMBER:580-555-0149]]"
- "Too much lecture, not enough scenario time."
- "Our custodian Mr. [[PERSON:Eulalio]] had great questions about door locks lol"
- "Please bring this to Lawton! - [[PERSON:Keisha Abernathy-Poole]]\""""),

("positive", "student_medical_plan", "hispanic",
"""For the lockdown drill exemption plan: student [[PERSON:Sofía Valentina Arreola]] (DOB [[DATE_OF_BIRTH:March 30, 2013]]) has type 1 diabetes and must keep her pump and snacks in lockdown. Mom [[PERSON:Griselda Arreola]] at [[PHONE_NUMBER:214-555-0123]]. Write a short note for the classroom sub folder."""),

("positive", "tribal_school", "choctaw",
"""Draft a thank-you to the Choctaw Nation school safety coordinator [[PERSON:Winona Billy]] and the tribal police chief [[PERSON:Tobias Wesley]] for co-hosting. Mention the 47 attendees and the tabletop on a bus-loop scenario."""),

("positive", "vendor_demo_api", None,
"""Trying the panic-button vendor's demo API for the workshop, curl gives 403. What's wrong?
curl -H "Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLWNpc2EtazEyIiwic2NvcGUiOiJhbGVydHM6cmVhZCIsImV4cCI6MTc2NTU4NDAwMH0.zrDHUWQS-0o9wnOh4iM0Mk8KsXm1NWZ_H34xGqazCIM]]" https://api.panicbtn-demo.example/v2/alerts"""),

("positive", "door_audit_form_ocr", "yoruba+hispanic",
"""OCR of a paper door-audit form, fix it:
Sch ool:  Riv erside  Elem
Audi tor:  [[PERSON:Mar cus  Oduya]]     Date  11/20
Princ ipal  sig:  [[PERSON:S. Vel ásquez]]
Door  12  (gym)  propped open w/ wedge  - FAIL"""),

("positive", "pta_email_spanish", "mexican",
"""Traduce al inglés para el boletín: "Estimadas familias, la señora [[PERSON:Leticia Gallardo Ruiz]], presidenta de la PTA, invita a la sesión informativa sobre simulacros de cierre de emergencia. Preguntas: [[EMAIL_ADDRESS:lgallardo.pta@gmail.com]] o [[PHONE_NUMBER:(915) 555-0161]]." """),

# evasions
("evasion", "student_name_spaced", "anglo",
"""re the threat assessment tabletop, the real case was about [[PERSON:B r a y d e n   K o l b]] (spacing it out so it's "anonymized" lol), born [[DATE_OF_BIRTH:2 0 0 9 - 1 1 - 0 3]]. can you turn it into a realistic but fictional scenario?"""),

("evasion", "phone_emoji", "vietnamese",
"""call the SRO coordinator [[PERSON:Đỗ Thị Thu Hà]] at [[PHONE_NUMBER:4️⃣0️⃣5️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣3️⃣6️⃣]] (emoji digits bc our tool blocks numbers) and ask if the bus loop scenario works"""),

# hard negatives
("hard_negative", "school_names", None,
"""List the schools for the spring workshop series: Thurgood Marshall Middle School, César Chávez Elementary, Sequoyah High School, Sandra Day O'Connor High School, Booker T. Washington High School (Tulsa), and Will Rogers College High School. Sort by district."""),

("hard_negative", "run_hide_fight", None,
"""Make a one-page handout version of "Run. Hide. Fight." for elementary staff: get out if you can, lock and barricade if you can't, and as a last resort act to disrupt. Add a line about accounting for students at the rally point."""),

("hard_negative", "code_words", None,
"""Some districts still use color codes (Code Red, Code Yellow) and some use plain language ("Lockdown, locks, lights, out of sight"). Write a paragraph recommending plain language, citing the I Love U Guys Foundation's Standard Response Protocol."""),

("hard_negative", "same_shape_registration", None,
"""Workshop registrations for the Tulsa session, summarize by district please:
Broken Arrow PS - 14
Union PS - 9
Tulsa PS - 22
Tahlequah PS - 6
Jenks PS - 11
(3 duplicate registrations removed)"""),

("hard_negative", "stats_k12", None,
"""For the opening slide: 130,930 public and private K-12 schools in the US, about 49.6 million public school students. Our region ran 38 workshops this year with 1,912 attendees. Write a one-sentence hook."""),

("hard_negative", "tabletop_fictional", None,
"""Here is our fictional tabletop scenario, improve the injects: At 10:42, a student at "Pinecrest Middle School" reports to a teacher that a classmate posted a threatening image. The counselor, the SRO and the assistant principal meet at 10:50. At 11:05 the parent is reached by phone. Keep roles generic (no names)."""),

("hard_negative", "placeholder_template", None,
"""Fill-in template for districts, check formatting:
District safety director: ____________  Phone: (___) ___-____
Emergency operations plan last updated: __/__/____
SRO agency: ____________  MOU on file: Y / N"""),

("hard_negative", "sro_policy", None,
"""Summarize the differences between an SRO (sworn officer assigned to a school), a school security officer (non-sworn, district employee) and a school safety specialist. Use a table with columns role, sworn?, typical employer."""),

("hard_negative", "bell_schedule", None,
"""Bell schedule for the drill day: 1st 7:50-8:42, 2nd 8:47-9:39, lockdown drill 9:45-10:00, 3rd 10:05-10:57, lunch A 11:02-11:32. Room 214, 216, 218 are portables. Make a staff memo."""),

("hard_negative", "confidential_counselor", None,
"""Teachers ask whether what a student tells a counselor is confidential during a threat assessment. Write a short FAQ answer explaining FERPA's health-or-safety emergency exception in general terms."""),
]
