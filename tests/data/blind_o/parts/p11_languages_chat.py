# Multi-turn chat transcripts and letters in other languages
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "chat_transcript", "hispanic",
"User: I need help summarizing this for my supervisor\nAssistant: Sure, paste the text.\nUser: ok so the caller was [[PERSON:Maribel Sosa Cardenal]] from Hialeah, she said her ex [[PERSON:Ernesto Cardenal]] has her kids' passports and she wants a hold. Her cell is [[PHONE_NUMBER:305-555-0155]]\nAssistant: Got it — do you want bullets or a paragraph?\nUser: bullets")
add("positive", "spanish_letter", "hispanic",
"Traduce al inglés por favor: 'Estimados señores: Yo, [[PERSON:Leticia Guadalupe Zamudio]], con domicilio en [[STREET_ADDRESS:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]], solicito información sobre la petición de mi hijo [[PERSON:Rodolfo]]. Mi correo es [[EMAIL_ADDRESS:lety.zamudio@example.com.mx]].'")
add("positive", "french_letter", "haitian",
"Translate from French please: « Madame, Monsieur, je m’appelle [[PERSON:Guerline Thermidor-Pognon]], née le [[DATE_OF_BIRTH:17 janvier 1979]] à Jacmel. Je vous écris au sujet de mon dossier TPS. Vous pouvez me joindre au [[PHONE_NUMBER:+509 3455 0126]]. »")
add("hard_negative", "french_les", None,
"Traduisez en anglais: « Les demandes d'aide doivent être déposées avant le 15 janvier. Les centres de rétablissement sont ouverts de 8 h à 19 h. Les personnes sinistrées peuvent appeler la ligne d'assistance. »")
add("positive", "haitian_creole", "haitian",
"Tradui sa an angle tanpri: 'Bonjou, mwen se [[PERSON:Fritznel Dorméus]]. Pitit fi m [[PERSON:Mirlande]] nan sant detansyon an depi 3 semèn. Nimewo A li se [[A_NUMBER:A 220-318-476]]. Rele m nan [[PHONE_NUMBER:(617) 555-0188]].'")
add("positive", "vietnamese_letter", "vietnamese",
"Dịch sang tiếng Anh giúp tôi: 'Kính gửi Sở Di trú, tôi tên là [[PERSON:Võ Thị Ngọc Ánh]], sinh ngày [[DATE_OF_BIRTH:08/04/1990]]. Tôi muốn hỏi về hồ sơ I-130 của chồng tôi, anh [[PERSON:Huỳnh Văn Lộc]]. Số biên nhận: [[USCIS_RECEIPT_NUMBER:WAC2417730558]].'")
add("positive", "russian_letter", "russian",
"Переведите на английский: «Уважаемые господа! Меня зовут [[PERSON:Екатерина Павловна Морозова]]. Мой муж [[PERSON:Сергей Морозов]] задержан в аэропорту JFK. Мой телефон [[PHONE_NUMBER:+7 916 555-01-34]], почта [[EMAIL_ADDRESS:e.morozova@example.ru]].»")
add("positive", "somali_letter", "somali",
"Fadlan u turjun Ingiriis: 'Magacaygu waa [[PERSON:Faadumo Cabdi Nuur]]. Waxaan ku noolahay [[STREET_ADDRESS:2425 Riverside Ave Apt 1104, Minneapolis, MN 55454]]. Wiilkayga [[PERSON:Cabdiraxmaan]] wuxuu sugayaa go'aanka magangalyada.'")
add("positive", "amharic_letter", "ethiopian",
"Translate this Amharic note to English: 'ስሜ [[PERSON:ሰላማዊት ተስፋዬ]] ነው። ባለቤቴ [[PERSON:ዳዊት መኮንን]] ስለ ጉዳዩ ይጠይቃል። ስልክ [[PHONE_NUMBER:+251 91 555 0167]]።'")
add("positive", "dari_letter", "afghan",
"لطفاً به انگلیسی ترجمه کنید: «اینجانب [[PERSON:محمد نسیم رحیمی]] فرزند [[PERSON:عبدالرحیم]]، درخواست معلومات در مورد پرونده پناهندگی خود را دارم. شماره تماس: [[PHONE_NUMBER:+93 70 555 0124]]» — it's Dari, for the asylum file")
add("positive", "chinese_letter", "chinese",
"请把这封信翻译成英文：「尊敬的官员：我叫[[PERSON:王秀兰]]，我的儿子[[PERSON:陈志强]]在纽约被拘留。我的地址是[[STREET_ADDRESS:41-25 Kissena Blvd Apt 6C, Flushing, NY 11355]]，电话[[PHONE_NUMBER:+86 139 5550 1723]]。谢谢。」")
add("positive", "swahili_letter", "kenyan",
"Tafadhali tafsiri kwa Kiingereza: 'Jina langu ni [[PERSON:Wanjiru Kamau Njoroge]]. Nilizaliwa tarehe [[DATE_OF_BIRTH:14/09/1987]] Nairobi. Naomba msaada kuhusu ombi langu la hifadhi. Barua pepe: [[EMAIL_ADDRESS:wanjiru.njoroge@example.co.ke]]'")
add("hard_negative", "spanish_public_notice", None,
"Corrige la ortografía: 'Los centros de recuperacion por desastre estaran abiertos de lunes a sabado. Traiga su identificacion y su numero de registro de FEMA. La asistencia es gratuita.'")
add("positive", "pashto_letter", "afghan",
"Pashto to English please: 'زما نوم [[PERSON:ګل احمد وردک]] دی. زما ورور [[PERSON:شیر محمد وردک]] په کمپ کې دی. زما شمېره [[PHONE_NUMBER:+93 79 555 0138]] ده.'")
add("positive", "chat_multi_turn_names", "ghanaian",
"User: summarize this convo for the handoff\n[09:02] Akosua: morning, did Kofi finish the seizure inventory?\n[09:05] Kofi Boakye: yes, 42 items, log is on the share drive\n[09:06] Akosua Owusu: thx. Nana Yeboah from the broker called again\n[09:10] Kofi Boakye: tell her to email, not call".replace("[09:02] Akosua:","[09:02] [[PERSON:Akosua]]:").replace("did Kofi finish","did [[PERSON:Kofi]] finish").replace("[09:05] Kofi Boakye:","[09:05] [[PERSON:Kofi Boakye]]:").replace("[09:06] Akosua Owusu:","[09:06] [[PERSON:Akosua Owusu]]:").replace("Nana Yeboah","[[PERSON:Nana Yeboah]]").replace("[09:10] Kofi Boakye:","[09:10] [[PERSON:Kofi Boakye]]:"))
add("hard_negative", "chat_no_pii", None,
"User: can you help me rewrite a policy memo\nAssistant: Of course. What's the memo about?\nUser: telework eligibility for mission support staff, the old one is from 2019\nAssistant: Paste it and tell me the audience.\nUser: all supervisors, make it 1 page")
add("positive", "japanese_email_header", "japanese",
"Translate this to English and keep the header:\n差出人: [[PERSON:Takahashi Ren]] <[[EMAIL_ADDRESS:ren.takahashi@kaiun-logistics.example.co.jp]]>\n件名: 貨物の保留について\n担当の[[PERSON:山本]]様、コンテナの保留理由を教えてください。電話: [[PHONE_NUMBER:03-5555-0147]]")
add("positive", "tigrinya_note", "eritrean",
"Translate from Tigrinya: 'ሽመይ [[PERSON:ሳባ ገብረሂወት]] እየ። ሓወይ [[PERSON:ኣማኑኤል]] ኣብ ኤልፓሶ ይርከብ።' — for the family reunification case")
add("hard_negative", "tagalog_public", None,
"Isalin sa English: 'Ang mga sentro ng tulong ay bukas mula alas-otso ng umaga. Magdala ng ID at katibayan ng tirahan. Libre ang serbisyo.'")
