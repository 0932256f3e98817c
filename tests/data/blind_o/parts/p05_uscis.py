# USCIS naturalisation, asylum, family petitions
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "n400_interview", "vietnamese",
"Summarize my N-400 interview notes into the standard paragraph:\nApplicant: [[PERSON:PHAM, Quoc Vinh]]  A# [[A_NUMBER:A209884317]]  Receipt [[USCIS_RECEIPT_NUMBER:IOE0984126053]]\nPassed English & civics (6/6). Name change requested to [[PERSON:Brian Vinh Pham]]. Trips abroad: 3, all under 6 mo. Recommend approval.")
add("positive", "asylum_interview", "somali",
"translate to somali so i can read it back to the applicant: 'Ms. Hodan Abdirahman Yusuf-Barre, your interview is rescheduled to January 12 at the Arlington Asylum Office. Bring your I-94 and your son Abdullahi.'".replace("Ms. Hodan Abdirahman Yusuf-Barre","Ms. [[PERSON:Hodan Abdirahman Yusuf-Barre]]").replace("son Abdullahi","son [[PERSON:Abdullahi]]"))
add("hard_negative", "form_numbers", None,
"Make a cheat sheet table of forms: I-130 (Petition for Alien Relative), I-485 (Adjustment), I-765 (EAD), I-131 (Travel Document), N-400, N-600, I-589, I-751. Include current filing fee column as 'see uscis.gov/fees'.")
add("positive", "i130_petition", "filipino",
"Draft an RFE cover note. Petitioner [[PERSON:Rodrigo Bautista Manalo]] (USC), beneficiary [[PERSON:Cristina Joy Manalo]] (sister), receipt [[USCIS_RECEIPT_NUMBER:MSC2390417762]], priority date 2011. We need the beneficiary's birth certificate showing both parents. Beneficiary DOB [[DATE_OF_BIRTH:February 18, 1979]], Quezon City.")
add("hard_negative", "receipt_format_training", None,
"For new ISOs: explain how a receipt number is structured — three-letter service center code (e.g., IOE, EAC, WAC, LIN, SRC, MSC, NBC), two-digit fiscal year, three-digit workday, five-digit sequence — using only the pattern 'XXX-YY-DDD-NNNNN', no real numbers.")
add("positive", "interpreter_email", "afghan",
"Fix the tone of this email, it sounds rude:\nTo: [[EMAIL_ADDRESS:interp.scheduling@langbridge.example.com]]\nWe need a Dari interpreter for Thursday 9am for applicant [[PERSON:Zarghona Hotak]]. Last time your interpreter [[PERSON:Sayed Jawad Hashimi]] showed up 40 min late. Dont send him again.")
add("positive", "family_tree", "haitian",
"Make a family tree outline from this, for the I-730 follow-to-join:\nPrincipal: [[PERSON:Jean-Wesner Télusma]] (DOB [[DATE_OF_BIRTH:12.03.1981]])\nSpouse: [[PERSON:Roseline Télusma née Augustin]]\nChildren: [[PERSON:Wesly]] (2009), [[PERSON:Djenica]] (2012), [[PERSON:Ti-Jean]] (2016)\nAll currently in Cap-Haïtien.")
add("hard_negative", "civics_names", None,
"Quiz me on civics: Who was President during WWI? What is the supreme law of the land? How many amendments does the Constitution have? What ocean is on the West Coast? Just 10 questions with answers at the end.")
add("positive", "ead_status", "nigerian",
"check my grammar: 'Dear Mr. Adeyemi, your I-765 receipt EAC2519044871 was approved on 11/20 and your card will be mailed to 9 Keystone Ct, Bowie, MD 20716.' Sign it from Folake Ogunbiyi, Contact Center Tier 2.".replace("Mr. Adeyemi","Mr. [[PERSON:Adeyemi]]").replace("EAC2519044871","[[USCIS_RECEIPT_NUMBER:EAC2519044871]]").replace("9 Keystone Ct, Bowie, MD 20716","[[STREET_ADDRESS:9 Keystone Ct, Bowie, MD 20716]]").replace("Folake Ogunbiyi","[[PERSON:Folake Ogunbiyi]]"))
add("positive", "oath_ceremony_list", "mixed",
"Count how many per country: oath ceremony 12/10\nSOLANKI, Hetal - India\nNGUYEN, Minh Khoa - Vietnam\nOSEI, Abena - Ghana\nKOWALCZYK, Agnieszka - Poland\nRAMÍREZ TOLEDO, Edgar - Mexico\nHADDAD, Rania - Lebanon".replace("SOLANKI, Hetal","[[PERSON:SOLANKI, Hetal]]").replace("NGUYEN, Minh Khoa","[[PERSON:NGUYEN, Minh Khoa]]").replace("OSEI, Abena","[[PERSON:OSEI, Abena]]").replace("KOWALCZYK, Agnieszka","[[PERSON:KOWALCZYK, Agnieszka]]").replace("RAMÍREZ TOLEDO, Edgar","[[PERSON:RAMÍREZ TOLEDO, Edgar]]").replace("HADDAD, Rania","[[PERSON:HADDAD, Rania]]"))
add("hard_negative", "a_number_invalid", None,
"The I-797 template in our sandbox shows 'A-Number: A000000000' and 'Receipt: XXX0000000000' as filler. Can you rewrite the instructions so trainers know to replace those before printing?")
add("positive", "asylum_declaration", "eritrean",
"Please improve the English of this asylum declaration paragraph, don't change the facts: 'My name is Yonas Tesfamariam Gebremedhin. I was born on 3 May 1994 in Asmara. In 2017 I was conscripted and my commander Col. Tekle hit me. My cousin Senait helped me to cross to Ethiopia.'".replace("Yonas Tesfamariam Gebremedhin","[[PERSON:Yonas Tesfamariam Gebremedhin]]").replace("3 May 1994","[[DATE_OF_BIRTH:3 May 1994]]").replace("Col. Tekle","Col. [[PERSON:Tekle]]").replace("cousin Senait","cousin [[PERSON:Senait]]"))
add("positive", "tagalog_letter", "filipino",
"Pakisalin sa English: 'Mahal na Opisyal, ako po si Teresita Dimaculangan, ina ni Mark Anthony Dimaculangan. Ang aking anak ay may nakabinbing petisyon. Ang aking numero ay 0917 555 0182.' need it for the file".replace("Teresita Dimaculangan","[[PERSON:Teresita Dimaculangan]]").replace("Mark Anthony Dimaculangan","[[PERSON:Mark Anthony Dimaculangan]]").replace("0917 555 0182","[[PHONE_NUMBER:0917 555 0182]]"))
add("hard_negative", "policy_manual", None,
"Summarize USCIS Policy Manual Vol. 12, Part D, Ch. 3 on continuous residence in 5 bullets. Include the 6-month and 1-year absence rules and the N-470.")
add("positive", "sevis_student", "chinese",
"Write a note to the DSO: student [[PERSON:Huang Yuxin]], SEVIS [[SEVIS_ID:N0038817245]], I-94 [[I94_NUMBER:83921047651]], her OPT EAD application is pending. She asked whether she can start work.")
add("positive", "japanese_letter", "japanese",
"この手紙を英語に翻訳してください:「拝啓 移民局御中 私は[[PERSON:佐藤 美咲]]と申します。夫[[PERSON:佐藤 健太]]の永住権申請について伺います。受付番号は[[USCIS_RECEIPT_NUMBER:LIN2290017734]]です。連絡先: [[EMAIL_ADDRESS:misaki.sato@example.jp]]」")
add("positive", "korean_petition", "korean",
"Summarize this affidavit of support note: sponsor [[PERSON:Lee Jae-seong]] (income $71,200) for beneficiary [[PERSON:Lee Eun-ji]], joint sponsor [[PERSON:Choi Dong-hyuk]], SSN [[US_SSN:218-55-9034]]. Household size 5.")
