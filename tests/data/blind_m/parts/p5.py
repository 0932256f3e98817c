# Voice 5: science and technology, training and exercise planners (positives)
RECORDS = [
("positive", "exercise_roleplayers", "mixed",
 "Role player roster for the Port of Tacoma tabletop – put into a table with columns name/role/phone:\n"
 "- [[PERSON:Tevita Fifita]] – harbor pilot – [[PHONE_NUMBER:253-555-0141]]\n- [[PERSON:Ngọc Anh Phạm]] – container terminal manager – [[PHONE_NUMBER:253-555-0187]]\n"
 "- [[PERSON:Carlos Echeverría]] – USCG watchstander – [[PHONE_NUMBER:253-555-0119]]\n- [[PERSON:Hana Sato]] – reporter (inject 7) – [[PHONE_NUMBER:253-555-0102]]"),
("positive", "course_roster", "mixed",
 "Attendance for ICS-300 cohort 14, mark the no-shows:\nName | Component | Email\n[[PERSON:Abebe Gebremedhin]] | FEMA | [[EMAIL_ADDRESS:abebe.gebremedhin@fema-example.gov]]\n"
 "[[PERSON:Olga Nowicka]] | TSA | [[EMAIL_ADDRESS:olga.nowicka@tsa-example.gov]]\n[[PERSON:Musa Abdullahi]] | CBP | [[EMAIL_ADDRESS:musa.abdullahi@cbp-example.gov]]\n[[PERSON:Keahi Kamakau]] | USCG | [[EMAIL_ADDRESS:keahi.kamakau@uscg-example.mil]]"),
("positive", "lab_notes", "chinese",
 "Lab notebook entry 2025-11-18 (S&T Chemical Security Analysis Center): Sample set C-14 run by [[PERSON:Dr. Feng Yuxuan]]".replace("[[PERSON:Dr. Feng Yuxuan]]", "Dr. [[PERSON:Feng Yuxuan]]") +
 "; calibration drift noted on GC-MS unit 2. [[PERSON:Qiu Lan]] to rerun blanks Thursday. Help me write the deviation report."),
("positive", "exercise_inject", "haitian",
 "Inject 12 (T+02:40): A caller identifying herself as [[PERSON:Nadège Beauvoir]] reports that her brother [[PERSON:Wesner Beauvoir]] is trapped at [[STREET_ADDRESS:615 Pelican Bay Road, Homestead, FL 33030]]. She can be reached at [[PHONE_NUMBER:305-555-0176]]. "
 "Expected action: EOC logs the request and tasks USAR. (These are role-player details; please make the inject more realistic.)"),
("positive", "quiz_key", "anglo",
 "Grade these quiz answers from my class and give feedback:\n[[PERSON:Tyler Brandt]]: 8/10\n[[PERSON:Madison Ocheltree]]: 6/10\n[[PERSON:Connor Blevins]]: 9/10\nQ4 was most missed (what's the difference between CUI basic and specified?)."),
("positive", "grant_review", "nigerian",
 "Reviewer comments for the Centers of Excellence proposal from [[PERSON:Prof. Adaeze Nwankwo-Ibe]]".replace("[[PERSON:Prof. Adaeze Nwankwo-Ibe]]", "Prof. [[PERSON:Adaeze Nwankwo-Ibe]]") +
 " (co-PI [[PERSON:Tunde Olagunju]]): strong methodology, weak transition plan. Rewrite my comments constructively."),
("positive", "hotwash_notes", "pacific_islander",
 "Hot wash notes, clean up: Controller [[PERSON:Malia Tuiasosopo]] said the comms inject was late. Evaluator [[PERSON:Ioane Leiataua]] flagged that the JIC didn't verify the hoax tweet. Player [[PERSON:Kalani]] asked for more time on the recovery module."),
("positive", "sensor_pilot_lab", "indian",
 "Write a summary for the program manager: The biodetection pilot at the Chicago transit site logged 3 false alarms. Technician [[PERSON:Sreejith Nair]] replaced the filter on 11/20. Test director [[PERSON:Dr. Lakshmi Venkatachalam]]".replace("[[PERSON:Dr. Lakshmi Venkatachalam]]", "Dr. [[PERSON:Lakshmi Venkatachalam]]") + " wants root cause by Friday."),
("positive", "training_cert_list", "vietnamese",
 "Print-ready certificates needed for: [[PERSON:LE THI THU TRANG]], [[PERSON:HOANG MINH DUC]], [[PERSON:VO QUOC THINH]]. Course: Active Shooter Awareness, 4 CEUs. Give me the certificate wording."),
("positive", "exercise_poc_sheet", "eritrean",
 "Exercise control staff contact sheet:\nLead controller: [[PERSON:Senait Kidane]], [[PHONE_NUMBER:(206) 555-0129]]\nSafety officer: [[PERSON:Filmon Habte]], [[PHONE_NUMBER:(206) 555-0148]]\nPlease draft a safety briefing paragraph that references them."),
("positive", "exercise_scenario_class", None,
 "This is exercise material. Scenario document header:\n[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]] EXERCISE EXERCISE EXERCISE\nScenario: a notional state actor pre-positions malware in pipeline SCADA.\nCan you suggest more injects?"),
("positive", "fellowship_application", "korean",
 "Edit my personal statement for the S&T fellowship. Intro: \"My name is [[PERSON:Yoo Ji-min]] and I grew up in Incheon before moving to Atlanta at 12...\" My advisor [[PERSON:Dr. Sung-ho Lim]]".replace("[[PERSON:Dr. Sung-ho Lim]]", "Dr. [[PERSON:Sung-ho Lim]]") + " will write the letter."),
("positive", "range_creds", None,
 "For the cyber range exercise, students log into the vulnerable VM with root / [[PASSWORD:R4ngeDay!Blue-Team-7]]. Write the lab instructions step 1-5 without changing the credential."),
("positive", "evaluator_feedback_json", "ethiopian",
 "Summarize evaluator scores:\n[{\"evaluator\": \"[[PERSON:Mulugeta Worku]]\", \"score\": 4}, {\"evaluator\": \"[[PERSON:Selamawit Assefa]]\", \"score\": 3}, {\"evaluator\": \"[[PERSON:Yared Mengistu]]\", \"score\": 5}]"),
("positive", "tabletop_bio", "japanese",
 "Write speaker bios for the tabletop program. Speaker 1: [[PERSON:Nakamura Ren]], seismologist. Speaker 2: [[PERSON:Emiko Hayashi-Brooks]], emergency manager, Honolulu."),
("positive", "participant_email_list", None,
 "Dedupe these emails for the invite: [[EMAIL_ADDRESS:lfigueroa@countyoem.example]]; [[EMAIL_ADDRESS:LFigueroa@countyoem.example]]; [[EMAIL_ADDRESS:r.castaneda.ems@firedept.example]]; [[EMAIL_ADDRESS:ops-chief@portauthority.example]]"),
]
