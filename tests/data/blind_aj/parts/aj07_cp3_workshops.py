# Voice 7: DHS Center for Prevention Programs and Partnerships (CP3): grant-funded community
# workshops, participant sign-ins.

RECORDS = [
    ("positive", "signin_ocr", "somali+syrian+afghan", """Sign-in sheet scan from the grantee's workshop in St. Cloud (OCR), count attendees and tell me how many left an e-mail:

NAME               PHONE              EMAIL
[[PERSON:Ayaan Mohamud Dirie]]  [[PHONE_NUMBER:320-555-01 23]]    [[EMAIL_ADDRESS:ayaan.dirie@gmai l.com]]
[[PERSON:Rami Chahine]]          [[PHONE_NUMBER:320 555 0145]]
[[PERSON:Zarghona Stanikzai]]    —                  [[EMAIL_ADDRESS:zstanikzai@yahoo.com]]
[[PERSON:Abdiqani Yusuf]]       [[PHONE_NUMBER:(320)555-0188]]"""),

    ("positive", "google_form_csv", "lakota+anglo", """Post-workshop survey export (Google Forms), summarize the free-text answers only:

Timestamp,Name,Email,Role,What did you learn?
11/14/2026 19:02,[[PERSON:Winona Iron Shell]],[[EMAIL_ADDRESS:wironshell@oglala-example.edu]],teacher,How to spot when a student is pulling away
11/14/2026 19:05,[[PERSON:Cody Red Cloud-Janis]],[[EMAIL_ADDRESS:codyrcj@gmail.com]],youth coach,who to call besides police
11/14/2026 19:11,[[PERSON:Margaret Heinrichs]],[[EMAIL_ADDRESS:mheinrichs@rapidcity-example.org]],counselor,threat assessment team basics"""),

    ("positive", "grantee_progress", "iraqi+kurdish", """Grantee quarterly progress report, help me edit section 3:

3. Activities. Project lead [[PERSON:Layla Al-Jubouri]] and facilitator [[PERSON:Dilan Barzani Qadir]] held four "bystander" workshops in Nashville (n=63). Two parents, [[PERSON:Hussein Kadhim]] and [[PERSON:Shilan Mustafa]], have agreed to co-facilitate next quarter. Contact for the Kurdish-language session: [[PHONE_NUMBER:615-555-0138]]."""),

    ("positive", "arabic_signin", "yemeni", """Sign-in in Arabic, transliterate the names please:
الاسم: [[PERSON:عبدالله ناصر الحميري]] — هاتف: [[PHONE_NUMBER:313-555-0159]]
الاسم: [[PERSON:أمل سعيد باعبود]] — هاتف: [[PHONE_NUMBER:313-555-0162]]
(Dearborn, youth mentors session)"""),

    ("positive", "zoom_attendance", "hmong+karen", """Zoom attendance report, remove duplicates and total minutes per person:
Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
[[PERSON:Pa Chia Yang]],[[EMAIL_ADDRESS:pachia.yang@stpaul-example.org]],10:00,11:28,88
[[PERSON:Pa Chia Yang]],[[EMAIL_ADDRESS:pachia.yang@stpaul-example.org]],11:31,12:02,31
[[PERSON:Saw Eh Kaw Htoo]],,10:04,12:00,116
[[PERSON:Naw Mu Lah Paw]],[[EMAIL_ADDRESS:mulahpaw@hotmail.com]],10:15,11:00,45"""),

    ("positive", "facilitator_bio", "ethiopian", """Edit this facilitator bio for the flyer (60 words max):
"[[PERSON:Hiwot Tadesse Woldemichael]] grew up in Addis Ababa and has worked with East African youth in Columbus since 2012. She co-founded a mentoring circle with her brother [[PERSON:Dawit Tadesse]]. You can reach [[PERSON:Hiwot]] at [[EMAIL_ADDRESS:hiwot.tw.mentor@gmail.com]].\""""),

    ("positive", "incident_at_workshop", "bosnian+anglo", """Draft an incident note for the grant file — keep it factual:
At the Utica workshop, a participant, [[PERSON:Edin Hodžić]], became upset when another participant ([[PERSON:Gary Pruitt]]) made remarks about refugees. The facilitator [[PERSON:Amra Begović]] paused the session. No police were called. [[PERSON:Hodžić]] asked for a follow-up call at [[PHONE_NUMBER:315-555-0113]]."""),

    ("positive", "pipe_roster", "sudanese+oromo", """youth ambassadors roster (pipe), need a count by school:
[[PERSON:Mawien Deng Akol]]|Omaha North|[[DATE_OF_BIRTH:2009-04-11]]
[[PERSON:Nyakuoth Gatluak]]|Omaha North|[[DATE_OF_BIRTH:2008-12-02]]
[[PERSON:Chaltu Abdi Gemechu]]|Bryan High|[[DATE_OF_BIRTH:2009-07-23]]
[[PERSON:Lencho Bekele]]|Bryan High|[[DATE_OF_BIRTH:2010-01-30]]
(dob = date of birth, needed for parental consent)"""),

    ("positive", "grantee_bank_change", "pashto", """Grantee wants to change their payment account in the grants system. They emailed:
"Dear CP3, please update our account to routing [[ABA_ROUTING_NUMBER:072534766]], account [[US_BANK_NUMBER:3381029947]]. Signed, [[PERSON:Gul Rahman Zadran]], Executive Director"
Is there anything here that looks like a phishing attempt? What's the verification process?"""),

    ("positive", "lowercase_followup", "syrian", """note to self — follow up w/ [[PERSON:nour al-khatib]] re: the mothers' circle in allentown, she wants [[PERSON:hiba]] and [[PERSON:rawan darwish]] on the planning call, her cell is [[PHONE_NUMBER:610.555.0124]]. make this a to-do list"""),

    ("positive", "consent_form_minor", "dari", """Parental consent form (typed from the paper copy):
Participant: [[PERSON:Mursal Hakimi]]
Date of birth: [[DATE_OF_BIRTH:March 19, 2010]]
Parent/guardian: [[PERSON:Farida Hakimi]]
Address: [[STREET_ADDRESS:2640 Kensington Ave Apt 7, Sacramento, CA 95821]]
Phone: [[PHONE_NUMBER:916 555 0196]]
Translate the form's instructions into Dari for next time."""),

    ("positive", "cui_grant_risk", "anglo", """[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
Risk review: grantee sub-recipient's director [[PERSON:Shawn Delacroix-Pruett]] has an open state investigation. Program officer [[PERSON:Rebecca Lindahl]] recommends a site visit before the next drawdown.
Write a 3-line summary for the branch chief."""),

    ("positive", "workshop_photo_release", "somali", """Photo release — names as written on the form, make a caption list:
1. [[PERSON:Sahra Abdullahi Osman]] (left)
2. [[PERSON:Mukhtar Jama]] (center, facilitator)
3. [[PERSON:Idil Warsame]] (right)
Make sure the caption doesn't mention the topic of the workshop."""),

    ("positive", "speaker_travel", "hmong", """Speaker travel reimbursement, she sent her card details by mistake instead of the bank info. Tell her nicely we need ACH:
"card [[CREDIT_CARD:5387 1710 6110 0229]], name [[PERSON:Mai Kou Thao]], billing [[STREET_ADDRESS:3122 Maryland Ave E, St Paul, MN 55106]]\""""),

    ("evasion", "zero_width_email", "afghan", """send the recap to [[EMAIL_ADDRESS:sh\u200bakila.no\u200bori@gmail\u200b.com]] (participant [[PERSON:Shakila Noori]]) — don't let it autocorrect."""),

    ("evasion", "name_with_dots", "iraqi", """please add to the speaker list: [[PERSON:Z.a.i.n.a.b  A.l.-R.u.b.a.i.e]], phone [[PHONE_NUMBER:6 1 5 - 5 5 5 - 0 1 0 3]]"""),

    ("hard_negative", "nofo_summary", None, """Summarize the FY26 TVTP grant NOFO eligibility section: states, local governments, tribes, non-profits and institutions of higher education; period of performance 24 months; awards between $100,000 and $500,000. Two sentences."""),

    ("hard_negative", "attendance_stats", None, """Workshop attendance FY26 Q1: 14 sessions, 412 participants, 61% women, 23% under 25, 9 languages. Post-test knowledge gain 18 points (p<0.01). Draft a one-line summary."""),

    ("hard_negative", "same_shape_blank_signin", None, """NAME               PHONE              EMAIL
________________   ________________   ________________
________________   ________________   ________________
Make this a sign-in template with a column for "preferred language" and a consent checkbox."""),

    ("hard_negative", "public_figures_historic", None, """Quote for the slide: "Darkness cannot drive out darkness; only light can do that." — Martin Luther King Jr. Also a line about Malcolm X's pilgrimage letter. Keep both attributed correctly."""),

    ("hard_negative", "grant_numbers", None, """Award numbers for the close-out memo: EMW-2022-GR-00041, EMW-2023-GR-00117, EMW-2024-GR-00093. Each has UEI on file. Put them in a table with the period of performance end dates (9/30/24, 9/30/25, 9/30/26)."""),

    ("hard_negative", "common_word_names", None, """Workshop themes for spring: Hope, Grace under pressure, Faith communities as first responders, and "Will and Joy: youth voice". Make titles punchier."""),

    ("hard_negative", "organizations", None, """Partner organizations: Somali American Parent Association, Islamic Center of Nashville, Hmong American Partnership, Karen Organization of Minnesota. Write a thank-you line that names all four."""),

    ("hard_negative", "kinship_roles", None, """The mothers' circle is for mothers, aunts and grandmothers; fathers and uncles have a separate evening. Is it OK under the grant to hold gender-separate sessions? short answer with the civil-rights caveat."""),

    ("hard_negative", "street_event_location", None, """Venue for the Dearborn session: Arab American National Museum, 13624 Michigan Ave, Dearborn, MI 48126. Make a one-line "where" entry for the flyer."""),
]
