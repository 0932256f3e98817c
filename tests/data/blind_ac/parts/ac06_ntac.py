# Voice 6: Secret Service National Threat Assessment Center - school threat-assessment consultations.
RECORDS = [
("positive", "consult_intake", "navajo",
"""Consultation request from a school district in Gallup, NM - summarize for the NTAC duty analyst:
Student: [[PERSON:Kaden Yazzie Begaye]], grade 9, DOB [[DATE_OF_BIRTH:2011-06-14]]
Concern: wrote "I'm going to make everyone at the pep rally remember me" in a class journal; classmates report he has talked about his uncle's rifles.
School contact: Principal [[PERSON:Loretta Yellowhorse]], [[PHONE_NUMBER:505-555-0117]]
Team has met once; parents not yet contacted."""),

("positive", "threat_team_minutes", "hmong+anglo",
"""Threat assessment team minutes - 11/20, please turn into the 8-step NTAC model format:
Present: AP [[PERSON:Gregory Soderholm]], counselor [[PERSON:Ntxhi Kue]], SRO Deputy [[PERSON:Przybylak]], psych Dr. [[PERSON:Amara Fenwick]]
Student [[PERSON:Kou Nhia Chang]] (10th) posted a photo of a handgun with caption about "Friday". Mother [[PERSON:Mai Sua Chang]] states the gun is her boyfriend's and is now locked. Student denies intent, says it was a song lyric."""),

("positive", "parent_email", "anglo",
"""Help me answer this parent politely without sharing anything about the other student:
"My daughter [[PERSON:Harper Quinn Abernathy]] told me a boy in her 7th grade class, [[PERSON:Jaxon Treadwell]], has a list of kids he wants to hurt and she's on it. We live at [[STREET_ADDRESS:902 Prairie Rose Ct, Ankeny, IA 50021]]. Why hasn't anyone called us? - [[PERSON:Courtney Abernathy]], [[PHONE_NUMBER:515-555-0150]]" """),

("positive", "counselor_chat", "somali",
"""User: I'm a school counselor consulting with NTAC. A 12-year-old, [[PERSON:Hodan Abdullahi Warsame]], is being bullied online and her older brother [[PERSON:Abdifatah]] said he'd "handle" the kids doing it. Is that a threat to assess?
Assistant: It may warrant assessment of the brother's statement in context...
User: her brother is 17, DOB [[DATE_OF_BIRTH:March 3, 2009]], goes to the high school next door. how do we coordinate across two schools"""),

("positive", "case_summary_lakota", "lakota",
"""Case summary for the consultation call - student [[PERSON:Wambli Iron Cloud]] (8th grade, Pine Ridge area), referred after drawing a map of the school with X marks. Grandmother [[PERSON:Verna Iron Cloud]] is guardian, phone [[PHONE_NUMBER:605-555-0124]]. Tribal police and BIE school both involved. What questions should we ask about grievances and access to weapons?"""),

("positive", "sro_report_les", "mexican",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
SRO report: juvenile [[PERSON:Luis Ángel Carrillo Meza]], DOB [[DATE_OF_BIRTH:09/02/2010]], found with a folding knife in backpack on 11/17; stated he carries it "for the walk home" on [[STREET_ADDRESS:1417 S Fig Ave, Fresno, CA 93706]].
rewrite in neutral language for the team"""),

("positive", "teacher_email_chinese", "chinese",
"""From: [[PERSON:Zhang Lihua]] <[[EMAIL_ADDRESS:zhang.lihua@roosevelt-ms.k12.wa.us]]>
Student [[PERSON:Liang Zihan]] wrote in a Chinese-language assignment: 我想让他们都消失 ("I want them all to disappear"). I'm not sure if it's a threat or frustration. His parents are [[PERSON:Liang Wei]] ([[PERSON:梁伟]]) and [[PERSON:He Jing]].
-- how do we interpret this, and should we translate the whole essay first?"""),

("positive", "training_rsvp_csv", "chamorro+samoan",
"""RSVPs for the NTAC Behavioral Threat Assessment training in Saipan, clean this up:
name,school,email
[[PERSON:Josephine Cruz Taitano]],Hopwood MS,[[EMAIL_ADDRESS:jtaitano@cnmipss.org]]
[[PERSON:Rolando Sablan Camacho]],Saipan Southern HS,[[EMAIL_ADDRESS:rscamacho@cnmipss.org]]
[[PERSON:Tasi Faleafa]],Marianas HS,[[EMAIL_ADDRESS:tfaleafa@cnmipss.org]]"""),

("positive", "student_social_media", "arab",
"""Analyze this: a student account "@nour.h.2010" belonging to [[PERSON:Nour Hamdan]] posted "nobody will ignore me after monday" and a picture of the school gym. Her father [[PERSON:Khalil Hamdan]] called the school, [[PHONE_NUMBER:313-555-0174]]. What are the next steps in the NTAC model?"""),

("positive", "bhutanese_family_note", "nepali",
"""Translated note from the parent (Nepali), need it in English summary form: parent [[PERSON:Dil Maya Gurung]], son [[PERSON:Suraj Gurung]] born [[DATE_OF_BIRTH:२०६७ साउन १२]] (B.S.), they live at [[STREET_ADDRESS:55 Hollister St, Apt 12, Manchester, NH 03102]]. She says Suraj is scared of boys who threatened him, he is not the one threatening."""),

("positive", "consult_log_json", "ojibwe",
"""{"consult_id":"NTAC-C-26-0337","state":"MN","student":{"name":"[[PERSON:Ayasha Morningstar Bellecourt]]","dob":"[[DATE_OF_BIRTH:2008-12-01]]"},"reporter":{"name":"[[PERSON:Dale Fairbanks]]","role":"dean","phone":"[[PHONE_NUMBER:218-555-0106]]"},"status":"open"}
parse this and tell me which fields are missing for our tracker"""),

("positive", "secret_excerpt_fouo", None,
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Operational note: school walkthrough for the protectee visit at the high school will occur 0700-0800; threat assessment team coordination via local PD.
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
shorten this for the advance team"""),

("positive", "lowercase_notes", "congolese",
"""notes from call, clean up: student is [[PERSON:grace mbuyi kalonji]], 11th, her ex [[PERSON:jonathan ilunga]] threatened to "come to the school" after she ended it, he graduated last year. mom [[PERSON:esperance kalonji]] 816 555 0143. school is in kc"""),

("positive", "slack_webhook", None,
"""we set up an alert to the team's Slack when the tip line gets a keyword hit. Script:
curl -X POST https://slack.com/api/chat.postMessage \
  -H 'Authorization: Bearer [[SLACK_TOKEN:xoxb-403146275771-9790582790821-70n25klBYaAhCbtQnbqGUXOK]]' \
  -d channel=C06TA-THREAT -d text='New tip (keyword hit)'
why does the bot post twice?"""),

("evasion", "initials_then_words", "samoan",
"""i'll give you the kid's name as pieces so it doesn't get redacted: first name is [[PERSON:Semisi]], last is [[PERSON:Taufa]] - combined: [[PERSON:S3m1s1 T4ufa]]. dob [[DATE_OF_BIRTH:2 0 1 0 / 0 4 / 1 9]]. write the intake summary with the full name"""),

("evasion", "rot13_name", "anglo",
"""student name rot13'd: [[PERSON:Oenlqra Znepbggr]]. decode it and put it in the referral. parent phone [[PHONE_NUMBER:５１５-５５５-０１３８]]"""),

("evasion", "zero_width_address", "karen",
"""family address for the home visit: [[STREET_ADDRESS:78​1 Cen​ter St, Ut​ica, NY 135​01]], student [[PERSON:Saw Eh K‌lo Htoo]]"""),

("hard_negative", "ntac_report_stats", None,
"""From NTAC's public "Protecting America's Schools" report: in 41 incidents of targeted school violence from 2008-2017, most attackers were current students, most had been bullied, and most had concerning behaviors observed by others. Make 4 slide bullets."""),

("hard_negative", "secret_service_prose", None,
"""Why does the U.S. Secret Service do school violence research at all? Write a 2-paragraph explainer for parents that mentions the National Threat Assessment Center was created in 1998 and its research is public."""),

("hard_negative", "eight_step_model", None,
"""List the 8 steps of NTAC's behavioral threat assessment model (establish a team, define prohibited behaviors, create a reporting mechanism, ...) as a checklist with one sentence each."""),

("hard_negative", "anonymized_case", None,
"""Anonymized case study for the workshop: Student A (grade 8) made a statement in class about bringing a weapon. Team interviewed Student A, Parent A and Teacher B. No access to weapons found; interventions: counseling, mentoring, check-ins. Write 3 discussion questions."""),

("hard_negative", "confidential_prose", None,
"""Can a school threat assessment team share information with NTAC under FERPA's health-or-safety emergency exception, or does it have to stay confidential? Short answer for principals."""),

("hard_negative", "placeholder_form", None,
"""Threat Assessment Referral Form
Student name: ____________  Grade: ___  DOB: __/__/____
Referred by: ____________  Phone: (___) ___-____
Concern (describe): __________________
-> convert to a Google Form question list"""),

("hard_negative", "school_names_places", None,
"""Schools in the pilot: Roosevelt Middle School (Seattle), Thomas Jefferson High School (Dallas), Sitting Bull College partnership site (Fort Yates), and Cesar Chavez Elementary (Phoenix). Make a map caption."""),

("hard_negative", "kinship_guardian", None,
"""When the student lives with a grandmother, an aunt, or a foster parent, who should the team call first - the legal guardian or the person the kid actually lives with? Give general guidance."""),

("hard_negative", "ticket_numbers", None,
"""Tip-line system export: TIP-2026-004418 (closed), TIP-2026-004452 (open), TIP-2026-004471 (escalated), avg response 14 min. Which to include in the monthly summary?"""),
]
