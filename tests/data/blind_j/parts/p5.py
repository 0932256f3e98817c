# Part 5: international and multilingual (names of many origins, foreign formats, DOBs in other languages).
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "french_letter_translation", "haitian", r"""
Traduisez cette lettre en anglais pour le dossier USCIS :

Je soussigné, [[PERSON:Jean-Wesner Lafortune]], né le [[DATE_OF_BIRTH:12 mars 1985]] à Port-au-Prince, demeurant au [[STREET_ADDRESS:47 Rue Capois, Port-au-Prince, Haïti]], certifie que ma sœur [[PERSON:Nadège Lafortune]] a vécu avec moi de 2010 à 2018. Tél. : [[PHONE_NUMBER:+509 3455 0142]].
""")

R("positive", "german_birth_cert", "slavic", r"""
Bitte übersetzen: "Frau [[PERSON:Małgorzata Wróblewska]], geboren am [[DATE_OF_BIRTH:3. Mai 1972]] in Gdańsk, wohnhaft [[STREET_ADDRESS:Bergstraße 12, 10115 Berlin]], Telefon [[PHONE_NUMBER:+49 30 5550 1427]]." This is an attachment to an I-130, the petitioner is her son.
""")

R("positive", "chinese_household_register", "chinese", r"""
请把下面的户口本信息翻译成英文，用于I-485申请：

姓名：[[PERSON:王秀英]]
出生日期：[[DATE_OF_BIRTH:1961年5月12日]]
住址：[[STREET_ADDRESS:上海市徐汇区漕溪北路88号]]
护照号码：[[US_PASSPORT:E55201947]]
""")

R("positive", "korean_family_register", "korean", r"""
가족관계증명서 번역 부탁드립니다 (for the I-130 packet):

본인: [[PERSON:박서연]] ([[PERSON:Park Seo-yeon]]), 생년월일 [[DATE_OF_BIRTH:1988년 7월 3일]]
배우자: [[PERSON:최민준]], 생년월일 [[DATE_OF_BIRTH:1986년 1월 20일]]
""")

R("positive", "arabic_affidavit", "arabic", r"""
Translate this affidavit into English, keep the formal tone:

أنا الموقع أدناه [[PERSON:أحمد محمود العلي]]، تاريخ الميلاد [[DATE_OF_BIRTH:1985/04/12]]، رقم الهاتف [[PHONE_NUMBER:+962 6 555 0148]]، أشهد بأن ابن أخي [[PERSON:يوسف العلي]] يعيش معي في عمّان منذ عام 2016.
""")

R("positive", "portuguese_declaration", "brazilian", r"""
Pode traduzir para o inglês? É para um pedido de asilo.

Eu, [[PERSON:Ana Beatriz Gonçalves]], nascida em [[DATE_OF_BIRTH:14 de julho de 1992]], portadora do passaporte brasileiro [[US_PASSPORT:FZ118406]], residente à [[STREET_ADDRESS:Rua das Laranjeiras 310, apto 802, Rio de Janeiro, RJ, 22240-003]], declaro que...
""")

R("positive", "turkish_employer_letter", "turkish", r"""
Translate: "[[PERSON:Mustafa Öztürk]] (doğum tarihi: [[DATE_OF_BIRTH:11.09.1987]]) 2015'ten beri şirketimizde mühendis olarak çalışmaktadır. İletişim: [[EMAIL_ADDRESS:m.ozturk@example.com.tr]], [[PHONE_NUMBER:+90 212 555 01 46]]." It's an employment verification for an H-1B.
""")

R("hard_negative", "place_names_multilingual", None, r"""
Translate these city names into their local scripts for a map legend: Tehran, Addis Ababa, Mogadishu, Karachi, Ho Chi Minh City, Seoul, Tokyo, Lagos, Port-au-Prince, Istanbul, São Paulo, Manila, Kyiv. Also give the country for each.
""")

R("positive", "vietnamese_name_order", "vietnamese", r"""
In our system the name is split wrong. The given-name field holds her middle name and the family-name field holds her given name. Her passport reads [[PERSON:HOANG THI THU HUONG]]; DOB [[DATE_OF_BIRTH:05 OCT 1990]]. How should Vietnamese names map to first/middle/last in USCIS forms?
""")

R("positive", "japanese_koseki", "japanese", r"""
戸籍謄本の翻訳をお願いします。
氏名：[[PERSON:山田 花子]]
生年月日：[[DATE_OF_BIRTH:平成3年4月15日]]
本籍：東京都新宿区
This is for her K-1 spouse's adjustment; the petitioner is [[PERSON:Daniel Brooks]].
""")

R("positive", "somali_names_lower", "somali", r"""
can you make a clean list from my notes, capitalize properly:

ayaan maxamed cali - dob 1/1/1996 - [[PHONE_NUMBER:+252 61 555 0123]]
cabdullahi xasan nuur - dob 1/1/1989
""".replace("ayaan maxamed cali", "[[PERSON:ayaan maxamed cali]]").replace("cabdullahi xasan nuur", "[[PERSON:cabdullahi xasan nuur]]").replace("dob 1/1/1996", "dob [[DATE_OF_BIRTH:1/1/1996]]").replace("dob 1/1/1989", "dob [[DATE_OF_BIRTH:1/1/1989]]"))

R("positive", "common_word_names", "anglo", r"""
Fix the grammar in this shift note: "[[PERSON:Sunny Hill]] covered for [[PERSON:Rich Banks]] at the front desk. [[PERSON:Grace Bell]] said [[PERSON:Banks]] will swap with her next week. Call [[PERSON:Sunny]] at [[PHONE_NUMBER:(410) 555-0148]] if the schedule changes."
""")

R("hard_negative", "common_words_no_names", None, r"""
Fix the grammar in this note: "we wish everyone joy this season. the hill trail by the east gate opens at 9, the river banks are flooded so rich soil is washing onto the path, and the grace period for parking permits ends friday."
""")

R("positive", "ethiopian_calendar_dob", "ethiopian", r"""
The applicant's Ethiopian birth certificate says she was born on [[DATE_OF_BIRTH:Tir 5, 1984 E.C.]]; her passport says [[DATE_OF_BIRTH:14 January 1992]]. Name: [[PERSON:Meron Tadesse Haile]]. Are these the same date? How should we note this in the I-485 file?
""")

R("positive", "filipino_barangay_address", "filipino", r"""
Format this foreign address for the I-130 Part 2 fields: [[STREET_ADDRESS:Blk 7 Lot 12, Mabini St., Brgy. San Isidro, Antipolo City, Rizal 1870]] — beneficiary [[PERSON:Rhea Joy Macaraeg]], mobile [[PHONE_NUMBER:+63 917 555 0184]].
""")

R("positive", "indian_pan_letter", "indian", r"""
Translate and summarize this Hindi affidavit of birth:

मैं, [[PERSON:सुरेश चंद्र व्यास]], शपथपूर्वक कहता हूँ कि मेरे पुत्र [[PERSON:अर्जुन व्यास]] का जन्म [[DATE_OF_BIRTH:15 अगस्त 2003]] को जयपुर में हुआ था।
""")

R("hard_negative", "hindi_translation_generic", None, r"""
What's the difference between "शपथ पत्र" (affidavit) and "घोषणा पत्र" (declaration) in Indian legal usage? I see both on documents submitted with I-130s.
""")

R("positive", "iranian_names_caps", "iranian", r"""
Which of these is the correct transliteration for the I-485? The passport says [[PERSON:HOSSEINI, SEYED MOHAMMAD REZA]], the birth certificate translation says [[PERSON:Seyyed Mohammadreza Hosseini]]. DOB [[DATE_OF_BIRTH:1368/07/01]] (Solar Hijri) which is [[DATE_OF_BIRTH:23 September 1989]].
""")

R("positive", "nigerian_uk_address", "nigerian", r"""
This beneficiary lived in the UK before. Format his prior address for the I-485 Part 3: [[PERSON:Emeka Chukwuma Obi]], [[STREET_ADDRESS:Flat 4, 27 Coldharbour Lane, London SE5 9NR]], UK mobile [[PHONE_NUMBER:+44 7700 900142]], Nigerian passport [[US_PASSPORT:B04417729]].
""")

R("hard_negative", "nigerian_place_prose", None, r"""
Write a short cultural orientation paragraph for officers interviewing applicants from Nigeria: major languages (Yoruba, Igbo, Hausa), naming conventions (e.g. patronymic use, praise names), and how dates are usually written (day/month/year).
""")

R("positive", "pacific_islander_compact", "pacific_islander", r"""
Is a citizen of the Marshall Islands under the Compact of Free Association required to have an I-94? Applicant [[PERSON:Jabro Laijo Kabua]], RMI passport [[US_PASSPORT:R0098214]], DOB [[DATE_OF_BIRTH:27/02/2000]], lives at [[STREET_ADDRESS:1401 Gillespie St, Springdale, AR 72764]].
""")

R("positive", "russian_dob_words", "slavic", r"""
Переведите, пожалуйста: "[[PERSON:Сергей Иванович Кузнецов]], дата рождения: [[DATE_OF_BIRTH:7 ноября 1975 г.]], паспорт [[US_PASSPORT:753118840]]." It's for the derivative's I-130 filing.
""")

R("hard_negative", "cyrillic_transliteration", None, r"""
What transliteration standard does the State Department use for Cyrillic names in passports — ICAO Doc 9303 or BGN/PCGN? For example, how would "Щ" and "Ж" be rendered?
""")

R("positive", "spanish_caps_surname_order", "hispanic", r"""
The IDENT record has the name as [[PERSON:GARCÍA LÓPEZ, MARÍA FERNANDA]]; the visa application has [[PERSON:Maria Fernanda Garcia]]. DOB on both: [[DATE_OF_BIRTH:30-06-1997]]. Explain how Spanish double surnames get matched so the officer doesn't open a new record.
""")

R("positive", "pakistani_urdu", "pakistani", r"""
براہ کرم انگریزی میں ترجمہ کریں: "میرا نام [[PERSON:فاطمہ بی بی]] ہے، میری تاریخ پیدائش [[DATE_OF_BIRTH:10 دسمبر 1990]] ہے، اور میرا فون نمبر [[PHONE_NUMBER:+92 51 555 0176]] ہے۔"
""")

R("hard_negative", "dates_not_birth", None, r"""
Convert these dates to ISO 8601: 3 de marzo de 2026, 12 mars 2027, 2026年5月12日, 15.08.2026 and Tir 5, 2018 E.C. They're hearing dates and deadlines from foreign court documents, not birth dates.
""")
