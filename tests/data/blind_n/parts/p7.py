"""Voice: FLETC training rosters and grading; occupational health, medical leave, reasonable accommodation."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "fletc_roster", "korean+hispanic+nigerian+polish+anglo", """
sort this roster by final score and flag anyone under 70:

Class CITP-627 | Glynco
Student            | Agency | PT  | Firearms | Legal | Final
[[PERSON:Cho, Eun-bi]]         | CBP    | 88  | 296      | 84    | 86
[[PERSON:Ramirez, Tomás]]      | ICE    | 71  | 244      | 66    | 68
[[PERSON:Okonkwo, Ifeanyi]]    | USSS   | 93  | 288      | 91    | 90
[[PERSON:Lewandowski, Piotr]]  | FPS    | 79  | 262      | 73    | 74
[[PERSON:Baker, Summer]]       | CBP    | 90  | 271      | 69    | 69
"""),
R(H, "fletc_schedule", None, """
make a weekly calendar from this: Mon 0700 PT (Bldg 21), 0900 Legal 101 (Classroom 4); Tue range day, Range 3, bring 200 rds 9mm; Wed driver training, EVOC track; Thu Legal 102 exam; Fri 1300 graduation rehearsal. Total course hours 480.
"""),
R(P, "grade_appeal", "irish", """
Draft a response to this grade appeal:
From: [[PERSON:Declan McGillicuddy]] <[[EMAIL_ADDRESS:declan.mcgillicuddy@example.gov]]>
"I believe question 14 on the 4th Amendment exam was miskeyed. I scored 68 and need 70 to pass. My student number is 2026-0614-33."
"""),
R(P, "fmla_request", "filipino", """
help me write an email to HR requesting FMLA. details: I'm [[PERSON:Maria Cristina Dela Cruz]], my son was diagnosed with type 1 diabetes and I need intermittent leave. My doctor is Dr. [[PERSON:Ramon Villanueva]]? no wait leave his name out. My phone is [[PHONE_NUMBER:619-555-0128]].
"""),
R(H, "medical_topic", None, """
write a 1-page explainer for supervisors on the difference between FMLA, the Federal Employees Paid Leave Act, and voluntary leave transfer. Include the 12-week limit and the 12-month eligibility requirement.
"""),
R(P, "ra_request", "persian", """
rewrite this accommodation request so it's clear and professional:
"hi, I'm [[PERSON:Niloufar Ghasemi]] in the HSI Houston office. After my back surgery my surgeon says I need a sit-stand desk and no lifting >15 lb for 6 months. Employee ID 40018822. You can call me at [[PHONE_NUMBER:713-555-0145]]."
"""),
R(H, "fitness_standards", None, """
summarize the PEB standards: 1.5 mile run in 13:48 or less, 25 push-ups, 32 sit-ups in 1 min, and the 300 yd shuttle. Explain how the score table works for age group 30-39.
"""),
R(P, "ohs_incident", "pacific_islander", """
complete the OSHA 301 narrative from these notes:
Employee [[PERSON:Viliami Taufa'ao]], DOB [[DATE_OF_BIRTH:1992-05-21]], FLETC role player, rolled ankle during mat room scenario 11/19 at 1420. Treated at on-site clinic, 3 days restricted duty. Home: [[STREET_ADDRESS:314 Ocean Breeze Dr, Brunswick, GA 31523]].
"""),
R(H, "roster_no_names", None, """
calc the class average: scores 88, 71, 93, 79, 90, 84, 66, 91, 73, 69. Also give the median and std dev. Student IDs are 2026-0614-01 through -10.
"""),
R(P, "fit_for_duty", "german", """
summarize for the supervisor without the medical details:
Fitness-for-duty evaluation, [[PERSON:Friedrich von Stauffenberg-Lenz]], Officer, CBP Detroit. Evaluated 11/12 by occupational medicine. Cleared for full duty 12/01 with no restrictions. Contact OHS at [[EMAIL_ADDRESS:ohs.detroit@example.gov]] with questions.
"""),
R(E, "dob_obfuscated", "vietnamese", """
fix grammar for the medical leave form: trainee [[PERSON:Vo Thi Hong Nhung]] date of birth [[DATE_OF_BIRTH:ngày 0 7 tháng 0 3 năm 1 9 9 5]] (she wrote it vietnamese style) needs leave 12/8-12/12
"""),
R(H, "building_names", None, """
proofread: "Trainees report to the Ronald Reagan Building lobby at 0730, then shuttle to the Eisenhower Executive Office Building. Lunch at Hope Street Cafe. Parking at Lincoln Garage, level P2."
"""),
R(P, "lwop_email", "hmong", """
translate to Hmong for the employee's mother, who is his emergency contact:
"Your son [[PERSON:Tou Vang]] was injured during training and is at Southeast Georgia Health System. He is stable. Please call [[PERSON:Chue Lor]], his supervisor, at [[PHONE_NUMBER:912-555-0111]]."
"""),
R(H, "vaccine_schedule", None, """
turn this into a table: Hep B dose 1 on day 0, dose 2 at 1 month, dose 3 at 6 months. Tdap every 10 years. Flu shot clinic 10/15-11/15 in Bldg 262 room 110.
"""),
R(P, "instructor_eval", "jewish+anglo", """
soften the tone of this instructor evaluation:
"[[PERSON:Shlomo Abramowitz]] lectures too fast and dismisses questions. Trainee [[PERSON:Kayleigh Brooks]] complained twice. Recommend co-teaching with [[PERSON:Rachel Adler]] next session."
"""),
R(P, "sick_leave_json", "ukrainian", """
what's wrong with this JSON? the leave system rejects it
{"employee": "[[PERSON:Bohdan Kravchenko]]", "dob": "[[DATE_OF_BIRTH:1987-12-03]]", "leave_type": "SL", "hours": 16, "start": "2026-12-08", "doctor_note": true,}
"""),
R(H, "range_qual", None, """
fix the spreadsheet formula: =IF(AND(B2>=225,C2="Y"),"QUAL","UNQUAL"). Column B is the pistol qualification score out of 300, C is whether the low-light course was done.
"""),
R(P, "lower_case_names", "anglo+indian", """
write a friendly reminder that cpr recert is due: send to jordan miller and also deepa krishnan and rob tate, due date dec 19
""".replace("jordan miller", "[[PERSON:jordan miller]]").replace("deepa krishnan", "[[PERSON:deepa krishnan]]").replace("rob tate", "[[PERSON:rob tate]]")),
]
