"""Voice 2: RAIO asylum and refugee interview notes, multilingual supporting letters, translation requests."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "asylum_interview_notes", "afghan",
"""Interview notes, affirmative asylum, Arlington AO
Applicant: [[PERSON:Zarghona Habibzai]]   A#: [[A_NUMBER:A226-318-407]]   DOB: [[DATE_OF_BIRTH:1994-01-30]]
Receipt: [[USCIS_RECEIPT_NUMBER:ZLA2690114563]]
Q: Who threatened you? A: Men from the district said my work at the girls' school was haram. My husband [[PERSON:Ahmad Shoaib Habibzai]] received a night letter (shabnama) in 1401.
Please convert to a chronological summary for the assessment.""".replace("[[USCIS_RECEIPT_NUMBER:ZLA2690114563]]", "[[USCIS_RECEIPT_NUMBER:IOE8901145632]]")),

(P, "dari_letter_translation", "afghan",
"""Translate this support letter from Dari into English for the file:
به نام خدا
اینجانب [[PERSON:عبدالوکیل رحیمی]] تصدیق می‌کنم که خانم [[PERSON:فرشته رحیمی]] خواهر من است و در سال ۱۳۹۹ از کابل فرار کرد. شماره تماس من [[PHONE_NUMBER:+93 70 555 0148]] است.
با احترام"""),

(P, "pashto_declaration", "pashtun",
"""Need English of this Pashto witness statement, keep the names as written:
زه [[PERSON:ګل اکبر شینواری]] د ننګرهار ولایت اوسیږم. زما ورور [[PERSON:نور ولي شینواری]] د طالبانو لخوا ونیول شو.
Applicant's A-number is [[A_NUMBER:A227-004-516]]."""),

(P, "tigrinya_letter", "eritrean+german",
"""Language-access request: please translate from Tigrinya.
ስመይ [[PERSON:ኣብርሃ ተስፋማርያም]] እየ። ሓወይ [[PERSON:ዳኒኤል ተስፋማርያም]] ኣብ ሳዋ ንሃገራዊ ኣገልግሎት ተወሲዱ።
Requester: Officer [[PERSON:Lena Brockhoff]], ext. via [[PHONE_NUMBER:202-555-0127]]"""),

(P, "amharic_med_letter", "ethiopian",
"""Amharic medical letter for the file, please summarise in English:
ለሚመለከተው ሁሉ፤ ወ/ሮ [[PERSON:መሰረት ገብረመድህን]] በሆስፒታላችን ከጥር ወር ጀምሮ ታክመዋል። የትውልድ ቀን፦ [[DATE_OF_BIRTH:12/04/1982]]
Dr. [[PERSON:Yonas Bekele Woldemariam]], Tikur Anbessa hospital"""),

(P, "refugee_family_tree", "rohingya",
"""Refugee case RE file, family composition - check for inconsistencies:
PA: [[PERSON:Mohammed Hashim Ullah]] b. [[DATE_OF_BIRTH:1979]]? (says "about 45")
Spouse: [[PERSON:Rashida Begum]]
Child 1: [[PERSON:Nur Kaida]] (F)
Child 2: [[PERSON:Anwar Sadek]] (M)
UNHCR case no. KTP-19C0427 (Cox's Bazar), not a DHS number.""".replace("b. [[DATE_OF_BIRTH:1979]]? (says \"about 45\")", "DOB [[DATE_OF_BIRTH:01 Jan 1979]] (registration default)")),

(P, "karen_interview", "karen",
"""RAIO circuit ride notes Mae La camp - [[PERSON:Saw Htoo Klay]] and wife [[PERSON:Naw Paw Say Wah]]; brother-in-law [[PERSON:Saw Kler Doh]] resettled Omaha 2014, A# [[A_NUMBER:A099-284-316]]. Burmese army burned village 2012. Karen interpreter [[PERSON:Thra Poe Kwee]] had trouble with place names. Summarize the persecution claim.""".replace("[[PERSON:Thra Poe Kwee]]", "Thra [[PERSON:Poe Kwee]]")),

(P, "congolese_swahili", "congolese",
"""Kiswahili letter, translate + flag anything relevant to credibility:
Mimi [[PERSON:Esperance Mukamana Bahati]] nilizaliwa [[DATE_OF_BIRTH:tarehe 3 Machi 1990]] huko Bukavu. Mume wangu [[PERSON:Jean-Pierre Bahati Cirhuza]] alikamatwa na askari mwaka 2017. Simu ya dada yangu: [[PHONE_NUMBER:+243 81 555 0136]]"""),

(P, "uyghur_case", "uyghur",
"""[[CUI_MARKING:CUI//SP-ASYL]]
Assessment draft: [[PERSON:Mihrigul Tursun Abdurehim]] (A# [[A_NUMBER:A228-577-102]]) credibly described detention in a facility in Hotan 2018; her father [[PERSON:Abdurehim Tursun]] remains unaccounted for. Country conditions support well-founded fear.
[[CUI_MARKING:CUI//SP-ASYL]]
Edit for clarity."""),

(P, "yazidi_refugee", "kurdish",
"""Shorten these interview notes: PA [[PERSON:Nadia Khidir Murad Sulaiman]] (Yazidi, Sinjar), daughter [[PERSON:Dilvin]], mother [[PERSON:Shami Hassan]]. P.A. says ISIS took her brother [[PERSON:Khairi Khidir]] in Aug 2014. Contact in Dohuk: [[PHONE_NUMBER:+964 750 555 0119]]."""),

(P, "syrian_arabic", "syrian",
"""ترجم هذه الرسالة للإنجليزية من فضلك:
أنا [[PERSON:ريم عبد الكريم الحلبي]]، أسكن حالياً في [[STREET_ADDRESS:1720 Willow Creek Dr, Apt 14, Elgin, IL 60123]]. أخي [[PERSON:باسل عبد الكريم الحلبي]] ما زال في إدلب. رقمي [[PHONE_NUMBER:(847) 555-0150]]"""),

(P, "ukrainian_u4u", "ukrainian",
"""Uniting for Ukraine supporter letter, Ukrainian to English:
Я, [[PERSON:Оксана Петрівна Гнатюк]], підтверджую, що буду фінансово підтримувати [[PERSON:Тарас Ігорович Гнатюк]], дата народження [[DATE_OF_BIRTH:07.09.2011]]. Мій e-mail: [[EMAIL_ADDRESS:oksana.hnatiuk.sponsor@outlook.com]]"""),

(P, "sudanese_asylum_fouo", "sudanese+anglo",
"""[[CUI_MARKING:(U//FOUO)]] Supervisor review note: AO [[PERSON:Kettering]] referred [[PERSON:Abdelrahim Musa Adam Ishag]] ([[A_NUMBER:A229-631-840]]) to court; Masalit ethnicity, El Geneina 2023. I think the nexus analysis is thin - help me write feedback to the AO.""".replace("AO [[PERSON:Kettering]]", "AO [[PERSON:Kettering]]")),

(P, "somali_letter", "somali",
"""Please translate this Somali statement:
Magacaygu waa [[PERSON:Xaawo Cabdullaahi Warsame]]. Waxaan ku dhashay Kismaayo [[DATE_OF_BIRTH:1 Luulyo 1993]]. Ninkayga [[PERSON:Maxamed Cali Jaamac]] waxaa dilay Al-Shabaab. Lambarka adeerkay: [[PHONE_NUMBER:+252 61 555 0172]]"""),

(P, "credentials_in_case_tool", "none",
"""Global case system keeps timing out on my RAIO laptop. Config file the help desk gave me:
[gcm]
server = gcm-raio.uscis.example
user = raio_ofc_1187
secret = [[PASSWORD:Vq8!mZr2#Lp5wKd]]
What does "timeout=30" do here?"""),

(P, "classified_country_report", "none",
"""[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Reporting indicates militia checkpoints near the Kajo Keji crossing are screening returnees by tribal affiliation.
Please make this usable for an unclassified country-conditions paragraph."""),

# evasions
(E, "zero_width_name_email", "eritrean",
"""Forward the interview scheduling notice to the applicant [[PERSON:Senait Gebre\u200bhiwet]] at [[EMAIL_ADDRESS:senait.g\u200bebrehiwet@proton.me]], she said the last one never arrived."""),
(E, "fullwidth_dob", "burmese",
"""Applicant [[PERSON:Khin Myat Noe]] wrote her birth date in full-width digits on the I-590 - DOB [[DATE_OF_BIRTH:１９８７－０６－２３]] - normalise it for me."""),
(E, "split_cui_lines", "afghan",
"""header on the scanned memo was broken across lines by OCR:
[[CUI_MARKING:CU
I//SP-A
SYL]]
Applicant [[PERSON:Mirwais Noorzai]], check the dates in para 2."""),

# hard negatives
(H, "country_conditions_public_figures", "none",
"""Summarise the 2025 State Department human-rights report chapters on Eritrea and Sudan: role of President Isaias Afwerki's government in indefinite national service, and the RSF under Mohamed Hamdan Dagalo in Darfur. Neutral tone, 150 words."""),
(H, "training_example_markings", "none",
"""For the new AO training deck, explain the difference between a banner marking and a portion marking, why asylum records are protected by 8 CFR 208.6, and what an officer should do if they receive an email with a missing designation indicator. No examples of actual markings needed."""),
(H, "unhcr_numbers", "none",
"""Reconcile these UNHCR progress group numbers with our RE case numbers: 784-19C00331, 784-19C00332, 811-22C04127 vs RE-2024-118730, RE-2024-118731, RE-2025-002914. Are they one-to-one?"""),
(H, "places_people_names", "none",
"""Interview locations this circuit ride: Kakuma camp (Kenya), the Jean Bosco transit centre in Kigali, Mae La (Thailand), and the Hotel Sheraton Addis. Estimate travel days between them."""),
(H, "translation_glossary", "none",
"""Build a Dari/Pashto/English glossary for: night letter (shabnama), elder (malik / spin giray), district governor, checkpoint, tazkira (national ID), madrassa. Add transliteration."""),
(H, "public_hotline", "none",
"""Refugee applicants overseas can reach the Resettlement Support Center help line; in the US the USCIS Contact Center is 800-375-5283, TTY 800-767-1833. Write a two-line notice in Tigrinya and Amharic saying 'call this number for status questions'."""),
(H, "historical_figures", "none",
"""Write a short paragraph for our RAIO newsletter on Raoul Wallenberg and Varian Fry as historical rescuers of refugees, and how their stories inform refugee officer ethics."""),
(H, "statistics_dates", "none",
"""FY2026 refugee ceiling 125,000; admissions through 30 Sep 2026: 101,337. Regional breakdown Africa 41,200, East Asia 9,810, Europe/Central Asia 4,102, Latin America 20,917, Near East/South Asia 25,308. Make a table with percentages."""),
(H, "religion_word_names", "none",
"""Style question for an assessment: when an applicant says 'Grace, Mercy and Patience are the virtues my church taught', do I capitalise the virtues? And is 'Pentecostal' capitalised?"""),
(H, "about_passwords", "none",
"""The RAIO overseas laptops require a 15-character passphrase rotated every 60 days. Draft a reminder email explaining how to pick a strong passphrase (no dictionary words, no reuse) and to never send it by email."""),
(H, "uuid_hashes", "none",
"""Case attachment IDs from the upload log: 3f9c2a7e-1b4d-4c8e-9f21-6a0d5e7b8c14, 7e1d0b3a-92c4-4f6a-8d55-0c2b9e1f4a77. SHA-256 of the audio file: 9b2e4f71c0d83a56e1f7b209c4d6a8e3f05b1c27d9e84a6f3b0c5d71e2a9f468. Which upload failed if the second hash doesn't match?"""),
(H, "eritrean_place_names", "none",
"""Map question: Sawa, Adi Abeito, Mai Serwa and Wia are detention/training sites mentioned in claims. Give me their regions in Eritrea and approximate distance from Asmara."""),
]
