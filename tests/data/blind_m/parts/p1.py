# Voice 1: personnel security and HR (positives)
RECORDS = [
("positive", "bi_summary", "nigerian",
 "Can you tighten this ROI summary for the adjudicator? Subject: [[PERSON:Oluwaseun Adebayo-Okafor]], SSN [[US_SSN:412-56-6407]], DOB [[DATE_OF_BIRTH:03/14/1986]]. "
 "Subject reported foreign contact with his cousin [[PERSON:Chidinma Okafor]] (Lagos), last contact by WhatsApp in 2023. Subject's former supervisor, "
 "Mr. [[PERSON:Ekwueme]], described him as reliable. No derogatory financial information beyond one charged-off account."),
("positive", "sf86_followup", "vietnamese",
 "hi, I need to reply to the investigator about my SF-86. she asked for my mother's current address. it's [[STREET_ADDRESS:8814 Wrenfield Court, Garden Grove, CA 92841]] and her name is [[PERSON:Trần Thị Mai Hương]]. "
 "my own DOB is [[DATE_OF_BIRTH:July 2, 1991]] if that matters. can you write a polite 3-sentence email? sign it [[PERSON:Thuận]]"),
("positive", "adjudication_memo", "korean",
 "MEMORANDUM FOR: Chief, Personnel Security Division\nFROM: [[PERSON:Seo-yeon Baek]], Adjudicator\nSUBJECT: Favorable determination with warning – [[PERSON:PARK, Jae-won]]\n\n"
 "1. The subject ([[PERSON:Park]]) disclosed delinquent federal student loans totalling $14,210. He has since entered a rehabilitation agreement.\n"
 "2. Mitigating conditions AG ¶20(c) and (d) apply. Recommend favorable adjudication with a financial warning letter.\n\n//signed//\n[[PERSON:S. Baek]]"),
("positive", "leave_request", "filipino",
 "Please draft a request for advanced sick leave for me. Name: [[PERSON:Maricel Dimaculangan-Reyes]], employee phone [[PHONE_NUMBER:(571) 555-0174]], personal email [[EMAIL_ADDRESS:maricel.dreyes@mailbox.example]]. "
 "I'm having surgery at the end of the month and expect 6 weeks of recovery. My supervisor is [[PERSON:Dante Villanueva]]."),
("positive", "eeo_draft", "somali",
 "Help me make this EEO informal complaint sound more professional: On several occasions my team lead [[PERSON:Gregory Tillman]] made remarks about my hijab in front of coworkers. "
 "I reported it to [[PERSON:Ayaan Warsame]] in the Office for Civil Rights and Civil Liberties on the phone ([[PHONE_NUMBER:202-555-0166]]). I am [[PERSON:Hodan Abdirahman Yusuf]], GS-12, TSA Office of Intelligence."),
("positive", "benefits_fehb", "haitian",
 "I'm adding my spouse to FEHB after our wedding. Spouse: [[PERSON:Jean-Baptiste Louverture Pierre]], born [[DATE_OF_BIRTH:1988-11-23]], SSN [[US_SSN:193-36-5334]]. "
 "Which form do I need, the SF-2809? Write me a short checklist."),
("positive", "grievance", "anglo",
 "draft a step 1 grievance for me. grievant: heather mccallister. supervisor: douglas prewitt. the issue is that i was denied telework on 4 days in october while coworkers in my unit were approved."
 .replace("heather mccallister", "[[PERSON:heather mccallister]]").replace("douglas prewitt", "[[PERSON:douglas prewitt]]")),
("positive", "reinvestigation_csv", "chinese",
 "Sort this list by due date and tell me who is overdue for the T5R:\nlast_name,first_name,ssn_last4,due\n"
 "[[PERSON:Zhuang]],[[PERSON:Xinyi]],4471,2026-01-15\n[[PERSON:Liang]],[[PERSON:Haoyu]],0932,2025-11-30\n[[PERSON:Guo]],[[PERSON:Mei-Ling]],2280,2026-04-02\n[[PERSON:Tsao]],[[PERSON:Wen-Hsiung]],6615,2025-09-10"),
("positive", "bi_interview_notes", "ethiopian",
 "Reference interview notes, please clean up grammar only.\nSource: [[PERSON:Tigist Alemayehu Bekele]], neighbor since 2019, reached at [[PHONE_NUMBER:+1 (240) 555-0171]].\n"
 "Source stated subject [[PERSON:Dawit Haile]] lives at [[STREET_ADDRESS:1207 Larchmont Drive, Apt 4B, Silver Spring, MD 20904]], is quiet, pays bills on time, and travels to Addis Ababa about once a year to see his father."),
("positive", "clearance_transfer", "indian",
 "Write an email to the FSO at Kestrelpoint Analytics asking them to accept reciprocity for [[PERSON:Venkatasubramanian Iyer]] (DoD ID [[DOD_EDIPI:5350555355]]). "
 "He holds a TS with SCI eligibility adjudicated in 2024. My name is [[PERSON:Priyamvada Deshpande]], DHS OCSO."),
("positive", "i9_reverify", "hispanic",
 "HR question: an employee's EAD expires next month. Her A-Number is [[A_NUMBER:A243273179]] and the renewal receipt is [[USCIS_RECEIPT_NUMBER:IOE2446657773]]. "
 "Employee: [[PERSON:María José de la Fuente Castañeda]]. Can she keep working under the automatic extension? Please explain the 540-day rule in plain language."),
("positive", "security_incident_report", "arabic",
 "Security incident report – improper storage.\nOn 11/04 the custodian noticed that safe #3 in room 4120 was left open overnight. Last person to sign SF-702: [[PERSON:Khalid bin Rashid Al-Mansouri]]. "
 "Second check not performed by [[PERSON:Noura Haddad]]. No indication of compromise. Draft the preliminary inquiry memo."),
("positive", "offer_letter", "pacific_islander",
 "Tentative offer letter – please fix formatting.\n\nDear [[PERSON:Ms. Leilani Kealoha-Fonoti]],\n".replace("[[PERSON:Ms. Leilani Kealoha-Fonoti]]", "Ms. [[PERSON:Leilani Kealoha-Fonoti]]") +
 "We are pleased to offer you the position of IT Specialist (INFOSEC), GS-2210-13, with the Cybersecurity and Infrastructure Security Agency. Please return the signed OF-306 to "
 "[[EMAIL_ADDRESS:hr.onboarding@cisa-hiring.example]] by December 19.\n\nSincerely,\n[[PERSON:Sione Tuilagi]]\nHuman Resources Specialist"),
("positive", "polygraph_scheduling", "japanese",
 "Reschedule note: [[PERSON:WATANABE Haruto]] cannot attend the CI polygraph on 12/9. Call him at [[PHONE_NUMBER:703.555.0124]] to set a new date in January."),
("positive", "emergency_contact", "eritrean",
 "Update my emergency contact in the form. Contact: [[PERSON:Yohannes Tesfamariam Ghebreyesus]], brother, cell [[PHONE_NUMBER:(301) 555-0190]], [[STREET_ADDRESS:4410 Ridgeline Terrace, Hyattsville, MD 20782]]."),
("positive", "fitness_letter", "slavic",
 "Summarize this for the suitability file in two sentences:\n[[PERSON:Wojciech Kowalczyk]] (SSN [[US_SSN:349-13-0713]]) disclosed a 2017 DUI in Pennsylvania. Court records confirm completion of ARD. "
 "Reference [[PERSON:Ivana Petrović]] confirmed no further alcohol-related incidents."),
("positive", "position_sensitivity", "afghan",
 "Our linguist contractor [[PERSON:Mohammad Naweed Stanikzai]] needs a name check. Born [[DATE_OF_BIRTH:12 Jan 1990]] in Jalalabad, SIV holder, A-Number [[A_NUMBER:A158813068]]. "
 "Write the request to the vetting cell; his interpreter colleague [[PERSON:Farzana Ahmadzai]] already cleared. His I-94 from the 2022 parole is [[I94_NUMBER:53700574195]]."),
("positive", "payroll_direct_deposit", "anglo",
 "Fix my SF-1199A entries before I submit:\nPayee: [[PERSON:Thomas R. Whitcombe]]\nRouting: [[ABA_ROUTING_NUMBER:219370550]]\nAccount: [[US_BANK_NUMBER:295598926099]]\nType: checking"),
("positive", "reasonable_accommodation", "korean",
 "i need a reasonable accommodation request letter. my doctor is dr. [[PERSON:min-jung cho]] at the kaiser clinic. i'm [[PERSON:daniel hwang]] and i need an ergonomic chair and a screen reader. keep it short"),
("positive", "bi_subject_json", "nigerian",
 "Convert this to a table:\n{\"subject\": \"[[PERSON:Ngozi Chukwuemeka]]\", \"dob\": \"[[DATE_OF_BIRTH:1979-05-30]]\", \"ssn\": \"[[US_SSN:581-24-1737]]\", \"passport\": \"[[US_PASSPORT:156266668]]\", \"status\": \"pending FBI fingerprint\"}"),
("positive", "exit_interview", "hispanic",
 "Polish these exit interview notes. Employee [[PERSON:Rodrigo \"Rigo\" Santillán]] is leaving ICE ERO for a state job; main reasons: commute, lack of promotion. He asked that his forwarding address be "
 "[[STREET_ADDRESS:3021 Calle Mirasol, El Paso, TX 79936]]. Interviewer: [[PERSON:Guadalupe Arrieta]]."),
("positive", "award_nomination", "filipino",
 "Write a 150-word Secretary's Award nomination for [[PERSON:Jun-Jun Macaraeg]], who coordinated the typhoon response liaison with Guam. Nominated by [[PERSON:Rosalinda Magbanua]], branch chief."),
]
