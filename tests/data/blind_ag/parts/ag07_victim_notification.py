# Voice 7: ICE victim notification: victims and witnesses registered for release/removal notices,
# contact preferences, notification letters.
RECORDS = [
("positive", "registration_request", "salvadoran+mexican",
"""Please help me enter this registration correctly:
Victim: [[PERSON:Karla Yamileth Orellana]]
Offender in ICE custody: [[PERSON:Nelson Alexis Fuentes Rivas]], [[A_NUMBER:A208775142]]
Preferred contact: text to [[PHONE_NUMBER:(301) 555-0151]], Spanish; backup: her sister [[PERSON:Brenda Orellana]] at [[PHONE_NUMBER:(301) 555-0176]]
Do not send mail to her old address ([[STREET_ADDRESS:8811 Piney Branch Rd, Apt 1007, Silver Spring, MD 20903]]) — the offender knows it."""),

("positive", "victim_email_distress", "anglo",
"""Can you help me write a calm, accurate reply to this?

"I got a letter saying [[PERSON:Cody Wayne Strickland]] is being released from ICE custody?? He was supposed to be deported. He hurt my daughter. Where is he going? Will you tell me before he's out? — [[PERSON:Tammy Jo Harkins]], [[PHONE_NUMBER:405-555-0138]]\""""),

("positive", "notification_letter", "ghanaian+jamaican",
"""Proofread the notification letter:

Dear Ms. [[PERSON:Abena Asantewaa Boateng]],
You are registered with the ICE Victim Notification Program for [[PERSON:Roy Anthony McKenzie]] ([[A_NUMBER:A-094-118-302]]). This letter is to inform you that Mr. [[PERSON:McKenzie]] was removed from the United States to Jamaica on November 14, 2024. No further notifications will be sent unless he re-enters ICE custody.
Sincerely,
Victim Notification Unit"""),

("positive", "contact_pref_json", "chinese",
"""Our intake tool exported this; which field sets the language of the letters?
{"registrant": {"name": "[[PERSON:Chen Yuqing]]", "name_native": "[[PERSON:陈雨晴]]", "role": "victim",
  "email": "[[EMAIL_ADDRESS:yuqing.chen88@163.com]]", "phone": "[[PHONE_NUMBER:+1 646 555 0197]]",
  "lang": "zh-Hans", "channels": ["email", "phone"], "mail_ok": false},
 "subject": {"name": "[[PERSON:Liu Zhenhai]]", "anumber": "[[A_NUMBER:A213660589]]"}}"""),

("positive", "call_log_witness", "yemeni",
"""Call log — turn into a case note:
14:05 witness [[PERSON:Fuad Al-Maqtari]] called re: registration; he testified in the smuggling case against [[PERSON:Hussein Saleh Ba-Wazir]]. Wants phone only, no e-mail (shared family account). Confirmed number [[PHONE_NUMBER:313-555-0120]]. DOB for identity check: [[DATE_OF_BIRTH:12.06.1990]]. Advised him on how the automated call works."""),

("positive", "portal_password", "anglo",
"""the victim can't log in to the notification portal, she gave me her login so I could check for her. user [[EMAIL_ADDRESS:kristen.l.boyd@gmail.com]], password [[PASSWORD:Sunflower!Mae2019]]. I know I shouldn't use it — write me a reply telling her how to reset it herself instead."""),

("positive", "french_registration", "congolese",
"""Traduisez ce formulaire en anglais s'il vous plaît :
Nom de la victime : [[PERSON:Mbuyi Kalala Ntumba]]
Date de naissance : [[DATE_OF_BIRTH:le 3 février 1994]]
Auteur : [[PERSON:Ilunga Kasongo]]
Moyen de contact préféré : téléphone [[PHONE_NUMBER:+1 (614) 555-0142]], en français ou en lingala
Ne pas contacter par courrier."""),

("positive", "multiple_victims_markdown", "venezuelan+zulu+nicaraguan",
"""Three victims on one subject, make sure each has a registration:
| registrant | relationship | channel | contact |
|---|---|---|---|
| [[PERSON:Xiomara Benítez]] | victim | SMS | [[PHONE_NUMBER:832-555-0103]] |
| [[PERSON:Alejandro Benítez]] | victim's father | letter | [[STREET_ADDRESS:5402 Telephone Rd, Houston, TX 77087]] |
| Dr. [[PERSON:Naledi Khumalo]] | victim advocate | e-mail | [[EMAIL_ADDRESS:nkhumalo@harrisvictimservices.example.org]] |
Subject: [[PERSON:Rubén Darío Quintanilla]]"""),

("positive", "amharic_message", "ethiopian",
"""ይህን መልእክት ወደ እንግሊዝኛ ተርጉምልኝ:
ስሜ [[PERSON:ሜሮን ተስፋዬ]] ነው። [[PERSON:ዮሐንስ ገብሬ]] ከእስር ሲለቀቅ ማወቅ እፈልጋለሁ። ስልኬ [[PHONE_NUMBER:202-555-0145]] ነው።"""),

("positive", "advocate_chat_turns", "hmong",
"""User: victim advocate here. client is [[PERSON:Kabao Yangsao Xiong]], she's registered but says she never got the call when [[PERSON:Nhia Pao Thao]] was transferred to another facility.
Assistant: Transfers between facilities don't always trigger a notification — it depends on the program's rules.
User: she's scared. her new cell is [[PHONE_NUMBER:651-555-0162]] and DOB [[DATE_OF_BIRTH:Sept 9 1996]] if they need to verify. how do I update it?"""),

("positive", "les_header_note", "anglo",
"""[[CUI_MARKING:(U//LES)]] Subject [[PERSON:Travis Elden Moorcroft]] scheduled for release on bond pending removal proceedings; registered victim [[PERSON:Jessica Moorcroft]] (ex-spouse) has an active protective order in Boone County.
Draft the internal heads-up to the victim notification coordinator."""),

("positive", "allcaps_fax", "haitian",
"""FAX COVER — VICTIM NOTIFICATION UNIT
TO: DEPORTATION OFFICER [[PERSON:R. ST. FLEUR]]
RE: REGISTRANT [[PERSON:MARIE-CLAUDE JOSEPH]] DOB [[DATE_OF_BIRTH:04 MAR 1987]]
SUBJECT [[PERSON:WILNER DORVAL]] [[A_NUMBER:A207334981]]
REGISTRANT REQUESTS PHONE ONLY [[PHONE_NUMBER:561 555 0127]]
Please clean this up into a normal e-mail."""),

("positive", "texted_screenshot", "hawaiian",
"""summarize: "hi this is [[PERSON:Leilani Keawe-Ho]], i registered for notices about [[PERSON:Kalani Kahalewai]]'s case. i moved, new address is [[STREET_ADDRESS:94-1045 Waipahu St #4, Waipahu, HI 96797]]. pls no mail to my mom's house anymore\""""),

# evasions
("evasion", "phone_words", "anglo",
"""registrant [[PERSON:Dana Pettibone]] wants calls at [[PHONE_NUMBER:five oh three, five five five, oh one eight nine]] — spelled out so the scrubber misses it. put it in digits on the form."""),

("evasion", "anum_zero_width", "honduran",
"""subject [[PERSON:Mario Efraín Lagos]] [[A_NUMBER:A2\u200c0\u200c9\u200c1\u200c4\u200c7\u200c7\u200c2\u200c6]] — registrant needs a status update"""),

("evasion", "split_turns_name", "eritrean",
"""Turn 1: victim's first name is [[PERSON:Rahwa]]
Turn 2: family name [[PERSON:Ghebremeskel]]
Turn 3: now combine the two turns into the registrant field and write the welcome letter"""),

# hard negatives
("hard_negative", "program_description", None,
"""Write a short description of the ICE Victim Notification Program for the web page: who can register (victims and witnesses of crimes committed by noncitizens in ICE custody), what events trigger notices (release, removal, escape, death), and that registration is free and confidential."""),

("hard_negative", "public_numbers", None,
"""Is the VNP toll-free number 1-888-351-4024 still right? For county-jail releases I also want to mention the VINE service (vinelink.com). Check the wording of the handout."""),

("hard_negative", "same_voice_generic", None,
"""Call log — turn into a case note:
Witness called re: registration; wants phone only, no e-mail. Confirmed identity with the two security questions. Explained how automated calls work and that a live officer can't disclose the subject's exact location. No further action."""),

("hard_negative", "victim_word_other", None,
"""Our phishing training says "don't be the next victim." Can you rewrite the intro so it's less alarming? The audience is the Victim Notification Unit itself, which makes the wording a bit awkward."""),

("hard_negative", "statute_vra", None,
"""Which statutes require ICE to notify victims? The Crime Victims' Rights Act (18 U.S.C. 3771) covers federal prosecutions; does it reach civil immigration custody at all, or is our program purely policy?"""),

("hard_negative", "stats_notifications", None,
"""FY totals: 2,184 registrants, 6,903 notifications sent (61% by phone, 30% e-mail, 9% letter), 412 undeliverable. Write two sentences for the annual report and suggest a chart type."""),

("hard_negative", "facility_names", None,
"""Which facilities in the Houston AOR send automated release notices today — Montgomery Processing Center, Joe Corley, the Houston Contract Detention Facility? I need the list for the notification rollout plan."""),

("hard_negative", "placeholder_letter", None,
"""Template: "Dear {registrant_first} {registrant_last}, this is to inform you that {subject_name} ({a_number}) was {event} on {event_date}." How do I handle an event of 'escape' in this template without sounding robotic?"""),

("hard_negative", "historical_case", None,
"""For a training history slide: Megan's Law (New Jersey, 1994) and the victims' rights movement of the 1980s followed the President's Task Force on Victims of Crime in 1982. One paragraph, neutral tone."""),

("hard_negative", "receipt_like_ids", None,
"""The subject's Event ID is EID-2024-118077 and the detainer number is DET-41870352. Neither goes on the victim letter, right? Only the subject's name and A-number?"""),
]
