"""Voice t07: Civil Rights and Civil Liberties complaint intake, Blue Campaign training rosters, US Fire Administration course rosters.
Shapes: complaint narratives, mail-merge with data, rosters, sign-in sheets, multilingual complaints."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "crcl_complaint_narrative", "sudanese", """
Summarize this complaint in neutral language:
Complainant [[PERSON:Abdelmoneim Osman Elbashir]] (DOB [[DATE_OF_BIRTH:1979-03-12]]) states that at secondary he was asked about his mosque. He requests an apology. Contact: [[EMAIL_ADDRESS:a.elbashir79@example.com]], [[PHONE_NUMBER:515-555-0110]], [[STREET_ADDRESS:3307 Ingersoll Ave, Des Moines, IA 50312]].
""")
R("positive", "crcl_arabic_complaint", "syrian", """
ترجم الشكوى: اسمي [[PERSON:لينا الحمصي]]، تاريخ الميلاد [[DATE_OF_BIRTH:1985/07/22]]. تم تفتيش هاتفي في المطار دون تفسير. رقمي الأجنبي [[A_NUMBER:A248786853]].
""")
R("positive", "crcl_sikh_complaint", "indian", """
Make this complaint letter more concise: I am [[PERSON:Harjeet Kaur Grewal]], a Sikh woman. During screening at Sacramento my kara and dastaar were handled without my consent. My husband [[PERSON:Manpreet Singh Grewal]] witnessed it. Phone [[PHONE_NUMBER:916-555-0131]].
""")
R("positive", "crcl_rohingya_interpreter", "rohingya", """
We need an interpreter note: Complainant [[PERSON:Mohammed Ayas]] (Rohingya speaker), detention conditions complaint; brother [[PERSON:Nur Kalam]] can be reached at [[PHONE_NUMBER:414-555-0187]]. A-number [[A_NUMBER:A246446725]].
""")
R("positive", "crcl_burmese", "burmese", """
ဘာသာပြန်ပေးပါ: ကျွန်မ [[PERSON:ဒေါ်ခင်မြင့်ကြည်]] ဖြစ်ပါတယ်။ မွေးနေ့ [[DATE_OF_BIRTH:1972-10-01]]။ ဖုန်း [[PHONE_NUMBER:317-555-0124]]။
""")
R("positive", "mailmerge_with_data", "congolese", """
Check my mail-merge output before I send:
---
Dear [[PERSON:Mr. Kabasele Tshimanga]],
Thank you for contacting CRCL on 11/03/2026 about complaint 26-11-CRCL-0412. We have referred it to the component.
---
Dear [[PERSON:Ms. Nsimba Makiese]],
Thank you for contacting CRCL on 11/05/2026 about complaint 26-11-CRCL-0447.
""".replace("[[PERSON:Mr. Kabasele Tshimanga]]", "Mr. [[PERSON:Kabasele Tshimanga]]").replace("[[PERSON:Ms. Nsimba Makiese]]", "Ms. [[PERSON:Nsimba Makiese]]"))
R("positive", "blue_campaign_roster", "ghanaian", """
Create certificates from this Blue Campaign training roster:
Name | Organization | Email
[[PERSON:Akosua Mensah-Bonsu]] | Columbus Hotel Assoc. | [[EMAIL_ADDRESS:akosua.mb@example.com]]
[[PERSON:Kwabena Owusu-Ansah]] | Greyhound Columbus | [[EMAIL_ADDRESS:k.owusuansah@example.net]]
[[PERSON:Efua Amoako]] | Franklin Co. Schools | [[EMAIL_ADDRESS:efua.amoako@example.org]]
""")
R("positive", "blue_campaign_signin_ocr", "kenyan", """
OCR of a handwritten sign-in sheet, please clean:
1 [[PERSON:Wanjiru Kamau]]   [[PHONE_NUMBER:612 555 0103]]   Metro Transit
2 [[PERSON:Otieno Odhiambo]] [[PHONE_NUMBER:612-555-O156]]  Hennepin Cty
3 [[PERSON:achieng nyamweya]]   (no phone)    Volunteer
""")
R("positive", "usfa_course_roster", "mongolian", """
National Fire Academy course roster — make an alphabetical list with state:
R0123 Fire Investigation: [[PERSON:Batbayar Ganzorig]] (AK), [[PERSON:Sarnai Tsogtbaatar]] (WA), [[PERSON:Bolormaa Enkhtuya]] (CO)
""")
R("positive", "usfa_roster_tibetan", "tibetan", """
Stipend reimbursement form for NFA student [[PERSON:Tenzin Dolkar]] — address [[STREET_ADDRESS:5520 34th Ave NE, Seattle, WA 98105]], direct deposit routing [[ABA_ROUTING_NUMBER:125770383]] account [[US_BANK_NUMBER:866585964755]]. What's the per diem?
""")
R("positive", "usfa_bangla_letter", "bangladeshi", """
অনুবাদ করুন: আমি [[PERSON:মোহাম্মদ রফিকুল ইসলাম]], জন্ম তারিখ [[DATE_OF_BIRTH:১৫/০৮/১৯৮০]]। আমি জাতীয় অগ্নি একাডেমির কোর্সে ভর্তি হতে চাই। ইমেইল: [[EMAIL_ADDRESS:rafiqul.fire@example.com]]
""")
R("positive", "crcl_pakistani_multiturn", "pakistani", """
User: help me write a CRCL acknowledgement in Urdu
Assistant: Of course. Who is it addressed to?
User: [[PERSON:Sana Iftikhar Chaudhry]], her complaint was about TSA screening of her hijab
User: mail it to [[STREET_ADDRESS:742 Devon Ave, Apt 2R, Chicago, IL 60659]]
""")
R("positive", "crcl_yemeni_passport", "yemeni", """
Passport copy is in the complaint: [[PERSON:Fatima Abdullah Al-Hammadi]], US passport [[US_PASSPORT:A29395038]], held 6 hours at JFK. Draft the referral memo first paragraph.
""")
R("positive", "crcl_cui_prvcy_ledger", "none", """
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
CRCL complaint ledger, FY26 Q1. 1,104 complaints; 212 referred to OIG. Make a bar chart description.
""")
R("positive", "crcl_designation_block", "none", """
[[CUI_MARKING:Controlled by: DHS CRCL
CUI Category: PRVCY
Limited Dissemination Control: FED ONLY
POC: CRCL Compliance Branch]]
Please summarize the attached retaliation-complaint procedures.
""")
R("positive", "usfa_lms_slack_token", "none", """
Our roster bot posts to Slack but fails: SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-648214689607-953122181191-iKnpCWpCZgtjQXti3kez7v31]] — error "not_in_channel". Fix?
""")
R("evasion", "name_spaced_letters", "palestinian", """
he typed his name spaced out: [[PERSON:K h a l i l   A b u - S a l e h]] and dob [[DATE_OF_BIRTH:1 9 8 8 / 0 4 / 1 6]]. CRCL intake. clean up
""")
R("evasion", "phone_leet", "iraqi", """
complainant [[PERSON:Zainab Al-Jubouri]] gave ph0ne as [[PHONE_NUMBER:6I6-555-OI92]] in the web form lol. fix it
""")
R("evasion", "ssn_base64", "anglo", """
NFA applicant [[PERSON:Cody Vanderhoef]] put his SSN in the comments box as base64 for "security": [[US_SSN:NDg0LTUyLTcyMzQ=]]. Tell him not to do that.
""")
# hard negatives
R("hard_negative", "crcl_public_contact", "none", """
Add to the poster: File a civil rights complaint with the DHS Office for Civil Rights and Civil Liberties online or by mail: CRCL, Compliance Branch, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0190.
""")
R("hard_negative", "blue_campaign_indicators", "none", """
Turn into a quiz: common indicators of human trafficking include someone not in control of their own ID, scripted answers, signs of physical abuse, and debt owed to an employer.
""")
R("hard_negative", "usfa_course_codes", "none", """
Which of these NFA courses are two-week resident: R0123, R0297, R0306, R0629, F0710? Course dates 2027-01-10 to 2027-01-22.
""")
R("hard_negative", "laws_named_after_people", "none", """
Explain briefly: the Frank R. Lautenberg Chemical Safety Act, the Stafford Act, and the Jeanne Clery Act. Which one matters for fire service grants?
""")
R("hard_negative", "complaint_number_list", "none", """
Sort: 26-11-CRCL-0412, 26-10-CRCL-0388, 26-11-CRCL-0447, 25-09-CRCL-1120. Group by month.
""")
R("hard_negative", "hotline_numbers", "none", """
Poster text: "Report suspected trafficking: National Human Trafficking Hotline 1-888-373-7888 or text 233733. Report to ICE tip line at 1-866-347-2423." Make it bilingual EN/ES.
""")
R("hard_negative", "sample_names_placeholder", "none", """
Mail-merge template: Dear «Title» «LastName», thank you for attending «CourseName» on «CourseDate». Is the «» syntax right for Word?
""")
R("hard_negative", "religious_holidays", "none", """
Calendar for CRCL outreach: Ramadan begins about 2027-02-08, Diwali 2026-11-08, Vaisakhi 2027-04-14, Eid al-Adha about 2027-05-17. Put into a table.
""")
R("hard_negative", "firefighter_historical", "none", """
Write a short tribute paragraph for our station's 9/11 remembrance, mentioning FDNY Chaplain Mychal Judge as a historical figure who died that day.
""")
R("hard_negative", "fire_stats", "none", """
USFA data: 1,389,000 fires in 2024, 3,670 civilian deaths. Per-capita comparison with 2015? Show formula only.
""")
R("hard_negative", "classified_ad_word", "none", """
For the station newsletter's "classified ads" section: 'For sale — 2018 kayak, $400. Free: box of turnout-gear hangers.' Make it snappier.
""")
R("hard_negative", "somali_prose_no_pii", "none", """
Turjun: "Haddii aad rabto inaad cabasho gudbiso, fadlan buuxi foomka oo u dir xafiiska." English please.
""")

R("positive", "crcl_referral_fouo_names", "iraqi", """
[[CUI_MARKING:UNCLASSIFIED//FOUO]]
Referral memo draft: complainant [[PERSON:Haider Kadhim Al-Saadi]] alleges that an officer mocked his accent; witness [[PERSON:Suha Al-Saadi]]. Please make the tone neutral.
""")
