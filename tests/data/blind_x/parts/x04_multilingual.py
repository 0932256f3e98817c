# Voice: language-services translators, refugee processing and USCIS field offices; foreign documents and labels
RECORDS = [
("positive", "spanish_licencia", "dominican",
"""Traducir al inglés, por favor:
LICENCIA DE CONDUCIR — República Dominicana
Nombre: [[PERSON:ALTAGRACIA MERCEDES PEÑA DE LA ROSA]]
Cédula / No. de licencia: [[US_DRIVER_LICENSE:402-1873094-6]]
Fecha de nacimiento: [[DATE_OF_BIRTH:3 de marzo de 1976]]
Categoría: 02   Expedición: 11/02/2022   Vence: 11/02/2026"""),

("positive", "spanish_nj_license", "colombian",
"""Hola, mi licencia de Nueva Jersey es [[US_DRIVER_LICENSE:R3917 28406 51872]] y mi F. Nac. es [[DATE_OF_BIRTH:14/08/1983]]. ¿Me ayuda a escribir una carta a la MVC para cambiar la dirección a [[STREET_ADDRESS:87 Van Houten Ave, Apt 3B, Passaic, NJ 07055]]? Me llamo [[PERSON:Yurany Cardona Ospina]]."""),

("positive", "french_permis", "congolese",
"""Translation request — French document:
PERMIS DE CONDUIRE — République Démocratique du Congo
1. Nom : [[PERSON:MUKENDI KALONJI]]
2. Prénoms : [[PERSON:Espérance]]
3. Date et lieu de naissance : [[DATE_OF_BIRTH:12.05.1988]] à Kananga
4d. N° du permis : [[US_DRIVER_LICENSE:KIN-88-047213]]
L'intéressée, née le [[DATE_OF_BIRTH:12 mai 1988]], a obtenu la catégorie B."""),

("positive", "french_naissance_letter", "senegalese",
"""Madame, Monsieur,
Je soussigné [[PERSON:Mamadou Lamine Ndiaye-Sarr]], né le [[DATE_OF_BIRTH:1er janvier 1980]] à Thiès (Sénégal), titulaire du passeport n° [[US_PASSPORT:A02948173]], demande la traduction certifiée de mon acte de naissance. Date de naissance : [[DATE_OF_BIRTH:01/01/1980]]."""),

("positive", "german_fuehrerschein", "german",
"""Bitte übersetzen (für die Anerkennung in Virginia):
FÜHRERSCHEIN  Bundesrepublik Deutschland
1. [[PERSON:Kleinschmidt-Aydın]]
2. [[PERSON:Friederike Leonie]]
3. [[DATE_OF_BIRTH:07.09.1995]] Bielefeld
4a. 12.10.2013  4b. 11.10.2028  4c. Stadt Bielefeld
5. [[US_DRIVER_LICENSE:B072K9R4T51]]
9. AM/B/L
Inhaberin geb. am [[DATE_OF_BIRTH:7. September 1995]] (Geburtsdatum laut Feld 3)."""),

("positive", "portuguese_cnh", "brazilian",
"""CARTEIRA NACIONAL DE HABILITAÇÃO (texto copiado do PDF):
NOME [[PERSON:THIAGO HENRIQUE MAGALHÃES BORBA]]
DOC. IDENTIDADE 38.471.902-6 SSP SP
CPF 418.392.071-55   DATA NASCIMENTO [[DATE_OF_BIRTH:25/10/1990]]
Nº REGISTRO [[US_DRIVER_LICENSE:04718293650]]   VALIDADE 02/03/2031   1ª HABILITAÇÃO 14/06/2009
Preciso disso em inglês para o seguro do carro alugado."""),

("positive", "portuguese_nascimento_cv", "cape_verdean",
"""Declaração: [[PERSON:Djenifer Tavares Semedo]], data de nascimento [[DATE_OF_BIRTH:22 de julho de 2001]], natural da Praia, Cabo Verde, portadora do passaporte [[US_PASSPORT:PA291847]]. Reside em [[STREET_ADDRESS:31 Bowdoin St, Dorchester, MA 02122]]."""),

("positive", "vietnamese_gplx", "vietnamese",
"""Dịch giúp tôi sang tiếng Anh:
GIẤY PHÉP LÁI XE / DRIVER'S LICENSE
Số/No: [[US_DRIVER_LICENSE:791028374615]]
Họ tên/Full name: [[PERSON:PHẠM THỊ KIM OANH]]
Ngày sinh/Date of birth: [[DATE_OF_BIRTH:19/04/1972]]
Nơi cư trú/Address: [[STREET_ADDRESS:142 Lê Văn Sỹ, Quận 3, TP. Hồ Chí Minh]]
Hạng/Class: B2   Có giá trị đến/Expires: 20/06/2029"""),

("positive", "korean_license", "korean",
"""운전면허증 번역 부탁드립니다.
성명: [[PERSON:황보민재]]
면허번호: [[US_DRIVER_LICENSE:11-18-472930-62]]
생년월일: [[DATE_OF_BIRTH:1987.03.15]]
주소: 서울특별시 마포구 (생략)
적성검사기간: 2027.01.01~2027.12.31
Applicant [[PERSON:Hwangbo Min-jae]] needs this for the Georgia exchange of licence."""),

("positive", "chinese_jiazhao", "taiwanese",
"""翻譯：駕照（中華民國）
姓名：[[PERSON:詹雅筑]]
出生日期：[[DATE_OF_BIRTH:民國80年11月9日]]
證號：[[US_DRIVER_LICENSE:F228194703]]
Note for the file: the ROC year 80 = 1991, so DOB is [[DATE_OF_BIRTH:1991-11-09]]."""),

("positive", "japanese_menkyo", "japanese",
"""運転免許証の内容です（国際免許の申請用）：
氏名 [[PERSON:小野寺 澄香]]
生年月日 [[DATE_OF_BIRTH:平成8年6月30日]]生
住所 東京都杉並区（省略）
番号 第 [[US_DRIVER_LICENSE:304718293651]] 号
令和10年07月30日まで有効"""),

("positive", "tagalog_form", "filipino",
"""Paki-translate po:
Pangalan: [[PERSON:Ligaya Manalastas Dimaano]]
Petsa ng kapanganakan: [[DATE_OF_BIRTH:Disyembre 8, 1966]]
Lisensya sa pagmamaneho Blg.: [[US_DRIVER_LICENSE:N03-87-194726]]
Tirahan sa Amerika: [[STREET_ADDRESS:2718 Shoreline Blvd, Unit 4, Daly City, CA 94014]]"""),

("positive", "arabic_license", "iraqi",
"""ترجمة رخصة القيادة:
الاسم: [[PERSON:حيدر عبد الكريم الساعدي]]
تاريخ الميلاد: [[DATE_OF_BIRTH:1984/02/19]]
رقم الرخصة: [[US_DRIVER_LICENSE:3047182]]
جهة الإصدار: مديرية المرور العامة - بغداد
English: [[PERSON:Haider Abdulkarim Al-Saadi]], DOB [[DATE_OF_BIRTH:19 Feb 1984]], Iraqi DL no. [[US_DRIVER_LICENSE:3047182]]."""),

("positive", "amharic_birth", "ethiopian",
"""Translation note: the Ethiopian ID says የትውልድ ቀን (date of birth) [[DATE_OF_BIRTH:12/04/1982 ዓ.ም]] in the Ethiopian calendar, which converts to [[DATE_OF_BIRTH:21 December 1989]]. Holder: [[PERSON:ጽጌረዳ ወልደጊዮርጊስ]] ([[PERSON:Tsigereda Woldegiorgis]])."""),

("evasion", "fullwidth_dob_jp", "japanese",
"""ESTA申請：[[PERSON:久我山 晴臣]]、旅券番号 [[US_PASSPORT:ＴＲ７４１８２９３]]、生年月日 [[DATE_OF_BIRTH:１９７９年１１月４日]]。確認をお願いします。"""),

("evasion", "arabic_indic_digits", "syrian",
"""Client [[PERSON:Rasha Kheirallah]] wrote her passport number in Arabic digits: رقم الجواز [[US_PASSPORT:N٠١٤٨٢٩٣٧]] and تاريخ الميلاد [[DATE_OF_BIRTH:١٩٩١/٠٧/١٤]]. Please convert for the I-589 Part A.I."""),

# hard negatives
("hard_negative", "spanish_expiry_only", None,
"""Aviso del consulado: las licencias de conducir vencidas entre el 1 de marzo y el 30 de junio tienen prórroga automática hasta el 31 de diciembre. Fecha de expedición y fecha de vencimiento aparecen en el reverso. Horario de atención: lunes a viernes de 8:00 a 14:00."""),

("hard_negative", "french_nee_figurative", None,
"""Note de traduction : l'expression « l'idée est née le 14 juillet 1789 » se rapporte à la prise de la Bastille, pas à une personne. De même, « premier-né » signifie l'aîné. Ne pas traiter ces dates comme des dates de naissance."""),

("hard_negative", "german_glossary", None,
"""Glossar Führerschein: Feld 3 = Geburtsdatum und Geburtsort; 4a = Ausstellungsdatum; 4b = Ablaufdatum; 4c = ausstellende Behörde; 5 = Führerscheinnummer; 9 = Fahrzeugklassen. Beispiel auf dem Musterführerschein: Nr. B072XXXXX11 — Mustermann, Erika."""),

("hard_negative", "korean_holiday", None,
"""공지: 12월 25일 성탄절과 1월 1일 신정은 휴무입니다. 운전면허 갱신 기간(적성검사기간)은 생일 전후 6개월입니다. 자세한 내용은 도로교통공단 누리집을 참고하세요."""),

("hard_negative", "chinese_history", None,
"""历史小知识：孙中山（1866年11月12日出生）是中华民国的国父。国父纪念馆位于台北。护照照片规格为35毫米×45毫米。"""),

("hard_negative", "vietnamese_holiday_notice", None,
"""Thông báo: Văn phòng đóng cửa ngày 2/9 (Quốc khánh). Lễ kỷ niệm ngày thành lập cơ quan: 15/03/2003. Hạn nộp hồ sơ gia hạn hộ chiếu: 31/12/2026."""),

("hard_negative", "arabic_fee_notice", None,
"""تنبيه: رسوم تجديد جواز السفر 130 دولاراً. ساعات العمل من 9 صباحاً حتى 4 مساءً. رقم النموذج DS-82. لا تُرسل رقم الجواز عبر البريد الإلكتروني."""),

("hard_negative", "tagalog_birthday_card", None,
"""Maligayang kaarawan! Happy birthday sa lahat ng may kaarawan ngayong Disyembre — cake sa pantry mamayang 3 PM. Salamat sa mga nag-ambag."""),

("hard_negative", "portuguese_founding", None,
"""Curiosidade: Brasília foi inaugurada em 21 de abril de 1960. Tiradentes nasceu em 12 de novembro de 1746. O número da CNH tem 11 dígitos; nunca envie o seu por e-mail."""),

("hard_negative", "japanese_era_table", None,
"""和暦・西暦対照表：昭和64年＝平成元年＝1989年、平成31年＝令和元年＝2019年。免許証の有効期限は「令和○年○月○日まで有効」と記載されます。"""),

("hard_negative", "translator_style_guide", None,
"""Style guide for certified translations: render dates of birth as DD Month YYYY (e.g., 01 January 1900 in examples), keep document numbers exactly as printed, and mark illegible text as [illegible]. Do not translate proper names of issuing authorities such as "Direction Générale de la Migration"."""),

("hard_negative", "somali_notice", None,
"""Ogeysiis: Xafiisku wuxuu xirnaanayaa 1da Janaayo. Codsiyada baasaboorka cusub waxaa la gudbiyaa 8:30 subaxnimo ilaa 3:30 galabnimo. Lacagta: $130."""),
]
